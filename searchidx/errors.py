"""Every exception a user can cause, each rendered as one line by ``str()``."""

from __future__ import annotations

import os


class SearchidxError(Exception):
    """Base class: something the user can fix, explained in one line."""


class IngestError(SearchidxError):
    """A file (or one record in it) could not be turned into documents."""

    def __init__(
        self, path: str | os.PathLike, reason: str, *, line: int | None = None
    ):
        self.path = os.fspath(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}: line {line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        # Pickled when a worker process reports a file it could not read; the
        # default would call __init__ with the message alone.
        return (_rebuild_ingest_error, (type(self), self.path, self.reason, self.line))


def _rebuild_ingest_error(kind, path, reason, line):
    return kind(path, reason, line=line)


class UnsupportedFormatError(IngestError):
    """The file is not HTML, plain text or JSON (e.g. an image or an archive)."""


class EmptyDocumentError(IngestError):
    """The file parsed but holds no release text."""


class IndexNotFoundError(SearchidxError):
    """There is no index at the given path."""

    def __init__(self, path: str | os.PathLike):
        self.path = os.fspath(path)
        super().__init__(
            f"{self.path}: no index here; build one with: "
            f"searchidx --index {self.path} index PATH..."
        )


class IndexLockedError(SearchidxError):
    """Another process holds the index's write lock for longer than we wait."""

    def __init__(self, path: str | os.PathLike, waited: float):
        self.path = os.fspath(path)
        self.waited = waited
        super().__init__(
            f"{self.path}: another process is writing to this index "
            f"(waited {waited:g} s); try again when it has finished"
        )


class IndexFormatError(SearchidxError):
    """The index exists but cannot be read by this version (or is damaged)."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexDamagedError(IndexFormatError):
    """A file of the index no longer holds what was written (found in use)."""


class IndexWriteError(SearchidxError):
    """The index could not be written (read-only folder, disk full); the last commit stands."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(
            f"{self.path}: cannot write to the index ({reason}); its last commit is intact"
        )


class DocumentNotFoundError(SearchidxError):
    """No document in the index has the given id."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        super().__init__(
            f"no document with id {doc_id!r}; ids are shown by: searchidx query ... --json"
        )


class QueryError(SearchidxError):
    """The query cannot be honoured as written (bad syntax, unknown field, bad date)."""

    def __init__(self, query: str, reason: str):
        self.query = query
        self.reason = reason
        # One line means one line: a pasted essay is shown by its start.
        shown = query if len(query) <= 120 else query[:117] + "..."
        super().__init__(f"query {shown!r}: {reason}")


class QueryTimeoutError(QueryError):
    """A search ran past its time budget and was stopped."""

    def __init__(self, text: str, seconds: float):
        self.seconds = seconds
        super().__init__(
            text,
            f"stopped after {seconds:g} s; narrow it (fewer wildcards, a field, "
            "a date range)",
        )


class ParameterError(SearchidxError):
    """A request to the web page or API has a parameter it cannot honour."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"parameter {name!r}: {reason}")


class ServerError(SearchidxError):
    """The web server cannot listen on the address asked for."""

    def __init__(self, address: str, reason: str):
        self.address = address
        self.reason = reason
        super().__init__(f"cannot serve on {address}: {reason}")


class EngineVersionError(SearchidxError):
    """An installed library is not the release the engine was written against."""

    def __init__(self, package: str, found: str, expected: str):
        self.package = package
        self.found = found
        self.expected = expected
        super().__init__(
            f"searchidx needs {package} {expected}, found {found}: "
            f"pip install '{package}=={expected}'"
        )
