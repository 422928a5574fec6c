"""Where shards are held open: in this process, or by Dask actors on workers.

``InProcess`` opens every shard here and answers at once; it serves a
one-off ``searchidx query`` on a sharded folder without starting a cluster.
``DaskWorkers`` holds each shard in an actor on a worker that can see its
folder: a running cluster (``--scheduler``, $SEARCHIDX_SCHEDULER) or a
``LocalCluster`` of worker processes started for the call.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import INSTALL_HINT, ClusterUnavailableError
from .lines import Line, deadline_left
from .shard import Shard

SCHEDULER_ENV = "SEARCHIDX_SCHEDULER"
# "off": a search's calls cross Dask's comm, not the shards' direct lines.
LINES_ENV = "SEARCHIDX_SHARD_LINES"
# Seconds to reach a scheduler, and a shard's actor to open its folder.
CONNECT_TIMEOUT_S = 10.0
OPEN_TIMEOUT_S = 60.0

log = logging.getLogger(__name__)


def import_distributed():
    """Return the ``distributed`` module.

    Raises:
        ClusterUnavailableError: Dask is not installed; names the extra to install.
    """
    try:
        import distributed
    except ImportError as error:
        raise ClusterUnavailableError(
            f"a sharded index needs Dask ({error.name} is not installed); "
            f"run: {INSTALL_HINT}"
        ) from error
    # Dask logs every worker's start and stop at INFO through the root
    # logger: a search's output is no place for them. --debug shows them.
    quiet = logging.getLogger("distributed")
    if not log.isEnabledFor(logging.DEBUG):
        quiet.setLevel(max(quiet.getEffectiveLevel(), logging.WARNING))
    return distributed


class _Answered:
    """A call answered at once, with the ``result()`` of an actor's future."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value

    def result(self, timeout: float | None = None):
        return self.value


class _HereHandle:
    """A shard of this process, called as an actor is."""

    def __init__(self, shard: Shard) -> None:
        self._shard = shard

    def __getattr__(self, name: str):
        method = getattr(self._shard, name)
        return lambda *args, **kwargs: _Answered(method(*args, **kwargs))


# A search's calls. They cross on the shard's direct line (lines.py) where
# there is one, else run on the worker's event loop instead of handed to
# its actor thread and back: the hand-off costs a call a good share of its
# round trip (docs/benchmarks.md, Cluster). They only read, through the
# shard's shared reader, so they may run beside a write or a term table on
# the actor thread: those, which can take seconds, keep the thread, and the
# term table reads with a reader of its own, so that a search never waits
# behind it.
_SEARCH_CALLS = frozenset(
    {
        "listing_alone",
        "listing",
        "fetch",
        "search_inputs",
        "sources_named",
        "publisher_evidence",
        "status",  # as cheap as a call gets: a search's cost that is not the shards'
    }
)


