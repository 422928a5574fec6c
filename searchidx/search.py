"""Searching: filters, facets, sorting, paging, snippets and folded copies."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from .documents import Document
from .engine import CollectionStatistics, Deadline, Reader, TermTable
from .engine.limits import DEFAULT_TIMEOUT_S, check_query_text
from .errors import ParameterError, QueryError
from .facets import FACET_FIELDS, FacetCount, count_facets
from .frozen import FrozenDict
from .snippets import Snippet, best_snippets
from .sources import closest_sources, match_sources, with_host_named

SORTS = ("relevance", "newest", "oldest")


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked result: the document, its score, its best passages, and
    ``copies``: the sources of the other copies of this release (near-copies
    published elsewhere), folded into this hit."""

    rank: int
    score: float
    document: Document
    snippets: tuple[Snippet, ...] = ()
    copies: tuple[str, ...] = ()
    # The hit's place in the listing order, comparable between the hits of
    # any two indexes (what shards are merged by): the exact score, where
    # ``score`` is rounded, then ties by values that do not depend on the
    # order documents were written in.
    order: tuple = field(default=(), compare=False, repr=False)

    @property
    def also_published_by(self) -> tuple[str, ...]:
        """The former name of ``copies``."""
        return self.copies


@dataclass(frozen=True, slots=True)
class Results:
    """A page of hits plus counts over the whole result set.

    ``query`` is the query that was run: the user's, or when theirs found
    nothing and a spelling correction did, the correction, with what they
    typed in ``corrected_from``. ``suggestion`` is a correction not run.
    """

    query: str
    hits: tuple[Hit, ...]
    total: int
    page: int
    page_size: int
    elapsed_ms: float
    facets: Mapping[str, tuple[FacetCount, ...]] = field(default_factory=FrozenDict)
    suggestion: str | None = None
    corrected_from: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.facets, FrozenDict):
            object.__setattr__(self, "facets", FrozenDict(self.facets))


_DATE_BOUND = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def parse_date_bound(text: str, *, start: bool) -> date:
    """Return the first (``start``) or last day that YYYY, YYYY-MM or YYYY-MM-DD covers.

    Raises:
        ValueError: ``text`` is not one of those forms or not a real date; the
            message says which, for the CLI and the web page to show.
    """
    match = _DATE_BOUND.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else 0
    day = int(day_text) if day_text else 0
    try:
        if day:
            return date(year, month, day)
        if month:
            if start:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, 1, 1) if start else date(year, 12, 31)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real date ({error})") from error


def _match_sources(reader: Reader, wanted: list[str]) -> list[str]:
    """Return the indexed source names ``wanted`` names (sources.py).

    Raises:
        QueryError: none matches while the index knows sources; names the closest.
    """
    names = match_sources(reader, wanted)
    closest = [] if names else closest_sources(reader, wanted[0] if wanted else "")
    if closest:
        shown = ", ".join(repr(v) for v in wanted)
        raise QueryError(
            f"source:{shown}",
            f"no such source; closest: {', '.join(closest)}",
        )
    return names


def run_search(
    reader: Reader,
    text: str,
    *,
    since: date | None = None,
    until: date | None = None,
    sources: list[str] | tuple[str, ...] = (),
    tags: list[str] | tuple[str, ...] = (),
    sort: str = "relevance",
    limit: int = 10,
    page: int = 1,
    facets: list[str] | tuple[str, ...] = (),
    snippets: int = 1,
    fold: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    correct: bool = True,
    statistics: CollectionStatistics | None = None,
    sources_must_exist: bool = True,
    publishers: Mapping[str, str] | None = None,
) -> Results:
    """Run ``text`` against an index's reader and return detached Results.

    With ``fold``, copies of one release (same group, see copies.py) show
    as the best-ranked copy, with the others' sources in ``copies``.
    With ``correct``, a query that finds nothing and has a spelling
    suggestion that finds something is answered by the suggestion
    (``Results.corrected_from`` holds the query as typed).

    Raises:
        ParameterError: an option is not one a search can honour (the sort,
            a facet, the paging, the dates, the timeout).
        QueryError: the query cannot be read or would cost too much
            (engine/limits.py).
        QueryTimeoutError: the search ran past ``timeout`` seconds.
    """
    if not isinstance(text, str):
        raise ParameterError("query", f"a query is text, not {type(text).__name__}")
    check_query_text(text)
    _check_options(sort, limit, page, facets, since, until, timeout)
    if statistics is not None and not isinstance(statistics, CollectionStatistics):
        raise ParameterError(
            "statistics", "give what Index.statistics(query) returns, summed"
        )
    # One budget for the search and, when it finds nothing, its correction.
    deadline = Deadline(text, timeout)

    def search(query: str) -> Results:
        return _run_search(
            reader,
            query,
            since=since,
            until=until,
            sources=sources,
            tags=tags,
            sort=sort,
            limit=limit,
            page=page,
            facets=facets,
            snippets=snippets,
            fold=fold,
            deadline=deadline,
            statistics=statistics,
            sources_must_exist=sources_must_exist,
            publishers=publishers,
        )

    results = search(text)
    if not correct or results.total or not results.suggestion:
        return results
    corrected = search(results.suggestion)
    if not corrected.total:
        return results  # the correction finds nothing either: only suggest it
    return replace(
        corrected,
        corrected_from=text,
        elapsed_ms=round(results.elapsed_ms + corrected.elapsed_ms, 2),
    )


