"""Turn the date forms press releases use into ``datetime.date``.

Written by hand rather than with a fuzzy parser on purpose: a fuzzy parser
fills missing parts from today's date, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from .month_table import MONTHS
from .named_months import named_month_date

_MONTH = (
    r"(?P<month>"
    + "|".join(re.escape(name) for name in sorted(MONTHS, key=len, reverse=True))
    + r")\.?"
)
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
)

# "3/5/2024", and "3/5/24" with the year's last two digits, as forms and
# notices print it (a score or a ratio has two numbers, not three).
_US_ORDER = re.compile(
    r"(?<![\d/])(?P<month>\d\d?)/(?P<day>\d\d?)/(?P<year>(?:19|20)?\d\d)(?![\d/])"
)
_DASHED = re.compile(
    r"(?<![\d-])(?P<month>\d\d?)-(?P<day>\d\d?)-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
_BUDDHIST_ERA = re.compile(
    r"(?P<day>\d\d?)\s*"
    + _MONTH.replace("(?P<month>", "(?P<month>(?:").replace(r")\.?", r"))")
    + r"\s*(?:พ\.ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)
# Years of the Buddhist era before the common era's.
_BUDDHIST_OFFSET = 543
# Patterns that write the month first where the day comes first elsewhere.
# "03.01.05": month first on the old congressional pages, day first
# ("05.03.24") wherever the language puts the day first.
_SHORT_YEAR = re.compile(
    r"(?<![\d.])(?P<month>\d\d)\.(?P<day>\d\d)\.(?P<year>\d\d)(?![\d.])"
)
_DAY_OR_MONTH = (_US_ORDER, _DASHED, _SHORT_YEAR)
_DOTTED = re.compile(
    r"(?<![\d.])(?P<day>\d\d?)\.\s?(?P<month>\d\d?)\.\s?(?P<year>(?:19|20)\d\d)"
    r"(?!\d)(?!\.\d)"
)
_PATTERNS = [
    # 2024-03-05, 2024-03-05T09:30:00+02:00, 2024/03/05, 2024. 03. 05. (Korean,
    # Hungarian)
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:[-/]|\.\s?)(?P<month>\d\d?)(?:[-/]|\.\s?)"
        r"(?P<day>\d\d?)(?!\d)"
    ),
    # ngày 12 tháng 3 năm 2024 (Vietnamese)
    re.compile(
        r"(?P<day>\d\d?)\s+tháng\s+(?P<month>\d\d?)(?:\s+năm\s+|[,/]\s*)"
        r"(?P<year>(?:19|20)\d\d)",
        re.I,
    ),
    # 2024 оны 3 сарын 5, 2024 оны 3-р сарын 5 (Mongolian: the month's number)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*оны\s+(?P<month>\d\d?)(?:-р)?\s*сарын\s+"
        r"(?P<day>\d\d?)(?!\d)",
        re.I,
    ),
    # 2024 m. kovo 5 d. (Lithuanian)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*m\.\s+" + _MONTH + r"\s+(?P<day>\d\d?)\s*d\.", re.I
    ),
    # Tuesday, March 5, 2024 / Mar. 5 2024 / March 5th, 2024
    re.compile(
        _WEEKDAY
        + _MONTH
        + r"\s+(?P<day>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 5 March 2024 / 07 February 2025 / Tue, 05 Mar 2024 / 5th of March 2024
    re.compile(
        _WEEKDAY
        + r"(?P<day>\d\d?)(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+|ta['’]\s+)?"
        + _MONTH
        + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 05.03.2024 (day first, as German and most European pages write it), and
    # 05.03.2024. with the ordinal full stop Latvian, Croatian, Serbian,
    # Hungarian and Slovak write after the year; a full stop before another
    # digit is a longer number ("05.03.2024.1"), not a date.
    _DOTTED,
    # 4.abr.2025, 5-Mar-2024, 12/gen/2024: a month's name between a day and
    # a year joined by dots, dashes or slashes (Brazilian and Italian news
    # sites, log-style dates)
    re.compile(
        r"(?<![\d.])(?P<day>\d\d?)[.\-/]\s?"
        + _MONTH.replace(r")\.?", r"))").replace("(?P<month>", "(?P<month>(?:")
        + r"[.\-/]\s?(?P<year>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
    # 2024年3月5日, 2024년 3월 5일 (Chinese, Japanese, Korean)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d\d?)\s*[月월]\s*"
        r"(?P<day>\d\d?)\s*[日일]"
    ),
    # The year first, with a full stop: "2024. gada 5. martā" (Latvian),
    # "2024. március 7." (Hungarian)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>\d\d?)\.\s+" + _MONTH,
        re.I,
    ),
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\.\s+" + _MONTH + r"\s+(?P<day>\d\d?)\.",
        re.I,
    ),
    # 03/05/2024 (US order, the usual one on English-language release pages)
    _US_ORDER,
    # 05-03-2024 (Dutch, Danish, Indian pages; month first in US English)
    _DASHED,
    # 5 มีนาคม 2567: Thai pages count years in the Buddhist era.
    _BUDDHIST_ERA,
    # 03.01.05 (MM.DD.YY, the old congressional press pages; DD.MM.YY elsewhere)
    _SHORT_YEAR,
]
# Digits of every script, as Arabic, Persian, Bengali, Khmer, Thai and
# full-width CJK dates write them ("٥ مارس ٢٠٢٤", "৫ মার্চ ২০২৪"), read as
# the ASCII digits. Unicode keeps each script's ten digits in a row from its
# zero, so the zeros name them all.
_DIGITS = str.maketrans(
    {
        chr(zero + n): str(n)
        for zero in range(0x0660, 0x20000)
        if unicodedata.category(chr(zero)) == "Nd" and unicodedata.digit(chr(zero)) == 0
        for n in range(10)
    }
)
_ISO_DATETIME = re.compile(
    r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?\s*$"
)


def _to_date(match: re.Match, day_first: bool = False) -> date | None:
    month = match.group("month")
    name = month.lower()
    # "Mar." is "mar" with its full stop, "มี.ค." an abbreviation with its own
    month_number = (
        int(month) if month.isdigit() else MONTHS.get(name) or MONTHS[name.rstrip(".")]
    )
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if match.re is _BUDDHIST_ERA:
        year -= _BUDDHIST_OFFSET
    day = int(match.group("day"))
    swap = day_first and match.re in _DAY_OR_MONTH and day <= 12
    either_order = match.re in _DAY_OR_MONTH or match.re is _DOTTED
    if swap or (month_number > 12 and day <= 12 and either_order):
        # "25/09/2023": no month 25, so the day comes first, as outside the
        # US; "03.13.2025": no month 13, so the month comes first, as some
        # American sites write dotted dates.
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


# Years counted from an era, as Japanese and Taiwanese official pages write
# them ("令和6年3月5日", "民國113年3月5日"), by the year before the era's first.
_ERA_YEARS = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|民國|民国)\s*(?P<year>\d{1,3}|元)\s*年\s*(?P<month>\d\d?)\s*月"
    r"\s*(?P<day>\d\d?)\s*[日号]"
)
# Chinese numerals, as formal documents write dates ("二〇二四年三月五日").
_HAN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_HAN_DATE = re.compile(
    r"(?P<year>[〇零一二三四五六七八九]{4})\s*年\s*(?P<month>[一二三四五六七八九十]{1,2})"
    r"\s*月\s*(?P<day>[一二三四五六七八九十]{1,3})\s*[日号]"
)


def _han_number(numeral: str) -> int:
    """Return the value of a Chinese numeral up to 99 ("十二", "二十五")."""
    tens, ten, units = numeral.rpartition("十")
    if not ten:
        return int(_HAN_DIGITS[units])
    return int(_HAN_DIGITS.get(tens, "1")) * 10 + int(_HAN_DIGITS.get(units, "0"))


def _east_asian_date(text: str) -> date | None:
    """Return a date written with an era's year or in Chinese numerals."""
    era = _ERA_DATE.search(text)
    try:
        if era:
            year = 1 if era.group("year") == "元" else int(era.group("year"))
            year += _ERA_YEARS[era.group("era")]
            return date(year, int(era.group("month")), int(era.group("day")))
        han = _HAN_DATE.search(text)
        if han:
            year = int("".join(_HAN_DIGITS[c] for c in han.group("year")))
            return date(
                year, _han_number(han.group("month")), _han_number(han.group("day"))
            )
    except ValueError:
        return None
    return None


