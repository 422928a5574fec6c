"""The writer's postings gathered by term as documents come, written a term at a time.

Whoosh's writer puts every posting in a pool as a (field, term, docnum,
weight, value) tuple; past the pool's memory limit it sorts them and pickles
them to a run file one posting at a time, and at commit it merges the runs
posting by posting and hands each to its W3 postings writer, which looks up
the document's field length per posting; spilling and merging runs that
way was a large share of the writer processes' time (docs/benchmarks.md).
Here a run holds each term's postings together, merged a term
at a time, and the postings writer is given whole blocks of 128. The segment
written is the one Whoosh writes, byte for byte (tests/test_term_pool.py
compares the files, with runs and merged segments).

The text fields (title, content...) are given a document's terms in order
(``add_terms``), kept as one number a word; every 250,000 words they are
sorted by term with numpy and turned into each term's postings for those
documents at once: one "piece" a term, four byte strings (docnums, weights,
value lengths, values), which also pickle to a run as four strings instead
of three objects a posting: faster to add and to commit than listing each
posting under its term as its document comes (docs/benchmarks.md).
The other fields' postings are listed under their term as they come
(``add_postings``, ``add`` for segments merged at commit).

Memory stays near the writer's ``limitmb``, as with Whoosh's pool: past it,
the gathered terms go to a run file.

Postings reach the pool in ascending docnum order for each term: documents
are numbered as they are added, and segments merged at commit are added
after them, one after the other, with higher numbers. A term's pieces are
put before its flat postings; flat postings numbered before them (a text
field given a list of words, which Index.add never does) are put back in
order by ``_entry``.
"""

from __future__ import annotations

import heapq
import pickle
import secrets
import struct
from array import array
from collections.abc import Iterator
from hashlib import md5
from itertools import accumulate, groupby
from operator import itemgetter

import numpy as np
import whoosh.writing
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.filedb.filetables import md5_hash
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from . import columns
from .codec import Codec

_BYTE_TO_LENGTH = [byte_to_length(code) for code in range(256)]
_TERM_INFO = W3TermInfo._struct
_FLOAT32 = struct.Struct("f")  # a weight as a block buffer stores it
# A term table entry's key and value lengths (filetables._lengths).
_KEY_VALUE_LENGTHS = struct.Struct("!ii")
# Inlined term table entries written at once.
_TABLE_BATCH = 4096
# Rough bytes of memory per term and per posting, for the pool limit: a
# term's key and list; a posting's three list slots, its weight (most are
# shared) and its value's bytes object (whose length is added). Set a
# little above what postings were measured to take, so the pool spills
# before the limit rather than after (docs/benchmarks.md).
_TERM_BYTES = 250
_POSTING_BYTES = 64
# A word given to add_terms and waiting to be sorted: its term's number (4
# bytes) and its share of its document's entries. Past _SORT_EVERY_WORDS of
# them, they are sorted into pieces. The sort's temporary arrays take many
# times that a word, and the memory stays with the process, so sorting more
# often lowers the peak; less often was no faster. Chosen by
# benchmarks/throughput.py's peak memory; see docs/benchmarks.md.
_PENDING_WORD_BYTES = 5
_SORT_EVERY_WORDS = 250_000
# A piece's four bytes objects and its place in its term's list.
_PIECE_BYTES = 200
# A run file's terms are pickled in chunks of at most this many terms or
# posting list slots (three a posting, counted for pieces too), which bounds
# what a merge holds of each run at once.
_RUN_CHUNK_TERMS = 4096
_RUN_CHUNK_SLOTS = 3 * 65536

# A term's postings: ((field, term), docnums, weights, values), one each a
# posting; values are bytes.
Entry = tuple[tuple[str, bytes], array, list, list]
# One term's postings from one sort of add_terms' words: docnums (array "I"),
# weights (array "d"), the length of each value (array "I"), and the values
# end to end, each as bytes.
Piece = tuple[bytes, bytes, bytes, bytes]


