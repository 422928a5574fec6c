"""The publication date a page marks up where our cascade does not look, via htmldate.

htmldate (a maintained library, measured against a public date set) knows
many more markup conventions than page_dates.py reads: microformats
(``<abbr class="published" title=...>``), ``data-*`` attributes, JSON-LD of
any type, date classes in many languages. Its markup search is one step of
our cascade; its free-text search (``extensive_search``), which reads dates
in the page's text in many languages and formats, is asked only when nothing
else dated the page, and its date is kept only when the page shows it on a
line of its own: a date in a sentence is an event's, a January 1st is how it
reads a copyright year, and a wrong date is worse than none.
"""

from __future__ import annotations

import contextlib
import functools
import html
import logging
import re
import threading
from datetime import date

log = logging.getLogger(__name__)


def find_markup_date(
    data: bytes, *, in_text: bool = False, languages: tuple[str, ...] = ()
) -> date | None:
    """Return the publication date ``data`` (a saved page) marks up, or None.

    Args:
        data: the saved page.
        in_text: also search the page's text (htmldate's extensive search),
            for pages that mark up no date at all.
        languages: the languages the page declares (codes such as "pt" or
            "pt_br"), which the text search reads month names in.

    Imported on first use: htmldate loads in tens of milliseconds, which pages
    dated by their metadata never need.
    """
    from htmldate import find_date

    try:
        with _text_dates_read_in(languages if in_text else ()):
            found = find_date(
                data,
                original_date=True,
                extensive_search=in_text,
                outputformat="%Y-%m-%d",
            )
    except (ValueError, TypeError) as error:
        # htmldate raises on markup it cannot load; the page keeps no date.
        log.debug("htmldate failed: %s", error)
        return None
    if not found:
        return None
    try:
        found_date = date.fromisoformat(found)
    except ValueError:
        return None
    if in_text and not _shown_as_a_date_line(data, found_date):
        return None
    return found_date


_external_parser_lock = threading.Lock()


@contextlib.contextmanager
def _text_dates_read_in(languages: tuple[str, ...]):
    """Have htmldate's text search hand dates to dateparser in ``languages``
    (and English) only, while the block runs.

    Left to itself, dateparser tries a string in each of its 200 locales, and
    the first string a process gives it builds every locale's word tables:
    seconds of CPU for one page in a fresh process (a `searchidx parse`, each
    indexing worker). A page's declared language (with English, which pages
    in any language use for dates) reads the same dates at a small part of
    that. A page declaring no language dateparser knows keeps the search in
    every locale.
    """
    codes = _dateparser_codes(languages)
    if not codes:
        yield
        return
    import htmldate.extractors as extractors

    with _external_parser_lock:
        everywhere = extractors.get_external_parser
        restricted = _parser_for(codes, everywhere())
        extractors.get_external_parser = lambda: restricted
        try:
            yield
        finally:
            extractors.get_external_parser = everywhere


def _dateparser_codes(languages: tuple[str, ...]) -> tuple[str, ...]:
    if not languages:
        return ()
    from dateparser.data.languages_info import language_order

    known = set(language_order)
    codes = []
    for tag in languages:
        base = tag.replace("-", "_").split("_")[0].lower()
        if base in known and base not in codes:
            codes.append(base)
    if not codes:
        return ()
    return tuple(codes) + (() if "en" in codes else ("en",))


@functools.cache
def _parser_for(codes: tuple[str, ...], everywhere):
    """htmldate's own dateparser set-up (``everywhere``), in ``codes`` only."""
    from dateparser import DateDataParser

    return DateDataParser(languages=list(codes), settings=everywhere._settings)


# Most words of a line that states a date ("Posted On: 7 Mart 2024 10:30"),
# fewer than any sentence that mentions one.
_DATE_LINE_WORDS = 8
_TAG = re.compile(rb"<[^>]*>")


def _shown_as_a_date_line(data: bytes, found: date) -> bool:
    """Return True when the page shows ``found`` on a line of its own.

    htmldate's text search also takes dates from sentences ("On September 8,
    2016, the court ordered ..."), which on a release are the dates of the
    events it reports, and reads a copyright year as January 1st: a date is
    kept only when a short line of the page holds its year and its day.
    """
    if (found.month, found.day) == (1, 1):
        return False
    day = re.compile(rf"(?<!\d)0?{found.day}(?!\d)")
    year = str(found.year)
    for chunk in _TAG.split(data):
        line = html.unescape(chunk.decode("utf-8", errors="replace"))
        if year in line and len(line.split()) <= _DATE_LINE_WORDS:
            if day.search(line.replace(year, " ")):
                return True
    return False
