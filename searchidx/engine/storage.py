"""The on-disk index: create, open, lock for writing; Whoosh's errors made ours."""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import shutil
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import zstandard
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, EmptyIndexError, FileIndex, IndexVersionError
from whoosh.index import IndexError as WhooshIndexError  # not the builtin
from whoosh.reading import TermNotFound
from whoosh.util.filelock import FileLock, try_for
from whoosh.writing import IndexWriter

from ..errors import (
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    IndexWriteError,
)
from . import patches
from .checksums import (
    ChecksumError,
    check_not_rolled_back,
    commit_toc_durably,
    committed_generation,
    verify_segment_files,
    verify_toc,
    write_toc,
)
from .codec import Codec
from .parallel import CheckedMpWriter, WriterProcessDied
from .reader import Reader
from .schema import SCHEMA_VERSION, build_schema
from .scoring import bm25f

log = logging.getLogger(__name__)


INDEX_NAME = "searchidx"
# No .json suffix: `searchidx index .` must not read it as a release export.
_VERSION_FILE = "searchidx.version"
# Longer than a large batch's commit takes, so a second writer waits for the
# first instead of failing at once (Whoosh's default is not to wait at all).
DEFAULT_WRITE_TIMEOUT = 60.0
# Whoosh's posting pool spills to temporary files past this many MB; 256 keeps
# a desk-sized batch in memory on a small machine.
WRITER_LIMIT_MB = 256


def index_exists(path: str | os.PathLike) -> bool:
    """Return True when ``path`` holds a searchidx index (readable or not)."""
    # Whoosh's exists_in() reads the table of contents and raises when it is
    # damaged; its presence is what says an index is there.
    try:
        return any(Path(path).glob(f"_{INDEX_NAME}_*.toc"))
    except OSError:
        return False


def create_index(path: str | os.PathLike) -> FileIndex:
    """Create an empty index at ``path`` (the folder is made if missing).

    When another process created it meanwhile, open that one instead.
    """
    patches.install()
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Under the write lock: two `searchidx index` runs starting on a new
        # index at once must not have the second wipe what the first committed.
        lock = FileLock(os.fspath(folder / f"{INDEX_NAME}_WRITELOCK"))
        if not try_for(lock.acquire, timeout=DEFAULT_WRITE_TIMEOUT):
            raise IndexLockedError(path, DEFAULT_WRITE_TIMEOUT)
        try:
            if index_exists(folder):
                return open_index(folder)
            _refuse_segments_without_toc(folder)
            # The version file first: the table of contents is what makes an
            # index exist, so a process killed in between leaves no index
            # rather than one every later open refuses as "not a searchidx index".
            _write_atomically(
                folder / _VERSION_FILE,
                json.dumps({"schema_version": SCHEMA_VERSION}) + "\n",
            )
            write_toc(
                FileStorage(os.fspath(folder)), INDEX_NAME, TOC(build_schema(), [], 0)
            )
            # Opened again rather than kept: the index create_in returns
            # hands every writer its one schema object, and a writer must
            # have fields of its own (schema._SpellingWords keeps state).
            return _open_latest(folder)
        finally:
            lock.release()
    except OSError as error:
        raise IndexFormatError(
            path, f"cannot create the index here ({error.strerror or error})"
        ) from error


def _write_atomically(file: Path, text: str) -> None:
    partial = file.with_name(file.name + ".partial")
    partial.write_text(text)
    os.replace(partial, file)


