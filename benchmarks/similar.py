"""``similar`` measured: are a release's known relatives among its first 5?

    python benchmarks/similar.py                     # indexes ../shared/data/press/
    python benchmarks/similar.py --index /tmp/press  # reuse (or build) an index there
    python benchmarks/similar.py --json              # {set: {method: {measure: value}}}

Both methods run in the same process on the same index: "old" is Whoosh's
``more_like`` as searchidx used it before (Bo1 key terms of title and body,
25 of them), "new" is ``Index.similar`` (searchidx/similar.py). The related
releases come from facts about the data, never from either method:

  copies      near-copies the index folds into one release (same dup_group),
              asked for with fold=False, since a folded list hides them
  joint       releases of two publishers whose bodies share at least 30% of
              their 5-word shingles, dated at most 14 days apart, not folded
              (a joint statement each office headlined its own way)
  same act    releases whose titles name the same "... Act", named in the
              titles of 2 to 6 releases (a bill and its later news)
  follow-ups  pairs found by reading (benchmarks/similar_labels.json): the
              same case or lawsuit, weeks to years apart
  court       releases whose title announces a charge, plea, verdict or
              sentence; measured as the share of their first 5 whose titles
              do too (P@5), the complaint of issue #19 being a sentencing
              release matched to bills

And on two test collections of ../shared/data/ir/, documents judged relevant
to the same query as the document asked about: Cranfield (225 narrow
engineering queries, 8 relevant a query) and SciFact (the 23 claims with two
or more supporting abstracts).

Measures, averaged over the releases asked about: S@5, a related release is
in the first 5; R@5, the share of the related releases in the first 5;
MRR@10, one over the rank of the first related release in the first 10.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np

from searchidx import Document, Index, read_documents
from searchidx.copies import jaccard, shingles
from searchidx.engine.schema import content_text

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LABELS = Path(__file__).with_name("similar_labels.json")
DEPTH = 10
CUTOFF = 5
OLD_TERMS = 25  # what search.py's run_similar passed to more_like
# Shingles found in more documents than this are boilerplate, not a shared text.
SHARED_SHINGLE_MAX_DOCS = 30
JOINT_JACCARD = 0.3
JOINT_MAX_DAYS = 14
ACT = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,8}Act)\b")
# Words that start a headline before the Act's name ("Smith Introduces ...").
ACT_LEAD = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*,?|&)\s+)*?(?:Introduces?|Reintroduces?|Passes?|Pass|"
    r"Supports?|Backs?|Cosponsors?|Joins?|Unveils?|Applauds?|Hails?|Praises?|"
    r"Announces?|Leads?|Signs?|Votes?|Against|For|On|Of|The|to|To)\s+"
)
COURT_TITLE = re.compile(
    r"\b(sentenced|convicted|pleads? guilty|pleaded guilty|indicted|charged|"
    r"charges|arrested)\b",
    re.IGNORECASE,
)


# --- the two methods --------------------------------------------------------


def old_similar(index: Index, docnum: int, limit: int, fold: bool) -> list[int]:
    """Whoosh's more_like as search.py's run_similar used it, as docnums."""
    with index._store.reading() as reader:
        searcher = reader._searcher
        return _old_similar(searcher, docnum, limit, fold)


def _old_similar(searcher, docnum: int, limit: int, fold: bool) -> list[int]:
    stored = searcher.stored_fields(docnum)
    own_group = stored.get("dup_group") or stored["id"]
    found = searcher.more_like(
        docnum,
        "content",
        text=content_text(stored.get("title", ""), stored.get("body", "")),
        top=limit * 3 if fold else limit,
        numterms=OLD_TERMS,
    )
    listed, groups = [], {own_group}
    for hit in found:
        group = hit.get("dup_group") or hit["id"]
        if fold and group in groups:
            continue
        groups.add(group)
        listed.append(hit.docnum)
    return listed[:limit]


def new_similar(index: Index, docnum: int, limit: int, fold: bool) -> list[int]:
    """``Index.similar``, the path ``searchidx similar`` takes, as docnums."""
    results = index.similar(_IDS[docnum], limit=limit, fold=fold)
    return [_DOCNUMS[hit.document.id] for hit in results.hits]


# The index being measured: id <-> docnum, set by _remember_ids.
_IDS: list[str] = []
_DOCNUMS: dict[str, int] = {}


def _remember_ids(rows: list[dict]) -> None:
    _IDS[:] = [row["id"] for row in rows]
    _DOCNUMS.clear()
    _DOCNUMS.update((doc_id, docnum) for docnum, doc_id in enumerate(_IDS))


# --- measures --------------------------------------------------------------


def measure(ranked: list[list[int]], related: list[set[int]], group_of) -> dict:
    """S@5, R@5 and MRR@10 of ranked lists (docnums) against related docnums.

    A hit counts when it is a related document or a copy of one (same
    group): a folded list shows one copy of each release.
    """
    s5 = r5 = mrr = 0.0
    for listed, wanted in zip(ranked, related, strict=True):
        groups = {group_of[d] for d in wanted}
        ranks = [r for r, d in enumerate(listed, 1) if group_of[d] in groups]
        s5 += bool(ranks and ranks[0] <= CUTOFF)
        top = {group_of[d] for d in listed[:CUTOFF]}
        r5 += len(groups & top) / len(groups)
        mrr += 1 / ranks[0] if ranks else 0.0
    n = len(related) or 1
    return {"S@5": s5 / n, "R@5": r5 / n, "MRR@10": mrr / n}


def court_precision(ranked: list[list[int]], titles: list[str]) -> dict:
    shares = [
        sum(bool(COURT_TITLE.search(titles[d])) for d in listed[:CUTOFF]) / CUTOFF
        for listed in ranked
    ]
    return {"P@5": sum(shares) / (len(shares) or 1)}


# --- label sets from the press dumps ----------------------------------------


def press_sets(rows: list[dict]) -> dict[str, tuple[dict[int, set[int]], bool]]:
    """Return {set name: ({docnum: related docnums}, fold)}."""
    group_of = [row.get("dup_group") or row["id"] for row in rows]
    sets = {}

    members = defaultdict(set)
    for docnum, group in enumerate(group_of):
        members[group].add(docnum)
    copies = {
        d: members[group_of[d]] - {d}
        for d in range(len(rows))
        if len(members[group_of[d]]) > 1
    }
    sets["copies"] = (copies, False)

    sets["joint"] = (_joint_releases(rows, group_of), True)

    named = defaultdict(set)
    for docnum, row in enumerate(rows):
        for name in ACT.findall(row.get("title", "")):
            name = ACT_LEAD.sub("", name).strip().lower()
            if len(name.split()) >= 3:
                named[name].add(docnum)
    same_act = defaultdict(set)
    for docs in named.values():
        if 2 <= len({group_of[d] for d in docs}) <= 6:
            for d in docs:
                same_act[d] |= {o for o in docs if group_of[o] != group_of[d]}
    sets["same act"] = (dict(same_act), True)

    by_id = {row["id"]: docnum for docnum, row in enumerate(rows)}
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    follow_ups = defaultdict(set)
    for pair in labels["follow_ups"]:
        present = [by_id[i] for i in pair["ids"] if i in by_id]
        for d in present:
            follow_ups[d] |= set(present) - {d}
    sets["follow-ups"] = ({d: o for d, o in follow_ups.items() if o}, True)
    return sets


def _joint_releases(rows: list[dict], group_of: list[str]) -> dict[int, set[int]]:
    """Pairs of publishers' releases sharing much of their text, not folded."""
    sets = [shingles(row.get("body", "")) for row in rows]
    hashes = np.concatenate(sets)
    owners = np.repeat(np.arange(len(sets)), [len(s) for s in sets])
    order = np.argsort(hashes, kind="stable")
    hashes, owners = hashes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    ends = np.r_[starts[1:], len(hashes)]
    candidates = set()
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if 1 < end - start <= SHARED_SHINGLE_MAX_DOCS:
            found = sorted(set(owners[start:end].tolist()))
            for at, a in enumerate(found):
                candidates.update((a, b) for b in found[at + 1 :])
    related = defaultdict(set)
    for a, b in candidates:
        one, other = rows[a], rows[b]
        if (
            group_of[a] == group_of[b]
            or not one.get("source")
            or one.get("source") == other.get("source")
            or not one.get("date")
            or not other.get("date")
            or abs((one["date"] - other["date"]).days) > JOINT_MAX_DAYS
        ):
            continue
        if jaccard(sets[a], sets[b]) >= JOINT_JACCARD:
            related[a].add(b)
            related[b].add(a)
    return dict(related)


