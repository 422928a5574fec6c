"""Indexing throughput, index size, memory and query latency: searchidx beside its peers.

    python benchmarks/throughput.py             # 10k, 30k and 100k documents
    python benchmarks/throughput.py --quick     # 10k only
    python benchmarks/throughput.py --sizes 10000 30000
    python benchmarks/throughput.py --json      # {"setup": ..., "sizes": {size: {system: ...}}}

Most of a full run is raw Whoosh indexing 100k documents with its single
writer; docs/benchmarks.md records how long the latest runs took.

The records of the real bulk dumps in ../shared/data/press/bulk/ are read once
with ``searchidx.read_documents``; ids and body texts that repeat are dropped,
then the records are repeated as copies (``#copyN`` appended to url and id,
"(copy N)" appended to the body so that no system drops them as the same
text) until each size is reached, and written as JSON dump files of 1,000
records (title, body, date, source, url, id...). Three systems index the
same files in the same run:

- searchidx through its library (``Index.open(dir, create=True)``,
  ``add_files([dumps])``: its own JSON reader, the path of ``searchidx index``;
  a batch this size is written by two processes);
- raw Whoosh, the baseline: id ID stored, title TEXT(StemmingAnalyzer) stored,
  body TEXT(StemmingAnalyzer, stored, chars=True), one writer, one commit;
- SQLite FTS5 (porter unicode61; title, body; bm25(); snippet()).
The peers read each file with ``json.loads`` and index id, title and body.

Each system indexes, then answers the queries, in a fresh process of its
own; the peers' processes never import searchidx, which patches Whoosh
when it opens an index (engine/patches.py), so raw Whoosh is Whoosh as
released (checked after each measurement).

Figures: ingest+index throughput (documents/s, from the dump files to a
committed index; every system must index every document), index size on
disk, peak memory while indexing: the peak PSS of the indexing process plus
any it starts (searchidx's writer processes), sampled 4 times a second, and
the VmHWM of that process alone; query latency p50/p95/p99 of a top-10 page
with snippets from a warm searcher, and the wall time of a fresh ``python
-c`` that opens the index and answers one query (median of 5). Speed is
reported, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

BULK = Path(__file__).resolve().parents[2] / "shared" / "data" / "press" / "bulk"
DEFAULT_SIZES = (10_000, 30_000, 100_000)
SYSTEMS = ("searchidx", "whoosh", "fts5")
LABELS = {"searchidx": "searchidx", "whoosh": "raw Whoosh", "fts5": "SQLite FTS5"}
WORD_QUERIES, PHRASE_QUERIES, FILTERED_QUERIES = 200, 20, 20
FRESH_RUNS = 5
STOP = {
    "with",
    "from",
    "that",
    "this",
    "have",
    "will",
    "their",
    "about",
    "into",
    "after",
    "over",
    "they",
    "were",
    "been",
    "what",
    "when",
    "which",
    "more",
}


# -- documents -----------------------------------------------------------------


def load_base(root: Path) -> tuple[list, int]:
    """Return the distinct records of the bulk dumps and how many could not be read."""
    from searchidx import read_documents
    from searchidx.documents import text_fingerprint

    errors: list = []
    seen_ids, seen_texts, base = set(), set(), []
    for document in read_documents(root, on_error=errors.append):
        fingerprint = text_fingerprint(document)
        if document.id in seen_ids or (fingerprint and fingerprint in seen_texts):
            continue
        seen_ids.add(document.id)
        seen_texts.add(fingerprint)
        base.append(document)
    return base, len(errors)


def corpus(base: list, size: int) -> list:
    """Return ``size`` documents: the base records, then numbered copies of them."""
    documents = list(base[:size])
    copy = 1
    while len(documents) < size:
        for document in base[: size - len(documents)]:
            documents.append(
                dataclasses.replace(
                    document,
                    url=f"{document.url}#copy{copy}" if document.url else "",
                    id=f"{document.id}#copy{copy}",
                    body=f"{document.body}\n\n(copy {copy})",
                    content_hash="",
                )
            )
        copy += 1
    return documents


def make_queries(base: list) -> list[dict]:
    """Return the fixed query set: words, quoted phrases, words with a date filter."""
    rng = random.Random(7)
    titles = [
        [w.lower() for w in re.findall(r"[A-Za-z]+", d.title) if len(w) > 3]
        for d in base
    ]
    titles = [[w for w in t if w not in STOP] for t in titles]
    titles = [t for t in titles if t]
    queries = []
    while len(queries) < WORD_QUERIES:
        words = rng.choice(titles)
        start = rng.randrange(len(words))
        queries.append({"words": words[start : start + rng.randint(1, 4)]})
    long_titles = [t for t in titles if len(t) >= 3]
    for _ in range(PHRASE_QUERIES):
        words = rng.choice(long_titles)
        start = rng.randrange(len(words) - 1)
        queries.append({"words": words[start : start + 2], "phrase": True})
    years = sorted({d.date.year for d in base if d.date})
    for _ in range(FILTERED_QUERIES):
        words = rng.choice(titles)
        year = rng.choice(years)
        queries.append({"words": words[:2], "year": year})
    return queries


# Records a dump file holds: the real bulk dumps hold 100 to 6,000.
RECORDS_PER_FILE = 1_000


def write_dumps(base: list, size: int, folder: Path) -> None:
    """Write the ``size`` documents as JSON dump files of RECORDS_PER_FILE records."""
    folder.mkdir(parents=True)
    documents = corpus(base, size)
    for start in range(0, size, RECORDS_PER_FILE):
        records = [
            {
                "id": d.id,
                "url": d.url,
                "title": d.title,
                "date": d.date.isoformat() if d.date else None,
                "source": d.source,
                "byline": d.byline,
                "dateline": d.dateline,
                "tags": list(d.tags),
                "body": d.body,
            }
            for d in documents[start : start + RECORDS_PER_FILE]
        ]
        part = folder / f"part-{start // RECORDS_PER_FILE:04d}.json"
        part.write_text(json.dumps(records), encoding="utf-8")


def read_dumps(folder: Path):
    """Yield the peers' (id, title, body) of each record, one file in memory at a time."""
    for part in sorted(folder.glob("*.json")):
        for record in json.loads(part.read_text(encoding="utf-8")):
            yield record["id"], record["title"], record["body"]


