"""Ranking statistics of the live documents only, whatever the index's history.

A removed or replaced release stays in its segment, marked deleted, until a
merge rewrites the segment, and Whoosh's statistics (the document count, a
term's document frequency, a field's total length) count it until then. So
an index that had releases removed ranked what it holds unlike a fresh
build of the same releases, and shards, which merge on their own schedules,
ranked unlike one index with the same history (issue #21's second outside
test: the order of 57 of 105 queries differed after a ``--prune``).

Here the statistics are those of the live documents:

- the document count is the live count;
- a term's document frequency loses the deleted documents in its postings,
  counted when a search first asks for the term, and only in segments that
  have deletions (a fresh build pays nothing). Counting at search time
  keeps the cost with the query's own terms; indexing every deleted
  document's stored text again instead cost each new process time in
  proportion to all the deletions;
- a field's total length is the sum of the live documents' stored length
  codes. Whoosh's own total is the exact sum for a segment as written but
  the sum of the codes for a merged one (a merge copies the codes), so the
  total depended on which segments had been merged; the codes' sum is the
  same for any history, and it is what each document's own length is
  scored with.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter

import numpy as np
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from . import columns
from .mapping import document_to_fields, stored_to_document
from .ranking import _all_postings
from .schema import SPELL_FIELD

_CODE_LENGTHS = np.array([byte_to_length(code) for code in range(256)], np.int64)
# top-level reader -> LiveStatistics, dropped with the reader after a commit
_BY_READER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


class LiveStatistics:
    """One reader's statistics of its live documents (see the module's text)."""

    def __init__(self, reader) -> None:
        self.doc_count = reader.doc_count()
        scorable = [name for name, field in reader.schema.items() if field.scorable]
        self.field_lengths = dict.fromkeys(scorable, 0)
        # (segment reader, its deleted docnums sorted), for segments with any
        self._deleting: list[tuple[object, np.ndarray]] = []
        for leaf, _offset in reader.leaf_readers():
            deleted = None
            if leaf.has_deletions():
                deleted = np.array(sorted(leaf.deleted_docs_set), dtype=np.int64)
                self._deleting.append((leaf, deleted))
            for name in scorable:
                self.field_lengths[name] += _live_length(leaf, name, deleted)
        self._deleted_holding: dict[tuple[str, bytes], int] = {}

    def doc_frequency(self, reader, fieldname: str, text: str | bytes) -> int:
        """Return how many live documents hold ``text`` in ``fieldname``."""
        held = reader.doc_frequency(fieldname, text)
        if not held or not self._deleting:
            return held
        if isinstance(text, str):
            text = reader.schema[fieldname].to_bytes(text)
        key = (fieldname, text)
        if key not in self._deleted_holding:
            self._deleted_holding[key] = sum(
                _deleted_holding(leaf, deleted, fieldname, text)
                for leaf, deleted in self._deleting
            )
        return held - self._deleted_holding[key]

    def average_field_length(self, fieldname: str) -> float:
        return self.field_lengths.get(fieldname, 0) / (self.doc_count or 1)


def live_statistics(reader) -> LiveStatistics:
    """Return ``reader``'s live statistics, worked out once per reader."""
    with _LOCK:
        known = _BY_READER.get(reader)
    if known is not None:
        return known
    statistics = LiveStatistics(reader)
    with _LOCK:
        return _BY_READER.setdefault(reader, statistics)


def _live_length(leaf, fieldname: str, deleted: np.ndarray | None) -> int:
    """Return the sum of one segment's live documents' length codes."""
    count = leaf.doc_count_all()
    codes = columns.length_codes(getattr(leaf, "_perdoc", None), fieldname, count)
    if codes is None:  # a layout the column reader does not know: one by one
        gone = set() if deleted is None else set(deleted.tolist())
        return sum(
            leaf.doc_field_length(docnum, fieldname, 0)
            for docnum in range(count)
            if docnum not in gone
        )
    lengths = _CODE_LENGTHS[np.frombuffer(codes, np.uint8)]
    if deleted is not None:
        lengths[deleted] = 0
    return int(lengths.sum())


def _deleted_holding(leaf, deleted: np.ndarray, fieldname: str, btext: bytes) -> int:
    """Return how many of one segment's deleted documents hold the term."""
    if (fieldname, btext) not in leaf:
        return 0
    postings = leaf.postings(fieldname, btext)
    if isinstance(postings, FilterMatcher):
        postings = postings.child  # the raw postings, deleted documents included
    read = _all_postings(postings)
    docnums = read[0] if read is not None else np.fromiter(postings.all_ids(), np.int64)
    return int(np.isin(docnums, deleted, assume_unique=True).sum())


# segment id -> {deleted docnum: its (field, term) pairs}: a segment never
# changes once written and its deletions only grow, so a long-lived
# process indexes each deleted document again once. The last segments seen.
_DELETED_TERMS: dict[str, dict[int, frozenset]] = {}
_SEGMENTS_KEPT = 64
# And at most this many documents' terms in all (a release's terms take tens
# of kilobytes): past it the least recently used segments are indexed again.
_DOCUMENTS_KEPT = 20_000
# Fields whose terms a deleted document's stored fields cannot give again
# (the shingle anchors are not stored); none of them is ranked.
_NOT_RECOVERABLE = frozenset({"anchors", SPELL_FIELD})


def deleted_term_counts(reader) -> Counter:
    """Return {(field, term): deleted documents holding it} of ``reader``.

    For every term at once (a term table, term_table.py), where counting
    in each term's postings would read the whole index: each deleted
    document's stored fields are indexed again, which gives the terms its
    indexing gave it (the same analyzers; tests compare the two counts).
    """
    counts: Counter = Counter()
    for leaf, _offset in reader.leaf_readers():
        if leaf.has_deletions():
            known = _deleted_terms(leaf)
            # Only this reader's deletions: a copy of the index (same
            # segment ids) may have deleted others, which are live here.
            for docnum in leaf.deleted_docs_set:
                counts.update(known[docnum])
    return counts


def _deleted_terms(leaf) -> dict[int, frozenset]:
    """Return {deleted docnum: its (field, term) pairs} of one segment."""
    segment = getattr(leaf, "_segment", None)
    key = segment.segment_id() if segment is not None else None
    with _LOCK:
        known = dict(_DELETED_TERMS.get(key, {})) if key is not None else {}
    for docnum in leaf.deleted_docs_set:
        if docnum not in known:
            known[docnum] = _indexed_terms(leaf.schema, leaf.stored_fields(docnum))
    if key is not None:
        with _LOCK:
            _DELETED_TERMS.pop(key, None)
            _DELETED_TERMS[key] = known  # the last used goes last
            while len(_DELETED_TERMS) > 1 and (
                len(_DELETED_TERMS) > _SEGMENTS_KEPT
                or sum(map(len, _DELETED_TERMS.values())) > _DOCUMENTS_KEPT
            ):
                del _DELETED_TERMS[next(iter(_DELETED_TERMS))]
    return known


def _indexed_terms(schema, stored: dict) -> frozenset:
    """Return the (field, term) pairs indexing ``stored`` gave its document."""
    if not stored.get("id"):
        return frozenset()
    fields = document_to_fields(
        stored_to_document(stored), dup_group=stored.get("dup_group", "")
    )
    terms = set()
    for name, value in fields.items():
        if name in _NOT_RECOVERABLE or name not in schema or value in (None, ""):
            continue
        field = schema[name]
        if field.indexed:
            terms.update((name, btext) for btext, *_ in field.index(value))
    return frozenset(terms)
