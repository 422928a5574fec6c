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
        ("cook_il", "news_ccsao-introduces-new-expedited-felony-review-standard.txt",
         "CCSAO Introduces New Expedited Felony Review Standard", date(2025, 11, 21),
         "Cook County State's Attorney"),
        ("cook_il", "news_six-defendants-charged-brazen-daytime-smash-and-grab-michigan-avenue-rolex-store.txt",
         "SIX DEFENDANTS CHARGED IN BRAZEN DAYTIME SMASH AND GRAB OF MICHIGAN AVENUE ROLEX STORE",
         date(2025, 9, 8), "Cook County State's Attorney"),
    ],
)  # fmt: skip
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
