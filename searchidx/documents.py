"""The Document record and the rules for its id and content hash."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date as Date


@dataclass(frozen=True, slots=True)
class Document:
    """One press release, normalized from whatever file it came in.

    ``id`` and ``content_hash`` are derived when left empty: the id is the
    canonical url when there is one (the same release saved twice is one
    document), else a hash of source + title + date; the hash covers every
    field except ``path``, so moving a file does not count as a change.
    """

    title: str
    body: str
    date: Date | None = None
    source: str = ""
    url: str = ""
    byline: str = ""
    dateline: str = ""
    tags: tuple[str, ...] = ()
    path: str = ""
    id: str = ""
    content_hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        # frozen + slots: object.__setattr__ is the sanctioned way to fill
        # derived fields once, at construction.
        if not isinstance(self.tags, tuple):
            object.__setattr__(self, "tags", tuple(self.tags))
        if not self.id:
            object.__setattr__(self, "id", make_doc_id(self))
        if not self.content_hash:
            object.__setattr__(self, "content_hash", hash_content(self))


def make_doc_id(doc: Document) -> str:
    """Return the stable id of ``doc``: its url, else a hash of source+title+date."""
    if doc.url:
        return doc.url
    key = "\x1f".join([doc.source, doc.title, doc.date.isoformat() if doc.date else ""])
    return "sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def hash_content(doc: Document) -> str:
    """Return a hash of everything a reader would see of ``doc`` (not its path)."""
    parts = [
        doc.title,
        doc.date.isoformat() if doc.date else "",
        doc.source,
        doc.url,
        doc.byline,
        doc.dateline,
        "\x1e".join(doc.tags),
        doc.body,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# Fewer words than this and two releases may share a body by chance ("Statement
# to follow."), so short bodies are never folded by their text.
_MIN_FINGERPRINT_WORDS = 40


_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """Return the lower-cased words of ``text``, in order (punctuation dropped)."""
    return _WORD.findall(text.lower())


# A source spelled as a host: the url's, when a page names no publisher.
_HOST_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def text_fingerprint(doc: Document, body_words: list[str] | None = None) -> str:
    """Return a hash of the title's and body's words and the date, or "".

    Case, spacing and punctuation are ignored. Two documents with the same
    fingerprint are the same release saved under two names or urls. The
    title and date count because scrapers save one site's boilerplate as the
    body of many different releases; the source when a publisher is named
    (not a url's host, which a mirror has too), because two publishers of
    one joint statement each published it. Copies that differ in any of
    them are kept and folded at search time instead (see copies.py), so both
    publishers are named, whichever was read first. Bodies under 40 words
    have none.

    Args:
        body_words: ``words_of(doc.body)``, when the caller has it already.
    """
    words = words_of(doc.body) if body_words is None else body_words
    if len(words) < _MIN_FINGERPRINT_WORDS:
        return ""
    title = " ".join(words_of(doc.title))
    published = doc.date.isoformat() if doc.date else ""
    source = "" if _HOST_LIKE.match(doc.source) else " ".join(words_of(doc.source))
    key = "\x1f".join([title, published, source, " ".join(words)])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()
