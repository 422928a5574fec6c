"""Saved pages: fields from the page's own metadata, body without site chrome."""

from datetime import date
from pathlib import Path

import pytest

from searchidx import read_file
from searchidx.errors import EmptyDocumentError, UnsupportedFormatError

from .conftest import TEST_DATA, shared_press


def _one(path: Path):
    documents = list(read_file(path))
    assert len(documents) == 1
    return documents[0]


def test_page_fields_come_from_its_metadata():
    doc = _one(TEST_DATA / "page_with_chrome.html")
    assert doc.title == "Coastal Guard Opens Northern Rescue Station"
    assert doc.date == date(2023, 6, 14)
    assert doc.source == "Ministry of Maritime Affairs"
    assert doc.url == "https://maritime.example/news/northern-rescue-station"
    assert doc.id == doc.url
    assert doc.tags == ("rescue", "coast guard")
    assert doc.byline == "Lt. Mara Quist, Northern District Public Affairs"
    assert doc.dateline == "HARBORVIEW, Northland"


def test_page_body_is_the_release_only():
    body = _one(TEST_DATA / "page_with_chrome.html").body
    assert body.startswith("The Coastal Guard opened its new northern rescue station")
    assert body.endswith("puts help within reach of the whole northern coast.”")
    for chrome in [
        "cookies",
        "Home",
        "Newsroom",
        "Share on Facebook",
        "Tweet",
        "Related News",
        "Harbor dredging",
        "More News",
        "Lighthouse",
        "Privacy policy",
        "©",
        "14 June 2023",
    ]:
        assert chrome not in body, chrome


def test_page_with_no_release_text_is_an_empty_document_error():
    with pytest.raises(
        EmptyDocumentError, match="page_without_body.html: the page has no release text"
    ):
        list(read_file(TEST_DATA / "page_without_body.html"))


def test_image_saved_with_an_html_suffix_is_refused_by_content():
    with pytest.raises(
        UnsupportedFormatError, match="a PNG image, not HTML, text or JSON"
    ):
        list(read_file(TEST_DATA / "image_named_as_page.html"))


# Real pages, read in place: (site folder, file, exact title, date, phrase in body)
REAL_PAGES = [
    (
        "justice.gov",
        "release_00084.html",
        "Justice Department Files Lawsuit to Invalidate New California Law Restricting Federal Land Sales",
        date(2018, 4, 2),
        "California",
    ),
    (
        "justice.gov",
        "release_00000.html",
        "South Florida Certified Public Accountant Indicted for Tax Fraud",
        None,
        "certified public accountant",
    ),
    (
        "ag.state.mn.us",
        "_Office_Communications_2019_03_05_TitleXGagRule.asp.html",
        None,
        date(2019, 3, 5),
        "Title X",
    ),
    (
        "jis.gov.jm",
        "jis.gov.jm-investment.html",
        "Wide Range Of Investment Opportunities At AICE 2022",
        date(2022, 4, 26),
        "AICE 2022",
    ),
    (
        "iwr.de",
        "iwr.de.IWRpressedienst.Nordex.html",
        "IWES und Nordex Group intensivieren Zusammenarbeit bei Netzintegration von Windenergieanlagen",
        date(2022, 12, 2),
        "Hardware-in-the-Loop Prüfstand",
    ),
    (
        "publichealth.lacounty.gov",
        "2021-06-27.html",
        "Public Health Reports 3 New Deaths and 239 New Positive Cases of Confirmed COVID-19 in Los Angeles County",
        date(2021, 6, 27),
        "today released the latest data on COVID-19",
    ),
]


@pytest.mark.parametrize(("site", "name", "title", "published", "phrase"), REAL_PAGES)
def test_real_page_fields(site, name, title, published, phrase):
    doc = _one(shared_press("html", site, name))
    if title:
        assert doc.title == title
    if published:
        assert doc.date == published
    assert phrase in doc.body