class TermPool:
    """Stands in for Whoosh's PostingPool in the segment writer of a searchidx index."""

    def __init__(self, tempstore, segment=None, limitmb: int = 128, **kwargs):
        self._tempstore = tempstore
        self._limit = limitmb * 1024 * 1024
        # field -> term bytes -> [docnum, weight, value, docnum, ...]: one
        # flat list a term, far less memory than a tuple a posting.
        self._fields: dict[str, dict[bytes, list]] = {}
        # field -> term bytes -> [Piece, ...], from add_terms' words, sorted.
        self._pieces: dict[str, dict[bytes, list[Piece]]] = {}
        # field -> the words add_terms was given and that are not sorted yet
        self._pending: dict[str, _PendingWords] = {}
        self._pending_words = 0
        # term -> its number in the pending words, and back (one numbering
        # for all fields, started again at each sort)
        self._term_numbers: dict[bytes, int] = {}
        self._numbered: list[bytes] = []
        self._size = 0
        self._runs: list[str] = []
        self.fieldnames: set[str] = set()  # read by Whoosh's multiprocess writer

    def _terms_of(self, fieldname: str) -> dict[bytes, list]:
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def add(self, item: tuple) -> None:
        """Add one (field, term bytes, docnum, weight, value bytes) posting."""
        if item[2] < 0:
            return  # Whoosh's marker of a spelling-only word: never written
        terms = self._terms_of(item[0])
        postings = terms.get(item[1])
        if postings is None:
            postings = terms[item[1]] = []
            self._size += _TERM_BYTES + len(item[1])
        postings += item[2:]
        self._size += _POSTING_BYTES + len(item[4] or b"")
        if self._size > self._limit:
            self._spill()

    def add_postings(self, fieldname: str, docnum: int, items, boost: float) -> int:
        """Add a document's (term bytes, frequency, weight, value) postings of a field.

        Returns the sum of the frequencies (the field's length). Weights are
        multiplied by ``boost``, as Whoosh's writer does.
        """
        terms = self._terms_of(fieldname)
        length = size = 0
        for btext, frequency, weight, value in items:
            length += frequency
            postings = terms.get(btext)
            if postings is None:
                postings = terms[btext] = []
                size += _TERM_BYTES + len(btext)
            postings += (docnum, weight * boost, value)
            size += _POSTING_BYTES + len(value or b"")
        self._size += size
        if self._size > self._limit:
            self._spill()
        return length

    def add_terms(
        self,
        fieldname: str,
        docnum: int,
        kept: list[bytes],
        first: int,
        fmt,
        boost: float,
    ) -> int:
        """Add a document's terms of a field, in order, the first at position ``first``.

        The postings ``fmt`` (a CompactPositions format) would make of each
        term's positions, weighted frequency * field boost * ``boost`` as
        Whoosh weighs them. Returns the field's length.
        """
        if not kept:
            return 0
        numbers = list(map(self._term_numbers.get, kept))
        if None in numbers:
            numbers = [
                self._number(term) if number is None else number
                for number, term in zip(numbers, kept, strict=True)
            ]
        pending = self._pending.get(fieldname)
        if pending is None:
            pending = self._pending[fieldname] = _PendingWords(fmt.field_boost)
            self.fieldnames.add(fieldname)
        pending.add(docnum, first, boost, numbers)
        self._pending_words += len(numbers)
        self._size += _PENDING_WORD_BYTES * len(numbers)
        if self._pending_words >= _SORT_EVERY_WORDS:
            self._sort_pending()
        if self._size > self._limit:
            self._spill()
        return len(kept)

    def _number(self, term: bytes) -> int:
        number = self._term_numbers.get(term)  # numbered earlier in this document
        if number is not None:
            return number
        number = self._term_numbers[term] = len(self._numbered)
        self._numbered.append(term)
        self._size += _TERM_BYTES + len(term)
        return number

    def _sort_pending(self) -> None:
        """Turn the words add_terms was given into each term's piece of postings."""
        if not self._pending:
            return
        numbered = self._numbered
        # Each term number's place in term order, so a sort by place is a
        # sort by term (as bytes, as the segment's terms go).
        places = np.empty(len(numbered), dtype=np.uint32)
        places[sorted(range(len(numbered)), key=numbered.__getitem__)] = np.arange(
            len(numbered), dtype=np.uint32
        )
        for fieldname, pending in self._pending.items():
            pieces = self._pieces.setdefault(fieldname, {})
            for term, piece in pending.pieces(places, numbered):
                found = pieces.get(term)
                if found is None:
                    pieces[term] = [piece]
                    self._size += _TERM_BYTES + len(term)
                else:
                    found.append(piece)
                self._size += _PIECE_BYTES + sum(map(len, piece))
        self._size -= _PENDING_WORD_BYTES * self._pending_words
        self._size -= sum(_TERM_BYTES + len(term) for term in numbered)
        self._pending = {}
        self._pending_words = 0
        self._term_numbers = {}
        self._numbered = []

    def _sorted_terms(self) -> Iterator[tuple[tuple[str, bytes], bool, list]]:
        """Yield each gathered term's (field, term), whether pieces, and postings, sorted."""
        self._sort_pending()
        for fieldname in sorted(self._fields.keys() | self._pieces.keys()):
            # The documents' pieces and, for a text field, a merged segment's
            # flat postings: both under one key, adjacent, for entries().
            pieces = self._pieces.get(fieldname, {})
            flat = self._fields.get(fieldname, {})
            for btext in sorted(pieces.keys() | flat.keys()):
                if btext in pieces:
                    yield (fieldname, btext), True, pieces[btext]
                if btext in flat:
                    yield (fieldname, btext), False, flat[btext]

    def _spill(self) -> None:
        """Write the gathered terms, sorted, to a run file and start again.

        Terms are pickled a few thousand at a time, as (field, [(term,
        pieces?, postings), ...]): a pickle call a term made spilling and
        reading back a run much slower (docs/benchmarks.md).
        """
        # Random: the writer processes of one commit share a temporary folder.
        name = f"{secrets.token_hex(12)}.run"
        with self._tempstore.create_file(name).raw_file() as run:
            chunk, slots, last = [], 0, None
            for (fieldname, btext), is_pieces, postings in self._sorted_terms():
                if chunk and (
                    fieldname != last
                    or len(chunk) >= _RUN_CHUNK_TERMS
                    or slots >= _RUN_CHUNK_SLOTS
                ):
                    pickle.dump((last, chunk), run, protocol=5)
                    chunk, slots = [], 0
                last = fieldname
                chunk.append((btext, is_pieces, postings))
                slots += _slots(postings, is_pieces)
            if chunk:
                pickle.dump((last, chunk), run, protocol=5)
        self._runs.append(name)
        self._fields = {}
        self._pieces = {}
        self._size = 0

    def _read_run(self, name: str) -> Iterator[tuple[tuple[str, bytes], bool, list]]:
        with self._tempstore.open_file(name).raw_file() as run:
            while True:
                try:
                    fieldname, chunk = pickle.load(run)
                except EOFError:
                    return
                for btext, is_pieces, postings in chunk:
                    yield (fieldname, btext), is_pieces, postings

    def entries(self) -> Iterator[Entry]:
        """Yield every term's postings in term order, docnums ascending."""
        for key, pieces, postings in self._gathered():
            yield _entry(key, pieces, postings)

    def _gathered(self) -> Iterator[tuple[tuple[str, bytes], list[Piece], list]]:
        """Yield every term's (field, term), pieces and flat postings, in term order."""
        in_memory = self._sorted_terms()
        # Runs hold earlier documents than later runs and memory; merge is
        # stable, so a term's pieces come in the order they were added. A
        # field's pieces (documents added) come before its flat postings
        # (segments merged at commit, added after every document).
        sources = [self._read_run(name) for name in self._runs] + [in_memory]
        merged = heapq.merge(*sources, key=itemgetter(0)) if self._runs else in_memory
        for key, found in groupby(merged, key=itemgetter(0)):
            pieces: list[Piece] = []
            postings: list = []  # new: a part may be the in-memory pool's own list
            for _key, is_pieces, more in found:
                if is_pieces:
                    pieces += more
                else:
                    postings += more
            yield key, pieces, postings

    def iter_postings(self) -> Iterator[tuple]:
        """Yield the postings as Whoosh's pool does, one sorted tuple each."""
        for (fieldname, btext), docnums, weights, values in self.entries():
            for posting in zip(docnums, weights, values, strict=True):
                yield (fieldname, btext, *posting)

    def write(self, fieldwriter, schema, perdoc_reader) -> None:
        """Write every term's postings with the segment's W3 field writer."""
        for fieldname, gathered in groupby(self._gathered(), key=lambda e: e[0][0]):
            fieldwriter.start_field(fieldname, schema[fieldname])
            lengths = _field_lengths(perdoc_reader, fieldname)
            inline_below = fieldwriter._postwriter._inlinelimit
            terms_table = fieldwriter._tindex
            field_key = pack_ushort(fieldwriter._fieldid)
            inlined: list[tuple[bytes, bytes]] = []
            for (_field, btext), pieces, postings in gathered:
                one = _one_posting(pieces, postings) if inline_below > 1 else None
                if one is not None:
                    # Most terms of all (ids, urls, anchors, spelling
                    # words, rare words) are found in one document: their
                    # entry is made from it without the lists of _entry.
                    inlined.append(
                        (field_key + btext, _inlined_entry_of_one(*one, lengths))
                    )
                    if len(inlined) >= _TABLE_BATCH:
                        _add_to_table(terms_table, inlined)
                        inlined = []
                    continue
                _key, docnums, weights, values = _entry(
                    (fieldname, btext), pieces, postings
                )
                if len(docnums) < inline_below:
                    # Most terms (ids, urls, anchors, rare words): their
                    # entry is made here, as finish_term would make it.
                    inlined.append(
                        (
                            field_key + btext,
                            _inlined_entry(docnums, weights, values, lengths),
                        )
                    )
                    if len(inlined) >= _TABLE_BATCH:
                        _add_to_table(terms_table, inlined)
                        inlined = []
                    continue
                _add_to_table(terms_table, inlined)  # the table is in term order
                inlined = []
                fieldwriter.start_term(btext)
                _write_postings(
                    fieldwriter._postwriter, docnums, weights, values, lengths
                )
                fieldwriter.finish_term()
            _add_to_table(terms_table, inlined)
            fieldwriter.finish_field()

    def cleanup(self) -> None:
        if _kept_until_exit is not None:
            _kept_until_exit.append((self._fields, self._pieces))
        for name in self._runs:
            try:
                self._tempstore.delete_file(name)
            except OSError:
                pass  # the writer's temporary folder is removed after this
        self._runs = []
        self._fields = {}
        self._pieces = {}
        self._pending = {}
        self._pending_words = 0
        self._term_numbers = {}
        self._numbered = []
        self._size = 0


