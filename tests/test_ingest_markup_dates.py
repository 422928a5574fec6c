"""Dates found by htmldate where our cascade finds none (issue #17).

Pages in tests/data/markup_dates/ were written for this project.
"""

from datetime import date

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "markup_dates"


def _date(name: str):
    (document,) = read_file(PAGES / name)
    return document.date


def test_date_written_in_a_form_our_parser_does_not_read_is_found_in_the_text():
    # "Aug-22-2019" alone in a <div>: no markup, no form our parser knows.
    assert _date("notice_date_in_text.html") == date(2019, 8, 22)


def test_copyright_year_is_not_taken_for_the_date():
    # htmldate's text search reads "© 2024" as January 1st, 2024.
    assert _date("notice_copyright_only.html") is None


def test_date_of_an_event_told_in_a_sentence_is_not_the_page_date():
    # htmldate's text search finds "on September 8, 2016, ordered ..." and
    # would date the release by the court order it reports.
    assert _date("notice_date_in_a_sentence.html") is None