def open_index(path: str | os.PathLike) -> FileIndex:
    """Open the index at ``path``.

    Raises:
        IndexNotFoundError: there is no index there.
        IndexFormatError: it was built by another schema version, or is damaged.
        EngineVersionError: the installed Whoosh is not the pinned release.
    """
    patches.install()
    if not index_exists(path):
        _refuse_segments_without_toc(Path(path))
        raise IndexNotFoundError(path)
    version = _read_schema_version(Path(path))
    if version == "unknown":
        raise IndexFormatError(
            path,
            f"not a searchidx v{SCHEMA_VERSION} index (no readable {_VERSION_FILE}); "
            f"rebuild it: delete the folder and run searchidx --index {os.fspath(path)} index PATH...",
        )
    if version != SCHEMA_VERSION:
        raise IndexFormatError(
            path,
            f"built by schema v{version}, this is v{SCHEMA_VERSION}; "
            f"rebuild it: delete the folder and run searchidx --index {os.fspath(path)} index PATH...",
        )
    try:
        storage_index = _open_latest(path)
        remove_leftovers(storage_index, path)
        return storage_index
    except PermissionError as error:
        raise IndexFormatError(path, "permission denied reading the index") from error
    except ChecksumError as error:
        raise IndexFormatError(
            path, f"the index is damaged ({error}); rebuild it"
        ) from error
    # A truncated or foreign file surfaces as any of these from Whoosh's unpickling.
    except (
        EmptyIndexError,
        IndexVersionError,
        WhooshIndexError,
        OSError,
        ValueError,
        EOFError,
        IndexError,
        KeyError,
        TypeError,
        AttributeError,
        ImportError,
        pickle.UnpicklingError,
    ) as error:
        raise IndexFormatError(
            path, f"the index is damaged ({type(error).__name__}); rebuild it"
        ) from error


def _open_latest(path: str | os.PathLike) -> FileIndex:
    """Open the newest table of contents, retrying when a commit replaces it.

    Whoosh lists the folder, then opens the newest table of contents; a
    writer committing in between deletes it (FileNotFoundError). The newer
    one is there at the next look, as Whoosh's own reader assumes.
    """
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            # Checked before Whoosh unpickles it: a changed byte there can
            # name any module to import.
            recorded = committed_generation(Path(path))  # before listing: see there
            storage = FileStorage(os.fspath(path))
            latest = TOC._latest_generation(storage, INDEX_NAME)
            check_not_rolled_back(Path(path), recorded, latest)
            verify_toc(Path(path), INDEX_NAME, latest)
            return whoosh_index.open_dir(os.fspath(path), indexname=INDEX_NAME)
        except FileNotFoundError:
            if attempt == _OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")


def _refuse_segments_without_toc(folder: Path) -> None:
    """Raise when ``folder`` holds segments but no table of contents lists them.

    Such a folder is an index whose table of contents was lost: creating a
    new index there would delete its segments as leftovers.
    """
    try:
        segments = sorted(folder.glob(f"{INDEX_NAME}_*.seg"))
    except OSError:
        return
    if segments:
        raise IndexFormatError(
            folder,
            f"holds {len(segments)} segment files but no table of contents "
            f"(_{INDEX_NAME}_N.toc); the index is damaged and was left as it is: "
            "restore the folder from a backup, or delete it and rebuild",
        )


_OPEN_ATTEMPTS = 20


def _read_schema_version(folder: Path) -> int | str:
    try:
        return json.loads((folder / _VERSION_FILE).read_text())["schema_version"]
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown"


# How often a waiting writer reports that it is still waiting.
WAIT_REPORT_EVERY_S = 5.0
# Lock files held by this process's open writers (their descriptors).
_held_locks: set[int] = set()
# The pid of the process about to fork, read by the child: its parent may be
# killed before the child's first step, and os.getppid() would then name
# whichever process adopted the orphan.
_forking_pid = os.getpid()


def _remember_forking_pid() -> None:
    global _forking_pid
    _forking_pid = os.getpid()


def _drop_inherited_locks() -> None:
    """In a forked child, let go of the write locks the parent holds.

    Whoosh's lock is flock(), which a forked child shares with its parent:
    a worker process (Whoosh's multiprocess writer, the ingest pool) forked
    while the parent writes would keep the index locked after the parent is
    killed, for as long as the orphan lives. Pointing the descriptor at
    /dev/null keeps its number taken, so nothing else is opened on it and
    later releases of it are harmless.
    """
    if not _held_locks:
        return
    devnull = os.open(os.devnull, os.O_RDONLY)
    for fd in _held_locks:
        os.dup2(devnull, fd)
    os.close(devnull)
    _held_locks.clear()
    threading.Thread(
        target=_exit_with_parent, args=(_forking_pid,), daemon=True
    ).start()


