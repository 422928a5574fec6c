"""Text dumps of release pages: title, date line, byline, body up to the chrome."""

from datetime import date

import pytest

from searchidx import read_file
from searchidx.errors import EmptyDocumentError

from .conftest import TEST_DATA, shared_press


def test_seed_dump_gives_title_date_byline_and_the_release_only():
    (doc,) = read_file(
        shared_press("text", "pacom-usfj-alliance-evolves-2025-02-07.txt")
    )
    assert doc.title == (
        "USFJ Alliance Evolves: Multilateral Partnerships, training at core of C2 Modernization efforts"
    )
    assert doc.date == date(2025, 2, 7)
    assert doc.byline == "Staff Sgt. Savannah Mesimer"
    assert doc.body.startswith("The U.S.-Japan Alliance remains a cornerstone")
    assert doc.body.endswith(
        'a future that optimizes our relationship with a very capable and vital ally, Japan."'
    )
    for chrome in [
        "An official website",
        "CONNECT WITH",
        "IN THE USINDOPACOM NEWS",
        "Sea Dragon",
    ]:
        assert chrome not in doc.body


@pytest.mark.parametrize(
    ("county", "name", "title", "published", "source"),
    [
        (
            "cook_il",
            "news_ccsao-introduces-new-expedited-felony-review-standard.txt",
            "CCSAO Introduces New Expedited Felony Review Standard",
            date(2025, 11, 21),
            "Cook County State's Attorney",
        ),
        (
            "cook_il",
            "news_six-defendants-charged-brazen-daytime-smash-and-grab-michigan-avenue-rolex-store.txt",
            "SIX DEFENDANTS CHARGED IN BRAZEN DAYTIME SMASH AND GRAB OF MICHIGAN AVENUE ROLEX STORE",
            date(2025, 9, 8),
            "Cook County State's Attorney",
        ),
    ],
)
def test_real_dump_with_page_chrome(county, name, title, published, source):
    (doc,) = read_file(shared_press("text", county, name))
    assert doc.title == title
    assert doc.date == published
    assert doc.source == source
    assert doc.dateline == "CHICAGO"
    assert "Skip to main content" not in doc.body
    assert doc.body.startswith("Cook County State’s Attorney")


def test_every_real_text_dump_has_a_title_and_a_body():
    folder = shared_press("text")
    dumps = sorted(folder.rglob("*.txt"))
    assert len(dumps) >= 10
    for dump in dumps:
        (doc,) = read_file(dump)
        assert 3 <= len(doc.title.split()) <= 40, dump
        assert len(doc.body) > 200, dump
        assert doc.title not in doc.body[:200], dump


def test_empty_text_file_is_an_empty_document_error():
    with pytest.raises(EmptyDocumentError, match=r"empty\.txt: the file is empty"):
        list(read_file(TEST_DATA / "empty.txt"))


# (dump, date, byline, url, how the release ends): each one ends its release
# differently — "#", a footer of one-word lines, page metadata after the text,
# "Click here for full press release.", a list of names, "Read more".
RELEASE_ENDINGS = [
    (
        "kings_ny/2015_01_09_pressrelease20150107.txt",
        date(2014, 1, 7),
        "",
        "",
        "under the supervision of Assistant District Attorney Coleen Balbert, Bureau Chief.",
    ),
    (
        "kings_ny/2015_09_10_brooklyn-man-who-videotaped-alleged-accomplice-setting-fire-"
        "to-sleeping-homeless-man-sentenced-to-15-years-in.txt",
        date(2015, 6, 12),
        "",
        "",
        "The defendant eventually threw water on him to help put out the fire.",
    ),
    (
        "san_diego_ca/news_1-million-in-restitution-ordered-from-plumbing-contractor.txt",
        date(2025, 4, 2),
        "",
        "",
        "Deputy District Attorney David Bagheri prosecuted this case.",
    ),
    (
        "orange_ca/press_19-year-old-charged-with-crashing-ford-f-350-into-tree-at-100-mph-"
        "while-intoxicated-killing-20-year-old-man-in-yor.txt",
        date(2022, 12, 23),
        "Natalie Mumm",
        "",
        "Deputy District Attorney Brian Orue of the Homicide Unit is prosecuting this case.",
    ),
    (
        "cook_il/news_six-defendants-charged-brazen-daytime-smash-and-grab-michigan-avenue-"
        "rolex-store.txt",
        date(2025, 9, 8),
        "",
        "",
        "Dalvin Johnson, 31 Armon Williams, 18",
    ),
    (
        "harris_tx/20230922_marijuana-program-participants-given-final-opportunity-to-make-"
        "things-right.txt",
        None,
        "",
        "",
        "as the Houston region has largely recovered from a storm of historic proportions.”",
    ),
]