# The pools of a writer process that ends once its segment is written
# (parallel.py), kept rather than freed: freeing the millions of lists and
# byte strings of its terms one by one was a cost of its own, paid just
# before the process exits, which frees its memory at once.
_kept_until_exit: list | None = None


def keep_pools_until_exit() -> None:
    """Keep every pool's postings in memory once written, until the process ends."""
    global _kept_until_exit
    if _kept_until_exit is None:
        _kept_until_exit = []


def _slots(postings: list, is_pieces: bool) -> int:
    """Return the flat list slots of a term's postings (three a posting)."""
    if is_pieces:
        return (
            3 * sum(len(piece[0]) for piece in postings) // 4
        )  # docnums: 4 bytes each
    return len(postings)


class _PendingWords:
    """One field's terms (by number) of the documents added since the last sort."""

    def __init__(self, field_boost: float) -> None:
        self.field_boost = field_boost
        self.numbers = array("I")
        self.starts = array("q")  # each document's first word in numbers
        self.firsts = array("q")  # each document's first position
        self.docnums = array("I")
        self.boosts = array("d")

    def add(self, docnum: int, first: int, boost: float, numbers: list[int]) -> None:
        self.starts.append(len(self.numbers))
        self.firsts.append(first)
        self.docnums.append(docnum)
        self.boosts.append(boost)
        self.numbers.extend(numbers)

    def pieces(
        self, places: np.ndarray, numbered: list[bytes]
    ) -> Iterator[tuple[bytes, Piece]]:
        """Yield (term, piece) in term order: the postings of these documents.

        Each posting's value is what CompactPositions.encode gives for its
        positions (a type code, then the deltas, little-endian), built for
        all postings at once.
        """
        numbers = np.frombuffer(self.numbers, dtype=np.uint32)
        count = len(numbers)
        starts = np.frombuffer(self.starts, dtype=np.int64)
        words_per_doc = np.diff(starts, append=count)
        doc_of_word = np.repeat(np.arange(len(starts)), words_per_doc)
        shift = np.frombuffer(self.firsts, dtype=np.int64) - starts
        positions = np.arange(count, dtype=np.int64) + shift[doc_of_word]
        # Stable: within a term, documents and positions stay ascending.
        order = np.argsort(places[numbers], kind="stable")
        terms = numbers[order]
        doc_of_word = doc_of_word[order]
        positions = positions[order]
        del order
        # A posting starts where the term or the document changes.
        starts_posting = np.empty(count, dtype=bool)
        starts_posting[0] = True
        np.not_equal(terms[1:], terms[:-1], out=starts_posting[1:])
        starts_posting[1:] |= doc_of_word[1:] != doc_of_word[:-1]
        posting_start = np.flatnonzero(starts_posting)
        frequency = np.diff(posting_start, append=count)
        deltas = positions.copy()
        deltas[1:] -= positions[:-1]
        deltas[posting_start] = positions[posting_start]
        del positions
        biggest = np.maximum.reduceat(deltas, posting_start)
        width = np.where(biggest < 0x100, 1, np.where(biggest < 0x10000, 2, 4))
        value_length = 1 + frequency * width
        value_start = np.zeros(len(posting_start) + 1, dtype=np.int64)
        np.cumsum(value_length, out=value_start[1:])
        values = np.zeros(value_start[-1], dtype=np.uint8)
        values[value_start[:-1]] = _CODES[width >> 1]
        word_width = np.repeat(width, frequency)
        index_in_posting = np.arange(count) - np.repeat(posting_start, frequency)
        at = np.repeat(value_start[:-1], frequency) + 1 + index_in_posting * word_width
        del index_in_posting
        for byte in range(4):  # little-endian, as the files are everywhere
            wide = word_width > byte
            values[at[wide] + byte] = (deltas[wide] >> (8 * byte)) & 0xFF
        docs = np.frombuffer(self.docnums, dtype=np.uint32)[doc_of_word[posting_start]]
        # frequency * field boost * boost, in Whoosh's order, as doubles
        weights = frequency * float(self.field_boost)
        weights *= np.frombuffer(self.boosts, dtype=np.float64)[
            doc_of_word[posting_start]
        ]
        term_of_posting = terms[posting_start]
        new_term = np.empty(len(term_of_posting), dtype=bool)
        new_term[0] = True
        np.not_equal(term_of_posting[1:], term_of_posting[:-1], out=new_term[1:])
        term_start = np.flatnonzero(new_term)
        term_numbers = term_of_posting[term_start].tolist()
        term_start = [*term_start.tolist(), len(posting_start)]
        value_start = value_start.tolist()
        docs = docs.astype(np.uint32).tobytes()
        weights = weights.astype(np.float64).tobytes()
        lengths = value_length.astype(np.uint32).tobytes()
        values = values.tobytes()
        for n, number in enumerate(term_numbers):
            a, b = term_start[n], term_start[n + 1]
            yield (
                numbered[number],
                (
                    docs[4 * a : 4 * b],
                    weights[8 * a : 8 * b],
                    lengths[4 * a : 4 * b],
                    values[value_start[a] : value_start[b]],
                ),
            )


