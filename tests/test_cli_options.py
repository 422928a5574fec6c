"""Where options go and how mistakes in them are told, for every command."""

import pytest

from searchidx.cli import cli

from .conftest import json_hits


@pytest.mark.parametrize(
    "args",
    [
        ["--index", "{ix}", "query", "exercise", "--json"],
        ["query", "exercise", "--json", "--index", "{ix}"],
        ["query", "--index", "{ix}", "exercise", "--json"],
        # after the command wins: the one typed last, next to the query
        ["--index", "{tmp}/elsewhere", "query", "exercise", "--index", "{ix}", "--json"],
    ],
)  # fmt: skip
def test_index_is_accepted_before_or_after_the_command(
    runner, built_index, tmp_path, args
):
    args = [a.format(ix=built_index, tmp=tmp_path) for a in args]
    result = runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert len(json_hits(result.stdout)) == 10
    assert not (tmp_path / "elsewhere").exists()


def test_index_comes_from_the_environment_when_not_given(
    runner, built_index, monkeypatch
):
    monkeypatch.setenv("SEARCHIDX_INDEX", str(built_index))
    result = runner.invoke(cli, ["query", "exercise", "--json"], catch_exceptions=False)
    assert len(json_hits(result.stdout)) == 10


def test_index_after_the_index_command_builds_there(runner, tmp_path, corpus_dir):
    ix = tmp_path / "ix"
    result = runner.invoke(
        cli, ["index", "-q", str(corpus_dir / "text"), "--index", str(ix)]
    )
    assert result.exit_code == 0, result.stderr
    assert f"read into {ix}/:" in result.stderr
    stats = runner.invoke(cli, ["stats", "--index", str(ix)], catch_exceptions=False)
    assert stats.stdout.startswith("documents:")


@pytest.mark.parametrize(
    "name", ["query", "show", "similar", "index", "remove", "stats", "check", "serve"]
)
def test_every_command_that_reads_an_index_takes_index_after_its_name(runner, name):
    result = runner.invoke(cli, [name, "--help"], catch_exceptions=False)
    assert "--index PATH" in result.stdout


def test_a_missing_index_named_after_the_command_is_an_error_not_built(
    runner, tmp_path, monkeypatch
):
    monkeypatch.delenv("SEARCHIDX_INDEX")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["query", "navy", "--index", "missing"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: missing: no index here;")
    assert not (tmp_path / "missing").exists()
