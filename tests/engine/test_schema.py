"""The schema's one-pass indexing gives what Whoosh's analyzer chain gives."""

import gzip
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

from searchidx import read_documents
from searchidx.engine.schema import build_schema, content_text

from ..conftest import CORPUS, shared_press

TRICKY_TEXTS = [
    "",
    "the of and",  # stop words only
    "A b c d",  # one-letter words are dropped
    "The exercise began; the exercises continued. Exercising!",
    "AT&T and R&D teams ported C++ and C# code for the U.S. Navy",
    "İstanbul ŞEHİR Ärzte straße naïve café 2024-03-05 12,000",
    "under_score words\u00a0and\ttabs\nnewlines",
    "The the THE running runs ran",  # first words stopped: positions renumbered
    # A capital sigma lower-cases by its neighbours: final before the
    # apostrophe in a word alone, not in the whole text.
    "ΟΔΟΣ'ΒΑΣ ΑΣ&ΒΓ ΤΕΛΟΣ. Σ",
    "“Quoted” — dashes… and ½ ﬁligree Ǆ ǅ",  # non-ASCII, lower-cased whole
]


def corpus_texts():
    for document in read_documents(CORPUS):
        yield content_text(document.title, document.body)
        yield document.title


@pytest.mark.parametrize("field_name", ["content", "title"])
def test_one_pass_indexing_matches_the_analyzer_chain(field_name):
    field = build_schema()[field_name]
    texts = TRICKY_TEXTS + list(corpus_texts())
    assert len(texts) > 90
    for text in texts:
        fast = sorted(field.index(text))
        chain = sorted(TEXT.index(field, text))
        assert fast == chain, text[:80]


def test_term_spans_give_the_offsets_a_character_index_would_store():
    from whoosh.formats import Characters

    from searchidx.engine.schema import build_analyzer, term_spans

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
    from searchidx.engine.schema import indexed_words, term_spans

    for text in TRICKY_TEXTS + list(corpus_texts()):
        every_word = list(indexed_words(text))
        for term in {term for term, *_ in every_word}:
            alone = [word for word in every_word if word[0] == term]
            assert term_spans(text, {term}) == alone, (term, text[:80])


@pytest.mark.parametrize("folder", ["", "html", "text", "bulk"])
def test_every_stem_starts_with_its_words_first_letter(folder):
    # term_spans stems only the words whose first letter starts a wanted term.
    from searchidx.engine.schema import TOKEN_PATTERN, _english_stem

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
    from searchidx.engine.schema import TOKEN_PATTERN, _english_stem

    for word in re.findall(TOKEN_PATTERN, text.lower()):
        stem = _english_stem(word)
        assert not stem or stem[0] == word[0], (word, stem)


# Letters whose lower case differs in length or depends on their neighbours,
# mixed with word joiners and ordinary words.
_AWKWARD = st.sampled_from(
    list("İΣσςẞßǅǄŉΐK&.+#_ -'\u00a0\n") + ["AT", "u", "the", "Ok"]
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.one_of(_AWKWARD, st.text(max_size=6)), max_size=30))
def test_one_pass_indexing_matches_the_analyzer_chain_on_any_text(pieces):
    field = build_schema()["content"]
    text = "".join(pieces)
    assert sorted(field.index(text)) == sorted(TEXT.index(field, text))


def test_the_date_field_indexes_the_terms_whooshs_datetime_field_gives():
    from datetime import datetime

    from whoosh.fields import DATETIME

    field = build_schema()["date"]
    days = [datetime(2023, 6, 12), datetime(1999, 12, 31), datetime(2023, 6, 12)]
    for day in days:  # the repeated day is answered from the remembered terms
        assert list(field.index(day)) == list(DATETIME.index(field, day))
    assert list(field.index("2024-03-05")) == list(DATETIME.index(field, "2024-03-05"))
    # another date field with other precision steps gets its own terms
    coarse = type(field)(stored=True)
    coarse.shift_step = 16
    assert list(coarse.index(days[0])) == list(DATETIME.index(coarse, days[0]))
    assert len(list(coarse.index(days[0]))) != len(list(field.index(days[0])))


@pytest.mark.parametrize(
    "value", ["", " spaced  out ", "https://x.example/a?b=1#c", "Île-de-France", "2024"]
)
def test_id_fields_index_the_term_whooshs_id_field_gives(value):
    from whoosh.fields import ID

    schema = build_schema()
    for name in ("id", "url", "path", "source", "year", "month", "dup_group"):
        field = schema[name]
        assert list(field.index(value)) == list(ID.index(field, value)), name


@pytest.mark.parametrize(
    "value",
    [
        "",
        "0a1b2c3d",
        "0a1b2c3d 9f8e7d6c 0a1b2c3d",
        "  spaced\tout\nwords  ",
        "Harbor harbor AT&T c++ u.s. 12,000 café İstanbul",
        "a\u00a0b\x0cc",
    ],
)
def test_keyword_fields_index_the_terms_whooshs_keyword_field_gives(value):
    from whoosh.fields import KEYWORD

    field = build_schema()["anchors"]
    assert sorted(field.index(value)) == sorted(KEYWORD.index(field, value))


def test_a_word_stemmed_to_nothing_is_still_a_term(monkeypatch):
    # No English word is known to stem to "", but Whoosh would index one as
    # the empty term, so the fast path must not drop it as a stop word.
    from searchidx.engine import schema

    monkeypatch.setattr(
        schema, "_english_stem", lambda word: "" if word == "zyx" else word
    )
    monkeypatch.setattr(schema, "_STEMS", {})
    monkeypatch.setattr(schema, "_TERMS", {})
    monkeypatch.setattr(schema, "_EMPTY_STEMS", set())
    positions, words = schema.term_positions("The zyx began; zyx ended")
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
    import re

    from searchidx.engine.schema import TOKEN_PATTERN

    text = "".join(pieces)
    assert re.findall(TOKEN_PATTERN, text) == re.findall(
        BACKTRACKING_TOKEN_PATTERN, text
    )