# CompactPositions' type codes by width // 2: "B" (1 byte), "H" (2), "I" (4)
_CODES = np.array([ord("B"), ord("H"), ord("I")], dtype=np.uint8)


def _write_postings(postwriter, docnums, weights, values, lengths) -> None:
    """Give a W3 postings writer one term's postings a block at a time.

    Sets the block buffers ``add_posting`` would have filled one posting at a
    time, with the same statistics (see whoosh.codec.whoosh3).
    """
    limit = postwriter._blocklimit
    for start in range(0, len(docnums), limit):
        if start:
            postwriter._write_block()
        block = docnums[start : start + limit]
        block_weights = weights[start : start + limit]
        postwriter._ids = block
        postwriter._weights = array("f", block_weights)
        postwriter._values = list(filter(None, values[start : start + limit]))
        # From the weights as given, ints after a merge of segments, as
        # add_posting keeps them; its block buffer holds them as floats.
        postwriter._maxweight = max(0, max(block_weights))
        if lengths is not None:
            block_lengths = list(filter(None, map(lengths.__getitem__, block)))
            if block_lengths:
                postwriter._minlength = min(block_lengths)
                postwriter._maxlength = max(block_lengths)


def _entry(key: tuple[str, bytes], pieces: list[Piece], postings: list) -> Entry:
    """Return a term's pieces, then its flat [docnum, weight, value, ...] list, as an Entry."""
    docnums = array("I")
    weights: list = []
    values: list = []
    if pieces:
        if len(pieces) == 1:
            docs, weighed, lengths, joined = pieces[0]
        else:
            docs, weighed, lengths, joined = map(b"".join, zip(*pieces, strict=True))
        docnums.frombytes(docs)
        as_doubles = array("d")
        as_doubles.frombytes(weighed)
        weights = as_doubles.tolist()
        value_lengths = array("I")
        value_lengths.frombytes(lengths)
        ends = list(accumulate(value_lengths))
        values = list(map(joined.__getitem__, map(slice, [0, *ends[:-1]], ends)))
    if postings:
        docnums.extend(postings[0::3])
        weights += postings[1::3]
        values += postings[2::3]
        flat = len(postings) // 3
        if pieces and docnums[-flat] < docnums[-flat - 1]:
            # Flat postings of documents numbered before the pieces' (a
            # library writer's add_reader before add_document, or a text
            # field given a list): put the term's postings in docnum order.
            order = sorted(range(len(docnums)), key=docnums.__getitem__)
            docnums = array("I", [docnums[n] for n in order])
            weights = [weights[n] for n in order]
            values = [values[n] for n in order]
    return key, docnums, weights, values


