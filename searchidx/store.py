"""The on-disk index: create, open, lock for writing; Whoosh's errors made ours."""

from __future__ import annotations

import json
import logging
import os
import pickle
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.base import FieldWriter
from whoosh.codec.whoosh3 import W3PerDocReader
from whoosh.filedb.structfile import BufferFile
from whoosh.index import EmptyIndexError, FileIndex, IndexVersionError, LockError
from whoosh.index import IndexError as WhooshIndexError  # not the builtin
from whoosh.writing import IndexWriter

from .errors import (
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    IndexWriteError,
)
from .schema import SCHEMA_VERSION, bm25f, build_schema

log = logging.getLogger(__name__)


def _cache_missing_length_columns() -> None:
    """Make Whoosh remember that a field has no length column.

    Whoosh 2.7.5 (unmaintained) caches a segment's length readers but not
    their absence, so for every posting of a field without lengths (id, path,
    source, the spelling field...) its commit asks the disk whether the file
    exists: 0.9 million stat calls for 3,600 releases, a quarter of indexing.
    Segments are immutable, so an absent column stays absent.
    """
    original = W3PerDocReader._cached_reader

    def cached_reader(self, fieldname, column):
        if fieldname not in self._readers:
            self._readers[fieldname] = original(self, fieldname, column)
        return self._readers[fieldname]

    W3PerDocReader._cached_reader = cached_reader


_cache_missing_length_columns()


