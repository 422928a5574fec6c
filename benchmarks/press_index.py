"""Indexing the whole real press folder: searchidx's time beside its peers, same run.

    python benchmarks/press_index.py              # 3 rounds
    python benchmarks/press_index.py --rounds 5
    python benchmarks/press_index.py --json

The goal of #17: ``searchidx index ../shared/data/press/`` (saved pages, text
dumps and JSON dumps, read, checked for near copies and indexed) stays under
20 s on 2 cores. Each round runs, one after the other, each in a fresh
process:

- searchidx: the command itself (``python -m searchidx --index DIR index
  PRESS``) into a fresh folder, with the interpreter running this script; the
  wall clock, and the CPU time of the command and every process it started
  (its page readers and writer processes);
- raw Whoosh (one writer; id, title and body, stemmed) and SQLite FTS5 (porter
  unicode61), given the releases searchidx read: the folder is read once,
  before the rounds, with ``searchidx.read_documents``, and every release's
  id, title and body written to JSON dump files that each peer indexes in its
  one process. The peers parse no page and check no copy, so theirs is not
  the same job: their times, taken in the same minutes, show how fast the
  machine ran while searchidx was measured (on a shared machine the same
  command can take a third longer from one quarter of an hour to the next).

Printed: each round's figures, the median of each system, and searchidx's
time as a multiple of each peer's in the same round. Speed is reported,
never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import in_fresh_process, index_fts5, index_whoosh

PRESS = Path(__file__).resolve().parents[2] / "shared" / "data" / "press"
RECORDS_PER_FILE = 1_000
GOAL_S = 20.0
PEERS = ("whoosh", "fts5")
LABELS = {"searchidx": "searchidx", "whoosh": "raw Whoosh", "fts5": "SQLite FTS5"}


def write_peer_dumps(press: Path, folder: Path) -> int:
    """Read the press folder once with searchidx; write id, title, body as JSON dumps."""
    from searchidx import read_documents

    folder.mkdir(parents=True)
    records = [
        {
            "id": f"{number}:{document.id}",
            "title": document.title,
            "body": document.body,
        }
        for number, document in enumerate(
            read_documents(press, on_error=lambda _: None)
        )
    ]
    for start in range(0, len(records), RECORDS_PER_FILE):
        part = folder / f"part-{start // RECORDS_PER_FILE:04d}.json"
        part.write_text(json.dumps(records[start : start + RECORDS_PER_FILE]))
    return len(records)


def run_searchidx(press: Path, folder: Path) -> dict:
    """Time ``searchidx index`` on the folder, fresh index, in a process of its own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(folder),
            "index",
            str(press),
        ],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if finished.returncode != 0:
        raise RuntimeError(f"searchidx index failed: {finished.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    said = (finished.stdout + finished.stderr).strip().splitlines()
    return {"wall_s": wall, "cpu_s": cpu, "said": said[-1] if said else ""}


def _peer_in_child(system: str, dumps: str, folder: str) -> dict:
    indexer = {"whoosh": index_whoosh, "fts5": index_fts5}[system]
    started = time.perf_counter()
    cpu_started = time.process_time()
    count = indexer(Path(dumps), Path(folder))
    return {
        "wall_s": time.perf_counter() - started,
        "cpu_s": time.process_time() - cpu_started,
        "indexed": count,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--root", type=Path, default=PRESS, help="the press folder")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(
            f"skipped: {args.root} not present (../shared/data/press beside the clone)"
        )
        return 0
    if args.rounds < 1:
        parser.error("--rounds must be 1 or more")
    rounds: list[dict] = []
    with tempfile.TemporaryDirectory() as scratch:
        dumps = Path(scratch) / "dumps"
        releases = write_peer_dumps(args.root, dumps)
        for number in range(1, args.rounds + 1):
            figures = {
                "searchidx": run_searchidx(args.root, Path(scratch) / f"s{number}")
            }
            for system in PEERS:
                folder = Path(scratch) / f"{system}{number}"
                figures[system] = in_fresh_process(
                    _peer_in_child, system, str(dumps), str(folder)
                )
                if figures[system]["indexed"] != releases:
                    raise RuntimeError(
                        f"{system} indexed {figures[system]['indexed']:,} of {releases:,}"
                    )
            rounds.append(figures)
            if not args.json:
                print_round(number, figures)
    summary = {
        system: statistics.median(r[system]["wall_s"] for r in rounds)
        for system in ("searchidx", *PEERS)
    }
    ratios = {
        peer: statistics.median(
            r["searchidx"]["wall_s"] / r[peer]["wall_s"] for r in rounds
        )
        for peer in PEERS
    }
    if args.json:
        print(
            json.dumps(
                {
                    "press": str(args.root),
                    "releases_read": releases,
                    "cores": os.cpu_count(),
                    "rounds": rounds,
                    "median_wall_s": summary,
                    "median_ratio_to_peer": ratios,
                },
                indent=2,
            )
        )
        return 0
    print()
    print(f"{releases:,} releases read from {args.root}; {os.cpu_count()} cores")
    print(f"{'median of ' + str(len(rounds)) + ' rounds':<24} {'wall s':>8}")
    for system, wall in summary.items():
        print(f"{LABELS[system]:<24} {wall:8.1f}")
    for peer, ratio in ratios.items():
        print(
            f"searchidx / {LABELS[peer]:<12} {ratio:8.2f}x (median of the rounds' ratios)"
        )
    verdict = "under" if summary["searchidx"] < GOAL_S else "NOT under"
    print(
        f"goal: searchidx {verdict} {GOAL_S:.0f} s (median {summary['searchidx']:.1f} s)"
    )
    return 0


def print_round(number: int, figures: dict) -> None:
    cells = []
    for system in ("searchidx", *PEERS):
        f = figures[system]
        cells.append(
            f"{LABELS[system]} {f['wall_s']:.1f} s wall, {f['cpu_s']:.1f} s CPU"
        )
    print(f"round {number}: " + "; ".join(cells), flush=True)


if __name__ == "__main__":
    sys.exit(main())
