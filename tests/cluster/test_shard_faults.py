"""Faults: a worker killed during a search, a shard that cannot be read."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from searchidx.cluster import ShardedIndex, ShardsUnavailableError
from searchidx.cluster.shard import COLLECTION_FILE

pytestmark = pytest.mark.slow


def _slow_searches_of(
    shard_folder_name: str, marker: str, step: str, seconds: float = 2.0
) -> None:
    """Run on each worker: ``step`` of a search (``listing`` or ``fetch``) on
    that shard writes the worker's pid, then waits."""
    from searchidx.cluster.shard import Shard

    original = getattr(Shard, step)

    def slow(self, *args, **kwargs):
        if self.folder.endswith(shard_folder_name):
            Path(marker, str(os.getpid())).write_text(self.folder)
            time.sleep(seconds)
        return original(self, *args, **kwargs)

    setattr(Shard, step, slow)


def _wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def _listed(results):
    return [(hit.document.id, hit.score) for hit in results.hits], results.total


@pytest.fixture
def copied(tmp_path, three_shards) -> Path:
    path = tmp_path / "three"
    shutil.copytree(three_shards, path)
    return path


@pytest.mark.parametrize("step", ["listing_alone", "listing", "fetch"])
def test_a_worker_killed_mid_search_is_replaced_and_the_search_completes(
    copied, own_cluster, tmp_path, step, monkeypatch
):
    marker = tmp_path / "entered"
    marker.mkdir()
    if step == "listing":
        # The round that asks for the query's statistics first: taken when
        # the shards do not hold the collection's (the write shared them).
        for kept in copied.glob(f"shard-*/{COLLECTION_FILE}"):
            kept.unlink()
    if step == "fetch":  # every hit of the page read after the listing
        monkeypatch.setattr(
            "searchidx.cluster.sharded._prefetched", lambda limit, shards: 0
        )
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        before = index.search("exercise", limit=20)
        index._workers.client.run(_slow_searches_of, "shard-01", str(marker), step)
        answer = {}
        searching = threading.Thread(
            target=lambda: answer.setdefault(
                "results", index.search("exercise", limit=20)
            )
        )
        searching.start()
        _wait_for(lambda: any(marker.iterdir()))
        killed = int(next(marker.iterdir()).name)
        os.kill(killed, signal.SIGKILL)
        searching.join(timeout=60)
        after = answer["results"]
        # The shard was opened again by the other worker, which answered.
        assert after.failed_shards == ()
        assert _listed(after) == _listed(before)
        assert {int(p.name) for p in marker.iterdir()} - {killed}
        # The nanny restarts the killed worker; searches go on meanwhile.
        _wait_for(lambda: len(own_cluster.scheduler_info["workers"]) == 2)
        assert _listed(index.search("exercise", limit=20)) == _listed(before)


def test_a_shard_no_worker_can_open_gives_partial_results_naming_it(
    copied, own_cluster
):
    scheduler = own_cluster.scheduler_address
    with ShardedIndex.open(copied, scheduler=scheduler) as index:
        complete = index.search("exercise", limit=50, facets=("source",))
    hidden = copied / "shard-01.hidden"
    (copied / "shard-01").rename(hidden)
    with ShardedIndex.open(copied, scheduler=scheduler) as index:
        partial = index.search("exercise", limit=50, facets=("source",))
        assert partial.failed_shards == ("shard-01",) and partial.is_partial
        missing = {h.document.id for h in complete.hits} - {
            h.document.id for h in partial.hits
        }
        assert missing and partial.total == complete.total - len(missing)
        # Back in place: the next call opens it again.
        hidden.rename(copied / "shard-01")
        again = index.search("exercise", limit=50, facets=("source",))
        assert again.failed_shards == ()
        assert _listed(again) == _listed(complete)
        assert again.facets == complete.facets


