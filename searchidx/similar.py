"""Releases like a given one: the engine finds them (engine/similar.py says
how); this makes them Results, each hit with the opening of its body."""

from __future__ import annotations

import time

from .errors import DocumentNotFoundError
from .search import Hit, Results
from .snippets import lead_snippet


def similar_hits(reader, found: list, *, fold: bool) -> tuple[Hit, ...]:
    """Return ``found`` (the engine's listed documents) as hits, each with
    the opening of its body."""
    hits = []
    for rank, listed in enumerate(found, 1):
        document = reader.document(listed.docnum)
        hits.append(
            Hit(
                rank=rank,
                score=round(listed.score, 4),
                document=document,
                snippets=(lead_snippet(document.body),),
                copies=reader.other_copies(listed.docnum) if fold else (),
                order=listed.order,
            )
        )
    return tuple(hits)


def run_similar(reader, doc_id: str, *, limit: int = 10, fold: bool = True) -> Results:
    """Return the documents most like ``doc_id``, best first, never itself.

    Args:
        fold: list copies of one release once, and none of ``doc_id``'s own
            (see engine/similar.py).

    Raises:
        DocumentNotFoundError: no document has that id.
    """
    started = time.perf_counter()
    found = reader.similar(doc_id, limit=limit, fold=fold)
    if found is None:
        raise DocumentNotFoundError(doc_id)
    hits = similar_hits(reader, found, fold=fold)
    return Results(
        query=f"like:{doc_id}",
        hits=hits,
        total=len(hits),
        page=1,
        page_size=limit,
        elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
    )
