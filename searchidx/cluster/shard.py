"""One shard, held open where its folder is: the object a Dask actor wraps.

Each method answers with a value, never an exception: searchidx's errors
take their own arguments (``QueryError(query, reason)``) and do not survive
pickling whole, so a ``Failure`` carries the error's type, message and
attributes back and is raised again by the coordinator (``Failure.error``).

Writing is streamed: ``begin`` starts one ``Index`` write on a thread of its
own, ``feed`` hands it documents, ``finish`` commits. A shard thus commits
once per call, as an index does, while the coordinator routes the next
documents.

This module alone reads ``Index`` beyond its public methods, until the
engine package of issue #20 offers these as its interface: the searcher
(its Store's reader) to look up ids and near copies without a query per
document, and to rank ``similar``'s key terms on shards that do not hold
the release; ``Index._add``, for the files read again and ``prune``.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import stat
import threading
import time
import zipfile
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path

import numpy as np

from ..documents import Document
from ..engine import TermTable, packed, unpacked
from ..errors import (
    IndexDamagedError,
    IndexFormatError,
    IndexNotFoundError,
    IngestError,
    SearchidxError,
)
from ..index import Index
from ..pipeline import AddReport, GivenElsewhere, add_documents
from .layout import check_place, write_place

# A write whose coordinator sends nothing for this long was abandoned (its
# process killed): the shard cancels it and lets go of its write lock.
IDLE_WRITE_S = 600.0
# The collection's term statistics given to the shard (share_statistics),
# kept in its folder for the next process that opens it.
COLLECTION_FILE = "searchidx-collection.npz"
# Sketches kept for the write: the documents of the chunks being sketched and
# fed (writing.py's SKETCHES_AHEAD and FEEDS_IN_FLIGHT), with room to spare.
KEPT_SKETCHES = 20_000
_END = object()
_ABORT = object()

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Collection:
    """What a shard was given of the whole collection, valid while every
    shard is at the commit of ``generations`` (by shard number)."""

    generations: tuple[int, ...]
    table: TermTable
    publishers: dict[str, str]
    # The shard's own commit the table was made at (Reader.commit_mark):
    # generations alone do not tell one index's commit from another's.
    mark: str = ""


# Documents cross to a shard as one pickle of plain tuples of their fields.
# Dask serialises a list item by item, with its own dispatch around each
# one, and a slotted dataclass pickles through __getstate__/__setstate__ in
# Python, field by field: both on every document, on both ends.
_DOCUMENT_FIELDS = attrgetter(*(f.name for f in fields(Document)))

# One reader of a kept statistics file at a time in a worker process, across
# its shards: numpy parses each array's header with ast.literal_eval, and
# CPython 3.11's AST builder keeps its recursion count per interpreter, not
# per thread, so two threads parsing at once can fail with "SystemError: AST
# constructor recursion depth mismatch" (python/cpython#106905). A worker
# answers several shards on several threads.
_NUMPY_FILE_READS = threading.Lock()


def packed_documents(documents: list[Document]) -> bytes:
    """Return ``documents`` as ``Shard.feed`` takes them."""
    return pickle.dumps(
        list(map(_DOCUMENT_FIELDS, documents)), protocol=pickle.HIGHEST_PROTOCOL
    )


def _text_key(document: Document) -> tuple:
    """Return what a document's sketch depends on (its title, date, source, body)."""
    return (document.title, document.date, document.source, hash(document.body))


def _unpacked(batch: bytes):
    # id and content_hash travel too, so nothing is derived again.
    for values in pickle.loads(batch):
        yield Document(*values)


class Packed:
    """A list sent to or from a shard as one pickle, not item by item as Dask would."""

    __slots__ = ("items",)

    def __init__(self, items: list) -> None:
        self.items = items

    def __reduce__(self):
        return (Packed, (self.items,))


class _WriteAborted(SearchidxError):
    """The coordinator stopped the write: nothing of it is committed."""


@dataclass(frozen=True, slots=True)
class Failure:
    """A searchidx error raised in a shard, carried back to the coordinator."""

    kind: type
    message: str
    attributes: dict = field(default_factory=dict)

    @classmethod
    def of(cls, error: SearchidxError) -> Failure:
        return cls(type(error), str(error), dict(vars(error)))

    def error(self) -> SearchidxError:
        """Return the error as it was raised in the shard."""
        error = self.kind.__new__(self.kind)
        Exception.__init__(error, self.message)
        vars(error).update(self.attributes)
        return error


