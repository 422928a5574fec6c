"""The publication date a page marks up where our cascade does not look, via htmldate.

htmldate (a maintained library, measured against a public date set) knows
many more markup conventions than html_pages.py reads: microformats
(``<abbr class="published" title=...>``), ``data-*`` attributes, JSON-LD of
any type, date classes in many languages. Its markup search is one step of
our cascade; its free-text search (``extensive_search``), which reads dates
in the page's text in many languages and formats, is asked only when nothing
else dated the page, and a January 1st it finds is not taken: that is how it
reads a copyright year, and a wrong date is worse than none.
"""

from __future__ import annotations

import logging
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
    if in_text and (found_date.month, found_date.day) == (1, 1):
        return None
    return found_date
