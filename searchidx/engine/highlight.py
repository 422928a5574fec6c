"""Passages around matched words, cut by Whoosh's highlighter.

The passages come out as plain (text, spans) pairs; snippets.py makes them
Snippets and decides what to show when none matched.
"""

from __future__ import annotations

from whoosh.analysis import Token
from whoosh.highlight import (
    FIRST,
    BasicFragmentScorer,
    Formatter,
    PinpointFragmenter,
    top_fragments,
)

from .analysis import term_spans
from .schema import CONTENT_JOINER, content_text

ELLIPSIS = "…"
Spans = tuple[tuple[int, int], ...]


class _SpanFormatter(Formatter):
    """A Whoosh formatter that returns (text, spans) instead of marked-up strings."""

    def __init__(self, body_start: int = 0) -> None:
        super().__init__()
        self.body_start = body_start  # where the body begins in the highlighted text

    def format(self, fragments, replace=False):
        return [self._passage(fragment) for fragment in fragments]

    def _passage(self, fragment) -> tuple[str, Spans]:
        text = fragment.text[self.body_start :]
        fragment.startchar = max(fragment.startchar - self.body_start, 0)
        fragment.endchar = max(fragment.endchar - self.body_start, 0)
        for token in fragment.matches:
            token.startchar -= self.body_start
            token.endchar -= self.body_start
        # Widen to whole words ourselves: Whoosh's autotrim drops the first and
        # last word even when they are the start and end of the text.
        start = text.rfind(" ", 0, fragment.startchar) + 1
        end = text.find(" ", fragment.endchar)
        end = len(text) if end == -1 else end
        prefix = ELLIPSIS if start > 0 else ""
        suffix = ELLIPSIS if end < len(text) else ""
        spans = tuple(
            (token.startchar - start + len(prefix), token.endchar - start + len(prefix))
            for token in fragment.matches
            if start <= token.startchar and token.endchar <= end
        )
        return prefix + text[start:end] + suffix, spans


def best_passages(
    title: str,
    body: str,
    words: frozenset[str],
    *,
    count: int,
    passage_chars: int,
    surround_chars: int,
) -> list[tuple[str, Spans]]:
    """Return up to ``count`` best passages of the body marking ``words``.

    ``words`` are index terms (stemmed). The content text (title + body) is
    tokenized again in one pass to find them, as indexing did (the index
    keeps positions, not character offsets), and passages are then shifted
    past the title. Passages matching only in the title are left out.
    """
    fragmenter = PinpointFragmenter(
        maxchars=passage_chars, surround=surround_chars, autotrim=False
    )
    text = content_text(title, body)
    charlimit = fragmenter.charlimit
    matches = [
        Token(text=term, pos=position, startchar=start, endchar=end)
        for term, position, start, end in term_spans(text, words)
        if not (charlimit and end > charlimit)
    ]
    formatter = _SpanFormatter(body_start=len(title) + len(CONTENT_JOINER))
    fragments = fragmenter.fragment_matches(text, matches)
    best = top_fragments(fragments, count, BasicFragmentScorer(), FIRST, minscore=1)
    return [passage for passage in formatter.format(best) if passage[1]]
