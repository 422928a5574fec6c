"""How postings are laid out on disk: Whoosh's W3 codec, made more compact.

Four changes to what Whoosh 2.7.5 writes, each read back by its own
readers (the postings file is still W3's: blocks of 128 pickled postings):

- ``CompactPositions``: a posting's word positions as one type byte and an
  array of deltas, instead of a 4-byte count and a pickled list;
- whole-number weights (word counts) pickled as ints, not 9-byte floats;
- posting lists shorter than ``INLINE_POSTINGS_LIMIT`` kept in the term
  table (see whoosh_fixes for the Whoosh defect that stopped this);
- each document's stored fields and each block of postings compressed
  with zstd rather than zlib, at about the same size: 20,000 releases'
  stored fields took 17.8 instead of 49.3 microseconds each to compress,
  5.5 instead of 17.5 to decompress.

Any change here alters the files: bump schema.SCHEMA_VERSION.
"""

from __future__ import annotations

import pickle
import secrets
import sys
import threading
from array import array
from itertools import accumulate, chain, repeat
from operator import sub

import zstandard
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PerDocReader,
    W3PerDocWriter,
    W3PostingsWriter,
    W3Segment,
    W3TermInfo,
)
from whoosh.columns import CompressedBytesColumn, PickleColumn
from whoosh.filedb.compound import CompoundStorage, memoryview_
from whoosh.filedb.structfile import BufferFile
from whoosh.formats import Positions
from whoosh.matching.mcore import ListMatcher
from whoosh.util.numeric import length_to_byte

# Terms with fewer postings than this keep them in the term table itself.
# Whoosh's default (1) writes every term's postings as a block of their own:
# a header, a pickled summary and a zlib stream, even for the 100,000 of
# 122,000 terms of 5,000 releases found in one document (ids, urls, spelling
# words, near-copy anchors, rare words).
INLINE_POSTINGS_LIMIT = 8

# Array type codes by the largest delta they hold; "I" is 4 bytes wherever
# CPython runs, and positions past 2**32 words do not occur.
_WIDTHS = {ord("B"): 1, ord("H"): 2, ord("I"): 4}
_SWAP = sys.byteorder == "big"  # the files are little-endian everywhere
_BYTE_CODE = ord("B")


class CompactPositions(Positions):
    """Word positions stored as a type code byte and an array of deltas.

    Whoosh's Positions format stores a 4-byte count and a pickled list, 13
    bytes for a word found once in the first 256; this takes 2 (3 up to
    position 65,535, 5 past it), and reads back with array and accumulate
    instead of a Python loop.
    """

    def encode(self, poslist) -> bytes:
        if not poslist:
            return b"B"
        last = poslist[-1]
        if last < 0x100:  # ascending: every delta fits a byte
            # A new object each time, not one from a table: pickle would
            # write a shared one as a back-reference, and the same postings
            # would be stored differently depending on where they came from.
            count = len(poslist)
            if count == 1:  # most postings: one word
                return bytes((_BYTE_CODE, last))
            if count == 2:  # most of the rest (0.2 against 0.8 microseconds)
                first = poslist[0]
                return bytes((_BYTE_CODE, first, last - first))
            return bytes((_BYTE_CODE, *map(sub, poslist, [0, *poslist[:-1]])))
        deltas = list(map(sub, poslist, [0, *poslist[:-1]]))
        biggest = max(deltas)
        code = "B" if biggest < 0x100 else "H" if biggest < 0x10000 else "I"
        values = array(code, deltas)
        if _SWAP:
            values.byteswap()
        return code.encode("ascii") + values.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        values = array(chr(valuestring[0]), valuestring[1:])
        if _SWAP:
            values.byteswap()
        return list(accumulate(values))

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // _WIDTHS[valuestring[0]]


