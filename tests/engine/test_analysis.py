"""The analyser: the terms, positions and spans the index and snippets get."""

import gzip
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

from searchidx.engine import analysis
from searchidx.engine.analysis import (
    TOKEN_PATTERN,
    _english_stem,
    build_analyzer,
    indexed_words,
    term_spans,
)

from ..conftest import CORPUS, shared_press
from .test_schema import _AWKWARD, TRICKY_TEXTS, corpus_texts


def test_term_spans_give_the_offsets_a_character_index_would_store():
    from whoosh.formats import Characters

    field = TEXT(analyzer=build_analyzer(), chars=True)
    characters = Characters()
    for text in TRICKY_TEXTS + list(corpus_texts()):
        stored = {}
        for term, _freq, _weight, value in field.index(text):
            stored[term.decode("utf-8")] = characters.decode_characters(value)
        wanted = set(stored)
        found: dict[str, list] = {}
        for term, position, start, end in term_spans(text, wanted):
            found.setdefault(term, []).append((position, start, end))
        assert found == stored, text[:80]


def test_term_spans_find_each_term_when_asked_for_it_alone():
    for text in TRICKY_TEXTS + list(corpus_texts()):
        every_word = list(indexed_words(text))
        for term in {term for term, *_ in every_word}:
            alone = [word for word in every_word if word[0] == term]
            assert term_spans(text, {term}) == alone, (term, text[:80])


@pytest.mark.parametrize("folder", ["", "html", "text", "bulk"])
def test_every_stem_starts_with_its_words_first_letter(folder):
    # term_spans stems only the words whose first letter starts a wanted term.
    if folder:
        root = shared_press(folder)
        files = [path for path in sorted(root.rglob("*")) if path.is_file()][:40]
    else:
        files = [path for path in sorted(CORPUS.rglob("*")) if path.is_file()]
    words = set()
    for path in files:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        words.update(re.findall(TOKEN_PATTERN, raw.decode("utf-8", "replace").lower()))
    assert len(words) > 1000
    wrong = {
        word: stem
        for word in words
        if (stem := _english_stem(word)) and stem[0] != word[0]
    }
    assert wrong == {}


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(min_size=2, max_size=12))
def test_the_stem_of_any_word_starts_with_its_first_letter(text):
    for word in re.findall(TOKEN_PATTERN, text.lower()):
        stem = _english_stem(word)
        assert not stem or stem[0] == word[0], (word, stem)


def test_a_word_stemmed_to_nothing_is_still_a_term(monkeypatch):
    # No English word is known to stem to "", but Whoosh would index one as
    # the empty term, so the fast path must not drop it as a stop word.
    monkeypatch.setattr(
        analysis, "_english_stem", lambda word: "" if word == "zyx" else word
    )
    monkeypatch.setattr(analysis, "_STEMS", {})
    monkeypatch.setattr(analysis, "_TERMS", {})
    monkeypatch.setattr(analysis, "_EMPTY_STEMS", set())
    positions, words = analysis.term_positions("The zyx began; zyx ended")
    assert positions == {b"": [1, 3], b"began": [2], b"ended": [4]}
    assert words == {"zyx", "began", "ended"}


# The token pattern as written before its quantifiers were made possessive.
BACKTRACKING_TOKEN_PATTERN = r"\w+(?:[.&]\w+)*(?:\+\+|#(?!\w))?"


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(
        st.one_of(_AWKWARD, st.sampled_from(list(".&+#")), st.text(max_size=4)),
        max_size=30,
    )
)
def test_the_possessive_token_pattern_finds_what_the_backtracking_one_finds(pieces):
    text = "".join(pieces)
    assert re.findall(TOKEN_PATTERN, text) == re.findall(
        BACKTRACKING_TOKEN_PATTERN, text
    )