# -- indexing, each system in a fresh process --------------------------------------


def index_searchidx(dumps: Path, folder: Path) -> int:
    from searchidx import Index

    with Index.open(folder, create=True) as index:
        report = index.add_files([dumps])
    if report.failed:
        raise RuntimeError(f"searchidx could not read {report.failed[0]}")
    return report.added


def whoosh_schema():
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        body=TEXT(analyzer=StemmingAnalyzer(), stored=True, chars=True),
    )


def index_whoosh(dumps: Path, folder: Path) -> int:
    from whoosh import index

    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), whoosh_schema())
    writer = ix.writer()
    count = 0
    for doc_id, title, body in read_dumps(dumps):
        writer.add_document(id=doc_id, title=title, body=body)
        count += 1
    writer.commit()
    ix.close()
    return count


def index_fts5(dumps: Path, folder: Path) -> int:
    folder.mkdir(parents=True)
    db = sqlite3.connect(folder / "fts5.db")
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
        "tokenize='porter unicode61')"
    )
    db.executemany(
        "INSERT INTO docs (id, title, body) VALUES (?, ?, ?)", read_dumps(dumps)
    )
    (count,) = db.execute("SELECT count(*) FROM docs").fetchone()
    db.commit()
    db.close()
    return count


INDEXERS = {"searchidx": index_searchidx, "whoosh": index_whoosh, "fts5": index_fts5}


def _peak_rss_mb() -> float:
    """Peak RSS of this process. VmHWM first: ru_maxrss survives exec on Linux,
    so a spawned child would start from its parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _pss_mb(pid: int) -> float:
    """Proportional set size of one process: shared pages split among sharers."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class _MemorySampler(threading.Thread):
    """Peak PSS of this process plus every process it starts, sampled 4 times a second.

    searchidx writes big batches on two processes; VmHWM of the parent alone
    leaves out their memory, and adding their RSS would count the documents
    they share with it (fork) twice. PSS shares each page among its users.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._stop_event.wait(0.25):
            total = sum(_pss_mb(pid) for pid in [me, *_descendants(me)])
            self.peak_mb = max(self.peak_mb, total)

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return self.peak_mb


def index_in_child(system: str, dumps: str, folder: str, size: int) -> dict:
    """Run in a fresh process: time one system from the dump files to a committed index."""
    sampler = _MemorySampler()
    sampler.start()
    started = time.perf_counter()
    indexed = INDEXERS[system](Path(dumps), Path(folder))
    elapsed = time.perf_counter() - started
    _check_unpatched(system)
    if indexed != size:
        raise RuntimeError(f"{system} indexed {indexed:,} of the {size:,} documents")
    return {
        "docs_per_s": size / elapsed,
        "index_s": elapsed,
        "peak_rss_mb": _peak_rss_mb(),
        "peak_pss_all_mb": sampler.stop(),
    }


def _check_unpatched(system: str) -> None:
    # searchidx patches Whoosh once it opens an index (engine/patches.py:
    # pickle protocol, in-place reads...): raw Whoosh measured with those
    # would not be raw, so a peer's process never imports searchidx at all.
    if system != "searchidx" and "searchidx" in sys.modules:
        raise RuntimeError(
            f"{system} was measured in a process that imported searchidx"
        )


def in_fresh_process(function, *args):
    """Run ``function(*args)`` in a new interpreter: fresh memory, no searchidx
    imported unless the function imports it."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


