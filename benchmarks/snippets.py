"""How much do snippets add to a search? Pinpoint (stored offsets) vs re-analysis.

    python benchmarks/snippets.py --docs 5000 --queries 200

Indexes real congressional press releases from ../shared/data/press/bulk/
with the library's own API, then runs the same queries (1-3 words drawn from
the documents' titles, fixed seed) three ways: no snippets, snippets cut from
stored character offsets (what searchidx uses), and snippets found by
re-analysing each hit's body (Whoosh's other way). Prints p50/p95 per page
of ten hits. Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import whoosh
from whoosh.highlight import BasicFragmentScorer, ContextFragmenter, Highlighter

import searchidx
from searchidx import Index, read_documents
from searchidx import search as search_module
from searchidx.snippets import SNIPPET_CHARS, _SpanFormatter

BULK = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "press"
    / "bulk"
    / "congress-press"
)


def _retokenizing_highlighter() -> Highlighter:
    return Highlighter(
        fragmenter=ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70),
        scorer=BasicFragmentScorer(),
        formatter=_SpanFormatter(),
        always_retokenize=True,
    )


def _queries(index: Index, count: int) -> list[str]:
    rng = random.Random(7)
    titles = [
        hit.document.title
        for hit in index.search("house OR senate OR act", limit=2000, snippets=0).hits
    ]
    queries = []
    while len(queries) < count:
        words = [w for w in rng.choice(titles).split() if w.isalpha() and len(w) > 3]
        if words:
            start = rng.randrange(len(words))
            text = " ".join(words[start : start + rng.randint(1, 3)])
            try:
                index.search(text, limit=1, snippets=0, facets=())
            except searchidx.QueryError:
                continue  # only stop words ("with", "from")
            queries.append(text)
    return queries


def _time(index: Index, queries: list[str], snippets: int) -> list[float]:
    timings = []
    for text in queries:
        started = time.perf_counter()
        index.search(text, limit=10, snippets=snippets, facets=())
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _row(name: str, timings: list[float]) -> str:
    p50 = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    return f"| {name:<34} | {p50:7.1f} | {p95:7.1f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    if not BULK.is_dir():
        print(f"skipped: {BULK} not present (../shared/data/press/bulk/congress-press)")
        return 0
    with (
        tempfile.TemporaryDirectory() as folder,
        Index.open(Path(folder) / "ix", create=True) as index,
    ):
        documents = islice(read_documents(BULK, on_error=lambda e: None), args.docs)
        report = index.add(documents)
        queries = _queries(index, args.queries)
        _time(index, queries[:20], 1)  # warm caches and the stemmer
        plain = _time(index, queries, 0)
        pinpoint = _time(index, queries, 1)
        original = search_module.make_highlighter
        search_module.make_highlighter = (
            _retokenizing_highlighter  # the other way, for comparison only
        )
        try:
            retokenized = _time(index, queries, 1)
        finally:
            search_module.make_highlighter = original
    print(
        f"snippet cost: {report.added} congress-press releases, {len(queries)} queries, top 10, warm"
    )
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}, "
          f"searchidx {searchidx.__version__}, whoosh {'.'.join(map(str, whoosh.__version__))}")  # fmt: skip
    print("| method                             | p50 ms  | p95 ms  |")
    print("|------------------------------------|---------|---------|")
    print(_row("search only, no snippets", plain))
    print(_row("+ snippets from stored offsets", pinpoint))
    print(_row("+ snippets by re-analysing bodies", retokenized))
    ratio = statistics.median(pinpoint) / statistics.median(plain)
    print(f"stored offsets cost {ratio:.2f}x the bare search at p50; "
          f"re-analysis {statistics.median(retokenized) / statistics.median(plain):.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
