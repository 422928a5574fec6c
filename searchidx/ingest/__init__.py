"""Read files and folders of releases into Documents, choosing the reader by content.

The suffix is only a hint: a ``.json`` file that is really a saved page is read
as HTML, a ``.txt`` holding JSON Lines as JSON. Compressed files (gzip) are read
through, with a cap on the decompressed size so a small file cannot fill memory.
charsets.py turns a file's bytes into text.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError, UnsupportedFormatError
from .charsets import (
    SAMPLE_BYTES,
    decode_line,
    decode_text,
    is_binary,
    utf16_bom,
    without_control_bytes,
)
from .json_exports import (
    ErrorHandler,
    read_json_array_stream,
    read_json_export,
    read_json_lines,
)
from .text_dumps import read_text_dump

__all__ = [
    "read_documents",
    "read_file",
    "find_files",
    "text_size",
    "READABLE_SUFFIXES",
]

log = logging.getLogger(__name__)

READABLE_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".shtml",
    ".asp",
    ".aspx",
    ".php",
    ".txt",
    ".text",
    ".json",
    ".jsonl",
    ".ndjson",
)
# Files are read whole. 256 MiB is 8x the largest real dump we have seen
# (~30 MB uncompressed) and caps what a gzip bomb can make us hold in memory.
MAX_FILE_BYTES = 256 << 20
# One JSON Lines record may be this long; nothing real comes near it.
MAX_RECORD_BYTES = 64 << 20
# JSON arrays larger than this are parsed incrementally (ijson) instead of
# whole, so a 1 GB export needs memory for one record, not for the file.
STREAM_ARRAY_BYTES = 64 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "a program",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"7z\xbc\xaf": "a 7z archive",
}
_HTML_SNIFF = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]", re.I
)


def find_files(
    paths: Iterable[str | os.PathLike], *, on_error: ErrorHandler | None = None
) -> Iterator[Path]:
    """Yield the files to read under ``paths``, folders walked recursively.

    Files named directly are always yielded; inside folders only regular files
    with a readable suffix (plus ``.gz`` of one) are, and hidden ones are
    skipped. Pipes and devices are never read: reading one would hang.

    Args:
        on_error: called with the error for a path that does not exist or is
            not a regular file, and the walk goes on; when None it is raised.

    Raises:
        IngestError: a path does not exist (only when ``on_error`` is None).
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    file = Path(root) / name
                    if (
                        not name.startswith(".")
                        and _has_readable_suffix(name)
                        and file.is_file()
                    ):
                        yield file
            continue
        if path.is_file():
            yield path
            continue
        reason = (
            "not a regular file (a pipe or device)"
            if path.exists()
            else "no such file or folder"
        )
        if on_error is None:
            raise IngestError(path, reason)
        on_error(IngestError(path, reason))


def _has_readable_suffix(name: str) -> bool:
    lowered = name.lower().removesuffix(".gz")
    return lowered.endswith(READABLE_SUFFIXES)