def _file_state(path: Path) -> tuple | None:
    """Return what tells a file's versions apart (None when it is not there)."""
    try:
        status = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return None  # a pipe or a device would block or never end a read
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _answering(method):
    def answer(self, *args, **kwargs):
        if self.failure is not None:
            return self.failure
        try:
            return method(self, *args, **kwargs)
        except SearchidxError as error:
            return Failure.of(error)
        except Exception as error:
            # A damaged segment met outside Index's own methods (the reads
            # below use its reader): named as damage, as Index names it.
            damage = (
                self._index._store.damage(error) if self._index is not None else None
            )
            if damage is None:
                raise
            return Failure.of(
                IndexDamagedError(
                    self.folder,
                    f"{damage}; rebuild the sharded index, or restore this "
                    "shard's folder from a backup",
                )
            )

    answer.__name__ = method.__name__
    answer.__doc__ = method.__doc__
    return answer


@dataclass(frozen=True, slots=True)
class CopyProbe:
    """What finding an indexed near copy of a document needs to know of it."""

    id: str
    title: str
    date: object  # datetime.date | None


def packed_probe(probe: CopyProbe, shingle_set, terms: list[str]) -> tuple:
    """Return what ``Shard.find_copies`` takes of one document, as plain values."""
    return (probe.id, probe.title, probe.date, shingle_set.tobytes(), terms)


