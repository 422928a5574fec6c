"""The on-disk index: create, open, lock for writing; Whoosh's errors made ours."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError, IndexVersionError, LockError
from whoosh.writing import IndexWriter

from .errors import IndexFormatError, IndexLockedError, IndexNotFoundError
from .schema import SCHEMA_VERSION, build_schema

log = logging.getLogger(__name__)

INDEX_NAME = "searchidx"
_VERSION_FILE = "searchidx.json"
# Longer than a large batch's commit takes, so a second writer waits for the
# first instead of failing at once (Whoosh's default is not to wait at all).
DEFAULT_WRITE_TIMEOUT = 60.0
# Whoosh's posting pool spills to temporary files past this many MB; 256 keeps
# a desk-sized batch in memory on a small machine.
WRITER_LIMIT_MB = 256


def index_exists(path: str | os.PathLike) -> bool:
    """Return True when ``path`` holds a searchidx index."""
    try:
        return whoosh_index.exists_in(os.fspath(path), indexname=INDEX_NAME)
    except OSError:
        return False


def create_index(path: str | os.PathLike):
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


def open_index(path: str | os.PathLike):
    """Open the index at ``path``.

    Raises:
        IndexNotFoundError: there is no index there.
        IndexFormatError: it was built by another schema version, or is damaged.
    """
    if not index_exists(path):
        raise IndexNotFoundError(path)
    version = _read_schema_version(Path(path))
    if version != SCHEMA_VERSION:
        raise IndexFormatError(
            path,
            f"built by schema v{version}, this is v{SCHEMA_VERSION}; "
            f"rebuild it: delete the folder and run searchidx --index {os.fspath(path)} index PATH...",
        )
    try:
        return whoosh_index.open_dir(os.fspath(path), indexname=INDEX_NAME)
    except (EmptyIndexError, IndexVersionError, OSError, ValueError, EOFError) as error:
        raise IndexFormatError(path, f"the index cannot be read ({error})") from error


def _read_schema_version(folder: Path) -> int | str:
    try:
        return json.loads((folder / _VERSION_FILE).read_text())["schema_version"]
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown"


@contextmanager
def open_writer(
    storage_index, path: str | os.PathLike, *, timeout: float = DEFAULT_WRITE_TIMEOUT
) -> Iterator[IndexWriter]:
    """Yield a writer that commits when the block ends and cancels on error.

    Raises:
        IndexLockedError: another process held the lock for ``timeout`` seconds.
    """
    try:
        writer = storage_index.writer(timeout=timeout, limitmb=WRITER_LIMIT_MB)
    except LockError as error:
        raise IndexLockedError(path, timeout) from error
    try:
        yield writer
    except BaseException:
        writer.cancel()
        raise
    else:
        writer.commit()


def index_size_bytes(path: str | os.PathLike) -> int:
    """Return the bytes the index's files take on disk."""
    return sum(
        entry.stat().st_size for entry in Path(path).iterdir() if entry.is_file()
    )
