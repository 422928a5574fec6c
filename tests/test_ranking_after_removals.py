"""An archive that has had releases removed and replaced ranks what it holds
exactly as a fresh build of the same releases would: a removed release left
in its segment until a merge no longer counts in the ranking statistics."""

from __future__ import annotations

from dataclasses import replace

import pytest

from searchidx import Index, read_file

from .conftest import CORPUS

QUERIES = [
    "exercise",
    "multilateral exercise",
    "navy",
    "vaccine rollout",
    '"joint exercise"',
    "exerc*",
    "title:exercise",
    "exercise NOT navy",
]


def _ranked(index: Index, text: str) -> list[tuple[str, tuple]]:
    """The listing as shards are merged by it: ids and exact scores."""
    results = index.search(text, limit=50, fold=False)
    return [(hit.document.id, hit.order) for hit in results.hits]


@pytest.fixture(scope="module")
def pruned_and_fresh(tmp_path_factory):
    """The corpus with every third release removed and every fifth rewritten,
    in commits of their own; and a fresh build of what that leaves."""
    folder = tmp_path_factory.mktemp("history")
    files = sorted(path for path in CORPUS.rglob("*") if path.is_file())
    read = [doc for path in files for doc in read_file(path)]
    with Index.open(folder / "history", create=True) as history:
        half = len(read) // 2
        history.add(read[:half])
        history.add(read[half:])
        ids = sorted({doc.id for doc in read if doc.id in history})
        assert len(ids) >= 40
        removed = ids[::3]
        assert history.remove(removed) == len(removed)
        rewritten = [
            replace(
                history.get(doc_id),
                body=history.get(doc_id).body + " The exercise ends in the harbor.",
                content_hash="",
            )
            for doc_id in ids[1::5]
            if doc_id not in removed
        ]
        assert history.add(rewritten).updated == len(rewritten)
        kept = [history.get(doc_id) for doc_id in ids if doc_id not in removed]
    with Index.open(folder / "fresh", create=True) as fresh:
        fresh.add(kept)
    with (
        Index.open(folder / "history") as history,
        Index.open(folder / "fresh") as fresh,
    ):
        yield history, fresh


@pytest.mark.parametrize("text", QUERIES)
def test_an_index_with_removals_ranks_as_a_fresh_build(pruned_and_fresh, text):
    history, fresh = pruned_and_fresh
    assert len(history) == len(fresh)
    assert _ranked(history, text) == _ranked(fresh, text)


def test_ranking_statistics_count_only_what_the_index_holds(pruned_and_fresh):
    history, fresh = pruned_and_fresh
    text = "exercise harbor navy"
    assert history.statistics(text) == fresh.statistics(text)


def test_similar_chooses_its_terms_as_a_fresh_build(pruned_and_fresh):
    history, fresh = pruned_and_fresh
    some = fresh.search("exercise", limit=3).hits[0].document.id
    listed = [(h.document.id, h.order) for h in history.similar(some).hits]
    assert listed == [(h.document.id, h.order) for h in fresh.similar(some).hits]


def _term_counts(index: Index) -> dict:
    """{(field, term): documents} of every ranked term, by the term table."""
    with index._store.fresh_reader() as reader:
        table = reader.term_table()
    return {
        (name, term): count
        for name, terms in table.terms.items()
        for term, count in zip(terms, table.frequencies[name].tolist(), strict=True)
        if count
    }, table.doc_count


def test_the_term_table_counts_what_the_index_holds(pruned_and_fresh):
    # What shards are given to rank with (share_statistics): every term's
    # live count, found by indexing the removed releases' stored fields again.
    history, fresh = pruned_and_fresh
    assert _term_counts(history) == _term_counts(fresh)


def test_a_copy_with_other_removals_counts_its_own(tmp_path):
    # Found in review: removed releases' terms were kept per segment id for
    # the whole process, and a copy of an index has the same segment ids:
    # the copy's table also took away the original's removals.
    import shutil

    files = sorted(path for path in CORPUS.rglob("*") if path.is_file())
    read = [doc for path in files for doc in read_file(path)]
    with Index.open(tmp_path / "original", create=True) as original:
        original.add(read)
        ids = sorted({doc.id for doc in read if doc.id in original})
    shutil.copytree(tmp_path / "original", tmp_path / "copy")
    with (
        Index.open(tmp_path / "original") as original,
        Index.open(tmp_path / "copy") as copy,
    ):
        original.remove(ids[:6])
        copy.remove(ids[6:12])
        _term_counts(original)  # counted first, in this same process
        counted = _term_counts(copy)
        kept = [copy.get(doc_id) for doc_id in ids[:6] + ids[12:]]
    with Index.open(tmp_path / "fresh", create=True) as fresh:
        fresh.add(kept)
        assert counted == _term_counts(fresh)


def test_removed_releases_kept_in_memory_are_bounded(pruned_and_fresh, monkeypatch):
    # A long-lived process meets many segments with removals: it keeps the
    # terms of a bounded number of removed releases, and counts the same.
    from searchidx.engine import live

    history, fresh = pruned_and_fresh
    monkeypatch.setattr(live, "_DELETED_TERMS", {})
    monkeypatch.setattr(live, "_DOCUMENTS_KEPT", 3)
    assert _term_counts(history) == _term_counts(fresh)
    kept = live._DELETED_TERMS
    assert len(kept) == 1 or sum(map(len, kept.values())) <= 3
    assert _term_counts(history) == _term_counts(fresh)
