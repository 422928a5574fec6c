"""The writer's postings gathered by term as documents come, written a term at a time.

Whoosh's writer puts every posting in a pool as a (field, term, docnum,
weight, value) tuple; past the pool's memory limit it sorts them and pickles
them to a run file one posting at a time, and at commit it merges the runs
posting by posting and hands each to its W3 postings writer, which looks up
the document's field length per posting. Writing 20,000 releases on two
processes, spilling and merging runs was about 30% of the writer processes'
time (py-spy). Here a posting is listed under its term as it arrives; a run
holds each term's docnums, weights and values, merged a term at a time; and the
postings writer is given whole blocks of 128. The writer hands the pool a
field's postings together, the text fields' straight from their word
positions (``add_positions``), instead of one 5-tuple a posting. The segment
written is the one Whoosh writes, byte for byte (tests/test_term_pool.py
compares the files, with runs and merged segments).

Memory stays near the writer's ``limitmb``, as with Whoosh's pool: past it,
the gathered terms go to a run file.

Postings reach the pool in ascending docnum order for each term: documents
are numbered as they are added, and segments merged at commit are added
after them, one after the other, with higher numbers.
"""

from __future__ import annotations

import heapq
import pickle
import secrets
from array import array
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter

import whoosh.writing
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from . import doc_values
from .codec import Codec

_BYTE_TO_LENGTH = [byte_to_length(code) for code in range(256)]
_TERM_INFO = W3TermInfo._struct
# Rough bytes of memory per term and per posting, for the pool limit: a
# term's key and list; a posting's three list slots, its weight (most are
# shared) and its value's bytes object (whose length is added). 3,000
# releases' postings took 43.6 MB, and this counts 46.5 MB for them.
_TERM_BYTES = 250
_POSTING_BYTES = 64
# A posting whose value is a word's one position: three slots, and the int
# (shared below 257, 28 bytes above).
_POSITION_POSTING_BYTES = 40
# A run file's terms are pickled in chunks of at most this many terms or
# posting list slots (three a posting), which bounds what a merge holds of
# each run at once.
_RUN_CHUNK_TERMS = 4096
_RUN_CHUNK_SLOTS = 3 * 65536
# Weights of words found 0-255 times, shared: most postings carry one of these.
_WHOLE_WEIGHTS = [float(frequency) for frequency in range(256)]

# A term's postings: ((field, term), docnums, weights, values), one each a
# posting; a value is bytes, or the int position of a word found once (see
# add_positions), which _as_bytes encodes.
Entry = tuple[tuple[str, bytes], array, list, list]


