"""The Whoosh release the engine reads, checked when the first index is opened.

Whoosh is unmaintained and pinned exactly (pyproject.toml): the engine reads
and subclasses its private parts, so ``install`` refuses any other release.
Its defects are worked around in the engine's own subclasses (codec.py:
segment names, in-place reads, inlined postings, pickles, cached columns),
so Whoosh's own classes behave as released for any other code in the
process. One exception: the segment writer's posting pool, which Whoosh
names as module globals (term_pool.py), is swapped for ours at the first
open, and hands every segment not written by our codec to Whoosh's own.
Importing searchidx changes nothing in Whoosh.
"""

from __future__ import annotations

import importlib
import sys
import threading

import whoosh

from ..errors import EngineVersionError
from . import term_pool

# The one Whoosh release the engine reads the private parts of.
WHOOSH_VERSION = (2, 7, 5)

# An index's table of contents pickles its schema and codec by the module
# their classes lived in when it was written; indexes written before the
# engine package are read with these names for the modules that moved.
FORMER_MODULES = {
    "searchidx.schema": "searchidx.engine.schema",
    "searchidx.codec": "searchidx.engine.codec",
}

_installed = False
_installing = threading.Lock()


def install() -> None:
    """Check the Whoosh release and install the posting pool, once per process.

    Raises:
        EngineVersionError: the installed Whoosh is not WHOOSH_VERSION.
    """
    global _installed
    with _installing:
        if _installed:
            return
        check_whoosh_version()
        for former, current in FORMER_MODULES.items():
            sys.modules.setdefault(former, importlib.import_module(current))
        term_pool.install()
        _installed = True


def check_whoosh_version() -> None:
    """Raise EngineVersionError unless the installed Whoosh is the release we read."""
    found = tuple(whoosh.__version__)
    if found != WHOOSH_VERSION:
        raise EngineVersionError(
            "whoosh-reloaded",
            ".".join(map(str, found)),
            ".".join(map(str, WHOOSH_VERSION)),
        )
