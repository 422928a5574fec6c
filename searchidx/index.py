"""The Index facade: the one object library users and the CLI talk to."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sized
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import ParamSpec, TypeVar

from .arguments import former_names, one_or_many
from .documents import Document
from .engine import (
    DEFAULT_TIMEOUT_S,
    DEFAULT_WRITE_TIMEOUT,
    CollectionStatistics,
    Store,
)
from .errors import (
    DocumentNotFoundError,
    IndexDamagedError,
    IndexFormatError,
    SearchidxError,
)
from .facets import FACET_FIELDS
from .frozen import FrozenDict
from .pipeline import (
    AddReport,
    add_documents,
    checked_field_map,
    collect_files,
    documents_in_files,
)
from .search import Results, collection_statistics, run_search
from .similar import run_similar
from .sources import (
    UrlEvidence,
    as_publisher,
    host_named_sources,
    publisher_names,
    url_evidence,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``Index.check`` found: the documents and segments read, and problems."""

    documents: int
    segments: int
    problems: tuple[str, ...]

    @property
    def is_ok(self) -> bool:
        """Return True when nothing is wrong."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class IndexStats:
    """The size and spread of an index."""

    documents: int
    sources: Mapping[str, int]
    first_date: date | None
    last_date: date | None
    size_bytes: int

    def __post_init__(self) -> None:
        if not isinstance(self.sources, FrozenDict):
            object.__setattr__(self, "sources", FrozenDict(self.sources))


# Batches of at least this many bytes of files, or this many documents, are
# written by two processes.
PARALLEL_WRITE_BYTES = 8 << 20
PARALLEL_WRITE_DOCUMENTS = 5_000


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0


P = ParamSpec("P")
R = TypeVar("R")


def _reporting_damage(method: Callable[P, R]) -> Callable[P, R]:
    """Turn a failure inside Whoosh into IndexDamagedError when a file is damaged.

    A segment altered or cut short after its commit surfaces deep inside
    Whoosh (EOFError, a zstd error, a term that is not there). The checksums
    tell damage, named by segment, from a bug, which is raised as it is.
    """

    @functools.wraps(method)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except SearchidxError:
            raise
        except Exception as error:
            self = args[0]
            assert isinstance(self, Index)
            damage = self._store.damage(error)
            if damage is None:
                raise
            raise IndexDamagedError(
                self.path,
                f"{damage}; rebuild it: delete the folder and run "
                f"searchidx --index {os.fspath(self.path)} index PATH...",
            ) from error

    return checked


class Index:
    """A searchidx index on disk.

    Use as a context manager, or call ``close()``::

        with Index.open("index/", create=True) as index:
            index.add_files(["corpus/"])
            results = index.search("multilateral exercise", limit=5)
    """

    def __init__(self, store: Store) -> None:
        if not isinstance(store, Store):
            raise TypeError("open an Index with Index.open(path)")
        self.path = store.path
        self._store = store

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = False) -> Index:
        """Open the index at ``path``; with ``create=True`` make it if missing.

        Raises:
            IndexNotFoundError: no index there and ``create`` is False.
            IndexFormatError: the index is from another schema version or
                damaged, or it is sharded (``searchidx.cluster.ShardedIndex``
                opens those).
        """
        from .cluster.layout import is_sharded  # a manifest: no Dask needed

        if is_sharded(path):
            raise IndexFormatError(
                path,
                "a sharded index: open it with "
                "searchidx.cluster.ShardedIndex.open(path) (the CLI does)",
            )
        if create and not Store.exists(path):
            return cls(Store.create(path))
        return cls(Store.open(path))

    @classmethod
    def exists(cls, path: str | os.PathLike) -> bool:
        """Return True when ``path`` holds a searchidx index."""
        return Store.exists(path)

    def close(self) -> None:
        """Release the index's files."""
        self._store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @_reporting_damage
    def __len__(self) -> int:
        return self._store.doc_count()

    @_reporting_damage
    @former_names(timeout="wait")
    def add(
        self,
        documents: Iterable[Document],
        *,
        wait: float = DEFAULT_WRITE_TIMEOUT,
        on_wait: Callable[[float, float], None] | None = None,
    ) -> AddReport:
        """Add or update ``documents`` in one commit; unchanged ones are skipped.

        A document replaces the indexed one with the same id when its content
        hash differs. The same id, or the same body text (40+ words) under
        another id, seen twice in one call keeps the first.
        Nothing is written if the iteration raises.

        Args:
            on_wait: called with (seconds waited, timeout) every few seconds
                while another process holds the write lock.

        Raises:
            IndexLockedError: another process kept the write lock past ``timeout``.
            IndexWriteError: the index could not be written; nothing was.
        """
        # A list of thousands is worth the multiprocess writer, which is slow
        # to start (docs/benchmarks.md, "index.py and cli.py").
        big = (
            isinstance(documents, Sized) and len(documents) >= PARALLEL_WRITE_DOCUMENTS
        )
        return add_documents(
            self._store,
            documents,
            wait=wait,
            failed=[],
            started=time.perf_counter(),
            procs=min(os.cpu_count() or 1, 2) if big else 1,
            on_wait=on_wait,
        )

    @_reporting_damage
    @former_names(timeout="wait", mapping="field_map")
    def add_files(
        self,
        paths: Iterable[str | os.PathLike],
        *,
        wait: float = DEFAULT_WRITE_TIMEOUT,
        on_file: Callable[[Path], None] | None = None,
        field_map: Mapping[str, str] | None = None,
        on_document: Callable[[Document], None] | None = None,
        prune: bool = False,
        roots: Iterable[str | os.PathLike] | None = None,
        workers: int | None = None,
        on_wait: Callable[[float, float], None] | None = None,
        on_commit: Callable[[], None] | None = None,
        commit_every_documents: int | None = None,
        commit_every_seconds: float | None = None,
    ) -> AddReport:
        """Read files and folders (recursively) and add their documents.

        Bad files and records do not stop the batch: each becomes an
        IngestError in ``AddReport.failed``. The batch is one commit, unless
        ``commit_every_*`` asks for one every so often; each is whole, so a
        run killed later keeps them and a re-run writes only the rest.

        Args:
            on_file: called with each file as it is read (for progress bars).
            on_document: called with each document read (for rates).
            field_map: document field -> key for JSON exports whose names are
                not recognised (``{"body": "contents"}``).
            prune: also remove the documents of files that were indexed from
                under ``roots`` before and were not found now (``removed``
                counts them).
            workers: processes that parse pages and text dumps (default: the
                cores, at most 2); JSON is always read in this process.
            roots: the folders and files ``prune`` looks under; default
                ``paths`` (pass the user's folders when ``paths`` is the list
                of files already found in them).
            on_wait: called with (seconds waited, timeout) every few seconds
                while another process holds the write lock.
            on_commit: called once every file is read, when the changes are
                about to be committed (on a big batch that takes a while).
            commit_every_documents, commit_every_seconds: commit once this
                many documents were written, or this many seconds after the
                first change since the last commit, whichever comes first.

        Raises:
            IngestError: nothing under ``paths`` can be read.
        """
        from .ingest.pool import default_workers  # see collect_files

        started = time.perf_counter()
        field_map = checked_field_map(field_map)
        paths = one_or_many(paths)
        files, failed = collect_files(paths)
        workers = default_workers() if workers is None else workers

        def documents():
            return documents_in_files(
                files,
                workers=workers,
                failed=failed,
                field_map=field_map,
                on_file=on_file,
                on_document=on_document,
            )

        # The multiprocess writer is slow to start and pays off only on big
        # batches (docs/benchmarks.md, "index.py and cli.py").
        size = sum(_size(file) for file in files)
        procs = min(os.cpu_count() or 1, 2) if size >= PARALLEL_WRITE_BYTES else 1
        report = add_documents(
            self._store,
            documents(),
            procs=procs,
            wait=wait,
            failed=failed,
            started=started,
            reread=files,
            prune_under=(paths if roots is None else one_or_many(roots))
            if prune
            else (),
            on_wait=on_wait,
            on_commit=on_commit,
            commit_every_documents=commit_every_documents,
            commit_every_seconds=commit_every_seconds,
        )
        return replace(report, files=len(files))

    @_reporting_damage
    def refresh(self) -> None:
        """Open a searcher on the latest commit now, if another has happened.

        Searches do this themselves; a server calls it to pay the cost
        before a request rather than during one.
        """
        with self._store.reading():
            pass

    @_reporting_damage
    def get(self, doc_id: str) -> Document:
        """Return the document with ``doc_id``.

        Raises:
            DocumentNotFoundError: no document has that id (as ``similar``).
        """
        with self._store.reading() as reader:
            docnum = reader.docnum(doc_id)
            if docnum is None:
                raise DocumentNotFoundError(doc_id)
            return reader.document(docnum)

    def __contains__(self, doc_id: object) -> bool:
        """Return True when a document has the id ``doc_id``."""
        if not isinstance(doc_id, str):
            return False
        with self._store.reading() as reader:
            return reader.docnum(doc_id) is not None

    @_reporting_damage
    @former_names(timeout="wait")
    def remove(
        self,
        doc_ids: Iterable[str],
        *,
        wait: float = DEFAULT_WRITE_TIMEOUT,
        on_wait: Callable[[float, float], None] | None = None,
        on_missing: Callable[[str], None] | None = None,
    ) -> int:
        """Remove documents by id; return how many were there.

        Args:
            wait: seconds to wait for another process's write to end.
            on_missing: called with each id no document had, as found under
                the write lock (a run committing meanwhile counts).
        """
        removed = 0
        with self._store.writing(timeout=wait, on_wait=on_wait) as writer:
            for doc_id in one_or_many(doc_ids):
                found = writer.delete(doc_id)
                removed += found
                if not found and on_missing is not None:
                    on_missing(doc_id)
        return removed

    def delete(self, doc_ids: Iterable[str], **options) -> int:
        """The former name of ``remove``."""
        return self.remove(doc_ids, **options)

    @_reporting_damage
    @former_names(text="query")
    def search(
        self,
        query: str,
        *,
        since: date | None = None,
        until: date | None = None,
        sources: Iterable[str] = (),
        tags: Iterable[str] = (),
        sort: str = "relevance",
        limit: int = 10,
        page: int = 1,
        facets: Iterable[str] = FACET_FIELDS,
        snippets: int = 1,
        fold: bool = True,
        timeout: float | None = DEFAULT_TIMEOUT_S,
        correct: bool = True,
        statistics: CollectionStatistics | None = None,
        sources_must_exist: bool = True,
        publishers: Mapping[str, str] | None = None,
    ) -> Results:
        """Search the index; return a page of ranked hits with snippets and facets.

        A query that finds nothing because of a misspelling is answered by
        the corrected query when that finds something, as search engines
        do: ``Results.query`` is then the correction and
        ``Results.corrected_from`` what was typed (``correct=False`` to
        search only as typed; ``Results.suggestion`` still offers it).

        Plain words are ranked by BM25F with no word required; listed by date
        (``sort`` newest or oldest) only releases holding every word match.
        Query syntax (phrases, AND/OR/NOT, ``field:term``, wildcards) is
        honoured when used, in either order.

        Args:
            since, until: keep documents dated within this range (inclusive).
            sources, tags: keep documents from any of these sources / with any of these tags.
            sort: ``relevance``, ``newest`` or ``oldest``.
            facets: fields to count over the whole result set: year, month, source, tags.
            snippets: how many passages to return per hit (0 for none).
            fold: show copies of one release once, with ``copies``.
            timeout: seconds a search may run before it is stopped (None: no limit).
            correct: run the spelling correction of a query that finds nothing.
            statistics: rank by these collection statistics instead of the
                index's own: the sum of ``statistics(text)`` over every index
                holding part of one collection ranks each part as one index
                holding it all would.
            sources_must_exist: False for a part of a collection: a source it
                does not hold matches nothing here instead of being an error.
            publishers: host-named sources to count as their publisher in the
                source facet, instead of this index's own (a part of a
                collection is given the whole's, see ``publisher_evidence``).

        Raises:
            QueryError: the query or an option cannot be honoured, or it
                would cost too much (a wildcard or range standing for more
                than 1,024 words, over 4,000 characters, parentheses over 20 deep).
            QueryTimeoutError: the search ran past ``timeout``.
        """
        with self._store.reading() as reader:
            return run_search(
                reader,
                query,
                since=since,
                until=until,
                sources=tuple(one_or_many(sources)),
                tags=tuple(one_or_many(tags)),
                sort=sort,
                limit=limit,
                page=page,
                facets=tuple(one_or_many(facets)),
                snippets=snippets,
                fold=fold,
                timeout=timeout,
                correct=correct,
                statistics=statistics,
                sources_must_exist=sources_must_exist,
                publishers=publishers,
            )

    @_reporting_damage
    def publisher_evidence(
        self, names: Iterable[str] | None = None
    ) -> tuple[list[str], dict[str, UrlEvidence]]:
        """Return what decides which host-named sources stand for a publisher:
        this index's host-named sources, and for those and ``names``, the
        urls of their host one index would look at, with the other names
        their documents give (``sources.url_evidence``).

        For indexes holding parts of a collection: joined over all of them
        (``sources.joined_evidence``), it gives the ``publishers`` of the
        whole (``sources.publishers_from``).
        """
        with self._store.reading() as reader:
            here = host_named_sources(reader)
            wanted = dict.fromkeys([*here, *(names or ())])
            return here, url_evidence(reader, list(wanted))

    @_reporting_damage
    @former_names(text="query")
    def statistics(
        self,
        query: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT_S,
        publishers: Mapping[str, str] | None = None,
    ) -> CollectionStatistics:
        """Return what ranking ``text`` reads of this index, as values that add up.

        Document count, field lengths and the document frequency of each of
        the query's terms (a wildcard's words as found here); ``a + b`` sums
        two indexes' (see ``search(..., statistics=)``). ``publishers``: as
        given to ``search`` with these statistics.

        Raises:
            QueryError: the query cannot be read or would cost too much.
        """
        with self._store.reading() as reader:
            return collection_statistics(
                reader, query, timeout=timeout, publishers=publishers
            )

    @_reporting_damage
    def similar(self, doc_id: str, *, limit: int = 10, fold: bool = True) -> Results:
        """Return the releases most like the document ``doc_id`` (not itself).

        Args:
            fold: list each release once, and not ``doc_id``'s own copies;
                without it every copy is a hit of its own (see similar.py).

        Raises:
            DocumentNotFoundError: no document has that id.
        """
        with self._store.reading() as reader:
            return run_similar(reader, doc_id, limit=limit, fold=fold)

    def check(self) -> CheckReport:
        """Read every document of every segment and compare it with its content hash."""
        documents, segments, problems = self._store.check()
        return CheckReport(documents, segments, tuple(problems))

    @_reporting_damage
    def stats(self, *, publishers: Mapping[str, str] | None = None) -> IndexStats:
        """Return how many documents the index holds, from which sources and dates.

        Args:
            publishers: host-named sources to count as their publisher,
                instead of this index's own (as in ``search``).
        """
        with self._store.reading() as reader:
            documents, sources, first, last = reader.summary()
            # A publisher and the host some of its documents are named by: one.
            if publishers is None:
                publishers = publisher_names(reader)
            merged = as_publisher(sources, publishers)
            sources = dict(sorted(merged.items(), key=lambda kv: (-kv[1], kv[0])))
        return IndexStats(
            documents=documents,
            sources=sources,
            first_date=first,
            last_date=last,
            size_bytes=self._store.size_bytes(),
        )
