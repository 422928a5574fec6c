"""Finding and ordering matches: the engine's half of a search.

What the layers above ask (``Reader.find``) comes in as plain values (the
query text, date bounds, names, a sort) and goes out as plain values: the
listed documents' numbers, scores and the words to mark, and the count. Two
paths answer it: plain words and lone phrases are ranked from whole postings
as arrays (ranking.py); any other query runs through Whoosh's own search.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from whoosh import query

from . import columns
from .limits import Deadline, bound_expansions
from .parsing import build_query, is_syntax_query
from .ranking import (
    Matches,
    WeightedTerm,
    distinct_sorted,
    group_keys,
    plain_phrase,
    plain_terms,
    rank_phrase,
    rank_terms,
)
from .schema import DAY_FIELD

# Sources as the user names them -> the names the index holds (sources.py,
# above the engine, decides; it raises when a name matches nothing).
SourceNamer = Callable[[list[str]], list[str]]
MAX_COPIES_LISTED = 10


@dataclass(frozen=True, slots=True)
class Found:
    """What a search found: the listed hits up to the page's end, and counts.

    ``matched`` is every listed document (one per group when folding),
    for facet counts; None when facets were not asked for.
    """

    listed: list
    total: int
    matched: set[int] | None


def find(
    searcher,
    text: str,
    *,
    filters: Filters,
    sort: str,
    offset: int,
    limit: int,
    fold: bool,
    facets: bool,
    deadline: Deadline,
    sources_named: SourceNamer,
) -> Found:
    """Find the matches of ``text`` through the filters, in listing order."""
    parsed = _resolve_sources(build_query(text, searcher.schema), sources_named)
    expanded = bound_expansions(parsed, searcher.reader(), deadline)
    filter_query = build_filter(
        since=filters.since,
        until=filters.until,
        sources=list(filters.sources),
        tags=list(filters.tags),
        sources_named=sources_named,
    )
    # Ranked, plain words need not all be there: releases with most of them
    # come first. Listed by date there is no such order, so every word is
    # required, or a release with one word of three would open the list.
    terms = plain_terms(parsed) if not is_syntax_query(text) else None
    every_word = sort != "relevance" and terms is not None
    fast = _rank_plain_words(
        searcher,
        parsed,
        filters,
        sort,
        fold,
        offset + limit,
        facets=facets,
        sources_named=sources_named,
        every_word=every_word,
    )
    if fast is not None:
        page_hits, total, matched = fast
    else:
        if every_word:
            parsed = _every_word_query(terms)
        page_hits, total, matched = _whoosh_search(
            searcher,
            parsed,
            filter_query,
            sort,
            fold,
            offset + limit,
            deadline,
            facets=facets,
            expanded=expanded,
        )
    return Found(page_hits, total, matched)


def build_filter(
    *,
    since: date | None,
    until: date | None,
    sources: list[str],
    tags: list[str],
    sources_named: SourceNamer,
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
                [query.Term("source", value) for value in sources_named(sources)]
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


def _resolve_sources(node: query.Query, sources_named: SourceNamer) -> query.Query:
    """Make ``source:`` terms match every spelling of the name, ignoring case."""
    if isinstance(node, query.Term) and node.fieldname == "source":
        names = sources_named([node.text])
        if not names or names == [node.text]:
            return node
        return query.Or(
            [query.Term("source", name) for name in names], boost=node.boost
        )
    if node.is_leaf():
        return node
    return node.apply(lambda child: _resolve_sources(child, sources_named))


def _whoosh_search(
    searcher,
    parsed,
    filter_query,
    sort,
    fold,
    page_end,
    deadline,
    *,
    facets: bool,
    expanded=frozenset(),
):
    """Return what ``_rank_plain_words`` returns, for any query.

    Whoosh finds and scores every match; listing, folding and counting are
    done here as for plain words, so that both paths list in one order
    (``listing_order``). ``expanded``: words wildcards stand for,
    highlighted wherever they occur.
    """
    if filter_query is not None:
        # Require scores by the first query only; a ConstantScoreQuery of 0
        # added 1 to every score (Whoosh reads a weight of 0.0 as "none").
        parsed = query.Require(parsed, filter_query)
    # Every match is scored (limit=None): the count, the pages and the
    # facets all describe the same folded list.
    collector = searcher.collector(limit=None, terms=True)
    _stop_at_deadline(collector, deadline)
    searcher.search_with_collector(parsed, collector)
    results = collector.results()
    matches = Matches.from_dict({docnum: score for score, docnum in results.top_n})
    docterms = results.docterms

    def words_of(docnum: int) -> frozenset[str]:
        return expanded | frozenset(
            text.decode("utf-8") if isinstance(text, bytes) else text
            for field, text in docterms.get(docnum, ())
            if field == "content"
        )

    return _listed_and_counted(
        searcher, matches, sort, fold, page_end, facets=facets, words_of=words_of
    )


def _listed_and_counted(
    searcher, matches: Matches, sort, fold, page_end, *, facets: bool, words_of
):
    """Return (the listed hits up to ``page_end``, the total, the listed set).

    The total counts groups when folding: each lists once, as its
    first-listed copy. The set of every listed document only when ``facets``
    are to be counted over it (None otherwise: it means finding the
    first-listed copy of every group).
    """
    keys = _as_numpy(group_keys(searcher)) if fold else None
    # Sorted, not np.unique: it hashes the keys, which is slower, and NumPy
    # 2.4's first call of it imports numpy.ma, a cost paid by a new process's
    # first search (docs/benchmarks.md).
    total = (
        len(distinct_sorted(np.sort(keys[matches.docnums]))) if fold else len(matches)
    )
    page = listed_in_order(
        searcher, matches, fold=fold, count=page_end, sort=sort, words_of=words_of
    )
    matched = None
    if facets:
        matched = set(_first_of_every_group(searcher, matches, sort, keys).tolist())
    return page, int(total), matched


def listed_in_order(
    searcher,
    matches: Matches,
    *,
    fold: bool,
    count: int,
    sort: str = "relevance",
    words_of=lambda _: frozenset(),
) -> list[Listed]:
    """Return the first ``count`` of ``matches`` in listing order, one per
    group with ``fold``, each with its ``listing_order`` key."""
    keys = _as_numpy(group_keys(searcher)) if fold else None
    day_of = _as_numpy(columns.numbers(searcher, DAY_FIELD))
    group_of = _as_numpy(group_keys(searcher))
    source_of = columns.strings(searcher, "source")
    page = []
    for at in _first_of_each_group(searcher, matches, sort, keys, count):
        docnum = int(matches.docnums[at])
        score = float(matches.scores[at])
        page.append(
            Listed(
                docnum=docnum,
                score=score,
                words=words_of(docnum),
                order=listing_order(
                    sort,
                    score=score,
                    day=int(day_of[docnum]),
                    group=int(group_of[docnum]),
                    source=source_of[docnum],
                    doc_id=_id_of(searcher, docnum),
                ),
            )
        )
    return page


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
    searcher,
    parsed,
    filters: Filters,
    sort,
    fold,
    page_end,
    *,
    facets: bool,
    sources_named: SourceNamer,
    every_word: bool = False,
):
    """Rank plain words or a lone phrase from whole postings (see ranking.py).

    None for any other query, which Whoosh's own search answers. With
    ``every_word``, plain words match only the documents holding all of them.

    Returns what ``_listed_and_counted`` returns.
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
    matches = _keep_filtered(searcher, matches, filters, sources_named)
    return _listed_and_counted(
        searcher, matches, sort, fold, page_end, facets=facets, words_of=lambda _: words
    )


