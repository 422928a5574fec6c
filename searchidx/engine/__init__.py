"""The engine: the one package that knows Whoosh.

Everything above it (index.py, pipeline.py, search.py, facets.py, copies.py,
snippets.py, similar.py, the CLI, the web app) speaks Documents, plain values
and arrays, through this interface and nothing else:

``Store``: an index folder.
    ``Store.exists(path)``, ``Store.create(path)``, ``Store.open(path)``;
    ``store.reading()``: a context yielding the Reader of the latest commit
    (kept open between calls, replaced after a commit); ``store.fresh_reader()``
    (one of its own, for a write run); ``store.writing(timeout=, procs=,
    on_wait=)``: a context yielding a Writer under the write lock, committed
    at the end and cancelled on error; ``store.doc_count()``,
    ``store.check()``, ``store.damage(error)``, ``store.size_bytes()``,
    ``store.close()``.
``Writer``: ``add(fields)``, ``replace(fields)`` (upsert by id),
    ``delete(doc_id)``; fields come from ``document_to_fields``.
``Reader``: one commit of the index, by document number.
    Documents: ``doc_count``, ``stored(n)``, ``document(n)``, ``docnum(id)``,
    ``stored_by_id(id)``, ``documents_with(field, term)``, ``terms(field)``,
    ``ids_in_file(path)``. Columns (one value per number): ``strings(field)``,
    ``term_documents(field)``, ``group_keys()``. Searching: ``find(text,
    ...) -> Found`` (listed numbers, scores and words to mark, the total, the
    listed set for facets), ``statistics(text) -> CollectionStatistics``,
    ``other_copies(n)``, ``suggest(text)``, ``similar(id, limit=, fold=)``,
    ``summary()``. Every list of hits is in one listing order (score or
    date, then ties by values of the documents, ``Listed.order``), so the
    lists of several indexes merge into the list of one.
    ``similar`` in parts, for indexes holding parts of a collection:
    ``release_terms(n)``, ``term_statistics(texts)``, ``choose_key_terms``
    (below) and ``ranked_by_terms(terms, statistics=, excluding=)``; and
    spelling in parts: ``spelling_candidates(text)``, ``joined_spelling``,
    ``suggest_from``; and wildcards in parts: ``check_joined_expansions``
    over the parts' ``Deadline.expanded``.
``CollectionStatistics``: what BM25 reads, summable across indexes; given
    to ``find(..., statistics=)`` a part of a collection ranks as the whole.
``TermTable``: a part's statistics of every term it holds (``Reader.term_table()``);
    ``collection_tables`` makes each part's table of the whole collection,
    which ``statistics(text, table=)`` reads instead of asking every part;
    ``packed`` / ``unpacked`` store one as arrays.

The Whoosh version is pinned exactly (pyproject.toml) and checked when the
first index is opened or created (patches.py). Whoosh's defects are worked
around in the engine's own subclasses (codec.py), never by importing
searchidx; opening an index swaps only the segment writer's posting pool
(term_pool.py), which passes other codecs' segments to Whoosh's own.
"""

from __future__ import annotations

from .limits import (
    DEFAULT_TIMEOUT_S,
    MAX_QUERY_CHARS,
    Deadline,
    check_joined_expansions,
)
from .mapping import document_to_fields, stored_to_document
from .reader import Reader
from .scoring import CollectionStatistics
from .searching import Found, Listed
from .similar import choose_key_terms
from .spelling import joined_spelling, suggest_from
from .storage import DEFAULT_WRITE_TIMEOUT, Store, Writer
from .term_table import TermTable, collection_tables, packed, unpacked

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "DEFAULT_WRITE_TIMEOUT",
    "MAX_QUERY_CHARS",
    "CollectionStatistics",
    "Deadline",
    "Found",
    "Listed",
    "Reader",
    "Store",
    "TermTable",
    "Writer",
    "collection_tables",
    "packed",
    "unpacked",
    "check_joined_expansions",
    "choose_key_terms",
    "joined_spelling",
    "suggest_from",
    "document_to_fields",
    "stored_to_document",
]
