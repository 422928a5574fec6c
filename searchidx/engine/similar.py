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
from .ranking import WeightedTerm, group_keys, rank_terms

# At most this many key terms make the query (Lucene's default).
SIMILAR_TERMS = 25
# A title word counts as this many mentions in the body.
TITLE_MENTIONS = 2
# Documents a term must be found in: the release itself and one more.
MIN_DOC_FREQ = 2
# No upper bound on documents (Lucene's maxDocFreq): a word most documents
# hold has an idf near 0, so it is rarely chosen and then weighs little, and
# in a small index a cut-off dropped the very words releases share ("prison").


def key_terms(searcher, title: str, body: str) -> list[WeightedTerm]:
    """Return the release's key terms of ``content``, boosted by count (most 1.0).

    Ordered best first; empty when no term qualifies (a release of words
    found nowhere else, or everywhere).
    """
    counts = Counter(kept_terms(body)[0])
    for term, count in Counter(kept_terms(title)[0]).items():
        counts[term] += count * TITLE_MENTIONS
    documents = searcher.doc_count_all()
    scored = []
    for term, count in counts.items():
        text = term.decode("utf-8")
        frequency = searcher.doc_frequency("content", text)
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


def ranked_by_terms(
    searcher, terms: list[WeightedTerm], *, limit: int, fold: bool
) -> list[tuple[int, float]]:
    """Return (docnum, score) of the ``limit`` best matches of ``terms``."""
    return _best_others(searcher, None, terms, limit, fold) if terms else []


def similar_documents(
    searcher, docnum: int, title: str, body: str, *, limit: int, fold: bool
) -> list[tuple[int, float]]:
    """Return (docnum, score) of the ``limit`` documents most like ``docnum``."""
    terms = key_terms(searcher, title, body)
    return _best_others(searcher, docnum, terms, limit, fold) if terms else []


def _best_others(
    searcher, docnum: int | None, terms: list[WeightedTerm], limit: int, fold: bool
) -> list[tuple[int, float]]:
    """Return (docnum, score) of the best ``limit`` matches other than ``docnum``.

    Highest score first, ties by docnum; with ``fold``, one per group and
    none of ``docnum``'s own group (``docnum`` None: leave none out).
    """
    matches = rank_terms(searcher, terms)
    if matches is None:  # an index format ranking.py does not read
        return _best_others_by_whoosh(searcher, docnum, terms, limit, fold)
    order = np.lexsort((matches.docnums, -matches.scores))
    keys = group_keys(searcher) if fold else None
    seen = {keys[docnum]} if fold and docnum is not None else set()
    listed = []
    for at in order.tolist():
        other = int(matches.docnums[at])
        group = keys[other] if fold else other
        if other == docnum or group in seen:
            continue
        seen.add(group)
        listed.append((other, float(matches.scores[at])))
        if len(listed) == limit:
            break
    return listed


def _best_others_by_whoosh(searcher, docnum, terms, limit, fold):
    """``_best_others`` through Whoosh's own search (same scores, slower)."""
    clauses = [query.Term(t.fieldname, t.text, boost=t.boost) for t in terms]
    mask = {docnum} if docnum is not None else None
    results = searcher.search(query.Or(clauses), limit=None, mask=mask)
    keys = group_keys(searcher) if fold else None
    seen = {keys[docnum]} if fold and docnum is not None else set()
    listed = []
    for hit in results:
        group = keys[hit.docnum] if fold else hit.docnum
        if group in seen:
            continue
        seen.add(group)
        listed.append((hit.docnum, hit.score))
        if len(listed) == limit:
            break
    return listed
