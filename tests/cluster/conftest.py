"""Fixtures of the sharded-index tests: a Dask cluster on loopback, indexes to compare."""

from __future__ import annotations

import pytest

from searchidx import Index
from searchidx.cluster import ShardedIndex

from ..conftest import CORPUS

distributed = pytest.importorskip(
    "distributed", reason="the cluster extra is not installed"
)

# Processes, as in production: threads would share one interpreter and hide
# what pickling and a worker's death do.
CLUSTER_OPTIONS = dict(
    n_workers=2,
    processes=True,
    threads_per_worker=1,
    host="127.0.0.1",
    dashboard_address=":0",
)


def start_cluster():
    """Start a LocalCluster of two worker processes on loopback."""
    import logging

    return distributed.LocalCluster(silence_logs=logging.CRITICAL, **CLUSTER_OPTIONS)


@pytest.fixture(scope="session")
def cluster():
    """Two worker processes shared by the tests that do not kill them."""
    with start_cluster() as running:
        yield running


@pytest.fixture
def own_cluster():
    """Two worker processes for one test, which may kill them."""
    with start_cluster() as running:
        yield running


@pytest.fixture(scope="session")
def one_index(tmp_path_factory):
    """The bundled corpus in one index."""
    path = tmp_path_factory.mktemp("one") / "index"
    with Index.open(path, create=True) as index:
        assert index.add_files([CORPUS]).added == 47
    return path


@pytest.fixture(scope="session")
def three_shards(tmp_path_factory, cluster):
    """The bundled corpus in a 3-shard index, written by the cluster's workers."""
    path = tmp_path_factory.mktemp("three") / "index"
    with ShardedIndex.open(
        path, create=True, shards=3, scheduler=cluster.scheduler_address
    ) as index:
        assert index.add_files([CORPUS]).added == 47
    return path
