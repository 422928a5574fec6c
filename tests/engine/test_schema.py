"""The schema's one-pass indexing gives what Whoosh's analyzer chain gives."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.fields import TEXT

from searchidx import read_documents
from searchidx.engine.schema import build_schema, content_text

from ..conftest import CORPUS

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


@pytest.mark.parametrize(
    "value",
    [
        "",
        ",",
        "Defense",
        "US,AWARDS, us ,Awards",
        " , ,Securities  Commodities  & Investment Fraud,",
        "Île-de-France,İstanbul,ΣΟΦΙΑ",
        "a\u00a0b,\tc\n,c",
    ],
)
def test_tags_index_the_terms_whooshs_comma_keyword_field_gives(value):
    from whoosh.fields import KEYWORD

    field = build_schema()["tags"]
    assert list(field.index(value)) == list(KEYWORD.index(field, value))


@given(st.lists(st.sampled_from(["Air Force", " army", "ARMY ", "", "İ", "a,b"])))
@settings(max_examples=50, deadline=None)
def test_tags_index_the_terms_whooshs_comma_keyword_field_gives_on_any_list(tags):
    from whoosh.fields import KEYWORD

    field = build_schema()["tags"]
    value = ",".join(tags)
    assert list(field.index(value)) == list(KEYWORD.index(field, value))


def test_spelling_words_are_indexed_once_each_as_whooshs_keyword_field_gives():
    from whoosh.fields import KEYWORD

    from searchidx.engine.analysis import term_positions

    spelling = build_schema()["spell_content"]
    first = content_text("Harbor visit", "Ships visit the harbor; AT&T and c++ too.")
    second = content_text("Harbor visit", "New words: café, İstanbul, harbors.")
    first_words = term_positions(first)[1]
    second_words = term_positions(second)[1] - first_words
    assert second_words  # the second text brings words of its own

    def whooshs(words):
        return list(KEYWORD.index(spelling, " ".join(sorted(words))))

    assert list(spelling.index(first)) == whooshs(first_words)
    assert list(spelling.index(second)) == whooshs(second_words)
    assert list(spelling.index(first)) == []  # every word listed already
