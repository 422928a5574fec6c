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


def test_text_search_reads_a_page_in_its_own_language_and_english_only(
    tmp_path, monkeypatch
):
    # Left to itself, dateparser tried a page's date string in all of its
    # 200 locales, and building their tables cost a fresh process seconds
    # for one page. A page in German is read in German and English.
    import dateparser

    from searchidx.ingest import markup_dates

    asked = []
    real_parser = dateparser.DateDataParser

    def recording_parser(*args, **kwargs):
        asked.append(kwargs.get("languages"))
        return real_parser(*args, **kwargs)

    monkeypatch.setattr(dateparser, "DateDataParser", recording_parser)
    markup_dates._parser_for.cache_clear()
    page = tmp_path / "notice.html"
    english = (PAGES / "notice_date_in_text.html").read_text(encoding="utf-8")
    page.write_text(english.replace('lang="en"', 'lang="de-AT"'), encoding="utf-8")

    (document,) = read_file(page)

    assert document.date == date(2019, 8, 22)
    assert asked == [["de", "en"]]
    markup_dates._parser_for.cache_clear()


def test_text_search_of_a_language_dateparser_does_not_know_reads_every_locale():
    from searchidx.ingest.markup_dates import _dateparser_codes

    assert _dateparser_codes(("pt_br", "en")) == ("pt", "en")
    assert _dateparser_codes(("fr",)) == ("fr", "en")
    assert _dateparser_codes(("sm",)) == ()  # Samoan: every locale, as before
    assert _dateparser_codes(()) == ()
