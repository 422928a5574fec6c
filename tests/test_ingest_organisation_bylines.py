"""A byline naming the issuing organisation, or its media unit, is no
person's byline (#17); a person's byline, and an author the page declares
without saying it is an organisation, stay.

Every page here was written for this project.
"""

import json

import pytest

from searchidx import read_file
from searchidx.ingest.byline_text import is_media_unit


def _read(tmp_path, page: str):
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document


_LD_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry service to the outer islands resumes | {site}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{ld}</script></head><body>
<header><a href="/"><img src="/logo.svg" alt="{logo}"></a></header>
<main><article><h1>Ferry service to the outer islands resumes</h1>
<p>The weekly ferry to the outer islands resumes on Monday after the repair of
its engine, the operator said.</p>
<p>Tickets are on sale at the harbour office and online.</p></article></main>
<footer><p>&copy; 2026 {logo}. All rights reserved.</p></footer></body></html>"""


def _ld_page(author: dict, site: str, logo: str, lang: str = "en") -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry service to the outer islands resumes",
        "datePublished": "2026-11-30T01:00:00Z",
        "author": author,
        "publisher": {"@type": "Organization", "name": site},
    }
    return _LD_PAGE.format(site=site, logo=logo, lang=lang, ld=json.dumps(ld))


@pytest.mark.parametrize(
    ("author", "site", "logo", "byline"),
    [
        # the organisation declared the author is the site's own
        ({"@type": "Organization", "name": "Tasman Ferries"}, "Tasman Ferries",
         "Tasman Ferries", ""),
        # in the other language, as the site's logo names it
        ({"@type": "Organization", "name": "Tasman Ferries"}, "Ferries Tasmanes",
         "Tasman Ferries", ""),
        # a person declared the author stays the byline
        ({"@type": "Person", "name": "Mere Tuhiwai"}, "Tasman Ferries",
         "Tasman Ferries", "Mere Tuhiwai"),
    ],
)  # fmt: skip
def test_an_organisation_declared_the_author_is_no_byline(
    tmp_path, author, site, logo, byline
):
    assert _read(tmp_path, _ld_page(author, site, logo)).byline == byline


_MEDIA_UNIT_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Water tanks delivered to the northern villages - Kahu Islands Government</title>
<meta property="og:site_name" content="Kahu Islands Government">
<meta name="author" content="{author}"></head><body>
<header><a href="/">Kahu Islands Government</a></header>
<main><article><h1>Water tanks delivered to the northern villages</h1>
<div class="meta"><span class="author">{author}</span> <span>December 4, 2026</span></div>
<p>Forty water tanks were delivered to the northern villages this week, ahead of
the dry season.</p>
<p>Each household will be able to store a month of rain water.</p></article></main>
<footer><p>Copyright 2026 Kahu Islands Government | All Rights Reserved |
{footer}</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("author", "footer", "byline"),
    [
        # the media unit of the office the page names, by its initials
        ("OCS Media", "Office of the Chief Secretary, Main Road", ""),
        ("OCS Communications Unit", "Office of the Chief Secretary", ""),
        # the media unit of the site's own organisation, by its name
        ("Kahu Islands Government Media", "Main Road", ""),
        # initials the page spells as no organisation of its own: an
        # agency's name, kept as the page gives it
        ("NPA Media", "Main Road", "NPA Media"),
        # the unit's word alone, and a person's name
        ("Communications Office", "Main Road", "Communications Office"),
        ("Tere Marsters", "Office of the Chief Secretary", "Tere Marsters"),
    ],
)
def test_an_organisations_media_unit_is_no_byline(tmp_path, author, footer, byline):
    page = _MEDIA_UNIT_PAGE.format(author=author, footer=footer)
    assert _read(tmp_path, page).byline == byline


def test_an_agency_the_story_quotes_is_no_unit_of_the_site(tmp_path):
    # "By NPA Media" over a story that quotes the agency by its full name:
    # the agency's credit, not a media unit of the page's own organisation.
    page = _MEDIA_UNIT_PAGE.format(author="NPA Media", footer="Main Road").replace(
        "ahead of\nthe dry season.",
        "a spokesperson told the News Press Agency.",
    )
    assert "News Press Agency" in page
    assert _read(tmp_path, page).byline == "NPA Media"


def test_a_media_unit_is_told_by_the_organisation_before_its_word():
    def text():
        return "Office of the Chief Secretary"

    assert is_media_unit("OCS Press Office", (), text)
    assert is_media_unit("Harbour Board Public Affairs", ("Harbour Board",), text)
    assert not is_media_unit("OCS Press Office", (), lambda: "Olive Crest School")
    assert not is_media_unit("Jane Media", (), text)