class TermPool:
    """Stands in for Whoosh's PostingPool in the segment writer of a searchidx index."""

    def __init__(self, tempstore, segment=None, limitmb: int = 128, **kwargs):
        self._tempstore = tempstore
        self._limit = limitmb * 1024 * 1024
        # field -> term bytes -> [docnum, weight, value, docnum, ...] (a value
        # is bytes or an int position): one flat list a term, a third of the
        # memory of a tuple a posting.
        self._fields: dict[str, dict[bytes, list]] = {}
        self._size = 0
        self._runs: list[str] = []
        # field -> the format add_positions was given (encodes int values)
        self._formats: dict = {}
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

    def add_positions(self, fieldname: str, docnum: int, positions: dict, fmt,
                      boost: float) -> int:  # fmt: skip
        """Add a document's postings of a field from each term's (UTF-8) word positions.

        What ``add_postings`` does with what ``fmt`` (a Positions format)
        makes of them, without a tuple a posting on the way. Returns the
        field's length.
        """
        terms = self._terms_of(fieldname)
        self._formats[fieldname] = fmt
        encode = fmt.encode
        field_boost = fmt.field_boost
        # frequency * field_boost * boost is Whoosh's weight, float as there.
        shared = _WHOLE_WEIGHTS if field_boost == boost == 1.0 else None
        length = size = 0
        for btext, found in positions.items():
            frequency = len(found)
            length += frequency
            postings = terms.get(btext)
            if postings is None:
                postings = terms[btext] = []
                size += _TERM_BYTES + len(btext)
            if shared is not None and frequency < 256:
                weight = shared[frequency]
            else:
                weight = frequency * field_boost * boost
            if frequency == 1:
                # A word found once (most postings) is kept as its position,
                # an int, and encoded when written (see _as_bytes): a third
                # of the memory of its bytes, so fewer runs to spill and merge.
                postings += (docnum, weight, found[0])
                size += _POSITION_POSTING_BYTES
            else:
                value = encode(found)
                postings += (docnum, weight, value)
                size += _POSTING_BYTES + len(value)
        self._size += size
        if self._size > self._limit:
            self._spill()
        return length

    def _sorted_terms(self) -> Iterator[tuple[tuple[str, bytes], list]]:
        """Yield each gathered term's (field, term) and flat postings list, sorted."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for btext in sorted(terms):
                yield (fieldname, btext), terms[btext]

    def _spill(self) -> None:
        """Write the gathered terms, sorted, to a run file and start again.

        Terms are pickled a few thousand at a time, as (field, [(term,
        flat postings list), ...]): a pickle call a term made spilling and
        reading back a run about twice as slow.
        """
        # Random: the writer processes of one commit share a temporary folder.
        name = f"{secrets.token_hex(12)}.run"
        with self._tempstore.create_file(name).raw_file() as run:
            for fieldname in sorted(self._fields):
                terms = self._fields[fieldname]
                chunk, slots = [], 0
                for btext in sorted(terms):
                    postings = terms[btext]
                    chunk.append((btext, postings))
                    slots += len(postings)
                    if len(chunk) >= _RUN_CHUNK_TERMS or slots >= _RUN_CHUNK_SLOTS:
                        pickle.dump((fieldname, chunk), run, protocol=5)
                        chunk, slots = [], 0
                if chunk:
                    pickle.dump((fieldname, chunk), run, protocol=5)
        self._runs.append(name)
        self._fields = {}
        self._size = 0

    def _read_run(self, name: str) -> Iterator[tuple[tuple[str, bytes], list]]:
        with self._tempstore.open_file(name).raw_file() as run:
            while True:
                try:
                    fieldname, chunk = pickle.load(run)
                except EOFError:
                    return
                for btext, postings in chunk:
                    yield (fieldname, btext), postings

    def entries(self) -> Iterator[Entry]:
        """Yield every term's postings in term order, docnums ascending.

        Values are as the pool holds them (ints among them): ``write`` and
        ``iter_postings`` turn them into bytes.
        """
        in_memory = self._sorted_terms()
        if not self._runs:
            for key, postings in in_memory:
                yield _entry(key, postings)
            return
        # Runs hold earlier documents than later runs and memory; merge is
        # stable, so a term's pieces come in the order they were added.
        sources = [self._read_run(name) for name in self._runs] + [in_memory]
        merged = heapq.merge(*sources, key=itemgetter(0))
        for key, pieces in groupby(merged, key=itemgetter(0)):
            postings = []  # new: a piece may be the in-memory pool's own list
            for _key, more in pieces:
                postings += more
            yield _entry(key, postings)

    def iter_postings(self) -> Iterator[tuple]:
        """Yield the postings as Whoosh's pool does, one sorted tuple each."""
        for (fieldname, btext), docnums, weights, values in self.entries():
            values = _as_bytes(values, self._formats.get(fieldname))
            for posting in zip(docnums, weights, values, strict=True):
                yield (fieldname, btext, *posting)

    def write(self, fieldwriter, schema, perdoc_reader) -> None:
        """Write every term's postings with the segment's W3 field writer."""
        for fieldname, entries in groupby(self.entries(), key=lambda e: e[0][0]):
            fieldwriter.start_field(fieldname, schema[fieldname])
            lengths = _field_lengths(perdoc_reader, fieldname)
            inline_below = fieldwriter._postwriter._inlinelimit
            terms_table = fieldwriter._tindex
            field_key = pack_ushort(fieldwriter._fieldid)
            fmt = self._formats.get(fieldname)
            for (_field, btext), docnums, weights, values in entries:
                values = _as_bytes(values, fmt)
                if len(docnums) < inline_below:
                    # Most terms (ids, urls, anchors, rare words): their
                    # entry is made here, as finish_term would make it.
                    terms_table.add(
                        field_key + btext,
                        _inlined_entry(docnums, weights, values, lengths),
                    )
                    continue
                fieldwriter.start_term(btext)
                _write_postings(fieldwriter._postwriter, docnums, weights, values,
                                lengths)  # fmt: skip
                fieldwriter.finish_term()
            fieldwriter.finish_field()

    def cleanup(self) -> None:
        for name in self._runs:
            try:
                self._tempstore.delete_file(name)
            except OSError:
                pass  # the writer's temporary folder is removed after this
        self._runs = []
        self._fields = {}


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
        postwriter._values = [value for value in values[start : start + limit] if value]
        # From the weights as given, ints after a merge of segments, as
        # add_posting keeps them; its block buffer holds them as floats.
        postwriter._maxweight = max(0, max(block_weights))
        if lengths is not None:
            block_lengths = [lengths[docnum] for docnum in block]
            block_lengths = [length for length in block_lengths if length]
            if block_lengths:
                postwriter._minlength = min(block_lengths)
                postwriter._maxlength = max(block_lengths)


