"""Plain words and lone phrases ranked from whole postings, as Whoosh ranks them.

A plain-word search (an OR of stemmed terms in ``content`` and ``title``) is
the common case, and Whoosh answers it document by document: for every
matching document a tree of union matchers asks each term matcher for its id,
weight and score, and the document's field length is read from disk per
posting, which was most of a search's time (docs/benchmarks.md has the
profile). Here each term's postings are read whole
and scored as numpy arrays, added into one array over all documents, with
the field lengths of each segment read once per searcher: the same scores as
Whoosh's (tests/test_ranking.py compares them on every match), at a fraction
of the cost. The matches stay arrays (``Matches``) for filtering, counting
and ordering (search.py). A lone quoted phrase is found and scored the same
way (``rank_phrase``) instead of through Whoosh's span matchers.

This reads what Whoosh 2.7.5 keeps private: the posting blocks of its W3
codec, the list matcher of postings kept in the term table, and the
byte-encoded length column; ``rank_terms`` and ``rank_phrase`` return None,
and the caller searches with Whoosh, if any of them is not what they read.
"""

from __future__ import annotations

import weakref
from array import array
from dataclasses import dataclass

import numpy as np
from whoosh import query
from whoosh.matching.mcore import ListMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from . import columns
from .codec import CompactPositions
from .schema import GROUP_KEY_FIELD

RANKED_FIELDS = frozenset({"content", "title"})
_BYTE_TO_LENGTH = [byte_to_length(code) for code in range(256)]
# segment reader -> {field: lengths}; segments never change once written, and
# a reader's entry goes with it when the searcher is replaced after a commit.
_LENGTHS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class WeightedTerm:
    """One clause of a plain-word query: a term of a field and its boost."""

    fieldname: str
    text: str
    boost: float


def plain_terms(parsed: query.Query) -> list[WeightedTerm] | None:
    """Return the terms of an OR of plain terms, or None for any other query."""
    if isinstance(parsed, query.Term):
        clauses = [parsed]
    elif (
        type(parsed) is query.Or
        and parsed.boost == 1.0
        and not parsed.minmatch
        and parsed.scale is None
        and all(type(clause) is query.Term for clause in parsed.subqueries)
    ):
        clauses = parsed.subqueries
    else:
        return None
    if not all(clause.fieldname in RANKED_FIELDS for clause in clauses):
        return None
    return [WeightedTerm(c.fieldname, c.text, c.boost) for c in clauses]


@dataclass(frozen=True, slots=True)
class Matches:
    """Every live matching document, by global docnum (ascending), and its score."""

    docnums: np.ndarray  # int64
    scores: np.ndarray  # float64

    @classmethod
    def from_dict(cls, scores: dict[int, float]) -> Matches:
        docnums = np.fromiter(sorted(scores), dtype=np.int64, count=len(scores))
        values = np.fromiter(
            map(scores.__getitem__, docnums.tolist()), np.float64, len(scores)
        )
        return cls(docnums, values)

    def __len__(self) -> int:
        return len(self.docnums)

    def keep(self, mask: np.ndarray) -> Matches:
        """Return the matches where ``mask`` (one bool per match) is true."""
        return Matches(self.docnums[mask], self.scores[mask])


def rank_terms(
    searcher, terms: list[WeightedTerm], *, every_word: bool = False
) -> Matches | None:
    """Return every live document matching any term, with its BM25 score.

    With ``every_word``, only the documents holding every word (the terms'
    texts, in any of their fields).

    Returns None when the index's format is not the one this reads, so that
    the caller can search the slow way instead.
    """
    count = searcher.doc_count_all()
    totals = np.zeros(count, dtype=np.float64)
    matched = np.zeros(count, dtype=bool)
    holding = {term.text: np.zeros(count, dtype=bool) for term in terms}
    weighting = searcher.weighting
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        for term in terms:
            field = searcher.schema[term.fieldname]
            btext = field.to_bytes(term.text)
            if (term.fieldname, btext) not in reader:
                continue
            codes = _field_lengths(reader, term.fieldname)
            parts = _bm25_parts(weighting.scorer(leaf, term.fieldname, btext))
            postings = reader.postings(term.fieldname, btext)
            if isinstance(postings, FilterMatcher):
                postings = postings.child  # hides deleted documents: dropped below
            read = _all_postings(postings)
            if codes is None or parts is None or read is None:
                return None
            docnums, counts = read
            idf, k1_plus_1, norms = parts
            # Whoosh's bm25(), element by element in the same order of
            # operations, then added to the sum as its union matcher does.
            length_parts = np.array(norms)[np.frombuffer(codes, np.uint8)[docnums]]
            term_scores = idf * ((counts * k1_plus_1) / (counts + length_parts))
            docnums += offset
            totals[docnums] = totals[docnums] + term_scores * term.boost
            matched[docnums] = True
            holding[term.text][docnums] = True
        if reader.has_deletions():
            deleted = np.fromiter(reader.deleted_docs_set, np.int64)
            matched[deleted + offset] = False
    if every_word:
        for held in holding.values():
            matched &= held
    docnums = np.flatnonzero(matched)
    return Matches(docnums, totals[docnums])


