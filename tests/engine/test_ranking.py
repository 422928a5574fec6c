"""Plain-word queries ranked term by term give exactly Whoosh's own results."""

import dataclasses
import re
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.analysis.filters import STOP_WORDS
from whoosh.writing import NO_MERGE

from searchidx import Document, Index, read_documents
from searchidx.engine import searching as search_module
from searchidx.engine.storage import open_writer

from ..conftest import CORPUS


def _must_not_fall_back(*args, **kwargs):
    raise AssertionError(
        "searched by Whoosh: the comparison would be Whoosh's with itself"
    )


def whoosh_only(monkeypatch):
    # What the rankers answer when they cannot read the index's format: the
    # query, still known as plain words (every word is required by date), goes
    # to Whoosh's search.
    monkeypatch.setattr(search_module, "rank_terms", lambda *args, **kwargs: None)
    monkeypatch.setattr(search_module, "rank_phrase", lambda *args, **kwargs: None)


@pytest.fixture(scope="module")
def messy_index(tmp_path_factory):
    """The corpus in three segments, with republished copies and a deletion."""
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)
    # Copies a fifth longer (their opening repeated): the same release to the
    # near-copy test, but never the same score as the original, whose tie
    # Whoosh and the term-by-term sum could break either way.
    copies = [
        dataclasses.replace(
            d,
            id="",
            url=f"{d.url}?copy",
            source="Another Desk",
            body=f"{d.body} {d.body[: len(d.body) // 5]}",
            content_hash="",
        )
        for d in documents[::9]
    ]
    copies[-1] = dataclasses.replace(
        copies[-1], date=None
    )  # undated: listed last by date
    path = tmp_path_factory.mktemp("ranking") / "index"
    with Index.open(path, create=True) as index:
        index.add(documents[:20])
        index.add(documents[20:] + copies[:2])
        index.add(copies[2:])
    # Deleted but still in its segment, as in a big index: Whoosh's own merge
    # of small segments would drop it at once.
    storage = whoosh_index.open_dir(str(path), indexname="searchidx")
    with open_writer(storage, path) as writer:
        writer.delete_by_term("id", documents[5].id)
        writer.mergetype = NO_MERGE
    with storage.searcher() as searcher:
        assert searcher.reader().has_deletions()
    with Index.open(path) as index:
        assert index.search("exercise").total > 0
        yield index


def corpus_queries():
    words = set()
    for document in read_documents(CORPUS):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", document.title))
    # A query of stop words alone is refused, rightly; which title words the
    # corpus gives depends on how its pages are read.
    words = sorted(words - STOP_WORDS)
    queries = words[::3] + [" ".join(words[i : i + 3]) for i in range(0, len(words), 7)]
    return queries + ["multilateral exercise", "exercise exercise navy", "ships"]


def corpus_phrases():
    """Quoted runs of two to four words of the corpus titles, stop words and all."""
    phrases = []
    for n, document in enumerate(sorted(read_documents(CORPUS), key=lambda d: d.id)):
        words = re.findall(r"[A-Za-z]+", document.title)
        start = n % 3
        run = words[start : start + 2 + n % 3]
        if len(run) > 1:
            phrases.append(f'"{" ".join(run)}"')
    # a word twice, a phrase in the title only, and one found nowhere
    return phrases + [
        '"exercise exercise"',
        'title:"naval exercise"',
        '"ships exercise"',
    ]


def listed_by_date(results):
    """The hits in order as (date, title, publishers, snippets); scores left out,
    since Whoosh shows none when it sorts by date."""
    return [
        (
            hit.document.date,
            hit.document.title,
            tuple(sorted((hit.document.source, *hit.also_published_by))),
            hit.snippets,
        )
        for hit in results.hits
    ]


def listed(results):
    """The hits as (score, title, publishers, snippets), ties in a fixed order.

    Equal scores may be summed in another order by Whoosh, a last-bit
    difference that can swap two tied hits, or pick the other copy of a
    release (same title, same snippet) to show.
    """
    return sorted(
        (
            -round(hit.score, 4),
            hit.document.title,
            tuple(sorted((hit.document.source, *hit.also_published_by))),
            hit.snippets,
        )
        for hit in results.hits
    )


SEARCHES = [
    {},
    {"fold": False},
    {"page": 2, "limit": 3},
    {"since": date(2023, 1, 1), "facets": ("year", "source", "tags")},
    {"sources": ["Another Desk"], "facets": ("source",)},
    {"tags": ["Multilateral Exercise", "R&D", "children"], "until": date(2024, 6, 30)},
    {"sort": "newest", "facets": ("year", "source")},
    {"sort": "oldest", "fold": False, "page": 2, "limit": 4},
    {"sort": "oldest", "fold": False, "limit": 60},
    {"sort": "newest", "since": date(2022, 1, 1), "sources": ["Another Desk"]},
]


