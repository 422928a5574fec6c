"""The writer's postings gathered by term write the segment Whoosh's pool writes."""

from contextlib import contextmanager

import pytest
import whoosh.writing
from whoosh import index as whoosh_index
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from searchidx import Document, Index, read_documents
from searchidx.engine import storage as store
from searchidx.engine import term_pool
from searchidx.engine.mapping import document_to_fields

from ..conftest import CORPUS


def _segment_parts(folder) -> dict[tuple[int, str], bytes]:
    """Each part (postings, terms, columns...) of each segment in the table of
    contents' order, by the segment's place and the part's extension."""
    storage = FileStorage(str(folder))
    segments = whoosh_index.open_dir(str(folder), indexname="searchidx")._segments()
    parts = {}
    for n, segment in enumerate(segments):
        compound = CompoundStorage(storage.open_file(segment.make_filename(".seg")))
        for name in compound.list():
            parts[n, name.split(".", 1)[1]] = compound.open_file(name).read()
    return parts


@contextmanager
def _whooshs_own_pool():
    """Write segments with Whoosh's own posting pool, to compare with."""
    with pytest.MonkeyPatch.context() as whooshs:
        whooshs.setattr(whoosh.writing, "PostingPool", term_pool.WHOOSH_POOL)
        whooshs.setattr(
            whoosh.writing.SegmentWriter,
            "_flush_segment",
            term_pool.WHOOSH_FLUSH_SEGMENT,
        )
        yield


def _build(folder, batches):
    with Index.open(folder, create=True) as index:
        for batch in batches:
            index.add(batch)


def test_segments_are_byte_for_byte_whooshs_with_spills_and_merges(
    tmp_path, monkeypatch
):
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)
    # Words in hundreds of releases, so that terms span several blocks of 128.
    notes = [
        Document(
            title=f"Harbor note {n}",
            body=" ".join(
                ["harbor"] * (1 + n % 4) + ["ferry", f"berth{n % 9}"] * (n % 3)
            ),
            url=f"https://notes.example/{n}",
        )
        for n in range(300)
    ]
    # Thirteen commits: past a few segments of similar size, Whoosh merges them
    # by adding their postings to the new segment's pool.
    batches = [documents[:20], documents[20:35], documents[35:]]
    batches += [notes[n : n + 30] for n in range(0, 300, 30)]
    # A pool limit of 1 MB makes both pools write runs to disk and merge them;
    # sorting the words every 300 makes terms of several pieces in memory too.
    monkeypatch.setattr(store, "WRITER_LIMIT_MB", 1)
    monkeypatch.setattr(term_pool, "_SORT_EVERY_WORDS", 300)
    spills, merges = [], []
    spill = term_pool.TermPool._spill
    monkeypatch.setattr(
        term_pool.TermPool, "_spill", lambda pool: spills.append(1) or spill(pool)
    )
    add_reader = whoosh.writing.SegmentWriter.add_reader
    monkeypatch.setattr(
        whoosh.writing.SegmentWriter,
        "add_reader",
        lambda writer, reader: merges.append(1) or add_reader(writer, reader),
    )
    _build(tmp_path / "terms", batches)
    assert spills, "the 1 MB limit was never reached: nothing compared the runs"
    assert merges, "no segments were merged: nothing compared merged postings"
    with _whooshs_own_pool():
        _build(tmp_path / "whoosh", batches)
    ours, theirs = (
        _segment_parts(tmp_path / "terms"),
        _segment_parts(tmp_path / "whoosh"),
    )
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []
    assert any(name.endswith("pst") for _, name in ours)


def _build_boosted(folder, fields_of_batches):
    """Write batches through Whoosh's writer, with document and field boosts."""
    with Index.open(folder, create=True):
        pass
    storage_index = whoosh_index.open_dir(str(folder), indexname="searchidx")
    for batch in fields_of_batches:
        writer = storage_index.writer(codec=term_pool.Codec(), limitmb=1)
        for fields in batch:
            writer.add_document(**fields)
        writer.commit()


def test_boosted_fractional_weights_are_written_byte_for_byte_as_whoosh_does(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(term_pool, "_SORT_EVERY_WORDS", 300)
    # Index.add never boosts, so every weight it writes is a whole number;
    # a library user's own writer may, and fractional weights take other
    # paths (float weights in blocks and in the term table's entries).
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)
    boosts = [
        {},
        {"_boost": 1.5},
        {"_title_boost": 0.3, "_content_boost": 2.25},
        {"_boost": 1 / 3},
    ]
    fields = [
        {**document_to_fields(document, dup_group=document.id), **boosts[n % 4]}
        for n, document in enumerate(documents)
    ]
    batches = [fields[n : n + 8] for n in range(0, len(fields), 8)]
    _build_boosted(tmp_path / "terms", batches)
    with _whooshs_own_pool():
        _build_boosted(tmp_path / "whoosh", batches)
    ours = _segment_parts(tmp_path / "terms")
    theirs = _segment_parts(tmp_path / "whoosh")
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def test_a_text_field_given_a_word_list_keeps_its_postings_in_document_order(tmp_path):
    # A library user's writer may give a text field a list of words: those
    # postings are listed under their term as they come, between documents
    # whose words are sorted in bulk; the term's postings must still go in
    # document order, as Whoosh writes them.
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)[:12]
    fields = [
        document_to_fields(document, dup_group=document.id) for document in documents
    ]
    for n in (3, 7):
        fields[n]["content"] = ["harbor", "ferry", "harbor"]
    for n in (0, 10):  # words sorted in bulk, before and after them
        fields[n]["content"] += " harbor"
    _build_boosted(tmp_path / "terms", [fields])
    with _whooshs_own_pool():
        _build_boosted(tmp_path / "whoosh", [fields])
    ours = _segment_parts(tmp_path / "terms")
    theirs = _segment_parts(tmp_path / "whoosh")
    assert [name for name in ours if ours[name] != theirs[name]] == []
    # Whoosh's own writer wrote it, without searchidx's checksums: read it raw.
    storage_index = whoosh_index.open_dir(
        str(tmp_path / "terms"), indexname="searchidx"
    )
    with storage_index.searcher() as searcher:
        found = list(searcher.reader().postings("content", b"harbor").all_ids())
    assert found == sorted(found) and {0, 3, 7, 10} <= set(found)


def test_another_whoosh_index_in_the_program_keeps_whooshs_own_pool(tmp_path):
    from whoosh.fields import TEXT, Schema

    plain = whoosh_index.create_in(str(tmp_path), Schema(body=TEXT(stored=True)))
    writer = plain.writer()
    assert type(writer.pool) is term_pool.WHOOSH_POOL
    writer.add_document(body="harbor ferry")
    writer.commit()
    with plain.searcher() as searcher:
        assert searcher.document()["body"] == "harbor ferry"
    with Index.open(tmp_path / "ours", create=True) as index:
        writer = index._store._index.writer(codec=term_pool.Codec())
        assert type(writer.pool) is term_pool.TermPool
        writer.cancel()