def union_of_postings(reader, fieldname: str, words) -> np.ndarray | None:
    """Return the sorted docnums of one segment holding any of ``words``.

    Whoosh unions many terms with a tree of matchers, one document at a
    time, whose cost grows with the terms (``source:*a*`` on a big index
    ran into the search time limit); reading each term's postings whole and
    merging them is one numpy sort.
    None when a term's postings are in a form _all_postings does not read.
    Deleted documents are left out, as the postings Whoosh's matchers read
    (wrapped to hide them) leave them out.
    """
    found = []
    for word in words:
        if (fieldname, word) not in reader:
            continue
        postings = reader.postings(fieldname, word)
        if isinstance(postings, FilterMatcher):
            postings = postings.child
        read = _all_postings(postings)
        if read is None:
            return None
        found.append(read[0])
    if not found:
        return np.zeros(0, dtype=np.int64)
    merged = distinct_sorted(np.sort(np.concatenate(found)))
    if reader.has_deletions():
        deleted = getattr(reader, "deleted_docs_set", None)
        if deleted is None:  # not one segment's reader: asked one by one
            deleted = [int(d) for d in merged if reader.is_deleted(int(d))]
        merged = merged[~np.isin(merged, np.fromiter(deleted, np.int64))]
    return merged


def _all_postings(postings, *, with_values: bool = False) -> tuple | None:
    """Return a term's (docnums, word counts) in one segment as arrays, and
    with ``with_values`` a list of each posting's value (its positions).

    None when ``postings`` is neither a W3 block matcher nor the list matcher
    of postings kept in the term's entry (codec.INLINE_POSTINGS_LIMIT).
    """
    if isinstance(postings, ListMatcher):
        ids, weights = postings._ids, postings._weights
        if not weights:
            weights = [postings.weight()] * len(ids)
        read = np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
        return (*read, list(postings._values or ())) if with_values else read
    if not hasattr(postings, "_read_data"):
        return None
    # Each block's pickled (docnum deltas, weights, values): the deltas start
    # again from 0 in every block, so the first is made relative to the
    # previous block's last docnum and one cumulative sum undoes them all.
    deltas_read, weights_read, values_read = [], [], []
    last = 0
    while postings.is_active():
        if postings._data is None:
            postings._read_data()
        deltas, weights, values = postings._data
        deltas_read.append(deltas[0] - last)
        deltas_read.extend(deltas[1:])
        last = sum(deltas)
        if weights is None or isinstance(weights, float):  # one for the block
            weights_read.extend([1.0 if weights is None else weights] * len(deltas))
        else:
            weights_read.extend(weights)
        if with_values:
            values_read.extend(values)
        postings._next_block()
    docnums = np.cumsum(np.array(deltas_read, dtype=np.int64))
    read = docnums, np.array(weights_read, dtype=np.float64)
    return (*read, values_read) if with_values else read


@dataclass(frozen=True, slots=True)
class PlainPhrase:
    """A quoted phrase: words that must follow each other in one field."""

    fieldname: str
    words: tuple[str, ...]


def plain_phrase(parsed: query.Query) -> PlainPhrase | None:
    """Return the phrase a query is made of alone, or None for any other query."""
    if (
        type(parsed) is query.Phrase
        and parsed.slop == 1
        and parsed.boost == 1.0
        and parsed.fieldname in RANKED_FIELDS
        and len(parsed.words) > 1
    ):
        return PlainPhrase(parsed.fieldname, tuple(parsed.words))
    return None


def rank_phrase(searcher, phrase: PlainPhrase) -> Matches | None:
    """Return every live document holding the phrase, with its score.

    What Whoosh's Phrase query finds (its words at consecutive positions)
    and scores (the sum of each word's BM25, added in its binary tree of
    intersections), reading each word's postings whole instead of through
    its span matchers: the rarest word first, then only the documents that
    still hold every word so far. None when the index's format is not the
    one this reads.
    """
    scores: dict[int, float] = {}
    fieldname = phrase.fieldname
    field = searcher.schema[fieldname]
    if not isinstance(field.format, CompactPositions):
        return None
    btexts = [field.to_bytes(word) for word in phrase.words]
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if not all((fieldname, btext) in reader for btext in btexts):
            continue
        codes = _field_lengths(reader, fieldname)
        if codes is None:
            return None
        rarest_first = sorted(
            set(btexts), key=lambda b: reader.doc_frequency(fieldname, b)
        )
        held: dict[bytes, tuple[np.ndarray, np.ndarray, list[bytes]]] = {}
        candidates = None
        for btext in rarest_first:
            postings = reader.postings(fieldname, btext)
            if isinstance(postings, FilterMatcher):
                postings = postings.child  # hides deleted documents: dropped below
            read = _all_postings(postings, with_values=True)
            if read is None:
                return None
            docnums, counts, values = read
            if candidates is not None:
                kept = np.flatnonzero(_in_sorted(docnums, candidates))
                docnums, counts = docnums[kept], counts[kept]
                values = [values[at] for at in kept.tolist()]
            held[btext] = docnums, counts, values
            candidates = docnums
        bm25 = {
            btext: _bm25_parts(searcher.weighting.scorer(leaf, fieldname, btext))
            for btext in held
        }
        if None in bm25.values():
            return None
        # Every place where the first word starts the phrase, as one number
        # (docnum, position), kept while each next word follows it.
        places = {
            btext: _position_keys(held[btext][0], held[btext][2]) for btext in held
        }
        starts = places[btexts[0]]
        for step, btext in enumerate(btexts[1:], 1):
            starts = starts[_in_sorted(starts + step, places[btext])]
        for docnum in distinct_sorted(starts >> _POSITION_BITS).tolist():
            code = codes[docnum]
            word_scores = []
            for btext in btexts:
                idf, k1_plus_1, norms = bm25[btext]
                docnums, counts, _values = held[btext]
                tf = counts[np.searchsorted(docnums, docnum)].item()
                word_scores.append(idf * ((tf * k1_plus_1) / (tf + norms[code])))
            scores[docnum + offset] = _tree_sum(word_scores)
        if reader.has_deletions():
            for docnum in reader.deleted_docs_set:
                scores.pop(docnum + offset, None)
    return Matches.from_dict(scores)