def _exit_with_parent(parent: int) -> None:
    # A worker forked by a writer has nothing to do once the writer is gone
    # (killed): without this it would wait on its job queue forever. A
    # parent gone before this starts is caught too: the child was adopted.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


os.register_at_fork(before=_remember_forking_pid, after_in_child=_drop_inherited_locks)


@contextmanager
def open_writer(
    storage_index,
    path: str | os.PathLike,
    *,
    timeout: float = DEFAULT_WRITE_TIMEOUT,
    procs: int = 1,
    on_wait: Callable[[float, float], None] | None = None,
) -> Iterator[IndexWriter]:
    """Yield a writer that commits when the block ends and cancels on error.

    Args:
        procs: processes that build the new segments; above 1, Whoosh's
            multiprocess writer, each process writing its own segment (worth
            its start-up cost only for large batches).
        on_wait: called with (seconds waited, timeout) every few seconds
            while another process holds the write lock.

    Raises:
        IndexLockedError: another process held the lock for ``timeout`` seconds.
        IndexWriteError: the index cannot be written (permission, disk full).
    """
    writer = _wait_for_writer(storage_index, path, timeout, procs, on_wait)
    lock_fd = getattr(writer.writelock, "fd", None)
    if lock_fd is not None:
        _held_locks.add(lock_fd)
    try:
        try:
            yield writer
        except WriterProcessDied as error:  # found while handing out documents
            _cancel_quietly(writer)
            raise IndexWriteError(path, str(error)) from error
        except BaseException:
            _cancel_quietly(writer)
            raise
        try:
            writer.commit()
        except BaseException as error:
            # Whoosh writes new segment files first and the table of contents
            # last (renamed into place), so a failed commit leaves the previous
            # commit as the index; the next open removes the partial files.
            # Whatever failed, the lock must go, or every later write waits.
            _cancel_quietly(writer)
            if isinstance(error, OSError):
                raise IndexWriteError(path, error.strerror or str(error)) from error
            if isinstance(error, WriterProcessDied):
                raise IndexWriteError(path, str(error)) from error
            raise
    finally:
        _held_locks.discard(lock_fd)


