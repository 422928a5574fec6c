"""Ranking quality on public test collections, searchidx beside its peers, one run.

    pip install ".[bench]"
    python benchmarks/relevance.py            # every collection in ../shared/data/ir/
    python benchmarks/relevance.py --json     # {collection: {system: {measure: value}}}
    python benchmarks/relevance.py --collections scifact cacm
    python benchmarks/relevance.py --systems searchidx --check   # fail below the floors

Each collection (BEIR layout: corpus.jsonl, queries.jsonl, qrels/test.tsv) is
indexed with searchidx's library API and default settings (title -> title,
text -> body) and every judged query runs through ``Index.search``, the path
``searchidx query`` uses. The peers run in the same process on the same data:
SQLite FTS5 (porter tokenizer, bm25(), query words OR-ed) and bm25s (English
stop words, Snowball stemmer). Measures come from ir-measures (trec_eval), not
from code of ours: nDCG@10, Recall@100 (R@100), MRR@10 (RR@10).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ir"
DEPTH = 100  # documents retrieved per query: enough for Recall@100
MEASURE_NAMES = ("ndcg@10", "recall@100", "mrr@10")
# Published BM25 nDCG@10 (BEIR paper, Thakur et al. 2021, Table 2) where one exists.
PUBLISHED_NDCG10 = {"scifact": 0.665}
FLOORS_FILE = Path(__file__).with_name("relevance_floors.json")
# Ranking is deterministic, so a drop is a real change; the margin only
# absorbs float summation order across library versions.
NOISE_MARGIN = 0.002


@dataclass
class Collection:
    """A BEIR-layout test collection loaded in memory."""

    name: str
    documents: list[dict]  # {"_id", "title", "text"}
    queries: dict[str, str]  # query id -> text, judged queries only
    qrels: dict[str, dict[str, int]]  # query id -> {doc id: grade}


def load_collection(folder: Path) -> Collection:
    """Read corpus.jsonl, queries.jsonl and qrels/test.tsv; keep judged queries only."""
    qrels: dict[str, dict[str, int]] = {}
    with open(folder / "qrels" / "test.tsv", encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            query_id, doc_id, grade = line.rstrip("\n").split("\t")
            qrels.setdefault(query_id, {})[doc_id] = int(grade)
    with open(folder / "corpus.jsonl", encoding="utf-8") as lines:
        documents = [json.loads(line) for line in lines if line.strip()]
    with open(folder / "queries.jsonl", encoding="utf-8") as lines:
        queries = {
            q["_id"]: q["text"] for q in map(json.loads, lines) if q["_id"] in qrels
        }
    return Collection(folder.name, documents, queries, qrels)


def evaluate(
    run: dict[str, dict[str, float]], qrels: dict[str, dict[str, int]]
) -> dict[str, float]:
    """Return nDCG@10, Recall@100 and MRR@10 of ``run`` (query -> {doc: score}).

    Queries with no retrieved document count as zero, as in trec_eval with -c.
    """
    import ir_measures
    from ir_measures import RR, R, nDCG

    measures = {"ndcg@10": nDCG @ 10, "recall@100": R @ 100, "mrr@10": RR @ 10}
    qrel_rows = [
        ir_measures.Qrel(q, d, grade)
        for q, docs in qrels.items()
        for d, grade in docs.items()
    ]
    run_rows = [
        ir_measures.ScoredDoc(q, d, s)
        for q, docs in run.items()
        for d, s in docs.items()
    ]
    per_query = {name: {} for name in measures}
    for metric in ir_measures.iter_calc(list(measures.values()), qrel_rows, run_rows):
        name = next(n for n, m in measures.items() if m == metric.measure)
        per_query[name][metric.query_id] = metric.value
    # Average over every judged query, so a query that found nothing scores 0.
    return {
        name: sum(per_query[name].get(q, 0.0) for q in qrels) / len(qrels)
        for name in measures
    }


# --- the systems -----------------------------------------------------------


def run_searchidx(collection: Collection, folder: Path) -> tuple[dict, float, float]:
    """Index with searchidx defaults and run every query; return (run, index s, queries/s)."""
    from searchidx import Document, Index, QueryError

    started = time.perf_counter()
    with Index.open(folder / "searchidx", create=True) as index:
        index.add(
            Document(
                id=doc["_id"], title=doc.get("title") or "", body=doc.get("text") or ""
            )
            for doc in collection.documents
        )
        index_seconds = time.perf_counter() - started
        run: dict[str, dict[str, float]] = {}
        started = time.perf_counter()
        for query_id, text in collection.queries.items():
            try:
                # fold=False: the judgments count every copy of a text as its
                # own document, so folding copies (a display choice) would
                # score the hidden ones as misses.
                results = index.search(
                    text, limit=DEPTH, snippets=0, facets=(), fold=False
                )
            except QueryError:
                run[query_id] = {}
                continue
            run[query_id] = {hit.document.id: hit.score for hit in results.hits}
        query_seconds = time.perf_counter() - started
    return run, index_seconds, len(collection.queries) / query_seconds


_WORD = re.compile(r"\w+")


def run_fts5(collection: Collection, folder: Path) -> tuple[dict, float, float]:
    """SQLite FTS5 with the porter tokenizer, bm25(), and the query's words OR-ed."""
    started = time.perf_counter()
    db = sqlite3.connect(folder / "fts5.db")
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61')"
    )
    db.executemany(
        "INSERT INTO docs VALUES (?, ?, ?)",
        (
            (d["_id"], d.get("title") or "", d.get("text") or "")
            for d in collection.documents
        ),
    )
    db.commit()
    index_seconds = time.perf_counter() - started
    run = {}
    started = time.perf_counter()
    for query_id, text in collection.queries.items():
        words = {w.lower() for w in _WORD.findall(text)}
        if not words:
            run[query_id] = {}
            continue
        match = " OR ".join(f'"{w}"' for w in sorted(words))
        rows = db.execute(
            "SELECT id, bm25(docs) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?",
            (match, DEPTH),
        ).fetchall()
        run[query_id] = {
            doc_id: -score for doc_id, score in rows
        }  # bm25(): lower is better
    query_seconds = time.perf_counter() - started
    db.close()
    return run, index_seconds, len(collection.queries) / query_seconds


