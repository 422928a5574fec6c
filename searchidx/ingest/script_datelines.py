"""The place lines of scripts without capitals that the Latin shapes miss:
a place, the Arabic comma and a date ("جنيف، 3 ديسمبر 2026 - "), a Chinese
date before its place ("2026年11月26日，日内瓦—— "), and a Chinese wire's
place and day before the word for "cabled" ("北京12月3日电（记者 王明）").
With no case to tell a name, the shape and a place's few words tell it.
"""

from __future__ import annotations

import functools
import re

from .dates import parse_date
from .named_months import page_languages
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
# What ends an organisation's name in Chinese (an organisation, a bureau, a
# ministry, a council, a company, a group, a centre), or says it acts (says,
# states, announces, publishes): no place's name ends or holds them.
_NOT_PLACE_ENDINGS = (
    "组织 局 部 会 院 司 厅 委 署 所 校 社 团 中心 集团 公司 银行 大学".split()
)
_ACTING_WORDS = "说 称 表示 指出 宣布 发布 透露 强调".split()
# A release's labels before its date in these scripts (urgent, statement,
# update, news; press release, notice, announcement, newsflash), no place.
_SCRIPT_LABELS = frozenset(
    "عاجل بيان تحديث خبر إعلان تعميم 新闻稿 通稿 公告 通知 声明 快讯 更新 简报".split()
)


def _is_label_or_weekday(word: str) -> bool:
    """Return True when ``word`` before a date or a dash is a release's label
    or a weekday's name in English or the page's languages ("الخميس، 3
    ديسمبر 2026 - ", "2026年11月26日，星期四——"), not a place."""
    return word in _SCRIPT_LABELS or any(
        word.lower() in _weekdays_in(lang) for lang in ("en", *page_languages())
    )


@functools.lru_cache(maxsize=16)
def _weekdays_in(lang: str) -> frozenset[str]:
    """Return the weekdays' names CLDR gives in ``lang``, in every width,
    lower-cased; none for a language CLDR lacks."""
    from babel import Locale, UnknownLocaleError

    try:
        days = Locale.parse(lang).days
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(
        name.lower()
        for context in days.values()
        for width in context.values()
        for name in width.values()
    )


def _is_caseless(text: str) -> bool:
    """Return True when ``text`` has no letter written in a case."""
    return text.upper() == text.lower()


def _is_chinese_place(place: str) -> bool:
    """Return True when ``place``, a few characters before a dash, may be a
    place: no organisation's ending and no word of one that acts."""
    return (
        _is_caseless(place)
        and not _is_label_or_weekday(place)
        and not place.endswith(tuple(_NOT_PLACE_ENDINGS))
        and not any(word in place for word in _ACTING_WORDS)
        and is_world_place(place)
    )


def script_dateline(body: str) -> tuple[str, str, str]:
    """Return ``(dateline, date, body)`` when ``body`` opens on one of the
    shapes above (the date "" when it gives none with its year), or ``("",
    "", body)``."""
    arabic = _ARABIC_COMMA_DATELINE.match(body)
    if arabic:
        place = arabic.group("place").strip()
        if (
            _is_caseless(place)
            and not _is_label_or_weekday(place)
            and is_world_place(place)
            and parse_date(arabic.group("date"))
        ):
            return place, arabic.group("date"), body[arabic.end() :]
    dated = _DATE_FIRST_DATELINE.match(body)
    if (
        dated
        and _is_chinese_place(dated.group("place"))
        and parse_date(dated.group("date"))
    ):
        return dated.group("place"), dated.group("date"), body[dated.end() :]
    cabled = _CABLED_DATELINE.match(body)
    if cabled and _is_chinese_place(cabled.group("place")):
        return cabled.group("place"), "", body[cabled.end() :]
    return "", "", body
