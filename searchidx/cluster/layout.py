"""The manifest of a sharded index: how many shards, which hash, which version.

A sharded index is a folder holding ``searchidx-shards.json`` and one
ordinary index folder per shard (``shard-00``, ``shard-01``...). The hash that
sends a document id to its shard is written down, not implied: Python's
``hash`` of a string changes with every process (PYTHONHASHSEED), and a
document must find the same shard next week to be updated in place.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ShardLayoutError

MANIFEST_NAME = "searchidx-shards.json"
LAYOUT_VERSION = 1
HASH_NAME = "blake2b-64"
MAX_SHARDS = 256


@dataclass(frozen=True, slots=True)
class Layout:
    """The shape of a sharded index, as its manifest records it."""

    shards: int
    hash: str = HASH_NAME
    version: int = LAYOUT_VERSION

    @property
    def folders(self) -> tuple[str, ...]:
        """Return the shard folders' names, relative to the index folder."""
        return tuple(f"shard-{number:02d}" for number in range(self.shards))

    def shard_of(self, doc_id: str) -> int:
        """Return the shard a new document with ``doc_id`` goes to."""
        return shard_of(doc_id, self.shards)


def shard_of(doc_id: str, shards: int) -> int:
    """Return ``doc_id``'s shard among ``shards``: the same in every process, forever."""
    digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % shards


def is_sharded(path: str | os.PathLike) -> bool:
    """Return True when ``path`` holds a sharded index's manifest."""
    return (Path(path) / MANIFEST_NAME).is_file()


def read_layout(path: str | os.PathLike) -> Layout:
    """Return the layout recorded in ``path``'s manifest.

    Raises:
        ShardLayoutError: the manifest cannot be read or is from another version.
    """
    manifest = Path(path) / MANIFEST_NAME
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        layout = Layout(
            shards=int(recorded["shards"]),
            hash=str(recorded["hash"]),
            version=int(recorded["version"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ShardLayoutError(
            path, f"cannot read {MANIFEST_NAME} ({type(error).__name__}: {error})"
        ) from error
    if layout.version != LAYOUT_VERSION or layout.hash != HASH_NAME:
        raise ShardLayoutError(
            path,
            f"sharded by layout v{layout.version} ({layout.hash}); this version "
            f"reads v{LAYOUT_VERSION} ({HASH_NAME})",
        )
    if not 1 <= layout.shards <= MAX_SHARDS:
        raise ShardLayoutError(path, f"{MANIFEST_NAME} names {layout.shards} shards")
    return layout


def write_layout(path: str | os.PathLike, layout: Layout) -> None:
    """Write ``layout`` into ``path``'s manifest, whole or not at all."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    written = folder / f".{MANIFEST_NAME}.tmp"
    recorded = {"shards": layout.shards, "hash": layout.hash, "version": layout.version}
    with open(written, "w", encoding="utf-8") as file:
        file.write(json.dumps(recorded, indent=2) + "\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(written, folder / MANIFEST_NAME)
