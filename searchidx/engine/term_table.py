"""The collection's statistics of every term a part of it holds.

Ranking a query exactly over a collection split into parts (shards) needs
the whole collection's statistics of the query's terms. Asked of every
part before each search (scoring.CollectionStatistics), they cost a round
trip per search. A TermTable gives each part, once per commit, the
collection's live document frequency of every term of its ranked fields,
with the collection's document count and field lengths, so that a search
asks the parts once. A part needs only the terms it holds: a term it does
not hold matches none of its documents, so its frequency elsewhere is
never read there.

``Reader.term_table()`` gives a part's own table; ``collection_tables``
turns the parts' tables into each part's table of the whole collection;
``packed``/``unpacked`` store one as plain arrays (numpy's ``.npz``, read
without pickle).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class TermTable:
    """Statistics of every term of a part's ranked fields.

    Attributes:
        doc_count: live documents (the part's own, or the collection's).
        field_lengths: ((field, live documents' length codes summed), ...), sorted.
        terms: {field: the part's terms, sorted}.
        frequencies: {field: documents holding each term, aligned with ``terms``}.
    """

    doc_count: int
    field_lengths: tuple[tuple[str, int], ...]
    terms: dict[str, list[bytes]]
    frequencies: dict[str, np.ndarray]

    def frequency(self, fieldname: str, btext: bytes) -> int:
        """Return how many documents hold ``btext`` in ``fieldname`` (0 if unknown)."""
        terms = self.terms.get(fieldname)
        if not terms:
            return 0
        place = bisect_left(terms, btext)
        if place < len(terms) and terms[place] == btext:
            return int(self.frequencies[fieldname][place])
        return 0

    def with_frequencies(
        self, doc_count: int, field_lengths, frequencies: dict[str, np.ndarray]
    ) -> TermTable:
        """Return this table's terms with other counts (the collection's)."""
        if set(frequencies) != set(self.terms) or any(
            len(frequencies[name]) != len(terms) for name, terms in self.terms.items()
        ):
            raise ValueError("the frequencies are not those of this table's terms")
        return TermTable(doc_count, tuple(field_lengths), self.terms, frequencies)


def collection_tables(tables: list[TermTable]) -> list[TermTable]:
    """Return each part's table with the whole collection's counts, given
    every part's own table."""
    fields = sorted({name for table in tables for name in table.terms})
    totals: dict[str, Counter] = {name: Counter() for name in fields}
    for table in tables:
        for name, terms in table.terms.items():
            totals[name].update(
                dict(zip(terms, table.frequencies[name].tolist(), strict=True))
            )
    doc_count = sum(table.doc_count for table in tables)
    lengths: Counter = Counter()
    for table in tables:
        lengths.update(dict(table.field_lengths))
    field_lengths = tuple(sorted(lengths.items()))
    return [
        table.with_frequencies(
            doc_count,
            field_lengths,
            {
                name: np.fromiter(
                    map(totals[name].__getitem__, terms), np.int64, len(terms)
                )
                for name, terms in table.terms.items()
            },
        )
        for table in tables
    ]


def packed(table: TermTable, **extra: object) -> dict[str, np.ndarray]:
    """Return ``table`` as named arrays (``np.savez``), with ``extra`` values
    that JSON can write."""
    names = sorted(table.terms)
    arrays = {
        "doc_count": np.array(table.doc_count, dtype=np.int64),
        "length_fields": np.array([name for name, _ in table.field_lengths], dtype=str),
        "lengths": np.array([n for _, n in table.field_lengths], dtype=np.int64),
        "fields": np.array(names, dtype=str),
        "extra": np.frombuffer(json.dumps(extra).encode("utf-8"), dtype=np.uint8),
    }
    for place, name in enumerate(names):
        terms = table.terms[name]
        arrays[f"terms{place}"] = np.frombuffer(b"".join(terms), dtype=np.uint8)
        arrays[f"ends{place}"] = np.cumsum(
            [len(term) for term in terms], dtype=np.int64
        )
        arrays[f"frequencies{place}"] = np.asarray(table.frequencies[name], np.int64)
    return arrays


def unpacked(arrays) -> tuple[TermTable, dict]:
    """Return the table and the extra values ``packed`` gave ``arrays``."""
    terms, frequencies = {}, {}
    for place, name in enumerate(arrays["fields"].tolist()):
        blob = arrays[f"terms{place}"].tobytes()
        ends = arrays[f"ends{place}"].tolist()
        starts = [0, *ends[:-1]] if ends else []
        terms[name] = [blob[start:end] for start, end in zip(starts, ends, strict=True)]
        frequencies[name] = np.asarray(arrays[f"frequencies{place}"], np.int64)
        if len(frequencies[name]) != len(terms[name]):
            raise ValueError(f"field {name}: terms and counts differ in number")
    table = TermTable(
        int(arrays["doc_count"]),
        tuple(
            zip(
                arrays["length_fields"].tolist(),
                arrays["lengths"].tolist(),
                strict=True,
            )
        ),
        terms,
        frequencies,
    )
    return table, json.loads(arrays["extra"].tobytes().decode("utf-8"))
