"""Kill `searchidx index` with SIGKILL at random moments; the index must survive.

    python benchmarks/crash.py                      # 3,000 releases, 20 kills
    python benchmarks/crash.py --docs 600 --kills 3 --seed 7

Fictional JSON Lines releases are written to a temporary folder as FILES files.
Round i puts file i into the indexed folder and runs `searchidx --index IX
index FOLDER` in a subprocess, killed (SIGKILL, the main process only, as the
OOM killer does) after a random delay. A run writes one commit, so after each
kill the index must hold exactly the documents of a commit: those it held
before the round, or every document of the folder. Each time the script
checks that the index opens, `check` passes, a search counts every document
once, the next writer gets the lock, no worker process of the killed run
lives on, and what the killed writer left behind was removed. Finally the
same command runs to the end and every document must be there once.
By default the files are large enough (8 MiB+) for the multiprocess writer.
Exits 1 on any broken promise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from searchidx import Index
from searchidx.engine.storage import _leftovers

WORDS = (
    "harbor navy exercise coast guard ferry cargo relief storm bridge council "
    "grant school water power rail port drill clinic budget tariff wildfire"
).split()


def write_releases(folder: Path, docs: int, files: int, words: int, rng) -> list:
    """Write ``docs`` releases over ``files`` JSONL files; return each file's ids."""
    folder.mkdir(parents=True)
    per_file = -(-docs // files)
    ids_per_file = []
    for number in range(files):
        ids = []
        with open(folder / f"part{number:03d}.jsonl", "w") as out:
            for i in range(number * per_file, min(docs, (number + 1) * per_file)):
                url = f"https://releases.example/{i}"
                body = " ".join(
                    f"{rng.choice(WORDS)}{rng.randint(0, 99999)}" for _ in range(words)
                )
                record = {
                    "title": f"Release {i} on the {rng.choice(WORDS)}",
                    "date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    "url": url,
                    "source": "Crash Test Agency",
                    "body": body,
                }
                out.write(json.dumps(record) + "\n")
                ids.append(url)
        ids_per_file.append(ids)
    return ids_per_file


def command(index: Path, folder: Path, parallel_bytes: int | None) -> list[str]:
    if parallel_bytes is None:
        prefix = [sys.executable, "-m", "searchidx"]
    else:
        # Small test runs: lower the batch size that turns on the multiprocess
        # writer, so it is the one killed.
        prefix = [
            sys.executable,
            "-c",
            "import sys, searchidx.index as m; "
            "m.PARALLEL_WRITE_BYTES = int(sys.argv.pop(1)); "
            "from searchidx.cli import main; main()",
            str(parallel_bytes),
        ]
    return [*prefix, "--index", str(index), "index", "-q", str(folder)]


def children_alive(index: Path) -> int:
    """Count live processes whose command line names this index."""
    count = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().split(") ")[-1][:1]
        except OSError:
            continue
        if str(index).encode() in cmdline and state != "Z":
            count += 1
    return count


def inspect(index: Path, all_ids: list[str]) -> dict:
    """Open the index and read back what it holds, as a user would."""
    with Index.open(index) as opened:
        present = {doc_id for doc_id in all_ids if doc_id in opened}
        report = opened.check()
        hits = opened.search("release", fold=False, facets=(), snippets=0).total
        held = len(opened)
    return {
        "present": present,
        "held": held,
        "check_ok": report.is_ok,
        "problems": report.problems,
        "hits": hits,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--words", type=int, default=450, help="words per body")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--parallel-bytes", type=int, default=None)
    parser.add_argument(
        "--while-writing",
        action="store_true",
        help="kill 0-0.3 s after the writer starts, not at any moment of the run",
    )
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    print(
        f"seed {seed}; {args.docs} releases in {args.files} files; "
        f"{args.kills} kills; {os.cpu_count()} cores"
    )
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="searchidx-crash-") as tmp:
        tmp = Path(tmp)
        ids_per_file = write_releases(
            tmp / "all", args.docs, args.files, args.words, rng
        )
        all_ids = [doc_id for ids in ids_per_file for doc_id in ids]
        folder, index = tmp / "folder", tmp / "index"
        folder.mkdir()
        size = sum(f.stat().st_size for f in (tmp / "all").iterdir())
        print(f"{size / 1e6:.1f} MB of JSON Lines")
        # How long a whole run takes, to spread the kills over its length.
        started = time.monotonic()
        subprocess.run(
            command(tmp / "timing", tmp / "all", args.parallel_bytes),
            check=True,
            stderr=subprocess.DEVNULL,
        )
        per_doc = (time.monotonic() - started) / args.docs
        print(f"a whole run: {per_doc * args.docs:.1f} s\n")
        header = (
            "round",
            "kill at s",
            "index holds",
            "docs",
            "left over",
            "orphans",
            "check",
            "search",
        )
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        committed: set[str] = set()
        outcomes = {
            "killed before its commit": 0,
            "killed after its commit": 0,
            "finished before the kill": 0,
        }
        for round_number in range(args.kills):
            part = ids_per_file[round_number % args.files]
            name = f"part{round_number % args.files:03d}.jsonl"
            if not (folder / name).exists():
                os.link(tmp / "all" / name, folder / name)
            current = {
                i
                for n, ids in enumerate(ids_per_file)
                if (folder / f"part{n:03d}.jsonl").exists()
                for i in ids
            }
            pending = len(current - committed) or len(part)
            delay = rng.uniform(0.1, 1.0 + 1.3 * per_doc * pending)
            launched = time.monotonic()
            process = subprocess.Popen(
                command(index, folder, args.parallel_bytes),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if args.while_writing:
                delay = _writing_started(process, index) + rng.uniform(0, 0.3)
            try:
                process.wait(timeout=max(0.0, delay - (time.monotonic() - launched)))
                killed = False
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
                killed = True
            # Workers of a killed writer notice within half a second.
            deadline = time.monotonic() + 10
            while children_alive(index) and time.monotonic() < deadline:
                time.sleep(0.2)
            orphans = children_alive(index)
            left = len(_leftovers_of(index))
            if not any(index.glob("_searchidx_*.toc")):  # killed before creating it
                state = {
                    "present": set(),
                    "held": 0,
                    "check_ok": True,
                    "problems": (),
                    "hits": 0,
                }
            else:
                state = inspect(index, all_ids)
            present = state["present"]
            if present == committed:
                holds = "before the run"
            elif present == current:
                holds = "the whole run"
            else:
                holds = "MIXED"
                failures.append(f"round {round_number}: a mix of two commits")
            if not killed:
                outcomes["finished before the kill"] += 1
            elif holds == "before the run":
                outcomes["killed before its commit"] += 1
            elif holds == "the whole run":
                outcomes["killed after its commit"] += 1
            if state["held"] != len(present):
                failures.append(f"round {round_number}: unknown documents")
            if not state["check_ok"]:
                failures.append(f"round {round_number}: check: {state['problems']}")
            if state["hits"] != len(present):
                failures.append(f"round {round_number}: search counts {state['hits']}")
            if orphans:
                failures.append(f"round {round_number}: {orphans} workers live on")
            if index.exists() and _leftovers_of(index):
                failures.append(f"round {round_number}: leftovers not removed")
            committed = present
            kill = f"{delay:.2f}" if killed else f"{delay:.2f} (done)"
            print(
                f"| {round_number + 1} | {kill} | {holds} | {len(present)} | "
                f"{left} files | {orphans} | "
                f"{'ok' if state['check_ok'] else 'FAIL'} | "
                f"{'ok' if state['hits'] == len(present) else 'FAIL'} |"
            )
        for name in sorted(os.listdir(tmp / "all")):
            if not (folder / name).exists():
                os.link(tmp / "all" / name, folder / name)
        subprocess.run(
            command(index, folder, args.parallel_bytes),
            check=True,
            stderr=subprocess.DEVNULL,
        )
        final = inspect(index, all_ids)
        complete = final["present"] == set(all_ids) and final["held"] == len(all_ids)
        if not complete or not final["check_ok"] or final["hits"] != len(all_ids):
            failures.append(f"re-run: {final['held']} documents of {len(all_ids)}")
        print("\n" + ", ".join(f"{what}: {n}" for what, n in outcomes.items()))
        print(
            f"re-run of the same command: {final['held']} documents of "
            f"{len(all_ids)}, each once; check "
            f"{'ok' if final['check_ok'] else 'FAILED'}"
        )
    for failure in failures:
        print(f"FAIL {failure}")
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


def _writing_started(process, index: Path) -> float:
    """Wait until the run's writer is at work; return the seconds since launch."""
    started = time.monotonic()
    # The writer's temporary folder exists from its start to its commit.
    while process.poll() is None and not (index / "searchidx.tmp").exists():
        time.sleep(0.01)
    return time.monotonic() - started


def _leftovers_of(index: Path) -> list[str]:
    """What a killed writer left, as the next open would see it (no lock taken)."""
    if not any(index.glob("_searchidx_*.toc")):
        return []
    from whoosh import index as whoosh_index

    storage_index = whoosh_index.open_dir(str(index), indexname="searchidx")
    return _leftovers(storage_index, index)


if __name__ == "__main__":
    sys.exit(main())
