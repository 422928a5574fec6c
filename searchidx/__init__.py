"""searchidx: full-text search for press releases.

from searchidx import Index, read_documents

with Index.open("index/", create=True) as index:
    index.add(read_documents("corpus/"))
    for hit in index.search("multilateral exercise", limit=5).hits:
        print(hit.rank, hit.document.title, hit.snippets[0].text)
"""

import logging

from .documents import Document
from .engine import CollectionStatistics
from .errors import (
    DocumentNotFoundError,
    EmptyDocumentError,
    EngineVersionError,
    IndexDamagedError,
    IndexFormatError,
    IndexLockedError,
    IndexNotFoundError,
    IndexWriteError,
    IngestError,
    ParameterError,
    QueryError,
    QueryTimeoutError,
    SearchidxError,
    ServerError,
    UnsupportedFormatError,
)
from .index import AddReport, CheckReport, Index, IndexStats
from .search import FacetCount, Hit, Results
from .snippets import Snippet

# A library logs; the program around it decides what is shown. Without this,
# Python's last-resort handler printed our warnings (a shard that did not
# answer) on stderr beside the CLI's own one-line message.
logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    # Looked up when asked for, not at import: the readers and
    # importlib.metadata are a large part of a search process's start, which
    # needs neither (python -X importtime; docs/benchmarks.md).
    if name in ("read_documents", "read_file"):
        from . import ingest

        return getattr(ingest, name)
    if name != "__version__":
        raise AttributeError(f"module 'searchidx' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("searchidx")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))  # the lazy names included


__all__ = [
    "AddReport",
    "CheckReport",
    "CollectionStatistics",
    "Document",
    "DocumentNotFoundError",
    "EngineVersionError",
    "EmptyDocumentError",
    "FacetCount",
    "Hit",
    "Index",
    "IndexDamagedError",
    "IndexFormatError",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexStats",
    "IndexWriteError",
    "IngestError",
    "ParameterError",
    "QueryError",
    "QueryTimeoutError",
    "Results",
    "SearchidxError",
    "ServerError",
    "Snippet",
    "UnsupportedFormatError",
    "read_documents",
    "read_file",
]