class _ActorHandle:
    """An actor, the future that keeps it alive on its worker, and its line.

    Every call crosses as one pickle of its name and arguments, and its
    answer as one pickle back (``Shard.answer_packed``): Dask would
    otherwise serialise them part by part, with its own dispatch, size
    estimate and module lookup around each part of a search's options and
    of its listing, on the coordinator and on the worker, on the way of
    every search.
    """

    def __init__(self, future, actor, line: Line | None = None) -> None:
        self._future = future
        self._actor = actor
        self._line = line

    def __getattr__(self, name: str):
        if name.startswith("_") or not callable(getattr(Shard, name, None)):
            raise AttributeError(name)
        is_search = name in _SEARCH_CALLS
        line = self._line if is_search else None

        def call(*args, **kwargs):
            packed = pickle.dumps(
                (name, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL
            )
            if line is not None:
                return line.call(packed)
            return _PackedAnswer(
                self._actor.answer_packed(packed, separate_thread=not is_search)
            )

        return call

    def _close_line(self) -> None:
        if self._line is not None:
            self._line.close()


class _PackedAnswer:
    """An actor's future whose ``result()`` is the call's answer unpacked."""

    __slots__ = ("_future",)

    def __init__(self, future) -> None:
        self._future = future

    def result(self, timeout: float | None = None):
        return pickle.loads(self._future.result(timeout=timeout))


def _waited_one_by_one(
    pending: dict, timeout: float | None
) -> tuple[dict, dict[object, BaseException]]:
    """Return (answers, errors) of ``pending`` calls (key -> future, or the
    error the call raised), each future's ``result()`` waited in turn, all
    within ``timeout`` seconds from now."""
    deadline = None if timeout is None else time.monotonic() + timeout
    answers, errors = {}, {}
    for key, future in pending.items():
        if isinstance(future, BaseException):
            errors[key] = future
            continue
        try:
            answers[key] = future.result(timeout=deadline_left(deadline))
        except Exception as error:  # noqa: BLE001 - the caller sorts them
            errors[key] = error
    return answers, errors


class InProcess:
    """Shards opened in this process: no cluster, one core."""

    name = "this process"
    lost_errors: tuple[type[BaseException], ...] = ()

    def __init__(self) -> None:
        self._shards: list[Shard] = []

    def open(
        self,
        folder: Path,
        *,
        create: bool,
        place: tuple[int, int] | None = None,
        avoid: frozenset[str] = frozenset(),
    ):
        """Open the shard in ``folder``; return its handle and where it lives."""
        shard = Shard(os.fspath(folder), create, place)
        self._shards.append(shard)
        return _HereHandle(shard), "here"

    def release(self, handle) -> None:
        handle._shard.close()

    def wait(
        self, pending: dict, timeout: float | None = None
    ) -> tuple[dict, dict[object, BaseException]]:
        """Return (answers, errors) of calls made at once (key -> future,
        or the error the call raised): here, all answered already."""
        return _waited_one_by_one(pending, timeout)

    def close(self) -> None:
        for shard in self._shards:
            shard.close()
        self._shards.clear()


def _is_direct_to_workers() -> bool:
    """Return whether the coordinator talks to the workers holding shards itself.

    Unless Dask's configuration says otherwise, it does: through the
    scheduler (Dask's default), every document written and every answer
    would cross the scheduler's process too, doubling what is sent and
    making the scheduler everyone's bottleneck. A cluster whose workers the
    coordinator cannot reach sets ``distributed.client.direct-to-workers``
    to False.
    """
    import dask

    configured = dask.config.get("distributed.client.direct-to-workers", None)
    return True if configured is None else bool(configured)


def _folders_seen(folders: list[str]) -> list[bool]:
    """Run on each worker: which of ``folders`` exist where it runs."""
    return [os.path.isdir(folder) for folder in folders]


class DaskWorkers:
    """Shards held by Dask actors, each on a worker that sees its folder."""

    def __init__(self, client, cluster=None) -> None:
        distributed = import_distributed()
        self.client = client
        self._cluster = cluster  # started here, so closed here
        self.name = client.scheduler.address
        self._is_direct = bool(client.direct_to_workers)
        # What a call to a worker that died raises: the connection closing
        # under it, or the connection that cannot be made.
        self.lost_errors = (
            OSError,
            TimeoutError,
            RuntimeError,  # "Worker holding Actor was lost"
            distributed.comm.CommClosedError,
        )

    @classmethod
    def connect(cls, scheduler: str) -> DaskWorkers:
        """Use the running cluster whose scheduler is at ``scheduler``.

        Raises:
            ClusterUnavailableError: Dask is missing or the scheduler does not answer.
        """
        distributed = import_distributed()
        try:
            client = distributed.Client(
                scheduler,
                timeout=CONNECT_TIMEOUT_S,
                direct_to_workers=_is_direct_to_workers(),
            )
        except (OSError, TimeoutError, ValueError) as error:
            raise ClusterUnavailableError(
                f"{scheduler}: cannot reach the Dask scheduler ({error})"
            ) from error
        return cls(client)

    @classmethod
    def start_local(cls, workers: int) -> DaskWorkers:
        """Start a cluster of ``workers`` processes on this machine (loopback only)."""
        distributed = import_distributed()
        cluster = distributed.LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=":0",
            # A worker killed is the user's news only through our results:
            # Dask's own tracebacks of it would bury them.
            silence_logs=logging.CRITICAL,
        )
        client = distributed.Client(cluster, direct_to_workers=True)
        return cls(client, cluster)

    def workers(self) -> list[str]:
        """Return the addresses of the workers the scheduler knows, sorted."""
        return sorted(self.client.scheduler_info(n_workers=-1)["workers"])

    def _folders_seen_by_each(self, folder: str) -> dict[str, object]:
        """Return each worker's ``_folders_seen`` answer for ``folder``, or
        the error it gave; a worker that does not answer in
        CONNECT_TIMEOUT_S (stopped, hung) gives a TimeoutError. Asked one
        by one, each with its own limit: a broadcast to every worker waits
        for the slowest, with no limit, and one stopped worker held every
        command that opens a shard."""
        workers = self.workers()

        def seen_by(worker: str) -> object:
            try:
                answers = self.client.run(
                    _folders_seen,
                    [folder],
                    workers=[worker],
                    on_error="return",
                    callback_timeout=CONNECT_TIMEOUT_S,
                )
            except (TimeoutError, OSError) as error:
                return error
            return answers.get(worker, ClusterUnavailableError(f"{worker}: gone"))

        if len(workers) <= 1:
            return {worker: seen_by(worker) for worker in workers}
        with ThreadPoolExecutor(max_workers=min(len(workers), 8)) as asking:
            return dict(zip(workers, asking.map(seen_by, workers), strict=True))

    def open(
        self,
        folder: Path,
        *,
        create: bool,
        place: tuple[int, int] | None = None,
        avoid: frozenset[str] = frozenset(),
    ):
        """Open the shard in ``folder`` in an actor; return it and its worker.

        The worker is one that sees the folder (any, for a new one), other
        than those in ``avoid``, chosen by the folder's name so that shards
        spread over the workers.

        Raises:
            ClusterUnavailableError: no worker can hold it.
        """
        seen = self._folders_seen_by_each(os.fspath(folder))
        candidates = [
            address
            for address, answer in sorted(seen.items())
            if address not in avoid
            and isinstance(answer, list)
            and (answer[0] or create)
        ]
        if not candidates:
            if self._cluster is not None and not os.path.isdir(folder):
                # Workers started here see this machine's disk: the folder
                # is gone, which no worker could help.
                raise ClusterUnavailableError(
                    f"{os.fspath(folder)} does not exist (moved or deleted?)"
                )
            raise ClusterUnavailableError(
                f"no live worker of {self.name} sees {os.fspath(folder)}"
            )
        number = int(folder.name.rsplit("-", 1)[-1]) if "-" in folder.name else 0
        worker = candidates[number % len(candidates)]
        future = self.client.submit(
            Shard,
            os.fspath(folder),
            create,
            place,
            actor=True,
            workers=[worker],
            allow_other_workers=False,
            pure=False,
        )
        # The actor calls through the client current when it is made: this
        # one, which reaches the workers directly, and not one of the caller's.
        with self.client.as_current():
            actor = future.result(timeout=OPEN_TIMEOUT_S)
        return _ActorHandle(future, actor, self._line_to(actor)), worker

    def _line_to(self, actor) -> Line | None:
        """Return the direct line to the shard of ``actor``, connected, or
        None where there is none (then its search calls cross Dask)."""
        if not self._is_direct or os.environ.get(LINES_ENV, "on") == "off":
            # The workers are out of reach but through the scheduler, or
            # the user keeps a search's calls on Dask's comm.
            return None
        try:
            where = pickle.loads(
                actor.answer_packed(pickle.dumps(("open_line", (), {}))).result(
                    timeout=OPEN_TIMEOUT_S
                )
            )
        except self.lost_errors:
            return None  # its worker is gone: the shard's first call says so
        if where is None:
            return None
        line = Line(*where)
        try:
            line.connect(timeout=CONNECT_TIMEOUT_S)
        except OSError as error:
            # A firewall that lets Dask's ports through and not the line's:
            # the search calls cross Dask, slower but answered.
            log.info("%s:%s: no direct line (%s); calls cross Dask", *where[:2], error)
            return None
        return line

    def wait(
        self, pending: dict, timeout: float | None = None
    ) -> tuple[dict, dict[object, BaseException]]:
        """Return (answers, errors) of calls made at once to actors (key ->
        future, or the error the call raised), waited for together.

        One hand-off to the client's event loop thread and one back for
        them all, where each future's ``result()`` costs a hand-off there
        and back of its own: on the way of every search, after the slower
        shard answers. ``timeout`` is for them all; a call not answered in
        it gives a TimeoutError.
        """
        actors = {
            key: future
            for key, future in pending.items()
            if isinstance(future, _PackedAnswer)
        }
        if len(actors) < 2:
            return _waited_one_by_one(pending, timeout)

        async def awaited(future):
            return await future

        async def all_of_them():
            waiting = {
                key: asyncio.ensure_future(awaited(future._future))
                for key, future in actors.items()
            }
            done, late = await asyncio.wait(waiting.values(), timeout=timeout)
            for task in late:
                task.cancel()
            return {
                key: (
                    (task.exception() or task.result())
                    if task in done
                    else TimeoutError(f"no answer in {timeout} s")
                )
                for key, task in waiting.items()
            }

        outcomes = self.client.sync(all_of_them)
        answers, errors = _waited_one_by_one(
            {key: f for key, f in pending.items() if key not in actors}, timeout
        )
        for key, outcome in outcomes.items():
            if isinstance(outcome, BaseException):
                errors[key] = outcome
            else:
                try:
                    answers[key] = pickle.loads(outcome)
                except Exception as error:  # noqa: BLE001 - as result() would raise
                    errors[key] = error
        return answers, errors

    def release(self, handle) -> None:
        """Let the actor go: it closes its folder; the worker drops it with the future."""
        handle._close_line()
        try:
            # Waited for: an actor dropped before its last call arrives
            # makes its worker log a KeyError for the call.
            handle.close().result(timeout=CONNECT_TIMEOUT_S)
        except self.lost_errors:
            pass  # its worker is gone, and the folder with it

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
