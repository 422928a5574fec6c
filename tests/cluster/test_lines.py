"""A search's calls cross on direct lines to the shards' workers, not Dask."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from searchidx.cluster import ShardedIndex

pytestmark = pytest.mark.slow


def _wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def _listed(results):
    return [(hit.document.id, hit.score) for hit in results.hits], results.total


def _hold_the_event_loop(marker: str, seconds: float) -> None:
    """Run by ``client.run``, on the worker's event loop: hold it (a
    long task, a stuck handler), saying when it starts and ends."""
    Path(marker, f"{os.getpid()}.held").write_text("")
    time.sleep(seconds)
    Path(marker, f"{os.getpid()}.let-go").write_text("")


def _slow_first_listing_of(shard_folder_name: str, marker: str) -> None:
    """Run on each worker: the first listing of that shard, on any worker,
    waits longer than the search allows; later ones answer at once."""
    from searchidx.cluster.shard import Shard

    original = Shard.listing_alone

    def slow(self, *args, **kwargs):
        if self.folder.endswith(shard_folder_name):
            try:
                Path(marker, "slowed").touch(exist_ok=False)
            except FileExistsError:
                pass
            else:
                time.sleep(30.0)
        return original(self, *args, **kwargs)

    Shard.listing_alone = slow


@pytest.fixture
def copied(tmp_path, three_shards) -> Path:
    path = tmp_path / "three"
    shutil.copytree(three_shards, path)
    return path


def test_a_search_answers_while_the_workers_event_loops_are_held(
    copied, own_cluster, tmp_path
):
    marker = tmp_path / "loops"
    marker.mkdir()
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        before = index.search("exercise", limit=20)
        client = index._workers.client
        holding = threading.Thread(
            target=client.run, args=(_hold_the_event_loop, str(marker), 5.0)
        )
        holding.start()
        _wait_for(lambda: len(list(marker.glob("*.held"))) == 2)
        during = index.search("exercise", limit=20, timeout=1.0)
        # Answered before either worker's event loop was free again.
        assert list(marker.glob("*.let-go")) == []
        holding.join(timeout=60)
    assert during.failed_shards == ()
    assert _listed(during) == _listed(before)


def test_a_shard_past_the_search_timeout_is_asked_again_on_the_other_worker(
    copied, own_cluster, tmp_path, monkeypatch
):
    # The grace for answers to cross, cut so that the test waits 3 s, not
    # 12; enough for the other worker to open the shard and answer on a
    # busy machine.
    monkeypatch.setattr("searchidx.cluster.sharded.ANSWER_GRACE_S", 1.0)
    marker = tmp_path / "slowed"
    marker.mkdir()
    with ShardedIndex.open(copied, scheduler=own_cluster.scheduler_address) as index:
        before = index.search("exercise", limit=20)
        (_, first_worker) = index._handles[1]
        index._workers.client.run(_slow_first_listing_of, "shard-01", str(marker))
        late = index.search("exercise", limit=20, timeout=2.0)
        (_, second_worker) = index._handles[1]
        after = index.search("exercise", limit=20)
    assert (marker / "slowed").exists()
    assert second_worker != first_worker
    assert late.failed_shards == () and _listed(late) == _listed(before)
    assert _listed(after) == _listed(before)


def _through_the_scheduler(monkeypatch):
    import dask

    monkeypatch.setitem(
        dask.config.config["distributed"]["client"], "direct-to-workers", False
    )


def _lines_off(monkeypatch):
    monkeypatch.setenv("SEARCHIDX_SHARD_LINES", "off")


def _lines_refused(monkeypatch):
    # As a firewall that lets Dask's ports through and not the lines'.
    def refused(self, *, timeout=None):
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr("searchidx.cluster.lines.Line.connect", refused)


@pytest.mark.parametrize(
    "without_lines", [_through_the_scheduler, _lines_off, _lines_refused]
)
def test_searches_without_lines_cross_dask_and_answer_as_one_index(
    three_shards, one_index, cluster, monkeypatch, without_lines
):
    from searchidx import Index

    without_lines(monkeypatch)
    with ShardedIndex.open(three_shards, scheduler=cluster.scheduler_address) as three:
        got = three.search("multilateral exercise", limit=20, facets=("year",))
        lines = [handle._line for handle, _ in three._handles]
    with Index.open(one_index) as one:
        expected = one.search("multilateral exercise", limit=20, facets=("year",))
    assert lines == [None] * 3
    assert [hit.document.id for hit in got.hits] == [
        hit.document.id for hit in expected.hits
    ]
    assert got.total == expected.total > 0
    assert got.facets == expected.facets


class _EchoShard:
    def __init__(self) -> None:
        self.calls = []

    def answer_packed(self, packed: bytes) -> bytes:
        self.calls.append(packed)
        import pickle

        return pickle.dumps(("echo", packed))


def _closed_by_the_worker(connection) -> bool:
    """True when the other end closed ``connection`` (or reset it, having
    left what was sent unread)."""
    try:
        return connection.recv(1) == b""
    except ConnectionResetError:
        return True


def test_a_line_answers_its_coordinator_and_no_one_without_the_token(monkeypatch):
    # Each worker's line listens on its host: a caller that does not give a
    # shard's token (a port scan, a stale client) reaches nothing, and a
    # frame it says is huge is never read into memory.
    import socket
    import struct

    from searchidx.cluster import lines

    monkeypatch.setattr(lines, "_TOKEN_WAIT_S", 0.5)
    board = lines._Switchboard("127.0.0.1")
    shard = _EchoShard()
    token = board.connect(shard)

    line = lines.Line(*board.address, token)
    assert line.call(b"listing").result(timeout=10) == ("echo", b"listing")

    stranger = socket.create_connection(board.address, timeout=10)
    stranger.sendall(b"x" * 16 + struct.pack("!BQ", 0, 1 << 40))
    assert _closed_by_the_worker(stranger)  # nothing read or answered
    silent = socket.create_connection(board.address, timeout=10)
    assert _closed_by_the_worker(silent)  # when no token comes in time

    board.disconnect(token)
    with pytest.raises(ConnectionError):
        line.call(b"after close").result(timeout=10)
    assert shard.calls == [b"listing"]
    line.close()
