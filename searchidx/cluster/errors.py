"""The errors a sharded index adds, each one line (to join searchidx/errors.py)."""

from __future__ import annotations

import os

from ..errors import IndexFormatError, SearchidxError

INSTALL_HINT = "pip install 'searchidx[cluster]'"


class ClusterUnavailableError(SearchidxError):
    """Dask is not installed, or the scheduler asked for cannot be reached."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class ShardLayoutError(IndexFormatError):
    """The sharded index's manifest is missing a shard or cannot be read."""


class ShardsUnavailableError(SearchidxError):
    """Some shards could not answer and the caller asked for all of them."""

    def __init__(self, path: str | os.PathLike, failed: dict[str, str]):
        self.path = os.fspath(path)
        self.failed = dict(failed)
        named = "; ".join(f"{name}: {reason}" for name, reason in self.failed.items())
        super().__init__(
            f"{self.path}: {len(self.failed)} of its shards cannot answer ({named}); "
            "allow partial results to see the others' hits"
        )


class ShardWriteError(SearchidxError):
    """A shard's worker was lost while documents were written to it."""

    def __init__(self, path: str | os.PathLike, shard: str, reason: str):
        self.path = os.fspath(path)
        self.shard = shard
        self.reason = reason
        super().__init__(
            f"{self.path}: {shard} could not be written ({reason}); every shard "
            "keeps its last commit, so run the same command again"
        )
