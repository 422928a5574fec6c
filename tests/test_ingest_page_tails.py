"""What opens or ends a text in its own container but is no part of it (#17):
a call to subscribe, an emoji alone, a line-up under its label, a letter's
closing and its signature; an
announcement's line naming the issuer and its defined terms.

Pages in tests/data/page_tails/ were written for this project.
"""

import pytest

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_tails"


def _last_paragraph(name: str) -> str:
    (document,) = read_file(PAGES / name)
    return document.body.split("\n\n")[-1]


@pytest.mark.parametrize(
    ("name", "last"),
    [
        # A callout "📬 Get our newsletter: one email a month about the garden."
        (
            "newsletter_callout.html",
            "Forty new plots will be marked out in March, and the waiting list "
            "of 65 households will be offered them in the order they signed up.",
        ),
        # A release sent as an e-mail: "Met vriendelijke groet," and the
        # spokesperson's name, role and telephone under it.
        (
            "email_release_signature.html",
            "Het bad verbruikt na de renovatie ongeveer de helft minder gas, omdat "
            "het water nu met een warmtepomp wordt verwarmd.",
        ),
        # "Line-up" and "Harrowgate: Ellis; Moore, Platt, ..." after the report.
        (
            "match_report_lineup.html",
            "The win lifts Harrowgate to fourth in the league, three points off "
            "the play-off places.",
        ),
    ],
)
def test_the_text_ends_at_its_last_sentence(name, last):
    assert _last_paragraph(name) == last


def test_a_sentence_naming_many_places_is_kept():
    assert _last_paragraph("prose_listing_states.html").startswith(
        "The settlement was also joined by the states of Alabama"
    )


def test_an_announcement_starts_after_the_line_defining_the_issuer_names():
    # 'Tamworth Foods plc ("Tamworth" or the "Group")' above the text.
    (document,) = read_file(PAGES / "announcement_defined_name.html")
    assert document.body.startswith("Tamworth Foods plc, the maker of chilled")


@pytest.mark.parametrize(
    "after",
    [
        # a closing over lines that are sentences is no signature
        "Thanks,\n\nThe committee will meet again in May. Members may send "
        "their proposals to the secretary before then.",
        # a short line ending in a comma with nothing under it
        "Apples, pears,",
    ],
)
def test_a_closing_without_a_signature_under_it_ends_nothing(after):
    from searchidx.ingest.body_edges import drop_tail

    text = ["The fair opens on Saturday at ten.", "Entry is free for children."]
    assert drop_tail([*text, *after.split("\n\n")])[: len(text) + 1] == [
        *text,
        after.split("\n\n")[0],
    ]


def test_a_mail_subject_labelled_by_the_releases_kind_titles_it_without_the_label():
    # <title>Persbericht: zwembad De Golf weer open na renovatie</title>
    (document,) = read_file(PAGES / "email_release_signature.html")
    assert (document.title, document.source) == (
        "zwembad De Golf weer open na renovatie",
        "",
    )
