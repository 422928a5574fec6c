"""The index on disk: read in place, survives killed writers, waits for busy ones,
and failed writes."""

import errno
import io
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import textwrap
import time

import pytest
import zstandard
from whoosh.filedb.filestore import FileStorage

from searchidx import Document, Index, IndexWriteError
from searchidx.cli import cli
from searchidx.engine.codec import _ViewFile
from searchidx.engine.storage import create_index, open_writer, remove_leftovers

from ..conftest import is_running


def _doc(n: int, body: str = "harbor news") -> Document:
    return Document(
        title=f"Release {n}", body=f"{body} {n}", url=f"https://x.example/{n}"
    )


def _ids(index: Index, upto: int = 20) -> list[str]:
    return [
        f"https://x.example/{n}"
        for n in range(upto)
        if f"https://x.example/{n}" in index
    ]


def _release_file(folder):
    release = folder / "r.jsonl"
    release.write_text(
        '{"title": "Harbor opens", "date": "2024-03-03", "url": "https://x.example/h",'
        ' "body": "The harbor opened today with two new ferry berths."}\n'
    )
    return release


def _leave_a_killed_writers_files(path):
    """Write what a writer killed before its commit leaves behind."""
    with Index.open(path) as index:
        writer = index._store._index.writer()
        writer.add_document(id="https://x.example/lost", title="Lost", body="lost")
        writer._finalize_segment()  # segment files written, no table of contents
        writer.writelock.release()  # the kernel does this when a process dies
        writer.writelock = None
    (path / "_searchidx_9.toc.1764071234.5").write_bytes(b"half a table")
    (path / "searchidx.tmp").mkdir(exist_ok=True)
    (path / "searchidx.tmp" / "abc.run").write_bytes(b"postings")


def test_opening_removes_what_a_killed_writer_left_and_keeps_the_commit(tmp_path):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1), _doc(2)])
    committed = sorted(os.listdir(path))
    (path / "notes.txt").write_text("the user's own file")
    _leave_a_killed_writers_files(path)
    assert len(os.listdir(path)) > len(committed) + 3

    with Index.open(path) as index:
        assert sorted(os.listdir(path)) == sorted([*committed, "notes.txt"])
        assert _ids(index) == ["https://x.example/1", "https://x.example/2"]
        assert "https://x.example/lost" not in index
        assert index.check().is_ok
        assert index.add([_doc(3)]).added == 1


def test_files_of_a_live_writer_are_not_removed(tmp_path):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
        with open_writer(
            index._store._index, path
        ) as writer:  # another process, mid-write
            writer.add_document(id="https://x.example/2", title="Two", body="two")
            before = sorted(os.listdir(path))
            with Index.open(path) as reader:
                assert _ids(reader) == ["https://x.example/1"]
            assert remove_leftovers(index._store._index, path) == []
            assert sorted(os.listdir(path)) == before
        assert _ids(index) == ["https://x.example/1", "https://x.example/2"]


def _hold_the_lock_and_fork(path, ready, orphaned_at_once):
    """A writer that forks a worker, as the multiprocess writer does, then hangs.

    With ``orphaned_at_once`` the worker's first step sees another parent (the
    process that adopts orphans), as when the writer dies before it runs.
    """
    index = Index.open(path)
    with open_writer(index._store._index, path):
        if orphaned_at_once:
            os.getppid = lambda: 1  # in this process only, copied into the worker
        worker = multiprocessing.get_context("fork").Process(
            target=time.sleep, args=(60,)
        )
        worker.start()
        ready.put(worker.pid)
        time.sleep(60)


def _start_a_writer_with_a_worker(path, *, orphaned_at_once=False):
    """Return the writer process (holding the lock) and its worker's pid."""
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
    context = multiprocessing.get_context("fork")
    ready = context.Queue()
    writer = context.Process(
        target=_hold_the_lock_and_fork, args=(path, ready, orphaned_at_once)
    )
    writer.start()
    return writer, ready.get(timeout=60)


def _gone_within(pid: int, seconds: float) -> bool:
    """Wait up to ``seconds`` for ``pid`` to end; kill it and return False if it does not."""
    for _ in range(int(seconds * 10)):
        if not is_running(pid):
            return True
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    return False


