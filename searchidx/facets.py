"""Facet counts over a set of hits: years, months, sources and tags.

Whoosh counts facets by running a second search over every document of the
index, filtered to the hits, and reading each hit's value from disk: with all
four facets, the `searchidx query` default, that more than doubled a search's
time (docs/benchmarks.md). Here each segment's column of year, month and
source values is read once per reader (engine/columns.py), and counting is a
lookup per hit; tags, which a release has several of, are counted by
intersecting the hits with each tag's documents, also read once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .sources import as_publisher, publisher_names

FACET_FIELDS = ("year", "month", "source", "tags")
# Counted from a column of values; the rest from the field's postings.
COLUMN_FACETS = frozenset({"year", "month", "source"})
# Listed in time order; the others by count.
TIME_FACETS = frozenset({"year", "month"})


@dataclass(frozen=True, slots=True)
class FacetCount:
    """How many matching documents have ``value`` in a facet field."""

    value: str
    count: int


def count_facets(
    reader,
    hits: Iterable[int],
    names: Iterable[str],
    publishers: Mapping[str, str] | None = None,
) -> dict[str, tuple[FacetCount, ...]]:
    """Count each facet's values over exactly ``hits`` (global docnums).

    ``publishers``: host-named sources counted as their publisher (default:
    this index's own, sources.publisher_names).
    """
    hits = hits if isinstance(hits, set | frozenset) else set(hits)
    counted: dict[str, tuple[FacetCount, ...]] = {}
    for name in names:
        if not hits:
            counted[name] = ()
            continue
        if name in COLUMN_FACETS:
            values = reader.strings(name)
            counts: dict[str, int] = Counter(map(values.__getitem__, hits))
            if name == "source":
                counts = as_publisher(
                    counts,
                    publisher_names(reader) if publishers is None else publishers,
                )
        else:
            counts = {
                value: len(docnums & hits)
                for value, docnums in reader.term_documents(name).items()
            }
        listed = [FacetCount(value, n) for value, n in counts.items() if value and n]
        if name in TIME_FACETS:
            listed.sort(key=lambda c: c.value)
        else:
            listed.sort(key=lambda c: (-c.count, c.value))
        counted[name] = tuple(listed)
    return counted
