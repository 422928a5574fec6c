"""ShardedIndex: N ordinary index folders searched and written as one index.

The coordinator holds no documents. It routes each document to a shard
(routing.py), asks every shard at once and gathers their answers
(merge.py). Every shard ranks with the statistics of the whole collection,
so that scores are those of one index holding every document. After each
write the coordinator gives every shard the collection's counts of the
terms it holds (share_statistics), and a search is one round trip; when a
shard's counts are not those of its current commit (a write by another
process), the search is two, as Elasticsearch's dfs_query_then_fetch:
first each shard's statistics for the query (documents, term frequencies,
field lengths), then the search, every shard ranking with their sum.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from ..arguments import former_names, one_or_many
from ..documents import Document
from ..engine import (
    DEFAULT_TIMEOUT_S,
    DEFAULT_WRITE_TIMEOUT,
    CollectionStatistics,
    check_joined_expansions,
    choose_key_terms,
    collection_tables,
    joined_spelling,
    suggest_from,
)
from ..errors import (
    DocumentNotFoundError,
    ParameterError,
    QueryError,
    SearchidxError,
)
from ..facets import FACET_FIELDS
from ..index import CheckReport, Index
from ..pipeline import (
    AddReport,
    checked_field_map,
    collect_files,
    documents_in_files,
)
from ..search import Hit
from ..sources import closest_names, joined_evidence, publishers_from
from . import merge
from .errors import ShardLayoutError, ShardsUnavailableError, ShardWriteError
from .layout import Layout, is_sharded, read_layout, write_layout
from .merge import ShardedResults, ShardedStats
from .shard import Failure
from .workers import DaskWorkers, InProcess
from .writing import write_documents

log = logging.getLogger(__name__)

DEFAULT_SHARDS = 2
# Seconds a shard may take past the search's own time budget before it is
# counted as lost (a worker that hangs rather than dies).
ANSWER_GRACE_S = 10.0


# Errors a shard raises that are the caller's to fix, the same on every
# shard: raised as they are rather than counted as a missing shard.
@dataclass(frozen=True, slots=True)
class _SearchInputs:
    """What every shard's first answer to a query gave, summed: the
    collection's statistics, the publishers host-named sources stand for,
    the spelling suggestion, and each shard's commit they were read at."""

    statistics: CollectionStatistics | None  # None: the shards hold them
    publishers: dict[str, str]
    suggestion: str | None
    generations: dict[int, int]
    failed: dict[str, str]


# Query texts whose first-round answers are kept (see ShardedIndex._remember).
_KNOWN_QUERIES = 256


