"""The languages a page declares, read leniently, and whether its text is
written in the one it declares.

A page's ``lang`` is often wrong or loosely written: ``ny MW`` with a space,
``EN_us``, a second ``og:locale`` naming the page's real language, or
``lang="en"`` left by a theme on a page written in French. Dates are read
with the month names and the day-month order of these languages.
"""

from __future__ import annotations

import functools
import re

from bs4 import BeautifulSoup

# What separates a language tag's parts as pages write them: "-" as BCP 47
# has it, "_" as locales do, and a space, a dot or an "@" by mistake.
_TAG_PARTS = re.compile(r"[\s_.@-]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Words of a page's text looked at, and the share of them a language's
# common words make at least in a text in that language: a sentence holds
# many of them (a fifth and more), a text in another language few.
_TEXT_WORDS = 400
_COMMON_SHARE = 0.1
# jusText's stop-word lists are named in English; these are not Babel's names.
_LIST_CODES = {
    "Norwegian_Bokmal": "nb",
    "Norwegian_Nynorsk": "nn",
    "Serbo_Croatian": "sh",
    "Simple_English": "en",
    "West_Frisian": "fy",
    "Belarusian_Taraskievica": "be",
}


def language_tag(tag: str) -> str:
    """Return a language tag as ``base`` or ``base_region``, lower-cased,
    whatever separates its parts ("ny MW", "EN-us", "fr_FR.UTF-8" give
    "ny_mw", "en_us", "fr_fr"); "" when it names no language."""
    parts = [part for part in _TAG_PARTS.split(str(tag or "").strip().lower()) if part]
    if not parts or not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return ""
    region = parts[1] if len(parts) > 1 and parts[1].isalnum() else ""
    return f"{parts[0]}_{region}" if 2 <= len(region) <= 3 else parts[0]


def declared_languages(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return every language the page declares, the <html>'s first: its
    ``lang``/``xml:lang``, each ``og:locale`` (a second one too) and
    ``og:locale:alternate``, a Content-Language or language <meta>."""
    found: list[str] = []
    html = soup.find("html")
    if html is not None:
        found += [str(html.get("lang") or ""), str(html.get("xml:lang") or "")]
    head = soup.head or soup
    for meta in head.find_all("meta", content=True, limit=200):
        key = str(
            meta.get("property") or meta.get("name") or meta.get("http-equiv") or ""
        ).lower()
        if key in (
            "og:locale",
            "og:locale:alternate",
            "content-language",
            "language",
            "dc.language",
        ):
            found += str(meta["content"]).split(",")
    tags = (language_tag(tag) for tag in found)
    return tuple(dict.fromkeys(tag for tag in tags if tag))


@functools.cache
def _list_names() -> dict[str, str]:
    """Return the name of jusText's list of common words for each language
    code it has a list for; none without jusText (a dependency of
    trafilatura) or Babel."""
    try:
        import justext
        from babel import Locale
    except ImportError:
        return {}
    codes = {name.lower(): code for code, name in Locale("en").languages.items()}
    names: dict[str, str] = {}
    for name in sorted(justext.get_stoplists()):
        code = _LIST_CODES.get(name) or codes.get(name.replace("_", " ").lower())
        if code:
            names.setdefault(code, name)
    return names


@functools.lru_cache(maxsize=16)
def _common_words(code: str) -> frozenset[str]:
    """Return a language's common words: one list read, when first asked."""
    import justext

    return frozenset(justext.get_stoplist(_list_names()[code]))


def is_written_in(text: str, lang: str) -> bool | None:
    """Return whether a text is in the language ``lang`` ("en", "ny_mw") by
    the share of its words that are that language's common words (a
    sentence in any language holds many); None when that cannot be told (no
    list of the language's common words, too short a text)."""
    base = lang.partition("_")[0]
    if base not in _list_names():
        return None
    words = [word.lower() for word in _WORD.findall(text[: _TEXT_WORDS * 12])]
    words = words[:_TEXT_WORDS]
    if len(words) < 10:
        return None
    common = _common_words(base)
    return sum(word in common for word in words) >= _COMMON_SHARE * len(words)
