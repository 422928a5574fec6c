"""A sharded index beside one index: the same results, and the speed, in one run.

    python benchmarks/cluster.py                  # all of it (100,000 releases)
    python benchmarks/cluster.py --size 20000     # a smaller speed part
    python benchmarks/cluster.py --skip-speed     # the results part only
    python benchmarks/cluster.py --size 20000 --skip-results --repeat 3
    python benchmarks/cluster.py --skip-results --folder /tmp/c   # keep the indexes
    python benchmarks/cluster.py --skip-results --folder /tmp/c --queries-only

Results: a 3-shard index on a LocalCluster of 2 worker processes against one
index holding the same documents, with every query of
- SciFact (../shared/data/ir/scifact, its 300 judged queries), and
- the press folder (../shared/data/press: html, bulk and text, read with
  ``read_documents``), with the 240 queries benchmarks/throughput.py makes
  from its bulk titles;
a query agrees when its top 10 (ids, in order), its total and its facets
(year, month, source, tags) are those of the one index.

Speed: the bulk releases repeated up to --size (as throughput.py does), held
in memory, then indexed by one process (``Index.add``, one writer) and by a
sharded index of --speed-shards shards written by 2 worker processes
(``ShardedIndex.add``: routing in this process, writing on the workers);
docs/s and the ratio, and the CPU seconds of each process, which other
jobs on a shared machine change less than the wall time. Then query latency p50/p95 over the same queries of
one index and of the sharded one on the 2 workers (query by query, one
then the other, so that a passing load falls on both; and again in blocks,
each system's queries back to back as it serves them in use, ordered one,
sharded, sharded, one), and of the sharded
one with its shards opened in this process; and the p50 of a no-op call to every
shard through Dask (``refresh``, as writes are called) and on the shards'
direct lines (``status``, as a search's calls are), the coordinator's share
of a search that is not the shards' work. Speed is reported, never asserted; the machine is shared.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared" / "data"
SCIFACT = SHARED / "ir" / "scifact"
PRESS = SHARED / "press"
FACETS = ("year", "month", "source", "tags")
WORKERS = 2

sys.path.insert(0, str(HERE))
import throughput  # noqa: E402  (the corpus and queries of the throughput benchmark)


def _searchidx():
    import searchidx
    from searchidx import Index
    from searchidx.cluster import ShardedIndex

    return searchidx, Index, ShardedIndex


# -- the same results ------------------------------------------------------------


def compare(one, three, queries: list[str]) -> dict:
    """Return how many queries agree (top 10, total, facets) and the first that does not."""
    from searchidx import QueryError

    agree = {"top10": 0, "total": 0, "facets": 0, "all": 0, "queries": len(queries)}
    first_difference = None
    for text in queries:
        try:
            expected = one.search(text, limit=10, facets=FACETS)
        except QueryError as error:
            try:
                three.search(text, limit=10, facets=FACETS)
            except QueryError as same:
                same_error = str(same) == str(error)
                for key in ("top10", "total", "facets", "all"):
                    agree[key] += same_error
                continue
            raise
        got = three.search(text, limit=10, facets=FACETS)
        same = {
            "top10": [h.document.id for h in got.hits]
            == [h.document.id for h in expected.hits],
            "total": got.total == expected.total,
            "facets": got.facets == expected.facets,
        }
        same["all"] = all(same.values()) and not got.failed_shards
        for key, is_same in same.items():
            agree[key] += is_same
        if not same["all"] and first_difference is None:
            first_difference = text
    agree["first_difference"] = first_difference
    return agree


def scifact_results(folder: Path, scheduler: str) -> dict:
    _, Index, ShardedIndex = _searchidx()
    from searchidx import Document

    with open(SCIFACT / "corpus.jsonl", encoding="utf-8") as lines:
        documents = [
            Document(id=r["_id"], title=r.get("title") or "", body=r.get("text") or "")
            for r in map(json.loads, lines)
        ]
    judged = {
        line.split("\t")[0]
        for line in (SCIFACT / "qrels" / "test.tsv").read_text().splitlines()[1:]
    }
    with open(SCIFACT / "queries.jsonl", encoding="utf-8") as lines:
        queries = [q["text"] for q in map(json.loads, lines) if q["_id"] in judged]
    with (
        Index.open(folder / "scifact-one", create=True) as one,
        ShardedIndex.open(
            folder / "scifact-three", create=True, shards=3, scheduler=scheduler
        ) as three,
    ):
        one.add(iter(documents))  # one writer: see press_results
        three.add(documents)
        assert len(one) == len(three), (len(one), len(three))
        return {"documents": len(one), **compare(one, three, queries)}


def press_results(folder: Path, scheduler: str) -> dict:
    _, Index, ShardedIndex = _searchidx()
    from searchidx import read_documents

    base, _ = throughput.load_base(PRESS / "bulk")
    queries = [throughput.searchidx_text(q) for q in throughput.make_queries(base)]
    with (
        Index.open(folder / "press-one", create=True) as one,
        ShardedIndex.open(
            folder / "press-three", create=True, shards=3, scheduler=scheduler
        ) as three,
    ):
        # The same documents in the same order, and one writer: a big batch
        # is otherwise written by Whoosh's two processes, whose document
        # numbers (the order of ties, and which copy of a release is listed)
        # differ from run to run.
        documents = list(read_documents(PRESS, on_error=lambda error: None))
        one.add(iter(documents))
        three.add(documents)
        assert len(one) == len(three), (len(one), len(three))
        return {"documents": len(one), **compare(one, three, queries)}


# -- speed -------------------------------------------------------------------------


def _cpu_seconds() -> float:
    """Return the CPU time of the calling process (run on each worker too)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def indexing_speed(folder: Path, documents: list, shards: int) -> dict:
    """Index ``documents`` by one writer, then by ``shards`` shards on 2 workers.

    Besides docs/s (wall time, which other jobs on the machine change), the
    CPU seconds each process spent: the speed-up the work allows when every
    process has a core of its own is one process's CPU over the busiest
    process's of the sharded run (the coordinator, or a worker). The
    coordinator's CPU is split into its calling thread's (routing: deciding
    each document's shard, packing what is sent) and the rest (Dask's
    threads sending and receiving, and the scheduler of the LocalCluster,
    which runs in this process).
    """
    import logging

    import distributed

    _, Index, ShardedIndex = _searchidx()
    started, cpu = time.perf_counter(), time.process_time()
    with Index.open(folder / "speed-one", create=True) as one:
        # An iterator, not a list: one writer process, as each shard has.
        added = one.add(iter(documents)).added
    one_s, one_cpu = time.perf_counter() - started, time.process_time() - cpu
    with (
        distributed.LocalCluster(
            n_workers=WORKERS,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        before = client.run(_cpu_seconds)
        started, cpu = time.perf_counter(), time.process_time()
        routing_cpu = time.thread_time()
        with ShardedIndex.open(
            folder / "speed-sharded",
            create=True,
            shards=shards,
            scheduler=cluster.scheduler_address,
        ) as sharded:
            sharded_added = sharded.add(documents).added
        sharded_s = time.perf_counter() - started
        routing_cpu = time.thread_time() - routing_cpu
        coordinator_cpu = time.process_time() - cpu
        after = client.run(_cpu_seconds)
    workers_cpu = sorted(after[w] - before[w] for w in after)
    assert added == sharded_added == len(documents), (added, sharded_added)
    return {
        "one_docs_s": added / one_s,
        "sharded_docs_s": added / sharded_s,
        "ratio": one_s / sharded_s,
        "one_cpu_s": one_cpu,
        "coordinator_cpu_s": coordinator_cpu,
        "routing_cpu_s": routing_cpu,
        "workers_cpu_s": workers_cpu,
        "cpu_bound_ratio": one_cpu / max(coordinator_cpu, *workers_cpu),
    }


def _timings_side_by_side(first, second, queries: list[dict]):
    for query in queries[:20]:  # warm the searchers and caches
        first(query)
        second(query)
    timings: tuple[list[float], list[float]] = ([], [])
    for query in queries:
        for search, into in zip((first, second), timings, strict=True):
            started = time.perf_counter()
            search(query)
            into.append((time.perf_counter() - started) * 1000)
    return timings


def _timings_in_blocks(first, second, queries: list[dict]):
    """Each system's queries back to back, as it serves them in use, in blocks
    ordered first, second, second, first so that a drift of the machine's speed
    falls on both alike."""
    timings: tuple[list[float], list[float]] = ([], [])
    for turn in (0, 1, 1, 0):
        timings[turn].extend(_timings((first, second)[turn], queries))
    return timings


def _timings(search, queries: list[dict]) -> list[float]:
    for query in queries[:20]:  # warm the searchers and caches
        search(query)
    timings = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _search(index):
    def search(query: dict):
        text = throughput.searchidx_text(query)
        if "year" in query:
            year = query["year"]
            return index.search(
                text,
                since=date(year, 1, 1),
                until=date(year, 12, 31),
                limit=10,
                facets=("year", "source"),
            )
        return index.search(text, limit=10, facets=())

    return search


def query_speed(folder: Path, queries: list[dict]) -> dict:
    _, Index, ShardedIndex = _searchidx()
    figures = {}
    with (
        Index.open(folder / "speed-one") as one,
        ShardedIndex.open(folder / "speed-sharded", processes=WORKERS) as sharded,
    ):
        # Query by query, one index then the sharded one: a load that comes
        # and goes on a shared machine then falls on both alike.
        figures["one"], figures["sharded, 2 workers"] = _timings_side_by_side(
            _search(one), _search(sharded), queries
        )
        # Interleaving makes each system search right after the other has
        # filled the caches and idled its processes; in use a sharded index
        # serves its own queries back to back, so both orders are reported.
        figures["one, in blocks"], figures["sharded, 2 workers, in blocks"] = (
            _timings_in_blocks(_search(one), _search(sharded), queries)
        )
        figures["no-op to every shard"] = _timings(lambda _: sharded.refresh(), queries)
        # A search's calls cross on the shards' lines, not Dask (lines.py).
        figures["no-op on every shard's line"] = _timings(
            lambda _: sharded._answers("status"), queries
        )
    with ShardedIndex.open(folder / "speed-sharded") as here:
        figures["sharded, this process"] = _timings(_search(here), queries)
    return {
        "queries": len(queries),
        **{
            name: {
                "p50_ms": statistics.median(timings),
                "p95_ms": statistics.quantiles(timings, n=100)[94],
            }
            for name, timings in figures.items()
        },
    }


# -- the run ---------------------------------------------------------------------


def _print_speed(speed: dict, documents: int, label: str) -> None:
    print(f"  {label}one process {speed['one_docs_s']:>8,.0f} docs/s")
    print(
        f"  {label}sharded     {speed['sharded_docs_s']:>8,.0f} docs/s  "
        f"ratio {speed['ratio']:.2f}x (wall time)"
    )
    workers = " + ".join(f"{cpu:.1f}" for cpu in speed["workers_cpu_s"])
    print(
        f"  {label}CPU seconds: one process {speed['one_cpu_s']:.1f}; sharded: "
        f"coordinator {speed['coordinator_cpu_s']:.1f} (routing "
        f"{speed['routing_cpu_s']:.1f}, Dask and scheduler "
        f"{speed['coordinator_cpu_s'] - speed['routing_cpu_s']:.1f}), "
        f"workers {workers}; a core each: {speed['cpu_bound_ratio']:.2f}x"
    )
    per_document = 1e6 / documents
    sharded_cpu = speed["coordinator_cpu_s"] + sum(speed["workers_cpu_s"])
    print(
        f"  {label}CPU per document: one process "
        f"{speed['one_cpu_s'] * per_document:.0f} us; sharded "
        f"{sharded_cpu * per_document:.0f} us in all, of which the "
        f"coordinator {speed['coordinator_cpu_s'] * per_document:.0f} us"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size", type=int, default=100_000, help="releases for the speed part"
    )
    parser.add_argument(
        "--speed-shards", type=int, default=2, help="shards for the speed part"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="index this many times, one process then sharded, and give the best "
        "of each (other jobs on a shared machine slow some runs)",
    )
    parser.add_argument(
        "--folder",
        type=Path,
        help="build the indexes in this folder and keep them (default: a "
        "temporary folder, removed at the end)",
    )
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="with --folder: measure query latency on the speed indexes an "
        "earlier run kept there, without indexing",
    )
    parser.add_argument("--skip-results", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    if args.queries_only and not args.folder:
        parser.error(
            "--queries-only needs --folder (where an earlier run kept its indexes)"
        )
    searchidx, _, ShardedIndex = _searchidx()
    import dask
    import distributed

    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"searchidx {searchidx.__version__}, dask {dask.__version__}, "
        f"distributed {distributed.__version__}"
    )
    with contextlib.ExitStack() as stack:
        if args.folder:
            folder = args.folder
            folder.mkdir(parents=True, exist_ok=True)
        else:
            folder = Path(
                stack.enter_context(
                    tempfile.TemporaryDirectory(prefix="searchidx-cluster-")
                )
            )
        if args.queries_only:
            base, _ = throughput.load_base(PRESS / "bulk")
            _print_latency(query_speed(folder, throughput.make_queries(base)))
            return 0
        if not args.skip_results:
            import logging

            with distributed.LocalCluster(
                n_workers=WORKERS,
                processes=True,
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address=":0",
                silence_logs=logging.CRITICAL,
            ) as cluster:
                print("\nSame results: 3 shards on 2 worker processes vs one index")
                print(
                    f"{'collection':<10} {'docs':>7} {'queries':>7} {'top 10':>7} "
                    f"{'total':>7} {'facets':>7} {'all':>7}  first differing query"
                )
                for name, run, source in (
                    ("SciFact", scifact_results, SCIFACT),
                    ("press", press_results, PRESS),
                ):
                    if not source.exists():
                        print(f"{name:<10} skipped: {source} not present")
                        continue
                    r = run(folder, cluster.scheduler_address)
                    print(
                        f"{name:<10} {r['documents']:>7,} {r['queries']:>7} {r['top10']:>7} "
                        f"{r['total']:>7} {r['facets']:>7} {r['all']:>7}  "
                        f"{r['first_difference'] or '-'}"
                    )
        if not args.skip_speed:
            base, _ = throughput.load_base(PRESS / "bulk")
            documents = throughput.corpus(base, args.size)
            queries = throughput.make_queries(base)
            print(
                f"\nIndexing {len(documents):,} releases (bulk records and copies) "
                f"from memory: one writer process vs {args.speed_shards} shards "
                f"on {WORKERS} worker processes"
            )
            runs = []
            for attempt in range(args.repeat):
                if (
                    attempt or args.folder
                ):  # a fresh index each time; the last one is queried
                    shutil.rmtree(folder / "speed-one", ignore_errors=True)
                    shutil.rmtree(folder / "speed-sharded", ignore_errors=True)
                runs.append(indexing_speed(folder, documents, args.speed_shards))
                _print_speed(runs[-1], len(documents), f"run {attempt + 1}: ")
            if len(runs) > 1:
                one = max(run["one_docs_s"] for run in runs)
                sharded = max(run["sharded_docs_s"] for run in runs)
                print(
                    f"  best of {len(runs)}: one process {one:,.0f} docs/s, sharded "
                    f"{sharded:,.0f} docs/s, ratio {sharded / one:.2f}x"
                )
            _print_latency(query_speed(folder, queries))
    return 0


def _print_latency(latency: dict) -> None:
    print(
        f"\nQuery latency, {latency.pop('queries')} queries, top 10 with snippets, warm"
    )
    for name, figure in latency.items():
        base_p50 = latency["one, in blocks" if "blocks" in name else "one"]["p50_ms"]
        print(
            f"  {name:<30} p50 {figure['p50_ms']:>6.1f} ms  p95 "
            f"{figure['p95_ms']:>6.1f} ms  ({figure['p50_ms'] / base_p50:.2f}x "
            "one index's p50)"
        )


if __name__ == "__main__":
    sys.exit(main())
