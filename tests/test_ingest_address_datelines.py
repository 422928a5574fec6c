"""A town alone before a colon is a release's dateline where the page's own
address names it beside a postal code (#17).

Every page and opening here was written for this project.
"""

import pytest

from searchidx.ingest.address_datelines import split_address_dateline
from searchidx.ingest.html_pages import read_html_page

LEAD = (
    "The Department of Health has launched a scholarship programme for students "
    "who wish to train as nurses."
)
ADDRESS = "© 2026 Harbour Administration. Ridge Road, Harbourtown 176215, India"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Nursing scholarships launched – Harbour Administration</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Nursing scholarships launched</h1>
<p class="date">3 December 2026</p>
<div class="entry-content">
<p><strong>{opening}</strong> {lead}</p>
<p>Under the programme, thirty students will receive full tuition, hostel fees
and a monthly stipend for the four years of a nursing degree, and will serve
for three years in the settlements' hospitals.</p>
<p>Applications are open until 31 January 2027 through the Department's
website.</p>
</div>
</article></main>
<footer><p>{address}</p></footer>
</body></html>
"""


def _read(opening: str, address: str = ADDRESS):
    page = PAGE.format(opening=opening, lead=LEAD, address=address)
    (document,) = read_html_page(page.encode(), "page.html")
    return document


def test_a_town_and_a_colon_that_the_footers_address_names_is_the_dateline():
    document = _read("Harbourtown:")
    assert document.dateline == "Harbourtown"
    assert document.body.startswith("The Department of Health has launched")


def test_a_town_and_a_colon_without_an_address_stays_in_the_body():
    document = _read("Harbourtown:", address="© 2026 Harbour Administration")
    assert document.dateline == ""
    assert document.body.startswith("Harbourtown: The Department")


@pytest.mark.parametrize(
    ("address", "place"),
    [
        ("Ridge Road, Harbourtown-176 215", "Harbourtown"),
        ("Rathausplatz 1, 10117 Harbourtown", "Harbourtown"),
        ("100 Capitol Ave, Harbourtown, MI 48909", "Harbourtown"),
        # a year before the name is no postal code
        ("© 2026 Harbourtown City Council", ""),
        # the name alone, with no code beside it
        ("Harbourtown City Council, Ridge Road", ""),
    ],
)
def test_the_town_must_stand_beside_a_postal_code(address, place):
    text = "Harbourtown: " + LEAD
    expected = (place, LEAD) if place else ("", text)
    assert split_address_dateline(text, address) == expected


@pytest.mark.parametrize(
    ("opening", "address"),
    [
        # labels, a person, a heading run into its paragraph, another language
        ("Note:", "Note 12345"),
        ("Update:", "Ridge Road, Update 176215"),
        ("Photo:", "10117 Photo"),
        ("Editor's note:", "Editor's note 12345"),
        ("Roe:", "Jane Roe, Ridge Road, Harbourtown 176215"),
        ("Scholarships:", ADDRESS),
        ("Pressemitteilung:", "Rathausplatz 1, 10117 Harbourtown"),
    ],
)
def test_a_label_a_person_or_a_heading_before_a_colon_is_no_dateline(opening, address):
    text = f"{opening} {LEAD}"
    assert split_address_dateline(text, address) == ("", text)


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's speaker, named like the town of the office's address
        "Harbourtown: Thank you for having me. I started here as a volunteer.",
        "Harbourtown: I grew up on the coast and came back to run the council.",
        "Harbourtown: “We will open the new centre in spring,” she said.",
        # an interview whose speaker opens a later turn the same way
        "Harbourtown: The first thing is the budget.\n\n"
        "Council: And after that?\n\nHarbourtown: The new library.",
    ],
)
def test_a_speakers_reply_before_a_colon_is_no_dateline(text):
    assert split_address_dateline(text, ADDRESS) == ("", text)
