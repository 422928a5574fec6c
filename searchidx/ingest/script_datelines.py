"""The place lines of scripts without capitals that the Latin shapes miss:
a place, the Arabic comma and a date ("القاهرة، 3 ديسمبر 2026 - "), a Chinese
date before its place ("2026年11月26日，上海—— "), and a Chinese wire's place
and day before the word for "cabled" ("上海12月3日电（记者 王明）"). With no
case to tell a name, shape alone reads a given name, a company, a weekday,
"today" or a label as a place (an outside test found each): the place must
be a city or a country CLDR names (world_places.is_world_place).
"""

from __future__ import annotations

import re

from .dates import parse_date
from .world_places import is_world_place

# A place, the Arabic comma, a date with its year, the agency that carried it
# in brackets if any, and a dash.
_ARABIC_COMMA_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,،:;()\n\d]{0,40}?)\s*،\s*"
    r"(?P<date>[^/()—–\n،]{4,30}?\d{4})\s*(?:\([^()\n]{2,40}\))?"
    r"\s*(?:--|[—–-])\s*"
)
# A date that opens with its year, a comma (full-width or not), a place of a
# few characters with no space, and a dash, as Chinese releases open.
_DATE_FIRST_DATELINE = re.compile(
    r"^\s*(?P<date>\d{4}\s*年[^，,\n]{2,12}?日)\s*[，,、]\s*"
    r"(?P<place>[^\W\d_][^\s，,。、：:；;()（）\d—–-]{1,5})\s*(?:——|—|--|[–-])\s*"
)
# A Chinese wire's place, the month and day, "电" (cabled), and its
# reporters in brackets if given.
_CABLED_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\s，,。、()（）\d—–-]{1,5})\s*"
    r"(?P<date>\d{1,2}\s*月\s*\d{1,2}\s*日)\s*电\s*(?:[（(][^（()）\n]{0,30}[）)])?\s*"
)


def _is_caseless(text: str) -> bool:
    """Return True when ``text`` has no letter written in a case."""
    return text.upper() == text.lower()


def _is_place(place: str) -> bool:
    """Return True when ``place``, written in no case, is a city or a country
    the world knows."""
    return _is_caseless(place) and is_world_place(place)


def script_dateline(body: str) -> tuple[str, str, str]:
    """Return ``(dateline, date, body)`` when ``body`` opens on one of the
    shapes above (the date "" when it gives none with its year), or ``("",
    "", body)``."""
    arabic = _ARABIC_COMMA_DATELINE.match(body)
    if arabic:
        place = arabic.group("place").strip()
        if _is_place(place) and parse_date(arabic.group("date")):
            return place, arabic.group("date"), body[arabic.end() :]
    dated = _DATE_FIRST_DATELINE.match(body)
    if dated and _is_place(dated.group("place")) and parse_date(dated.group("date")):
        return dated.group("place"), dated.group("date"), body[dated.end() :]
    cabled = _CABLED_DATELINE.match(body)
    if cabled and _is_place(cabled.group("place")):
        return cabled.group("place"), "", body[cabled.end() :]
    return "", "", body