class _LengthsByField:
    """A segment's field lengths, each read from its column once, not per posting.

    At commit Whoosh looks up the document's field length for every posting
    it writes (1.9 million lookups for 10,000 releases, each a column read
    and an unpack: 9% of indexing time in cProfile); a release has one
    length per field, so remembering them serves the rest from a dict.
    """

    def __init__(self, lengths) -> None:
        self._lengths = lengths
        self._by_field: dict[str, dict[int, int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        by_doc = self._by_field.setdefault(fieldname, {})
        length = by_doc.get(docnum)
        if length is None:
            length = by_doc[docnum] = self._lengths.doc_field_length(
                docnum, fieldname, default
            )
        return length


def _remember_field_lengths_at_commit() -> None:
    original = FieldWriter.add_postings

    def add_postings(self, schema, lengths, items):
        cached = _LengthsByField(lengths) if lengths else lengths
        return original(self, schema, cached, items)

    FieldWriter.add_postings = add_postings


_remember_field_lengths_at_commit()


class _ViewFile:
    """A read-only file over a memoryview of the index's mmap, copying nothing."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        end = len(self._view)
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        data = bytes(self._view[self._position : end])
        self._position = max(self._position, end)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int = -1) -> bytes:
        line = b""
        while not line.endswith(b"\n") and self._position < len(self._view):
            line += self.read(256 if size < 0 else min(256, size - len(line)))
            if 0 <= size <= len(line):
                break
        cut = line.find(b"\n") + 1
        if cut:
            self._position -= len(line) - cut
            line = line[:cut]
        return line

    def __iter__(self):
        while line := self.readline():
            yield line

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._position, len(self._view))[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._view = memoryview(b"")


def _read_compound_files_in_place() -> None:
    """Stop Whoosh copying each part of a segment into memory when opening it.

    Whoosh maps a segment file and opens each part (postings, terms, stored
    fields...) as a BytesIO over its slice, which copies the slice: a fresh
    process's first search on 30,000 releases spent 112 ms of 169 ms copying
    and held 470 MB. Reads now go straight to the mapped file.
    """

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _ViewFile(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    BufferFile.__init__ = __init__


_read_compound_files_in_place()

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
    """Create an empty index at ``path`` (the folder is made if missing)."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        storage_index = whoosh_index.create_in(
            os.fspath(folder), build_schema(), indexname=INDEX_NAME
        )
        (folder / _VERSION_FILE).write_text(
            json.dumps({"schema_version": SCHEMA_VERSION}) + "\n"
        )
    except OSError as error:
        raise IndexFormatError(
            path, f"cannot create the index here ({error.strerror or error})"
        ) from error
    return storage_index


def open_index(path: str | os.PathLike) -> FileIndex:
    """Open the index at ``path``.

    Raises:
        IndexNotFoundError: there is no index there.
        IndexFormatError: it was built by another schema version, or is damaged.
    """
    if not index_exists(path):
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
        return whoosh_index.open_dir(os.fspath(path), indexname=INDEX_NAME)
    except PermissionError as error:
        raise IndexFormatError(path, "permission denied reading the index") from error
    # A truncated or foreign file surfaces as any of these from Whoosh's unpickling.
    except (EmptyIndexError, IndexVersionError, WhooshIndexError, OSError, ValueError, EOFError,
            IndexError, KeyError, TypeError, AttributeError, pickle.UnpicklingError) as error:  # fmt: skip
        raise IndexFormatError(
            path, f"the index is damaged ({type(error).__name__}); rebuild it"
        ) from error


def _read_schema_version(folder: Path) -> int | str:
    try:
        return json.loads((folder / _VERSION_FILE).read_text())["schema_version"]
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown"


@contextmanager
def open_writer(
    storage_index,
    path: str | os.PathLike,
    *,
    timeout: float = DEFAULT_WRITE_TIMEOUT,
    procs: int = 1,
) -> Iterator[IndexWriter]:
    """Yield a writer that commits when the block ends and cancels on error.

    Args:
        procs: processes that build the new segments; above 1, Whoosh's
            multiprocess writer, each process writing its own segment (worth
            its start-up cost only for large batches).

    Raises:
        IndexLockedError: another process held the lock for ``timeout`` seconds.
    """
    extra = {"procs": procs, "multisegment": True} if procs > 1 else {}
    try:
        writer = storage_index.writer(timeout=timeout, limitmb=WRITER_LIMIT_MB, **extra)
    except LockError as error:
        raise IndexLockedError(path, timeout) from error
    except OSError as error:
        raise IndexWriteError(path, error.strerror or str(error)) from error
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    try:
        writer.commit()
    except OSError as error:
        # Whoosh writes new segment files first and the table of contents last,
        # so a failed commit leaves the previous commit as the index.
        raise IndexWriteError(path, error.strerror or str(error)) from error


def index_size_bytes(path: str | os.PathLike) -> int:
    """Return the bytes the index's files take on disk."""
    return sum(
        entry.stat().st_size for entry in Path(path).iterdir() if entry.is_file()
    )


class SearcherCache:
    """One open searcher per Index, reused across searches and refreshed on change.

    Opening a Whoosh searcher reads every segment's term files: about 40 ms on
    5,000 releases, four times the search itself. Reusing it, and refreshing
    only when another commit has happened (a cheap look at the table of
    contents' generation), keeps a search at the cost of the search.
    """

    def __init__(self, storage_index) -> None:
        self._storage_index = storage_index
        self._searcher = None
        self._generation = -1
        self._lock = threading.Lock()  # Whoosh searchers are not thread-safe

    @contextmanager
    def current(self):
        """Yield an up-to-date searcher, held exclusively for the block."""
        with self._lock:
            generation = self._storage_index.latest_generation()
            if self._searcher is None or generation != self._generation:
                # A new searcher, not Whoosh's refresh(): refreshed searchers
                # kept showing updated and deleted documents here.
                if self._searcher is not None:
                    self._searcher.close()
                self._searcher = self._storage_index.searcher(weighting=bm25f())
                self._generation = generation
            yield self._searcher

    def close(self) -> None:
        """Close the searcher, if one is open."""
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None


def verify_index(searcher) -> tuple[int, int, list[str]]:
    """Read every stored document of every segment and report what is wrong.

    Returns (documents, segments, problems). A document is wrong when its
    stored content hash no longer matches its stored fields (the index was
    altered outside searchidx, or a write was torn) or when its id appears in
    more than one live document.
    """
    from .documents import hash_content  # local: store otherwise needs no records
    from .schema import stored_to_document

    problems: list[str] = []
    reader = searcher.reader()
    documents = 0
    seen: dict[str, int] = {}
    for fields in reader.all_stored_fields():  # live documents only
        documents += 1
        doc_id = fields.get("id", "")
        seen[doc_id] = seen.get(doc_id, 0) + 1
        document = stored_to_document(fields)
        if fields.get("content_hash") != hash_content(document):
            problems.append(
                f"document {doc_id!r}: its fields do not match its content hash"
            )
    problems += [
        f"id {doc_id!r} is held by {n} documents" for doc_id, n in seen.items() if n > 1
    ]
    if documents != searcher.doc_count():
        problems.append(
            f"{documents} documents read, but the index counts {searcher.doc_count()}"
        )
    segments = len(reader.leaf_readers()) if hasattr(reader, "leaf_readers") else 1
    return documents, segments, problems
