"""Adversarial queries at 100,000 releases: each answered or refused within 1 s.

    python benchmarks/hostile_queries.py                      # builds a 100k index first
    python benchmarks/hostile_queries.py --index /tmp/h100k   # reuses (or builds) it there
    python benchmarks/hostile_queries.py --size 10000

The index is built as benchmarks/throughput.py builds its own: the real bulk
dumps of ../shared/data/press/bulk/, repeated as numbered copies up to the
size. Then every query below runs twice in one warm process through
``Index.search`` (the path of the CLI and the web page, default time budget),
and the second run's wall time is reported with what happened: answered
(hits) or refused (the one-line reason). The set is written to be general,
not tuned to our caps: leading and inner wildcards, one-letter prefixes,
open ranges over text, url and date fields, very long and deeply nested
queries, absurd words for the spelling corrector, negation only, and wide
ORs. A few ordinary queries are timed alongside for scale.

Exits 1 when any query took more than --budget seconds (default 1) or failed
with anything but one of our one-line errors.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import throughput  # the same corpus as the throughput benchmark

from searchidx import Index, SearchidxError


def hostile_queries() -> list[tuple[str, str]]:
    """Return (kind, query) pairs."""
    rng = random.Random(18)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
        for _ in range(700)
    ]
    common = (
        "the state department said new program will support public health "
        "county federal funding court year people water police service"
    ).split()
    return [
        ("wildcard", "*a*"),
        ("wildcard", "*e*"),
        ("wildcard", "*zzq*"),
        ("wildcard", "*ing"),
        ("wildcard", "a*"),
        ("wildcard", "s*"),
        ("wildcard", "?"),
        ("wildcard", "??"),
        ("wildcard", "*"),
        ("wildcard", "title:*a*"),
        ("wildcard", "url:*http*"),
        ("wildcard", "source:*a*"),
        ("wildcard", "*a* *e* *i* *o* *u*"),
        ("wildcard", "ex*ise* AND *tion"),
        ("wildcard", "*tion"),
        ("wildcard", "body:*"),
        ("wildcard", "id:* OR url:* OR title:* OR source:*"),
        ("wildcard", " OR ".join(f"title:{letter}*" for letter in letters)),
        ("negation", "NOT *"),
        ("range", "body:[a TO z]"),
        ("range", "title:[a TO zz]"),
        ("range", "url:[a TO z]"),
        ("range", "date:[1900 TO 2100]"),
        ("range", "tax date:[1900 TO 2100]"),
        ("long", " ".join(rng.choice(common) for _ in range(700))[:3990]),
        ("long", "x" * 10_000),
        ("long", " ".join(words)[:3999]),
        ("long", " OR ".join(common * 30)[:3999]),
        ("long", '"' + " ".join(common * 40)[:3900] + '"'),
        ("nested", "(" * 20 + "tax OR health" + ")" * 20),
        ("nested", "(" * 200 + "tax" + ")" * 200),
        ("nested", " AND ".join(f"(a{n} OR b{n})" for n in range(250))[:3999]),
        ("spelling", "goverment shutdwn"),
        ("spelling", " ".join(w + "qz" for w in words[:8])),
        ("spelling", "q" * 30 + " " + "w" * 31),
        ("spelling", "abcdefghijklmnopqrstuvwxyzabcd" * 60),
        ("negation", "NOT tax"),
        ("negation", "-tax -health"),
        ("wide OR", " OR ".join(common)),
        ("wide OR", " ".join(f"{w}*" for w in ("ta", "he", "co", "pu", "se", "st"))),
    ]


ORDINARY = ["tax fraud", "veterans health care", '"public health"', "title:water"]


def _build(path: Path, size: int) -> float:
    base, _dropped = throughput.load_base(throughput.BULK)
    with tempfile.TemporaryDirectory(prefix="hostile-dumps-") as dumps:
        files = Path(dumps) / "files"
        throughput.write_dumps(base, size, files)
        started = time.perf_counter()
        with Index.open(path, create=True) as index:
            index.add_files([files])
    return time.perf_counter() - started


def _run(index: Index, text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        results = index.search(text, limit=10)
        outcome = f"{results.total:,} hits"
    except SearchidxError as error:
        message = str(error)
        outcome = (
            "refused: " + message.split(": ", 1)[-1][:90]
            if ": " in message
            else message
        )
    except Exception as error:  # noqa: BLE001 - reported as the failure it is
        outcome = f"FAILED {type(error).__name__}: {str(error)[:80]}"
    return time.perf_counter() - started, outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument(
        "--index", type=Path, help="build here, or reuse the index here"
    )
    parser.add_argument("--budget", type=float, default=1.0)
    args = parser.parse_args(argv)
    keep = args.index is not None
    path = args.index or Path(tempfile.mkdtemp(prefix="hostile-index-")) / "index"
    if not Index.exists(path):
        if not throughput.BULK.exists():
            print(f"skipped: {throughput.BULK} is not present")
            return 0
        print(f"building {args.size:,} releases into {path} ...", flush=True)
        print(f"built in {_build(path, args.size):.0f} s", flush=True)
    failures = []
    with Index.open(path) as index:
        print(
            f"{len(index):,} releases, {os.cpu_count()} cores, budget {args.budget:g} s"
        )
        print("\n| kind | query | ms | outcome |\n|---|---|---:|---|")
        for kind, text in [("ordinary", q) for q in ORDINARY] + hostile_queries():
            _run(index, text)  # warm: caches and the first use of each field
            seconds, outcome = _run(index, text)
            shown = text if len(text) <= 40 else f"{text[:37]}... ({len(text):,} chars)"
            shown = shown.replace("|", "\\|")
            print(
                f"| {kind} | `{shown}` | {seconds * 1000:,.1f} | {outcome} |",
                flush=True,
            )
            if seconds > args.budget or outcome.startswith("FAILED"):
                failures.append(text[:40])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:,.0f} MB")
    if not keep:
        import shutil

        shutil.rmtree(path.parent, ignore_errors=True)
    print(
        f"{len(failures)} over budget or failed"
        if failures
        else f"ok: every query within {args.budget:g} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