def _one_posting(pieces: list[Piece], postings: list) -> tuple | None:
    """Return (docnum, weight, value) when a term has one posting, else None.

    The values ``_entry`` would list for it.
    """
    if pieces:
        if postings or len(pieces) != 1:
            return None
        docs, weighed, _lengths, joined = pieces[0]
        if len(docs) != _ONE_DOCNUM.size:
            return None
        return _ONE_DOCNUM.unpack(docs)[0], _ONE_WEIGHT.unpack(weighed)[0], joined
    if len(postings) == 3:
        return postings[0], postings[1], postings[2]
    return None


# A piece's one docnum and weight, as the arrays "I" and "d" of _entry read them.
_ONE_DOCNUM = struct.Struct("=I")
_ONE_WEIGHT = struct.Struct("=d")


def _add_to_table(table, entries: list[tuple[bytes, bytes]]) -> None:
    """Add (key, value) entries, in key order, to a W3 term table.

    What OrderedHashWriter.add does for each, with one write for them all
    and the file position counted rather than asked for (two tell() calls
    an entry) and the key's MD5 hash taken from its digest's bytes rather
    than its hex string.
    """
    if not entries:
        return
    hashed = _md5_hash if table.hashfn is md5_hash else table.hashfn
    buckets = table.buckets
    index = table.index
    position = table.dbfile.tell()
    parts = []
    last = table.lastkey
    for key, value in entries:
        if key <= last:  # as OrderedHashWriter.add checks
            raise ValueError(f"Keys must increase: {last!r}..{key!r}")
        last = key
        index.append(position)
        parts += (_KEY_VALUE_LENGTHS.pack(len(key), len(value)), key, value)
        hash_value = hashed(key)
        buckets[hash_value & 255].append((hash_value, position))
        position += _KEY_VALUE_LENGTHS.size + len(key) + len(value)
    table.dbfile.write(b"".join(parts))
    table.lastkey = entries[-1][0]


