"""Spelling suggestions as segments are merged, deleted from and added."""

from whoosh import index as whoosh_index
from whoosh.writing import OPTIMIZE

from searchidx import Document, Index
from searchidx.engine.storage import open_writer

from ..test_search import DOCS


def test_spelling_survives_deleting_the_release_that_brought_a_word(tmp_path):

    first = Document(
        title="Drill at the harbour",
        url="https://x.example/a",
        body="Sailors exercise at the harbour every spring.",
    )
    second = Document(
        title="Drills continue",
        url="https://x.example/b",
        body="The exercise continues; more exercises follow in May.",
    )
    later = Document(
        title="Exercise season",
        url="https://x.example/c",
        body="A new exercise opens the season.",
    )
    with Index.open(tmp_path / "index", create=True) as index:
        index.add([first, second])
        # "exercise" entered the spelling list with the first release only.
        index.delete(["https://x.example/a"])
        # Later commits merge segments, which drops a deleted release's postings.
        with open_writer(index._store._index, index.path) as writer:
            writer.mergetype = OPTIMIZE
        # Still a known word (the second release holds it): no "exercises?".
        assert index.search("exercise").suggestion is None
        # The next batch that holds the word lists it again.
        index.add([later])
        assert index.search("exercize", correct=False).suggestion == "exercise"


def test_the_spelling_list_holds_each_word_once_per_batch(tmp_path):
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(DOCS)
    storage = whoosh_index.open_dir(str(tmp_path / "index"), indexname="searchidx")
    with storage.searcher() as searcher:
        reader = searcher.reader()
        words = list(reader.lexicon("spell_content"))
        postings = sum(reader.doc_frequency("spell_content", w) for w in words)
    assert b"multilateral" in words and b"exercise" in words
    assert postings == len(words)


def test_suggestions_come_from_every_segment(tmp_path, monkeypatch):
    import searchidx.index as index_module

    monkeypatch.setattr(index_module, "PARALLEL_WRITE_DOCUMENTS", 10)
    filler = [
        Document(
            title=f"Notice {n}",
            body=f"Routine notice number {n}.",
            url=f"https://x.example/notice/{n}",
        )
        for n in range(300)
    ]
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(filler + DOCS)  # two processes, two segments at least
        with index._store._index.searcher() as searcher:
            assert len(searcher.reader().leaf_readers()) >= 2
        assert (
            index.search("multilaterl exercize", correct=False).suggestion
            == "multilateral exercise"
        )
        assert index.search("routine notise").suggestion == "routine notice"