def run_bm25s(collection: Collection, folder: Path) -> tuple[dict, float, float]:
    """bm25s with English stop words and the Snowball English stemmer."""
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    started = time.perf_counter()
    texts = [
        f"{d.get('title') or ''} {d.get('text') or ''}" for d in collection.documents
    ]
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )
    index_seconds = time.perf_counter() - started
    ids = [d["_id"] for d in collection.documents]
    query_ids = list(collection.queries)
    started = time.perf_counter()
    tokens = bm25s.tokenize(
        [collection.queries[q] for q in query_ids],
        stopwords="en",
        stemmer=stemmer,
        show_progress=False,
    )
    found, scores = retriever.retrieve(
        tokens, k=min(DEPTH, len(ids)), show_progress=False
    )
    query_seconds = time.perf_counter() - started
    run = {
        query_id: {
            ids[doc]: float(score)
            for doc, score in zip(found[i], scores[i], strict=True)
            if score > 0
        }
        for i, query_id in enumerate(query_ids)
    }
    return run, index_seconds, len(query_ids) / query_seconds


SYSTEMS: dict[str, Callable] = {
    "searchidx": run_searchidx,
    "sqlite-fts5": run_fts5,
    "bm25s": run_bm25s,
}


def measure(
    collection: Collection, systems: Iterable[str]
) -> dict[str, dict[str, float]]:
    """Return {system: {measure: value, "index_s", "queries_per_s"}} for one collection."""
    figures = {}
    for name in systems:
        with tempfile.TemporaryDirectory() as folder:
            run, index_seconds, qps = SYSTEMS[name](collection, Path(folder))
        figures[name] = evaluate(run, collection.qrels)
        figures[name]["index_s"] = round(index_seconds, 2)
        figures[name]["queries_per_s"] = round(qps, 1)
    return figures


def _print_table(name: str, collection: Collection, figures: dict) -> None:
    print(
        f"\n{name}: {len(collection.documents):,} documents, {len(collection.queries)} judged queries"
    )
    print("| system | nDCG@10 | Recall@100 | MRR@10 | index s | queries/s |")
    print("|---|---|---|---|---|---|")
    for system, values in figures.items():
        print(
            f"| {system} | {values['ndcg@10']:.3f} | {values['recall@100']:.3f} | "
            f"{values['mrr@10']:.3f} | {values['index_s']:.1f} | {values['queries_per_s']:.0f} |"
        )
    if name in PUBLISHED_NDCG10:
        print(
            f"| BM25, BEIR paper (published) | {PUBLISHED_NDCG10[name]:.3f} | | | | |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Ranking quality beside the peers.")
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="folder of BEIR collections"
    )
    parser.add_argument("--collections", nargs="*", help="names to run (default: all)")
    parser.add_argument(
        "--systems", nargs="*", default=list(SYSTEMS), choices=list(SYSTEMS)
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of tables"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 if searchidx's nDCG@10 is more than {NOISE_MARGIN} below "
        f"{FLOORS_FILE.name}",
    )
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(
            f"skipped: {args.root} not present (the test collections live in ../shared/data/ir/)"
        )
        return 0
    names = args.collections or sorted(
        p.name for p in args.root.iterdir() if (p / "corpus.jsonl").exists()
    )
    everything = {}
    if not args.json:
        import searchidx

        print(
            f"relevance: {os.cpu_count()} cores, python {sys.version.split()[0]}, searchidx {searchidx.__version__}"
        )
    for name in names:
        collection = load_collection(args.root / name)
        everything[name] = measure(collection, args.systems)
        if not args.json:
            _print_table(name, collection, everything[name])
    if args.json:
        print(json.dumps(everything, indent=None))
    if args.check:
        return _check_floors(everything)
    return 0


def _check_floors(everything: dict) -> int:
    """Compare searchidx's nDCG@10 with the pinned floors; return the exit status."""
    floors = json.loads(FLOORS_FILE.read_text())
    failures = []
    for name, figures in everything.items():
        floor = floors.get(name, {}).get("ndcg@10")
        got = figures.get("searchidx", {}).get("ndcg@10")
        if floor is None or got is None:
            continue
        status = "ok" if got >= floor - NOISE_MARGIN else "BELOW FLOOR"
        print(f"floor check {name}: nDCG@10 {got:.4f} vs floor {floor:.4f}: {status}")
        if status != "ok":
            failures.append(name)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
