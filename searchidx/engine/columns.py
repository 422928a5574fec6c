"""Per-document values read whole from Whoosh's columns, cached per searcher.

Whoosh reads a column one document at a time (a file read and an unpack per
call), which is what made folding, filtering and facet counting cost more
than ranking itself. Here a segment's column is read in one piece into an
array, once per searcher; a searcher lives until the next commit (see
store.SearcherCache), and a cache entry goes with its reader.

This reads the column layout of Whoosh 2.7.5 (pinned in pyproject.toml):
fixed-width big-endian numbers, and references into a list of distinct
values for RefBytesColumn. tests/test_facets.py and tests/test_ranking.py
compare what it reads with Whoosh's own per-document reads.
"""

from __future__ import annotations

import hashlib
import sys
import weakref
from array import array

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.columns import NumericColumn, RefBytesColumn

# top-level reader -> {(kind, field): values by docnum}
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def numbers(searcher, fieldname: str) -> array:
    """Return every document's value of a NumericColumn field, by docnum."""
    return _cached(searcher, ("numbers", fieldname), _segment_numbers)


def strings(searcher, fieldname: str) -> list[str]:
    """Return every document's value of a RefBytesColumn field ("" if none)."""
    return _cached(searcher, ("strings", fieldname), _segment_strings)


def cache_of(searcher) -> dict:
    """Return the dict of values kept with this searcher's reader."""
    return _CACHE.setdefault(searcher.reader(), {})


def string_ranks(searcher, fieldname: str) -> np.ndarray:
    """Return each document's place among a string column's distinct values, sorted
    as Python sorts strings: comparing ranks compares the values."""
    reader = searcher.reader()
    cache = _CACHE.setdefault(reader, {})
    key = ("ranks", fieldname)
    if key not in cache:
        values = strings(searcher, fieldname)
        rank = {value: place for place, value in enumerate(sorted(set(values)))}
        cache[key] = np.fromiter(map(rank.__getitem__, values), np.int64, len(values))
    return cache[key]


def tag_signatures(searcher) -> np.ndarray:
    """Return one number per document that is equal for documents with equal tags
    (the tags' hashes combined), to tell copies apart by their tags."""
    reader = searcher.reader()
    cache = _CACHE.setdefault(reader, {})
    if "tag signatures" not in cache:
        signatures = np.zeros(reader.doc_count_all(), dtype=np.uint64)
        for tag, holders in term_documents(searcher, "tags").items():
            digest = hashlib.blake2b(tag.encode("utf-8"), digest_size=8).digest()
            docnums = np.fromiter(holders, np.int64, len(holders))
            signatures[docnums] ^= np.uint64(int.from_bytes(digest, "big"))
        cache["tag signatures"] = signatures
    return cache["tag signatures"]


def term_documents(searcher, fieldname: str) -> dict[str, frozenset[int]]:
    """Return each term of a field with the live documents that hold it."""
    reader = searcher.reader()
    cache = _CACHE.setdefault(reader, {})
    key = ("terms", fieldname)
    if key not in cache:
        field = searcher.schema[fieldname]
        cache[key] = {
            field.from_bytes(term): frozenset(
                reader.postings(fieldname, term).all_ids()
            )
            for term in reader.lexicon(fieldname)
        }
    return cache[key]


def _cached(searcher, key: tuple[str, str], read_segment):
    reader = searcher.reader()
    cache = _CACHE.setdefault(reader, {})
    if key not in cache:
        kind, fieldname = key
        if kind == "numbers":
            values = array(searcher.schema[fieldname].column_type._typecode)
        else:
            values = []
        for leaf, _offset in reader.leaf_readers():  # in docnum order
            if leaf.doc_count_all():  # an empty index's reader has no columns
                values.extend(read_segment(leaf, fieldname))
        cache[key] = values
    return cache[key]


def _segment_numbers(leaf, fieldname: str) -> array:
    column_type = leaf.schema[fieldname].column_type
    column = leaf.column_reader(fieldname, translate=False)
    count = leaf.doc_count_all()
    values = array(column_type._typecode)
    if isinstance(column, NumericColumn.Reader):
        # A stored run of values, big-endian; documents past it hold the default.
        stored = column._dbfile.get(column._basepos, column._count * values.itemsize)
        values.frombytes(stored)
        if sys.byteorder == "little" and values.itemsize > 1:
            values.byteswap()
    values.extend([column_type._default] * (count - len(values)))
    return values


def _segment_strings(leaf, fieldname: str) -> list[str]:
    count = leaf.doc_count_all()
    if not leaf.has_column(fieldname):
        return [""] * count
    column = leaf.column_reader(fieldname, translate=False)
    if isinstance(column, RefBytesColumn.Reader):
        # One reference per document, big-endian, into the distinct values.
        refs = array(column._typecode)
        refs.frombytes(column._dbfile.get(column._basepos, count * column._itemsize))
        if sys.byteorder == "little" and refs.itemsize > 1:
            refs.byteswap()
        distinct = [value.decode("utf-8") for value in column._uniques]
        return list(map(distinct.__getitem__, refs))
    return [value.decode("utf-8") for value in column]


def length_codes(perdoc_reader, fieldname: str, doc_count: int) -> bytes | None:
    """Return one segment's field length codes (whoosh byte_to_length), one byte
    a document, 0 for a document without the field; None if not readable.

    ``perdoc_reader`` is a segment's W3 per-document reader (a segment
    reader's ``_perdoc``, or the writer's own at commit).
    """
    try:
        column = perdoc_reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        raw = column._dbfile.get(column._basepos, column._count) if column else b""
    except AttributeError:
        return None
    return raw.ljust(doc_count, b"\0")  # documents past the column's end: 0
