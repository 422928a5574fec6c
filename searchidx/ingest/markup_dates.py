"""The publication date a page marks up where our cascade does not look, via htmldate.

htmldate (a maintained library, measured against a public date set) knows
many more markup conventions than html_pages.py reads: microformats
(``<abbr class="published" title=...>``), ``data-*`` attributes, JSON-LD of
any type, date classes in many languages. Only its markup search is used
(``extensive_search=False``): its free-text search guesses from footers and
prose (a copyright year becomes January 1st), and a wrong date is worse than
none.
"""

from __future__ import annotations

import logging
from datetime import date

log = logging.getLogger(__name__)


def find_markup_date(data: bytes) -> date | None:
    """Return the publication date ``data`` (a saved page) marks up, or None.

    Imported on first use: htmldate loads in tens of milliseconds, which pages
    dated by their metadata never need.
    """
    from htmldate import find_date

    try:
        found = find_date(
            data, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError) as error:
        # htmldate raises on markup it cannot load; the page keeps no date.
        log.debug("htmldate failed: %s", error)
        return None
    if not found:
        return None
    try:
        return date.fromisoformat(found)
    except ValueError:
        return None
