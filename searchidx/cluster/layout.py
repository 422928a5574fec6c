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
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ShardLayoutError

MANIFEST_NAME = "searchidx-shards.json"
# In each shard's folder: which shard of how many it was made as.
PLACE_NAME = "searchidx-shard.json"
LAYOUT_VERSION = 1
HASH_NAME = "blake2b-64"
MAX_SHARDS = 256
_SHARD_FOLDER = re.compile(r"shard-\d+")


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
    # Shard folders the manifest does not name (seen where they are local):
    # their documents would be left out of every search.
    unnamed = sorted(
        child.name
        for child in Path(path).glob("shard-*")
        if _SHARD_FOLDER.fullmatch(child.name)
        and child.is_dir()
        and child.name not in layout.folders
    )
    if unnamed:
        raise ShardLayoutError(
            path,
            f"holds {', '.join(unnamed)}, which {MANIFEST_NAME} ({layout.shards} "
            "shards) does not name; restore the manifest the index was made with",
        )
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


def write_place(folder: str | os.PathLike, number: int, shards: int) -> None:
    """Record in a new shard's folder that it is shard ``number`` of ``shards``."""
    written = Path(folder) / f".{PLACE_NAME}.tmp"
    with open(written, "w", encoding="utf-8") as file:
        file.write(json.dumps({"shard": number, "of": shards}) + "\n")
        file.flush()
        os.fsync(file.fileno())
    os.replace(written, Path(folder) / PLACE_NAME)


def check_place(folder: str | os.PathLike, number: int, shards: int) -> None:
    """Raise unless the shard in ``folder`` was made as shard ``number`` of ``shards``.

    A manifest edited by hand (another number of shards) would send
    documents to other shards than those holding them, and leave shards
    out of every search. Shards made before the record existed pass.

    Raises:
        ShardLayoutError: the folder records another place, or an unreadable one.
    """
    record = Path(folder) / PLACE_NAME
    try:
        recorded = json.loads(record.read_text(encoding="utf-8"))
        place = (int(recorded["shard"]), int(recorded["of"]))
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ShardLayoutError(
            folder, f"cannot read {PLACE_NAME} ({type(error).__name__}: {error})"
        ) from error
    if place[1] != shards:
        raise ShardLayoutError(
            folder,
            f"was made as shard-{place[0]:02d} of {place[1]} shards, but "
            f"{MANIFEST_NAME} names {shards}; restore the manifest the index "
            "was made with",
        )
    if place[0] != number:
        raise ShardLayoutError(
            folder,
            f"holds what was made as shard-{place[0]:02d} of {place[1]} shards; "
            "put each shard folder back under its own name",
        )
