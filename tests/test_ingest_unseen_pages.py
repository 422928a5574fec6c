"""Pages in the shapes of sites the readers were not built on (issue #17).

Each page in tests/data/unseen/ was written for this project to reproduce one
fault seen on real sites; each test names the promise the fault broke.
"""

from datetime import date
from pathlib import Path

from searchidx import read_file

from .conftest import TEST_DATA

UNSEEN = TEST_DATA / "unseen"


def _one(path: Path):
    documents = list(read_file(path))
    assert len(documents) == 1
    return documents[0]


def test_title_is_the_headline_not_a_logo_h1_naming_the_site():
    doc = _one(UNSEEN / "news_portal_h1_logo.html")
    assert doc.title == "Film academy honours river documentary"


def test_date_stated_only_in_the_page_title_is_found():
    assert _one(UNSEEN / "news_portal_h1_logo.html").date == date(2020, 1, 19)
