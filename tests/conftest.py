"""Shared fixtures: the bundled corpus, a built index, a CLI runner, real data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from searchidx import Index

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
TEST_DATA = Path(__file__).resolve().parent / "data"
# ../shared sits beside the clone (on developer machines and in CI).
SHARED_PRESS = REPO.parent / "shared" / "data" / "press"


@pytest.fixture(autouse=True)
def _index_in_tmp(tmp_path, monkeypatch):
    """Point the CLI's default index into tmp_path so no test touches index/,
    and leave query output unwrapped whatever $COLUMNS the shell exported."""
    monkeypatch.setenv("SEARCHIDX_INDEX", str(tmp_path / "test-index"))
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A private copy of the bundled corpus, safe to modify."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    """An index of the bundled corpus, built once per test run (read-only use)."""
    path = tmp_path_factory.mktemp("built") / "index"
    with Index.open(path, create=True) as index:
        report = index.add_files([CORPUS])
    assert report.failed == (), report.failed
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def json_hits(stdout: str) -> list[dict]:
    """Return the hit objects of `query --json` output (every line but the summary)."""
    objects = [json.loads(line) for line in stdout.splitlines()]
    assert objects and "facets" in objects[-1], "the last line is the summary object"
    return objects[:-1]


def shared_press(*parts: str) -> Path:
    """Return a path under ../shared/data/press, skipping the test when absent."""
    path = SHARED_PRESS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/data/press/{'/'.join(parts)} not present")
    return path


# A source name longer than the 40 characters the facet block gives a name.
BIG_SOURCE = "Harbour Board of the Northern Coast and Its Islands"


@pytest.fixture(scope="session")
def big_index(tmp_path_factory) -> Path:
    """An index of 1,200 releases: 1,176 ferry notices from BIG_SOURCE, one
    quay notice from each of 24 other sources (counts past a thousand)."""
    folder = tmp_path_factory.mktemp("big")
    records = [
        {
            "title": f"Ferry notice {n}",
            "source": BIG_SOURCE,
            "text": f"Ferry notice number {n} for the harbour.",
        }
        for n in range(1176)
    ] + [
        {
            "title": f"Quay notice {n}",
            "source": f"Port {n:02d}",
            "text": f"Quay notice from port {n} about the berth.",
        }
        for n in range(24)
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in records))
    path = folder / "ix"
    with Index.open(path, create=True) as index:
        assert index.add_files([feed]).added == 1200
    return path


def child_processes(pid: int) -> list[int]:
    """Return the live (not zombie) processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def is_running(pid: int) -> bool:
    """True unless ``pid`` is gone or a zombie (a container's init may not reap)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return False
