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

# Looked up when asked for: every `searchidx query` asks is_sharded (layout.py)
# of its index folder, and should not pay for loading the coordinator.
_LAZY = {
    "ShardedIndex": ".sharded",
    "open_index": ".sharded",
    "ShardedResults": ".merge",
    "ShardedStats": ".merge",
    "SCHEDULER_ENV": ".workers",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'searchidx.cluster' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(_LAZY[name], __name__), name)


__all__ = [
    "SCHEDULER_ENV",
    "ClusterUnavailableError",
    "Layout",
    "ShardLayoutError",
    "ShardWriteError",
    "ShardedIndex",
    "ShardedResults",
    "ShardedStats",
    "ShardsUnavailableError",
    "is_sharded",
    "open_index",
    "shard_of",
]
