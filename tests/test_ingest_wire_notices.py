"""A wire's own notices on its page name whose release it carries (#17):
its "Distributed by ... on behalf of X" line, and its name in the dateline
of a release whose metadata declares the issuing company its author.

Every page here was written for this project.
"""

import json

import pytest

from searchidx import read_file


def _read(tmp_path, page: str):
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document


_NOTICE_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} | Lagoon Wire - Press Desk</title>
<meta property="og:site_name" content="Lagoon-Wire"></head><body>
<nav><a href="/"><img src="/logo.png" alt="Lagoon-Wire"></a></nav>
<main><h1>{headline}</h1>
<p><strong>LOMÉ, Togo, 2 December 2026/Lagoon Wire/ --</strong> {lead}</p>
<p>{second}</p>
<p><em>{notice}</em></p>
<p>Media contact: press@example.org</p>
</main><footer><p>&copy; 2026 Lagoon Wire. All rights reserved.</p></footer>
</body></html>"""

_ENGLISH = {
    "lang": "en",
    "headline": "Coastal fund approves new ferry terminals for the Gulf",
    "lead": "The board of the West Coast Transport Fund approved three ferry "
    "terminals on the Gulf coast.",
    "second": "The terminals will open in 2028 and serve 40,000 travellers a day.",
}
_FRENCH = {
    "lang": "fr",
    "headline": "Le fonds côtier approuve trois gares maritimes dans le Golfe",
    "lead": "Le conseil du Fonds de transport de la côte ouest a approuvé trois "
    "gares maritimes sur la côte du Golfe.",
    "second": "Les gares ouvriront en 2028 et accueilleront 40 000 voyageurs par jour.",
}


@pytest.mark.parametrize(
    ("fields", "notice", "source"),
    [
        (
            _ENGLISH,
            "Distributed by Lagoon Wire on behalf of West Coast Transport Fund (WCTF).",
            "West Coast Transport Fund (WCTF)",
        ),
        (
            _FRENCH,
            "Distribué par Lagoon Wire pour Fonds de transport de la côte ouest - "
            "Bureau régional.",
            "Fonds de transport de la côte ouest - Bureau régional",
        ),
        (
            _FRENCH,
            "Distribué par Lagoon Wire pour le compte de Fonds de transport.",
            "Fonds de transport",
        ),
        # a company's legal form with its stops ends the notice
        (
            _ENGLISH,
            "Distributed by Lagoon Wire on behalf of West Coast Ferries S.A.",
            "West Coast Ferries S.A.",
        ),
        # a sentence of the release saying who distributed something is no
        # wire's notice: the site stays the source
        (
            _ENGLISH,
            "The tickets were distributed by the port on behalf of the Fund.",
            "Lagoon-Wire",
        ),
    ],
)
def test_a_wires_distribution_notice_names_the_issuer(tmp_path, fields, notice, source):
    page = _NOTICE_PAGE.format(notice=notice, **fields)
    assert _read(tmp_path, page).source == source


_WIRE_AUTHOR_PAGE = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Khánh thành bến phà mới tại Hải Phòng | {site}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{ld}</script></head><body>
<header><a href="/"><img src="/logo.svg" alt="{site}"></a></header>
<main><article><h1>Khánh thành bến phà mới tại Hải Phòng</h1>
<div class="meta"><span>25/11/2026</span></div>
<div class="content"><p><strong>HẢI PHÒNG, VIỆT NAM - {tag} - Ngày 25 tháng 11 năm
2026 -</strong> Công ty Cổ phần Phà Biển Đông hôm nay khánh thành bến phà mới tại
Hải Phòng.</p>
<p>Bến phà có sức chứa 3.000 hành khách mỗi ngày.</p></div>
</article></main></body></html>"""


def _wire_author_page(site: str, tag: str, author: str = "") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Khánh thành bến phà mới tại Hải Phòng",
        "datePublished": "2026-11-25T02:00:00+00:00",
        "author": {
            "@type": "Organization",
            "name": author or "Công ty Cổ phần Phà Biển Đông",
        },
        "publisher": {"@type": "Organization", "name": site},
    }
    return _WIRE_AUTHOR_PAGE.format(
        site=site, tag=tag, ld=json.dumps(ld, ensure_ascii=False)
    )


def test_a_company_a_wire_declares_its_author_is_the_issuer_not_a_byline(tmp_path):
    document = _read(
        tmp_path, _wire_author_page("Seaboard Newswire", "Seaboard Newswire")
    )
    assert document.source == "Công ty Cổ phần Phà Biển Đông"
    assert document.byline == ""


def test_a_dateline_naming_another_agency_leaves_the_site_the_source(tmp_path):
    # A paper carrying an agency's story: the dateline names the agency,
    # not the site, and the site stays the source.
    document = _read(tmp_path, _wire_author_page("Harbour Daily", "Seaboard Newswire"))
    assert document.source == "Harbour Daily"


@pytest.mark.parametrize("newsroom", ["Newsroom", "News Desk", "Redacción"])
def test_an_agencys_newsroom_as_author_is_no_issuer(tmp_path, newsroom):
    # An agency's own story: its dateline names the agency, its metadata
    # names the newsroom the author; the agency stays the source.
    page = _wire_author_page("Seaboard Newswire", "Seaboard Newswire", newsroom)
    assert _read(tmp_path, page).source == "Seaboard Newswire"
