"""Adding documents: what is new, changed, repeated or gone, and which release
each copies, decided under the write lock and written in whole commits."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from .arguments import one_or_many
from .copies import BatchCopies, anchors, find_indexed_copy, shingles
from .documents import Document, text_fingerprint, words_of
from .engine import Reader, Store, document_to_fields
from .errors import IngestError, ParameterError


def collect_files(
    paths: Iterable[str | os.PathLike],
) -> tuple[list[Path], list[IngestError]]:
    """Return the files to read under ``paths`` and the paths that cannot be read.

    Raises:
        IngestError: nothing under ``paths`` can be read (the first bad path,
            or a folder holding no HTML, text or JSON file).
    """
    # Here, not at the top: the readers (urllib, multiprocessing, ijson) are
    # start-up a search process never needs.
    from .ingest import find_files

    paths = one_or_many(paths)
    failed: list[IngestError] = []
    files = list(find_files(paths, on_error=failed.append))
    if not files:
        if failed:
            raise failed[0]
        names = ", ".join(os.fspath(p) for p in paths)
        raise IngestError(names, "no HTML, text or JSON files found")
    return files, failed


def checked_field_map(field_map: Mapping[str, str] | None) -> dict[str, str]:
    """Return ``field_map`` checked as the CLI checks ``--field-map``.

    Raises:
        ParameterError: a field is not one a map can name, or a key is not text.
    """
    from .ingest.json_exports import check_field_map  # see collect_files

    try:
        return check_field_map(field_map)
    except ValueError as error:
        raise ParameterError("field_map", str(error)) from error
    except AttributeError as error:  # not a mapping at all
        raise ParameterError(
            "field_map", f"{field_map!r} is not a mapping of field to key"
        ) from error


def documents_in_files(
    files: list[Path],
    *,
    workers: int,
    failed: list,
    field_map=None,
    on_file: Callable[[Path], None] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Iterator[Document]:
    """Yield the documents of ``files``, read by ``workers`` processes.

    A file or record that cannot be read is appended to ``failed`` as an
    IngestError; the rest go on.
    """
    from .ingest.pool import read_files  # see collect_files

    for file, read in read_files(
        files, workers=workers, on_error=failed.append, mapping=field_map
    ):
        if on_file:
            on_file(file)
        try:
            for document in read:
                if on_document:
                    on_document(document)
                yield document
        except IngestError as error:
            failed.append(error)


@dataclass(frozen=True, slots=True)
class AddReport:
    """What one ``add`` call did: counts per outcome and the inputs that failed.

    ``repeated`` counts documents given twice in the same call (the same id,
    or the same title and body under another name), written once. Near-copies
    of a release by other publishers are written and folded at search time.
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    repeated: int = 0
    removed: int = 0
    failed: tuple[IngestError, ...] = ()
    files: int = 0
    elapsed_s: float = 0.0

    @property
    def duplicates(self) -> int:
        """The former name of ``repeated``."""
        return self.repeated

    @property
    def changed(self) -> int:
        """Return how many documents were written (added or updated)."""
        return self.added + self.updated


def _paths_gone(reader: Reader, roots: Iterable[str | os.PathLike], kept: set[str]):
    """Yield the indexed file paths under ``roots`` that this run did not read."""
    folders = [os.path.abspath(root) for root in roots]
    for path in reader.terms("path"):
        if not path or path in kept:
            continue
        absolute = os.path.abspath(path)
        if any(
            absolute == folder or absolute.startswith(folder.rstrip(os.sep) + os.sep)
            for folder in folders
        ):
            yield path


def _is_unchanged(stored: dict | None, document: Document) -> bool:
    # The path is not in the content hash (the same release saved twice is
    # one document), but a release that moved to another file is rewritten,
    # so that its path names the file that holds it now.
    return (
        stored is not None
        and stored.get("content_hash") == document.content_hash
        and _same_file(stored.get("path", ""), document.path)
    )


def _same_file(stored: str, read: str) -> bool:
    # The same folder given as corpus/ one day and /home/me/corpus the next.
    return stored == read or (
        bool(stored and read) and os.path.abspath(stored) == os.path.abspath(read)
    )


@dataclass(frozen=True, slots=True)
class GivenElsewhere:
    """Among the documents to write: the id of a release this run gave that
    another index (a shard) writes, or that was dropped as a repeat before
    it reached this one. It is not stale here when its file is read again:
    a shard that held it deletes it only once the shard it moved to has
    committed it (cluster/writing.py)."""

    doc_id: str