def test_a_killed_writers_worker_processes_do_not_keep_the_index_locked(tmp_path):
    path = tmp_path / "ix"
    writer, worker_pid = _start_a_writer_with_a_worker(path)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    with Index.open(path) as index:
        # Before the fix the orphaned worker held the lock for its whole life.
        assert index.add([_doc(2)], timeout=30).added == 1
    # The orphan exits once it sees its parent gone.
    assert _gone_within(worker_pid, 30), "the worker of a killed writer lived on"


def test_a_worker_whose_writer_dies_as_it_is_forked_exits_too(tmp_path):
    writer, worker_pid = _start_a_writer_with_a_worker(
        tmp_path / "ix", orphaned_at_once=True
    )
    try:
        assert _gone_within(worker_pid, 30), (
            "the worker waited for a parent it no longer had"
        )
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()


def test_a_process_killed_while_creating_the_index_leaves_none(tmp_path):
    path = tmp_path / "ix"
    path.mkdir()
    # What is on disk when the process dies between the two files it writes.
    (path / "searchidx.version").write_text('{"schema_version": 0}\n')
    assert not Index.exists(path)
    with Index.open(path, create=True) as index:
        assert index.add([_doc(1)]).added == 1


def test_a_second_index_command_waits_with_a_message_then_fails_in_one_line(
    runner, tmp_path, monkeypatch
):
    monkeypatch.setattr("searchidx.engine.storage.WAIT_REPORT_EVERY_S", 0.1)
    release = _release_file(tmp_path)
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        holder = index._store._index.writer()  # another searchidx index, mid-run
        try:
            result = runner.invoke(
                cli,
                ["--index", str(path), "index", "-q", "--wait", "0.5", str(release)],
            )
        finally:
            holder.cancel()
    lines = result.stderr.splitlines()
    assert result.exit_code == 1
    assert len(lines) >= 2, result.stderr
    assert all(
        line.startswith(f"waiting for another process writing to {path}/ to finish (")
        and line.endswith(" s of 0.5 s)...")
        for line in lines[:-1]
    ), result.stderr
    assert lines[-1] == (
        f"Error: {path}: another process is writing to this index (waited 0.5 s); "
        "try again when it has finished"
    )
    assert "Traceback" not in result.output


def test_a_second_index_command_waits_for_the_first_and_then_writes(runner, tmp_path):
    release = _release_file(tmp_path)
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
    # The first writer: another process that holds the lock for a while.
    first = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from searchidx import Index
            from searchidx.engine.storage import open_writer
            index = Index.open({str(path)!r})
            with open_writer(index._store._index, {str(path)!r}):
                print("locked", flush=True)
                time.sleep(2)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert first.stdout.readline() == "locked\n"
    result = runner.invoke(
        cli,
        ["--index", str(path), "index", "-q", "--wait", "120", str(release)],
        catch_exceptions=False,
    )
    first.wait()
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr.splitlines()[-1]
    with Index.open(path) as index:
        assert len(index) == 2


def _fail_creating(monkeypatch, error: OSError, when):
    original = FileStorage.create_file

    def create_file(self, name, *args, **kwargs):
        if when(name):
            raise error
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(FileStorage, "create_file", create_file)


