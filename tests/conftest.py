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
    """Point the CLI's default index into tmp_path so no test touches index/."""
    monkeypatch.setenv("SEARCHIDX_INDEX", str(tmp_path / "test-index"))


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