def disk_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


# -- queries from a warm searcher --------------------------------------------------


def fts5_match(query: dict) -> str:
    if query.get("phrase"):
        return '"' + " ".join(query["words"]) + '"'
    return " OR ".join(f'"{w}"' for w in query["words"])


def whoosh_text(query: dict) -> str:
    if query.get("phrase"):
        return '"' + " ".join(query["words"]) + '"'
    return " ".join(query["words"])


def searchidx_text(query: dict) -> str:
    return whoosh_text(query)


class SearchidxRunner:
    def __init__(self, folder: Path) -> None:
        from searchidx import Index

        self.index = Index.open(folder)

    def run(self, query: dict) -> int:
        if "year" in query:
            results = self.index.search(
                searchidx_text(query),
                since=date(query["year"], 1, 1),
                until=date(query["year"], 12, 31),
                limit=10,
                facets=("year", "source"),
            )
        else:
            results = self.index.search(searchidx_text(query), limit=10, facets=())
        return len([hit.snippets for hit in results.hits])

    def close(self) -> None:
        self.index.close()


class WhooshRunner:
    def __init__(self, folder: Path) -> None:
        from whoosh import index
        from whoosh.qparser import MultifieldParser, OrGroup

        self.ix = index.open_dir(str(folder))
        self.searcher = self.ix.searcher()
        self.parser = MultifieldParser(["title", "body"], self.ix.schema, group=OrGroup)

    def run(self, query: dict) -> int:
        results = self.searcher.search(self.parser.parse(whoosh_text(query)), limit=10)
        return len([hit.highlights("body") for hit in results])

    def close(self) -> None:
        self.searcher.close()
        self.ix.close()


class Fts5Runner:
    SQL = (
        "SELECT id, title, snippet(docs, 2, '<mark>', '</mark>', '…', 24) FROM docs "
        "WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10"
    )

    def __init__(self, folder: Path) -> None:
        self.db = sqlite3.connect(folder / "fts5.db")

    def run(self, query: dict) -> int:
        return len(self.db.execute(self.SQL, (fts5_match(query),)).fetchall())

    def close(self) -> None:
        self.db.close()


RUNNERS = {"searchidx": SearchidxRunner, "whoosh": WhooshRunner, "fts5": Fts5Runner}


def query_latency(system: str, folder: Path, queries: list[dict]) -> dict:
    """Time the queries from one warm searcher (run in_fresh_process)."""
    runner = RUNNERS[system](folder)
    try:
        for query in queries[:20]:  # warm caches, the stemmer, the searcher
            runner.run(query)
        timings, empty = [], 0
        for query in queries:
            started = time.perf_counter()
            hits = runner.run(query)
            timings.append((time.perf_counter() - started) * 1000)
            empty += hits == 0
    finally:
        runner.close()
    _check_unpatched(system)
    cuts = statistics.quantiles(timings, n=100)
    return {
        "p50_ms": statistics.median(timings),
        "p95_ms": cuts[94],
        "p99_ms": cuts[98],
        "queries_without_hits": empty,
    }


FRESH_CODE = {
    "searchidx": "import sys\nfrom searchidx import Index\n"
    "with Index.open(sys.argv[1]) as ix:\n"
    "    ix.search(sys.argv[2], limit=10, facets=())",
    "whoosh": "import sys\nfrom whoosh import index\n"
    "from whoosh.qparser import MultifieldParser, OrGroup\n"
    "ix = index.open_dir(sys.argv[1])\n"
    "with ix.searcher() as s:\n"
    "    q = MultifieldParser(['title', 'body'], ix.schema, group=OrGroup).parse(sys.argv[2])\n"
    "    [h.highlights('body') for h in s.search(q, limit=10)]",
    "fts5": "import sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1] + '/fts5.db')\n"
    "db.execute(\"SELECT id, title, snippet(docs, 2, '<mark>', '</mark>', '…', 24) "
    'FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", '
    "('\"' + '\" OR \"'.join(sys.argv[2].split()) + '\"',)).fetchall()",
}


def fresh_open_ms(system: str, folder: Path, query: dict) -> float:
    """Median wall time of a new interpreter that opens the index and runs one query."""
    timings = []
    for _ in range(FRESH_RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", FRESH_CODE[system], str(folder), whoosh_text(query)],
            check=True,
        )
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def python_startup_ms() -> float:
    timings = []
    for _ in range(FRESH_RUNS):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


