"""What a commit writes, made durable and checkable: checksums and fsync.

Whoosh writes a commit as new segment files plus a table of contents (TOC)
renamed into place, with no checksum and no fsync. A flipped bit in a
posting block could then pass ``searchidx check`` and break a later search,
and a power cut could lose a commit already reported done. Here:

- every segment file's size and CRC-32 are recorded on its segment object,
  which the TOC pickles, so the TOC carries the checksums of every file it
  lists;
- the TOC itself ends with a trailer holding its own CRC-32, checked
  whenever a TOC is opened;
- segment files, the TOC and the folder are fsync'ed before the TOC's
  rename is reported as the commit.

``check`` re-reads every file against these checksums, so any changed byte
of a segment or TOC is reported, whatever part of the file it lands in.
"""

from __future__ import annotations

import io
import os
import struct
import time
import zlib
from pathlib import Path

from whoosh.filedb.structfile import StructFile
from whoosh.index import TOC, clean_files

# The TOC's trailer: a marker and the CRC-32 of every byte before it. Whoosh's
# reader stops at the end of its pickle, so it never sees the trailer.
_TRAILER = struct.Struct("<8sQI")  # marker, generation, CRC-32
_MARKER = b"SIDXCRC2"
# The generation of the last commit, written after its table of contents: a
# table of contents older than it was put back by hand (a restored or copied
# file), and opening it would delete the newer segments as leftovers.
GENERATION_FILE = "searchidx.generation"
# Where the checksums of a segment's files live on the (pickled) segment.
_FILES_ATTRIBUTE = "searchidx_files"
_CHUNK = 1 << 20


class ChecksumError(Exception):
    """A file's bytes differ from the checksum recorded when it was written."""


def file_checksum(path: Path, *, sync: bool = False) -> tuple[int, int]:
    """Return (size, CRC-32) of ``path``; with ``sync``, fsync it as well."""
    crc = size = 0
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
        if sync:
            os.fsync(file.fileno())
    return size, crc


def sync_folder(folder: Path) -> None:
    """fsync a folder, so that files created or renamed in it survive a power cut."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _folder_of(storage) -> Path:
    return Path(storage.folder)


def record_segment_checksums(storage, segments) -> None:
    """Checksum and fsync the files of each new segment (one without checksums)."""
    folder = _folder_of(storage)
    for segment in segments:
        if getattr(segment, _FILES_ATTRIBUTE, None) is not None:
            continue  # written and recorded by an earlier commit
        files = {
            name: file_checksum(folder / name, sync=True)
            for name in sorted(segment.list_files(storage))
        }
        setattr(segment, _FILES_ATTRIBUTE, files)


def segment_checksums(segment) -> dict[str, tuple[int, int]] | None:
    """Return the recorded {file name: (size, CRC-32)} of a segment, or None."""
    return getattr(segment, _FILES_ATTRIBUTE, None)


def verify_segment_files(folder: Path, segment) -> None:
    """Raise ChecksumError when a segment's files differ from their checksums."""
    recorded = segment_checksums(segment)
    if not recorded:
        raise ChecksumError("no checksums recorded for its files")
    for name, expected in recorded.items():
        try:
            found = file_checksum(folder / name)
        except FileNotFoundError:
            raise ChecksumError(f"{name} is missing") from None
        if found[0] != expected[0]:
            raise ChecksumError(
                f"{name} holds {found[0]:,} bytes, {expected[0]:,} written"
            )
        if found != expected:
            raise ChecksumError(f"{name} does not match its checksum")


class _KeptOpen(io.BytesIO):
    def close(self) -> None:  # Whoosh closes the stream; the bytes are still wanted
        pass


class _CapturingStorage:
    """Just enough of a Whoosh storage for TOC.write to write into memory."""

    def __init__(self) -> None:
        self.buffer = _KeptOpen()

    def create_file(self, name, **_kwargs):
        return StructFile(self.buffer, name=name)

    def rename_file(self, *_args, **_kwargs) -> None:
        pass


def write_toc(storage, indexname: str, toc: TOC) -> None:
    """Write ``toc`` with its checksum trailer, durably: fsync, rename, fsync folder."""
    captured = _CapturingStorage()
    toc.write(captured, indexname)
    data = captured.buffer.getvalue()
    data += _TRAILER.pack(_MARKER, toc.generation, zlib.crc32(data))
    folder = _folder_of(storage)
    name = TOC._filename(indexname, toc.generation)
    # The temporary name is Whoosh's own, which opening an index cleans up
    # after a killed writer.
    partial = f"{name}.{time.time()}"
    stream = storage.create_file(partial)
    try:
        stream.write(data)
        stream.flush()
        os.fsync(stream.file.fileno())
    finally:
        stream.close()
    os.replace(folder / partial, folder / name)
    sync_folder(folder)
    _write_generation(folder, toc.generation)


def _write_generation(folder: Path, generation: int) -> None:
    partial = folder / f"{GENERATION_FILE}.partial"
    with open(partial, "w") as file:
        file.write(f"{generation}\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(partial, folder / GENERATION_FILE)
    sync_folder(folder)


def committed_generation(folder: Path) -> int | None:
    """Return the generation of the last commit, or None when none is recorded."""
    try:
        return int((folder / GENERATION_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def check_not_rolled_back(folder: Path, recorded: int | None, latest: int) -> None:
    """Raise ChecksumError when the newest table of contents predates the last commit.

    ``recorded`` must be read before the tables of contents are listed: a
    commit writes its table of contents first and the generation after.
    """
    if recorded is not None and latest < recorded:
        raise ChecksumError(
            f"its newest table of contents is generation {latest}, but generation "
            f"{recorded} was committed: an older one was put back"
        )


def verify_toc(folder: Path, indexname: str, generation: int) -> None:
    """Raise ChecksumError when the TOC of ``generation`` differs from its checksum.

    Raises:
        FileNotFoundError: there is no TOC of that generation (any more).
    """
    data = (folder / TOC._filename(indexname, generation)).read_bytes()
    if len(data) < _TRAILER.size:
        raise ChecksumError("the table of contents is truncated")
    marker, written_generation, crc = _TRAILER.unpack(data[-_TRAILER.size :])
    if marker != _MARKER:
        raise ChecksumError("the table of contents has no checksum (truncated?)")
    if zlib.crc32(data[: -_TRAILER.size]) != crc:
        raise ChecksumError("the table of contents does not match its checksum")
    if written_generation != generation:
        raise ChecksumError(
            f"table of contents {generation} was written as generation "
            f"{written_generation} (renamed?)"
        )


def commit_toc_durably(writer, segments) -> None:
    """Stand in for a Whoosh writer's ``_commit_toc``: checksums, fsync, then TOC.

    Installed on each writer searchidx opens (store.open_writer), never on
    Whoosh's class.
    """
    record_segment_checksums(writer.storage, segments)
    write_toc(
        writer.storage,
        writer.indexname,
        TOC(writer.schema, segments, writer.generation),
    )
    clean_files(writer.storage, writer.indexname, writer.generation, segments)
