"""The languages a page declares, read leniently, and the language its text
suggests when the declared one does not fit it.

A page's ``lang`` is often wrong or loosely written: ``ny MW`` with a space,
``EN_us``, a second ``og:locale`` naming the page's real language, or
``lang="en"`` left by a theme on a page written in French. Dates are read
with the month names and the day-month order of these languages.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from bs4 import BeautifulSoup

# What separates a language tag's parts as pages write them: "-" as BCP 47
# has it, "_" as locales do, and a space, a dot or an "@" by mistake.
_TAG_PARTS = re.compile(r"[\s_.@-]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Words of a page's text looked at, and the share of them a language's
# common words must make for the text to suggest that language: a sentence
# in any language holds many of them, a list of names few.
_TEXT_WORDS = 400
_COMMON_SHARE = 0.2
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
def _common_words() -> dict[str, set[str]]:
    """Return the common words of each language jusText lists, by the
    language's code; none without jusText (a dependency of trafilatura)."""
    try:
        import justext
        from babel import Locale
    except ImportError:
        return {}
    codes = {name.lower(): code for code, name in Locale("en").languages.items()}
    lists: dict[str, set[str]] = {}
    for name in justext.get_stoplists():
        code = _LIST_CODES.get(name) or codes.get(name.replace("_", " ").lower())
        if code and code not in lists:
            lists[code] = set(justext.get_stoplist(name))
    return lists


def text_language(text: str) -> str:
    """Return the language a text's common words suggest ("fr"), or "" when
    no language's common words make a good share of it."""
    shares = _common_shares(text)
    if not shares:
        return ""
    best = max(shares, key=shares.__getitem__)
    return best if shares[best] >= _COMMON_SHARE else ""


def is_written_in(text: str, lang: str) -> bool | None:
    """Return whether a text is in the language ``lang`` ("en", "ny_mw") by
    its share of that language's common words; None when that cannot be
    told (no list of the language's common words, too short a text)."""
    base = lang.partition("_")[0]
    if base not in _common_words():
        return None
    shares = _common_shares(text)
    if not shares:
        return None
    return shares[base] >= _COMMON_SHARE / 2


def _common_shares(text: str) -> dict[str, float]:
    """Return each listed language's common words' share of a text's words;
    none for a text of fewer than ten words."""
    words = [word.lower() for word in _WORD.findall(text[: _TEXT_WORDS * 12])]
    words = words[:_TEXT_WORDS]
    if len(words) < 10:
        return {}
    counts = Counter(words)
    return {
        code: sum(n for word, n in counts.items() if word in common) / len(words)
        for code, common in _common_words().items()
    }
