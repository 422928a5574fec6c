"""The README's promises: its commands exist, have help, and its example runs."""

import re

import pytest

from searchidx.cli import cli

from .conftest import REPO

README = (REPO / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme_and_has_help_with_an_example(runner, name):
    assert f"searchidx {name}" in README
    result = runner.invoke(cli, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"searchidx {name}" in result.stdout


def test_readme_library_example_runs(corpus_dir, monkeypatch, capsys):
    (code,) = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    monkeypatch.chdir(corpus_dir.parent)
    exec(compile(code, "README.md", "exec"), {})
    lines = capsys.readouterr().out.splitlines()
    added, updated, unchanged, failed = map(int, lines[0].split())
    assert added >= 40 and updated == 0 and unchanged == 0 and failed == 0
    assert lines[1].startswith("1 ") and "**" in lines[1]


@pytest.mark.parametrize(
    "query",
    ['"humanitarian assistance"', "exercise NOT gym", "exercise -gym", "+navy drill", "title:exercise",
     'source:"Pacific Joint Command"', "exerc*", "date:2023", "date:[2023-01 to 2023-06]"],
)  # fmt: skip
def test_readme_syntax_examples_are_accepted(runner, built_index, query):
    result = runner.invoke(cli, ["--index", str(built_index), "query", query, "--json"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout, f"{query} found nothing in the bundled corpus"
