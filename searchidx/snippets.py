"""Snippets: the best passage of a hit's body, with match spans as data.

No markup is produced here; the CLI styles spans for the terminal and HTML
output escapes the text before adding ``<mark>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .engine.highlight import ELLIPSIS, best_passages

# Two terminal lines at most: long enough to show the words in context.
SNIPPET_CHARS = 200
_SURROUND_CHARS = 70


@dataclass(frozen=True, slots=True)
class Snippet:
    """A passage of a document with the character spans that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()

    def highlighted(self, before: str = "[", after: str = "]", escape=None) -> str:
        """Return the text with each span wrapped in ``before``/``after``.

        Args:
            escape: applied to the text outside and inside spans (e.g.
                ``html.escape``) before the markers are added.
        """
        escape = escape or (lambda s: s)
        pieces, last = [], 0
        for start, end in self.spans:
            pieces += [
                escape(self.text[last:start]),
                before,
                escape(self.text[start:end]),
                after,
            ]
            last = end
        pieces.append(escape(self.text[last:]))
        return "".join(pieces)


def _one_line(text: str, spans: tuple[tuple[int, int], ...]) -> Snippet:
    """Return ``text`` with paragraph breaks and space runs made single spaces.

    Span offsets are moved with the characters they point at.
    """
    kept: list[str] = []
    new_offset = []  # new_offset[i] = position of old character i in the new text
    for char in text:
        new_offset.append(len(kept))
        if char.isspace():
            if kept and kept[-1] == " ":
                continue
            char = " "
        kept.append(char)
    new_offset.append(len(kept))
    moved = tuple((new_offset[a], new_offset[b]) for a, b in spans)
    return Snippet("".join(kept), moved)


# What a release may open with that is no passage to show: contact lines
# ("Contact: Julie Nickson, (202) 225-2661"), release labels and date lines.
_PHONE = r"(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}"
_LEADING_BOILERPLATE = re.compile(
    r"\s*(?:"
    rf"(?:(?:media|press)\s+)?contacts?\s*:\s*(?:[^\d@\n]{{0,60}}?(?:{_PHONE}|\S+@\S+)[\s,;]*)+"
    rf"|(?:[A-Z][\w.'’-]*\s+){{1,4}}{_PHONE}[\s,;]*"
    r"|(?:press release|news release|for immediate release|media advisory)\s*:?"
    r"|(?:[A-Z][a-z]+\.? \d\d?, \d{4}|\d\d?[./]\d\d?[./]\d{2,4})(?=\s)"
    r")",
    re.I,
)


def _skip_boilerplate(body: str) -> str:
    """Return ``body`` from its first passage that is not a contact or label line."""
    rest = body
    while True:
        match = _LEADING_BOILERPLATE.match(rest)
        if match is None or not match.group(0).strip():
            break
        rest = rest[match.end() :]
    # Nothing but boilerplate: show it rather than nothing.
    return rest if len(rest.strip()) >= 40 else body


def lead_snippet(body: str) -> Snippet:
    """Return the opening of ``body``, for hits that matched outside it.

    Contact lines, release labels and date lines the body opens with are
    skipped: they say nothing about the release.
    """
    body = " ".join(_skip_boilerplate(body).split())
    if len(body) <= SNIPPET_CHARS:
        return Snippet(body)
    cut = body[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return Snippet(cut + ELLIPSIS)


def best_snippets(
    title: str,
    body: str,
    words: frozenset[str],
    *,
    count: int = 1,
) -> tuple[Snippet, ...]:
    """Return up to ``count`` best passages of the body marking ``words``, else its opening.

    ``words`` are index terms (stemmed), as the search found them.
    """
    passages = best_passages(
        title,
        body,
        words,
        count=count,
        passage_chars=SNIPPET_CHARS,
        surround_chars=_SURROUND_CHARS,
    )
    snippets = tuple(_one_line(text, spans) for text, spans in passages)
    return snippets or (lead_snippet(body),)
