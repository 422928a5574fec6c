"""The Index facade: atomic writes, updates by id, locks, versions."""

import json
from dataclasses import replace

import pytest

from searchidx import (
    Document,
    Index,
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    ParameterError,
    read_documents,
)
from searchidx.engine.schema import SCHEMA_VERSION
from searchidx.engine.storage import open_writer

from .conftest import CORPUS, shared_press


def _doc(n: int, body: str = "harbor news") -> Document:
    return Document(title=f"Release {n}", body=body, url=f"https://x.example/{n}")


def test_a_batch_that_fails_midway_writes_nothing(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(1)])

        def broken():
            yield _doc(2)
            yield _doc(3)
            raise RuntimeError("disk went away")

        with pytest.raises(RuntimeError):
            index.add(broken())
        assert len(index) == 1
        assert "https://x.example/2" not in index


def test_same_id_twice_in_one_batch_keeps_the_first(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        report = index.add([_doc(1, "first text"), _doc(1, "second text")])
        assert (report.added, report.repeated) == (1, 1)
        assert index.get("https://x.example/1").body == "first text"


def test_delete_removes_by_id(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(1), _doc(2)])
        assert index.delete(["https://x.example/1", "https://x.example/none"]) == 1
        assert [h.document.id for h in index.search("harbor").hits] == [
            "https://x.example/2"
        ]


def test_a_second_writer_waits_then_fails_with_a_clear_error(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(1)])
        holder = index._store._index.writer()  # another writer holding the lock
        try:
            with pytest.raises(
                IndexLockedError,
                match=r"another process is writing to this index \(waited 0.2 s\)",
            ):
                index.add([_doc(2)], timeout=0.2)
        finally:
            holder.cancel()
        assert index.add([_doc(2)]).added == 1


def test_index_from_another_schema_version_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "ix"
    Index.open(path, create=True).close()
    (path / "searchidx.version").write_text(json.dumps({"schema_version": 0}))
    expected = f"built by schema v0, this is v{SCHEMA_VERSION}; rebuild it"
    with pytest.raises(IndexFormatError, match=expected):
        Index.open(path)


def test_opening_a_missing_index_says_how_to_build_one(tmp_path):
    with pytest.raises(
        IndexNotFoundError, match="no index here; build one with: searchidx --index"
    ):
        Index.open(tmp_path / "nowhere")
    assert not Index.exists(tmp_path / "nowhere")


def test_index_without_version_file_or_with_damaged_segments_is_a_format_error(
    tmp_path,
):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
    (path / "searchidx.version").unlink()
    with pytest.raises(IndexFormatError, match="no readable searchidx.version"):
        Index.open(path)
    (path / "searchidx.version").write_text(
        json.dumps({"schema_version": SCHEMA_VERSION})
    )
    for toc in path.glob("*.toc"):
        toc.write_bytes(b"garbage")
    with pytest.raises(IndexFormatError, match="the index is damaged"):
        Index.open(path)


@pytest.mark.parametrize(
    ("dumps", "duplicates"),
    [
        # the second file mostly repeats the first (101 of its 113 urls)
        (
            ["campaign-2016/press_releases.json", "campaign-2016/press_releases2.json"],
            101,
        ),
        # 27 of April 2026's AI-matched releases are in the full monthly dump too
        (
            ["congress-press/2026/2026-04.jsonl.gz", "congress-press-ai/2026-04.json"],
            27,
        ),
    ],
)
def test_real_dumps_that_repeat_releases_fold_them(tmp_path, dumps, duplicates):
    paths = [shared_press("bulk", *dump.split("/")) for dump in dumps]
    with Index.open(tmp_path / "ix", create=True) as index:
        report = index.add_files(paths)
        assert report.repeated >= duplicates
        assert len(index) == report.added
        again = index.add_files(paths)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    assert again.unchanged == report.added


def test_big_batches_written_by_two_processes_add_and_update_alike(
    tmp_path, corpus_dir, monkeypatch
):
    import searchidx.index as index_module

    monkeypatch.setattr(index_module, "PARALLEL_WRITE_BYTES", 0)  # every batch "big"
    with Index.open(tmp_path / "ix", create=True) as index:
        first = index.add_files([corpus_dir])
        assert first.failed == () and first.added == len(index) >= 40
        page = tmp_path / "extra.txt"
        page.write_text(
            "Harbour opens berth\nMarch 3, 2024\n\nThe harbour opened a quokka berth.\n"
        )
        index.add_files([page])
        page.write_text(
            "Harbour opens berth\nMarch 3, 2024\n\nThe harbour opened a wombat berth.\n"
        )
        again = index.add_files([corpus_dir, page])
        assert (again.added, again.updated, again.unchanged) == (0, 1, first.added)
        assert len(index) == first.added + 1
        assert [h.document.title for h in index.search("wombat").hits] == [
            "Harbour opens berth"
        ]
        assert index.search("quokka").total == 0