def _md5_hash(key: bytes) -> int:
    """filetables.md5_hash: the low 32 bits of the key's MD5 digest."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


def _inlined_entry(docnums, weights, values, lengths) -> bytes:
    """Return the term table entry of a posting list kept in the table itself.

    The bytes W3's field writer writes for a list shorter than the inline
    limit (start_term, add_posting each, finish_term: W3TermInfo.add_block,
    set_inline, codec._PostingsWriter.finish_postings, to_bytes) without its
    per-term objects and calls, paid at commit for every such term: most of
    a segment's terms are inlined (docs/benchmarks.md).
    tests/test_term_pool.py compares the segments byte for byte.
    """
    if len(docnums) == 1:  # ids, urls, anchors: the commonest kind of term
        return _inlined_entry_of_one(docnums[0], weights[0], values[0], lengths)
    as_stored = array("f", weights)  # the block buffer's float32 weights
    found = (
        list(filter(None, map(lengths.__getitem__, docnums)))
        if lengths is not None
        else []
    )
    stored_weights = tuple(as_stored)
    if all(map(float.is_integer, stored_weights)):
        stored_weights = tuple(map(int, stored_weights))
    head = _TERM_INFO.pack(
        True,  # inlined
        sum(as_stored),
        len(docnums),
        length_to_byte(min(found)) if found else 0,
        length_to_byte(max(found)) if found else 0,
        max(0, max(weights)),
        docnums[0],
        docnums[-1],
    )
    inlined = (
        tuple(docnums),
        stored_weights,
        tuple(value for value in values if value),
    )
    return head + pickle.dumps(inlined, 5)


def _inlined_entry_of_one(docnum: int, weight, value: bytes, lengths) -> bytes:
    """``_inlined_entry`` for a term found in one document."""
    as_stored = _FLOAT32.unpack(_FLOAT32.pack(weight))[0]
    length = lengths[docnum] if lengths is not None else 0
    length_code = length_to_byte(length) if length else 0
    head = _TERM_INFO.pack(
        True, as_stored, 1, length_code, length_code, max(0, weight), docnum, docnum
    )
    stored_weight = int(as_stored) if as_stored.is_integer() else as_stored
    inlined = ((docnum,), (stored_weight,), (value,) if value else ())
    return head + pickle.dumps(inlined, 5)


def _field_lengths(perdoc_reader, fieldname: str) -> list[int] | None:
    """Return the field's length in each document of the new segment, or None."""
    if perdoc_reader is None:
        return None
    codes = columns.length_codes(
        perdoc_reader, fieldname, perdoc_reader.doc_count_all()
    )
    return [_BYTE_TO_LENGTH[code] for code in codes] if codes is not None else None


