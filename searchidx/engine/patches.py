"""Workarounds for defects of Whoosh 2.7.5, installed when the first index is opened.

Whoosh is unmaintained and pinned exactly (pyproject.toml); ``install``
checks that the installed release is that one, then applies each fix below
(each names the defect it works around). Importing searchidx changes
nothing in Whoosh: only opening or creating an index does (storage.py).
"""

from __future__ import annotations

import threading
from itertools import repeat

import whoosh
from whoosh.codec.base import FieldWriter
from whoosh.codec.whoosh3 import W3PerDocReader, W3TermInfo
from whoosh.filedb.structfile import BufferFile
from whoosh.matching.mcore import ListMatcher

from ..errors import EngineVersionError
from . import term_pool

# The one Whoosh release the engine reads the private parts of.
WHOOSH_VERSION = (2, 7, 5)


def _cache_missing_length_columns() -> None:
    """Make Whoosh remember that a field has no length column.

    Whoosh 2.7.5 (unmaintained) caches a segment's length readers but not
    their absence, so for every posting of a field without lengths (id, path,
    source, the spelling field...) its commit asks the disk whether the file
    exists: hundreds of stat calls a release, a large share of indexing
    (docs/benchmarks.md). Segments are immutable, so an absent column stays
    absent.
    """
    original = W3PerDocReader._cached_reader

    def cached_reader(self, fieldname, column):
        if fieldname not in self._readers:
            self._readers[fieldname] = original(self, fieldname, column)
        return self._readers[fieldname]

    W3PerDocReader._cached_reader = cached_reader


def _make_inlined_postings_writable() -> None:
    """Let Whoosh keep a short posting list in its term's entry, as it means to.

    Its W3 postings writer calls ``terminfo.set_inline`` for a list shorter
    than the codec's ``inlinelimit``, but the method is named
    ``set_inlined``: any limit above the default 1 failed at commit.
    """
    W3TermInfo.set_inline = W3TermInfo.set_inlined

    # A field without values (ids, keywords) inlines an empty tuple of them,
    # which Whoosh's list matcher reads back as the str "" per posting (its
    # merge of segments then asserts bytes) or, in all_items, as no postings.
    value = ListMatcher.value

    def bytes_value(self):
        return value(self) or b""

    def all_items(self):
        return zip(self._ids, self._values or repeat(b""), strict=False)

    ListMatcher.value = bytes_value
    ListMatcher.all_items = all_items


class _LengthsByField:
    """A segment's field lengths, each read from its column once, not per posting.

    At commit Whoosh looks up the document's field length for every posting
    it writes, each a column read and an unpack (docs/benchmarks.md); a
    release has one length per field, so remembering them serves the rest
    from a dict.
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
    fields...) as a BytesIO over its slice, which copies the slice: most of
    a fresh process's first search went to copying, and the copies stayed
    in memory (docs/benchmarks.md). Reads now go straight to the mapped file.
    """

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _ViewFile(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    BufferFile.__init__ = __init__


def _pickle_postings_with_the_current_protocol() -> None:
    """Make the W3 codec pickle posting blocks and term entries with protocol 5.

    It asks for protocol 2, written for Python 2, where a bytes value (each
    posting's positions) is pickled as a call to ``_codecs.encode`` on a
    latin-1 string: much bigger blocks (docs/benchmarks.md), and
    every read called that function once per posting. Readers unpickle any
    protocol, so nothing else changes.
    """
    import pickle

    import whoosh.codec.whoosh3

    def dumps(value, protocol=None) -> bytes:
        return pickle.dumps(value, 5)  # Python 3.8 and later read it

    whoosh.codec.whoosh3.dumps = dumps


def _name_files_from_os_randomness() -> None:
    """Make Whoosh name new segments and run files from os.urandom.

    Whoosh draws the names from the global ``random``, which the program
    around us may seed (hypothesis seeds it for every example): the same
    seed twice gave a new segment the name of an existing one, and its
    commit failed on an assertion.
    """
    import secrets

    import whoosh.codec.base
    import whoosh.filedb.filestore
    import whoosh.writing

    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"

    def random_name(size: int = 28) -> str:
        return "".join(secrets.choice(alphabet) for _ in range(size))

    for module in (whoosh.codec.base, whoosh.filedb.filestore, whoosh.writing):
        module.random_name = random_name


_installed = False
_installing = threading.Lock()


def install() -> None:
    """Check the Whoosh release and apply the fixes, once per process.

    Raises:
        EngineVersionError: the installed Whoosh is not WHOOSH_VERSION.
    """
    global _installed
    with _installing:
        if _installed:
            return
        check_whoosh_version()
        _cache_missing_length_columns()
        _make_inlined_postings_writable()
        _remember_field_lengths_at_commit()
        _read_compound_files_in_place()
        _pickle_postings_with_the_current_protocol()
        _name_files_from_os_randomness()
        term_pool.install()
        _installed = True


def check_whoosh_version() -> None:
    """Raise EngineVersionError unless the installed Whoosh is the release we read."""
    found = tuple(whoosh.__version__)
    if found != WHOOSH_VERSION:
        raise EngineVersionError(
            "whoosh-reloaded",
            ".".join(map(str, found)),
            ".".join(map(str, WHOOSH_VERSION)),
        )