@pytest.mark.parametrize(
    ("name", "published", "byline", "url", "ending"), RELEASE_ENDINGS
)
def test_real_dump_body_ends_where_the_release_ends(
    name, published, byline, url, ending
):
    (doc,) = read_file(shared_press("text", *name.split("/")))
    assert doc.body.endswith(ending)
    assert (doc.date, doc.byline, doc.url) == (published, byline, url)


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        (
            "2015_01_09_pressrelease20150107.txt",
            "Brooklyn District Attorney Ken Thompson today announced that a 47-year-old",
        ),
        (
            "2015_11_10_two-defendants-indicted-for-targeting-immigrants-in-green-card-scam.txt",
            "Brooklyn District Attorney Ken Thompson today announced that a man and a woman",
        ),
    ],
)
def test_real_dump_subheadline_is_not_the_first_paragraph(name, opening):
    (doc,) = read_file(shared_press("text", "kings_ny", name))
    assert doc.body.startswith(opening)


def test_button_lines_and_a_trailing_menu_stay_out_of_a_dump(tmp_path):
    dump = tmp_path / "release.txt"
    prose = (
        "The harbour authority opened a second ferry berth on Monday, officials said."
    )
    menu = "\n".join(["Home", "About", "News", "Contact", "Careers", "Privacy"])
    dump.write_text(
        f"Harbour Opens Second Ferry Berth\nMarch 4, 2024\n{prose} "
        * 1
        + f"It doubles capacity for the summer season and beyond.\n[TWEET THIS]\n"
        f"The berth cost 4 million and took two years to build.\n{menu}\n",
        encoding="utf-8",
    )
    (doc,) = read_file(dump)
    assert doc.body == (
        f"{prose} It doubles capacity for the summer season and beyond.\n\n"
        "The berth cost 4 million and took two years to build."
    )


_WIRE_RELEASE_DUMP = """Kestrel Robotics Opens Second Plant in Ohio

Nov 3, 2026

DAYTON, Ohio, Nov. 3, 2026 /PRNewswire/ -- Kestrel Robotics Inc. today opened its second manufacturing plant in Dayton, adding 240 jobs.

The plant will build warehouse robots for customers in North America.

"Ohio has the workforce we need," said Dana Ortiz, chief executive of Kestrel Robotics.

About Kestrel Robotics

Kestrel Robotics Inc. designs and builds mobile robots for warehouses.

Media Contact: Sam Lee, press@kestrel.example, +1 937 555 0100

SOURCE Kestrel Robotics Inc.

View original content to download multimedia: https://www.wire.example/news-releases/kestrel-302111.html
"""


@pytest.mark.parametrize(
    ("dump", "source"),
    [
        (_WIRE_RELEASE_DUMP, "Kestrel Robotics Inc."),
        # no closing SOURCE line: the About section the lead names
        (
            _WIRE_RELEASE_DUMP.replace("SOURCE Kestrel Robotics Inc.", ""),
            "Kestrel Robotics",
        ),
    ],
)
def test_a_dumped_wire_release_is_its_issuers_and_loses_the_wires_closing_lines(
    tmp_path, dump, source
):
    path = tmp_path / "kestrel.txt"
    path.write_text(dump, encoding="utf-8")
    (doc,) = read_file(path)
    assert doc.source == source
    assert doc.dateline == "DAYTON, Ohio"
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0].startswith("Kestrel Robotics Inc. today opened")
    assert paragraphs[-1] == (
        "Media Contact: Sam Lee, press@kestrel.example, +1 937 555 0100"
    )
