"""The issuing organisation of a release hosted by a platform or a portal
that carries many organisations' releases (#17): the platform's or the
portal's own name is not the source when the page names whose release it is.

Every page here was written for this project.
"""

import pytest

from searchidx import read_file


def _read(tmp_path, page: str):
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document


_PLATFORM_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} | {site_part}</title>
<meta property="og:site_name" content="Releasely">
<meta property="og:title" content="{headline}">{head}
</head><body>
<header><a class="logo" href="/">Releasely</a>
<nav><a href="#">Business</a> <a href="#">Technology</a></nav></header>
<main><article>
<div class="release-head"><a href="#">{issuer}</a></div>
<h1>{headline}</h1>
<p>{lead}</p>
<p>The new service opens in January in forty towns across the region.</p>
</article></main></body></html>"""


def _platform_page(site_part, issuer, lead, headline="Recycling service opens", **kw):
    return _PLATFORM_PAGE.format(
        site_part=site_part,
        issuer=issuer,
        lead=lead,
        headline=headline,
        lang=kw.get("lang", "en"),
        head=kw.get("head", ""),
    )


@pytest.mark.parametrize(
    ("site_part", "issuer", "lead"),
    [
        (
            "株式会社かもめ電機のプレスリリース",
            "株式会社かもめ電機",
            "株式会社かもめ電機は、使用済み電池の回収を始めます。",
        ),
        (
            "川辺市のプレスリリース",
            "川辺市",
            "川辺市は、新しい回収サービスを始めます。",
        ),
        (
            "Harbour Tech Oy's press releases",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        (
            "Press releases from Harbour Tech Oy",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        (
            "Pressemitteilung von Brandt Pumpen AG",
            "Brandt Pumpen AG",
            "Die Brandt Pumpen AG eröffnet einen neuen Dienst.",
        ),
        (
            "Communiqués de presse de la Ville de Rivebelle",
            "Ville de Rivebelle",
            "La Ville de Rivebelle ouvre un nouveau service.",
        ),
        (
            "Comunicado de prensa del Ayuntamiento de Vallhermoso",
            "Ayuntamiento de Vallhermoso",
            "El Ayuntamiento de Vallhermoso abre un nuevo servicio.",
        ),
    ],
)
def test_a_title_naming_whose_release_it_is_names_the_source(
    tmp_path, site_part, issuer, lead
):
    page = _platform_page(site_part, issuer, lead)
    assert _read(tmp_path, page).source == issuer


def test_the_issuer_a_release_title_names_is_no_byline(tmp_path):
    # the platform declares the issuer the author, as it titles the page
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author":'
        ' {"@type": "Organization", "name": "株式会社かもめ電機"},'
        ' "publisher": {"@type": "Organization", "name": "Releasely"}}</script>'
    )
    page = _platform_page(
        "株式会社かもめ電機のプレスリリース",
        "株式会社かもめ電機",
        "株式会社かもめ電機は、使用済み電池の回収を始めます。",
        lang="ja",
        head=head,
    )
    document = _read(tmp_path, page)
    assert (document.source, document.byline) == ("株式会社かもめ電機", "")


@pytest.mark.parametrize(
    ("site_part", "issuer", "lead"),
    [
        # a kind of release, not whose
        ("Joint press release", "Harbour Tech Oy", "Two companies opened a service."),
        ("Latest news releases", "Harbour Tech Oy", "Two companies opened a service."),
        ("Press releases", "Harbour Tech Oy", "Two companies opened a service."),
        # a name the page does not show again: no issuer the page confirms
        (
            "Kestrel Robotics press release",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        # a phrase, not a name
        (
            "Read the press release",
            "Harbour Tech Oy",
            "Read the press release of Harbour Tech Oy below.",
        ),
        (
            "read our press release",
            "Harbour Tech Oy",
            "Harbour Tech Oy today read our press release.",
        ),
    ],
)
def test_a_title_naming_no_issuer_leaves_the_site(tmp_path, site_part, issuer, lead):
    page = _platform_page(site_part, issuer, lead)
    assert _read(tmp_path, page).source == "Releasely"
