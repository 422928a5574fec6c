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

import html
import logging
import re
from datetime import date

log = logging.getLogger(__name__)


def find_markup_date(data: bytes, *, in_text: bool = False) -> date | None:
    """Return the publication date ``data`` (a saved page) marks up, or None.

    Args:
        data: the saved page.
        in_text: also search the page's text (htmldate's extensive search),
            for pages that mark up no date at all.

    Imported on first use: htmldate loads in tens of milliseconds, which pages
    dated by their metadata never need.
    """
    from htmldate import find_date

    try:
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