def test_all_or_nothing_gives_one_line_naming_the_missing_shard(copied, own_cluster):
    shutil.rmtree(copied / "shard-02")
    with pytest.raises(ShardsUnavailableError) as raised:
        ShardedIndex.open(
            copied, scheduler=own_cluster.scheduler_address, allow_partial=False
        )
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{copied}: 1 of its shards cannot answer (shard-02: ")
    assert "no live worker" in message and "sees" in message


def test_a_shard_lost_with_its_worker_is_missing_until_it_can_be_opened_again(
    copied, own_cluster, tmp_path
):
    # Both workers see every folder here. A shard on a disk of its own
    # machine is lost with it: its folder hidden as its worker is killed.
    marker = tmp_path / "entered"
    marker.mkdir()
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        complete = index.search("exercise", limit=50)
        client = index._workers.client
        client.run(
            _slow_searches_of, "shard-00", str(marker), "listing_alone", seconds=0.0
        )
        index.search("exercise", limit=50)
        holder = int(next(marker.iterdir()).name)
        (copied / "shard-00").rename(copied / "elsewhere")
        os.kill(holder, signal.SIGKILL)
        partial = index.search("exercise", limit=50)
        assert partial.failed_shards == ("shard-00",)
        assert 0 < partial.total < complete.total
        # The machine is back: its worker restarted, its folder in place.
        _wait_for(lambda: len(own_cluster.scheduler_info["workers"]) == 2)
        (copied / "elsewhere").rename(copied / "shard-00")
        again = index.search("exercise", limit=50)
        assert again.failed_shards == ()
        assert _listed(again) == _listed(complete)


def test_no_shard_answering_is_an_error_not_zero_hits(copied, own_cluster):
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        assert index.search("exercise").total
        for shard in sorted(copied.glob("shard-*")):
            shard.rename(shard.with_name(f"hidden-{shard.name}"))
        with pytest.raises(ShardsUnavailableError, match="3 of its shards cannot"):
            index.search("exercise")


def _slow_feeds_of(shard_folder_name: str, marker: str, seconds: float) -> None:
    """Run on each worker: documents fed to that shard write the worker's pid, then wait."""
    from searchidx.cluster.shard import Shard

    original = Shard.feed

    def feed(self, *args, **kwargs):
        if self.folder.endswith(shard_folder_name):
            Path(marker, str(os.getpid())).write_text(self.folder)
            time.sleep(seconds)
        return original(self, *args, **kwargs)

    Shard.feed = feed


def test_a_worker_killed_mid_write_fails_the_add_and_running_it_again_writes_all(
    tmp_path, own_cluster
):
    from searchidx import Index, read_documents
    from searchidx.cluster import ShardWriteError

    from ..conftest import CORPUS

    documents = list(read_documents(CORPUS))
    path, marker = tmp_path / "three", tmp_path / "entered"
    marker.mkdir()
    scheduler = own_cluster.scheduler_address
    with ShardedIndex.open(path, create=True, shards=3, scheduler=scheduler) as index:
        assert index.add(documents[:20]).added == 20
        index._workers.client.run(_slow_feeds_of, "shard-01", str(marker), 5.0)

        def kill_the_feeding_worker():
            _wait_for(lambda: any(marker.iterdir()))
            os.kill(int(next(marker.iterdir()).name), signal.SIGKILL)

        killing = threading.Thread(target=kill_the_feeding_worker)
        killing.start()
        with pytest.raises(ShardWriteError) as raised:
            index.add(documents)
        killing.join()
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: shard-01 could not be written (")
    assert message.endswith("run the same command again")
    # No shard committed any of the failed call: each keeps its last commit.
    held = []
    for shard in ("shard-00", "shard-01", "shard-02"):
        with Index.open(path / shard) as one_shard:
            held.append(len(one_shard))
    assert sum(held) == 20
    with ShardedIndex.open(path, scheduler=scheduler) as index:
        again = index.add(documents)
        assert (again.added, again.unchanged) == (27, 20)
        assert len(index) == 47


def test_a_shard_folder_gone_from_this_machine_is_named_as_gone_not_a_worker_fault(
    copied,
):
    # Workers started here see this machine's disk: no worker is at fault.
    shutil.rmtree(copied / "shard-02")
    with pytest.raises(ShardsUnavailableError) as raised:
        ShardedIndex.open(copied, processes=2, allow_partial=False)
    message = str(raised.value)
    assert message == (
        f"{copied}: 1 of its shards cannot answer (shard-02: "
        f"{(copied / 'shard-02').absolute()} does not exist (moved or deleted?)); "
        "allow partial results to see the others' hits"
    )


def test_a_stopped_worker_does_not_hold_the_opening_of_an_index(copied, own_cluster):
    # Found by an outside tester: with one worker stopped (SIGSTOP: a
    # machine swapping, a debugger), every command that opened a sharded
    # index waited for it with no limit, whatever --timeout said.
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        complete = _listed(index.search("exercise", limit=50))
        pids = index._workers.client.run(os.getpid)
    stopped = pids[min(pids)]
    answered = {}

    def open_and_search():
        with ShardedIndex.open(
            copied, scheduler=own_cluster.scheduler_address
        ) as index:
            results = index.search("exercise", limit=50, timeout=2)
            answered["results"] = _listed(results), results.failed_shards

    os.kill(stopped, signal.SIGSTOP)
    try:
        searching = threading.Thread(target=open_and_search, daemon=True)
        searching.start()
        searching.join(timeout=120)
        assert not searching.is_alive(), "the index waited for the stopped worker"
    finally:
        os.kill(stopped, signal.SIGCONT)
    # Every shard opened on the worker that answers: both see every folder.
    assert answered["results"] == (complete, ())