def install() -> None:
    """Make Whoosh's segment writers of searchidx indexes use a TermPool.

    Only segments written with searchidx's codec: another Whoosh index in the
    same program keeps Whoosh's own pool, including the parts of it this one
    lacks (the run merging of Whoosh's multiprocess writer when it writes
    one segment, which searchidx never asks for).
    """

    def pool_for(tempstore, segment, **kwargs):
        if isinstance(segment.codec(), Codec):
            return TermPool(tempstore, segment, **kwargs)
        return WHOOSH_POOL(tempstore, segment, **kwargs)

    def flush_segment(self) -> None:  # SegmentWriter._flush_segment, by term
        if not isinstance(self.pool, TermPool):
            WHOOSH_FLUSH_SEGMENT(self)
            return
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        try:
            self.pool.write(self.fieldwriter, self.schema, lengths)
            self.fieldwriter.close()
        finally:
            if lengths is not None:
                lengths.close()

    def add_document(self, **fields) -> None:  # SegmentWriter.add_document, by field
        if not _takes_fields_whole(self):
            WHOOSH_ADD_DOCUMENT(self, **fields)
            return
        # Whoosh's add_document, less what searchidx's schema never has
        # (term vectors, per-document spelling words), with each field's
        # postings handed to the pool together.
        self._check_state()
        schema = self.schema
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        pool, perdocwriter, docnum = self.pool, self.perdocwriter, self.docnum
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    if isinstance(value, str) and hasattr(field, "kept_terms_of"):
                        length = pool.add_terms(
                            fieldname,
                            docnum,
                            *field.kept_terms_of(value),
                            field.format,
                            boost,
                        )
                    else:
                        length = pool.add_postings(
                            fieldname, docnum, field.index(value), boost
                        )
                    if not field.scorable:
                        length = 0
                stored_value = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(
                    fieldname, field, stored_value if field.stored else None, length
                )
                column = field.column_type
                if column and stored_value is not None:
                    perdocwriter.add_column_value(
                        fieldname, column, field.to_column_value(stored_value)
                    )
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    whoosh.writing.PostingPool = pool_for
    whoosh.writing.SegmentWriter._flush_segment = flush_segment
    whoosh.writing.SegmentWriter.add_document = add_document


def _takes_fields_whole(writer) -> bool:
    """Return True when ``writer`` can give its pool a field's postings at once.

    A TermPool, and a schema without the two things only Whoosh's own
    add_document writes: term vectors and per-document spelling words.
    """
    known = getattr(writer, "_searchidx_whole_fields", None)
    if known is None:
        known = isinstance(writer.pool, TermPool) and not any(
            field.vector or field.separate_spelling()
            for _name, field in writer.schema.items()
        )
        writer._searchidx_whole_fields = known
    return known


# Whoosh's own, for other indexes and for tests/test_term_pool.py to compare with.
WHOOSH_POOL = whoosh.writing.PostingPool
WHOOSH_FLUSH_SEGMENT = whoosh.writing.SegmentWriter._flush_segment
WHOOSH_ADD_DOCUMENT = whoosh.writing.SegmentWriter.add_document