def _wait_for_writer(storage_index, path, timeout, procs, on_wait) -> IndexWriter:
    """Take the write lock, waiting up to ``timeout`` s, then make the writer.

    The lock is taken here rather than by Whoosh's writer, which keeps it when
    its constructor fails (a full disk on the new segment's first file).
    """
    lock = storage_index.lock("WRITELOCK")
    started = last_report = time.monotonic()
    try:
        while not lock.acquire(blocking=False):
            now = time.monotonic()
            if now - started >= timeout:
                raise IndexLockedError(path, timeout)
            if on_wait is not None and now - last_report >= WAIT_REPORT_EVERY_S:
                last_report = now
                on_wait(now - started, timeout)
            time.sleep(min(0.1, timeout - (now - started)))
    except OSError as error:  # the lock file cannot be made: a read-only folder
        raise IndexWriteError(path, error.strerror or str(error)) from error
    codec = Codec()
    extra = {}
    if procs > 1:
        # The pool limit shared among the writer processes: each with the whole
        # limit, the processes together held more memory at the same speed
        # (docs/benchmarks.md).
        extra = {
            "procs": procs,
            "multisegment": True,
            "subargs": {"limitmb": WRITER_LIMIT_MB // procs, "codec": codec},
        }
    try:
        if procs > 1:
            writer = CheckedMpWriter(
                storage_index, _lk=False, limitmb=WRITER_LIMIT_MB, codec=codec, **extra
            )
        else:
            writer = storage_index.writer(
                _lk=False, limitmb=WRITER_LIMIT_MB, codec=codec
            )
    except BaseException as error:
        lock.release()
        if isinstance(error, OSError):
            raise IndexWriteError(path, error.strerror or str(error)) from error
        raise
    writer.writelock = lock  # released by the writer's commit or cancel
    # On this writer only, never on Whoosh's class: record checksums and
    # fsync before the table of contents makes the commit visible.
    writer._commit_toc = partial(commit_toc_durably, writer)
    return writer


def _cancel_quietly(writer) -> None:
    """Release the lock and temporary files of a writer that failed."""
    try:
        if not writer.is_closed:
            writer.cancel()
    except Exception:  # the commit's own error is the one to report
        log.debug("cancelling a failed writer", exc_info=True)
        lock = getattr(writer, "writelock", None)
        if lock is not None and lock.fd is not None:
            lock.release()


_TEMP_TOC = re.compile(rf"^_{INDEX_NAME}_\d+\.toc\..+$")
# A writer's temporary folder, and the random-named ones Whoosh's storage makes.
_TEMP_FOLDER = re.compile(rf"^(?:{INDEX_NAME}|[0-9a-z]{{28}})\.tmp$")


def remove_leftovers(storage_index, path: str | os.PathLike) -> list[str]:
    """Delete what a killed writer left in the index folder; return the names.

    A writer killed mid-run leaves segment files no table of contents lists,
    a half-written table of contents (``_searchidx_N.toc.<time>``) and its
    temporary folder (``searchidx.tmp``). None of it is ever read, but it
    takes disk space. They are removed only while holding the write lock,
    so never under a live writer, and only names Whoosh itself creates.
    """
    folder = Path(path)
    try:
        if not _leftovers(storage_index, folder):
            return []
        lock = storage_index.lock("WRITELOCK")
        if not lock.acquire(blocking=False):
            return []  # a live writer: its files are not leftovers
    except OSError:
        return []  # a read-only folder: leave it as it is
    try:
        removed = _leftovers(storage_index, folder)
        for name in removed:
            target = folder / name
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)
        if removed:
            log.info("removed %d leftover files from %s", len(removed), folder)
        return removed
    except OSError:
        log.debug("removing leftovers from %s", folder, exc_info=True)
        return []
    finally:
        lock.release()


def _leftovers(storage_index, folder: Path) -> list[str]:
    """Return the files and folders of ``folder`` no committed index uses."""
    names = [entry.name for entry in folder.iterdir()]
    segment_name = TOC._segment_pattern(INDEX_NAME)
    toc_name = TOC._pattern(INDEX_NAME)
    live = {segment.segment_id() for segment in storage_index._segments()}
    latest = storage_index.latest_generation()
    found = []
    for name in names:
        if _TEMP_FOLDER.match(name):
            found.append(name)
        elif _TEMP_TOC.match(name):
            found.append(name)
        elif (match := toc_name.match(name)) and int(match.group(1)) != latest:
            found.append(name)
        elif (match := segment_name.match(name)) and match.group(1) not in live:
            found.append(name)
    return found


def index_size_bytes(path: str | os.PathLike) -> int:
    """Return the bytes the index's files take on disk."""
    return sum(
        entry.stat().st_size for entry in Path(path).iterdir() if entry.is_file()
    )


def _verified_generation(storage_index, generation: int) -> int:
    """Check the TOC of ``generation`` (or a newer one, if a commit replaced it).

    Raises:
        ChecksumError: the table of contents was altered.
    """
    folder = Path(storage_index.storage.folder)
    for _ in range(_OPEN_ATTEMPTS):
        try:
            verify_toc(folder, INDEX_NAME, generation)
            return generation
        except FileNotFoundError:
            time.sleep(0.05)
            generation = storage_index.latest_generation()
    raise ChecksumError("the table of contents keeps changing")


