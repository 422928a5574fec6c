"""Sharded indexes: N index folders, held open by Dask actors, searched as one.

Needs the ``cluster`` extra (``pip install 'searchidx[cluster]'``: dask and
distributed) to use workers; a sharded folder can be searched in one
process without it.

    from searchidx.cluster import ShardedIndex

    with ShardedIndex.open("index/", create=True, shards=3, processes=2) as index:
        index.add_files(["corpus/"])
        results = index.search("multilateral exercise", limit=5)
"""

from .errors import (
    ClusterUnavailableError,
    ShardLayoutError,
    ShardsUnavailableError,
    ShardWriteError,
)
from .layout import Layout, is_sharded, shard_of
from .merge import ShardedResults
from .sharded import ShardedIndex, open_index
from .workers import SCHEDULER_ENV

__all__ = [
    "SCHEDULER_ENV",
    "ClusterUnavailableError",
    "Layout",
    "ShardLayoutError",
    "ShardWriteError",
    "ShardedIndex",
    "ShardedResults",
    "ShardsUnavailableError",
    "is_sharded",
    "open_index",
    "shard_of",
]