class Shard:
    """An ordinary searchidx index folder, open for the coordinator's calls."""

    def __init__(
        self, folder: str, create: bool = False, place: tuple[int, int] | None = None
    ) -> None:
        """Open the shard in ``folder``; ``place``: (its number, the shards'
        count) as the manifest says, checked against the folder's record."""
        self.folder = folder
        self.number = place[0] if place is not None else None
        self.failure: Failure | None = None
        # This shard's own term table, at a commit, while the coordinator
        # sums the shards' (share_statistics); then the collection's.
        self._own_table: tuple[int, str, TermTable] | None = None
        self._collection: Collection | None = None
        self._collection_file_seen: tuple | None = None
        # A share (take_collection) and a search reading the kept file
        # (_read_kept_collection) run on two threads: without it, a search
        # could put back the file's older statistics over the share's.
        self._collection_lock = threading.Lock()
        self._index: Index | None = None
        self._writing: threading.Thread | None = None
        self._queue: queue.Queue | None = None
        self._written: AddReport | Failure | None = None
        self._read_with_errors: list[IngestError] = []
        # Documents' text sketches made for routing, kept for their write:
        # id -> (the text they were made of, the sketch).
        self._sketched: dict[str, tuple] = {}
        # What routing found of the documents being written (Shard.feed):
        # id -> (group or None, sketch or None), read by the write's thread.
        self._found: dict[str, tuple] = {}
        self._line: tuple[str, int, bytes] | None = None
        try:
            if place is not None and not create:
                check_place(folder, *place)
            self._index = Index.open(folder, create=create)
            if place is not None and create:
                write_place(folder, *place)
        except IndexNotFoundError:
            # Building a new index there would start it empty, or with
            # documents another shard already holds: never what is wanted.
            self.failure = Failure.of(
                IndexFormatError(
                    folder,
                    "this shard is missing; restore the folder from a backup, "
                    "or rebuild the whole sharded index",
                )
            )
        except SearchidxError as error:
            self.failure = Failure.of(error)

    def answer_packed(self, packed: bytes) -> bytes:
        """Answer a call packed by the coordinator (workers._ActorHandle):
        one pickle of (method name, args, kwargs) in, one of its answer out."""
        name, args, kwargs = pickle.loads(packed)
        if name.startswith("_"):
            raise AttributeError(f"{name} is not a shard's call")
        answer = getattr(self, name)(*args, **kwargs)
        return pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)

    def open_line(self) -> tuple[str, int, bytes] | None:
        """Return where the coordinator reaches this shard's search calls
        directly (lines.py), or None where it cannot (then they cross Dask)."""
        from .lines import open_line

        if self._line is None:
            self._line = open_line(self)
        return self._line

    def status(self) -> Failure | None:
        """Return why the shard could not be opened, or None."""
        return self.failure

    @_answering
    def count(self) -> int:
        return len(self._index)

    @_answering
    def sketch(self, documents: bytes, is_new: Packed) -> Packed:
        """Return what routing needs of each (``packed_documents``) document's text.

        ``is_new`` tells which no shard holds; those, and those held here
        whose text changed, get shingles and anchors. The documents are
        those routing expects this shard to write: the sketches are kept for the write (``_sketch_of``), which needs the
        same fingerprint and shingles and so does not compute them again.
        """
        from .routing import text_sketches

        unpacked = list(_unpacked(documents))
        compared = list(is_new.items)
        with self._index._store.reading() as reader:
            for at, document in enumerate(unpacked):
                if not compared[at]:
                    # A release held here whose text changed is compared
                    # again, as one index compares it: it may now copy a
                    # release another shard holds (routing moves it there).
                    stored = reader.stored_by_id(document.id)
                    compared[at] = (
                        stored is None
                        or stored.get("content_hash") != document.content_hash
                    )
        made = text_sketches(unpacked, compared)
        for document, sketched in zip(unpacked, made, strict=True):
            self._sketched[document.id] = (_text_key(document), sketched)
        # A sketch the write never asks for (its document was routed to
        # another shard, a copy of a release held there) must not pile up
        # over a long run: the oldest go, and a write without one makes its own.
        while len(self._sketched) > KEPT_SKETCHES:
            del self._sketched[next(iter(self._sketched))]
        return Packed(
            [
                (fingerprint, b"" if found is None else found.tobytes(), terms)
                for fingerprint, found, terms in made
            ]
        )

    def _sketch_of(self, document: Document):
        """Return the (fingerprint, shingles or None, anchors, group or None)
        routing made for ``document``, or None when none is at hand (then the
        write makes them as one index does).

        The sketch is the one kept by ``sketch``, or the one the coordinator
        sent with the document (another shard made it); the group is the
        one routing found, which is what the write would look for."""
        kept = self._sketched.pop(document.id, None)
        group, sent = self._found.pop(document.id, (None, None))
        if sent is not None:
            fingerprint, shingle_bytes, terms = sent
            made = (
                fingerprint,
                np.frombuffer(shingle_bytes, dtype=np.uint32)
                if shingle_bytes
                else None,
                terms,
            )
        elif kept is not None and kept[0] == _text_key(document):
            made = kept[1]
        else:
            return None
        fingerprint, shingle_set, terms = made
        if shingle_set is None:
            group = None  # not compared by routing: the write decides
        return fingerprint, shingle_set, terms, group

    @_answering
    def held(self, doc_ids: Packed) -> Packed:
        """Return for each id whether a live document of this shard has it."""
        with self._index._store.reading() as reader:
            return Packed(
                [reader.docnum(doc_id) is not None for doc_id in doc_ids.items]
            )

    @_answering
    def find_copies(self, probes: Packed) -> Packed:
        """Return for each ``packed_probe`` the group it copies here, or None."""
        import numpy as np

        from ..copies import find_indexed_copy

        with self._index._store.reading() as reader:
            if not reader.doc_count:
                return Packed([None] * len(probes.items))
            return Packed(
                [
                    find_indexed_copy(
                        reader,
                        CopyProbe(doc_id, title, published),
                        np.frombuffer(shingle_bytes, dtype=np.uint32),
                        terms,
                    )
                    for doc_id, title, published, shingle_bytes, terms in probes.items
                ]
            )

    @_answering
    def begin(
        self,
        *,
        lock_timeout: float,
        reread: list[str] = (),
        prune_under: list[str] = (),
        commit_every_documents: int | None = None,
        commit_every_seconds: float | None = None,
    ) -> None:
        """Start writing: the documents fed until ``finish`` make one commit."""
        self._sketched.clear()
        self._found = {}
        self._queue = queue.Queue(maxsize=4)
        self._written = None
        self._read_with_errors = []
        options = dict(
            wait=lock_timeout,
            failed=self._read_with_errors,
            started=time.perf_counter(),
            reread=[Path(file) for file in reread],
            prune_under=list(prune_under),
            commit_every_documents=commit_every_documents,
            commit_every_seconds=commit_every_seconds,
        )
        self._writing = threading.Thread(
            target=self._write, kwargs=options, name=f"write {self.folder}", daemon=True
        )
        self._writing.start()

    def _documents(self):
        while True:
            # An abandoned write raises here, and the writer cancels.
            batch = self._queue.get(timeout=IDLE_WRITE_S)
            if batch is _END:
                return
            if batch is _ABORT:
                raise _WriteAborted(f"{self.folder}: write stopped; nothing committed")
            documents, given_elsewhere, found = batch
            yield from map(GivenElsewhere, given_elsewhere)
            unpacked = list(_unpacked(documents))
            if found is not None:
                self._found.update(
                    zip((d.id for d in unpacked), found.items, strict=True)
                )
            yield from unpacked

    def _write(self, **options) -> None:
        try:
            # One process: a Dask worker is a daemon, which may not start the
            # processes of Whoosh's parallel writer; the workers are the
            # parallelism here.
            self._written = add_documents(
                self._index._store,
                self._documents(),
                procs=1,
                sketched=self._sketch_of,
                **options,
            )
        except SearchidxError as error:
            self._written = Failure.of(error)
        except queue.Empty:
            self._written = Failure.of(
                SearchidxError(f"{self.folder}: abandoned write cancelled")
            )
        except Exception as error:  # noqa: BLE001 - else lost with this thread
            self._written = Failure.of(
                SearchidxError(
                    f"{self.folder}: internal error ({type(error).__name__}: {error})"
                )
            )

    @_answering
    def feed(
        self,
        documents: bytes,
        given_elsewhere: list[str] = (),
        found: Packed | None = None,
    ) -> None:
        """Hand documents (``packed_documents``) to the write ``begin`` started,
        and the ids of releases this shard holds that the run gave but routed
        elsewhere (pipeline.GivenElsewhere): not stale here.

        ``found``: for each document, what routing found of it, (group or
        None, sketch or None): the write uses them instead of looking again.
        """
        if self._writing is None:
            # A shard opened again after its worker was lost has no write
            # going: the documents must not vanish silently.
            raise SearchidxError(
                f"{self.folder}: no write in progress (its worker restarted?)"
            )
        while self._writing.is_alive():
            try:
                self._queue.put((documents, list(given_elsewhere), found), timeout=1.0)
                return
            except queue.Full:
                continue
        # The write ended early (a lock timeout, a full disk): finish says why.

    @_answering
    def abort(self) -> None:
        """Stop the write ``begin`` started; nothing of it is committed."""
        self._stop(_ABORT)
        self._written = None

    def _stop(self, sentinel) -> None:
        while self._writing is not None and self._writing.is_alive():
            try:
                self._queue.put(sentinel, timeout=1.0)
                break
            except queue.Full:
                continue
        if self._writing is not None:
            self._writing.join()
        self._writing = None

    @_answering
    def finish(self, read_with_errors: list[str] = ()) -> AddReport | Failure:
        """Commit what was fed; files in ``read_with_errors`` keep their documents."""
        if self._writing is None:
            raise SearchidxError(
                f"{self.folder}: no write in progress (its worker restarted?)"
            )
        self._read_with_errors.extend(
            IngestError(path, "read with errors") for path in read_with_errors
        )
        self._stop(_END)
        return self._written

    @_answering
    def get(self, doc_id: str) -> Document | None:
        """The document ``doc_id``, or None when another shard would hold it."""
        return self._index.get(doc_id) if doc_id in self._index else None

    @_answering
    def delete(self, doc_ids: list[str], timeout: float) -> tuple[int, list[str]]:
        """Remove ``doc_ids``; return how many were here and the ids that were not."""
        missing: list[str] = []
        removed = self._index.remove(doc_ids, wait=timeout, on_missing=missing.append)
        return removed, missing

    @_answering
    def statistics(self, text: str, publishers: dict | None = None):
        """Return this shard's collection statistics for ranking ``text``."""
        return self._index.statistics(text, publishers=publishers)

    @_answering
    def search_inputs(self, text: str, host_named: list[str], publishers: dict):
        """Return what a search of all shards needs of this one first: its
        statistics for ranking ``text`` (``publishers`` as the search will
        be given), its publisher evidence for its host-named sources and
        ``host_named`` (see Index.publisher_evidence), what it knows of
        the query's words for a spelling suggestion, and the commit read."""
        with self._index._store.reading() as reader:
            spelling = reader.spelling_candidates(text)
            generation = reader.generation
        return (
            self._index.statistics(text, publishers=publishers),
            self._index.publisher_evidence(host_named),
            spelling,
            generation,
        )

    @_answering
    def publisher_evidence(self, host_named: list[str]):
        return self._index.publisher_evidence(host_named)

    @_answering
    def sources_named(self, wanted: list[str]) -> tuple[list[str], list[str]]:
        """Return the sources here that ``wanted`` names, and the closest ones."""
        from ..sources import closest_sources, match_sources

        with self._index._store.reading() as reader:
            names = match_sources(reader, wanted)
            closest = [] if names else closest_sources(reader, wanted[0])
            return names, closest

    @_answering
    def listing(self, text: str, options: dict, statistics, publishers):
        """Return this shard's best hits of ``text`` before their documents
        are read (``search.Listing``, the query half of query-then-fetch)."""
        from ..search import run_listing

        with self._index._store.reading() as reader:
            return run_listing(
                reader, text, **options, statistics=statistics, publishers=publishers
            )

    @_answering
    def listing_alone(self, text: str, options: dict):
        """Return (generations, publishers, listing, spelling candidates) of
        ``text``, ranked by the collection's statistics this shard was given:
        a search in one round trip. None when they are not this commit's."""
        from ..search import collection_statistics, run_listing

        with self._index._store.reading() as reader:
            collection = self._collection_at(reader)
            if collection is None:
                return None
            statistics = collection_statistics(
                reader,
                text,
                timeout=options.get("timeout"),
                publishers=collection.publishers,
                table=collection.table,
            )
            listing = run_listing(
                reader,
                text,
                **options,
                statistics=statistics,
                publishers=collection.publishers,
            )
            return (
                collection.generations,
                collection.publishers,
                listing,
                reader.spelling_candidates(text),
            )

    @_answering
    def term_table(self, host_named: list[str]):
        """Return (commit, this shard's term table, its publisher evidence for
        ``host_named``), all of one commit; None if a commit came between."""
        from ..sources import host_named_sources, url_evidence

        # A reader of its own, for the evidence too: the table can take
        # seconds that searches would wait behind, and a share runs on
        # another thread than searches (the actor's, or a thread of the
        # coordinator's process), where they would read the shared reader's
        # files at once.
        with self._index._store.fresh_reader() as reader:
            generation, mark = reader.generation, reader.commit_mark
            table = reader.term_table()
            here = host_named_sources(reader)
            wanted = list(dict.fromkeys([*here, *host_named]))
            evidence = (here, url_evidence(reader, wanted))
        with self._index._store.reading() as reader:
            if reader.generation != generation:
                return None
        self._own_table = (generation, mark, table)
        return generation, table, evidence

    @_answering
    def take_collection(
        self,
        generations: tuple[int, ...],
        doc_count: int,
        field_lengths: tuple,
        frequencies: dict,
        publishers: dict[str, str],
    ) -> bool:
        """Keep the collection's statistics of this shard's terms (those of
        its last ``term_table``), in memory and in its folder; False when
        the table was not of the commit ``generations`` gives this shard."""
        own = self._own_table
        if own is None or self.number is None or own[0] != generations[self.number]:
            return False
        generation, mark, own_table = own
        table = own_table.with_frequencies(doc_count, field_lengths, frequencies)
        with self._collection_lock:
            self._collection = Collection(
                tuple(generations), table, dict(publishers), mark
            )
            self._keep_collection(self._collection)
        return True

    def _keep_collection(self, collection: Collection) -> None:
        """Write ``collection`` to the shard's folder: written whole, then
        renamed, so a reader sees the old file or the new one."""
        target = Path(self.folder) / COLLECTION_FILE
        written = target.with_name(f".{COLLECTION_FILE}.{os.getpid()}.tmp")
        try:
            with open(written, "wb") as file:
                np.savez(
                    file,
                    **packed(
                        collection.table,
                        generations=list(collection.generations),
                        shard=self.number,
                        publishers=collection.publishers,
                        mark=collection.mark,
                    ),
                )
            os.replace(written, target)
            self._collection_file_seen = _file_state(target)
        except OSError as error:
            # Not kept (a read-only folder, a full disk): this process ranks
            # with them from memory; the next asks for them again.
            log.info("%s: the collection's statistics not kept (%s)", target, error)
            try:
                written.unlink(missing_ok=True)
            except OSError:
                pass

    def _collection_at(self, reader) -> Collection | None:
        """Return the collection statistics given for the commit ``reader``
        reads, or None: those in memory, unless another process kept newer
        ones in the folder since (its share names the other shards' later
        commits), or none are this index's commit."""
        if self.number is None:
            return None
        self._read_kept_collection()
        collection = self._collection
        if (
            collection is None
            or collection.generations[self.number] != reader.generation
            or collection.mark != reader.commit_mark
        ):
            return None
        return collection

    def _read_kept_collection(self) -> None:
        """Take the statistics kept in the folder when the file changed
        since it was last read; a damaged or foreign file is only not read."""
        with self._collection_lock:
            self._read_kept_file()

    def _read_kept_file(self) -> None:
        target = Path(self.folder) / COLLECTION_FILE
        state = _file_state(target)
        if state is None or state == self._collection_file_seen:
            return
        self._collection_file_seen = state
        try:
            with _NUMPY_FILE_READS, np.load(target, allow_pickle=False) as arrays:
                table, extra = unpacked(arrays)
            generations = tuple(int(g) for g in extra["generations"])
            if extra["shard"] != self.number or len(generations) <= self.number:
                raise ValueError(f"not shard {self.number}'s")
            loaded = Collection(
                generations, table, dict(extra["publishers"]), str(extra["mark"])
            )
        except (
            OSError,
            EOFError,
            zipfile.BadZipFile,
            ValueError,
            KeyError,
            TypeError,
            IndexError,
        ) as error:
            # Searches ask every shard for the query's statistics instead.
            log.info("%s: not read (%s)", target, error)
            return
        self._collection = loaded

    @_answering
    def fetch(self, generation: int, listed: list, snippets: int, fold: bool):
        """Return the hits of ``listed`` (entries of a ``listing`` answer):
        documents, snippets and copies; None when a commit came between, as
        the entries' document numbers are then another commit's."""
        from ..search import page_hits

        with self._index._store.reading() as reader:
            if reader.generation != generation:
                return None
            return page_hits(reader, listed, snippets, fold)

    @_answering
    def release_terms(self, doc_id: str) -> tuple[dict[str, int], int] | None:
        """Return the terms ``similar`` chooses key terms from for ``doc_id``,
        with their counts, and its group key; None when this shard does not
        hold ``doc_id``."""
        with self._index._store.reading() as reader:
            docnum = reader.docnum(doc_id)
            return None if docnum is None else reader.release_terms(docnum)

    @_answering
    def term_statistics(self, texts: list[str]):
        """Return this shard's statistics for ranking ``content`` terms ``texts``."""
        with self._index._store.reading() as reader:
            return reader.term_statistics(texts)

    @_answering
    def rank_like(
        self, terms: list, limit: int, fold: bool, statistics, excluding: tuple
    ) -> list:
        """Return the hits of the best ``limit`` releases matching key ``terms``,
        ranked by the whole collection's ``statistics``; never the release
        asked about (``excluding``: its id and group key), nor with ``fold``
        its copies."""
        from ..similar import similar_hits

        with self._index._store.reading() as reader:
            found = reader.ranked_by_terms(
                terms,
                limit=limit,
                fold=fold,
                statistics=statistics,
                excluding=excluding,
            )
            return list(similar_hits(reader, found, fold=fold))

    @_answering
    def stats(self, publishers=None):
        return self._index.stats(publishers=publishers)

    @_answering
    def check(self):
        return self._index.check()

    @_answering
    def refresh(self) -> None:
        self._index.refresh()

    def close(self) -> None:
        """Release the shard's files."""
        if self._line is not None:
            from .lines import close_line

            close_line(self._line[2])
            self._line = None
        if self._index is not None:
            self._index.close()
            self._index = None
