"""Writing a sharded index: documents routed by chunk, streamed to every shard.

Each document of a chunk is first sent to be sketched (routing.sketch) to
the shard likely to write it, which keeps the sketch for the write; the next
chunks' sketches are being made while this one is routed. Each shard begins one write (shard.py), is fed the
documents routed to it while the next chunk is routed, with the group
routing found for each (and the sketch, where another shard made it), and
commits when
every document was read, as one index commits once per call. The shards
commit one after the other: a run stopped between two commits keeps the
shards that committed, and running it again writes only the rest.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import islice

from ..documents import Document
from ..pipeline import AddReport
from . import merge
from .errors import ShardWriteError
from .routing import Router, Sketch, sketch
from .shard import Failure, Packed, packed_documents, packed_probe

# Documents routed together: one round trip to every shard to learn which
# ids and near copies it holds. Bigger chunks mean fewer trips and more
# documents held in memory at once.
ROUTE_CHUNK = 1_000
# Chunks in flight to one shard before the coordinator waits for it.
FEEDS_IN_FLIGHT = 2
# Chunks being sketched by the shards while the coordinator routes one.
SKETCHES_AHEAD = 2


def write_documents(
    index,
    documents: Iterable[Document],
    *,
    timeout: float,
    started: float,
    reread: list[str] = (),
    prune_under: list[str] = (),
    read_with_errors: Callable[[], list[str]] = list,
    on_commit: Callable[[], None] | None = None,
    commit_every_documents: int | None = None,
    commit_every_seconds: float | None = None,
) -> AddReport:
    """Write ``documents`` to the shards of ``index`` (a ShardedIndex); return the counts.

    Args:
        reread, prune_under: as ``Index._add``: files read whole again, whose
            documents they no longer give are removed; folders whose files
            that are gone lose their documents.
        read_with_errors: returns, once all is read, the files that were
            read with errors (they keep what they had).
    """
    counts, failed = index._ask("count")
    index._written(counts, failed)
    holding = [n for n, count in sorted(counts.items()) if count]
    router = Router(index.layout)
    answers, failed = index._ask(
        "begin",
        lock_timeout=timeout,
        reread=list(reread),
        prune_under=list(prune_under),
        commit_every_documents=commit_every_documents,
        commit_every_seconds=commit_every_seconds,
    )
    index._written(answers, failed)
    feeding = {number: deque() for number in range(index.layout.shards)}
    # Ids each shard holds that the run gives but writes elsewhere (the
    # router's given_elsewhere, and second copies of an id, held_twice),
    # to feed to it with its next documents.
    given_elsewhere: dict[int, list[str]] = {}
    # Second copies of ids, by the shard holding them: deleted after the
    # write, as releases that moved are.
    held_twice: dict[int, set[str]] = {}
    try:
        remaining = iter(documents)
        chunks = iter(lambda: list(islice(remaining, ROUTE_CHUNK)), [])
        sketching: deque = deque()
        while True:
            for chunk in islice(chunks, SKETCHES_AHEAD + 1 - len(sketching)):
                # Where each id was held before this call: known ahead, so
                # the shards sketch only what will be compared.
                held, twice = _locate(
                    index, [document.id for document in chunk], holding
                )
                for number, ids in twice.items():
                    given_elsewhere.setdefault(number, []).extend(ids)
                    held_twice.setdefault(number, set()).update(ids)
                is_new = [shard is None for shard in held]
                asked = _ask_sketch(index, chunk, is_new, held)
                sketching.append((chunk, held, is_new, asked))
            if not sketching:
                break
            chunk, held, is_new, asked = sketching.popleft()
            sketches, made_on = _sketches(index, chunk, is_new, asked)
            routed = router.route(
                chunk,
                sketches,
                held,
                find_copies=lambda probes, preferred: _find_copies(
                    index, probes, holding, preferred
                ),
            )
            for number, ids in router.take_given_elsewhere().items():
                given_elsewhere.setdefault(number, []).extend(ids)
            # By the object, not its id: an id given twice in a chunk is
            # routed once, its first text, whose sketch must go with it.
            place = {id(document): at for at, document in enumerate(chunk)}
            for number in sorted(set(routed) | set(given_elsewhere)):
                routed_documents = routed.get(number, [])
                in_flight = feeding[number]
                while len(in_flight) >= FEEDS_IN_FLIGHT:
                    _fed(index, number, in_flight.popleft())
                held = index._handles[number]
                if held is None:  # lost while writing: its part is gone
                    raise ShardWriteError(
                        index.path, index.shard_name(number), "its worker was lost"
                    )
                try:
                    in_flight.append(
                        held[0].feed(
                            packed_documents(routed_documents),
                            given_elsewhere.pop(number, []),
                            _routing_found(
                                router,
                                routed_documents,
                                number,
                                place,
                                sketches,
                                made_on,
                            ),
                        )
                    )
                except index._workers.lost_errors as error:
                    index._lose(number)
                    raise ShardWriteError(
                        index.path,
                        index.shard_name(number),
                        f"its worker was lost ({type(error).__name__})",
                    ) from error
        for number, in_flight in feeding.items():
            while in_flight:
                _fed(index, number, in_flight.popleft())
    except BaseException:
        try:
            index._ask("abort", retry=False)
        except index._workers.lost_errors:
            pass  # a lost worker's writer went with it; the first error says so
        raise
    if on_commit:
        on_commit()
    answers, failed = index._ask("finish", read_with_errors(), retry=False)
    index._written(answers, failed)
    report = merge.merge_reports(list(answers.values()), duplicates=router.duplicates)
    _delete_left_behind(index, router, held_twice, timeout)
    # A moved release is new to the shard it moved to, which counted it
    # added unless it held a copy left there: one index updates it.
    moved_in = sum(
        doc_id not in held_twice.get(router.routed_to[doc_id], ())
        for ids in router.moved_away.values()
        for doc_id in ids
    )
    report = replace(
        report, added=report.added - moved_in, updated=report.updated + moved_in
    )
    return replace(report, elapsed_s=round(time.perf_counter() - started, 3))


def _delete_left_behind(
    index, router: Router, held_twice: dict[int, set[str]], timeout: float
) -> None:
    """Delete what the write left on a shard besides the one its release is
    now on: a release that moved, from the shard that held it; a second copy
    of an id, from any shard the write did not route it to.

    Only now that every shard has committed: a run stopped before leaves
    the release on two shards, which the next write of it repairs
    (``_locate``), never on none.
    """
    stale: dict[int, set[str]] = {}
    for number, ids in [*router.moved_away.items(), *held_twice.items()]:
        for doc_id in ids:
            if router.routed_to.get(doc_id) != number:
                stale.setdefault(number, set()).add(doc_id)
    for number, ids in sorted(stale.items()):
        answers, failed = index._ask("delete", sorted(ids), timeout, shards=[number])
        index._written(answers, failed)


def _ask_sketch(index, chunk: list[Document], is_new: list[bool], held: list):
    """Ask each shard to sketch the documents of ``chunk`` it will likely write.

    A document goes where its id is held, or a new one where its id hashes
    (unless it copies a release held elsewhere, which routing finds from
    the sketches): that shard keeps the sketch for the write. Returns
    (the shard, places in ``chunk``, the answer or None) per shard asked.
    """
    places: dict[int, list[int]] = {}
    for at, document in enumerate(chunk):
        shard = held[at] if held[at] is not None else index.layout.shard_of(document.id)
        places.setdefault(shard, []).append(at)
    asked = []
    for shard, ats in sorted(places.items()):
        handle = index._handles[shard]
        future = None
        if handle is not None:
            try:
                future = handle[0].sketch(
                    packed_documents([chunk[at] for at in ats]),
                    Packed([is_new[at] for at in ats]),
                )
            except index._workers.lost_errors:
                future = None
        asked.append((shard, ats, future))
    return asked


def _routing_found(
    router: Router,
    documents: list[Document],
    number: int,
    place: dict[int, int],
    sketches: list[Sketch],
    made_on: list[int | None],
) -> Packed:
    """Return what routing found of ``documents`` for the write of shard
    ``number`` (Shard.feed): each one's group, or None where it was not
    compared; and its sketch where another shard (or this process) made it,
    else None, as the shard kept its own."""
    found = []
    for document in documents:
        at = place[id(document)]
        group = router.take_group(document.id)
        found.append((group, None if made_on[at] == number else sketches[at]))
    return Packed(found)


def _sketches(
    index, chunk: list[Document], is_new: list[bool], asked
) -> tuple[list[Sketch], list[int | None]]:
    """Return the sketches of ``chunk`` the shards made, or made here where one
    could not; and the shard that made each (None: here).

    A shard lost meanwhile is found out by its own calls; sketching is the
    same wherever it is done.
    """
    made: list = [None] * len(chunk)
    made_on: list[int | None] = [None] * len(chunk)
    for shard, ats, future in asked:
        answer = None
        if future is not None:
            try:
                answer = future.result()
            except index._workers.lost_errors:
                answer = None
        if isinstance(answer, Packed):
            sketches = answer.items
        else:
            shard = None
            sketches = sketch([chunk[at] for at in ats], [is_new[at] for at in ats])
        for at, one in zip(ats, sketches, strict=True):
            made[at] = one
            made_on[at] = shard
    return made, made_on


def _fed(index, number: int, future) -> None:
    try:
        answer = future.result()
    except index._workers.lost_errors as error:
        index._lose(number)
        raise ShardWriteError(
            index.path,
            index.shard_name(number),
            f"its worker was lost ({type(error).__name__})",
        ) from error
    if isinstance(answer, Failure):
        raise answer.error()


def _locate(
    index, ids: list[str], holding: list[int]
) -> tuple[list[int | None], dict[int, list[str]]]:
    """Return the shard holding each id (committed before this call), or
    None; and, by shard, the ids that shard holds besides the first.

    An id is on two shards only when a run was stopped between the commits
    of a release's move (Router.moved_away): the first shard keeps it, and
    the write brings it up to date; the others delete theirs.
    """
    where: list[int | None] = [None] * len(ids)
    held_twice: dict[int, list[str]] = {}
    if not holding:
        return where, held_twice
    answers, failed = index._ask("held", Packed(ids), shards=holding)
    index._written(answers, failed)
    for number in sorted(answers, reverse=True):  # the first shard wins
        for at, is_held in enumerate(answers[number].items):
            if is_held:
                if where[at] is not None:
                    held_twice.setdefault(where[at], []).append(ids[at])
                where[at] = number
    return where, held_twice


def _find_copies(
    index, probes: list, holding: list[int], preferred: list[int | None]
) -> list:
    """Return the (shard, group) each probe is a near copy of, or None: on
    the first shard that finds one, or on its preferred shard (the one
    holding it) when that one finds one too."""
    found: list = [None] * len(probes)
    if not holding:
        return found
    sent = Packed([packed_probe(*probe) for probe in probes])
    answers, failed = index._ask("find_copies", sent, shards=holding)
    index._written(answers, failed)
    for number in sorted(answers, reverse=True):
        for at, group in enumerate(answers[number].items):
            if group is not None and (
                found[at] is None or found[at][0] != preferred[at]
            ):
                found[at] = (number, group)
    return found
