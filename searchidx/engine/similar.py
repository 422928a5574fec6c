"""Releases like a given one, found in the index: a "more like this" query of its key terms.

A release is about the words it repeats that few other releases use: the
defendant's name, the scheme, the bill. Those are picked by tf-idf, the way
Lucene's MoreLikeThis picks them, from the release's title and body:

- a term's count is its mentions in the body plus, for each in the title,
  TITLE_MENTIONS: the headline says what the release is about;
- it must be found in at least one other document, or it can find nothing
  (the Bo1 model used before weighs them highest);
- the best few by count times idf are OR-ed, each boosted by its count, and
  ranked by BM25 (ranking.rank_terms, the path plain-word searches use).
  BM25 weighs each term by its idf already; boosting by tf-idf as Lucene
  does counts rarity twice, and a name found in two releases outweighs
  everything else the release says.

Whoosh's ``more_like``, used before, picked terms by the Bo1 model, where a
word found in one or two documents outweighs everything the release repeats:
a sentencing release was matched on a town's name to four unrelated bills.
benchmarks/similar.py measures both on the shared press dumps.

With ``fold`` (the default), copies of one release count once, as in a
search: the release's own copies are not listed (they are the same release,
not another one about the same thing; a search for it shows them as
``copies``), and of each other release the best-scoring copy is
listed, with the others' sources in ``copies``.
"""

from __future__ import annotations

from collections import Counter
from math import log

import numpy as np
from whoosh import query

from .analysis import kept_terms
from .live import live_statistics
from .ranking import Matches, WeightedTerm, group_keys, rank_terms
from .scoring import CollectionStatistics
from .searching import Listed, listed_in_order

# At most this many key terms make the query (Lucene's default).
SIMILAR_TERMS = 25
# A title word counts as this many mentions in the body.
TITLE_MENTIONS = 2
# Documents a term must be found in: the release itself and one more.
MIN_DOC_FREQ = 2
# No upper bound on documents (Lucene's maxDocFreq): a word most documents
# hold has an idf near 0, so it is rarely chosen and then weighs little, and
# in a small index a cut-off dropped the very words releases share ("prison").


def term_counts(title: str, body: str) -> dict[str, int]:
    """Return each ``content`` term of a release with its count: mentions in
    the body, plus TITLE_MENTIONS for each in the title."""
    counts = Counter(kept_terms(body)[0])
    for term, count in Counter(kept_terms(title)[0]).items():
        counts[term] += count * TITLE_MENTIONS
    return {term.decode("utf-8"): count for term, count in counts.items()}


def choose_key_terms(
    counts: dict[str, int], statistics: CollectionStatistics
) -> list[WeightedTerm]:
    """Return the key terms of a release whose terms are ``counts``, boosted
    by count (most 1.0), by the tf-idf of a collection's ``statistics``.

    Ordered best first; empty when no term qualifies (a release of words
    found nowhere else, or everywhere).
    """
    documents = statistics.doc_count
    scored = []
    for text, count in counts.items():
        frequency = statistics.doc_frequency("content", text)
        if frequency < MIN_DOC_FREQ:
            continue
        # Lucene's BM25 idf, as ranking uses (scoring._LuceneIdfBM25).
        idf = log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
        scored.append((count * idf, text, count))
    # Ties by the term, so that the query never depends on the dict's order.
    scored.sort(key=lambda chosen: (-chosen[0], chosen[1]))
    chosen = scored[:SIMILAR_TERMS]
    if not chosen:
        return []
    most_said = max(count for _, _, count in chosen)
    return [
        WeightedTerm("content", text, count / most_said) for _, text, count in chosen
    ]


def term_statistics(searcher, texts: list[str]) -> CollectionStatistics:
    """Return this index's statistics for ranking ``content`` terms ``texts``."""
    reader = searcher.reader()
    live = live_statistics(reader)
    return CollectionStatistics(
        doc_count=live.doc_count,
        field_lengths=tuple(sorted(live.field_lengths.items())),
        doc_frequencies=tuple(
            (field, text, count)
            for field, text in sorted(("content", text) for text in set(texts))
            if (count := live.doc_frequency(reader, field, text))
        ),
    )


def key_terms(searcher, title: str, body: str) -> list[WeightedTerm]:
    """Return the release's key terms by this index's own statistics."""
    counts = term_counts(title, body)
    return choose_key_terms(counts, term_statistics(searcher, list(counts)))


def ranked_by_terms(
    searcher,
    terms: list[WeightedTerm],
    *,
    limit: int,
    fold: bool,
    excluding: tuple[int, int] | None = None,
) -> list[Listed]:
    """Return the ``limit`` best matches of ``terms``, in listing order.

    ``excluding``: (docnum or -1, group key) of the release asked about:
    never listed, nor with ``fold`` any copy of it (its group).
    """
    if not terms:
        return []
    matches = rank_terms(searcher, terms)
    if matches is None:  # an index format ranking.py does not read
        clauses = [query.Term(t.fieldname, t.text, boost=t.boost) for t in terms]
        found = searcher.search(query.Or(clauses), limit=None)
        matches = Matches.from_dict({hit.docnum: hit.score for hit in found})
    if excluding is not None:
        docnum, group = excluding
        kept = matches.docnums != docnum
        if fold:
            kept &= np.asarray(group_keys(searcher), dtype=np.uint64)[
                matches.docnums
            ] != np.uint64(group)
        matches = matches.keep(kept)
    return listed_in_order(searcher, matches, fold=fold, count=limit)


def similar_documents(
    searcher, docnum: int, title: str, body: str, *, limit: int, fold: bool
) -> list[Listed]:
    """Return the ``limit`` documents most like ``docnum``, in listing order."""
    group = group_keys(searcher)[docnum]
    return ranked_by_terms(
        searcher,
        key_terms(searcher, title, body),
        limit=limit,
        fold=fold,
        excluding=(docnum, group),
    )
