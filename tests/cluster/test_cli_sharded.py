"""The command line on a sharded index: the same commands, the same output."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from searchidx.cli import cli

from ..conftest import CORPUS
from .test_sharded_search import RANKS_EXACTLY


def _run(runner, index, *args, scheduler=None):
    options = ["--index", str(index)] + (
        ["--scheduler", scheduler] if scheduler else []
    )
    return runner.invoke(cli, [*options, *args], catch_exceptions=False)


def _hits(stdout: str) -> list[dict]:
    """Return the hit lines; scores only when shards rank by the whole collection."""
    hits = [json.loads(line) for line in stdout.splitlines()[:-1]]
    for hit in hits if not RANKS_EXACTLY else ():
        hit.pop("score")
    return hits


def _summary(stdout: str) -> dict:
    summary = json.loads(stdout.splitlines()[-1])
    summary.pop("elapsed_ms")
    return summary


def test_index_with_shards_starts_workers_and_writes_each_shard(runner, tmp_path):
    path = tmp_path / "sharded"
    result = _run(runner, path, "index", "--shards", "2", "--quiet", str(CORPUS))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith(
        f"36 files read into {path}/: 47 new, 0 updated, 0 unchanged, 0 removed, "
        "1 repeated, 0 skipped in "
    )
    assert sorted(p.name for p in path.iterdir()) == [
        "searchidx-shards.json",
        "shard-00",
        "shard-01",
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["query", "exercise", "--json"],
        ["query", "multilateral exercise", "--json", "--sort", "newest"],
        [
            "query",
            "exercise",
            "--json",
            "--since",
            "2023",
            "--source",
            "Pacific Joint Command",
        ],
    ],
)
def test_query_prints_what_one_index_prints(runner, one_index, three_shards, args):
    one = _run(runner, one_index, *args)
    three = _run(runner, three_shards, *args)
    assert three.exit_code == one.exit_code == 0
    assert _summary(three.stdout) == _summary(one.stdout)
    if "--sort" in args or RANKS_EXACTLY:
        assert _hits(three.stdout) == _hits(one.stdout)
    assert "partial" not in three.stderr


def test_stats_and_check_read_every_shard(runner, one_index, three_shards):
    one, three = _run(runner, one_index, "stats"), _run(runner, three_shards, "stats")
    without_size = [line for line in three.stdout.splitlines() if "MB" not in line]
    assert without_size == [
        line for line in one.stdout.splitlines() if "MB" not in line
    ]
    checked = _run(runner, three_shards, "check")
    assert checked.exit_code == 0
    assert checked.stdout == f"{three_shards}/: 47 documents in 3 segments: ok\n"


def test_remove_names_the_ids_no_shard_holds(runner, three_shards, tmp_path):
    path = tmp_path / "copy"
    shutil.copytree(three_shards, path)
    doc_id = json.loads(
        _run(runner, path, "query", "exercise", "--json").stdout.splitlines()[0]
    )["id"]
    result = _run(runner, path, "remove", doc_id, "no-such-id")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"skipped no-such-id: no such document in {path}/",
        f"removed 1 document from {path}/",
    ]
    assert _run(runner, path, "get", doc_id).exit_code == 1


def test_a_missing_shard_gives_partial_results_or_one_error_line(
    runner, three_shards, tmp_path
):
    path = tmp_path / "copy"
    shutil.copytree(three_shards, path)
    shutil.rmtree(path / "shard-01")
    partial = _run(runner, path, "query", "exercise", "--json")
    assert partial.exit_code == 0
    assert (
        f"warning: partial results: shard-01 of {path}/ did not answer"
        in partial.stderr
    )
    assert json.loads(partial.stdout.splitlines()[-1])["failed_shards"] == ["shard-01"]
    strict = runner.invoke(
        cli, ["--index", str(path), "--all-shards", "query", "exercise"]
    )
    assert strict.exit_code == 1
    assert strict.stderr.startswith(
        f"Error: {path}: 1 of its shards cannot answer (shard-01: "
    )
    assert len(strict.stderr.splitlines()) == 1 and "Traceback" not in strict.output


def test_stats_of_a_partly_answering_index_count_what_answered_and_say_so(
    runner, three_shards, tmp_path
):
    path = tmp_path / "copy"
    shutil.copytree(three_shards, path)
    complete = json.loads(_run(runner, path, "stats", "--json").stdout)
    shutil.rmtree(path / "shard-01")
    partial = _run(runner, path, "stats", "--json")
    assert partial.exit_code == 0
    assert partial.stderr == (
        f"warning: partial results: shard-01 of {path}/ did not answer\n"
    )
    figures = json.loads(partial.stdout)
    assert figures["failed_shards"] == ["shard-01"]
    assert 0 < figures["documents"] < complete["documents"]
    assert "failed_shards" not in complete or complete["failed_shards"] == []
    strict = runner.invoke(cli, ["--index", str(path), "--all-shards", "stats"])
    assert strict.exit_code == 1
    assert strict.stderr.startswith(
        f"Error: {path}: 1 of its shards cannot answer (shard-01: "
    )


@pytest.mark.parametrize(
    "shards, error",
    [
        ("2", "has 3 shards, not 2; to change the number, build a new index"),
    ],
)
def test_another_number_of_shards_is_one_error_line(
    runner, three_shards, shards, error
):
    result = runner.invoke(
        cli, ["--index", str(three_shards), "index", "--shards", shards, str(CORPUS)]
    )
    assert result.exit_code == 1
    assert result.stderr == f"Error: {three_shards}: {error}\n"


def test_a_plain_index_is_not_turned_into_shards(runner, one_index):
    result = runner.invoke(
        cli, ["--index", str(one_index), "index", "--shards", "3", str(CORPUS)]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {one_index}: holds a plain index; build a sharded one in another folder\n"
    )


def test_without_dask_the_error_names_the_extra_to_install(
    runner, tmp_path, monkeypatch
):
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "x"), "index", "--shards", "2", str(CORPUS)]
    )
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: a sharded index needs Dask (distributed is not installed); "
        "run: pip install 'searchidx[cluster]'\n"
    )


def test_an_unreachable_scheduler_is_one_error_line(runner, three_shards):
    result = runner.invoke(
        cli, ["--index", str(three_shards), "--scheduler", "tcp://127.0.0.1:9", "stats"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "Error: tcp://127.0.0.1:9: cannot reach the Dask scheduler ("
    )
    assert len(result.stderr.splitlines()) == 1


def test_a_shard_with_a_damaged_segment_is_named_and_the_others_answer(
    runner, three_shards, tmp_path
):
    path = tmp_path / "copy"
    shutil.copytree(three_shards, path)
    for segment in (path / "shard-01").glob("*.seg"):
        with open(segment, "r+b") as file:
            file.truncate(segment.stat().st_size // 2)
    for args in (["query", "exercise"], ["stats"], ["similar", _any_id(runner, path)]):
        result = _run(runner, path, *args)
        assert result.exit_code == 0, result.stderr
        warning, *_ = result.stderr.splitlines()
        assert (
            warning == f"warning: partial results: shard-01 of {path}/ did not answer"
        )
        assert "internal error" not in result.output


def _any_id(runner, path) -> str:
    """Return the id of a release on a shard other than shard-01."""
    hits = _run(runner, path, "query", "exercise", "--json", "--limit", "50").stdout
    ids = [json.loads(line)["id"] for line in hits.splitlines()[:-1]]
    from searchidx.cluster.layout import shard_of

    return next(doc_id for doc_id in ids if shard_of(doc_id, 3) != 1)