def _prefetched(limit: int, shards: int) -> int:
    """Return how many hits each shard reads with its listing of a first
    page: its share of the page and two more, so that the fetch round trip
    is needed only when one shard holds a good deal more than its share."""
    return min(limit, -(-limit // shards) + 2)


# Searches that find the shards' collection statistics out of date (a write
# by another process) before this process shares them again.
_MISSES_BEFORE_SHARING = 3
# Seconds close() waits for a share a search started before it goes on.
SHARE_AT_CLOSE_S = 60.0
# Searches in two rounds after a shard did not answer one or take a share.
_SKIPPED_AFTER_A_FAILURE = 16
# Query-then-fetch lists again when a shard commits between listing and
# fetching; the last of these tries reads its hits with the listing.
_FETCH_ATTEMPTS = 3
_CALLERS_ERRORS = (QueryError, ParameterError, DocumentNotFoundError)
# source:"Some Name" or source:name in a query's text.
_SOURCE_TERM = re.compile(r'\bsource:(?:"([^"]*)"|(\S+))')


class _ShardDown(Exception):
    """A shard that cannot be opened or reached now (internal)."""


class ShardedIndex:
    """A sharded index: the methods and records of ``searchidx.Index``.

    Open one with ``ShardedIndex.open`` (or ``open_index``, which opens a
    plain or a sharded folder alike)::

        with ShardedIndex.open("index/", create=True, shards=3, processes=2) as index:
            index.add_files(["corpus/"])
            results = index.search("multilateral exercise", limit=5)
    """

    def __init__(
        self, path: Path, layout: Layout, workers, *, create: bool, allow_partial: bool
    ) -> None:
        self.path = path
        self.layout = layout
        self.allow_partial = allow_partial
        self._workers = workers
        self._create = create
        self._handles: list = [None] * layout.shards
        self._lost_workers: set[str] = set()
        # Host-named sources seen in any shard, asked about in every shard,
        # and the publishers they were last found to stand for.
        self._host_named: set[str] = set()
        self._publishers_found: dict[str, str] = {}
        # What the first round of a search gave for a query text, with the
        # commits it was read at (see _search_inputs).
        self._inputs_known: dict[str, _SearchInputs] = {}
        # Searches left before one tries one round trip again (after the
        # shards could not be given the collection's statistics, or one did
        # not answer), and searches since a share that found them out of date.
        self._skip_one_round = 0
        # A coordinator just opened shares at its first miss: shards that
        # were never given the statistics (an index written before they
        # were kept, a writer stopped before it shared) would otherwise cost
        # every short-lived process, each `searchidx query`, an extra round.
        self._one_round_misses = _MISSES_BEFORE_SHARING - 1
        # A share a search found due runs beside it (_share_beside), not
        # before its answer: a share takes as long as building every
        # shard's term table, whatever the search's timeout. One at a time;
        # handles are opened and lost from either thread.
        self._sharing: threading.Thread | None = None
        self._share_lock = threading.Lock()
        self._handles_lock = threading.RLock()

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        create: bool = False,
        shards: int | None = None,
        scheduler: str | None = None,
        processes: int | None = None,
        allow_partial: bool = True,
    ) -> ShardedIndex:
        """Open the sharded index at ``path``; with ``create=True`` make it if missing.

        Args:
            shards: how many shards a new index has (default 2); for an
                existing one, the number it must have.
            scheduler: a running Dask cluster's scheduler address
                (``tcp://host:8786``): shards are held by its workers.
            processes: without ``scheduler``, start this many local worker
                processes; with neither, the shards are opened in this process.
            allow_partial: a shard that cannot answer leaves its hits out and
                is named in ``ShardedResults.failed_shards``; False raises
                ShardsUnavailableError instead.

        Raises:
            IndexNotFoundError: no index there and ``create`` is False.
            ShardLayoutError: the folder holds a plain index, or another number of shards.
            ClusterUnavailableError: Dask is not installed, or the scheduler does not answer.
        """
        path = Path(path)
        if is_sharded(path):
            layout = read_layout(path)
            if shards is not None and shards != layout.shards:
                raise ShardLayoutError(
                    path,
                    f"has {layout.shards} shards, not {shards}; "
                    "to change the number, build a new index",
                )
        elif Index.exists(path):
            raise ShardLayoutError(
                path, "holds a plain index; build a sharded one in another folder"
            )
        elif not create:
            from ..errors import IndexNotFoundError

            raise IndexNotFoundError(path)
        else:
            layout = None
        if scheduler:
            workers = DaskWorkers.connect(scheduler)
        elif processes:
            workers = DaskWorkers.start_local(processes)
        else:
            workers = InProcess()
        # Shards are made only with a new index: the manifest is written once
        # they all exist, so an index whose shard folder went missing (a
        # disk, a machine) never gets an empty one in its place.
        is_new = layout is None
        layout = Layout(shards=shards or DEFAULT_SHARDS) if is_new else layout
        index = cls(
            path,
            layout,
            workers,
            create=is_new,
            allow_partial=allow_partial and not is_new,
        )
        try:
            index._open_all()
            if is_new:
                write_layout(path, layout)
                index.allow_partial = allow_partial
        except BaseException:
            index.close()
            raise
        return index

    @staticmethod
    def exists(path: str | os.PathLike) -> bool:
        """Return True when ``path`` holds a sharded index."""
        return is_sharded(path)

    # -- shards ----------------------------------------------------------------

    def shard_name(self, number: int) -> str:
        return self.layout.folders[number]

    def _open_all(self) -> None:
        for number in range(self.layout.shards):
            try:
                self._handle(number)
            except _ShardDown as error:
                if not self.allow_partial:
                    raise ShardsUnavailableError(
                        self.path, {self.shard_name(number): str(error)}
                    ) from None
                log.warning("%s: %s", self.shard_name(number), error)

    def _handle(self, number: int):
        """Return the shard's handle, opening it (again) on a live worker if need be."""
        if self._handles[number] is not None:
            return self._handles[number]
        with self._handles_lock:
            return self._open_handle(number)

    def _open_handle(self, number: int):
        if self._handles[number] is not None:  # opened by the other thread
            return self._handles[number]
        folder = (self.path / self.shard_name(number)).absolute()
        try:
            handle, worker = self._workers.open(
                folder,
                create=self._create,
                place=(number, self.layout.shards),
                avoid=frozenset(self._lost_workers),
            )
            failure = handle.status().result(timeout=ANSWER_GRACE_S)
        except SearchidxError as error:
            raise _ShardDown(str(error)) from error
        except self._workers.lost_errors as error:
            raise _ShardDown(f"its worker cannot be reached ({error})") from error
        if failure is not None:
            self._workers.release(handle)
            if issubclass(failure.kind, ShardLayoutError):
                # Not a shard down but a manifest that is not this index's:
                # every answer would miss or misplace releases.
                raise failure.error()
            raise _ShardDown(failure.message)
        self._handles[number] = (handle, worker)
        return self._handles[number]

    def _lose(self, number: int) -> None:
        """Forget a shard whose worker was lost: the next call reopens it."""
        with self._handles_lock:
            held = self._handles[number]
            self._handles[number] = None
            if held is not None:
                self._lost_workers.add(held[1])

    def _ask(
        self,
        method: str,
        *args,
        shards: Iterable[int] | None = None,
        timeout: float | None = None,
        retry: bool = True,
        each: dict[int, tuple] | None = None,
        **kwargs,
    ) -> tuple[dict[int, object], dict[int, str]]:
        """Call ``method`` on the shards at once; return (answers, failures).

        ``each`` gives a shard arguments of its own instead of ``args``.
        A shard whose worker is lost is reopened on another worker that
        sees its folder and asked again, once. Failures map the shard's
        number to why it did not answer; answers may be ``Failure``s.
        """
        numbers = range(self.layout.shards) if shards is None else list(shards)
        pending, failed = {}, {}
        for number in numbers:
            try:
                handle, _ = self._handle(number)
                arguments = args if each is None else each[number]
                pending[number] = getattr(handle, method)(*arguments, **kwargs)
            except _ShardDown as error:
                failed[number] = str(error)
            except self._workers.lost_errors as error:
                pending[number] = error
        # Waited for together: one hand-off to Dask's thread and back, where
        # each answer waited in turn costs its own (DaskWorkers.wait).
        answers, errors = self._workers.wait(pending, timeout)
        for error in errors.values():
            if not isinstance(error, self._workers.lost_errors):
                raise error
        for number, error in sorted(errors.items()):
            self._lose(number)
            if not retry:
                failed[number] = f"its worker was lost ({type(error).__name__})"
                continue
            more, lost = self._ask(
                method,
                *args,
                shards=[number],
                timeout=timeout,
                retry=False,
                each=each,
                **kwargs,
            )
            answers.update(more)
            failed.update(lost)
        return answers, failed

    def _answers(
        self,
        method: str,
        *args,
        timeout: float | None = None,
        partial: bool | None = None,
        **kwargs,
    ) -> tuple[dict[int, object], dict[str, str]]:
        """``_ask`` every shard for a read: the caller's errors raised, the
        rest named by shard (or raised, when partial answers are not allowed)."""
        answers, failed = self._ask(method, *args, timeout=timeout, **kwargs)
        for number, answer in sorted(answers.items()):
            if isinstance(answer, Failure):
                if issubclass(answer.kind, _CALLERS_ERRORS):
                    raise answer.error()
                failed[number] = answer.message
        named = {self.shard_name(n): reason for n, reason in sorted(failed.items())}
        if named and not (self.allow_partial if partial is None else partial):
            raise ShardsUnavailableError(self.path, named)
        return {n: a for n, a in answers.items() if n not in failed}, named

    def _written(self, answers: dict[int, object], failed: dict[int, str]) -> None:
        """Raise the first error of a write on any shard."""
        for number, reason in sorted(failed.items()):
            raise ShardWriteError(self.path, self.shard_name(number), reason)
        for answer in answers.values():
            if isinstance(answer, Failure):
                raise answer.error()

    # -- the Index methods -------------------------------------------------------

    def close(self) -> None:
        """Release every shard, and stop the worker processes started for it.

        A share a search started is finished first (for up to
        SHARE_AT_CLOSE_S), so that the next process, each `searchidx
        query`, finds the statistics given.
        """
        sharing = self._sharing
        if sharing is not None:
            sharing.join(SHARE_AT_CLOSE_S)
        for number, held in enumerate(self._handles):
            if held is not None:
                self._workers.release(held[0])
                self._handles[number] = None
        self._workers.close()

    def __enter__(self) -> ShardedIndex:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __len__(self) -> int:
        answers, _ = self._answers("count")
        return sum(answers.values())

    def refresh(self) -> None:
        """Open a searcher on the latest commit of every shard now."""
        self._answers("refresh")

    def get(self, doc_id: str) -> Document:
        """Return the document with ``doc_id``.

        Raises:
            DocumentNotFoundError: no shard holds it (as ``Index.get``).
            ShardsUnavailableError: it is on no shard that answered, and some did not.
        """
        answers, failed = self._answers("get", doc_id)
        found = [answer for answer in answers.values() if answer is not None]
        if not found and failed:
            raise ShardsUnavailableError(self.path, failed)
        if not found:
            raise DocumentNotFoundError(doc_id)
        return found[0]

    def __contains__(self, doc_id: object) -> bool:
        """Return True when a shard holds a document with the id ``doc_id``."""
        if not isinstance(doc_id, str):
            return False
        try:
            self.get(doc_id)
        except DocumentNotFoundError:
            return False
        return True

    @former_names(timeout="wait")
    def add(
        self,
        documents: Iterable[Document],
        *,
        wait: float = DEFAULT_WRITE_TIMEOUT,
        on_wait: Callable[[float, float], None] | None = None,
    ) -> AddReport:
        """Add or update ``documents``: each shard commits its part once.

        As ``Index.add``; the shards commit one after the other, so a
        crash between two commits leaves some shards written, and running
        the same add again writes only the rest. ``on_wait`` is not called:
        the shards wait for their locks on their workers.
        """
        started = time.perf_counter()
        report = write_documents(self, documents, timeout=wait, started=started)
        self._share_quietly()
        return report

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
        """Read files and folders and add their documents, as ``Index.add_files``.

        Files are read here (by ``workers`` processes) and their documents
        routed to the shards, which write them on their workers.
        """
        from ..ingest.pool import default_workers

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

        report = write_documents(
            self,
            documents(),
            timeout=wait,
            started=started,
            reread=[os.fspath(file) for file in files],
            prune_under=[
                os.fspath(p) for p in (paths if roots is None else one_or_many(roots))
            ]
            if prune
            else [],
            read_with_errors=lambda: [error.path for error in failed],
            on_commit=on_commit,
            commit_every_documents=commit_every_documents,
            commit_every_seconds=commit_every_seconds,
        )
        self._share_quietly()
        return replace(report, failed=tuple(failed), files=len(files))

    def delete(self, doc_ids: Iterable[str], **options) -> int:
        return self.remove(doc_ids, **options)

    @former_names(timeout="wait")
    def remove(
        self,
        doc_ids: Iterable[str],
        *,
        wait: float = DEFAULT_WRITE_TIMEOUT,
        on_wait: Callable[[float, float], None] | None = None,
        on_missing: Callable[[str], None] | None = None,
    ) -> int:
        """Remove documents by id from whichever shard holds them; return how many were there."""
        ids = list(dict.fromkeys(one_or_many(doc_ids)))
        answers, failed = self._ask("delete", ids, wait)
        self._written(answers, failed)
        if answers:
            # Every shard asked commits, even one that removed nothing.
            self._share_quietly()
        removed = sum(count for count, _ in answers.values())
        if on_missing is not None:
            missing_everywhere = set(ids).intersection(
                *(set(missing) for _, missing in answers.values())
            )
            for doc_id in ids:
                if doc_id in missing_everywhere:
                    on_missing(doc_id)
        return removed

    def share_statistics(self) -> bool:
        """Give every shard the whole collection's statistics of its terms,
        so that a search asks the shards once, not twice; return whether
        every shard took them.

        Done after every write through this object. The statistics hold
        while no shard commits: a shard written to since (by another
        process) ranks nothing with them, and searches ask every shard for
        the query's statistics first again, until the next share.
        """
        with self._share_lock:
            return self._share()

    def _share(self) -> bool:
        self._one_round_misses = 0
        known, failed = self._answers(
            "term_table", sorted(self._host_named), partial=True
        )
        if failed or len(known) < self.layout.shards or None in known.values():
            self._skip_one_round = _SKIPPED_AFTER_A_FAILURE
            return False
        publishers = self._publishers(
            [evidence for *_, evidence in known.values()], None
        )
        numbers = sorted(known)
        generations = tuple(known[n][0] for n in numbers)
        tables = dict(
            zip(numbers, collection_tables([known[n][1] for n in numbers]), strict=True)
        )
        taken, failed = self._answers(
            "take_collection",
            partial=True,
            each={
                n: (
                    generations,
                    tables[n].doc_count,
                    tables[n].field_lengths,
                    tables[n].frequencies,
                    publishers,
                )
                for n in numbers
            },
        )
        shared = not failed and all(taken.get(n) is True for n in numbers)
        self._skip_one_round = 0 if shared else _SKIPPED_AFTER_A_FAILURE
        return shared

    def _share_quietly(self) -> None:
        """share_statistics, where a shard that does not answer only leaves
        searches their statistics round: the write or search that asked has
        succeeded without it."""
        try:
            self.share_statistics()
        except (SearchidxError, *self._workers.lost_errors) as error:
            log.info("%s: statistics not shared (%s)", self.path, error)

    def _in_one_round(
        self, text: str, options: dict, wait: float | None
    ) -> tuple[_SearchInputs, dict] | None:
        """Return the search inputs and every shard's listing of ``text`` in
        one round trip, the shards ranking with the collection's statistics
        they were given (share_statistics); None when any shard was not
        given them for its commit now, or did not answer."""
        answers, failed = self._ask("listing_alone", text, options, timeout=wait)
        for answer in answers.values():
            if isinstance(answer, Failure) and issubclass(answer.kind, _CALLERS_ERRORS):
                raise answer.error()
        if failed or len(answers) < self.layout.shards:
            # Searched in two rounds, which name what is missing, for a while.
            self._skip_one_round = _SKIPPED_AFTER_A_FAILURE
            return None
        if any(
            answer is None or isinstance(answer, Failure) for answer in answers.values()
        ):
            return self._missed_one_round()
        generations = {answer[0] for answer in answers.values()}
        if len(generations) != 1:
            # Given by different shares: some shard moved on since.
            return self._missed_one_round()
        (generation_of,) = generations
        listings = {n: answer[2] for n, answer in answers.items()}
        if any(
            listing.generation != generation_of[n] for n, listing in listings.items()
        ):
            return self._missed_one_round()
        publishers = answers[min(answers)][1]
        inputs = _SearchInputs(
            statistics=None,
            publishers=publishers,
            suggestion=suggest_from(
                text, joined_spelling([answer[3] for answer in answers.values()])
            ),
            generations=dict(enumerate(generation_of)),
            failed={},
        )
        return inputs, listings

    def _missed_one_round(self) -> None:
        """Count a search the shards could not answer in one round trip;
        after a few, give them the collection's statistics again (another
        process wrote and did not share, or shared at other commits)."""
        self._one_round_misses += 1
        if self._one_round_misses >= _MISSES_BEFORE_SHARING:
            self._share_beside()
        return None

    def _share_beside(self) -> None:
        """Share the statistics in a thread of this process, while the search
        that found them out of date answers in two rounds, within its
        timeout; the searches after it take one round once the share is done."""
        if self._sharing is not None and self._sharing.is_alive():
            return
        self._one_round_misses = 0
        self._sharing = threading.Thread(
            target=self._share_in_thread, name=f"share {self.path}", daemon=True
        )
        self._sharing.start()

    def _share_in_thread(self) -> None:
        try:
            self._share_quietly()
        except Exception as error:  # noqa: BLE001 - a thread's traceback reaches the user
            # Searches go on in two rounds; the next write shares again.
            log.info("%s: statistics not shared (%r)", self.path, error)

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
    ) -> ShardedResults:
        """Search every shard and merge: as ``Index.search``, plus ``failed_shards``."""
        text = query
        started = time.perf_counter()
        if limit < 1:
            raise ParameterError("limit", f"{limit} hits a page; the least is 1")
        if page < 1:
            raise ParameterError("page", f"page {page}; pages start at 1")
        # What every shard lists: the best page * limit hits of its own,
        # without reading their documents (search.Listing).
        options = dict(
            since=since,
            until=until,
            sources=tuple(one_or_many(sources)),
            tags=tuple(one_or_many(tags)),
            sort=sort,
            facets=tuple(one_or_many(facets)),
            fold=fold,
            timeout=timeout,
            limit=page * limit,
        )
        if isinstance(snippets, bool) or not isinstance(snippets, int) or snippets < 0:
            raise ParameterError("snippets", f"{snippets!r} is not a count of passages")
        wait = None if timeout is None else timeout + ANSWER_GRACE_S
        page_of = dict(limit=limit, page=page, snippets=snippets, wait=wait)
        results = self._scatter(text, options, **page_of)
        if not results.total:
            # A source: the query names that no shard holds is an error naming
            # the closest known ones, as in one index, never "0 hits".
            for name in _SOURCE_TERM.findall(text):
                named = name[0] or name[1].rstrip(")")
                if "*" in named or "?" in named:
                    continue  # a pattern matching no source finds nothing, as in one index
                self._check_sources_exist([named], wait)
        if correct and not results.total and results.suggestion:
            corrected = self._scatter(results.suggestion, options, **page_of)
            if corrected.total:
                results = replace(corrected, corrected_from=text)
        return replace(
            results, elapsed_ms=round((time.perf_counter() - started) * 1000, 2)
        )

    def _scatter(
        self,
        text: str,
        options: dict,
        *,
        limit: int,
        page: int,
        snippets: int,
        wait: float | None,
    ) -> ShardedResults:
        if options["sources"]:
            self._check_sources_exist(list(options["sources"]), wait)
        # Query, then fetch: every shard lists its best hits, the lists are
        # merged, and only the shards holding hits of the merged page read
        # their documents and make snippets (N shards would otherwise make N
        # pages of them for one). The first page's likeliest hits, each
        # shard's first few, come with the listing, which saves the fetch
        # round trip unless one shard holds more of the page than that. A
        # shard that holds none of a source's releases lists nothing, as one
        # index would for them (no error unless no shard holds it, above).
        options = {
            **options,
            "snippets": snippets,
            "prefetch": _prefetched(limit, self.layout.shards) if page == 1 else 0,
        }
        inputs = self._inputs_known.get(text)
        remembered = inputs is not None
        listed = None
        if inputs is None and self._skip_one_round > 0:
            self._skip_one_round -= 1
        elif inputs is None:
            listed = self._in_one_round(text, options, wait)
        if listed is not None:
            inputs, listings = listed
        elif inputs is None:
            inputs = self._search_inputs(text, wait)
        fetches = 0
        while True:
            failed = dict(inputs.failed)
            if listed is None:
                listings, more_failed = self._answers(
                    "listing",
                    text,
                    options,
                    inputs.statistics,
                    inputs.publishers,
                    timeout=wait,
                )
                failed.update(more_failed)
            listed = None
            listings = {
                n: a for n, a in listings.items() if self.shard_name(n) not in failed
            }
            if not listings and failed:
                # Nothing answered: "0 hits" would read as an answer.
                raise ShardsUnavailableError(self.path, failed)
            current = all(
                listing.generation == inputs.generations.get(n)
                for n, listing in listings.items()
            )
            if remembered and not current:
                # A shard committed since the remembered statistics were
                # read: they are another commit's. Asked again.
                self._inputs_known.pop(text, None)
                inputs, remembered = self._search_inputs(text, wait), False
                continue
            check_joined_expansions(
                text, [listing.expansions for listing in listings.values()]
            )
            chosen = merge.merge_listings(listings, limit=limit, page=page)
            fetched, stale = self._fetch(
                listings, chosen, snippets, options["fold"], wait, failed
            )
            if not stale:
                break
            # A commit between listing and fetching makes the listed
            # document numbers another commit's: listed again, with the
            # statistics of the commit now read. The last try reads every
            # hit it lists with its listing, at one commit: nothing is left
            # to fetch, so a shard written to all the while still answers.
            fetches += 1
            if fetches >= _FETCH_ATTEMPTS - 1:
                options = {**options, "prefetch": page * limit}
            inputs, remembered = self._search_inputs(text, wait), False
        if current and not inputs.failed and inputs.statistics is not None:
            self._remember(text, inputs)
        hits = tuple(
            replace(fetched[pair], rank=(page - 1) * limit + place + 1)
            for place, pair in enumerate(chosen)
            if pair in fetched
        )
        return ShardedResults(
            query=text,
            hits=hits,
            total=sum(
                listing.total
                for n, listing in listings.items()
                if self.shard_name(n) not in failed
            ),
            page=page,
            page_size=limit,
            elapsed_ms=0.0,
            facets=merge.merge_facets(
                {
                    n: listing
                    for n, listing in listings.items()
                    if self.shard_name(n) not in failed
                }
            )
            if listings
            else {name: () for name in options["facets"]},
            suggestion=inputs.suggestion if listings else None,
            failed_shards=tuple(sorted(failed)),
        )

    def _search_inputs(self, text: str, wait: float | None) -> _SearchInputs:
        """Ask every shard what ranking ``text`` needs of the whole collection.

        Every shard ranks with the statistics of all that answer: those of
        one index holding their documents (dfs_query_then_fetch); and counts
        a host-named source as the publisher all shards name it. The
        statistics are asked with the publishers last found: when the
        shards' evidence finds others (after a write), asked again.
        """
        for _ in range(2):
            expected = self._publishers_found
            known, failed = self._answers(
                "search_inputs",
                text,
                sorted(self._host_named),
                expected,
                timeout=wait,
            )
            publishers = self._publishers(
                [evidence for _, evidence, _, _ in known.values()], wait
            )
            if publishers == expected:
                break
        return _SearchInputs(
            statistics=sum(
                (part for part, _, _, _ in known.values()), CollectionStatistics()
            ),
            publishers=publishers,
            # Suggested from every shard's words and counts, as one index would.
            suggestion=suggest_from(
                text,
                joined_spelling([spelling for _, _, spelling, _ in known.values()]),
            ),
            generations={n: generation for n, (*_, generation) in known.items()},
            failed=failed,
        )

    def _remember(self, text: str, inputs: _SearchInputs) -> None:
        """Keep what the first round gave for ``text``: the same query again
        (the next page, a filter, a facet clicked) skips that round while no
        shard has committed since, which its listing tells."""
        self._inputs_known.pop(text, None)
        self._inputs_known[text] = inputs
        while len(self._inputs_known) > _KNOWN_QUERIES:
            del self._inputs_known[next(iter(self._inputs_known))]

    def _fetch(
        self,
        listings: dict,
        chosen: list[tuple[int, int]],
        snippets: int,
        fold: bool,
        wait: float | None,
        failed: dict[str, str],
    ) -> tuple[dict[tuple[int, int], Hit], list[int]]:
        """Return the hits of ``chosen`` (shard, place in its listing) pairs:
        those read with the listing, and the others asked of their shards.

        Also return the shards that had committed since they listed. A shard
        that fails is added to ``failed``: its hits are missing from the page.
        """
        fetched: dict[tuple[int, int], Hit] = {}
        wanted: dict[int, list[int]] = {}
        for shard, place in chosen:
            if place < len(listings[shard].hits):
                fetched[shard, place] = listings[shard].hits[place]
            else:
                wanted.setdefault(shard, []).append(place)
        if not wanted:
            return fetched, []
        stale = []
        answers, lost = self._ask(
            "fetch",
            shards=list(wanted),
            each={
                shard: (
                    listings[shard].generation,
                    [listings[shard].entries[place] for place in places],
                    snippets,
                    fold,
                )
                for shard, places in wanted.items()
            },
            timeout=wait,
        )
        for number, reason in lost.items():
            failed[self.shard_name(number)] = reason
        for shard, answer in answers.items():
            if isinstance(answer, Failure):
                if issubclass(answer.kind, _CALLERS_ERRORS):
                    raise answer.error()
                failed[self.shard_name(shard)] = answer.message
            elif answer is None:
                stale.append(shard)
            else:
                for place, hit in zip(wanted[shard], answer, strict=True):
                    fetched[shard, place] = hit
        if failed and not self.allow_partial:
            raise ShardsUnavailableError(self.path, dict(sorted(failed.items())))
        return fetched, stale

    def _check_sources_exist(self, wanted: list[str], wait: float | None) -> None:
        """Raise QueryError when no shard holds a source ``wanted`` names."""
        answers, _failed = self._answers("sources_named", wanted, timeout=wait)
        if not answers or any(names for names, _ in answers.values()):
            return
        # Each shard's closest, ranked again among all: a name closest of
        # all is among the closest of the shard holding it.
        closest = closest_names(
            sorted({name for _, near in answers.values() for name in near}),
            wanted[0],
        )
        if closest:
            shown = ", ".join(repr(value) for value in wanted)
            raise QueryError(
                f"source:{shown}", f"no such source; closest: {', '.join(closest)}"
            )

    def similar(
        self, doc_id: str, *, limit: int = 10, fold: bool = True
    ) -> ShardedResults:
        """Return the releases most like ``doc_id``, from every shard.

        As one index holding every shard's documents answers: the key terms
        are chosen by the statistics of all shards, every shard ranks them
        with those, and the best of each are merged in listing order.

        Raises:
            DocumentNotFoundError: no shard that answered holds ``doc_id``.
        """
        started = time.perf_counter()
        held, failed = self._answers("release_terms", doc_id)
        home = next((answer for _, answer in sorted(held.items()) if answer), None)
        if home is None:
            if failed:
                raise ShardsUnavailableError(self.path, failed)
            raise DocumentNotFoundError(doc_id)
        counts, group = home
        # The key terms are chosen, and every shard ranks them, by the whole
        # collection's statistics: the answer of one index holding it all.
        parts, more_failed = self._answers("term_statistics", sorted(counts))
        failed = {**failed, **more_failed}
        statistics = sum(parts.values(), CollectionStatistics())
        terms = choose_key_terms(counts, statistics)
        answers, more_failed = self._answers(
            "rank_like", terms, limit, fold, statistics, (doc_id, group)
        )
        failed = {**failed, **more_failed}
        pairs = [
            (number, hit)
            for number, answer in sorted(answers.items())
            for hit in answer
        ]
        pairs.sort(key=merge.listing_key("relevance"))
        hits = tuple(
            replace(hit, rank=rank) for rank, (_, hit) in enumerate(pairs[:limit], 1)
        )
        return ShardedResults(
            query=f"like:{doc_id}",
            hits=hits,
            total=len(hits),
            page=1,
            page_size=limit,
            elapsed_ms=round((time.perf_counter() - started) * 1000, 2),
            failed_shards=tuple(sorted(failed)),
        )

    def check(self) -> CheckReport:
        """Check every shard (as ``Index.check``); a shard that cannot be read is a problem."""
        answers, failed = self._answers("check", partial=True)
        return merge.merge_checks(
            {self.shard_name(n): report for n, report in sorted(answers.items())},
            failed,
        )

    def _publishers(self, answers: list, wait: float | None) -> dict[str, str]:
        """Return the publishers host-named sources stand for, in all shards.

        ``answers``: each shard's ``publisher_evidence`` for the host-named
        sources known from earlier calls (``_host_named``). A shard may hold
        a host's named releases and not the host-named ones: when a shard
        names a host-named source not asked about, every shard is asked
        again for it.
        """
        named = {name for here, _ in answers for name in here}
        if not named <= self._host_named:
            self._host_named |= named
            again, _ = self._answers(
                "publisher_evidence", sorted(self._host_named), timeout=wait
            )
            answers = list(again.values())
        self._publishers_found = publishers_from(
            joined_evidence(evidence for _, evidence in answers)
        )
        return self._publishers_found

    def stats(self) -> ShardedStats:
        """Return the documents, sources and dates of all shards together;
        ``failed_shards`` names those that did not answer (as ``search``)."""
        evidence, failed = self._answers("publisher_evidence", sorted(self._host_named))
        publishers = self._publishers(list(evidence.values()), None)
        answers, more_failed = self._answers("stats", publishers)
        failed = {**failed, **more_failed}
        if not answers and failed:
            raise ShardsUnavailableError(self.path, failed)
        size = sum(stats.size_bytes for stats in answers.values())
        return merge.merge_stats(
            list(answers.values()), size, failed_shards=tuple(sorted(failed))
        )

    @former_names(text="query")
    def statistics(
        self, query: str, *, timeout: float | None = DEFAULT_TIMEOUT_S
    ) -> CollectionStatistics:
        """Return what ranking ``query`` reads of all shards, summed (as
        ``Index.statistics``; every shard must answer).

        Raises:
            QueryError: the query cannot be read or would cost too much.
            ShardsUnavailableError: a shard did not answer.
        """
        wait = None if timeout is None else timeout + ANSWER_GRACE_S
        evidence, _ = self._answers(
            "publisher_evidence", sorted(self._host_named), partial=False
        )
        publishers = self._publishers(list(evidence.values()), wait)
        parts, _ = self._answers(
            "statistics", query, publishers, timeout=wait, partial=False
        )
        return sum(parts.values(), CollectionStatistics())


def open_index(
    path: str | os.PathLike, *, create: bool = False, **options
) -> Index | ShardedIndex:
    """Open the index at ``path``: a ``ShardedIndex`` when its manifest says so.

    ``options`` (scheduler, processes, allow_partial, shards) are for sharded
    indexes; a plain one opens as ``Index.open`` does.
    """
    if is_sharded(path) or (create and options.get("shards")):
        return ShardedIndex.open(path, create=create, **options)
    return Index.open(path, create=create)