# --- runs ------------------------------------------------------------------


METHODS = {"old": old_similar, "new": new_similar}


def run_sets(index, sets, titles, group_of) -> dict:
    """Ask both methods about every release of every set; return the measures."""
    figures = {}
    for name, (related, fold) in sets.items():
        asked = sorted(related)
        figures[name] = {"releases": len(asked)}
        for method, run in METHODS.items():
            started = time.perf_counter()
            ranked = [run(index, d, DEPTH, fold) for d in asked]
            seconds = time.perf_counter() - started
            if name == "court":
                result = court_precision(ranked, titles)
            else:
                result = measure(ranked, [related[d] for d in asked], group_of)
            result["ms"] = 1000 * seconds / (len(asked) or 1)
            figures[name][method] = result
    return figures


def press_figures(index_path: Path | None) -> dict:
    press = DATA / "press"
    if not press.is_dir():
        print(f"skipped the press sets: {press} not present", file=sys.stderr)
        return {}
    with tempfile.TemporaryDirectory() as scratch:
        path = index_path or Path(scratch) / "press"
        if not Index.exists(path):
            print(f"indexing {press} into {path} ...", file=sys.stderr)
            with Index.open(path, create=True) as index:
                index.add(list(read_documents(press, on_error=lambda error: None)))
        with Index.open(path) as index:
            with index._store.reading() as reader:
                searcher = reader._searcher
                rows = list(searcher.all_stored_fields())
            _remember_ids(rows)
            titles = [row.get("title", "") for row in rows]
            group_of = [row.get("dup_group") or row["id"] for row in rows]
            sets = press_sets(rows)
            court = {
                d: set() for d, title in enumerate(titles) if COURT_TITLE.search(title)
            }
            sets["court"] = (court, True)
            figures = run_sets(index, sets, titles, group_of)
            figures["_documents"] = len(rows)
            return figures


