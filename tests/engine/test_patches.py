"""The engine's fixes to Whoosh: installed by opening an index, never by importing."""

import subprocess
import sys

import pytest
import whoosh
from click.testing import CliRunner

from searchidx.cli import cli
from searchidx.engine import patches

# Snapshot every attribute of Whoosh's modules and of their classes, import
# searchidx (library, engine, CLI, web app), and name what changed; then open
# an index and name what changed then.
_SNAPSHOT = r"""
import importlib, pkgutil, sys
import pytest
import whoosh

def snapshot():
    seen = {}
    for info in pkgutil.walk_packages(whoosh.__path__, "whoosh."):
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        for name, value in list(vars(module).items()):
            seen[(info.name, name)] = id(value)
            if isinstance(value, type) and value.__module__ == info.name:
                for attr, member in list(vars(value).items()):
                    seen[(info.name, f"{name}.{attr}")] = id(member)
    return seen

def changed(before, after):
    return sorted(".".join(key) for key in before if after.get(key) != before[key])

before = snapshot()
import searchidx, searchidx.engine, searchidx.cli, searchidx.web, searchidx.index
from searchidx import Index
after_import = snapshot()
print("import:", changed(before, after_import))
Index.open(sys.argv[1], create=True).close()
# The pool's own members count once, under the pool's name.
print("open:", sorted({name for name in changed(before, snapshot())
                       if not name.startswith("whoosh.writing.PostingPool.")}))
"""


def test_importing_searchidx_changes_nothing_in_whoosh_and_opening_an_index_does(
    tmp_path,
):
    run = subprocess.run(
        [sys.executable, "-c", _SNAPSHOT, str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = dict(line.split(": ", 1) for line in run.stdout.splitlines())
    assert lines["import"] == "[]"
    # Opening an index swaps the segment writer's posting pool, and nothing
    # else (the snapshot sees that, so it can tell); the rest of the fixes
    # live in the engine's own subclasses.
    assert lines["open"] == str(
        [
            "whoosh.writing.PostingPool",
            "whoosh.writing.SegmentWriter._flush_segment",
            "whoosh.writing.SegmentWriter.add_document",
        ]
    )


def test_another_whoosh_release_is_refused_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 6))
    monkeypatch.setattr(patches, "_installed", False)
    result = CliRunner().invoke(
        cli, ["--index", str(tmp_path / "ix"), "query", "exercise"]
    )
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "whoosh-reloaded 2.7.5" in lines[0] and "2.7.6" in lines[0]


_FORMER_NAMES = r"""
import pickle, sys
from searchidx import Index
try:
    pickle.loads(b"csearchidx.codec\nCodec\n.")
    print("read before opening")
except ModuleNotFoundError:
    print("refused before opening")
Index.open(sys.argv[1], create=True).close()
from searchidx.engine.codec import Codec
print("read after opening" if pickle.loads(b"csearchidx.codec\nCodec\n.") is Codec else "?")
"""


def test_an_index_written_before_the_engine_package_still_opens(tmp_path):
    # Its table of contents names its codec and fields by their former modules.
    run = subprocess.run(
        [sys.executable, "-c", _FORMER_NAMES, str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.split("\n")[:2] == [
        "refused before opening",
        "read after opening",
    ]


# A batch big enough for two writer processes, started the given way.
_TWO_PROCESS_WRITE = r"""
import multiprocessing, sys
multiprocessing.set_start_method(sys.argv[2])
import searchidx.index
from searchidx import Document, Index
searchidx.index.PARALLEL_WRITE_DOCUMENTS = 10
documents = [
    Document(title=f"Release {n}", body=f"The harbor exercise {n} went ahead.")
    for n in range(40)
]
with Index.open(sys.argv[1], create=True) as index:
    index.add(documents)
    print(index.search("harbor", limit=1).total)
"""


@pytest.mark.parametrize("start_method", ["fork", "spawn", "forkserver"])
def test_writer_processes_started_afresh_write_every_document(tmp_path, start_method):
    # macOS starts processes with spawn, Python 3.14 on Linux with forkserver:
    # such a writer process never opened the index, so it must install the
    # fixes itself or its segment fails and its documents are lost.
    run = subprocess.run(
        [sys.executable, "-c", _TWO_PROCESS_WRITE, str(tmp_path / "ix"), start_method],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Traceback" not in run.stderr, run.stderr[-2000:]
    assert run.stdout.split() == ["40"]
