"""Read many files on several cores, yielding their documents in file order.

Parsing a saved page costs ~15 ms of CPU, so a folder of pages is read by a
small process pool. Files that stream (JSON Lines, gzip) or are large stay in
this process: their records are read one at a time, memory stays bounded, and
their per-record errors reach ``on_error`` as they happen.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from ..documents import Document
from . import read_file
from .json_exports import ErrorHandler

# Files a worker reads whole and returns: pages and text dumps under this size.
_POOLED_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".shtml",
    ".asp",
    ".aspx",
    ".php",
    ".txt",
    ".text",
)
_POOLED_MAX_BYTES = 4 << 20
# Files in flight per worker: enough to keep workers busy while the index
# writes, few enough that parsed documents never pile up in memory.
_AHEAD_PER_WORKER = 8


def read_files(
    files: Iterable[Path],
    *,
    workers: int,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[tuple[Path, Iterator[Document]]]:
    """Yield ``(file, documents)`` for each file, in the order given.

    Iterating ``documents`` raises the file's IngestError, as read_file does.
    With ``workers`` below 2 every file is read in this process.
    """
    files = list(files)
    pooled = [_is_pooled(file) for file in files]
    if workers < 2 or sum(pooled) < 2 * workers:
        for file in files:
            yield file, read_file(file, on_error=on_error, mapping=mapping)
        return
    if any(
        is_pooled and _is_page(file)
        for file, is_pooled in zip(files, pooled, strict=True)
    ):
        _load_page_readers()
    # fork: workers start in milliseconds and need nothing re-imported.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_exit_with_parent
    ) as pool:
        ahead: deque[tuple[Path, Future | None]] = deque()
        queue = iter(zip(files, pooled, strict=True))

        def fill() -> None:
            while len(ahead) < workers * _AHEAD_PER_WORKER:
                item = next(queue, None)
                if item is None:
                    return
                file, is_pooled = item
                ahead.append(
                    (file, pool.submit(_read_whole, file) if is_pooled else None)
                )

        fill()
        while ahead:
            file, future = ahead.popleft()
            fill()
            if future is None:
                yield file, read_file(file, on_error=on_error, mapping=mapping)
            else:
                yield file, _result(future)


def _exit_with_parent() -> None:
    """Make this worker exit when the process that started it is gone.

    A worker waits on its job queue forever once its parent is killed
    (SIGKILL gives the pool no chance to stop it): without this, every
    killed `searchidx index` left its workers behind.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _is_page(file: Path) -> bool:
    return not file.name.lower().endswith((".txt", ".text"))


def _load_page_readers() -> None:
    """Import the readers of saved pages here, before the workers fork.

    They are imported on first use (a search never needs them), which in a
    pool is once in every worker: imported once here, the forked workers
    share them.
    """
    import ftfy  # noqa: F401 - for repair_text
    import htmldate  # noqa: F401 - for markup_dates
    import trafilatura  # noqa: F401 - for second_reading

    from . import html_pages  # noqa: F401


def _is_pooled(file: Path) -> bool:
    name = file.name.lower()
    if not name.endswith(_POOLED_SUFFIXES):
        return False
    try:
        return file.stat().st_size <= _POOLED_MAX_BYTES
    except OSError:
        return False  # read_file reports it, in this process


def _read_whole(file: Path) -> list[Document]:
    return list(read_file(file))


def _result(future: Future) -> Iterator[Document]:
    yield from future.result()  # re-raises the worker's IngestError here


def default_workers() -> int:
    """Return how many processes parse files: the cores, at most 2."""
    return min(os.cpu_count() or 1, 2)