def _entry(key: tuple[str, bytes], postings: list) -> Entry:
    """Return a term's flat [docnum, weight, value, ...] list as an Entry."""
    return key, array("I", postings[0::3]), postings[1::3], postings[2::3]


def _as_bytes(values: list, fmt) -> list:
    """Return a term's posting values all as bytes.

    ``add_positions`` keeps a word found once as its position (an int);
    ``fmt``, the format it was given for the field, encodes it as it would
    have then. Fields it never saw (None) hold bytes only.
    """
    if fmt is None:
        return values
    encode = fmt.encode
    return [value if value.__class__ is bytes else encode((value,)) for value in values]


def _inlined_entry(docnums, weights, values, lengths) -> bytes:
    """Return the term table entry of a posting list kept in the table itself.

    The bytes W3's field writer writes for a list shorter than the inline
    limit (start_term, add_posting each, finish_term: W3TermInfo.add_block,
    set_inline, codec._PostingsWriter.finish_postings, to_bytes) without its
    per-term objects and calls: at commit, 205,000 terms of 10,000 releases
    cost about 20 microseconds each that way, most of them inlined.
    tests/test_term_pool.py compares the segments byte for byte.
    """
    as_stored = array("f", weights)  # the block buffer's float32 weights
    found = [lengths[docnum] for docnum in docnums] if lengths is not None else []
    found = [length for length in found if length]
    stored_weights = tuple(as_stored)
    if all(weight.is_integer() for weight in stored_weights):
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


def _field_lengths(perdoc_reader, fieldname: str) -> list[int] | None:
    """Return the field's length in each document of the new segment, or None."""
    if perdoc_reader is None:
        return None
    codes = doc_values.length_codes(
        perdoc_reader, fieldname, perdoc_reader.doc_count_all()
    )
    return [_BYTE_TO_LENGTH[code] for code in codes] if codes is not None else None


def _install() -> None:
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
                    if isinstance(value, str) and hasattr(field, "positions_of"):
                        length = pool.add_positions(fieldname, docnum,
                                                    field.positions_of(value),
                                                    field.format, boost)  # fmt: skip
                    else:
                        length = pool.add_postings(fieldname, docnum,
                                                   field.index(value), boost)  # fmt: skip
                    if not field.scorable:
                        length = 0
                stored_value = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field,
                                       stored_value if field.stored else None,
                                       length)  # fmt: skip
                column = field.column_type
                if column and stored_value is not None:
                    perdocwriter.add_column_value(fieldname, column,
                                                  field.to_column_value(stored_value))  # fmt: skip
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
_install()
