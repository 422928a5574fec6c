"""The headline of a page whose <title> cuts it short (#17).

Pages in tests/data/page_titles/ were written for this project.
"""

import pytest

from searchidx import read_file
from searchidx.ingest.page_title import fuller_headline

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_titles"


def test_a_headline_line_that_extends_the_mail_subject_is_the_title():
    # Subject "Press Release - Ward 9 gets two new bus shelters"; the mail's
    # bold line says "... before the monsoon", and is no part of the body.
    (document,) = read_file(PAGES / "mail_subject_cut_short.html")
    assert document.title == "Ward 9 gets two new bus shelters before the monsoon"
    assert document.body.startswith("The town council has put up two new")


@pytest.mark.parametrize(
    "blocks",
    [
        # a sentence that holds the title's words is text, not a headline
        ["Ward 9 gets two new bus shelters, the council said on Tuesday."],
        # the words, but not one after another
        ["Ward 9 gets new and two bus shelters before the monsoon"],
        # the headline run on into the date line under it
        ["Ward 9 gets two new bus shelters Easton, 16 May 2023"],
        ["Ward 9 gets two new bus shelters Release date: May 16, 2023"],
    ],
)
def test_a_line_is_no_fuller_headline_unless_it_holds_the_title_in_order(blocks):
    assert fuller_headline(blocks, "Ward 9 gets two new bus shelters") == ""


def test_a_headline_holding_a_dash_of_its_own_is_kept_whole():
    # <title> "Novi trajekt na liniji Split – Supetar od lipnja - Otočne
    # vijesti", no site name declared; the <h1> says the headline whole.
    (document,) = read_file(PAGES / "headline_with_its_own_dash.html")
    assert document.title == "Novi trajekt na liniji Split – Supetar od lipnja"


def test_a_subtitle_in_the_headline_block_is_no_part_of_the_title():
    # The blog's title block holds the headline and a subtitle; og:title and
    # <title> (less the site's name) agree on the headline alone.
    (document,) = read_file(PAGES / "subtitle_in_title_block.html")
    assert document.title == "Orchard cooperative opens its new cider press"
    assert "Members can bring" not in document.body
    assert document.body.startswith("The Larkhill Orchard Cooperative opened")


@pytest.mark.parametrize(
    ("old", "new", "title"),
    [
        # og:title cut short and a <title> saying more: no agreement, so
        # the block the page shows is the headline, whole
        (
            "<title>Orchard cooperative opens its new cider press |",
            "<title>Orchard cooperative opens its new cider press at last |",
            "Orchard cooperative opens its new cider press "
            "Members can bring their apples from Monday",
        ),
        # two words more are the headline's own tail, which both page
        # titles cut, not a subtitle
        (
            "Members can bring their apples from Monday",
            "on Thursday",
            "Orchard cooperative opens its new cider press on Thursday",
        ),
    ],
)
def test_a_title_block_is_taken_whole_unless_titles_agree_on_a_subtitle_apart(
    tmp_path, old, new, title
):
    page = (PAGES / "subtitle_in_title_block.html").read_text(encoding="utf-8")
    assert old in page
    path = tmp_path / "page.html"
    path.write_text(page.replace(old, new), encoding="utf-8")
    (document,) = read_file(path)
    assert document.title == title


@pytest.mark.parametrize(
    ("page_title", "title", "source"),
    [
        # a path back to the site: the headline, and the site as the source
        (
            "Berth plan approved &gt; Harbour Council &gt; News Release",
            "Berth plan approved",
            "Harbour Council",
        ),
        (
            "Berth plan approved › 142nd Wing › Article",
            "Berth plan approved",
            "142nd Wing",
        ),
        # a ">" of the headline's own stays in it
        (
            "Fish &gt; Chips: the harbour's best takeaway wins award",
            "Fish > Chips: the harbour's best takeaway wins award",
            "",
        ),
        (
            "Speed limit &gt; 5 knots now enforced in the harbour",
            "Speed limit > 5 knots now enforced in the harbour",
            "",
        ),
        (
            "Speed limit &gt; 5 knots &gt; News",
            "Speed limit > 5 knots > News",
            "",
        ),
        # ... wherever it stands: a fourth part means the headline has one
        (
            "Why Safety &gt; Speed At Sea &gt; Harbour Council &gt; News",
            "Why Safety > Speed At Sea > Harbour Council > News",
            "",
        ),
        (
            "If X &gt; 5 Then Berth Fees Rise &gt; Harbour Council &gt; Press Releases",
            "If X > 5 Then Berth Fees Rise > Harbour Council > Press Releases",
            "",
        ),
        (
            "Safety &gt; Speed: Harbour Council Adopts New Rules &gt; Harbour Council"
            " &gt; News Release",
            "Safety > Speed: Harbour Council Adopts New Rules > Harbour Council"
            " > News Release",
            "",
        ),
        (
            "Data &gt; Opinion &gt; Harbour Council &gt; Stories",
            "Data > Opinion > Harbour Council > Stories",
            "",
        ),
        # a year is a path's step, not a site
        (
            "Berth Plan Approved &gt; 2025 &gt; News",
            "Berth Plan Approved > 2025 > News",
            "",
        ),
        (
            "Berth plan approved › Harbour Council › News",
            "Berth plan approved",
            "Harbour Council",
        ),
    ],
)
def test_a_title_written_as_a_breadcrumb_gives_its_headline_without_an_h1(
    tmp_path, page_title, title, source
):
    path = tmp_path / "crumb.html"
    path.write_text(
        f"<html><head><title>{page_title}</title></head><body><main>"
        "<p>The council approved the new berth plan after three months of"
        " consultation with fishing crews and residents of the old quay.</p>"
        "<p>Work on the eastern breakwater will begin in early summer.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(path)
    assert (document.title, document.source) == (title, source)