class _PostingsWriter(W3PostingsWriter):
    """W3's postings writer, with word counts pickled as ints (2 bytes, not 9) and zstd blocks."""

    def _write_block(self, last=False):
        """W3PostingsWriter._write_block, compressing the block with zstd."""
        if self._byteids:  # a term vector's, read back by W3's own matcher (zlib)
            super()._write_block(last)
            return
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = _dumps(data)
        compression = self._compression
        if compression:
            databytes = _zstd_compress(databytes, compression)
        ids = self._ids
        infobytes = _dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                compression,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            )
        )
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def _mini_ids(self):
        """W3's delta-encoded ids, without its generator a posting (same tuple)."""
        ids = self._ids
        if self._byteids:
            return tuple(ids)
        return tuple(map(sub, ids, chain((0,), ids)))

    def _mini_weights(self):
        # W3's rule (None when every weight is 1, the one weight when all
        # are equal, else all of them), counted in C rather than by two
        # generators a posting; whole numbers then pickled as ints.
        weights = self._weights
        if not weights:
            return None
        first = weights[0]
        if weights.count(first) == len(weights):
            return None if first == 1.0 else first
        if _whole(weights):
            return tuple(map(int, weights))
        return tuple(weights)  # fractions

    def finish_postings(self):
        terminfo = super().finish_postings()
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            if _whole(weights):
                terminfo.set_inlined(ids, tuple(map(int, weights)), values)
        return terminfo


def _whole(weights) -> bool:
    return all(map(float.is_integer, map(float, weights)))


class ZstdBytesColumn(CompressedBytesColumn):
    """Whoosh's column of compressed byte strings, compressed with zstd (level 3).

    zstd's contexts are made once a thread: a context is not safe to share
    between threads, and making one a call cost half of what zstd saves.
    """

    def writer(self, dbfile):
        writer = super().writer(dbfile)
        writer._compress = _zstd_compress
        return writer

    def reader(self, dbfile, basepos, length, doccount):
        reader = super().reader(dbfile, basepos, length, doccount)
        reader._decompress = _zstd_decompress
        return reader


_zstd_contexts = threading.local()


def _zstd_compress(data: bytes, level: int) -> bytes:
    compressors = _zstd_contexts.__dict__.setdefault("compressors", {})
    compressor = compressors.get(level)
    if compressor is None:
        compressor = compressors[level] = zstandard.ZstdCompressor(
            level=level, write_checksum=True
        )
    return compressor.compress(data)


def _zstd_decompress(data: bytes) -> bytes:
    decompressor = getattr(_zstd_contexts, "decompressor", None)
    if decompressor is None:
        decompressor = _zstd_contexts.decompressor = zstandard.ZstdDecompressor()
    return decompressor.decompress(data)


# W3's column of stored fields (whoosh3.STORED_COLUMN), compressed with zstd.
STORED_COLUMN = PickleColumn(ZstdBytesColumn(level=3))


class _LeafMatcher(W3LeafMatcher):
    """W3's matcher of a term's posting blocks, reading zstd blocks."""

    def _read_data(self):
        data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        if self._compression:
            data = _zstd_decompress(data)
        self._data = pickle.loads(data)


class _PerDocWriter(W3PerDocWriter):
    def _create_column(self, fieldname, column):
        if fieldname == "_stored":
            column = STORED_COLUMN
        super()._create_column(fieldname, column)


class _PerDocReader(W3PerDocReader):
    def _cached_reader(self, fieldname, column):
        if fieldname == "_stored":
            column = STORED_COLUMN
        # W3 caches a column's reader but not its absence, so a commit asked
        # the disk whether a field without lengths (id, path, source...) has
        # them once per posting. Segments never change: absent stays absent.
        if fieldname not in self._readers:
            self._readers[fieldname] = super()._cached_reader(fieldname, column)
        return self._readers[fieldname]


def _dumps(value) -> bytes:
    """Pickle as W3 does, with the current protocol instead of its protocol 2.

    Protocol 2, written for Python 2, pickles each bytes value (a posting's
    positions) as a call to ``_codecs.encode`` on a latin-1 string: blocks
    twice the size, and a function call per posting to read. Every protocol
    reads back the same.
    """
    return pickle.dumps(value, 5)