@pytest.mark.parametrize(
    ("error", "when", "reason"),
    [
        # Disk full after the new segment was written, on the table of contents.
        (
            OSError(errno.ENOSPC, "No space left on device"),
            lambda name: ".toc." in name,
            "No space left on device",
        ),
        # Disk full on the first file of the new segment.
        (
            OSError(errno.ENOSPC, "No space left on device"),
            lambda name: name.endswith(".trm"),
            "No space left on device",
        ),
        # The folder is read-only for this user (chmod does not stop root).
        (
            PermissionError(errno.EACCES, "Permission denied"),
            lambda name: True,
            "Permission denied",
        ),
    ],
    ids=["disk-full-at-commit", "disk-full-mid-write", "permission-denied"],
)
def test_a_failed_write_is_one_line_and_the_last_commit_stands(
    runner, tmp_path, monkeypatch, error, when, reason
):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1), _doc(2)])
    release = _release_file(tmp_path)
    with monkeypatch.context() as patch:
        _fail_creating(patch, error, when)
        result = runner.invoke(cli, ["--index", str(path), "index", "-q", str(release)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {path}: cannot write to the index ({reason}); its last commit is intact"
    ]
    assert "Traceback" not in result.output
    with Index.open(path) as index:
        assert _ids(index) == ["https://x.example/1", "https://x.example/2"]
        assert index.check().is_ok
        assert index.add([_doc(3)], timeout=0).added == 1  # the lock was released
        assert len(index) == 3


def test_library_write_failure_raises_our_error(tmp_path, monkeypatch):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
        _fail_creating(
            monkeypatch,
            OSError(errno.ENOSPC, "No space left on device"),
            lambda name: ".toc." in name,
        )
        with pytest.raises(IndexWriteError, match="No space left on device"):
            index.add([_doc(2)])
        monkeypatch.undo()
        assert _ids(index) == ["https://x.example/1"]


def test_creating_an_index_another_process_just_created_keeps_its_documents(tmp_path):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as first:
        first.add([_doc(1)])
    # The second run saw no index a moment ago and now creates one.
    create_index(path).close()
    with Index.open(path) as index:
        assert _ids(index) == ["https://x.example/1"]


def test_opening_as_a_commit_replaces_the_table_of_contents_tries_again(
    tmp_path, monkeypatch
):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(1)])
    from whoosh import index as whoosh_index

    original, calls = whoosh_index.open_dir, []

    def open_dir(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # what a reader sees when a writer commits mid-open
            raise FileNotFoundError(2, "No such file or directory")
        return original(*args, **kwargs)

    monkeypatch.setattr(whoosh_index, "open_dir", open_dir)
    with Index.open(path) as index:
        assert _ids(index) == ["https://x.example/1"]
    assert len(calls) == 2


def _truncate(file):
    file.write_bytes(file.read_bytes()[:5000])


def _flip_bytes(file):
    data = bytearray(file.read_bytes())
    for at in range(1000, len(data), 997):
        data[at] ^= 0x55
    file.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_truncate, "ChecksumError: {name} holds"),
        (_flip_bytes, "ChecksumError: {name} does not match its checksum"),
        (lambda file: file.unlink(), "ChecksumError: {name} is missing"),
    ],
    ids=["truncated", "altered", "missing"],
)
def test_check_names_a_damaged_segment_in_one_line_and_exits_1(
    runner, tmp_path, damage, reason
):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(n, "harbor news " * 200) for n in range(40)])
    (segment,) = path.glob("*.seg")
    damage(segment)
    result = runner.invoke(cli, ["--index", str(path), "check"])
    assert result.exit_code == 1
    (problem,) = result.stderr.splitlines()
    assert problem.startswith(
        f"problem: segment {segment.stem}: cannot be read "
        f"({reason.format(name=segment.name)}"
    )
    assert problem.endswith("); rebuild the index")
    assert result.stdout == f"{path}/: 0 documents in 1 segment: 1 problem\n"
    assert "Traceback" not in result.output


def test_check_names_a_damaged_zstd_frame_in_one_line(runner, tmp_path):
    # Stored fields and posting blocks are zstd frames with a checksum: a
    # changed byte inside one is an error, never wrong text or postings.
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add([_doc(n, "harbor news " * 200) for n in range(40)])
    (segment,) = path.glob("*.seg")
    data = bytearray(segment.read_bytes())
    frames = [at for at in range(len(data)) if data[at : at + 4] == b"\x28\xb5\x2f\xfd"]
    assert frames, "no zstd frame in the segment"
    for at in frames:
        data[at + 12] ^= 0x55  # past the frame's header, in its compressed data
    segment.write_bytes(bytes(data))
    result = runner.invoke(cli, ["--index", str(path), "check"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"problem: segment {segment.stem}: cannot be read ("
    )
    assert "Traceback" not in result.output


def test_a_commit_failing_on_anything_releases_the_lock(tmp_path, monkeypatch):
    from whoosh.writing import SegmentWriter

    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(1)])

        def broken(self):
            raise AssertionError("a bug deep in Whoosh")

        with monkeypatch.context() as patch:
            patch.setattr(SegmentWriter, "_assemble_segment", broken)
            with pytest.raises(AssertionError):
                index.add([_doc(2)])
        assert index.add([_doc(3)], timeout=0).added == 1  # no one holds the lock
        assert _ids(index) == ["https://x.example/1", "https://x.example/3"]


def test_a_program_that_seeds_random_can_write_twice(tmp_path):
    import random

    with Index.open(tmp_path / "ix", create=True) as index:
        random.seed(0)
        index.add([_doc(1)])
        random.seed(0)  # Whoosh named both new segments alike from this
        assert index.add([_doc(2)]).added == 1
        assert index.check().is_ok


