"""Dates written with a month's name in any language: the names come from the
CLDR tables dateparser ships (htmldate depends on it), read once, on the
first date the hand-written patterns of dates.py could not read.

Only the names are taken, never dateparser's guessing: a date is read only
when a day, a name that means one month in every language that has it, and
a four-digit year stand together.

Languages dateparser's tables lack ("22 Ogasiti 2024" in Chichewa, "3 di
maghju 2024" in Corsican) are read from the wider CLDR data Babel ships, in
the languages the page declares (:func:`page_language`); on a page whose
text is not in the language it declares, by a month's whole name in any
language CLDR knows.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

from .text_language import is_written_in, language_tag

# A word of any script, as a month's name is written: letters with their
# vowel signs and viramas (which \w leaves out), no digits, no punctuation.
_WORD = r"[^\s\d!-/:-@\[-`{-~«»“”„‘’،。，、·•–—]+"
_NAMES = rf"(?P<month>{_WORD}(?:(?:\s+|-){_WORD}){{0,2}})"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# The orders a date with a month's name is written in, in any language whose
# names the tables of _named_month know: "3 Dàmhair 2024", "5 de marzo de
# 2024", "Dàmhair 3, 2024", "2024 martxoa 5", "2024 жылғы 5 наурыз", "2024 թ.
# մարտի 5", "2024-cü il 5 mart".
_NAMED_MONTH_DATES = (
    re.compile(
        r"(?<![\d.])(?P<day>\d\d?)(?:st|nd|rd|th|er|[.ºª-])?\s*"
        + _NAMES
        + r"\.?,?\s*"
        + _YEAR
    ),
    re.compile(_NAMES + r"\.?\s+(?P<day>\d\d?)(?:st|nd|rd|th)?,?\s+" + _YEAR),
    re.compile(
        r"(?<!\d)"
        + _YEAR.replace(r"(?!\d)", "")
        + rf"(?:\.|-?\s?{_WORD}\.?)?\s+"
        + _NAMES
        + r"\s+(?P<day>\d\d?)(?!\d)"
    ),
    re.compile(
        r"(?<!\d)"
        + _YEAR.replace(r"(?!\d)", "")
        + rf"(?:\.|(?:-?\s?{_WORD}\.?){{1,2}})?\s+(?P<day>\d\d?)[.-]?\s*"
        + _NAMES.replace("{0,2}", "{0,1}")
    ),
)
# Hebrew points (vowels, dagesh, rafe): Yiddish writes them in its months'
# names ("אָקטאָבער") where the tables, like most pages, leave them out.
_HEBREW_POINTS = dict.fromkeys(
    c for c in range(0x0591, 0x05C8) if c not in (0x05BE, 0x05C0, 0x05C3, 0x05C6)
)
_CLDR_MONTHS: dict[str, int] | None = None
_CLDR_TODAY: frozenset[str] = frozenset()
_MONTH_KEYS = (
    "january february march april may june july august september october "
    "november december"
).split()


def _cldr_months() -> dict[str, int]:
    """Return the month names of every language the CLDR tables dateparser
    ships (a dependency of htmldate) know, by name; a name two languages give
    different months is left out ("listopad": October in Croatian, November
    in Czech). Read once, on the first date dates.py could not read."""
    global _CLDR_MONTHS, _CLDR_TODAY
    if _CLDR_MONTHS is not None:
        return _CLDR_MONTHS
    months: dict[str, set[int]] = {}
    today: set[str] = set()
    try:
        from dateparser.data import date_translation_data as tables
    except ImportError:
        tables = None
    for module in pkgutil.iter_modules(tables.__path__) if tables else ():
        info = importlib.import_module(f"{tables.__name__}.{module.name}").info
        today.update(
            word.lower()
            for word in info.get("relative-type", {}).get("0 day ago", ())
            if len(word) >= 3
        )
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in info.get(key, ()):
                name = name.lower().strip(". ").translate(_HEBREW_POINTS)
                # "an dàmhair": the name follows its article, and pages print
                # it alone too ("3 Dàmhair 2024").
                last = name.split()[-1] if name else ""
                # "t-sultain": an elided article joined by a hyphen.
                elided = last.partition("-")[2] if 0 < last.find("-") <= 2 else ""
                for form in {name, last, elided}:
                    if len(form) >= 3 and not form.isdigit():
                        months.setdefault(form, set()).add(number)
    _CLDR_MONTHS = {name: next(iter(n)) for name, n in months.items() if len(n) == 1}
    _CLDR_TODAY = frozenset(today)
    return _CLDR_MONTHS


_LABEL = re.compile(r"^\W*(?P<label>[^\d:,|–—]+?)\s*[:,|–—]")


def is_today_label(line: str) -> bool:
    """Return True when a date line opens with the word for "today" in any
    language the CLDR tables know ("Сёння: 18 сакавіка 2025", "Heute, 5. März
    2024"): a site's header showing the day it is read, not the page's."""
    label = _LABEL.match(line)
    if label is None:
        return False
    _cldr_months()
    return label.group("label").lower() in _CLDR_TODAY


# The languages of the page being read (``<html lang>``, its other declared
# locales), set by the page's reader around its reading: every date parsed
# meanwhile may use their names. Then, when none fits and the page's text is
# not in its declared language, any language's (its text read on that miss).
_PAGE_LANGUAGES: ContextVar[tuple[str, ...]] = ContextVar("page_languages", default=())
_PAGE_TEXT: ContextVar[_PageText | None] = ContextVar("page_text", default=None)


class _PageText:
    """Whether a page's text is in a language, its text read once, when first
    asked."""

    def __init__(self, text: Callable[[], str]) -> None:
        self._source: Callable[[], str] | None = text
        self._text = ""

    def is_written_in(self, lang: str) -> bool | None:
        """Return whether the text is in ``lang``; None when untold."""
        if self._source is not None:
            source, self._source = self._source, None
            self._text = source()
        return is_written_in(self._text, lang)


def page_languages() -> tuple[str, ...]:
    """Return the languages of the page being read (``("ar",)``, ``("en",
    "fr")``), its own first; none outside :func:`page_language`."""
    return _PAGE_LANGUAGES.get()


@contextmanager
def page_language(
    lang: str | Sequence[str], text: Callable[[], str] | None = None
) -> Iterator[None]:
    """Read the dates parsed within the block with the month names of the
    page's declared languages ``lang`` too (``ny``, ``co-FR``, ``ny MW``),
    where dateparser's tables do not have them.

    Args:
        lang: the language tags the page declares, the first its own.
        text: gives the page's text, read only when no declared language's
            names fit a date: when the text is not in the declared language,
            a month's whole name in any language is tried then.
    """
    tags = (lang,) if isinstance(lang, str) else tuple(lang)
    bases = tuple(dict.fromkeys(b for b in (language_tag(t) for t in tags) if b))
    token = _PAGE_LANGUAGES.set(bases)
    text_token = _PAGE_TEXT.set(_PageText(text) if text is not None else None)
    try:
        yield
    finally:
        _PAGE_LANGUAGES.reset(token)
        _PAGE_TEXT.reset(text_token)


@functools.lru_cache(maxsize=64)
def _language_months(lang: str) -> dict[str, int]:
    """Return the month names CLDR gives the language ``lang`` (its wide and
    abbreviated forms, as a date writes them and alone), from Babel's data.

    One language's file is read, not every language's: a page names its
    months in its own language, and each file costs a few milliseconds. Babel
    comes with trafilatura (through courlan); without it, no names.
    """
    base = lang.partition("_")[0]
    if not base.isalpha():
        return {}
    try:
        from babel import Locale, localedata
    except ImportError:
        return {}
    if not localedata.exists(base):
        return {}
    try:
        names = Locale.parse(base).months
    except (OSError, ValueError):
        return {}
    months: dict[str, set[int]] = {}
    for context in names.values():
        for width in ("wide", "abbreviated"):
            for number, name in context.get(width, {}).items():
                name = str(name).lower().strip(". ")
                # "di maghju", "d’aprile": the name follows a word for "of",
                # and a page may print it after its own.
                last = name.split()[-1] if name else ""
                elided = re.split(r"['’]", last)[-1]
                for form in {name, last, elided}:
                    # Root's "M01" placeholders are no names.
                    if len(form) >= 3 and not any(c.isdigit() for c in form):
                        months.setdefault(form, set()).add(number)
    return {name: next(iter(n)) for name, n in months.items() if len(n) == 1}


def _named_month(words: str, known: dict[str, int]) -> int | None:
    """Return the month the words around a date's day and year name: the
    longest run of them that names one ("de marzo de" gives March)."""
    words_list = words.lower().translate(_HEBREW_POINTS).split()
    langs = _PAGE_LANGUAGES.get()
    tables = (known, _cldr_months(), *(_language_months(lang) for lang in langs))
    found = _month_in(words_list, tables)
    page_text = _PAGE_TEXT.get()
    if found is None and langs and page_text is not None:
        if page_text.is_written_in(langs[0]) is False:
            # A declared language the text is not in (lang="en" on a page
            # in Chichewa, told by how few English common words it has):
            # the month's whole name in whatever language CLDR has it, between
            # a day and a year, never a part of a word. A declared language
            # whose common words we have no list of (Māori) is trusted, and
            # this table, costly to build, is left unread.
            found = _exact_month(words_list, _any_language_months())
    if found is None and langs and not _language_months(langs[0]):
        # A declared language CLDR has no months of (Ilocano, Bikol) names
        # them as the language it borrowed them from, spelled its own way
        # ("Nobiembre", "Disiembre", "Hunio" beside Spanish "noviembre",
        # Tagalog "hunyo"): a name one letter off one month's name there.
        found = _near_month(words_list, _lent_months())
    return found


# The languages whose month names others took and spell their own way: the
# colonial and regional languages of wider communication.
_LENDING_LANGUAGES = ("es", "pt", "fr", "en", "nl", "it", "fil", "ms")
# The shortest word read as a month's name spelled one letter otherwise.
_NEAR_LENGTH = 5


@functools.cache
def _lent_months() -> dict[str, int]:
    """Return the month names of the lending languages, each naming one
    month in all of them; a few files read once, not every language's."""
    months: dict[str, set[int]] = {}
    for lang in _LENDING_LANGUAGES:
        for name, number in _language_months(lang).items():
            months.setdefault(name, set()).add(number)
    return {name: next(iter(n)) for name, n in months.items() if len(n) == 1}


def _near_month(words_list: list[str], table: dict[str, int]) -> int | None:
    """Return the month a word names with one letter changed from a whole
    month name in ``table``, when every such name gives the same month."""
    for word in words_list:
        word = word.strip(".")
        if len(word) < _NEAR_LENGTH or not word.isalpha():
            continue
        months = {
            number
            for name, number in table.items()
            if len(name) == len(word)
            and sum(a != b for a, b in zip(name, word, strict=True)) == 1
        }
        if len(months) == 1:
            return months.pop()
    return None


def _exact_month(words_list: list[str], table: dict[str, int]) -> int | None:
    for word in words_list:
        if word.strip(".") in table:
            return table[word.strip(".")]
    return None


@functools.cache
def _any_language_months() -> dict[str, int]:
    """Return the whole month names of every language Babel's CLDR data
    knows, each naming one month in every language that has it; a name
    shorter than four letters (an abbreviation, a particle) is left out.

    Read once, on the first page whose text is in no language it declares.
    """
    try:
        from babel import localedata
    except ImportError:
        return {}
    months: dict[str, set[int]] = {}
    for name in localedata.locale_identifiers():
        if "_" in name or name == "root":
            continue
        try:
            data = localedata.load(name, merge_inherited=False)
        except (OSError, ValueError):
            continue
        contexts = data.get("months")
        # A form CLDR gives as an alias of another is no mapping: skipped,
        # the other form holds the names.
        for context in contexts.values() if isinstance(contexts, Mapping) else ():
            wide = context.get("wide") if isinstance(context, Mapping) else None
            for number, month in wide.items() if isinstance(wide, Mapping) else ():
                month = str(month).lower()
                if len(month) >= 4 and " " not in month and month.isalpha():
                    months.setdefault(month, set()).add(number)
    return {month: next(iter(n)) for month, n in months.items() if len(n) == 1}


def _month_in(words_list: list[str], tables) -> int | None:
    for size in range(len(words_list), 0, -1):
        for start in range(len(words_list) - size + 1):
            name = " ".join(words_list[start : start + size]).strip(".")
            for table in tables:
                if name in table:
                    return table[name]
    for word in words_list:
        found = _inflected_month(word.strip("."), tables)
        if found:
            return found
    return None


# The shortest name an inflected word may start with ("martxoaren" is
# "martxoa" + "-ren", "maaliskuussa" "maaliskuu" + "-ssa"): a shorter one
# would match the start of unrelated words.
_STEM_LENGTH = 5
_SCRIPT_STEM_LENGTH = 3


def _inflected_month(word: str, tables) -> int | None:
    """Return the month a word names with an ending (Basque, Finnish,
    Turkish cases, Kyrgyz "марты", Burmese "မတ်လ"), or, in a script other
    than Latin, after a glued word for "month" (Khmer "ខែមីនា", Lao
    "ເດືອນມີນາ")."""
    # Other scripts' names are shorter in letters ("март" + "-ы", Burmese
    # "မတ်" + "လ"), and their words hold no Latin word's start.
    shortest = _STEM_LENGTH if word[:1] <= "\u024f" else _SCRIPT_STEM_LENGTH
    for end in range(len(word) - 1, shortest - 1, -1):
        for table in tables:
            if word[:end] in table:
                return table[word[:end]]
    if word and word[0] > "\u024f":
        for start in range(1, len(word) - 1):
            for table in tables:
                if word[start:] in table:
                    return table[word[start:]]
    return None


def named_month_date(text: str, known: dict[str, int]) -> tuple[date, re.Match] | None:
    """Return the first date in ``text`` written with a month's name in any
    language, and its match (None when there is none).

    Args:
        text: a line or a part of one, its digits already ASCII.
        known: the hand-written names, which win over the tables'.
    """
    for pattern in _NAMED_MONTH_DATES:
        for match in pattern.finditer(text):
            month = _named_month(match.group("month"), known)
            if month is None:
                continue
            try:
                return date(
                    int(match.group("year")), month, int(match.group("day"))
                ), match
            except ValueError:
                continue
    return None
