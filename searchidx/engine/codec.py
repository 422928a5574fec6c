"""How postings are laid out on disk: Whoosh's W3 codec, made more compact.

Four changes to what Whoosh 2.7.5 writes, each read back by its own
readers (the postings file is still W3's: blocks of 128 pickled postings):

- ``CompactPositions``: a posting's word positions as one type byte and an
  array of deltas, instead of a 4-byte count and a pickled list;
- whole-number weights (word counts) pickled as ints, not 9-byte floats;
- posting lists shorter than ``INLINE_POSTINGS_LIMIT`` kept in the term
  table (see patches.py for the Whoosh defect that stopped this);
- each document's stored fields and each block of postings compressed
  with zstd rather than zlib: about the same size, faster to compress
  and to decompress (docs/benchmarks.md).

Any change here alters the files: bump schema.SCHEMA_VERSION.
"""

from __future__ import annotations

import pickle
import sys
import threading
from array import array
from itertools import accumulate
from operator import sub

import zstandard
from whoosh.codec import whoosh3
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3PerDocReader,
    W3PerDocWriter,
    W3PostingsWriter,
)
from whoosh.columns import CompressedBytesColumn, PickleColumn
from whoosh.formats import Positions
from whoosh.util.numeric import length_to_byte

# Terms with fewer postings than this keep them in the term table itself.
# Whoosh's default (1) writes every term's postings as a block of their own:
# a header, a pickled summary and a zlib stream, even for the terms found in
# one document, which are most of an index's terms (ids, urls, spelling
# words, near-copy anchors, rare words); see docs/benchmarks.md.
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
            if count == 2:  # most of the rest: cheaper than the map below
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
        # whoosh3.dumps, as patches.py sets it (the current pickle protocol)
        databytes = whoosh3.dumps(data, 2)
        compression = self._compression
        if compression:
            databytes = _zstd_compress(databytes, compression)
        ids = self._ids
        infobytes = whoosh3.dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                compression,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def _mini_weights(self):
        weights = super()._mini_weights()
        if type(weights) is tuple and _whole(weights):
            return tuple(map(int, weights))
        return weights  # None, one float for the block (read as such), or fractions

    def finish_postings(self):
        terminfo = super().finish_postings()
        if terminfo.is_inlined():
            ids, weights, values = terminfo.inlined_postings()
            if _whole(weights):
                terminfo.set_inlined(ids, tuple(map(int, weights)), values)
        return terminfo


def _whole(weights) -> bool:
    return all(float(weight).is_integer() for weight in weights)


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
        return super()._cached_reader(fieldname, column)


class Codec(W3Codec):
    """W3 with short posting lists in the term table, int word counts, and zstd stored fields and posting blocks."""

    def __init__(self) -> None:
        super().__init__(inlinelimit=INLINE_POSTINGS_LIMIT)

    def __setstate__(self, state: dict) -> None:
        # Unpickled in a writer process that was started afresh (the spawn
        # or forkserver start method), not forked: that process never opened
        # the index, so the fixes opening it installs are not there yet, and
        # without them its segment fails at commit.
        from . import patches

        patches.install()
        self.__dict__.update(state)

    def per_document_writer(self, storage, segment):
        return _PerDocWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return _LeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def per_document_reader(self, storage, segment):
        return _PerDocReader(storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )
