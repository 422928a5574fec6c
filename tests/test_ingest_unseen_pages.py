"""Pages in the shapes of sites the readers were not built on (issue #17).

Each page in tests/data/unseen/ was written for this project to reproduce one
fault seen on real sites; each test names the promise the fault broke.
"""

import json
from datetime import date
from pathlib import Path

import pytest

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


def test_tags_saved_as_the_text_of_a_list_are_split_into_tags():
    doc = _one(UNSEEN / "news_portal_h1_logo.html")
    assert doc.tags == ("US", "AWARDS", "FILM")


@pytest.mark.parametrize(
    "tags",
    [
        "['US', 'AWARDS', 'FILM']",
        '["US", "AWARDS", "FILM"]',
        ["['US', 'AWARDS', 'FILM']"],
        ["US", "AWARDS", "FILM", "us"],
        "US, AWARDS; FILM",
    ],
)
def test_tags_of_an_export_record_are_single_tags_however_saved(tmp_path, tags):
    path = tmp_path / "export.json"
    record = {
        "title": "Academy names winners",
        "body": "The academy met.",
        "tags": tags,
    }
    path.write_text(json.dumps([record]), encoding="utf-8")
    assert _one(path).tags == ("US", "AWARDS", "FILM")


def test_keywords_in_json_ld_saved_as_list_text_are_split(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Ferry timetable changes</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ferry timetable changes", '
        "\"keywords\": \"['ferries', 'transport']\"}</script></head>"
        "<body><article><p>The winter timetable for the island ferries starts on "
        "Monday, with two fewer crossings a day and a later first boat.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert _one(path).tags == ("ferries", "transport")