def collection_figures(name: str, min_related: int) -> dict:
    """Co-relevance on a BEIR-layout test collection: documents of one query."""
    folder = DATA / "ir" / name
    if not folder.is_dir():
        print(f"skipped {name}: {folder} not present", file=sys.stderr)
        return {}
    judged = defaultdict(set)
    with open(folder / "qrels" / "test.tsv", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            query_id, doc_id, grade = line.rstrip("\n").split("\t")
            if int(grade) > 0:
                judged[query_id].add(doc_id)
    with open(folder / "corpus.jsonl", encoding="utf-8") as lines:
        corpus = [json.loads(line) for line in lines if line.strip()]
    with (
        tempfile.TemporaryDirectory() as scratch,
        Index.open(Path(scratch) / name, create=True) as index,
    ):
        index.add(
            [
                Document(
                    id=doc["_id"],
                    title=doc.get("title") or "",
                    body=doc.get("text") or "",
                )
                for doc in corpus
            ]
        )
        with index._store.reading() as reader:
            searcher = reader._searcher
            rows = list(searcher.all_stored_fields())
        _remember_ids(rows)
        docnums = _DOCNUMS
        related = defaultdict(set)
        for docs in judged.values():
            present = {docnums[d] for d in docs if d in docnums}
            if len(present) >= min_related:
                for d in present:
                    related[d] |= present - {d}
        # Each document its own group: folding would hide judged copies.
        group_of = list(range(len(rows)))
        titles = [row.get("title", "") for row in rows]
        sets = {name: ({d: r for d, r in related.items() if r}, False)}
        return run_sets(index, sets, titles, group_of)


def print_table(figures: dict) -> None:
    import whoosh

    import searchidx

    print(
        f"similar: {figures.get('_documents', '?')} press releases "
        f"(../shared/data/press), test collections from ../shared/data/ir; "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"searchidx {searchidx.__version__}, Whoosh {whoosh.versionstring()}"
    )
    header = f"{'set':<12} {'asked':>6}  {'measure':<7} {'old':>7} {'new':>7}"
    print(header)
    print("-" * len(header))
    for name, by_method in figures.items():
        if name.startswith("_"):
            continue
        for measure_name in by_method["old"]:
            if measure_name == "ms":
                continue
            old = by_method["old"][measure_name]
            new = by_method["new"][measure_name]
            print(
                f"{name:<12} {by_method['releases']:>6}  {measure_name:<7} "
                f"{old:>7.3f} {new:>7.3f}"
            )
    print("mean ms a call (old / new), not a gate on a shared machine:")
    print(
        "  "
        + ", ".join(
            f"{name} {v['old']['ms']:.0f}/{v['new']['ms']:.0f}"
            for name, v in figures.items()
            if not name.startswith("_")
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="press index to reuse or build")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-collections", action="store_true", help="only the press sets"
    )
    args = parser.parse_args(argv)
    started = datetime.now()
    figures = press_figures(args.index)
    if not args.no_collections:
        figures.update(collection_figures("cranfield", 2))
        figures.update(collection_figures("scifact", 2))
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_table(figures)
    seconds = (datetime.now() - started).total_seconds()
    print(f"({seconds:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
