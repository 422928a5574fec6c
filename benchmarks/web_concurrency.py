"""An ordinary search's latency on `searchidx serve` while expensive ones run.

    python benchmarks/web_concurrency.py --index /tmp/h100k    # an index of 100,000 releases
    python benchmarks/web_concurrency.py --index index/ --rounds 10
    python benchmarks/web_concurrency.py --index /tmp/h100k --clients 8

(benchmarks/hostile_queries.py --index DIR builds a 100,000-release index.)

Two servers over the same index, each in a process of its own, one after the
other: searchidx's (a process per request, long requests lowering their own
priority) and, as the peer, the same Flask app on werkzeug's threaded server
(what `searchidx serve` ran before). For each: the ordinary query's latency
alone (sequential requests), then again while four (--clients) clients keep
sending expensive queries (each waits for its answer, then sends the next).
Prints median and p95 in ms and the ratio to alone; the goal is within 2x.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ORDINARY = "tax fraud"
EXPENSIVE = [
    "date:[1900 TO 2100]",
    "NOT tax",
    "ta* he*",
    "the OR state OR department OR said OR new OR program OR public OR health",
]


def _serve(index_path: str, mode: str, ready) -> None:
    import logging

    from werkzeug.serving import ThreadedWSGIServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no line per request

    from searchidx import Index
    from searchidx.web import create_app, make_server

    index = Index.open(index_path)
    if mode == "searchidx":
        server = make_server(index, "127.0.0.1", 0)
    else:
        index.refresh()
        server = ThreadedWSGIServer("127.0.0.1", 0, create_app(index))
    ready.put(server.port)
    server.serve_forever()


def _get(port: int, query: str) -> float:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.request("GET", f"/api/search?q={quote(query)}&limit=10")
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{query!r}: HTTP {response.status}")
    return time.perf_counter() - started


def _latencies(port: int, rounds: int) -> list[float]:
    return [_get(port, ORDINARY) for _ in range(rounds)]


def _measure(index_path: str, mode: str, rounds: int, clients: int) -> dict:
    context = multiprocessing.get_context("fork")
    ready = context.Queue()
    server = context.Process(target=_serve, args=(index_path, mode, ready), daemon=True)
    server.start()
    port = ready.get(timeout=120)
    try:
        _latencies(port, 3)  # warm
        alone = _latencies(port, rounds)
        stop = threading.Event()
        expensive_ms: list[float] = []

        def keep_sending(query: str) -> None:
            while not stop.is_set():
                expensive_ms.append(_get(port, query) * 1000)

        senders = [
            threading.Thread(target=keep_sending, args=(EXPENSIVE[n % len(EXPENSIVE)],))
            for n in range(clients)
        ]
        for sender in senders:
            sender.start()
        time.sleep(1.0)  # all four running
        busy = _latencies(port, rounds)
        stop.set()
        for sender in senders:
            sender.join()
    finally:
        server.kill()
        server.join()
    return {"alone": alone, "busy": busy, "expensive_ms": expensive_ms}


def _ms(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args(argv)
    from searchidx import Index

    with Index.open(args.index) as index:
        size = len(index)
    print(
        f"{size:,} releases, {os.cpu_count()} cores; ordinary query {ORDINARY!r}, "
        f"{args.rounds} requests each; {args.clients} clients sending {EXPENSIVE}"
    )
    print(
        "\n| server | alone p50 / p95 ms | with 4 expensive p50 / p95 ms | ratio p50 | "
        "expensive answered, median ms |\n|---|---|---|---|---|"
    )
    failed = False
    for mode in ("searchidx", "threaded"):
        found = _measure(str(args.index), mode, args.rounds, args.clients)
        alone = statistics.median(found["alone"]) * 1000
        busy = statistics.median(found["busy"]) * 1000
        ratio = busy / alone
        label = (
            "searchidx serve (workers)"
            if mode == "searchidx"
            else "werkzeug threaded (before)"
        )
        expensive = found["expensive_ms"]
        print(
            f"| {label} | {alone:.1f} / {_ms(found['alone'], 0.95):.1f} | "
            f"{busy:.1f} / {_ms(found['busy'], 0.95):.1f} | {ratio:.2f}x | "
            f"{len(expensive)}, {statistics.median(expensive) if expensive else 0:.0f} |",
            flush=True,
        )
        if mode == "searchidx" and ratio > 2:
            failed = True
    print("goal (within 2x): " + ("missed" if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
