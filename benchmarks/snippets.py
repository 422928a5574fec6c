"""How much do snippets add to a search? One-pass re-tokenizing vs Whoosh's analyzer.

    python benchmarks/snippets.py --docs 5000 --queries 200

Indexes real congressional press releases from ../shared/data/press/bulk/
with the library's own API, then runs the same queries (1-3 words drawn from
the documents' titles, fixed seed) three ways: no snippets, snippets whose
words are found by tokenizing each hit's text again in one pass (what
searchidx uses: the index keeps positions, not character offsets), and
snippets found by running Whoosh's analyzer chain over each hit's text
(Whoosh's own way without offsets). Prints p50/p95 per page of ten hits.
Speed is reported, never asserted.
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
from whoosh.highlight import ContextFragmenter, highlight

import searchidx
from searchidx import Index, read_documents
from searchidx import search as search_module
from searchidx.engine.analysis import build_analyzer
from searchidx.engine.highlight import _SpanFormatter
from searchidx.engine.schema import CONTENT_JOINER, content_text
from searchidx.snippets import SNIPPET_CHARS, _one_line, lead_snippet

BULK = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "press"
    / "bulk"
    / "congress-press"
)


def _whoosh_chain_snippets(title, body, words, *, count=1):
    """Snippets the way Whoosh finds them without offsets: its analyzer chain."""
    found = highlight(
        content_text(title, body),
        words,
        build_analyzer(),
        ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70),
        _SpanFormatter(body_start=len(title) + len(CONTENT_JOINER)),
        top=count,
    )
    passages = tuple(_one_line(text, spans) for text, spans in found if spans)
    return passages or (lead_snippet(body),)


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
        one_pass = _time(index, queries, 1)
        original = search_module.best_snippets
        search_module.best_snippets = _whoosh_chain_snippets  # for comparison only
        try:
            chain = _time(index, queries, 1)
        finally:
            search_module.best_snippets = original
    print(
        f"snippet cost: {report.added} congress-press releases, {len(queries)} queries, top 10, warm"
    )
    print(
        f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}, "
        f"searchidx {searchidx.__version__}, whoosh {'.'.join(map(str, whoosh.__version__))}"
    )
    print("| method                             | p50 ms  | p95 ms  |")
    print("|------------------------------------|---------|---------|")
    print(_row("search only, no snippets", plain))
    print(_row("+ snippets, one-pass tokenizing", one_pass))
    print(_row("+ snippets, Whoosh analyzer chain", chain))
    ratio = statistics.median(one_pass) / statistics.median(plain)
    print(
        f"one-pass snippets cost {ratio:.2f}x the bare search at p50; "
        f"the analyzer chain {statistics.median(chain) / statistics.median(plain):.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
