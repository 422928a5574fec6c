"""Where options go and how mistakes in them are told, for every command."""

import shlex

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
        [
            "--index",
            "{tmp}/elsewhere",
            "query",
            "exercise",
            "--index",
            "{ix}",
            "--json",
        ],
    ],
)
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


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["query", "navy", "--lmit", "5"],
            "Error: No such option '--lmit'. Did you mean '--limit'? See: searchidx query --help",
        ),
        (
            ["query", "navy", "--limit", "0"],
            "Error: Invalid value for '--limit': 0 is not in the range x>=1. See: searchidx query --help",
        ),
        (["query"], "Error: Missing argument 'QUERY'. See: searchidx query --help"),
        (
            ["qeury", "navy"],
            "Error: No such command 'qeury'. Did you mean 'query'? See: searchidx --help",
        ),
        (
            ["--bogus", "query", "navy"],
            "Error: No such option '--bogus'. See: searchidx --help",
        ),
        (
            ["index", "x", "--map", "headline"],
            "Error: Invalid value for --field-map: 'headline' is not FIELD=KEY. See: searchidx index --help",
        ),
        # a query starting with '-' is read as options: say where it goes
        (
            ["query", "-drill exercise"],
            "Error: No such option '-d'. An argument starting with '-' goes after --: "
            "searchidx query -- '-drill exercise'",
        ),
        (
            ["query", "-drill", "--limit", "2"],
            "Error: No such option '-d'. An argument starting with '-' goes after --: "
            "searchidx query --limit 2 -- -drill",
        ),
        # after -- everything is the query: say that options go before it
        (
            ["query", "--", "-drill", "--limit", "2"],
            "Error: Got unexpected extra arguments (--limit 2): all after -- is taken as "
            "arguments, so options go before it: searchidx query --limit 2 -- -drill",
        ),
        (
            ["query", "--json", "--", "-drill exercise", "--no-facets", "--page", "3"],
            "Error: Got unexpected extra arguments (--no-facets --page 3): all after -- is "
            "taken as arguments, so options go before it: "
            "searchidx query --json --no-facets --page 3 -- '-drill exercise'",
        ),
    ],
)
def test_usage_errors_are_one_line_like_ours_with_exit_2(
    runner, built_index, args, line
):
    result = runner.invoke(cli, ["--index", str(built_index), *args])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [line]
    assert result.stdout == ""


def test_the_fix_a_usage_error_suggests_runs(runner, built_index):
    wrong = runner.invoke(cli, ["query", "-drill exercise", "--limit", "2"])
    fixed = wrong.stderr.split("goes after --: searchidx ")[1].strip()
    assert fixed == "query --limit 2 -- '-drill exercise'"
    result = runner.invoke(cli, ["--index", str(built_index), *shlex.split(fixed)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(" 1. ")
    assert result.stderr.endswith(" ms\n") and "(showing 1-2)" in result.stderr


def test_a_dependency_that_cannot_be_imported_is_one_line_naming_it(
    runner, built_index, monkeypatch
):
    # As a fresh install met it: lxml 5.2 split lxml.html.clean out, which
    # the page reader's libraries import on the first saved page.
    def missing(*args, **kwargs):
        raise ImportError(
            "lxml.html.clean module is now a separate project lxml_html_clean.\n"
            "Install lxml[html_clean] or lxml_html_clean directly.",
            name="lxml.html.clean",
        )

    monkeypatch.setattr("searchidx.index.Index.search", missing)
    result = runner.invoke(cli, ["--index", str(built_index), "query", "exercise"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        "Error: cannot import lxml.html.clean (lxml.html.clean module"
    )
    assert "lxml_html_clean directly.): a package searchidx needs" in line
    assert "internal error" not in line and "Traceback" not in result.output


def test_an_import_error_naming_no_module_is_still_one_line_saying_so(
    runner, built_index, monkeypatch
):
    # lxml raises this one itself, with no module name: its message says it.
    def missing(*args, **kwargs):
        raise ImportError(
            "lxml.html.clean module is now a separate project lxml_html_clean."
        )

    monkeypatch.setattr("searchidx.index.Index.search", missing)
    result = runner.invoke(cli, ["--index", str(built_index), "query", "exercise"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: lxml.html.clean module is now a separate project lxml_html_clean.: "
        "a package searchidx needs is missing or broken; reinstall searchidx with "
        "its dependencies\n"
    )
