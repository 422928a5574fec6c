"""Near-duplicate detection on the real press dumps: how many pairs, how alike.

    python benchmarks/duplicates.py                 # histogram + sample pairs
    python benchmarks/duplicates.py --show 0.7 0.8  # print pairs in a Jaccard band

Reads every release in ../shared/data/press/ (one document per id, as the
index keeps them), finds candidate pairs through shared anchor shingles (the
mechanism the index uses) and prints how many pairs fall in each band of
Jaccard similarity, plus sample pairs to check by hand.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from searchidx import read_documents
from searchidx.copies import anchors, is_near_copy, jaccard, shingles

PRESS = Path(__file__).resolve().parents[2] / "shared" / "data" / "press"
BANDS = [(0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs=2, type=float, metavar=("LOW", "HIGH"))
    parser.add_argument("--samples", type=int, default=10)
    args = parser.parse_args()
    if not PRESS.is_dir():
        print(f"skipped: {PRESS} not present")
        return 0
    started = time.perf_counter()
    documents = {}
    for document in read_documents(PRESS, on_error=lambda error: None):
        documents.setdefault(document.id, document)
    sets = {doc_id: shingles(doc.body) for doc_id, doc in documents.items()}
    by_anchor = defaultdict(list)
    for doc_id, shingle_set in sets.items():
        for anchor in anchors(shingle_set):
            by_anchor[anchor].append(doc_id)
    pairs = {}
    for ids in by_anchor.values():
        if len(ids) > 50:
            continue  # boilerplate shared by a whole site, not a release
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                key = (a, b) if a < b else (b, a)
                if key not in pairs:
                    pairs[key] = jaccard(sets[a], sets[b])
    elapsed = time.perf_counter() - started
    print(
        f"{len(documents):,} documents, {len(pairs):,} candidate pairs, {elapsed:.1f} s"
    )
    print("| Jaccard band | pairs |")
    print("|---|---|")
    for low, high in BANDS:
        count = sum(low <= j < high for j in pairs.values())
        print(f"| {low:.1f}-{min(high, 1.0):.1f} | {count} |")
    folded = [
        (a, b)
        for (a, b) in pairs
        if is_near_copy(
            sets[a],
            sets[b],
            titles=(documents[a].title, documents[b].title),
            dates=(documents[a].date, documents[b].date),
        )
    ]
    print(f"pairs folded (body Jaccard, title and date rules): {len(folded)}")
    if args.show:
        low, high = args.show
        chosen = [key for key in folded if low <= pairs[key] < high]
        random.Random(1).shuffle(chosen)
        for a, b in chosen[: args.samples]:
            da, db = documents[a], documents[b]
            print(f"\n{pairs[(a, b)]:.2f}")
            for doc in (da, db):
                print(f"  {doc.date} | {doc.source} | {doc.title[:90]}")
                print(f"    {doc.url or doc.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
