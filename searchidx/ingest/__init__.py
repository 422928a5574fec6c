"""Read files and folders of releases into Documents, choosing the reader by content.

The suffix is only a hint: a ``.json`` file that is really a saved page is read
as HTML, a ``.txt`` holding JSON Lines as JSON. Compressed files (gzip) are read
through, with a cap on the decompressed size so a small file cannot fill memory.
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
# Control bytes text has no use for, dropped amid text. Not among them: the
# white space text uses (tab, line feed, form feed, carriage return), the
# separators below, and the shifts and escape of the ISO-2022 charsets
# (SO, SI, ESC), whose pages are full of them.
# Among them the unit separator, which Word's text writes for an optional
# hyphen inside a word ("infra\x1fstructure"): dropped, it joins the word.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x10, 0x1B), 0x1F, 0x7F])
# Separators that stand between words: Word's line break (vertical tab) and
# the file, group and record separators become a space, never glue.
_SEPARATORS = bytes([0x0B, *range(0x1C, 0x1F)])
_AS_SPACE = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))
# The shifts and escape of ISO-2022 (SO, SI, ESC), and the escape sequences
# that choose its character sets ("ESC $ B" for JIS X 0208).
_SHIFTS = b"\x0e\x0f\x1b"
_ISO_2022 = re.compile(rb"\x1b[$()*+\-./][@-~]|\x1b\$[()*+\-./][@-~]")
_STRAY_ESCAPE = re.compile(rb"\x1b(?![$()*+\-./N O])")
# The start of a file that decides whether it is binary.
_SAMPLE_BYTES = 64 << 10
# A file is binary when more of its sample than this share (and more than a
# few bytes) are control bytes. Compressed or random data has about one in
# nine (29 of 256 values); compiled files full of strings have fewer, but
# still twice this or more; saved pages and dumps have none, or a few strays.
# Bytes undecodable as UTF-8 or Windows-1252 are no sign: a page in
# Shift-JIS or GBK is full of them, and is read in the charset it declares.
_BINARY_SHARE = 0.005
_FEW_BYTES = 8
# UTF-16 without a byte order mark: Latin-script text (and most other
# scripts' markup, digits and spaces) has a NUL in every other byte. A file
# is read as UTF-16 when this share of one parity's bytes are NUL and few of
# the other's; binary data with runs of NULs has them at both parities.
_UTF16_NUL_SHARE = 0.9
_UTF16_OTHER_NUL_SHARE = 0.05
# Enough text for charset_normalizer's guess, which reads chunks of it anyway.
_CHARSET_SAMPLE_BYTES = 1 << 20
# How much worse than the best guess's "chaos" (the share of text that looks
# garbled) another guess may read and still tie with it.
_CHAOS_MARGIN = 0.01
# Three bytes past ASCII in a row: rare in Windows-1252 text, where they are
# one accented letter or mark amid ASCII ones; in nearly every word of text in
# a Cyrillic, Greek or East Asian charset.
_LEGACY_WORD = re.compile(rb"[\x80-\xff]{3}")
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
            and _utf16_bom(data[:4096]) is None
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
    bom = _utf16_bom(data[:_SAMPLE_BYTES])
    if bom is not None:
        # Said once, with the mark it lacks, the text reads as marked UTF-16.
        data = bom + data
    is_utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not is_utf16:
        if _is_binary(data[:_SAMPLE_BYTES]):
            raise UnsupportedFormatError(name, "binary data, not HTML, text or JSON")
        data = _without_control_bytes(data)
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if is_utf16:
        # UTF-16 text (Windows tools write it): sniff the decoded text instead.
        text = _decode(data, name)
        if text.lstrip()[:1] in ("{", "["):
            yield from read_json_export(text, name, on_error, mapping)
        elif text.lstrip()[:1] == "<":
            yield from _read_html_page(data, name)
        else:
            yield from read_text_dump(text, name)
        return
    if head[:1] in (b"{", b"["):
        yield from read_json_export(_decode(data, name), name, on_error, mapping)
    elif (
        head[:1] == b"<"
        and _HTML_SNIFF.search(data[:4096])
        or name.lower().endswith((".html", ".htm", ".xhtml"))
    ):
        yield from _read_html_page(data, name)
    else:
        yield from read_text_dump(_decode(data, name), name)


def _without_control_bytes(data: bytes) -> bytes:
    """Return ``data`` with its stray control bytes dropped, separators as spaces.

    A stray NUL amid text is damage, not text: lxml cuts a page's text at a
    NUL, and no reader has a use for it. In UTF-8, Windows-1252 and the
    other charsets we read (but UTF-16) these bytes are characters of their
    own, never part of another character, so they can go before decoding.
    """
    data = data.translate(_AS_SPACE, _CONTROL_BYTES)
    if _ISO_2022.search(data) is None:
        return data.translate(None, _SHIFTS)
    # Text in an ISO-2022 charset (Japanese mail and pages): its escapes
    # and shifts are its text, only a stray escape goes.
    return _STRAY_ESCAPE.sub(b"", data)


def _utf16_bom(sample: bytes) -> bytes | None:
    """Return the byte order mark ``sample`` lacks when it is UTF-16 text without one.

    Tools that write UTF-16 mostly add the mark; some (and a page saved by
    a script with ``encode("utf-16-le")``) do not, and the NULs would then
    make the text look binary.
    """
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    sample = sample[: len(sample) & ~1]
    pairs = len(sample) // 2
    if pairs < _FEW_BYTES:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= _UTF16_NUL_SHARE * pairs and even <= _UTF16_OTHER_NUL_SHARE * pairs:
        encoding, bom = "utf-16-le", b"\xff\xfe"
    elif even >= _UTF16_NUL_SHARE * pairs and odd <= _UTF16_OTHER_NUL_SHARE * pairs:
        encoding, bom = "utf-16-be", b"\xfe\xff"
    else:
        return None
    # 16-bit numbers (a table of small integers) have the same pattern:
    # decoded, they are control characters, text is not.
    text = sample.decode(encoding, errors="replace")
    if _is_binary(text.encode("utf-8", errors="replace")):
        return None
    return bom


def _is_binary(sample: bytes) -> bool:
    """Return True when ``sample`` (a file's start) is binary data, not text.

    Decided by the share of bytes text does not hold, not by one byte: a
    saved page with a stray NUL is still a page.
    """
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > max(_FEW_BYTES, _BINARY_SHARE * len(sample))


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
    if not stripped.startswith(b"{") or _utf16_bom(head[:4096]) is not None:
        return False
    first, newline, _ = stripped.partition(b"\n")
    if not newline:
        return False  # one line, maybe cut off by the head's size: read it whole
    try:
        return isinstance(json.loads(_without_control_bytes(first)), dict)
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
            yield _decode_line(raw, number == 1, charsets)
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
        yield _decode_line(bytes(pending), number == 0, charsets)


def _decode_line(raw: bytes, is_first: bool, charsets: list[str]) -> str:
    """Decode one JSON Lines line: UTF-8, else the file's legacy charset.

    ``charsets`` holds that charset once a line has shown it: a dump is
    written in one, and a line alone may be too short to tell.
    """
    if is_first:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    # As in a whole file's text (_read_data): a stray NUL is dropped.
    raw = _without_control_bytes(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if not charsets:
        charsets.append(_legacy_charset(raw) or "cp1252")
    # One damaged line must not cost the whole dump.
    return raw.decode(charsets[0], errors="replace")


def _legacy_charset(data: bytes) -> str | None:
    """Return the charset of ``data``, text that is not UTF-8, or None if unsure.

    Windows-1252 whenever it is among the best guesses: Western text was
    read as Windows-1252 before any guessing, and must read the same.
    """
    sample = data[:_CHARSET_SAMPLE_BYTES]
    if _LEGACY_WORD.search(sample) is None:
        # Accents, quotes or a no-break space amid ASCII words: too little for
        # any guess (charset_normalizer takes "5\xa0pm" for DOS or Big5), and
        # what Windows-1252 text looks like. Cyrillic, Greek and East Asian
        # text has runs of such bytes in nearly every word.
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return "cp1252"
    # Imported here: only a file that is not UTF-8 pays for it.
    from charset_normalizer import from_bytes

    matches = list(from_bytes(sample))
    if not matches:
        # No charset decodes it cleanly: read as before, if it can be.
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return None
        return "cp1252"
    best = matches[0]
    # Charsets that read the text as cleanly as the best one does: charsets
    # of one family often tie (Western text is Windows-1250 as much as 1252).
    tied = [m for m in matches if m.chaos <= best.chaos + _CHAOS_MARGIN]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    # Among ties, a language model's say decides; with none (a few odd
    # bytes that are kanji in Shift-JIS, hanja in EUC-KR and hanzi in GBK)
    # any choice would be a guess.
    if len(tied) > 1 and best.coherence <= tied[1].coherence:
        return None
    return best.encoding


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise IngestError(
                name, f"broken UTF-16 text at byte {error.start}"
            ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        # Not UTF-8: a legacy charset (Windows-1252 for older Western
        # exports, Windows-1251, KOI8-R, Shift-JIS, GB18030 elsewhere).
        charset = _legacy_charset(data)
        if charset is None:
            raise IngestError(
                name,
                f"unknown text encoding (not UTF-8, bad byte at {utf8_error.start})",
            ) from utf8_error
        try:
            return data.decode(charset)
        except UnicodeDecodeError as error:
            # The guess reads the file's start; a byte past it may not fit.
            raise IngestError(
                name, f"not UTF-8 or {charset} text (bad byte at {error.start})"
            ) from error
