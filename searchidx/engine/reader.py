"""A reader: one commit of the index, asked for plain values.

Wraps one Whoosh searcher; nothing Whoosh's comes out. Not thread-safe:
the Store hands each reader to one caller at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import numpy as np
from whoosh import query as whoosh_query
from whoosh import sorting
from whoosh.searching import Searcher

from ..documents import Document
from . import columns
from .limits import Deadline, bound_expansions
from .live import deleted_term_counts, live_statistics
from .mapping import stored_to_document
from .parsing import build_query
from .ranking import WeightedTerm
from .schema import GROUP_KEY_FIELD
from .scoring import CollectionStatistics, bm25f, term_key
from .searching import Filters, Found, Listed, SourceNamer, find, other_copies
from .similar import (
    ranked_by_terms,
    similar_documents,
    term_counts,
    term_statistics,
)
from .spelling import SpellingCandidates, spelling_candidates, suggest_spelling
from .term_table import TermTable


class Reader:
    """The index at one commit: documents by number, matches, columns, statistics."""

    def __init__(self, searcher) -> None:
        self._searcher = searcher

    # -- documents ---------------------------------------------------------

    @property
    def generation(self) -> int:
        """The commit this reader reads (a later commit has a higher one)."""
        return self._searcher.reader().generation()

    @property
    def commit_mark(self) -> str:
        """What tells this commit apart from any other index's: its
        generation, which two indexes can share, and its segments' ids,
        random names Whoosh gives each segment it writes."""
        ids = sorted(
            leaf._segment.segment_id()
            for leaf, _ in self._searcher.reader().leaf_readers()
            if getattr(leaf, "_segment", None) is not None
        )
        return f"{self.generation}:{','.join(ids)}"

    @property
    def doc_count(self) -> int:
        """Live documents."""
        return self._searcher.doc_count()

    def stored(self, docnum: int) -> dict:
        """Return the stored fields of document ``docnum`` (plain values)."""
        return self._searcher.stored_fields(docnum)

    def document(self, docnum: int) -> Document:
        """Return document ``docnum`` as a Document."""
        return stored_to_document(self.stored(docnum))

    def docnum(self, doc_id: str) -> int | None:
        """Return the number of the live document ``doc_id``, or None."""
        for docnum in self.documents_with("id", doc_id):
            return docnum
        return None

    def stored_by_id(self, doc_id: str) -> dict | None:
        """Return the stored fields of the live document ``doc_id``, or None.

        Reads the id's postings directly: ``searcher.document(id=...)`` builds
        and runs a query, which was a large share of the main process's time
        while indexing (py-spy).
        """
        docnum = self.docnum(doc_id)
        return None if docnum is None else self.stored(docnum)

    def documents_with(self, field: str, term: str) -> Iterator[int]:
        """Yield the live documents holding ``term`` in ``field``, in order."""
        reader = self._searcher.reader()
        btext = self._searcher.schema[field].to_bytes(term)
        if (field, btext) not in reader:
            return
        for docnum in reader.postings(field, btext).all_ids():
            if not reader.is_deleted(docnum):
                yield docnum

    def terms(self, field: str, prefix: str = "") -> Iterator[str]:
        """Yield every term of ``field`` (starting with ``prefix``), in order,
        deleted documents' too."""
        reader = self._searcher.reader()
        found = reader.expand_prefix(field, prefix) if prefix else reader.lexicon(field)
        for raw in found:
            yield raw.decode("utf-8") if isinstance(raw, bytes) else raw

    def ids_in_file(self, path: str) -> set[str]:
        """Return the ids of the live documents read from the file ``path``."""
        return {
            self.stored(docnum)["id"] for docnum in self.documents_with("path", path)
        }

    # -- columns: one value per document number ------------------------------

    def strings(self, field: str) -> list[str]:
        """Return ``field``'s value of every document, by number."""
        return columns.strings(self._searcher, field)

    def term_documents(self, field: str) -> dict[str, frozenset[int]]:
        """Return each term of ``field`` with the documents holding it."""
        return columns.term_documents(self._searcher, field)

    def group_keys(self) -> list[int]:
        """Return every document's group key (near-copies share one), by number."""
        return columns.numbers(self._searcher, GROUP_KEY_FIELD)

    # -- searching -----------------------------------------------------------

    def find(
        self,
        text: str,
        *,
        since: date | None = None,
        until: date | None = None,
        sources: tuple[str, ...] = (),
        tags: tuple[str, ...] = (),
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        fold: bool = True,
        facets: bool = False,
        deadline: Deadline,
        sources_named: SourceNamer,
        statistics: CollectionStatistics | None = None,
    ) -> Found:
        """Find ``text``'s matches through the filters, listed up to offset + limit.

        With ``statistics``, documents are ranked by the given collection's
        statistics instead of this index's own (see CollectionStatistics).
        """
        return find(
            self._ranking(statistics),
            text,
            filters=Filters(since, until, tuple(sources), tuple(tags)),
            sort=sort,
            offset=offset,
            limit=limit,
            fold=fold,
            facets=facets,
            deadline=deadline,
            sources_named=sources_named,
        )

    def statistics(
        self,
        text: str,
        *,
        sources_named: SourceNamer,
        deadline: Deadline,
        table: TermTable | None = None,
    ) -> CollectionStatistics:
        """Return this index's statistics for ranking ``text``'s terms.

        The terms are the query's as this index expands them (a wildcard's
        words here); statistics of several indexes are summed with ``+``.
        With ``table`` (a collection's, term_table.py), the collection's
        statistics of those terms instead: what this index ranks with.
        """
        from .searching import _resolve_sources

        searcher = self._searcher
        parsed = _resolve_sources(build_query(text, searcher.schema), sources_named)
        reader = searcher.reader()
        bound_expansions(parsed, reader, deadline)
        terms = sorted(_existing_terms(parsed, reader))
        if table is not None:
            return CollectionStatistics(
                doc_count=table.doc_count,
                field_lengths=table.field_lengths,
                doc_frequencies=tuple(
                    (field, term_key(btext), table.frequency(field, btext))
                    for field, btext in terms
                ),
            )
        live = live_statistics(reader)
        return CollectionStatistics(
            doc_count=live.doc_count,
            field_lengths=tuple(sorted(live.field_lengths.items())),
            doc_frequencies=tuple(
                (field, term_key(btext), live.doc_frequency(reader, field, btext))
                for field, btext in terms
            ),
        )

    def term_table(self) -> TermTable:
        """Return this index's live statistics of every term of its ranked
        fields (see term_table.py), for a collection it is a part of."""
        reader = self._searcher.reader()
        live = live_statistics(reader)
        deleted = deleted_term_counts(reader)
        terms, frequencies = {}, {}
        for name in sorted(live.field_lengths):
            kept, counts = [], []
            for btext, info in reader.iter_field(name):
                count = info.doc_frequency() - deleted.get((name, btext), 0)
                if count > 0:
                    kept.append(btext)
                    counts.append(count)
            terms[name] = kept
            frequencies[name] = np.array(counts, dtype=np.int64)
        return TermTable(
            live.doc_count,
            tuple(sorted(live.field_lengths.items())),
            terms,
            frequencies,
        )

    def other_copies(self, docnum: int) -> tuple[str, ...]:
        """Return the sources of the other copies of document ``docnum``'s release."""
        return other_copies(self._searcher, docnum, self.stored(docnum))

    def suggest(self, text: str) -> str | None:
        """Return ``text`` with unknown words replaced by close known ones, or None."""
        return suggest_spelling(self._searcher, text)

    def spelling_candidates(self, text: str) -> SpellingCandidates:
        """Return what this index knows of ``text``'s words, for a suggestion
        made for several indexes (spelling.joined_spelling, suggest_from)."""
        return spelling_candidates(self._searcher, text)

    def similar(self, doc_id: str, *, limit: int, fold: bool) -> list[Listed] | None:
        """Return the documents most like ``doc_id``, in listing order; None
        when no document has that id."""
        docnum = self.docnum(doc_id)
        if docnum is None:
            return None
        stored = self.stored(docnum)
        return similar_documents(
            self._searcher,
            docnum,
            stored.get("title", ""),
            stored.get("body", ""),
            limit=limit,
            fold=fold,
        )

    def release_terms(self, docnum: int) -> tuple[dict[str, int], int]:
        """Return the terms ``similar`` chooses key terms from for document
        ``docnum`` (with their counts), and its group key."""
        stored = self.stored(docnum)
        counts = term_counts(stored.get("title", ""), stored.get("body", ""))
        return counts, int(self.group_keys()[docnum])

    def term_statistics(self, texts: list[str]) -> CollectionStatistics:
        """Return this index's statistics for ranking ``content`` terms ``texts``
        (summed over several indexes with ``+``)."""
        return term_statistics(self._searcher, texts)

    def ranked_by_terms(
        self,
        terms: list[WeightedTerm],
        *,
        limit: int,
        fold: bool,
        statistics: CollectionStatistics | None = None,
        excluding: tuple[str, int] | None = None,
    ) -> list[Listed]:
        """Return the ``limit`` best matches of ``terms``, in listing order;
        with ``fold`` one per copy group.

        ``excluding``: (id, group key) of the release asked about, which is
        never listed, nor with ``fold`` its copies, wherever they are held.
        With ``statistics``, ranked by the given collection's statistics.
        """
        if excluding is not None:
            doc_id, group = excluding
            docnum = self.docnum(doc_id)
            excluding = (-1 if docnum is None else docnum, group)
        return ranked_by_terms(
            self._ranking(statistics),
            terms,
            limit=limit,
            fold=fold,
            excluding=excluding,
        )

    def summary(self) -> tuple[int, dict[str, int], date | None, date | None]:
        """Return (documents, {source: documents}, first date, last date)."""
        searcher = self._searcher
        everything = searcher.search(
            whoosh_query.Every(),
            limit=1,
            groupedby={"source": sorting.FieldFacet("source", maptype=sorting.Count)},
        )
        sources = {
            str(k): v
            for k, v in sorted(
                everything.groups("source").items(),
                key=lambda kv: (-kv[1], str(kv[0])),
            )
            if k
        }
        dated = whoosh_query.Every("date")
        return (
            searcher.doc_count(),
            sources,
            self._first_date(dated, newest=False),
            self._first_date(dated, newest=True),
        )

    def _first_date(self, dated, *, newest: bool) -> date | None:
        order = sorting.FieldFacet("date", reverse=newest)
        top = self._searcher.search(dated, limit=1, sortedby=order)
        return top[0]["date"].date() if len(top) else None

    def _ranking(self, statistics: CollectionStatistics | None):
        """Return the searcher that ranks by ``statistics`` (ours when None)."""
        if statistics is None:
            return self._searcher
        # A searcher of its own: Whoosh caches each term's idf per searcher.
        return Searcher(
            self._searcher.reader(),
            weighting=bm25f(statistics),
            closereader=False,
        )


def _existing_terms(parsed, reader) -> set[tuple[str, bytes]]:
    """Return the (field, term) pairs of a query found in the index, expanded.

    Whoosh's own ``existing_terms`` reuses its ``fieldname`` argument as a
    loop variable, so after the first term it skips every other field's.
    """
    schema = reader.schema
    found = set()
    for leaf in parsed.leaves():
        for fieldname, text in leaf.expanded_terms(reader, phrases=True):
            if fieldname not in schema:
                continue
            try:
                btext = schema[fieldname].to_bytes(text)
            except ValueError:
                continue
            if (fieldname, btext) in reader:
                found.add((fieldname, btext))
    return found
