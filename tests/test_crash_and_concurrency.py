"""Killed runs, two writers and busy readers: short runs of the benchmark scripts.

The full runs (20 kills over 3,000 releases; 60 s of 2 writers and 4 readers)
are `python benchmarks/crash.py` and `python benchmarks/stress.py`; their
figures are in docs/benchmarks.md. These shorter ones keep the promises under CI.
"""

import os
import signal
import subprocess
import sys
import time

import pytest

from .conftest import REPO, child_processes, is_running


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=1200,
    )


@pytest.mark.slow
def test_index_killed_mid_write_keeps_its_last_commit_and_a_rerun_completes():
    result = _run(
        "crash.py",
        "--docs",
        "300",
        "--files",
        "3",
        "--kills",
        "3",
        "--words",
        "120",
        "--seed",
        "8",
        "--parallel-bytes",
        "0",
        "--while-writing",
    )
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    assert "| before the run |" in report  # at least one kill landed mid-write
    assert "MIXED" not in report and "FAIL" not in report
    assert (
        "re-run of the same command: 300 documents of 300, each once; check ok"
        in report
    )
    assert report.rstrip().endswith("\nok")


@pytest.mark.slow
def test_two_writers_and_four_readers_make_no_errors_and_an_exact_count():
    result = _run("stress.py", "--seconds", "4")
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    rows = [line for line in report.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows[1:]] == [
        "| reader 0",
        "| reader 1",
        "| reader 2",
        "| reader 3",
        "| writer 0",
        "| writer 1",
    ]
    assert all(row.endswith(" | 0 |") for row in rows[1:])
    final = next(line for line in report.splitlines() if line.startswith("final"))
    held, expected = (
        final.removeprefix("final count ").split(";")[0].split(", expected ")
    )
    assert held == expected
    assert report.rstrip().endswith("ok: 0 errors, count exact")


def test_a_killed_index_run_leaves_no_parsing_workers_behind(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for copy in range(60):
        for page in (REPO / "corpus" / "html").glob("*.html"):
            (pages / f"{page.stem}-{copy}.html").write_bytes(page.read_bytes())
    run = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(tmp_path / "ix"),
            "index",
            "-q",
            str(pages),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    while run.poll() is None and len(workers) < 2:
        workers = child_processes(run.pid)
        time.sleep(0.05)
    assert len(workers) == 2, "the run ended before its workers started"
    run.send_signal(signal.SIGKILL)
    run.wait()
    for _ in range(600):  # they notice within half a second; a loaded CI is slow
        if not any(map(is_running, workers)):
            break
        time.sleep(0.1)
    alive = [pid for pid in workers if is_running(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []


def test_a_long_run_killed_keeps_what_it_committed_and_a_rerun_does_the_rest(tmp_path):
    import json

    from searchidx import Index

    folder = tmp_path / "dump"
    folder.mkdir()
    for part in range(20):
        records = [
            {
                "title": f"Ferry notice {part}-{n}",
                "url": f"https://ferry.example/{part}/{n}",
                "body": f"Crossing {part}-{n} runs at {n % 12 + 1} o'clock on weekdays.",
            }
            for n in range(30)
        ]
        (folder / f"part-{part:02d}.jsonl").write_text(
            "\n".join(map(json.dumps, records)) + "\n"
        )
    path = tmp_path / "index"
    # A commit after every document makes the run long enough to kill mid-way.
    run = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(path),
            "index",
            "-q",
            "--commit-every",
            "0",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    kept = 0
    for _ in range(1200):
        if run.poll() is not None:
            break
        if Index.exists(path):
            with Index.open(path) as index:
                kept = len(index)
            if kept >= 50:
                break
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert 50 <= kept < 600, "the run was not killed in the middle"
    with Index.open(path) as index:
        kept = len(index)
        assert index.check().is_ok
    rerun = subprocess.run(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(path),
            "index",
            "-q",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{600 - kept:,} new, 0 updated, {kept:,} unchanged" in rerun.stderr
    with Index.open(path) as index:
        assert len(index) == 600
        assert index.check().is_ok