def read_documents(
    path: str | os.PathLike,
    *,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Yield the Documents in a file or a folder (recursively).

    Args:
        path: a file or folder.
        on_error: called with each file's or record's IngestError, and reading
            goes on; when None, the first error is raised.
        mapping: document field -> key, for JSON exports (see read_file).

    Raises:
        IngestError: a file cannot be read (only when ``on_error`` is None).
    """
    for file in find_files([path]):
        try:
            yield from read_file(file, on_error=on_error, mapping=mapping)
        except IngestError as error:
            if on_error is None:
                raise
            on_error(error)


def read_file(
    path: str | os.PathLike,
    *,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Yield the Documents in one file, whatever its format.

    JSON Lines files (gzip-compressed or not) are streamed one record at a
    time, so their size is not limited by memory; other files are read whole,
    up to MAX_FILE_BYTES.

    Args:
        on_error: called with each bad record's error (JSON); None raises it.
        mapping: document field -> key, for JSON exports (``{"body": "contents"}``).

    Raises:
        IngestError: the file is unreadable, binary, empty or malformed.
    """
    name = os.fspath(path)
    with _open_binary(name) as stream:
        head = _read(stream, name, _HEAD_BYTES)
        if _is_json_lines(head):
            lines = _decoded_lines(head, stream, name)
            yield from read_json_lines(lines, name, on_error, mapping)
            return
        data = head + _read(stream, name, max(0, STREAM_ARRAY_BYTES + 1 - len(head)))
        if (
            len(data) > STREAM_ARRAY_BYTES
            and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"["
            and utf16_bom(data[:4096]) is None
        ):
            # A big JSON array: parse it record by record from the start.
            stream.seek(0)
            yield from read_json_array_stream(stream, name, on_error, mapping)
            return
        data += _read(stream, name, MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise IngestError(
            name, f"larger than {MAX_FILE_BYTES >> 20} MiB; split it into smaller files"
        )
    yield from _read_data(data, name, on_error, mapping)


def _read_data(
    data: bytes,
    name: str,
    on_error: ErrorHandler | None,
    mapping: Mapping[str, str] | None,
) -> Iterator[Document]:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.strip():
        raise EmptyDocumentError(name, "the file is empty")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedFormatError(name, f"{what}, not HTML, text or JSON")
    bom = utf16_bom(data[:SAMPLE_BYTES])
    if bom is not None:
        # Said once, with the mark it lacks, the text reads as marked UTF-16.
        data = bom + data
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not is_utf16:
        if is_binary(data[:SAMPLE_BYTES]):
            raise UnsupportedFormatError(name, "binary data, not HTML, text or JSON")
        data = without_control_bytes(data)
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if is_utf16:
        # UTF-16 text (Windows tools write it): sniff the decoded text instead.
        text = decode_text(data, name)
        if text.lstrip()[:1] in ("{", "["):
            yield from read_json_export(text, name, on_error, mapping)
        elif text.lstrip()[:1] == "<":
            yield from _read_html_page(data, name)
        else:
            yield from read_text_dump(text, name)
        return
    if head[:1] in (b"{", b"["):
        yield from read_json_export(decode_text(data, name), name, on_error, mapping)
    elif (
        head[:1] == b"<"
        and _HTML_SNIFF.search(data[:4096])
        or name.lower().endswith((".html", ".htm", ".xhtml"))
    ):
        yield from _read_html_page(data, name)
    else:
        yield from read_text_dump(decode_text(data, name), name)


def _read_html_page(data: bytes, name: str) -> Iterator[Document]:
    # Imported on first use: bs4 and lxml take 50 ms to import, which every
    # `searchidx query` in a fresh process would pay without reading a page.
    from .html_pages import read_html_page

    return read_html_page(data, name)


# Enough to hold the first record of any JSON Lines export we have seen, and
# to sniff every other format.
_HEAD_BYTES = 1 << 20


@contextmanager
def _open_binary(name: str) -> Iterator[BinaryIO]:
    """Open ``name`` for reading bytes, through gzip when it is compressed."""
    try:
        raw = open(name, "rb")  # noqa: SIM115 - closed below, after the caller's reads
    except IsADirectoryError as error:
        raise IngestError(name, "is a folder, not a file") from error
    except PermissionError as error:
        raise IngestError(name, "permission denied") from error
    except FileNotFoundError as error:
        raise IngestError(name, "no such file") from error
    except OSError as error:
        raise IngestError(
            name, f"cannot be read ({error.strerror or error})"
        ) from error
    with raw:
        try:
            is_gzip = raw.read(2) == _GZIP_MAGIC
            raw.seek(0)
        except OSError as error:
            raise IngestError(
                name, f"cannot be read ({error.strerror or error})"
            ) from error
        if is_gzip:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                yield unzipped
        else:
            yield raw


def text_size(path: str | os.PathLike) -> int:
    """Return about how many bytes of text reading ``path`` goes through: its
    size, or for a gzip file the size it unpacks to (as its trailer says).

    For progress bars: a gzip file of releases unpacks to several times its
    size, so its size on disk would understate its share of the work. 0 for
    a file that cannot be read (reading it reports why).
    """
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size < 18 or file.read(2) != _GZIP_MAGIC:
                return size
            # The trailer's last four bytes: the (last member's) unpacked
            # size modulo 4 GiB; never less than the packed size.
            file.seek(-4, os.SEEK_END)
            return max(int.from_bytes(file.read(4), "little"), size)
    except OSError:
        return 0


def _read(stream: BinaryIO, name: str, size: int) -> bytes:
    try:
        return stream.read(size)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise IngestError(name, f"damaged gzip data ({error})") from error
    except OSError as error:
        raise IngestError(
            name, f"cannot be read ({error.strerror or error})"
        ) from error


def _is_json_lines(head: bytes) -> bool:
    """Return True when ``head`` opens with a whole JSON object on its first line."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"{") or utf16_bom(head[:4096]) is not None:
        return False
    first, newline, _ = stripped.partition(b"\n")
    if not newline:
        return False  # one line, maybe cut off by the head's size: read it whole
    try:
        return isinstance(json.loads(without_control_bytes(first)), dict)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False


def _decoded_lines(head: bytes, stream: BinaryIO, name: str) -> Iterator[str]:
    """Yield the text lines of ``head`` + the rest of ``stream``, one at a time."""
    # The line in progress grows in a bytearray: adding each chunk to a bytes
    # object copied the whole line every time (minutes for a 64 MiB line).
    pending = bytearray()
    data = head
    number = 0
    charsets: list[str] = []
    while True:
        *complete, rest = data.split(b"\n")
        if complete:
            complete[0] = bytes(pending) + complete[0]
            pending = bytearray()
        for raw in complete:
            number += 1
            yield decode_line(raw, number == 1, charsets)
        pending += rest
        if len(pending) > MAX_RECORD_BYTES:
            # A gzip bomb (or a file that is not JSON Lines) without line
            # breaks would otherwise be inflated whole into memory.
            raise IngestError(
                name,
                f"a record longer than {MAX_RECORD_BYTES >> 20} MiB; is this JSON Lines?",
                line=number + 1,
            )
        try:
            # Small reads: a damaged gzip loses at most one chunk of records.
            data = stream.read(64 << 10)
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            # Records before the damage were yielded and are kept.
            raise IngestError(
                name, f"damaged gzip data after this line ({error})", line=number
            ) from error
        except OSError as error:
            raise IngestError(
                name,
                f"cannot be read after this line ({error.strerror or error})",
                line=number,
            ) from error
        if not data:
            break
    if pending.strip():
        yield decode_line(bytes(pending), number == 0, charsets)
