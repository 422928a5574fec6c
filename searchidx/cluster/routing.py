"""Which shard a document goes to.

A new document goes to the shard its id hashes to (layout.shard_of), unless
it is a near copy of a release a shard already holds, or one met earlier in
the same call: then it joins that release's shard. An indexed document
stays on the shard that holds it, so writing it again updates it in place,
unless its text changed into a copy of a release another shard holds: then
it moves there, and the shard that held it deletes it once every shard has
committed the write (cluster/writing.py).

So every copy of a release lives on one shard, and each shard folds, counts
and lists copies exactly as one index holding everything would: the
coordinator only adds up (merge.py). Without this, a release's copies on
two shards would be two hits, and counting the results exactly would need
every matching group key of every shard at each search.

The copies are found as one index finds them (duplicates.py), in the same
order: first among the documents written earlier in the call, then among
the indexed ones. Same ids and same body texts met twice in one call are
dropped here, as one index drops them.

What this needs of a document's text, its ``sketch`` (the words' fingerprint,
shingles and anchors), is most of the routing's work, and is made by the
workers (Shard.sketch): the coordinator, alone for every document of the
call, keeps only the deciding. What it decides, each document's group, is
handed to the shard that writes it with the document (and its sketch, when
another shard made it), so that the write neither sketches nor looks for
copies again: the copies routing found are the ones one index would find,
among every document of the call and every shard's.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..copies import BatchCopies as BatchDuplicates
from ..copies import anchors, shingles
from ..documents import Document, text_fingerprint, words_of
from .layout import Layout
from .shard import CopyProbe

# A document's text fingerprint, shingles (uint32 bytes) and anchors.
Sketch = tuple[str, bytes, list[str]]

# Which (shard, group) each probe copies, or None: answered by every shard at
# once; the shard given with each probe (the one holding it) wins a tie.
FindCopies = Callable[[list[tuple[CopyProbe, object, list[str]]], list], list]


def sketch(documents: list[Document], is_new: list[bool] | None = None) -> list[Sketch]:
    """Return what routing needs of each document's text, as plain values.

    Args:
        is_new: for each document, whether no shard holds its id; only a new
            one is compared with others, so the others get no shingles.
    """
    return [
        (fingerprint, b"" if shingle_set is None else shingle_set.tobytes(), terms)
        for fingerprint, shingle_set, terms in text_sketches(documents, is_new)
    ]


def text_sketches(
    documents: list[Document], is_new: list[bool] | None = None
) -> list[tuple[str, np.ndarray | None, list[str]]]:
    """Return each document's fingerprint, shingles and anchors (``sketch``),
    the shingles as an array (None for a document that is not new)."""
    made = []
    for at, document in enumerate(documents):
        body_words = words_of(document.body)
        fingerprint = text_fingerprint(document, body_words)
        if is_new is not None and not is_new[at]:
            made.append((fingerprint, None, []))
            continue
        shingle_set = shingles(document.body, body_words)
        made.append((fingerprint, shingle_set, anchors(shingle_set)))
    return made


class Router:
    """Routes the documents of one ``add`` call, chunk by chunk."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.duplicates = 0
        # Each id routed in this call, with the shard it went to.
        self.routed_to: dict[str, int] = {}
        self._texts: set[str] = set()
        self._batch = BatchDuplicates()
        self._shard_of_group: dict[str, int] = {}
        # Ids a shard holds that this call gave but did not route there, by
        # that shard: releases routed away from it (their text changed into
        # a copy of a release held elsewhere), and repeats dropped here.
        self.given_elsewhere: dict[int, list[str]] = {}
        # Of those, the releases routed away, by the shard that held them.
        self.moved_away: dict[int, list[str]] = {}
        # The group found for each document compared, until its shard's write
        # is given it (take_group): the shard need not look for it again.
        self._group_of: dict[str, str] = {}

    def route(
        self,
        documents: list[Document],
        sketches: list[Sketch],
        held: list[int | None],
        *,
        find_copies: FindCopies,
    ) -> dict[int, list[Document]]:
        """Return ``documents`` by shard, without those met before in this call.

        Args:
            sketches: ``sketch(documents, is_new)``, made wherever is cheapest.
            held: the shard holding each document's id before this call, or None.
        """
        kept, kept_sketches, kept_held = [], [], []
        for document, (fingerprint, shingle_bytes, terms), shard in zip(
            documents, sketches, held, strict=True
        ):
            if document.id in self.routed_to or fingerprint in self._texts:
                self.duplicates += 1
                if shard is not None and self.routed_to.get(document.id) != shard:
                    # Its file still gives it: one index counts it given.
                    self.given_elsewhere.setdefault(shard, []).append(document.id)
                continue
            self.routed_to[document.id] = -1  # its shard, below
            if fingerprint:
                self._texts.add(fingerprint)
            kept.append(document)
            kept_sketches.append((shingle_bytes, terms))
            kept_held.append(shard)
        routed: dict[int, list[Document]] = {}
        if not kept:
            return routed
        # A new document is compared, and an indexed one whose text changed
        # (its sketch has shingles); an unchanged one goes back to the shard
        # holding it, whatever it copies (a re-run is mostly these).
        compared = {
            at: (
                np.frombuffer(kept_sketches[at][0], dtype=np.uint32),
                kept_sketches[at][1],
            )
            for at, shard in enumerate(kept_held)
            if shard is None or kept_sketches[at][0]
        }
        probes = [
            (CopyProbe(kept[at].id, kept[at].title, kept[at].date), *sketch)
            for at, sketch in compared.items()
        ]
        found = (
            find_copies(probes, [kept_held[at] for at in compared]) if probes else []
        )
        indexed = dict(zip(compared, found, strict=True))
        for at, document in enumerate(kept):
            held = kept_held[at]
            shard = held
            if at in compared:
                shard = self._shard_of(document, *compared[at], indexed[at], held)
            if held is not None and shard != held:
                # Its copies are on another shard now: it moves there, so
                # that they fold as one index folds them. The shard that
                # held it deletes it once the other has committed it.
                self.moved_away.setdefault(held, []).append(document.id)
                self.given_elsewhere.setdefault(held, []).append(document.id)
            self.routed_to[document.id] = shard
            routed.setdefault(shard, []).append(document)
        return routed

    def take_group(self, doc_id: str) -> str | None:
        """Return the group routing found for ``doc_id`` (the release it
        copies, or its own id), once; None when it was not compared."""
        return self._group_of.pop(doc_id, None)

    def take_given_elsewhere(self) -> dict[int, list[str]]:
        """Return, by shard, the ids given elsewhere since the last call
        (``given_elsewhere``), for that shard's write."""
        given, self.given_elsewhere = self.given_elsewhere, {}
        return given

    def _shard_of(
        self,
        document: Document,
        shingle_set,
        terms: list[str],
        indexed: tuple[int, str] | None,
        held: int | None,
    ) -> int:
        """Return the shard of a compared document: that of the release it
        copies, else the one holding it, else the one its id hashes to."""
        group = self._batch.find_group(
            shingle_set, terms, title=document.title, published=document.date
        )
        if group is not None:
            shard = self._shard_of_group[group]
        elif indexed is not None:
            shard, group = indexed
        else:
            shard = held if held is not None else self.layout.shard_of(document.id)
            group = document.id
        self._shard_of_group.setdefault(group, shard)
        self._group_of[document.id] = group
        self._batch.remember(
            document.id,
            group,
            shingle_set,
            terms,
            title=document.title,
            published=document.date,
        )
        return shard