@pytest.mark.parametrize("options", SEARCHES, ids=lambda o: ",".join(o) or "plain")
@pytest.mark.parametrize("queries", [corpus_queries, corpus_phrases])
def test_ranking_from_whole_postings_matches_whoosh(
    messy_index, monkeypatch, options, queries
):
    compared = 0
    for text in queries():
        with monkeypatch.context() as patched:
            patched.setattr(search_module, "_whoosh_search", _must_not_fall_back)
            fast = messy_index.search(text, **options)
        with monkeypatch.context() as patched:
            whoosh_only(patched)
            slow = messy_index.search(text, **options)
        assert fast.total == slow.total, text
        if options.get("sort"):
            assert listed_by_date(fast) == listed_by_date(slow), text
        else:
            assert listed(fast) == listed(slow), text
        assert fast.facets == slow.facets, text
        compared += len(fast.hits)
    assert compared >= (50 if not options else 1)  # filtered phrases find few


def test_folded_copies_are_counted_once(messy_index):
    copied = sorted(read_documents(CORPUS), key=lambda d: d.id)[9]
    folded = messy_index.search(copied.title)
    unfolded = messy_index.search(copied.title, fold=False)
    assert unfolded.total > folded.total
    first = folded.hits[0]
    assert first.document.title == copied.title
    publishers = {first.document.source, *first.also_published_by}
    assert publishers == {copied.source, "Another Desk"}


def test_a_deleted_release_is_not_found_by_its_own_title(messy_index):
    deleted = sorted(read_documents(CORPUS), key=lambda d: d.id)[5]
    results = messy_index.search(deleted.title, limit=100, fold=False)
    assert results.total > 0
    assert deleted.id not in {hit.document.id for hit in results.hits}


def test_a_page_fills_past_many_copies_of_one_release(tmp_path, monkeypatch):
    # 60 copies of one release outrank everything: the page must still list
    # three releases, looking further than its first few dozen matches.
    body = " ".join(f"harbour crane number {n} was inspected today" for n in range(12))
    copies = [
        Document(
            title="Harbour cranes inspected",
            body=f"{body} Copy {n}.",
            url=f"https://copies.example/{n}",
            source=f"Desk {n}",
        )
        for n in range(60)
    ]
    others = [
        Document(
            title=f"Harbour note {n}",
            body=f"The harbour opened berth {n}.",
            url=f"https://notes.example/{n}",
        )
        for n in range(5)
    ]
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(copies + others)
        fast = index.search("harbour cranes", limit=3)
        with monkeypatch.context() as patched:
            whoosh_only(patched)
            slow = index.search("harbour cranes", limit=3)
    assert fast.total == slow.total == 6
    assert [h.document.title for h in fast.hits] == [
        h.document.title for h in slow.hits
    ]
    assert len({h.document.title for h in fast.hits}) == 3
    assert len(fast.hits[0].also_published_by) == 10  # the most it names


@pytest.mark.parametrize(
    ("text", "whole_postings"),
    [
        ('"harbor ferry"', True),
        ('title:"harbor ferry"', True),
        ('"harbor ferry" boat', False),  # a phrase OR a word: Whoosh's search
        ('"harbor ferry"~3', False),  # words apart: Whoosh's spans
    ],
)
def test_a_lone_phrase_is_ranked_from_whole_postings(text, whole_postings):
    from searchidx.engine.parsing import build_query
    from searchidx.engine.ranking import plain_phrase
    from searchidx.engine.schema import build_schema

    parsed = build_query(text, build_schema())
    assert (plain_phrase(parsed) is not None) == whole_postings


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, 200_000), min_size=1, max_size=20, unique=True),
        max_size=30,
    )
)
def test_phrase_positions_are_decoded_as_each_postings_own(position_lists):
    # One byte, two or four a delta (CompactPositions), decoded for all
    # postings at once: the same places as decoding each posting.
    from searchidx.engine.codec import CompactPositions
    from searchidx.engine.ranking import _position_keys

    fmt = CompactPositions()
    docnums = np.arange(0, 3 * len(position_lists), 3, dtype=np.int64)
    values = [fmt.encode(sorted(places)) for places in position_lists]
    expected = sorted(
        (int(docnum) << 32) | position
        for docnum, value in zip(docnums, values, strict=True)
        for position in fmt.decode_positions(value)
    )
    assert _position_keys(docnums, values).tolist() == expected


def test_a_phrase_deep_in_a_long_release_is_found_where_whoosh_finds_it(
    tmp_path, monkeypatch
):
    filler = " ".join(f"word{n}" for n in range(70_000))
    documents = [
        Document(
            title="Long",
            body=f"{filler} harbor ferry service resumes",
            url="https://x.example/1",
        ),
        Document(
            title="Split", body=f"harbor {filler} ferry", url="https://x.example/2"
        ),
        Document(
            title="Short",
            body="The harbor ferry sails at noon.",
            url="https://x.example/3",
        ),
    ]
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(documents)
        fast = index.search('"harbor ferry"')
        whoosh_only(monkeypatch)
        slow = index.search('"harbor ferry"')
    assert sorted(hit.document.title for hit in fast.hits) == ["Long", "Short"]
    assert listed(fast) == listed(slow)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(
    st.lists(st.integers(0, 50), max_size=40),
    st.lists(st.integers(0, 50), max_size=40),
)
def test_membership_in_a_sorted_array_is_numpys(values, pool):
    from searchidx.engine.ranking import _in_sorted

    values, pool = (
        np.array(values, dtype=np.int64),
        np.sort(np.array(pool, dtype=np.int64)),
    )
    assert _in_sorted(values, pool).tolist() == np.isin(values, pool).tolist()
