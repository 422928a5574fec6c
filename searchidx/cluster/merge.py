"""Gathering: the answers of every shard made into the one an index gives.

Copies of a release are always held by one shard (routing.py), so what a
shard folds, counts and lists is already exact for its releases: pages
merge by the listing order, totals and facet counts add up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..facets import TIME_FACETS, FacetCount
from ..index import CheckReport, IndexStats
from ..pipeline import AddReport
from ..search import Hit, Listing, Results


@dataclass(frozen=True, slots=True)
class ShardedResults(Results):
    """Results of a sharded index; ``failed_shards`` names the shards that did
    not answer (their hits are missing: the results are partial)."""

    failed_shards: tuple[str, ...] = ()

    @property
    def is_partial(self) -> bool:
        """Return True when some shard did not answer."""
        return bool(self.failed_shards)


def listing_key(sort: str):
    """Return the key ordering (shard number, hit) pairs as one index lists them.

    Each hit carries its place in the listing order (``Hit.order``): the
    exact score or date, then values a release has on any shard. Hits from
    an index without it fall back to shard and rank, exact but for ties.
    """
    if sort == "relevance":
        return lambda pair: (pair[1].order or (-pair[1].score,), pair[0], pair[1].rank)

    def by_date(pair):
        shard, hit = pair
        if hit.order:
            return (hit.order, shard, hit.rank)
        day = hit.document.date
        if day is None:
            return ((True, 0), shard, hit.rank)  # undated after dated, either way
        ordinal = day.toordinal()
        return ((False, -ordinal if sort == "newest" else ordinal), shard, hit.rank)

    return by_date


def merge_hits(
    answers: dict[int, Results], *, sort: str, limit: int, page: int
) -> tuple[Hit, ...]:
    """Return the requested page of the shards' hits, ranked as one list."""
    pairs = [(shard, hit) for shard, results in answers.items() for hit in results.hits]
    pairs.sort(key=listing_key(sort))
    offset = (page - 1) * limit
    return tuple(
        replace(hit, rank=offset + place + 1)
        for place, (_, hit) in enumerate(pairs[offset : offset + limit])
    )


def merge_listings(
    answers: dict[int, Listing], *, limit: int, page: int
) -> list[tuple[int, int]]:
    """Return the requested page of the shards' listed hits, as (shard, place
    in its listing) pairs in the listing order (each entry's ``order``, the
    same wherever its release is held)."""
    pairs = [
        (shard, place)
        for shard, listing in answers.items()
        for place in range(len(listing.entries))
    ]
    pairs.sort(key=lambda pair: (answers[pair[0]].entries[pair[1]].order, pair[0]))
    offset = (page - 1) * limit
    return pairs[offset : offset + limit]


def merge_facets(
    answers: dict[int, Results] | dict[int, Listing],
) -> dict[str, tuple[FacetCount, ...]]:
    """Return the facet counts of all shards added up, ordered as one index orders them."""
    summed: dict[str, dict[str, int]] = {}
    for results in answers.values():
        for name, counts in results.facets.items():
            values = summed.setdefault(name, {})
            for count in counts:
                values[count.value] = values.get(count.value, 0) + count.count
    merged = {}
    for name, values in summed.items():
        listed = [FacetCount(value, count) for value, count in values.items()]
        if name in TIME_FACETS:
            listed.sort(key=lambda c: c.value)
        else:
            listed.sort(key=lambda c: (-c.count, c.value))
        merged[name] = tuple(listed)
    return merged


@dataclass(frozen=True, slots=True)
class ShardedStats(IndexStats):
    """Figures of a sharded index; ``failed_shards`` names the shards that did
    not answer (their documents are not counted: the figures are partial)."""

    failed_shards: tuple[str, ...] = ()

    @property
    def is_partial(self) -> bool:
        """Return True when some shard did not answer."""
        return bool(self.failed_shards)


def merge_stats(
    answers: list[IndexStats], size_bytes: int, *, failed_shards: tuple[str, ...] = ()
) -> ShardedStats:
    """Return one index's figures for the shards' together."""
    sources: dict[str, int] = {}
    for stats in answers:
        for name, count in stats.sources.items():
            sources[name] = sources.get(name, 0) + count
    firsts = [s.first_date for s in answers if s.first_date is not None]
    lasts = [s.last_date for s in answers if s.last_date is not None]
    return ShardedStats(
        documents=sum(s.documents for s in answers),
        sources=dict(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
        first_date=min(firsts, default=None),
        last_date=max(lasts, default=None),
        size_bytes=size_bytes,
        failed_shards=failed_shards,
    )


def merge_checks(
    answers: dict[str, CheckReport], failed: dict[str, str]
) -> CheckReport:
    """Return one report for every shard; a problem names its shard."""
    problems = [
        f"{name}: {problem}"
        for name, report in answers.items()
        for problem in report.problems
    ]
    problems += [
        f"{name}: cannot be read ({reason})" for name, reason in failed.items()
    ]
    return CheckReport(
        documents=sum(r.documents for r in answers.values()),
        segments=sum(r.segments for r in answers.values()),
        problems=tuple(problems),
    )


def merge_reports(reports: list[AddReport], *, duplicates: int) -> AddReport:
    """Return the counts of every shard's write, plus the copies dropped before routing."""
    return AddReport(
        added=sum(r.added for r in reports),
        updated=sum(r.updated for r in reports),
        unchanged=sum(r.unchanged for r in reports),
        repeated=duplicates + sum(r.repeated for r in reports),
        removed=sum(r.removed for r in reports),
    )
