"""Ranking model: BM25 with Lucene's idf, from the index's own statistics or
from statistics given for a whole collection split over several indexes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from math import log

from whoosh import scoring

from .live import live_statistics


@dataclass(frozen=True, slots=True)
class CollectionStatistics:
    """What BM25 reads of a collection, as plain values that add up.

    The statistics of indexes holding parts of one collection, summed, are
    the statistics of one index holding it all, so each part ranks its
    documents exactly as that one index would (Elasticsearch's
    ``dfs_query_then_fetch``). They are the live documents' (live.py):
    removed and replaced ones do not count, merged away or not.

    Attributes:
        doc_count: live documents.
        field_lengths: ((field, its live documents' stored lengths summed), ...), sorted.
        doc_frequencies: ((field, term, documents holding it), ...), sorted.
    """

    doc_count: int = 0
    field_lengths: tuple[tuple[str, int], ...] = ()
    doc_frequencies: tuple[tuple[str, str, int], ...] = ()

    def __add__(self, other: CollectionStatistics) -> CollectionStatistics:
        if not isinstance(other, CollectionStatistics):
            return NotImplemented
        return CollectionStatistics(
            self.doc_count + other.doc_count,
            _summed(self.field_lengths, other.field_lengths),
            tuple(
                (field, term, count)
                for (field, term), count in _summed_by(
                    ((f, t), n)
                    for f, t, n in self.doc_frequencies + other.doc_frequencies
                )
            ),
        )

    def doc_frequency(self, field: str, term: str) -> int:
        """Return how many documents hold ``term`` in ``field`` (0 if unknown)."""
        return self._frequencies().get((field, term), 0)

    def average_field_length(self, field: str) -> float:
        """Return the mean number of terms of ``field`` per document."""
        return dict(self.field_lengths).get(field, 0) / (self.doc_count or 1)

    def _frequencies(self) -> dict[tuple[str, str], int]:
        return {(field, term): count for field, term, count in self.doc_frequencies}


def _summed(a: Iterable[tuple[str, int]], b: Iterable[tuple[str, int]]):
    return tuple(_summed_by((*a, *b)))


def _summed_by(pairs: Iterable[tuple]) -> list[tuple]:
    totals: dict = {}
    for key, count in pairs:
        totals[key] = totals.get(key, 0) + count
    return sorted(totals.items())


# BM25's usual parameters: one setting for every collection.
BM25_K1 = 1.2
BM25_B = 0.75


class _LuceneIdfBM25(scoring.BM25F):
    """BM25 with Lucene's idf, log(1 + (N - df + 0.5) / (df + 0.5)).

    Whoosh's own idf, log(N / (df + 1)) + 1, never lets a word found in most
    documents fade; Lucene's takes it near zero (docs/benchmarks.md has the
    nDCG@10 of both on the test collections).

    With ``statistics``, N, df and the average field length are the given
    collection's, not the searched index's own; without, the index's live
    documents' (live.py), not Whoosh's, which count deleted ones.
    """

    def __init__(self, statistics: CollectionStatistics | None = None, **kwargs):
        super().__init__(**kwargs)
        self.statistics = statistics
        self._frequencies = statistics._frequencies() if statistics else None

    def idf(self, searcher, fieldname, text):
        if self.statistics is not None:
            documents = self.statistics.doc_count
            frequency = self._frequencies.get((fieldname, term_key(text)), 0)
        else:
            reader = searcher.get_parent().reader()
            live = live_statistics(reader)
            documents = live.doc_count
            frequency = live.doc_frequency(reader, fieldname, text)
        return log(1 + (documents - frequency + 0.5) / (frequency + 0.5))

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if hasattr(scorer, "avgfl"):
            if self.statistics is not None:
                average = self.statistics.average_field_length(fieldname)
            else:
                live = live_statistics(searcher.get_parent().reader())
                average = live.average_field_length(fieldname)
            scorer.avgfl = average or 1
        return scorer


def term_key(text: str | bytes) -> str:
    """Return a term as CollectionStatistics names it: text, whatever its field."""
    if isinstance(text, bytes):
        # Date and number terms are not UTF-8; surrogateescape keeps them apart.
        return text.decode("utf-8", "surrogateescape")
    return text


def bm25f(statistics: CollectionStatistics | None = None) -> scoring.WeightingModel:
    """Return the ranking model searches use, with the collection's statistics."""
    return _LuceneIdfBM25(statistics, B=BM25_B, K1=BM25_K1)