def test_a_long_list_added_by_two_processes_is_searchable_and_folded(
    tmp_path, monkeypatch
):
    import searchidx.index as index_module

    monkeypatch.setattr(index_module, "PARALLEL_WRITE_DOCUMENTS", 10)
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)
    copy = replace(
        documents[0],
        url=documents[0].url + "?copy",
        id="",
        body=documents[0].body + " Republished with permission.",
        source="Another Desk",
        content_hash="",
    )
    # The multiprocess writer hands documents out in batches of 100.
    notices = [_doc(n, body=f"routine notice number {n}") for n in range(300)]
    documents += notices
    with Index.open(tmp_path / "ix", create=True) as index:
        first = index.add([*documents, copy])
        assert first.added == len(index) == len(documents) + 1 - first.repeated
        # A segment per writing process.
        assert index._store.segment_count() >= 2
        again = index.add(documents)
        assert (again.added, again.updated) == (0, 0)
        assert again.unchanged == first.added - 1
        found = index.search(documents[0].title)
        assert found.hits[0].document.title == documents[0].title
        assert set(found.hits[0].copies) | {found.hits[0].document.source} == {
            documents[0].source,
            "Another Desk",
        }


def test_parsing_on_two_processes_gives_the_same_documents_and_errors(
    tmp_path, corpus_dir
):
    import shutil

    from .conftest import TEST_DATA

    for name in ["empty.txt", "page_without_body.html"]:
        shutil.copy(TEST_DATA / name, corpus_dir / name)
    ids = sorted({d.id for d in read_documents(corpus_dir, on_error=lambda e: None)})
    outcomes = []
    for workers in (1, 2):
        with Index.open(tmp_path / f"ix{workers}", create=True) as index:
            report = index.add_files([corpus_dir], workers=workers)
            hashes = [index.get(doc_id).content_hash for doc_id in ids]
        outcomes.append((report.added, [str(e) for e in report.failed], hashes))
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][0] >= 40 and len(outcomes[0][1]) == 2


def test_check_passes_on_a_sound_index_and_names_a_tampered_document(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add(
            [
                _doc(1),
                Document(
                    title="Tags",
                    body="b",
                    url="https://x.example/t",
                    tags=("Securities, Commodities, & Investment Fraud",),
                ),
            ]
        )
        report = index.check()
        assert report.is_ok, report.problems
        assert report.documents == 2
        assert index.get("https://x.example/t").tags == (
            "Securities, Commodities, & Investment Fraud",
        )
        # An edit made behind the Index's back, by a writer that keeps checksums.
        with open_writer(index._store._index, index.path) as writer:
            writer.update_document(
                id="https://x.example/1",
                title="Changed",
                body="harbor news",
                content_hash="not-the-hash",
            )
        report = index.check()
    assert report.problems == (
        "document 'https://x.example/1': its fields do not match its content hash",
    )


def test_one_index_object_sees_its_own_updates_and_deletes(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(1, "harbor news about ferries"), _doc(2, "other news")])
        assert [h.document.body for h in index.search("harbor").hits] == [
            "harbor news about ferries"
        ]
        index.add([_doc(1, "harbor news about cargo")])
        assert [h.document.body for h in index.search("harbor").hits] == [
            "harbor news about cargo"
        ]
        index.delete(["https://x.example/1"])
        assert index.search("harbor").hits == ()
        assert index.check().is_ok


def test_a_single_string_where_several_are_taken_is_one_value(tmp_path, monkeypatch):
    # A str is iterable: read letter by letter, "dump.jsonl" was the folders
    # "d", "u", ... and "." (everything under the current folder).
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "unrelated.txt").write_text("An unrelated note.\n" * 20)
    dump = folder / "dump.jsonl"
    dump.write_text(
        '{"title": "Ferry fares frozen", "url": "https://x.example/f",'
        ' "source": "Harbour Board", "tags": ["ferry"],'
        ' "body": "The harbour board froze ferry fares for the winter."}\n'
    )
    monkeypatch.chdir(folder)
    with Index.open(tmp_path / "ix", create=True) as index:
        report = index.add_files("dump.jsonl")
        assert (report.files, report.added, report.failed) == (1, 1, ())
        found = index.search("ferry", sources="Harbour Board", tags="ferry")
        assert found.total == 1
        assert index.remove("https://x.example/f") == 1
        assert len(index) == 0


@pytest.mark.parametrize(
    ("options", "parameter"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"limit": "5"}, "limit"),
        ({"limit": True}, "limit"),
        ({"since": "2020"}, "since"),
        ({"statistics": {"doc_count": 1}}, "statistics"),
    ],
)
def test_a_wrong_option_is_named_in_one_line(tmp_path, options, parameter):
    with Index.open(tmp_path / "ix", create=True) as index:
        with pytest.raises(ParameterError, match=f"parameter '{parameter}'"):
            index.search("ferry", **options)
        with pytest.raises(ParameterError, match="parameter 'query'"):
            index.search(None)


@pytest.mark.parametrize(
    ("field_map", "reason"),
    [
        ({"nope": "x"}, "unknown field 'nope'"),
        ({"title": ""}, "no key given for 'title'"),
        ({"title": None}, "the key for 'title' is None, not text"),
        ({"title": 5}, "the key for 'title' is 5, not text"),
        (["title"], "is not a mapping of field to key"),
    ],
)
def test_add_files_checks_its_field_map_as_the_command_line_does(
    tmp_path, field_map, reason
):
    (tmp_path / "feed.json").write_text('[{"title": "Quay", "body": "Done."}]')
    with Index.open(tmp_path / "ix", create=True) as index:
        with pytest.raises(ParameterError, match=reason):
            index.add_files([tmp_path / "feed.json"], field_map=field_map)
        assert len(index) == 0
