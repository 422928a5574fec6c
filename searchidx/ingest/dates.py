"""Turn the date forms press releases use into ``datetime.date``.

Written by hand rather than with a fuzzy parser on purpose: a fuzzy parser
fills missing parts from today's date, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# German, French and Spanish month names, for European agencies' releases
# ("Hamburg, den 02. Dezember 2022", "5 janvier 2020", "3 de marzo de 2021").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                ("januar", "jänner", "janvier", "enero"),
                ("februar", "février", "fevrier", "febrero"),
                ("märz", "maerz", "mars", "marzo"),
                ("avril", "abril"),
                ("mai", "mayo"),
                ("juni", "juin", "junio"),
                ("juli", "juillet", "julio"),
                ("août", "aout", "agosto"),
                ("septembre", "septiembre", "setiembre"),
                ("oktober", "okt", "octobre", "octubre"),
                ("novembre", "noviembre"),
                ("dezember", "dez", "décembre", "decembre", "diciembre"),
            ],
            start=1,
        )
        for name in names
    }
)
# Month names of the other languages of European public bodies' pages, in the
# form dates use (Polish, Czech and Finnish decline them: "15. března 2024").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                (
                    "gennaio",
                    "janeiro",
                    "januari",
                    "ianuarie",
                    "stycznia",
                    "ledna",
                    "tammikuuta",
                ),
                (
                    "febbraio",
                    "fevereiro",
                    "februari",
                    "februarie",
                    "lutego",
                    "února",
                    "helmikuuta",
                ),
                (
                    "março",
                    "marco",
                    "maart",
                    "marts",
                    "martie",
                    "marca",
                    "března",
                    "maaliskuuta",
                ),
                ("aprile", "aprilie", "kwietnia", "dubna", "huhtikuuta"),
                ("maggio", "maio", "mei", "maj", "maja", "května", "toukokuuta"),
                ("giugno", "junho", "iunie", "czerwca", "června", "kesäkuuta"),
                ("luglio", "julho", "iulie", "lipca", "července", "heinäkuuta"),
                ("augustus", "augusti", "sierpnia", "srpna", "elokuuta"),
                (
                    "settembre",
                    "setembro",
                    "septembrie",
                    "września",
                    "září",
                    "syyskuuta",
                ),
                (
                    "ottobre",
                    "outubro",
                    "octombrie",
                    "października",
                    "října",
                    "lokakuuta",
                ),
                ("noiembrie", "listopada", "listopadu", "marraskuuta"),
                (
                    "dicembre",
                    "dezembro",
                    "desember",
                    "decembrie",
                    "grudnia",
                    "prosince",
                    "joulukuuta",
                ),
            ],
            start=1,
        )
        for name in names
    }
)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
)

_PATTERNS = [
    # 2024-03-05, 2024-03-05T09:30:00+02:00, 2024/03/05
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d\d?)[-/.](?P<day>\d\d?)(?!\d)"
    ),
    # Tuesday, March 5, 2024 / Mar. 5 2024 / March 5th, 2024
    re.compile(
        _WEEKDAY
        + _MONTH
        + r"\s+(?P<day>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 5 March 2024 / 07 February 2025 / Tue, 05 Mar 2024
    re.compile(
        _WEEKDAY
        + r"(?P<day>\d\d?)(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?"
        + _MONTH
        + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 05.03.2024 (day first, as German and most European pages write it)
    re.compile(
        r"(?<![\d.])(?P<day>\d\d?)\.(?P<month>\d\d?)\.(?P<year>(?:19|20)\d\d)(?![\d.])"
    ),
    # 03/05/2024 (US order, the usual one on English-language release pages)
    re.compile(
        r"(?<![\d/])(?P<month>\d\d?)/(?P<day>\d\d?)/(?P<year>(?:19|20)\d\d)(?![\d/])"
    ),
    # 03.01.05 (MM.DD.YY, the old congressional press pages)
    re.compile(r"(?<![\d.])(?P<month>\d\d)\.(?P<day>\d\d)\.(?P<year>\d\d)(?![\d.])"),
]
_ISO_DATETIME = re.compile(
    r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?\s*$"
)


def _to_date(match: re.Match) -> date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    day = int(match.group("day"))
    if month_number > 12 and day <= 12 and "/" in match.group(0):
        # "25/09/2023": no month 25, so the day comes first, as outside the US.
        month_number, day = day, month_number
    try:
        return date(year, month_number, day)
    except ValueError:
        return None


def _from_iso_datetime(text: str) -> date | None:
    """Return the calendar date an ISO timestamp states, in its own time zone."""
    if not _ISO_DATETIME.match(text):
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # Keep the publisher's local calendar day (what the page shows), not UTC's.
    return moment.date()


def parse_date(text: str | None) -> date | None:
    """Return the date ``text`` states, or None when it holds no full date.

    Args:
        text: a date as written on a page or in an export, e.g. ``2024-03-05``,
            ``March 5, 2024``, ``07 February 2025``, ``03/05/2024``,
            ``2024-03-05T09:30:00+02:00``; surrounding words are allowed.
    """
    if not text:
        return None
    text = str(text).strip()
    iso = _from_iso_datetime(text)
    if iso:
        return iso
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            found = _to_date(match)
            if found:
                return found
    return None


def is_date_line(line: str) -> bool:
    """Return True when ``line`` is a date and little else (a page's date line)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    for pattern in _PATTERNS:
        match = pattern.search(stripped)
        if match and _to_date(match):
            rest = (stripped[: match.start()] + stripped[match.end() :]).strip(
                " ,.-|:–—"
            )
            # allow a short label ("Posted on:", "Release date") or a time ("10:00 AM")
            return len(rest.split()) <= 4
    return False


def remove_dates(text: str) -> str:
    """Return ``text`` with every full date it states taken out."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: "" if _to_date(m) else m.group(0), text)
    return " ".join(text.split())
