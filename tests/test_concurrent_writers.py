"""Writers that overlap: every release ends up in the index exactly once.

Two `searchidx index` runs started together over the same files used to
store every document twice: the second decided what was new from a searcher
opened before it waited for the first one's write lock.
"""

import subprocess
import sys
import threading
from datetime import date

import pytest

from searchidx import Document, Index
from searchidx.engine import storage as store

from .conftest import REPO


def _releases(count: int, *, edition: str = "") -> list[Document]:
    return [
        Document(
            title=f"Harbour authority opens berth {number}{edition}",
            body=(
                f"The harbour authority opened berth {number} on Monday after "
                f"dredging work that took {number + 3} months. {edition} "
                "Shipping lines will use it for container traffic from the north."
            ),
            date=date(2024, 1 + number % 12, 1 + number % 28),
            source="Halverston Port Authority",
            url=f"https://port.example/news/berth-{number}",
        )
        for number in range(count)
    ]


def _run_while_another_writes(tmp_path, monkeypatch, first, second):
    """Start ``second`` while ``first`` holds the write lock; return both reports.

    ``second`` opens its view of the index before ``first`` commits and then
    waits for the lock, which is the moment the old code got wrong.
    """
    monkeypatch.setattr(store, "WAIT_REPORT_EVERY_S", 0.0)
    path = tmp_path / "index"
    Index.open(path, create=True).close()
    first_holds_lock = threading.Event()
    second_waits = threading.Event()

    def first_documents():
        yield first[0]  # the first new release takes the write lock
        first_holds_lock.set()
        assert second_waits.wait(30), "the second writer never waited"
        yield from first[1:]

    reports = {}

    def run_first():
        with Index.open(path) as index:
            reports["first"] = index.add(first_documents())

    thread = threading.Thread(target=run_first)
    thread.start()
    assert first_holds_lock.wait(30)
    with Index.open(path) as index:
        reports["second"] = index.add(
            second, on_wait=lambda waited, timeout: second_waits.set()
        )
    thread.join(30)
    return path, reports["first"], reports["second"]


def test_a_run_that_waited_for_another_does_not_add_its_releases_again(
    tmp_path, monkeypatch
):
    releases = _releases(30)
    path, first, second = _run_while_another_writes(
        tmp_path, monkeypatch, releases, releases
    )
    assert (first.added, second.added, second.unchanged) == (30, 0, 30)
    with Index.open(path) as index:
        assert len(index) == 30
        assert index.check().is_ok
        results = index.search("berth", fold=False, limit=100)
        assert results.total == 30


def test_a_run_that_waited_updates_what_the_other_run_wrote(tmp_path, monkeypatch):
    older, newer = _releases(10), _releases(10, edition=" (corrected)")
    path, first, second = _run_while_another_writes(tmp_path, monkeypatch, older, newer)
    assert (first.added, second.added, second.updated) == (10, 0, 10)
    with Index.open(path) as index:
        assert len(index) == 10
        assert index.check().is_ok
        assert index.get(newer[3].id).title.endswith("(corrected)")


@pytest.mark.slow
def test_three_overlapping_index_runs_store_every_release_once():
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "stress.py"),
            "--overlapping",
            "--rounds",
            "4",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("ok: every release once, check ok")


def _jsonl(*numbers: int) -> str:
    import json

    return "".join(
        json.dumps(
            {
                "title": f"Moved release {n}",
                "date": f"2022-01-0{n}",
                "body": f"Body of moved release number {n} about harbor dredging.",
                "url": f"https://mv.example/{n}",
            }
        )
        + "\n"
        for n in numbers
    )


def test_a_release_that_moves_to_another_file_is_kept_and_follows_it(tmp_path):
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a.jsonl").write_text(_jsonl(1, 2))
    (folder / "b.jsonl").write_text(_jsonl(3))
    with Index.open(tmp_path / "index", create=True) as index:
        assert index.add_files([folder]).added == 3
        (folder / "a.jsonl").write_text(_jsonl(1))
        (folder / "b.jsonl").write_text(_jsonl(3, 2))  # release 2 moved
        report = index.add_files([folder])
        assert (report.updated, report.removed, len(index)) == (1, 0, 3)
        assert index.get("https://mv.example/2").path == str(folder / "b.jsonl")
        again = index.add_files([folder])
        assert (again.added, again.unchanged, again.removed) == (0, 3, 0)


def test_pruning_a_deleted_file_keeps_a_release_another_file_holds(tmp_path):
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "a.jsonl").write_text(_jsonl(1, 2))
    (folder / "b.jsonl").write_text(_jsonl(2, 3))  # release 2 in both
    with Index.open(tmp_path / "index", create=True) as index:
        index.add_files([folder])
        (folder / "a.jsonl").unlink()
        report = index.add_files([folder], prune=True)
        assert report.removed == 1  # release 1, and only it
        assert sorted(d.document.url for d in index.search("moved", limit=10).hits) == [
            "https://mv.example/2",
            "https://mv.example/3",
        ]


def test_remove_waiting_for_a_run_removes_what_that_run_added(
    tmp_path, monkeypatch, runner
):
    from searchidx.cli import cli

    monkeypatch.setattr(store, "WAIT_REPORT_EVERY_S", 0.0)
    path = tmp_path / "index"
    Index.open(path, create=True).close()
    release = _releases(1)[0]
    holding = threading.Event()
    go_on = threading.Event()

    def documents():
        yield release  # takes the write lock
        holding.set()
        assert go_on.wait(30)

    def run():
        with Index.open(path) as index:
            index.add(documents())

    thread = threading.Thread(target=run)
    thread.start()
    assert holding.wait(30)
    # The commit lands while `remove` waits for the lock.
    threading.Timer(0.5, go_on.set).start()
    result = runner.invoke(cli, ["--index", str(path), "remove", release.id])
    thread.join(30)
    assert result.exit_code == 0, result.output
    assert f"removed 1 document from {path}/" in result.stderr
    with Index.open(path) as index:
        assert len(index) == 0