def parse_date(text: str | None, *, day_first: bool = False) -> date | None:
    """Return the date ``text`` states, or None when it holds no full date.

    Args:
        text: a date as written on a page or in an export, e.g. ``2024-03-05``,
            ``March 5, 2024``, ``07 February 2025``, ``03/05/2024``,
            ``2024-03-05T09:30:00+02:00``; surrounding words are allowed.
        day_first: read ``05/03/2024`` as 5 March, as every language but
            American English writes it (see :func:`date_order.day_first_language`).
    """
    if not text:
        return None
    text = str(text).strip().translate(_DIGITS)
    iso = _from_iso_datetime(text)
    if iso:
        return iso
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            found = _to_date(match, day_first)
            if found:
                return found
    if "年" in text:
        found = _east_asian_date(text)
        if found:
            return found
    named = named_month_date(text, MONTHS)
    return named[0] if named else None


_TIME_OF_DAY = re.compile(
    # "16:30", "9.30", "9h30" and "9 h 12", as French and Occitan write it.
    r"(?:\b(?:at|um|à|a las|alle|kl\.?|klo)\s+)?\b\d\d?(?:[:.h]|\s?h\s)\d\d(?::\d\d)?"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}\b)?",
    re.I,
)


_ANY_DIGIT = re.compile(r"\d")
# What parts a blog's or a forum's date line: "Posted on 5th March 2024 ·
# Siobhán Keane", "By Ann Lee | 5 March 2024", "jen · 3 days ago · Mar 12, 2024".
_PART_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•｜]\s*")
# Most words of a part beside the date (a name, a section, "3 days ago").
_PART_WORDS = 5


