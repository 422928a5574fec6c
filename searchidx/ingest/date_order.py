"""Which order a page writes numeric dates in: day first or month first.

By the page's language (only American English puts the month first), or by
one of its dates that only one order can read ("25/03/2024").
"""

from __future__ import annotations

import re


def day_first_language(lang: str | None) -> bool:
    """Return True when a page in language ``lang`` (``<html lang>``, e.g.
    ``el``, ``en-GB``) writes ``05/03/2024`` day first.

    Only American English (and English that does not say where) puts the
    month first; every other language and English variant puts the day first.
    """
    lang = (lang or "").strip().lower().replace("_", "-")
    if not lang:
        return False
    base, _, region = lang.partition("-")
    if base != "en":
        return True
    return bool(region) and region not in {"us", "ph", "um", "as", "gu", "pr"}


# Numeric dates as a page writes them, with slashes, dots or dashes.
# No look-behind: it would be tried at every byte of the page, this is
# tried at digits only.
_NUMERIC_DATE = re.compile(rb"(\d\d?)[/.-](\d\d?)[/.-](?:19|20)\d\d(?![\d/])")


def has_numeric_date(page: bytes) -> bool:
    """Return True when a page writes a date with numbers alone ("05/03/2024")."""
    return _NUMERIC_DATE.search(page) is not None


def numeric_order(page: bytes) -> bool | None:
    """Return True when a page's numeric dates put the day first, False when
    the month, None when none of them tells ("05/03/2024" fits both).

    A site writes all its dates one way: one date that only one order can
    read ("25/03/2024", "03/25/2024") tells how to read the others, on pages
    whose language does not say (``<html lang="en">`` on a British site).
    """
    day_first = month_first = False
    for first, second in _NUMERIC_DATE.findall(page):
        if int(first) > 12 >= int(second):
            day_first = True
        elif int(second) > 12 >= int(first):
            month_first = True
    if day_first == month_first:
        return None
    return day_first