DATA = b"first line\nsecond\n\nno newline at the end" + pickle.dumps({"a": [1, 2]}, 2)


@pytest.mark.parametrize(
    "steps",
    [
        [("read", 5), ("tell",), ("readline",), ("readline",), ("read", -1)],
        [("seek", 3), ("readline", 4), ("readline",), ("seek", -6, 2), ("read", 100)],
        [("seek", 2), ("seek", 4, 1), ("readline", 100), ("read", 0), ("tell",)],
        [("iter",)],
        [("readinto", 7), ("readinto", 4000), ("read", 3)],
    ],
)
def test_a_view_file_reads_like_an_in_memory_copy(steps):
    view, copy = _ViewFile(memoryview(DATA)), io.BytesIO(DATA)
    for name, *args in steps:
        if name == "iter":
            assert list(view) == list(copy)
        elif name == "readinto":
            a, b = bytearray(args[0]), bytearray(args[0])
            assert (view.readinto(a), a) == (copy.readinto(b), b)
        else:
            assert getattr(view, name)(*args) == getattr(copy, name)(*args), (
                name,
                args,
            )


def test_pickles_load_from_a_view_file():
    view = _ViewFile(memoryview(b"junk" + pickle.dumps(("ids", 3.5, [b"x"]), 2)))
    view.seek(4)
    assert pickle.load(view) == ("ids", 3.5, [b"x"])


def test_short_posting_lists_kept_in_the_term_table_survive_segment_merges(tmp_path):
    # Each add commits a small segment that Whoosh merges with the earlier
    # ones: ids, urls and words found in one release are kept in the term
    # table (codec.INLINE_POSTINGS_LIMIT), "harbor" in every release is not.
    with Index.open(tmp_path / "ix", create=True) as index:
        for n in range(12):
            index.add([_doc(n, body=f"harbor word{n}")])
        assert len(index._store._index._segments()) < 12  # merged at least once
        assert _ids(index) == [f"https://x.example/{n}" for n in range(12)]
        for n in range(12):
            hits = index.search(f"word{n}").hits
            assert [hit.document.id for hit in hits] == [f"https://x.example/{n}"]
        assert index.search("harbor", limit=20).total == 12
        assert index.check().problems == ()


def test_posting_blocks_are_pickled_with_protocol_5(tmp_path):
    # Whoosh asks for protocol 2, which pickles each posting's positions as a
    # call to _codecs.encode (whoosh_fixes): blocks were twice the size.
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([_doc(n) for n in range(20)])
        with index._store._index.searcher() as searcher:
            postings = searcher.reader().postings("content", b"harbor")
            raw = postings._postfile.get(
                postings._dataoffset, postings._nextoffset - postings._dataoffset
            )
    assert zstandard.ZstdDecompressor().decompress(raw)[:2] == b"\x80\x05"


@pytest.mark.parametrize("dying", ["one", "every"])
def test_a_writer_process_that_dies_fails_the_write_and_loses_nothing(
    tmp_path, monkeypatch, dying
):
    """Thousands of releases are written by two processes. When one dies the
    other would carry on, and Whoosh committed without the dead one's
    releases; when both die, it waited for ever. Either way the write now
    fails in one line and the last commit stands."""
    from whoosh import multiproc

    path = tmp_path / "ix"
    marker = tmp_path / "died"
    process_file = multiproc.SubWriterTask._process_file

    def die(task, *job):
        if dying == "every":
            os._exit(3)
        try:
            os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return process_file(task, *job)  # not the first: carry on
        os._exit(3)

    with Index.open(path, create=True) as index:
        index.add([_doc(1), _doc(2)])
        many = [_doc(n, "storm damage") for n in range(100, 5200)]
        # Whoosh's writer processes are forked: they run the patched method.
        monkeypatch.setattr(multiproc.SubWriterTask, "_process_file", die)
        with pytest.raises(IndexWriteError) as raised:
            index.add(many)
        message = str(raised.value)
        assert "\n" not in message
        assert "died (exit code 3)" in message and "last commit is intact" in message
        monkeypatch.undo()
        assert len(index) == 2 and index.check().is_ok
        assert index.add(many).added == len(many)  # the lock was released
        assert len(index) == 2 + len(many)