def _first_of_each_group(
    searcher, matches: Matches, sort, keys, count: int
) -> list[int]:
    """Return the places in ``matches`` of the first ``count`` in listing order,
    one per group.

    By relevance only the best few are ordered: enough to fill the page once
    copies are skipped, four times more each time they are not: with many
    copies of each release, ordering every match cost more than ranking
    (docs/benchmarks.md). Ids, the last tie-break, are read only for the
    ties met on the way.
    """
    wanted = count * 4 + 16
    while True:
        if sort == "relevance" and len(matches) > wanted:
            # The matches scoring at or above the wanted-th best score.
            cutoff = np.partition(matches.scores, len(matches) - wanted)[-wanted]
            among = np.flatnonzero(matches.scores >= cutoff)
        else:
            among = np.arange(len(matches))
        ordered, starts, ends = _in_listing_order(searcher, matches, sort, among)
        listed, groups = [], set()
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            run = ordered[start:end].tolist()
            if len(run) > 1:
                run.sort(key=lambda at: _id_of(searcher, int(matches.docnums[at])))
            for at in run:
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
    """Return the docnums listed when folding: each group's first in listing order.

    Copies tied on every key but the id are alike in what facets count
    (source, date), so any of them stands for its group there; unless their
    tags differ, when the id decides as on the page.
    """
    if keys is None:
        return matches.docnums
    everything = np.arange(len(matches))
    ordered, starts, ends = _in_listing_order(searcher, matches, sort, everything)
    _, first = np.unique(keys[matches.docnums[ordered]], return_index=True)
    listed = ordered[first]
    # Each group's first place opens a run (the group is one of the keys); a
    # run whose copies' tags differ is decided by id.
    run_of = np.searchsorted(starts, first)
    tied = np.flatnonzero(ends[run_of] - starts[run_of] > 1)
    if len(tied):
        signature = columns.tag_signatures(searcher)[matches.docnums[ordered]]
        lowest = np.minimum.reduceat(signature, starts)
        highest = np.maximum.reduceat(signature, starts)
        for index in tied[lowest[run_of[tied]] != highest[run_of[tied]]].tolist():
            run = ordered[starts[run_of[index]] : ends[run_of[index]]].tolist()
            listed[index] = min(
                run, key=lambda at: _id_of(searcher, int(matches.docnums[at]))
            )
    return matches.docnums[listed]


