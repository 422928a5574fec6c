"""The story a JavaScript app ships as data: Next.js ``__NEXT_DATA__`` and the like.

Pages rendered in the browser hold no text in their markup, only a skeleton
and the app's state as JSON (``<script id="__NEXT_DATA__"
type="application/json">``). The story is the object in that state that holds
the page's headline and the most prose; nothing here knows a site's keys
beyond the common words for a date and an author.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html import unescape

from ._text import clean_line
from .dates import parse_date


@dataclass(frozen=True, slots=True)
class AppStory:
    """The fields of a story found in a page's app state."""

    title: str
    paragraphs: tuple[str, ...]
    date: date | None
    author: str


# Words of keys whose text is not the story's: its summary, its SEO copy,
# other stories, picture captions, names and labels.
_NOT_BODY_WORDS = {
    "summary",
    "description",
    "excerpt",
    "teaser",
    "seo",
    "meta",
    "metadata",
    "related",
    "recommended",
    "caption",
    "alt",
    "credit",
    "title",
    "headline",
    "slug",
    "url",
    "href",
    "name",
    "label",
    "category",
    "tag",
    "author",
    "nav",
    "menu",
    "footer",
    "header",
    "comment",
    "share",
}


def _is_not_body_key(key: str) -> bool:
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key).lower().replace("-", "_")
    return any(w.removesuffix("s") in _NOT_BODY_WORDS for w in words.split("_") if w)


_DATE_KEYS = re.compile(
    r"^(?:published|publish|date|created|first_?published|release)", re.I
)
_AUTHOR_KEYS = re.compile(r"^(?:authors?|byline|writer|creator)s?$", re.I)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.I)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]?$")
# A string counts as prose when it is a sentence of this many words or more.
_MIN_WORDS = 6


def read_app_story(texts: list[str], headline: str) -> AppStory | None:
    """Return the story held in a page's app-state JSON scripts, if one is there.

    Args:
        texts: the contents of the page's ``application/json`` scripts.
        headline: the headline the page states in its head (og:title, <title>).
    """
    best: tuple[int, dict] | None = None
    for text in texts:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
        for item in _objects(data):
            title = _story_title(item, headline)
            if not title:
                continue
            words = sum(len(p.split()) for p in _prose(item, title))
            if words and (best is None or words > best[0]):
                best = (words, item)
    if best is None:
        return None
    item = best[1]
    title = _story_title(item, headline)
    return AppStory(
        title=title,
        paragraphs=tuple(_prose(item, title)),
        date=_first_date(item),
        author=_author(item),
    )


def _objects(data: object, depth: int = 0):
    if depth > 12:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value, depth + 1)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _story_title(item: dict, headline: str) -> str:
    """Return the item's own title when it is the page's headline."""
    want = _words(headline)
    for key, value in item.items():
        if isinstance(value, str) and re.search(r"title|headline", key, re.I):
            got = _words(value)
            if got and want and len(got & want) / len(got | want) >= 0.8:
                return clean_line(value)
    return ""


def _prose(item: object, title: str, key: str = "", depth: int = 0) -> list[str]:
    """Return the prose strings under ``item`` in order, HTML split into blocks."""
    if depth > 10 or _is_not_body_key(key):
        return []
    if isinstance(item, dict):
        found: list[str] = []
        for child_key, value in item.items():
            found += _prose(value, title, str(child_key), depth + 1)
        return found
    if isinstance(item, list):
        found = []
        for value in item:
            found += _prose(value, title, key, depth + 1)
        return found
    if not isinstance(item, str):
        return []
    parts = _BLOCK_END.split(item) if "<" in item else [item]
    paragraphs = [clean_line(unescape(_TAG.sub(" ", part))) for part in parts]
    return [
        p
        for p in paragraphs
        if len(p.split()) >= _MIN_WORDS and _SENTENCE_END.search(p) and p != title
    ]


def _first_date(item: dict):
    for key, value in item.items():
        if isinstance(value, str) and _DATE_KEYS.match(key):
            found = parse_date(value)
            if found:
                return found
    return None


def _author(item: dict) -> str:
    for key, value in item.items():
        if not _AUTHOR_KEYS.match(key):
            continue
        values = value if isinstance(value, list) else [value]
        names = [
            clean_line(v.get("name", "") if isinstance(v, dict) else str(v or ""))
            for v in values
            if isinstance(v, (dict, str))
        ]
        return ", ".join(n for n in names if n)
    return ""
