"""Pages in the shapes of sites the readers were not built on (issue #17).

Each page in tests/data/unseen/ was written for this project to reproduce one
fault seen on real sites; each test names the promise the fault broke.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from searchidx import read_file
from searchidx.ingest._text import strip_photo_credit
from searchidx.ingest.byline_text import clean_byline

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


def test_gallery_captions_repeated_in_the_body_are_dropped():
    body = _one(UNSEEN / "gallery_article.html").body
    assert "Bilder vom Hochwasser" not in body
    assert body.count("\n\n") == 3  # the four paragraphs of the story


def test_teaser_heading_after_the_story_is_not_its_last_line():
    body = _one(UNSEEN / "gallery_article.html").body
    assert body.endswith("dann soll das Wasser langsam zurückgehen.")


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("Das Wasser geht zurück. Foto: photocase.de", "Das Wasser geht zurück."),
        ("The bridge reopened. (Photo: Jane Doe/AP)", "The bridge reopened."),
        ("Photo: Harbour Board", ""),
        ("She took the photo: a ship at dawn.", "She took the photo: a ship at dawn."),
    ],
)
def test_picture_credit_glued_to_a_paragraph_is_cut(paragraph, kept):
    assert strip_photo_credit(paragraph) == kept


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Reuters Updated: January 16, 2020", "Reuters"),
        ("Jane Doe | Published 3 March 2021", "Jane Doe"),
        ("Posted on 2020-01-16", ""),
        (
            "Mara Quist, Northern District Public Affairs",
            "Mara Quist, Northern District Public Affairs",
        ),
    ],
)
def test_byline_is_the_name_without_update_dates(byline, name):
    assert clean_byline(byline) == name


def test_byline_element_with_an_update_date_gives_the_name_only():
    assert _one(UNSEEN / "wire_story.html").byline == "Reuters"


def test_no_space_before_punctuation_after_a_link():
    body = _one(UNSEEN / "wire_story.html").body
    assert "proposed settlement, Apple would pay" in body
    assert "class action, according to" in body
    assert "San Jose (California), who" in body
    assert " ," not in body and "( " not in body and " )" not in body


def test_date_marked_up_as_a_microformat_wins_over_a_date_in_the_text():
    # htmldate's markup search finds <abbr class="published">; the one date
    # line in the text is about something else.
    assert _one(UNSEEN / "blog_microformat_date.html").date == date(2019, 11, 23)


def test_pager_of_a_multi_page_article_is_not_its_last_line():
    body = _one(UNSEEN / "multipage_article.html").body
    assert body.endswith("with a smaller budget and a reading garden.")


def test_dateline_with_a_wire_agency_in_brackets_is_split_off():
    doc = _one(UNSEEN / "wire_story.html")
    assert doc.dateline == "SAN FRANCISCO"
    assert doc.body.startswith("A phone maker agreed to pay up to $500 million")


def test_story_under_its_headline_wins_over_a_grid_of_teasers():
    body = _one(UNSEEN / "teaser_grid_below_story.html").body
    assert body.startswith("The repairs to the Mill Street bridge were finished")
    assert body.endswith("the temporary footbridge will be taken down next week.")
    assert "council agreed" not in body