def _in_listing_order(
    searcher, matches: Matches, sort, among: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``among`` (places in ``matches``) in listing order but for ids,
    and where each run of hits tied on every other key starts and ends.

    The keys are those of ``listing_order``, all read from columns; the id,
    the last, costs a stored-fields read, so it is left to the callers, for
    the ties they meet.
    """
    docnums = matches.docnums[among]
    days = _as_numpy(columns.numbers(searcher, DAY_FIELD))[docnums].astype(np.int64)
    if sort == "relevance":
        firsts: tuple[np.ndarray, ...] = (-matches.scores[among],)
    else:
        firsts = (days == 0, -days if sort == "newest" else days)
    ties = (
        _as_numpy(group_keys(searcher))[docnums],
        columns.string_ranks(searcher, "source")[docnums],
        days,
    )
    keys = (*firsts, *ties)
    ordered = np.lexsort(keys[::-1])  # the last key sorts first
    changes = np.zeros(len(ordered), dtype=bool)
    for key in keys:
        in_order = key[ordered]
        changes[1:] |= in_order[1:] != in_order[:-1]
    changes[:1] = True
    starts = np.flatnonzero(changes)
    ends = np.append(starts[1:], len(ordered))[: len(starts)]
    return among[ordered], starts, ends


def listing_order(
    sort: str, *, score: float, day: int, group: int, source: str, doc_id: str
) -> tuple:
    """Return a hit's place in the listing order, as a key sorting ascending.

    By relevance: highest score first. By date: dated releases first, newest
    (or oldest) first; undated ones after. Ties go by the release's group
    key, then source, day and id: values a document has wherever it is
    held, so that shards holding parts of an archive list its hits, and show
    the same copy of a release, as one index holding all of it does (never
    by document number, which depends on the order of writing).
    """
    if sort == "relevance":
        return (-score, group, source, day, doc_id)
    dated = day != 0
    return (
        not dated,
        (-day if sort == "newest" else day) if dated else 0,
        group,
        source,
        day,
        doc_id,
    )


def _id_of(searcher, docnum: int) -> str:
    """Return a document's id, kept for the searcher's life (a stored-fields
    read each, which a long-lived searcher need pay once)."""
    ids = columns.cache_of(searcher).setdefault("ids", {})
    doc_id = ids.get(docnum)
    if doc_id is None:
        doc_id = ids[docnum] = searcher.stored_fields(docnum)["id"]
    return doc_id


def _as_numpy(values: array) -> np.ndarray:
    """View a doc_values array (one number per docnum) as a numpy array."""
    return np.frombuffer(values, dtype=values.typecode) if len(values) else np.zeros(0)


@dataclass(frozen=True, slots=True)
class Listed:
    """A hit of the page before its stored fields are read."""

    docnum: int
    score: float
    words: frozenset[str]  # stemmed query words to mark in its snippets
    order: tuple = ()  # its listing_order key

    def __reduce__(self):
        # A slotted dataclass pickles through a generic __getstate__ and
        # __setstate__ that look its fields up for every instance; a shard's
        # listing sends a page of these to the coordinator on every search.
        return (Listed, (self.docnum, self.score, self.words, self.order))


@dataclass(frozen=True, slots=True)
class Filters:
    since: date | None
    until: date | None
    sources: tuple[str, ...]
    tags: tuple[str, ...]


def _keep_filtered(
    searcher, matches: Matches, filters: Filters, sources_named: SourceNamer
) -> Matches:
    """Return the matching documents the filters let through (as build_filter)."""
    if filters.since or filters.until:
        days = _as_numpy(columns.numbers(searcher, DAY_FIELD))[matches.docnums]
        first = filters.since.toordinal() if filters.since else 1
        last = filters.until.toordinal() if filters.until else date.max.toordinal()
        # An undated release has day 0: never kept.
        matches = matches.keep((first <= days) & (days <= last))
    if filters.sources:
        names = set(sources_named(list(filters.sources)))
        values = columns.strings(searcher, "source")
        kept = [values[docnum] in names for docnum in matches.docnums.tolist()]
        matches = matches.keep(np.array(kept, dtype=bool))
    if filters.tags:
        holders = columns.term_documents(searcher, "tags")
        allowed = frozenset().union(
            *(holders.get(tag.strip().lower(), frozenset()) for tag in filters.tags)
        )
        kept = [docnum in allowed for docnum in matches.docnums.tolist()]
        matches = matches.keep(np.array(kept, dtype=bool))
    return matches


def other_copies(searcher, docnum: int, fields: dict) -> tuple[str, ...]:
    """Return the sources of the other copies of this hit's release, by name.

    Every copy in the group is named, whether or not it matched the query:
    the reader wants to know who else published the release. Sources come
    from their column (doc_values), not from each copy's stored fields,
    whose reads grow with the copies of each release (docs/benchmarks.md).
    Ordered by name, not by document number, which depends on the order of
    writing: shards list the copies as one index does.
    """
    group = fields.get("dup_group") or fields["id"]
    source_of = columns.strings(searcher, "source")
    own = fields.get("source") or fields.get("url") or fields["id"]
    sources = set()
    for other in searcher.docs_for_query(query.Term("dup_group", group)):
        if other != docnum:
            sources.add(source_of[other] or _url_or_id(searcher.stored_fields(other)))
    # A site that saved the release twice is not another publisher.
    sources.discard(own)
    return tuple(
        sorted(sources, key=lambda name: (name.casefold(), name))[:MAX_COPIES_LISTED]
    )


def _url_or_id(fields: dict) -> str:
    return fields.get("url") or fields["id"]
