"""Did you mean: the words of a query the index lacks, replaced by close ones it holds."""

from __future__ import annotations

import re

from whoosh.spelling import ReaderCorrector

from .parsing import index_terms, is_stop_word
from .schema import SPELL_FIELD

# Spelling suggestions are for typed searches; checking every word of a long
# question against the index's vocabulary slowed question answering down
# badly (benchmarks/relevance.py; see docs/benchmarks.md).
SUGGEST_MAX_WORDS = 8
# Words under five letters are left alone: too many real words lie one edit
# apart ("art"/"part", "bill"/"will") to guess which one was meant. Words
# over 30 are not words anyone types, and Whoosh's automaton for a very long
# one grows with it in time and memory (benchmarks/hostile_queries.py). Both
# are matched whole.
_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{5,30}(?![^\W\d_])")


class _SegmentCorrector(ReaderCorrector):
    """Whoosh's corrector, asking each segment for close words.

    An index of several segments reads as one MultiReader, whose
    terms_within() is Whoosh's fallback that computes the edit distance to
    every word the index holds, slow past a few thousand releases
    (docs/benchmarks.md); a segment's own uses an automaton over its word
    list.
    """

    def _suggestions(self, text, maxdist, prefix):
        frequency = self.reader.frequency
        seen = set()
        for leaf, _offset in self.reader.leaf_readers():
            for word in leaf.terms_within(self.fieldname, text, maxdist, prefix=prefix):
                if word not in seen:
                    seen.add(word)
                    # Whoosh's own ranking: closer, then more frequent, first.
                    count = frequency(self.fieldname, word) or 1
                    yield 0 - (maxdist + (1.0 / count * 0.5)), word


def suggest_spelling(searcher, text: str) -> str | None:
    """Return ``text`` with words the index has never seen replaced by close ones it has.

    Words are checked unstemmed against the index's own vocabulary, so
    "multilaterl excercise" becomes "multilateral exercise" only when the
    index holds those words. Field names, operators and quoted text are
    left alone. Returns None when every word is known or nothing is close.
    """
    if len(text.split()) > SUGGEST_MAX_WORDS:
        return None  # a pasted question, not a typed search: no one retypes it
    reader = searcher.reader()
    corrector = _SegmentCorrector(reader, "content", reader.schema["content"])
    changed = False

    def replace(match: re.Match) -> str:
        nonlocal changed
        word = match.group(0)
        lowered = word.lower()
        if word in {"AND", "OR", "NOT"} or is_stop_word(lowered):
            return word  # stop words are not indexed, so never "unknown"
        # The stem is checked too: the spelling list holds a word once, under
        # the first document that brought it, and loses it when that one is
        # deleted, while the word lives on in others.
        if (SPELL_FIELD, lowered) in reader or any(
            ("content", term) in reader for term in index_terms(lowered)
        ):
            return word
        # One edit for short words, two for long ones: "insulim" -> "insulin",
        # but "ozempic" must not become "olympic" (two edits in seven letters).
        # The first letter is kept: walking the word list for every first
        # letter made each word's lookup grow with the index
        # (docs/benchmarks.md), and few typos are in the first letter.
        found = corrector.suggest(
            lowered, limit=5, maxdist=1 if len(lowered) < 8 else 2, prefix=1
        )
        if not found:
            return word
        # Whoosh orders candidates by frequency within the distance; the
        # closest spelling is what the user most likely meant.
        best = min(found, key=lambda candidate: _edit_distance(lowered, candidate))
        changed = True
        return best

    # Leave field prefixes, quoted phrases and wildcards as they are.
    pieces = re.split(r'(\w+:\S+|"[^"]*"|\S*[*?]\S*)', text)
    fixed = "".join(p if i % 2 else _WORD.sub(replace, p) for i, p in enumerate(pieces))
    return fixed if changed else None


def _edit_distance(a: str, b: str) -> int:
    """Return the Levenshtein distance between two short words."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (char_a != char_b),
                )
            )
        previous = current
    return previous[-1]