# Chrome that appears on every page of a site and never in its releases.
SITE_CHROME = {
    "justice.gov": [
        "Skip to main content",
        "FOR IMMEDIATE RELEASE",
        "Press Release Number",
        "Component(s)",
    ],
    "ag.state.mn.us": [
        "How Can We Help?",
        "File a Complaint",
        "Order Publications",
        "Search Our Site",
    ],
    "jis.gov.jm": ["Advertisements", "Related Stories"],
    "iwr.de": ["Weitere Pressemitteilungen", "Meist geklickte"],
    "publichealth.lacounty.gov": ["313 N. Figueroa Street"],
}


PAGES_WITHOUT_ANY_DATE: dict[str, int] = {}


@pytest.mark.parametrize("site", sorted(SITE_CHROME))
def test_every_real_page_of_a_site_has_title_date_and_no_chrome(site):
    folder = shared_press("html", site)
    pages = sorted(folder.glob("*.html"))
    assert pages
    undated = []
    for page in pages:
        doc = _one(page)
        assert len(doc.title.split()) >= 3, page
        assert len(doc.body) > 50, page
        for chrome in SITE_CHROME[site]:
            assert chrome not in doc.body, (page.name, chrome)
        if doc.date is None:
            undated.append(page.name)
    # A few pages are undated notices rather than releases; the bar is 95%,
    # plus pages that show no date anywhere (none left since German dates).
    assert len(undated) <= len(pages) * 0.05 + PAGES_WITHOUT_ANY_DATE.get(site, 0), (
        undated
    )


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "_Office_Communications_2022_02_02_TopWorkplace.asp.html",
            "Minnesota Attorney General’s Office named Top Workplace USA",
        ),
        (
            "_Office_Communications_2023_06_05_MadisonEquities.asp.html",
            "Attorney General Ellison sues downtown Saint Paul’s largest landowner for "
            "scheme to avoid paying overtime to security officers",
        ),
    ],
)
def test_double_encoded_utf8_in_a_page_is_repaired(name, title):
    doc = _one(shared_press("html", "ag.state.mn.us", name))
    assert doc.title == title
    assert "â\x80" not in doc.body and "Â" not in doc.body


def test_every_minnesota_page_reads_without_mojibake():
    for page in sorted(shared_press("html", "ag.state.mn.us").glob("*.html")):
        doc = _one(page)
        for field in (doc.title, doc.body):
            assert "â\x80" not in field and "Ã" not in field, page.name


# (site, file, how the release text opens, dateline): decks above the lead,
# the "Date (PLACE) —" line and a lead that reuses the headline's words.
RELEASE_OPENINGS = [
    (
        "justice.gov",
        "release_00336.html",
        "BNP Paribas USAInc. (BNPP USA), a subsidiary of BNP Paribas S.A., pleaded guilty",
        "",
    ),
    (
        "justice.gov",
        "release_00504.html",
        "Today Attorney General Jeff Sessions issued the following statement on the attempted",
        "",
    ),
    (
        "ag.state.mn.us",
        "_Office_Communications_2019_08_21_PreferredCredit.asp.html",
        "Minnesota Attorney General Keith Ellison announced today that his office has reached",
        "SAINT PAUL",
    ),
    (
        "ag.state.mn.us",
        "_Office_Communications_2024_06_06_Pippitt.asp.html",
        "The Conviction Review Unit (CRU) of the Minnesota Attorney General’s Office",
        "SAINT PAUL",
    ),
    (
        "ag.state.mn.us",
        "_Office_Communications_2018_10_16_InsulinPriceHikes.asp.html",
        "Minnesota Attorney General Lori Swanson today filed a lawsuit",
        "",
    ),
]


@pytest.mark.parametrize(("site", "name", "opening", "dateline"), RELEASE_OPENINGS)
def test_body_opens_with_the_lead_not_a_deck(site, name, opening, dateline):
    doc = _one(shared_press("html", site, name))
    assert doc.body.startswith(opening)
    assert doc.dateline == dateline


@pytest.mark.parametrize(
    ("name", "tags"),
    [
        ("release_00000.html", ("Tax",)),
        ("release_00840.html", ("False Claims Act", "Health Care Fraud")),
        ("release_00924.html", ("Labor & Employment", "Servicemembers Initiative")),
        ("release_00420.html", ()),  # lists components, no topics
    ],
)
def test_topics_a_page_lists_under_a_label_become_tags(name, tags):
    assert _one(shared_press("html", "justice.gov", name)).tags == tags
