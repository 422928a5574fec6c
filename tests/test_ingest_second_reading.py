"""A saved page read twice, by our reader and by trafilatura, and settled by signals.

Pages in tests/data/second_reading/ were written for this project, each in a
shape where one reading alone goes wrong (issue #17).
"""

from pathlib import Path

import pytest

from searchidx import read_file
from searchidx.ingest.second_reading import agree

from .conftest import TEST_DATA

PAGES = TEST_DATA / "second_reading"


def _one(path: Path):
    documents = list(read_file(path))
    assert len(documents) == 1
    return documents[0]


def _paragraphs(name: str) -> list[str]:
    return _one(PAGES / name).body.split("\n\n")


def test_closing_paragraph_outside_our_container_is_kept():
    # The company's "about" paragraph sits in a block of its own below the
    # text: our reader stops at its container, trafilatura reads on.
    paragraphs = _paragraphs("release_about_apart.html")
    assert paragraphs[0].startswith("Corvane Robotics has opened a training centre")
    assert paragraphs[-1] == (
        "Corvane Robotics designs and builds mobile robots for warehouses and "
        "factories. Founded in 2014, it employs 620 people in Leeds, Lyon and "
        "Pittsburgh."
    )
    assert len(paragraphs) == 5


def test_contact_line_after_the_text_stays_out():
    body = _one(PAGES / "release_about_apart.html").body
    assert "Owen Marsh" not in body
    assert "April 9, 2024" not in body


def test_notes_below_the_text_are_not_body():
    paragraphs = _paragraphs("report_with_footnotes.html")
    assert len(paragraphs) == 4
    assert "Office for National Statistics" not in "\n".join(paragraphs)
    assert "Transport Act 1985" not in "\n".join(paragraphs)


def test_note_marks_do_not_cost_a_paragraph_its_place():
    # "... from 140 councils.<sup>1</sup>" ends like a sentence once the mark
    # is gone; with it, the lead was taken for a deck and dropped.
    paragraphs = _paragraphs("report_with_footnotes.html")
    assert paragraphs[0] == (
        "Bus journeys in England's market towns fell by 26 per cent between 2013 "
        "and 2023, according to figures gathered by the Rural Transport Trust "
        "from 140 councils."
    )
    assert paragraphs[2].endswith("operators do not run at a profit.")


def test_embedded_post_kept_by_trafilatura_stays_out():
    # trafilatura keeps the post between two agreed paragraphs, and it reads
    # as prose; our chrome filter removed it, so it is not body.
    body = _one(PAGES / "council_embedded_post.html").body
    assert "Storm damage on the harbour wall" not in body
    assert "KestlowRNLI" not in body
    assert body.split("\n\n")[-1].startswith("Shops and cafés on the seafront")


OURS = [
    "Standfirst that sits above the text in our reader's container, alone.",
    "The first paragraph of the story, which both readers keep in full.",
    "The second paragraph of the story, which both readers keep in full.",
    "The third paragraph of the story, which both readers keep in full too.",
    "1. A footnote under the story, which only our reader keeps.",
]


@pytest.mark.parametrize(
    ("theirs", "expected"),
    [
        # Blocks of ours outside the span both keep go.
        (OURS[1:4], OURS[1:4]),
        # A prose line only trafilatura keeps, between agreed ones, joins in place.
        (
            [
                OURS[1],
                "A paragraph our reader left out, between two that both readers keep.",
                OURS[2],
                OURS[3],
            ],
            [
                OURS[1],
                "A paragraph our reader left out, between two that both readers keep.",
                OURS[2],
                OURS[3],
            ],
        ),
        # Labels, teasers and short lines only trafilatura keeps stay out.
        (
            [
                "Published 3 May 2024",
                OURS[1],
                "READ MORE: Another story on the same site, worth your time today.",
                OURS[2],
                "Share",
                OURS[3],
                "Media contact: Jane Roe, 555-0100",
            ],
            OURS[1:4],
        ),
        # A prose line after the agreed span joins; the first non-prose line
        # ends the run.
        (
            [
                *OURS[1:4],
                "Example Co makes ferries and employs 300 people in two countries.",
                "Contact: press@example.test",
                "Sign up for our newsletter to hear about new ferries each month.",
            ],
            [
                *OURS[1:4],
                "Example Co makes ferries and employs 300 people in two countries.",
            ],
        ),
        # trafilatura read nothing: ours stands.
        ([], OURS),
        # A prose line only trafilatura keeps, above the span both keep, is a
        # summary or a deck, not a lead our reader missed.
        (
            [
                "A summary over the story, which only trafilatura keeps in full.",
                *OURS[1:4],
            ],
            OURS[1:4],
        ),
    ],
)
def test_readings_settle_by_position_and_shape(theirs, expected):
    assert agree(OURS, theirs) == expected


def test_prose_line_repeating_the_description_is_a_deck():
    theirs = [
        "A deck that the page also gives as its description, word for word.",
        *OURS[1:3],
        "A deck that the page also gives as its description, word for word.",
        OURS[3],
    ]
    merged = agree(
        OURS,
        theirs,
        headings=("Headline", "A deck that the page also gives as its description"),
    )
    assert merged == OURS[1:4]


def test_with_no_text_in_common_the_reading_with_more_prose_wins():
    menu = ["Home", "News", "Contact us", "Loading…"]
    story = [
        "The council has approved a new cycle path along the canal towpath today.",
        "Work will start in the spring and take about four months to complete.",
    ]
    assert agree(menu, story) == story
    assert agree(story, menu) == story
    assert agree([], story) == story


def test_a_word_written_with_a_zero_width_non_joiner_is_the_same_word_without_it():
    # Persian writes a zero-width non-joiner inside words ("می‌شود");
    # trafilatura drops it. The closing paragraph is in both readings.
    zwnj = "\u200c"
    ours = [
        "کتابخانه شهر از شنبه ساعت کار خود را تا ده شب افزایش می" + zwnj + "دهد.",
        "اعضای کتابخانه می" + zwnj + "توانند کتاب" + zwnj + "ها را تا سه هفته امانت "
        "بگیرند و تمدید آن" + zwnj + "ها برای همه رایگان است.",
    ]
    theirs = [line.replace(zwnj, "") for line in ours]
    assert agree(ours, theirs) == ours


def test_a_word_or_two_found_in_both_readings_does_not_stretch_the_span():
    # "Share" over our text and "Print" under it are in trafilatura's text
    # too, but a lone word found in both says nothing of where text is.
    ours = ["Share", *OURS[1:4], "Print"]
    theirs = [*OURS[1:4], "Share · Print · Email"]
    assert agree(ours, theirs) == OURS[1:4]


def test_paragraphs_of_a_script_without_spaces_agree_by_their_words():
    # Chinese writes no spaces: a paragraph is one or two runs of letters,
    # too few for runs of three words, and is found in the other reading
    # whole. The date line over the text and the note under it are ours alone.
    story = [
        "市图书馆从下周一起延长开放时间，每天开放到晚上九点。",
        "新的开放时间适用于所有分馆，周末安排保持不变。",
        "读者可以在图书馆网站上查询各分馆的具体安排。",
    ]
    ours = ["发布时间：2024年3月1日", *story, "注：本消息由市文化局提供"]
    assert agree(ours, story) == story