class SearcherCache:
    """One open searcher per Index, reused across searches and refreshed on change.

    Opening a Whoosh searcher reads every segment's term files, which costs
    more than a search itself (docs/benchmarks.md). Reusing it, and refreshing
    only when another commit has happened (a cheap look at the table of
    contents' generation), keeps a search at the cost of the search.
    """

    def __init__(self, storage_index) -> None:
        self._storage_index = storage_index
        self._searcher = None
        self._reader: Reader | None = None
        self._generation = -1
        self._lock = threading.Lock()  # Whoosh searchers are not thread-safe

    @contextmanager
    def current(self):
        """Yield an up-to-date Reader, held exclusively for the block."""
        with self._lock:
            generation = self._storage_index.latest_generation()
            if self._searcher is None or generation != self._generation:
                # A new searcher, not Whoosh's refresh(): refreshed searchers
                # kept showing updated and deleted documents here.
                if self._searcher is not None:
                    self._searcher.close()
                    self._searcher = self._reader = None
                generation = _verified_generation(self._storage_index, generation)
                self._searcher = self._storage_index.searcher(weighting=bm25f())
                self._reader = Reader(self._searcher)
                self._generation = generation
            yield self._reader

    def close(self) -> None:
        """Close the searcher, if one is open."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None


def verify_index(storage_index) -> tuple[int, int, list[str]]:
    """Open every segment, read its terms and stored documents; report what is wrong.

    Returns (documents, segments, problems). A segment is wrong when its
    files are missing or cannot be read back; a document when its stored
    content hash no longer matches its stored fields (the index was altered
    outside searchidx, or a write was torn) or its id appears in more than
    one live document; the index when the documents read differ from the
    count its table of contents records.
    """
    from whoosh.reading import SegmentReader

    from ..documents import hash_content  # local: store otherwise needs no records
    from .mapping import stored_to_document

    problems: list[str] = []
    documents = expected = 0
    seen: dict[str, int] = {}
    folder = Path(storage_index.storage.folder)
    recorded = committed_generation(folder)
    toc = storage_index._read_toc()
    try:
        check_not_rolled_back(folder, recorded, toc.generation)
        verify_toc(folder, INDEX_NAME, toc.generation)
    except (ChecksumError, OSError) as error:
        problems.append(
            f"table of contents {toc.generation}: {error}; rebuild the index"
        )
    for segment in toc.segments:
        expected += segment.doc_count()
        reader = None
        try:
            verify_segment_files(folder, segment)
            reader = SegmentReader(
                storage_index.storage, toc.schema, segment, generation=toc.generation
            )
            for _term in reader.all_terms():
                pass  # every term of the term index decodes
            for fields in reader.all_stored_fields():  # live documents only
                documents += 1
                doc_id = fields.get("id", "")
                seen[doc_id] = seen.get(doc_id, 0) + 1
                if fields.get("content_hash") != hash_content(
                    stored_to_document(fields)
                ):
                    problems.append(
                        f"document {doc_id!r}: its fields do not match its content hash"
                    )
        except DAMAGE as error:
            reason = " ".join(f"{type(error).__name__}: {error}".split())
            problems.append(
                f"segment {segment.segment_id()}: cannot be read ({reason}); "
                "rebuild the index"
            )
        finally:
            if reader is not None:
                reader.close()
    problems += [
        f"id {doc_id!r} is held by {n} documents" for doc_id, n in seen.items() if n > 1
    ]
    if documents != expected and not problems:
        problems.append(f"{documents} documents read, but the index counts {expected}")
    return documents, len(toc.segments), problems


def find_damage(storage_index) -> str | None:
    """Return the first damaged file of the current commit, in one line, or None.

    Called when a search or write fails inside Whoosh: a failure with every
    checksum right is a bug, not damage.
    """
    folder = Path(storage_index.storage.folder)
    if not index_exists(folder):
        return "its table of contents is missing (restore the folder from a backup)"
    try:
        toc = storage_index._read_toc()
        verify_toc(folder, INDEX_NAME, toc.generation)
        for segment in toc.segments:
            try:
                verify_segment_files(folder, segment)
            except ChecksumError as error:
                return f"segment {segment.segment_id()} is damaged ({error})"
    except FileNotFoundError:
        return None  # a commit replaced it meanwhile: not damage
    except (ChecksumError, *DAMAGE) as error:
        return f"the table of contents is damaged ({error})"
    return None


# What reading a truncated, altered or missing segment file raises in Whoosh.
DAMAGE = (
    OSError,
    EOFError,
    ValueError,
    IndexError,
    KeyError,
    TypeError,
    AttributeError,
    AssertionError,
    struct.error,
    zlib.error,
    zstandard.ZstdError,
    pickle.UnpicklingError,
    WhooshIndexError,
    ChecksumError,
    TermNotFound,
)


class Writer:
    """Adds, replaces and deletes documents by id; commits when its block ends."""

    def __init__(self, whoosh_writer) -> None:
        self._writer = whoosh_writer

    def add(self, fields: dict) -> None:
        """Add a new document (its id is not in the index)."""
        self._writer.add_document(**fields)

    def replace(self, fields: dict) -> None:
        """Replace the document with ``fields["id"]`` (or add it)."""
        self._writer.update_document(**fields)

    def delete(self, doc_id: str) -> int:
        """Delete the document ``doc_id``; return how many were there (0 or 1)."""
        return self._writer.delete_by_term("id", doc_id)


class Store:
    """An index folder, open: readers, a writer at a time, checks.

    Made only by ``create``/``open`` (the one way the engine's files are
    opened with its patches, codec and checksums in place).
    """

    def __init__(self, path: str | os.PathLike, storage_index, *, _token=None):
        if _token is not _STORE_TOKEN:
            raise TypeError("open a Store with Store.open() or Store.create()")
        self.path = Path(path)
        self._index = storage_index
        self._readers = SearcherCache(storage_index)

    @staticmethod
    def exists(path: str | os.PathLike) -> bool:
        """Return True when ``path`` holds an index (readable or not)."""
        return index_exists(path)

    @classmethod
    def create(cls, path: str | os.PathLike) -> Store:
        """Create an empty index at ``path``, or open the one made meanwhile."""
        return cls(path, create_index(path), _token=_STORE_TOKEN)

    @classmethod
    def open(cls, path: str | os.PathLike) -> Store:
        """Open the index at ``path`` (IndexNotFoundError, IndexFormatError)."""
        return cls(path, open_index(path), _token=_STORE_TOKEN)

    def doc_count(self) -> int:
        """Return the number of live documents at the latest commit."""
        return self._index.doc_count()

    def reading(self):
        """A context yielding the Reader of the latest commit, held for the block.

        The reader is kept between blocks and replaced after a commit.
        """
        return self._readers.current()

    @contextmanager
    def fresh_reader(self) -> Iterator[Reader]:
        """Yield a Reader of its own on the latest commit, closed after the block."""
        with self._index.searcher(weighting=bm25f()) as searcher:
            yield Reader(searcher)

    @contextmanager
    def writing(
        self,
        *,
        timeout: float = DEFAULT_WRITE_TIMEOUT,
        procs: int = 1,
        on_wait: Callable[[float, float], None] | None = None,
    ) -> Iterator[Writer]:
        """Yield a Writer under the write lock; commit at the end, cancel on error.

        Raises:
            IndexLockedError: another process held the lock for ``timeout`` s.
            IndexWriteError: the index cannot be written (permission, disk full).
        """
        with open_writer(
            self._index, self.path, timeout=timeout, procs=procs, on_wait=on_wait
        ) as writer:
            yield Writer(writer)

    def check(self) -> tuple[int, int, list[str]]:
        """Read every segment and document; return (documents, segments, problems)."""
        return verify_index(self._index)

    def damage(self, error: BaseException) -> str | None:
        """Return which file is damaged when ``error`` came from one, else None."""
        if not isinstance(error, DAMAGE):
            return None
        return find_damage(self._index)

    def segment_count(self) -> int:
        """Return how many segments the latest commit holds."""
        return len(self._index._segments())

    def size_bytes(self) -> int:
        """Return the size of the index's files."""
        return index_size_bytes(self.path)

    def close(self) -> None:
        """Release the readers and the files."""
        self._readers.close()
        self._index.close()


_STORE_TOKEN = object()