# -- report ------------------------------------------------------------------------

ROWS = (
    ("docs_per_s", "ingest+index, documents/s", "{:,.0f}"),
    ("disk_mb", "index size on disk, MB", "{:,.1f}"),
    (
        "peak_pss_all_mb",
        "peak memory while indexing (PSS, all processes), MB",
        "{:,.0f}",
    ),
    ("peak_rss_mb", "peak RSS of the indexing process alone, MB", "{:,.0f}"),
    ("p50_ms", "query p50, ms", "{:,.1f}"),
    ("p95_ms", "query p95, ms", "{:,.1f}"),
    ("p99_ms", "query p99, ms", "{:,.1f}"),
    ("fresh_ms", "fresh process open + first query, ms", "{:,.0f}"),
)


def print_table(size: int, figures: dict) -> None:
    print(f"\n#### {size:,} documents\n")
    print(
        "| figure | searchidx | raw Whoosh | SQLite FTS5 | searchidx/Whoosh | searchidx/FTS5 |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for key, label, fmt in ROWS:
        ours = figures["searchidx"][key]
        cells = [fmt.format(figures[s][key]) for s in SYSTEMS]
        ratios = [f"{ours / figures[s][key]:.2f}x" for s in ("whoosh", "fts5")]
        print(f"| {label} | " + " | ".join(cells + ratios) + " |")
    empty = ", ".join(
        f"{LABELS[s]} {figures[s]['queries_without_hits']}" for s in SYSTEMS
    )
    print(f"\nqueries without hits: {empty}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--quick", action="store_true", help="10,000 documents only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--root", type=Path, default=BULK, help="bulk dumps folder")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else args.sizes
    if not args.root.is_dir():
        print(
            f"skipped: {args.root} not present (../shared/data/press/bulk beside the clone)"
        )
        return 0
    import whoosh

    import searchidx

    run_started = time.perf_counter()
    base, unreadable = load_base(args.root)
    queries = make_queries(base)
    startup = python_startup_ms()
    everything: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            figures = {}
            dumps = Path(scratch) / f"dumps-{size}"
            write_dumps(base, size, dumps)
            for system in SYSTEMS:
                folder = Path(scratch) / f"{system}-{size}"
                figures[system] = in_fresh_process(
                    index_in_child, system, str(dumps), str(folder), size
                )
                figures[system]["disk_mb"] = disk_mb(folder)
                figures[system].update(
                    in_fresh_process(query_latency, system, folder, queries)
                )
                figures[system]["fresh_ms"] = fresh_open_ms(system, folder, queries[0])
            everything[str(size)] = figures
    total_s = time.perf_counter() - run_started
    versions = {
        "python": sys.version.split()[0],
        "searchidx": searchidx.__version__,
        "whoosh": ".".join(map(str, whoosh.__version__)),
        "sqlite": sqlite3.sqlite_version,
    }
    setup = {
        "data": str(args.root),
        "distinct_records": len(base),
        "unreadable": unreadable,
        "queries": len(queries),
        "cores": os.cpu_count(),
        "versions": versions,
        "python_startup_ms": startup,
        "total_s": total_s,
    }
    if args.json:
        print(json.dumps({"setup": setup, "sizes": everything}, indent=1))
        return 0
    print(
        "ingest+index throughput (JSON dump files -> committed index), "
        "index size, peak RSS of the indexing process, warm query latency (top 10 "
        "with snippets), fresh-process open + first query"
    )
    print(
        f"data: {len(base):,} distinct records of {args.root.name}/ "
        f"({unreadable} unreadable), repeated as '#copyN' copies to each size, "
        f"written as JSON dump files of {RECORDS_PER_FILE:,} records"
    )
    print(
        f"queries: {len(queries)} ({WORD_QUERIES} of 1-4 title words, {PHRASE_QUERIES} "
        f"quoted phrases, {FILTERED_QUERIES} with a one-year date filter and year/source "
        "facets for searchidx; the peers run those words unfiltered), seed 7"
    )
    print(
        f"machine: {os.cpu_count()} cores; "
        + ", ".join(f"{k} {v}" for k, v in versions.items())
    )
    print(
        f"a bare 'python -c pass' takes {startup:.0f} ms (part of every fresh-process figure)"
    )
    for size, figures in everything.items():
        print_table(int(size), figures)
    print(
        f"\nratios are searchidx / peer: above 1 means searchidx is bigger (faster for "
        f"documents/s, slower or larger for everything else). whole run: {total_s:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