def add_documents(
    store: Store,
    documents: Iterable[Document | GivenElsewhere],
    *,
    wait: float,
    failed: list,
    started: float,
    reread: Sequence[Path] = (),
    prune_under: Sequence[str | os.PathLike] = (),
    procs: int = 1,
    on_wait: Callable[[float, float], None] | None = None,
    on_commit: Callable[[], None] | None = None,
    commit_every_documents: int | None = None,
    commit_every_seconds: float | None = None,
    sketched: Callable[[Document], tuple | None] | None = None,
) -> AddReport:
    """Write the new and changed ``documents`` to ``store``; count every outcome.

    What is new or changed is decided from the latest commit, and again from
    the commit the write lock protects once a change takes it. ``reread``
    files are the truth about what they hold: documents they held before and
    no longer give are removed; with ``prune_under``, so are the documents of
    files under those folders that were not read. ``sketched`` returns a
    document's (fingerprint, shingles or None, anchors, group or None) when
    they were made already, else None: a shard's write is given what its
    coordinator's routing found, the group too (the release it copies, found
    among the whole call's documents and every shard's), so that it does
    not look for the copies again.
    """
    counts = {
        "added": 0,
        "updated": 0,
        "unchanged": 0,
        "repeated": 0,
        "removed": 0,
    }
    seen: set[str] = set()
    texts: set[str] = set()  # body fingerprints: one release under two names
    produced: dict[str, set[str]] = {}  # file -> ids it holds now
    batch = BatchCopies()
    with ExitStack() as stack:
        reader = stack.enter_context(store.fresh_reader())
        writer = (
            None  # taken only when something changes, so a no-op re-index never waits
        )
        writing = None  # the writer's context: commits on leaving, cancels on error
        since_commit = (0, time.monotonic())  # documents written, when it opened
        # Whatever ends the run, the writer open then commits or cancels.
        stack.push(lambda *exc: writing.__exit__(*exc) if writing else False)

        def take_writer():
            nonlocal writer, writing, since_commit, reader
            if writer is None:
                writing = store.writing(timeout=wait, procs=procs, on_wait=on_wait)
                writer = writing.__enter__()
                since_commit = (0, time.monotonic())
                # What is new or changed is decided again from the commit
                # the lock now protects: another run may have committed
                # the same releases while this one waited, and a searcher
                # opened before the lock would add them a second time.
                reader = stack.enter_context(store.fresh_reader())
            return writer

        given_elsewhere: set[str] = set()
        for document in documents:
            if isinstance(document, GivenElsewhere):
                given_elsewhere.add(document.doc_id)
                continue
            produced.setdefault(document.path, set()).add(document.id)
            made = sketched(document) if sketched is not None else None
            if made is None:
                body_words: list[str] | None = words_of(document.body)
                fingerprint = text_fingerprint(document, body_words)
                shingle_set, terms, group = None, None, None
            else:
                body_words = None
                fingerprint, shingle_set, terms, group = made
            if document.id in seen or fingerprint in texts:
                counts["repeated"] += 1
                continue
            seen.add(document.id)
            if fingerprint:
                texts.add(fingerprint)
            stored = reader.stored_by_id(document.id)
            if writer is None and not _is_unchanged(stored, document):
                take_writer()  # and look again, under the lock
                stored = reader.stored_by_id(document.id)
            if _is_unchanged(stored, document):
                counts["unchanged"] += 1
                continue
            fields = _fields_with_group(
                document,
                body_words,
                reader,
                batch,
                shingle_set=shingle_set,
                given=None if group is None or terms is None else (terms, group),
            )
            if stored is None:
                take_writer().add(fields)
                counts["added"] += 1
            else:
                take_writer().replace(fields)
                counts["updated"] += 1
            written, opened = since_commit
            since_commit = (written + 1, opened)
            if (
                commit_every_documents is not None
                and written + 1 >= commit_every_documents
            ) or (
                commit_every_seconds is not None
                and time.monotonic() - opened >= commit_every_seconds
            ):
                # A whole commit, as at the end of the run: killed after
                # it, the run keeps what it wrote, and a re-run finds it
                # unchanged. The next change takes the lock again.
                context, writing, writer = writing, None, None
                if context is not None:
                    context.__exit__(None, None, None)
        # A file read whole again is the truth about what it holds: drop
        # documents it gave before and no longer does (an edited title
        # changes the id of a release without a url). Files with errors
        # keep what they had, since part of them could not be read.
        with_errors = {error.path for error in failed}
        # ids any file gave, here or to another shard
        read_now = set().union(*produced.values(), given_elsewhere)
        for file in map(os.fspath, reread):
            if file in with_errors:
                continue
            # A release another file of this run gave is not stale: it
            # moved (or is held twice), and deleting it by this file
            # would lose it.
            stale = reader.ids_in_file(file) - read_now
            for doc_id in stale:
                counts["removed"] += take_writer().delete(doc_id)
        if prune_under:
            kept = set(map(os.fspath, reread))
            for gone in _paths_gone(reader, prune_under, kept):
                for doc_id in reader.ids_in_file(gone) - read_now:
                    counts["removed"] += take_writer().delete(doc_id)
        if writer is not None and on_commit:
            on_commit()  # the writer commits as the stack closes
    return AddReport(
        **counts,
        failed=tuple(failed),
        elapsed_s=round(time.perf_counter() - started, 3),
    )


def _fields_with_group(
    document: Document,
    body_words: list[str] | None,
    reader: Reader,
    batch: BatchCopies,
    *,
    shingle_set=None,
    given: tuple[list[str], str] | None = None,
) -> dict:
    """Return the index entry, with the group of the release it copies, if any.

    ``given``: its (anchors, group), when already decided (a shard's
    routing); then only ``shingle_set`` is needed, to remember it for the
    documents of the batch that come without.
    """
    if shingle_set is None:
        if body_words is None:
            body_words = words_of(document.body)
        shingle_set = shingles(document.body, body_words)
    if given is not None:
        terms, group = given
    else:
        terms = anchors(shingle_set)
        group = (
            batch.find_group(
                shingle_set, terms, title=document.title, published=document.date
            )
            or find_indexed_copy(reader, document, shingle_set, terms)
            or document.id
        )
    batch.remember(
        document.id,
        group,
        shingle_set,
        terms,
        title=document.title,
        published=document.date,
    )
    return document_to_fields(document, anchors=terms, dup_group=group)
