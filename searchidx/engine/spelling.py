"""Did you mean: the words of a query the index lacks, replaced by close ones it holds."""

from __future__ import annotations

import heapq
import re

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


def suggest_spelling(searcher, text: str) -> str | None:
    """Return ``text`` with words the index has never seen replaced by close ones it has.

    Words are checked unstemmed against the index's own vocabulary, so
    "multilaterl excercise" becomes "multilateral exercise" only when the
    index holds those words. Field names, operators and quoted text are
    left alone. Returns None when every word is known or nothing is close.
    """
    return suggest_from(text, spelling_candidates(searcher, text))


# What an index knows of a query's words: for each word a suggestion looks
# at (lower case), None when the index holds it, else the close words it
# holds with their frequencies. Those of indexes holding parts of one
# collection, joined (joined_spelling), are what one index holding it all
# knows.
SpellingCandidates = dict[str, dict[str, int] | None]


def spelling_candidates(searcher, text: str) -> SpellingCandidates:
    """Return what this index knows of ``text``'s words (SpellingCandidates)."""
    reader = searcher.reader()
    found: SpellingCandidates = {}
    for lowered in _words_to_check(text):
        if lowered in found:
            continue
        # The stem is checked too: the spelling list holds a word once, under
        # the first document that brought it, and loses it when that one is
        # deleted, while the word lives on in others.
        if (SPELL_FIELD, lowered) in reader or any(
            ("content", term) in reader for term in index_terms(lowered)
        ):
            found[lowered] = None
            continue
        found[lowered] = _close_words(reader, lowered)
    return found


def _close_words(reader, word: str) -> dict[str, int]:
    """Return the words of the index close to ``word``, with their frequencies."""
    # One edit for short words, two for long ones: "insulim" -> "insulin",
    # but "ozempic" must not become "olympic" (two edits in seven letters).
    # The first letter is kept: walking the word list for every first
    # letter made each word's lookup grow with the index
    # (docs/benchmarks.md), and few typos are in the first letter.
    # Each segment is asked on its own: an index of several segments
    # reads as one MultiReader, whose terms_within() computes the edit
    # distance to every word the index holds, slow past a few thousand
    # releases (docs/benchmarks.md); a segment's own uses an automaton.
    close: dict[str, int] = {}
    for leaf, _offset in reader.leaf_readers():
        for found in leaf.terms_within("content", word, _max_edits(word), prefix=1):
            if found not in close:
                close[found] = reader.frequency("content", found)
    return close


def joined_spelling(parts: list[SpellingCandidates]) -> SpellingCandidates:
    """Return the SpellingCandidates of several indexes as those of one."""
    joined: SpellingCandidates = {}
    for part in parts:
        for word, close in part.items():
            if close is None or joined.get(word, {}) is None:
                joined[word] = None  # known to one: known
                continue
            summed = joined.setdefault(word, {})
            assert summed is not None
            for candidate, count in close.items():
                summed[candidate] = summed.get(candidate, 0) + count
    return joined


def suggest_from(text: str, candidates: SpellingCandidates) -> str | None:
    """Return ``text`` with its unknown words replaced by the best of their
    close ones in ``candidates``; None when nothing changes."""
    changed = False

    def replace(match: re.Match) -> str:
        nonlocal changed
        word = match.group(0)
        close = candidates.get(word.lower()) if _checked(word) else None
        if not close:
            return word
        # Whoosh's corrector's choice: the five most frequent close words,
        # ties by the word; then of those the closest spelling, which is
        # what the user most likely meant.
        ranked = heapq.nlargest(
            _SUGGESTIONS, ((-0.5 / (count or 1), word) for word, count in close.items())
        )
        found = [word for _, word in sorted(ranked, key=lambda x: (-x[0], x[1]))]
        lowered = word.lower()
        changed = True
        return min(found, key=lambda candidate: _edit_distance(lowered, candidate))

    fixed = _each_word(text, replace)
    return fixed if changed else None


# Close words looked at for each unknown word.
_SUGGESTIONS = 5


def _max_edits(word: str) -> int:
    return 1 if len(word) < 8 else 2


def _checked(word: str) -> bool:
    """Return True for a word a suggestion looks at (not an operator or stop word)."""
    return word not in {"AND", "OR", "NOT"} and not is_stop_word(word.lower())


def _words_to_check(text: str) -> list[str]:
    """Return the words of ``text`` a suggestion looks at, in lower case."""
    if len(text.split()) > SUGGEST_MAX_WORDS:
        return []  # a pasted question, not a typed search: no one retypes it
    words: list[str] = []
    _each_word(text, lambda match: words.append(match.group(0)) or match.group(0))
    return [word.lower() for word in words if _checked(word)]


def _each_word(text: str, replace) -> str:
    """Return ``text`` with ``replace`` applied to each word outside field
    prefixes, quoted phrases and wildcards, which are left as they are."""
    if len(text.split()) > SUGGEST_MAX_WORDS:
        return text
    pieces = re.split(r'(\w+:\S+|"[^"]*"|\S*[*?]\S*)', text)
    return "".join(p if i % 2 else _WORD.sub(replace, p) for i, p in enumerate(pieces))


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
