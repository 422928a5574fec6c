"""Searching: filters, facets, sorting, paging, snippets and folded copies."""

from __future__ import annotations

import re
import time
from array import array
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from itertools import islice

import numpy as np
from whoosh import query, sorting

from .documents import Document
from .engine import columns as doc_values
from .engine.limits import (
    DEFAULT_TIMEOUT_S,
    Deadline,
    bound_expansions,
    check_query_text,
)
from .engine.parsing import build_query, is_syntax_query
from .engine.ranking import (
    Matches,
    WeightedTerm,
    distinct_sorted,
    group_keys,
    plain_phrase,
    plain_terms,
    rank_phrase,
    rank_terms,
)
from .engine.schema import DAY_FIELD, stored_to_document
from .engine.spelling import suggest_spelling
from .errors import QueryError
from .facets import FACET_FIELDS, FacetCount, count_facets
from .snippets import Snippet, best_snippets, make_highlighter
from .sources import closest_sources, match_sources

MAX_COPIES_LISTED = 10
SORTS = ("relevance", "newest", "oldest")


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked result: the document, its score, its best passages, and the
    sources of the copies of it that were folded into this hit."""

    rank: int
    score: float
    document: Document
    snippets: tuple[Snippet, ...] = ()
    also_published_by: tuple[str, ...] = ()


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
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    suggestion: str | None = None
    corrected_from: str | None = None


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
    year, month, day = (int(g) if g else None for g in match.groups())
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


def build_filter(
    *,
    since: date | None,
    until: date | None,
    sources: list[str],
    tags: list[str],
    searcher,
) -> query.Query | None:
    """Return a filter query for the date range, sources and tags (any of each)."""
    parts: list[query.Query] = []
    if since or until:
        start = datetime.combine(since, datetime.min.time()) if since else None
        end = (
            datetime.combine(until, datetime.min.time())
            + timedelta(days=1, microseconds=-1)
            if until
            else None
        )
        parts.append(query.DateRange("date", start, end))
    if sources:
        parts.append(
            query.Or(
                [
                    query.Term("source", value)
                    for value in _match_sources(searcher, sources)
                ]
                or [query.NullQuery]
            )
        )
    if tags:
        parts.append(
            query.Or([query.Term("tags", tag.strip().lower()) for tag in tags])
        )
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else query.And(parts)


def _resolve_sources(node: query.Query, searcher) -> query.Query:
    """Make ``source:`` terms match every spelling of the name, ignoring case."""
    if isinstance(node, query.Term) and node.fieldname == "source":
        names = _match_sources(searcher, [node.text])
        if not names or names == [node.text]:
            return node
        return query.Or(
            [query.Term("source", name) for name in names], boost=node.boost
        )
    if node.is_leaf():
        return node
    return node.apply(lambda child: _resolve_sources(child, searcher))


def _match_sources(searcher, wanted: list[str]) -> list[str]:
    """Return the indexed source names ``wanted`` names (sources.py).

    Raises:
        QueryError: none matches while the index knows sources; names the closest.
    """
    names = match_sources(searcher, wanted)
    closest = [] if names else closest_sources(searcher, wanted[0] if wanted else "")
    if closest:
        shown = ", ".join(repr(v) for v in wanted)
        raise QueryError(
            f"source:{shown}",
            f"no such source; closest: {', '.join(closest)}",
        )
    return names


def run_search(
    searcher,
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
) -> Results:
    """Run ``text`` against an open Whoosh searcher and return detached Results.

    With ``fold``, copies of one release (same group, see duplicates.py) show
    as the best-ranked copy, with the others' sources in ``also_published_by``.
    With ``correct``, a query that finds nothing and has a spelling
    suggestion that finds something is answered by the suggestion
    (``Results.corrected_from`` holds the query as typed).

    Raises:
        QueryError: the query, a facet name, the sort or the paging is invalid,
            or the query would cost too much (query_limits.py).
        QueryTimeoutError: the search ran past ``timeout`` seconds.
    """
    check_query_text(text)
    # One budget for the search and, when it finds nothing, its correction.
    deadline = Deadline(text, timeout)
    options = dict(since=since, until=until, sources=sources, tags=tags, sort=sort,
                   limit=limit, page=page, facets=facets, snippets=snippets,
                   fold=fold, deadline=deadline)  # fmt: skip
    results = _run_search(searcher, text, **options)
    if not correct or results.total or not results.suggestion:
        return results
    corrected = _run_search(searcher, results.suggestion, **options)
    if not corrected.total:
        return results  # the correction finds nothing either: only suggest it
    return replace(
        corrected,
        corrected_from=text,
        elapsed_ms=round(results.elapsed_ms + corrected.elapsed_ms, 2),
    )


def _run_search(
    searcher,
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
) -> Results:
    started = time.perf_counter()
    if sort not in SORTS:
        raise QueryError(text, f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    if limit < 1 or page < 1:
        raise QueryError(text, "limit and page start at 1")
    unknown = [name for name in facets if name not in FACET_FIELDS]
    if unknown:
        raise QueryError(
            text, f"unknown facet {unknown[0]!r}; use one of {', '.join(FACET_FIELDS)}"
        )
    if since and until and since > until:
        raise QueryError(
            text, f"the date range starts ({since}) after it ends ({until})"
        )

    parsed = _resolve_sources(build_query(text, searcher.schema), searcher)
    expanded = bound_expansions(parsed, searcher.reader(), deadline)
    filter_query = build_filter(
        since=since,
        until=until,
        sources=list(sources),
        tags=list(tags),
        searcher=searcher,
    )
    sortedby = None
    if sort != "relevance":
        # Dated documents first in either order; undated ones after them.
        sortedby = sorting.MultiFacet(
            [
                sorting.QueryFacet({"dated": query.Every("date")}, other="undated"),
                sorting.FieldFacet("date", reverse=(sort == "newest")),
            ]
        )
    offset = (page - 1) * limit
    filters = _Filters(since, until, tuple(sources), tuple(tags))
    # Ranked, plain words need not all be there: releases with most of them
    # come first. Listed by date there is no such order, so every word is
    # required, or a release with one word of three would open the list.
    terms = plain_terms(parsed) if not is_syntax_query(text) else None
    every_word = sort != "relevance" and terms is not None
    fast = _rank_plain_words(searcher, parsed, filters, sort, fold, offset + limit,
                             facets=bool(facets), every_word=every_word)  # fmt: skip
    if fast is not None:
        page_hits, total, matched = fast
    else:
        if every_word:
            parsed = _every_word_query(terms)
        page_hits, total, matched = _whoosh_search(
            searcher,
            parsed,
            filter_query,
            sortedby,
            fold,
            offset,
            limit,
            deadline,
            expanded,
        )
    deadline.check()
    highlighter = make_highlighter()
    hits = []
    for index, listed in enumerate(page_hits[offset : offset + limit]):
        fields = searcher.stored_fields(listed.docnum)
        hits.append(
            Hit(
                rank=offset + index + 1,
                score=round(listed.score, 4),
                document=stored_to_document(fields),
                snippets=best_snippets(
                    highlighter,
                    fields.get("title", ""),
                    fields.get("body", ""),
                    listed.words,
                    count=snippets,
                )
                if snippets
                else (),  # fmt: skip
                also_published_by=(
                    _other_copies(searcher, listed.docnum, fields) if fold else ()
                ),
            )
        )
    hits = tuple(hits)
    counts = count_facets(searcher, matched, facets) if facets else {}
    return Results(
        query=text,
        hits=hits,
        total=total,
        page=page,
        page_size=limit,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
        facets=counts,
        suggestion=suggest_spelling(searcher, text),
    )


def _whoosh_search(
    searcher,
    parsed,
    filter_query,
    sortedby,
    fold,
    offset,
    limit,
    deadline,
    expanded=frozenset(),
):
    """Return (the hits up to the page's end, the total, the matching docnums).

    ``expanded``: words wildcards stand for, highlighted wherever they occur.
    """
    if filter_query is not None:
        # In the query rather than as Whoosh's filter=, whose collector skips
        # the collapse step (folding stopped whenever a filter was used).
        # Require scores by the first query only; a ConstantScoreQuery of 0
        # added 1 to every score (Whoosh reads a weight of 0.0 as "none").
        parsed = query.Require(parsed, filter_query)
    # Every match is ranked (limit=None) so that the count, the pages and the
    # facets all describe the same folded list: Whoosh's own total counts
    # differently with facets, sorting and folding.
    collector = searcher.collector(
        limit=None,
        sortedby=sortedby,
        terms=True,
        collapse=sorting.FieldFacet("dup_group") if fold else None,
        collapse_limit=1,
    )
    _stop_at_deadline(collector, deadline)
    searcher.search_with_collector(parsed, collector)
    results = collector.results()
    page = [
        _Listed(
            docnum=hit.docnum,
            # With a date sort Whoosh puts the sort key where the score goes.
            score=hit.score if isinstance(hit.score, float) else 0.0,
            words=expanded
            | frozenset(
                text.decode("utf-8") if isinstance(text, bytes) else text
                for field, text in hit.matched_terms()
                if field == "content"
            ),
        )
        for hit in results[: offset + limit]
    ]
    # The listed documents, not results.docs(), which keeps the folded copies.
    listed = {docnum for _, docnum in results.top_n}
    return page, results.scored_length(), listed


def _stop_at_deadline(collector, deadline: Deadline) -> None:
    """Make ``collector`` raise QueryTimeoutError once the deadline has passed.

    The clock is read as matches come out of the innermost collector, which
    every wrapper (terms, collapse) loops over. Whoosh's TimeLimitCollector
    cannot be used: it wraps the outside and loops over its child's matches
    itself, skipping the collapse step (folded copies were counted).
    """
    inner = collector
    while getattr(inner, "child", None) is not None:
        inner = inner.child
    matches = inner.matches

    def matches_within_deadline():
        for count, docnum in enumerate(matches()):
            if count % _DEADLINE_STEP == 0:
                deadline.check()
            yield docnum

    inner.matches = matches_within_deadline  # this collector only


# Matches collected between two looks at the clock.
_DEADLINE_STEP = 1024
def _every_word_query(terms: list[WeightedTerm]) -> query.Query:
    """Return the query matching what ``rank_terms(..., every_word=True)`` does."""
    fields: dict[str, list[query.Query]] = {}
    for term in terms:
        fields.setdefault(term.text, []).append(
            query.Term(term.fieldname, term.text, boost=term.boost)
        )
    return query.And([query.Or(clauses) for clauses in fields.values()])


def _rank_plain_words(
    searcher, parsed, filters: _Filters, sort, fold, page_end, *, facets: bool,
    every_word: bool = False,
):  # fmt: skip
    """Rank plain words or a lone phrase from whole postings (see ranking.py).

    None for any other query, which Whoosh's own search answers. With
    ``every_word``, plain words match only the documents holding all of them.

    Returns what ``_whoosh_search`` returns, in the same order; the set of
    listed documents only when ``facets`` are to be counted over it (None
    otherwise: it means finding the first-listed copy of every group).
    """
    terms = plain_terms(parsed)
    phrase = plain_phrase(parsed) if terms is None else None
    if terms is not None:
        matches = rank_terms(searcher, terms, every_word=every_word)
        # Snippets mark the query's words found in the document's content.
        words = frozenset(t.text for t in terms if t.fieldname == "content")
    elif phrase is not None:
        matches = rank_phrase(searcher, phrase)
        words = frozenset(phrase.words if phrase.fieldname == "content" else ())
    else:
        return None
    if matches is None:
        return None
    matches = _keep_filtered(searcher, matches, filters)
    keys = _as_numpy(group_keys(searcher)) if fold else None
    # The total counts groups: each lists once, as its first-listed copy.
    # Sorted, not np.unique: it hashed 50,000 group keys in 2.1 ms against
    # 0.3, and NumPy 2.4's first call of it imports numpy.ma (19 ms of a new
    # process's first search).
    total = (
        len(distinct_sorted(np.sort(keys[matches.docnums]))) if fold else len(matches)
    )
    listed = _first_of_each_group(searcher, matches, sort, keys, page_end)
    page = [
        _Listed(
            docnum=int(matches.docnums[at]),
            score=float(matches.scores[at]),
            words=words,
        )
        for at in listed
    ]
    matched = None
    if facets:
        matched = set(_first_of_every_group(searcher, matches, sort, keys).tolist())
    return page, int(total), matched


def _first_of_each_group(
    searcher, matches: Matches, sort, keys, count: int
) -> list[int]:
    """Return the places in ``matches`` of the first ``count`` in listing order,
    one per group.

    By relevance only the best few are ordered: enough to fill the page once
    copies are skipped, four times more each time they are not (at 100,000
    releases, seven copies of each, ordering every match cost more than
    ranking).
    """
    wanted = count * 4 + 16
    while True:
        if sort == "relevance" and len(matches) > wanted:
            # The matches scoring at or above the wanted-th best score.
            cutoff = np.partition(matches.scores, len(matches) - wanted)[-wanted]
            among = np.flatnonzero(matches.scores >= cutoff)
        else:
            among = np.arange(len(matches))
        listed, groups = [], set()
        for at in _in_listing_order(searcher, matches, sort, among).tolist():
            group = keys[matches.docnums[at]] if keys is not None else at
            if group not in groups:
                groups.add(group)
                listed.append(at)
                if len(listed) == count:
                    return listed
        if len(among) == len(matches):
            return listed
        wanted *= 4


def _first_of_every_group(searcher, matches: Matches, sort, keys) -> np.ndarray:
    """Return the docnums listed when folding: each group's first in listing order."""
    if keys is None:
        return matches.docnums
    ordered = _in_listing_order(searcher, matches, sort, np.arange(len(matches)))
    _, first = np.unique(keys[matches.docnums[ordered]], return_index=True)
    return matches.docnums[ordered[first]]


def _in_listing_order(
    searcher, matches: Matches, sort, among: np.ndarray
) -> np.ndarray:
    """Return ``among`` (places in ``matches``) in the order Whoosh's search lists hits.

    Relevance: highest score first, ties by docnum. By date: dated releases
    first, newest (or oldest) first, ties by docnum; undated ones after.
    """
    docnums = matches.docnums[among]
    if sort == "relevance":
        keys = (docnums, -matches.scores[among])
    else:
        days = _as_numpy(doc_values.numbers(searcher, DAY_FIELD))[docnums].astype(
            np.int64
        )
        keys = (docnums, -days if sort == "newest" else days, days == 0)
    return among[np.lexsort(keys)]  # the last key sorts first


def _as_numpy(values: array) -> np.ndarray:
    """View a doc_values array (one number per docnum) as a numpy array."""
    return np.frombuffer(values, dtype=values.typecode) if len(values) else np.zeros(0)


@dataclass(frozen=True, slots=True)
class _Listed:
    """A hit of the page before its stored fields are read."""

    docnum: int
    score: float
    words: frozenset[str]  # stemmed query words to mark in its snippets


@dataclass(frozen=True, slots=True)
class _Filters:
    since: date | None
    until: date | None
    sources: tuple[str, ...]
    tags: tuple[str, ...]


def _keep_filtered(searcher, matches: Matches, filters: _Filters) -> Matches:
    """Return the matching documents the filters let through (as build_filter)."""
    if filters.since or filters.until:
        days = _as_numpy(doc_values.numbers(searcher, DAY_FIELD))[matches.docnums]
        first = filters.since.toordinal() if filters.since else 1
        last = filters.until.toordinal() if filters.until else date.max.toordinal()
        # An undated release has day 0: never kept.
        matches = matches.keep((first <= days) & (days <= last))
    if filters.sources:
        names = set(_match_sources(searcher, list(filters.sources)))
        values = doc_values.strings(searcher, "source")
        kept = [values[docnum] in names for docnum in matches.docnums.tolist()]
        matches = matches.keep(np.array(kept, dtype=bool))
    if filters.tags:
        holders = doc_values.term_documents(searcher, "tags")
        allowed = frozenset().union(
            *(holders.get(tag.strip().lower(), frozenset()) for tag in filters.tags)
        )
        kept = [docnum in allowed for docnum in matches.docnums.tolist()]
        matches = matches.keep(np.array(kept, dtype=bool))
    return matches


def _other_copies(searcher, docnum: int, fields: dict) -> tuple[str, ...]:
    """Return the sources of the other copies of this hit's release.

    Every copy in the group is named, whether or not it matched the query:
    the reader wants to know who else published the release. Sources come
    from their column (doc_values), not from each copy's stored fields: with
    seven copies of each release that was a tenth of a search.
    """
    group = fields.get("dup_group") or fields["id"]
    copies = searcher.docs_for_query(query.Term("dup_group", group))
    source_of = doc_values.strings(searcher, "source")
    own = fields.get("source") or fields.get("url") or fields["id"]
    sources = []
    for other in islice(copies, MAX_COPIES_LISTED + 1):
        if other != docnum:
            name = source_of[other] or _url_or_id(searcher.stored_fields(other))
            # A site that saved the release twice is not another publisher.
            if name != own and name not in sources:
                sources.append(name)
    return tuple(sources)


def _url_or_id(fields: dict) -> str:
    return fields.get("url") or fields["id"]


def collect_stats(searcher) -> tuple[int, dict[str, int], date | None, date | None]:
    """Return (documents, {source: count}, first date, last date) of the index."""
    everything = searcher.search(
        query.Every(),
        limit=1,
        groupedby={"source": sorting.FieldFacet("source", maptype=sorting.Count)},
    )
    sources = {
        str(k): v
        for k, v in sorted(
            everything.groups("source").items(), key=lambda kv: (-kv[1], str(kv[0]))
        )
        if k
    }
    dated = query.Every("date")
    first = _first_date(searcher, dated, newest=False)
    last = _first_date(searcher, dated, newest=True)
    return searcher.doc_count(), sources, first, last


def _first_date(searcher, dated: query.Query, *, newest: bool) -> date | None:
    order = sorting.FieldFacet("date", reverse=newest)
    top = searcher.search(dated, limit=1, sortedby=order)
    return top[0]["date"].date() if len(top) else None