def collection_statistics(
    reader: Reader,
    text: str,
    *,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    publishers: Mapping[str, str] | None = None,
    table: TermTable | None = None,
) -> CollectionStatistics:
    """Return the index's statistics for ranking ``text`` (see Index.statistics);
    with ``table``, the collection's that ``table`` holds for its terms."""
    check_query_text(text)
    return reader.statistics(
        text,
        # A source this part of a collection lacks is no error: another has
        # it; the host-named sources the collection's publishers stand for
        # are searched as the search will (run_search).
        sources_named=lambda wanted: with_host_named(
            match_sources(reader, wanted), wanted, publishers or {}
        ),
        deadline=Deadline(text, timeout),
        table=table,
    )


def _check_options(sort, limit, page, facets, since, until, timeout) -> None:
    """Raise ParameterError for an option no search can honour."""
    for name, value in (("limit", limit), ("page", page)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ParameterError(name, f"{value!r} is not a whole number")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not isinstance(value, date):
            raise ParameterError(name, f"{value!r} is not a datetime.date")
    if timeout is not None and not (
        isinstance(timeout, int | float)
        and not isinstance(timeout, bool)
        and 0 < timeout < float("inf")
    ):
        raise ParameterError(
            "timeout", f"{timeout!r} is not a number of seconds above 0"
        )
    if sort not in SORTS:
        raise ParameterError(
            "sort", f"unknown sort {sort!r}; use one of {', '.join(SORTS)}"
        )
    if limit < 1:
        raise ParameterError("limit", f"{limit} hits a page; the least is 1")
    if page < 1:
        raise ParameterError("page", f"page {page}; pages start at 1")
    unknown = [name for name in facets if name not in FACET_FIELDS]
    if unknown:
        raise ParameterError(
            "facets",
            f"unknown facet {unknown[0]!r}; use one of {', '.join(FACET_FIELDS)}",
        )
    if since and until and since > until:
        raise ParameterError(
            "since", f"the date range starts ({since}) after it ends ({until})"
        )


def _run_search(
    reader: Reader,
    text: str,
    *,
    since: date | None,
    until: date | None,
    sources: list[str] | tuple[str, ...],
    tags: list[str] | tuple[str, ...],
    sort: str,
    limit: int,
    page: int,
    facets: list[str] | tuple[str, ...],
    snippets: int,
    fold: bool,
    deadline: Deadline,
    statistics: CollectionStatistics | None,
    sources_must_exist: bool,
    publishers: Mapping[str, str] | None,
) -> Results:
    started = time.perf_counter()
    offset = (page - 1) * limit
    found, counts = _find(
        reader,
        text,
        since=since,
        until=until,
        sources=sources,
        tags=tags,
        sort=sort,
        offset=offset,
        limit=limit,
        facets=facets,
        fold=fold,
        deadline=deadline,
        statistics=statistics,
        sources_must_exist=sources_must_exist,
        publishers=publishers,
    )
    hits = tuple(
        replace(hit, rank=offset + place + 1)
        for place, hit in enumerate(
            page_hits(reader, found.listed[offset : offset + limit], snippets, fold)
        )
    )
    return Results(
        query=text,
        hits=hits,
        total=found.total,
        page=page,
        page_size=limit,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
        facets=counts,
        suggestion=reader.suggest(text),
    )


def _find(
    reader: Reader,
    text: str,
    *,
    since: date | None,
    until: date | None,
    sources: list[str] | tuple[str, ...],
    tags: list[str] | tuple[str, ...],
    sort: str,
    offset: int,
    limit: int,
    facets: list[str] | tuple[str, ...],
    fold: bool,
    deadline: Deadline,
    statistics: CollectionStatistics | None,
    sources_must_exist: bool,
    publishers: Mapping[str, str] | None,
):
    """Return what ``text`` finds, listed up to the page's end, and its facet counts."""
    found = reader.find(
        text,
        since=since,
        until=until,
        sources=tuple(sources),
        tags=tuple(tags),
        sort=sort,
        offset=offset,
        limit=limit,
        fold=fold,
        facets=bool(facets),
        deadline=deadline,
        sources_named=(
            (lambda wanted: _match_sources(reader, wanted))
            if sources_must_exist
            # A part of a collection: the collection's publishers also name
            # host-named sources whose named releases other parts hold.
            else (
                lambda wanted: with_host_named(
                    match_sources(reader, wanted), wanted, publishers or {}
                )
            )
        ),
        statistics=statistics,
    )
    deadline.check()
    counts = (
        count_facets(reader, found.matched or (), facets, publishers) if facets else {}
    )
    return found, counts


def page_hits(reader: Reader, listed, snippets: int, fold: bool) -> list[Hit]:
    """Return the hits of ``listed`` (engine Listed entries of one reader):
    their stored documents, snippets and folded copies, ranked from 1."""
    hits = []
    for place, entry in enumerate(listed):
        document = reader.document(entry.docnum)
        passages: tuple[Snippet, ...] = ()
        if snippets:
            passages = best_snippets(
                document.title, document.body, entry.words, count=snippets
            )
        hits.append(
            Hit(
                rank=place + 1,
                score=round(entry.score, 4),
                document=document,
                snippets=passages,
                copies=reader.other_copies(entry.docnum) if fold else (),
                order=entry.order,
            )
        )
    return hits


@dataclass(frozen=True, slots=True)
class Listing:
    """A part of a collection's answer to a search, before its hits are read.

    The first half of a search over several indexes (query-then-fetch):
    each lists its best ``page * limit`` hits by their place in the listing
    order, with its total and facet counts; the caller merges the lists and
    asks each index for the stored documents and snippets of its hits on
    the merged page only (``page_hits`` on a reader of the same
    ``generation``), instead of every index making a page of them.
    """

    entries: tuple  # engine Listed entries: docnum, score, words, order
    total: int
    facets: Mapping[str, tuple[FacetCount, ...]]
    generation: int
    # The hits of the first entries, read with the listing when asked
    # (``prefetch``): the ones most likely to be on the merged page.
    hits: tuple[Hit, ...] = ()
    # What each wildcard and range stood for here (Deadline.expanded): the
    # caller refuses what would stand for too many words in all.
    expansions: tuple = ()


def run_listing(
    reader: Reader,
    text: str,
    *,
    since: date | None = None,
    until: date | None = None,
    sources: list[str] | tuple[str, ...] = (),
    tags: list[str] | tuple[str, ...] = (),
    sort: str = "relevance",
    limit: int = 10,
    facets: list[str] | tuple[str, ...] = (),
    fold: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    statistics: CollectionStatistics | None = None,
    publishers: Mapping[str, str] | None = None,
    prefetch: int = 0,
    snippets: int = 1,
) -> Listing:
    """List the best ``limit`` hits of ``text`` in this part of a collection.

    As ``run_search`` with ``sources_must_exist=False`` and no correction,
    without reading stored documents but those of the first ``prefetch``
    entries (``Listing.hits``, with ``snippets`` passages each): see ``Listing``.
    """
    if not isinstance(text, str):
        raise ParameterError("query", f"a query is text, not {type(text).__name__}")
    check_query_text(text)
    _check_options(sort, limit, 1, facets, since, until, timeout)
    deadline = Deadline(text, timeout)
    found, counts = _find(
        reader,
        text,
        since=since,
        until=until,
        sources=sources,
        tags=tags,
        sort=sort,
        offset=0,
        limit=limit,
        facets=facets,
        fold=fold,
        deadline=deadline,
        statistics=statistics,
        sources_must_exist=False,
        publishers=publishers,
    )
    entries = tuple(found.listed[:limit])
    return Listing(
        entries=entries,
        total=found.total,
        facets=FrozenDict(counts),
        generation=reader.generation,
        hits=tuple(page_hits(reader, entries[:prefetch], snippets, fold)),
        expansions=tuple(deadline.expanded),
    )
