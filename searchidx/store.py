"""The on-disk index: create, open, lock for writing; Whoosh's errors made ours."""

from __future__ import annotations

import json
import logging
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError, FileIndex, IndexVersionError, LockError
from whoosh.index import IndexError as WhooshIndexError  # not the builtin
from whoosh.writing import IndexWriter

from .errors import (
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    IndexWriteError,
)
from .schema import SCHEMA_VERSION, build_schema

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
