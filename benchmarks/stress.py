"""Two writers and four readers on one index at once: zero errors, exact count.

    python benchmarks/stress.py                  # 60 s
    python benchmarks/stress.py --seconds 5 --writers 2 --readers 4
    python benchmarks/stress.py --overlapping    # 3 index runs at once, 20 rounds

Each writer is its own process (as two `searchidx index` runs are) and, until
time is up, adds a batch of new releases and updates two of its earlier ones,
one commit per batch, waiting for the write lock when the other writer holds
it. Each reader is its own process (as a web server or `searchidx query` is)
and keeps searching: a word only the 50 releases indexed before the start
hold must always find exactly those 50; the index's count must never shrink;
every hit must be a whole document; the readers keep one Index open and
reopen it every tenth query. At the end the index must hold the 50 plus every
release the writers added, once each, and `check` must pass. Prints the
operations and errors per process; exits 1 on any error.

With --overlapping, writers are `searchidx index` runs over files on disk:
each round adds releases to one JSON Lines file and edits a release in
another, then starts the writers at once, each over an overlapping subset of
the files (together all of them). After every round the index must hold each
release of the files exactly once, in its latest edition, and pass `check`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from searchidx import Document, Index

BASE = 50
BATCH = 5


def _release(ident: str, words: str) -> Document:
    return Document(
        title=f"Release {ident}",
        body=f"{words} harbor ferry report number {ident} for the coast guard",
        url=f"https://stress.example/{ident}",
        source="Stress Agency",
    )


def writer(path: str, number: int, until: float, results) -> None:
    operations, errors, added = 0, [], 0
    with Index.open(path) as index:
        while time.time() < until:
            try:
                batch = [
                    _release(f"w{number}-{added + i}", "fresh") for i in range(BATCH)
                ]
                updates = [
                    _release(f"w{number}-{i}", f"revised{operations}")
                    for i in range(max(0, added - 2), added)
                ]
                report = index.add(batch + updates, wait=120)
                if report.added != BATCH or report.updated != len(updates):
                    errors.append(f"writer {number}: {report}")
                added += BATCH
                operations += 1
            except Exception as error:  # noqa: BLE001 - counted, the run goes on
                errors.append(f"writer {number}: {type(error).__name__}: {error}")
    results.put(("writer", number, operations, errors, added))


def reader(path: str, number: int, until: float, results) -> None:
    operations, errors, last_count = 0, [], 0
    index = Index.open(path)
    try:
        while time.time() < until:
            try:
                if operations % 10 == 9:
                    index.close()
                    index = Index.open(path)
                found = index.search("anchorword", fold=False, limit=BASE, facets=())
                if found.total != BASE or len(found.hits) != BASE:
                    errors.append(f"reader {number}: anchorword found {found.total}")
                count = len(index)
                if count < last_count:
                    errors.append(f"reader {number}: count fell {last_count}->{count}")
                last_count = count
                hits = index.search("harbor ferry", limit=10, fold=False).hits
                if any(not hit.document.title.startswith("Release ") for hit in hits):
                    errors.append(f"reader {number}: a hit without its title")
                operations += 1
            except Exception as error:  # noqa: BLE001 - counted, the run goes on
                errors.append(
                    f"reader {number}: {type(error).__name__}: {error} "
                    + traceback.format_exc().splitlines()[-3].strip()
                )
    finally:
        index.close()
    results.put(("reader", number, operations, errors, 0))


FILES = 6
PER_ROUND = 40


def _record(number: int, edition: int) -> dict:
    return {
        "title": f"Ferry timetable notice {number}",
        "body": f"Edition {edition} of notice {number}: the harbor ferry runs "
        f"{number % 7 + 1} extra crossings on weekdays. overlapword",
        "url": f"https://stress.example/notice-{number}",
        "date": "2025-03-01",
        "source": "Stress Agency",
    }


def _write_files(folder: Path, files: list[dict[int, int]]) -> None:
    for position, records in enumerate(files):
        if not records:
            continue  # an empty file is reported as skipped
        lines = [json.dumps(_record(n, edition)) for n, edition in records.items()]
        (folder / f"part-{position}.jsonl").write_text("\n".join(lines) + "\n")


def overlapping(rounds: int, writers: int) -> int:
    """Run ``writers`` index runs at once over overlapping files, ``rounds`` times."""
    failures = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="searchidx-overlap-") as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        path = str(Path(tmp) / "index")
        files: list[dict[int, int]] = [{} for _ in range(FILES)]
        next_number = 0
        print(
            f"{writers} `searchidx index` runs at once, {rounds} rounds, "
            f"{os.cpu_count()} cores"
        )
        print(
            "| round | releases | held | editions right | check |\n|---|---|---|---|---|"
        )
        for round_number in range(rounds):
            target = files[round_number % FILES]
            for _ in range(PER_ROUND):
                target[next_number] = 0
                next_number += 1
            edited = files[(round_number + 1) % FILES]
            for number in list(edited)[:3]:
                edited[number] += 1
            _write_files(folder, files)
            # Writer w reads about half the files, starting at w: every file is
            # read by two writers or more, and together they read them all.
            subsets = [
                [
                    file
                    for k in range(FILES // 2 + 1)
                    if (file := folder / f"part-{(w + k) % FILES}.jsonl").exists()
                ]
                or [folder / "part-0.jsonl"]
                for w in range(writers)
            ]
            runs = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "searchidx",
                        "--index",
                        path,
                        "index",
                        "-q",
                        "--wait",
                        "600",
                        *map(str, subset),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for subset in subsets
            ]
            for run in runs:
                _, errors = run.communicate(timeout=900)
                if run.returncode != 0:
                    failures.append(
                        f"round {round_number}: exit {run.returncode}: "
                        f"{errors.strip()[:300]}"
                    )
            expected = {n: e for records in files for n, e in records.items()}
            with Index.open(path) as index:
                held = len(index)
                report = index.check()
                found = index.search("overlapword", fold=False, limit=1, facets=())
                right = sum(
                    1
                    for number, edition in expected.items()
                    if (url := f"https://stress.example/notice-{number}") in index
                    and index.get(url).body.startswith(f"Edition {edition} ")
                )
            print(
                f"| {round_number + 1} | {len(expected)} | {held} | {right} | "
                f"{'ok' if report.is_ok else '; '.join(report.problems[:3])} |"
            )
            if held != len(expected) or found.total != len(expected):
                failures.append(
                    f"round {round_number}: {held} held, "
                    f"{found.total} found, {len(expected)} expected"
                )
            if right != len(expected):
                failures.append(
                    f"round {round_number}: {right} of {len(expected)} "
                    "in their latest edition"
                )
            if not report.is_ok:
                failures.append(f"round {round_number}: check: {report.problems[0]}")
    print(f"{time.monotonic() - started:.1f} s")
    for failure in failures[:20]:
        print(f"ERROR {failure}")
    print(f"{len(failures)} errors" if failures else "ok: every release once, check ok")
    return 1 if failures else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--writers", type=int, default=None, help="default 2, or 3 with --overlapping"
    )
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument(
        "--overlapping",
        action="store_true",
        help="index runs over overlapping files instead",
    )
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)
    if args.overlapping:
        return overlapping(args.rounds, args.writers or 3)
    args.writers = args.writers or 2
    context = multiprocessing.get_context("fork")
    with tempfile.TemporaryDirectory(prefix="searchidx-stress-") as tmp:
        path = str(Path(tmp) / "index")
        with Index.open(path, create=True) as index:
            index.add([_release(f"base-{i}", "anchorword") for i in range(BASE)])
        results = context.Queue()
        until = time.time() + args.seconds
        processes = [
            context.Process(target=writer, args=(path, n, until, results))
            for n in range(args.writers)
        ] + [
            context.Process(target=reader, args=(path, n, until, results))
            for n in range(args.readers)
        ]
        started = time.monotonic()
        for process in processes:
            process.start()
        outcomes = [results.get() for _ in processes]
        for process in processes:
            process.join()
        elapsed = time.monotonic() - started
        with Index.open(path) as index:
            held = len(index)
            report = index.check()
    expected = BASE + sum(added for kind, *_, added in outcomes if kind == "writer")
    errors = [error for *_, found, _ in outcomes for error in found]
    crashed = [p.exitcode for p in processes if p.exitcode != 0]
    print(
        f"{args.writers} writers, {args.readers} readers, {elapsed:.1f} s, "
        f"{os.cpu_count()} cores"
    )
    print("| process | operations | errors |\n|---|---|---|")
    for kind, number, operations, found, _ in sorted(outcomes):
        unit = "commits" if kind == "writer" else "query rounds"
        print(f"| {kind} {number} | {operations} {unit} | {len(found)} |")
    print(
        f"final count {held}, expected {expected}; check "
        f"{'ok' if report.is_ok else report.problems}"
    )
    for error in errors[:20]:
        print(f"ERROR {error}")
    failed = errors or crashed or held != expected or not report.is_ok
    print(f"{len(errors)} errors" if failed else "ok: 0 errors, count exact")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