class _TermInfo(W3TermInfo):
    """W3's term entry, able to keep its postings when they are few.

    W3's postings writer calls ``set_inline`` on a short list, a method the
    term info names ``set_inlined``: any inline limit above 1 failed.
    """

    def set_inline(self, ids, weights, values) -> None:
        self.set_inlined(ids, weights, values)

    def to_bytes(self) -> bytes:
        """W3TermInfo.to_bytes, with inlined postings pickled by ``_dumps``."""
        if not self.is_inlined():
            return super().to_bytes()
        head = self._struct.pack(
            True,
            self._weight,
            self._df,
            0 if self._minlength is None else length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
            self._maxweight,
            0xFFFFFFFF if self._minid is None else self._minid,
            0xFFFFFFFF if self._maxid is None else self._maxid,
        )
        return head + _dumps(self._inlined)


class _InlinedPostings(ListMatcher):
    """W3's matcher of postings kept in the term table, reading them as written.

    A field without values (ids, keywords) keeps an empty tuple of them,
    which the list matcher read back as the str "" per posting (its merge of
    segments then asserted bytes) or, in all_items, as no postings at all.
    """

    def value(self):
        return super().value() or b""

    def all_items(self):
        return zip(self._ids, self._values or repeat(b""), strict=False)


class _LengthsByField:
    """A segment's field lengths, each read from its column once, not per posting.

    At commit W3 looks up the document's field length for every posting it
    writes; a release has one length per field, so a dict serves the rest.
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


class _FieldWriter(W3FieldWriter):
    def start_term(self, btext):
        if self._postwriter is None:
            raise Exception("Called start_term before start_field")
        self._btext = btext
        self._postwriter.start_postings(self._fieldobj.format, _TermInfo())

    def add_postings(self, schema, lengths, items):
        cached = _LengthsByField(lengths) if lengths else lengths
        return super().add_postings(schema, cached, items)


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


class _InPlaceFile(BufferFile):
    """W3's file over a part of a segment, read where it is mapped.

    BufferFile wraps the part in a BytesIO, which copies it: opening a
    segment copied every part (postings, terms, stored fields) into memory.
    """

    def __init__(self, buf, name=None, onclose=None):
        self._buf = buf
        self._name = name
        self.file = _ViewFile(buf)
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False


class _CompoundStorage(CompoundStorage):
    def open_file(self, name, *args, **kwargs):
        if self._source and not self.is_closed:
            offset, length = self.range(name)
            return _InPlaceFile(memoryview_(self._source, offset, length), name=name)
        return super().open_file(name, *args, **kwargs)


class Segment(W3Segment):
    """W3's segment, named from os.urandom and read in place.

    W3 draws segment names from the global ``random``, which the program
    around us may seed (hypothesis seeds it for every example): the same
    seed twice gave a new segment the name of an existing one, and its
    commit failed on an assertion.
    """

    @classmethod
    def _random_id(cls, size=16):
        return "".join(secrets.choice(_NAME_LETTERS) for _ in range(size))

    def open_compound_file(self, storage):
        name = self.make_filename(self.COMPOUND_EXT)
        return _CompoundStorage(storage.open_file(name), use_mmap=storage.supports_mmap)


_NAME_LETTERS = "0123456789abcdefghijklmnopqrstuvwxyz"


class Codec(W3Codec):
    """W3 with short posting lists in the term table, int word counts, and zstd stored fields and posting blocks."""

    def __init__(self) -> None:
        super().__init__(inlinelimit=INLINE_POSTINGS_LIMIT)

    def __setstate__(self, state: dict) -> None:
        # Unpickled in a writer process started afresh (the spawn or
        # forkserver start method; a process itself started by spawn starts
        # its own that way), not forked: it never opened the index, so our
        # posting pool was not installed there, and its segments were
        # written by Whoosh's own, at a fraction of the speed.
        from . import patches

        patches.install()
        self.__dict__.update(state)

    def per_document_writer(self, storage, segment):
        return _PerDocWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            return _InlinedPostings(
                ids,
                weights,
                values,
                format_,
                scorer=scorer,
                term=term,
                terminfo=terminfo,
            )
        offset, length = terminfo.extent()
        return _LeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def per_document_reader(self, storage, segment):
        return _PerDocReader(storage, segment)

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def new_segment(self, storage, indexname):
        return Segment(self, indexname)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )
