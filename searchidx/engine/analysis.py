"""The analyser: how text becomes the terms the index holds.

One definition of a word (``TOKEN_PATTERN``), lower-cased, stop words and
one-letter words dropped, stemmed with Snowball's English stemmer. Queries
go through Whoosh's analyzer chain (``build_analyzer``); indexing and
snippets through the one-pass functions below, which give the same terms
and positions (tests/engine/test_schema.py compares them on every bundled
release) and keep caches of each word's stem and term.

Any change here alters the terms an index holds: bump
schema.SCHEMA_VERSION.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from itertools import compress

from whoosh.analysis import (
    Analyzer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang import stemmer_for_language

# Words joined by "&", "." or followed by "++"/"#" stay one token, so that
# "AT&T", "R&D", "U.S." and "C++" can be searched for; Whoosh's default
# tokenizer turns them into single letters that the stop filter then drops.
# Possessive quantifiers: all after the first \w+ is optional, so a match
# is always the greedy one and never needs to give characters back; the
# engine then keeps no state to backtrack to, and tokenizing is faster
# (docs/benchmarks.md).
TOKEN_PATTERN = r"\w++(?:[.&]\w++)*+(?:\+\+|#(?!\w))?+"
# Whoosh's StopFilter defaults: its stop list, and one-letter words dropped.
_MIN_WORD_LENGTH = 2


def build_analyzer() -> Analyzer:
    """Return the analyzer for searchable text: tokenize, lowercase, stop, stem."""
    return (
        RegexTokenizer(TOKEN_PATTERN)
        | LowercaseFilter()
        | StopFilter(stoplist=STOP_WORDS, minsize=_MIN_WORD_LENGTH)
        # Snowball's English stemmer rather than Whoosh's default Porter: it
        # ranks better on the test collections. Chosen by
        # benchmarks/relevance.py; see docs/benchmarks.md.
        | StemFilter(lang="en", cachesize=50000)
    )


_TOKEN = re.compile(TOKEN_PATTERN)
_english_stem = stemmer_for_language("en")
# word -> stem, shared by every field; cleared when full rather than kept
# least-recently-used, which costs more per word than stemming a few again.
_STEMS: dict[str, str] = {}
_STEM_CACHE_SIZE = 200_000


def _stem(word: str) -> str:
    stem = _STEMS.get(word)
    if stem is None:
        if len(_STEMS) >= _STEM_CACHE_SIZE:
            _STEMS.clear()
        stem = _STEMS[word] = _english_stem(word)
    return stem


# Lower-cased word -> the term the index holds for it (its stem, UTF-8), or
# b"" for a word the analyzer drops (a stop word, a single letter): one
# lookup a word for the whole analysis. Cleared when full.
_TERMS: dict[str, bytes] = {}
_TERM_CACHE_SIZE = 200_000
# Kept words whose stem is empty (no English word found: every word of
# 20,000 releases and every 2- and 3-letter string was checked). A text
# holding one is analysed word by word, where an empty stem is still a term.
_EMPTY_STEMS: set[str] = set()


def _term_of(word: str) -> bytes:
    if len(word) < _MIN_WORD_LENGTH or word in STOP_WORDS:
        term = b""
    else:
        # Not through _stem: its cache serves snippets, and this one already
        # remembers the word.
        stem = _english_stem(word)
        if not stem:
            _EMPTY_STEMS.add(word)
        term = stem.encode("utf-8")
    if len(_TERMS) >= _TERM_CACHE_SIZE:
        _TERMS.clear()
    _TERMS[word] = term
    return term


def kept_terms(text: str) -> tuple[list[bytes], int, set[str]]:
    """Return the indexed terms of ``text`` in order, the first one's position, and the words.

    What the analyzer gives (tokenize, lower-case, drop stop words, stem),
    in one pass; terms are UTF-8, as the index holds them; the words are the
    kept words before stemming (the spelling list's). Positions are numbered
    as Whoosh's StopFilter renumbers them: the first word kept keeps its
    place among all tokens, the next ones follow it, so the n-th term is at
    the first one's position + n.

    Written for speed (not on ``indexed_words``, whose generator and match
    objects made term_positions much slower; docs/benchmarks.md): each
    word's term comes from one cache lookup over the whole list, and the
    dropped words are filtered out in C.
    """
    # Lower-casing the text first gives the words the analyzer's tokenizer
    # and lower-case filter give, except with the one letter whose lower
    # case is two characters (U+0130) and the sigma whose lower case
    # depends on the letters around it (U+03A3).
    if "\u0130" in text or "\u03a3" in text:
        tokens = [token.lower() for token in _TOKEN.findall(text)]
    else:
        tokens = _TOKEN.findall(text.lower())
    terms = list(map(_TERMS.get, tokens))
    if None in terms:
        terms = [
            _term_of(word) if term is None else term
            for term, word in zip(terms, tokens, strict=True)
        ]
    if _EMPTY_STEMS and not _EMPTY_STEMS.isdisjoint(tokens):
        return _kept_terms_word_by_word(tokens)
    kept = list(filter(None, terms))
    if not kept:
        return kept, 0, set()
    # The first kept word's place: its first occurrence, as any earlier
    # copy of it would have been kept too.
    return kept, terms.index(kept[0]), set(compress(tokens, terms))


def term_positions(text: str) -> tuple[dict[bytes, list[int]], set[str]]:
    """Return each indexed term's word positions in ``text``, and the words themselves.

    ``kept_terms`` grouped by term.
    """
    kept, first, words = kept_terms(text)
    positions: dict[bytes, list[int]] = {}
    found_in = positions.get
    for position, term in enumerate(kept, first):
        found = found_in(term)
        if found is None:
            positions[term] = [position]
        else:
            found.append(position)
    return positions, words


def _kept_terms_word_by_word(
    tokens: list[str],
) -> tuple[list[bytes], int, set[str]]:
    """``kept_terms`` for lower-cased tokens, one word at a time."""
    kept: list[bytes] = []
    words: set[str] = set()
    first = -1
    for place, word in enumerate(tokens):
        if len(word) < _MIN_WORD_LENGTH or word in STOP_WORDS:
            continue
        if first < 0:
            first = place
        words.add(word)
        kept.append(_stem(word).encode("utf-8"))
    return kept, max(first, 0), words


def indexed_words(
    text: str, initials: Collection[str] | None = None
) -> Iterator[tuple[str, int, int, int]]:
    """Yield (term, position, start, end) for each word of ``text`` the index holds.

    What the analyzer gives (tokenize, lower-case, drop stop words, stem),
    with the word's character offsets in ``text``.

    Args:
        initials: yield only the words starting with one of these letters,
            unstemmed otherwise (positions still count every word). A stem
            starts with its word's first letter: Snowball's English stemmer
            rewrites endings only (tests/engine/test_analysis.py checks it on every
            word of the corpus and on generated ones).
    """
    stems = _STEMS
    position = -1
    for place, match in enumerate(_TOKEN.finditer(text)):
        word = match.group().lower()
        if len(word) < _MIN_WORD_LENGTH or word in STOP_WORDS:
            continue
        position = place if position < 0 else position + 1
        if initials is None or word[:1] in initials:
            yield stems.get(word) or _stem(word), position, match.start(), match.end()


def term_spans(text: str, terms: Collection[str]) -> list[tuple[str, int, int, int]]:
    """Return (term, position, start, end) for each word of ``text`` indexed as one of ``terms``.

    Only words that can give one of ``terms`` are stemmed: in a new process,
    whose stem cache is empty, stemming every word of ten hits was a large
    share of the first search (docs/benchmarks.md).
    """
    initials = {term[:1] for term in terms}
    if "" in initials:  # the empty stem (see _EMPTY_STEMS) starts with no letter
        initials = None
    return [word for word in indexed_words(text, initials) if word[0] in terms]