# A word's place in a document as one int64: docnum above, position below.
_POSITION_BITS = 32
# CompactPositions' type codes and the little-endian arrays of deltas they mark.
_DELTA_TYPES = (
    (ord("B"), np.dtype("<u1")),
    (ord("H"), np.dtype("<u2")),
    (ord("I"), np.dtype("<u4")),
)


def _position_keys(docnums: np.ndarray, values: list[bytes]) -> np.ndarray:
    """Return (docnum << 32 | position) for every position in ``values``, sorted.

    ``values`` are CompactPositions values (a type code, then the deltas),
    one a posting of ``docnums``; decoded for all postings at once instead
    of a list a posting, which made phrases of two common words (thousands
    of candidate documents) the slowest queries of the throughput benchmark.
    """
    if not values:
        return np.zeros(0, dtype=np.int64)
    type_codes = np.frombuffer(bytes(value[0] for value in values), np.uint8)
    keys = []
    for type_code, dtype in _DELTA_TYPES:
        chosen = np.flatnonzero(type_codes == type_code)
        if not len(chosen):
            continue
        picked = [values[at] for at in chosen.tolist()]
        lengths = np.fromiter(map(len, picked), np.int64, len(picked))
        sizes = (lengths - 1) // dtype.itemsize  # positions a posting
        deltas = np.frombuffer(b"".join(value[1:] for value in picked), dtype)
        if not len(deltas):
            continue
        running = np.cumsum(deltas, dtype=np.int64)
        # Each posting's deltas start again from 0: take off the running
        # total reached before its first one.
        firsts = np.cumsum(sizes) - sizes
        before = np.where(firsts > 0, running[firsts - 1], 0)
        positions = running - np.repeat(before, sizes)
        owners = np.repeat(docnums[chosen], sizes)
        keys.append((owners << _POSITION_BITS) | positions)
    if not keys:
        return np.zeros(0, dtype=np.int64)
    return np.sort(np.concatenate(keys))


def _in_sorted(values: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """Return whether each of ``values`` is in the sorted array ``pool``.

    np.isin does the same by hashing both arrays (NumPy 2.4), slower than
    a binary search in the sorted pool (docs/benchmarks.md).
    """
    if not len(pool):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(pool, values)
    at[at == len(pool)] = 0
    return pool[at] == values


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    """Return the distinct values of a sorted array."""
    if not len(values):
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _tree_sum(values: list[float]) -> float:
    """Add as Whoosh's make_binary_tree of intersection matchers does: a + (b + c)."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _bm25_parts(scorer) -> tuple[float, float, list[float]] | None:
    """Return (idf, K1 + 1, the length part of each length code) of a term's BM25.

    Whoosh's bm25(), so scores match its own to the last bit:
    idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))). A field
    length is stored as one of 256 byte codes, so the part that depends on
    it is worked out once per code. None for a scorer other than BM25F's.
    """
    try:
        idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    except AttributeError:
        return None
    one_minus_b = 1 - B
    return idf, K1 + 1, [K1 * (one_minus_b + B * fl / avgfl) for fl in _BYTE_TO_LENGTH]


def _field_lengths(reader, fieldname: str) -> bytes | None:
    """Return the field's length code in every document of one segment (cached)."""
    cached = _LENGTHS.setdefault(reader, {})
    if fieldname not in cached:
        codes = columns.length_codes(
            getattr(reader, "_perdoc", None), fieldname, reader.doc_count_all()
        )
        if codes is None:
            return None
        cached[fieldname] = codes
    return cached[fieldname]


def group_keys(searcher) -> array:
    """Return every document's group key (schema.group_key), by docnum.

    Read whole per segment (columns.py): looking up the group of each
    matching document, or listing the groups that have copies, was most of
    a new searcher's first search (docs/benchmarks.md).
    """
    return columns.numbers(searcher, GROUP_KEY_FIELD)