def is_date_line(line: str, *, with_parts: bool = True) -> bool:
    """Return True when ``line`` is a date and little else (a page's date line).

    With ``with_parts``, a line may also name its author or section apart from
    the date, at a separator ("Posted on 5th March 2024 · Siobhán Keane").
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 80:
        return False  # before translating a paragraph only to measure it
    stripped = stripped.translate(_DIGITS)  # a character for a character
    # Every full date has digits (or a year in Chinese numerals): a line
    # without any is none, at no cost.
    if not (_ANY_DIGIT.search(stripped) or "年" in stripped):
        return False
    if len(stripped) <= 60 and _is_date_part(stripped):
        return True
    if not with_parts:
        return False
    parts = [p for p in _PART_SEPARATOR.split(stripped) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return False
    # The date's own part is read apart from the others: its label and time
    # ("Published 12th Apr 2024, 16:30 BST") may outrun a name's few words.
    dated = [_is_date_part(p) for p in parts]
    return any(dated) and all(
        is_date or len(p.split()) <= _PART_WORDS
        for p, is_date in zip(parts, dated, strict=True)
    )


def _is_date_part(stripped: str) -> bool:
    for pattern in _PATTERNS:
        match = pattern.search(stripped)
        if match and _to_date(match):
            rest = (stripped[: match.start()] + stripped[match.end() :]).strip(
                " ,.-|:–—"
            )
            # A time of day is part of a date line ("at 5:45 p.m. CST").
            rest = _TIME_OF_DAY.sub(" ", rest)
            # allow a short label ("Posted on:", "Release date") or a time ("10:00 AM")
            return len(rest.split()) <= 4
    if "年" in stripped and _east_asian_date(stripped):
        return len(stripped) <= 30
    named = named_month_date(stripped, MONTHS)
    if named:
        match = named[1]
        rest = (stripped[: match.start()] + stripped[match.end() :]).strip(" ,.-|:–—")
        return len(_TIME_OF_DAY.sub(" ", rest).split()) <= 4
    return False


def remove_dates(text: str) -> str:
    """Return ``text`` with every full date it states taken out."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: "" if _to_date(m) else m.group(0), text)
    return " ".join(text.split())
