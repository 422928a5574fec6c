"""The README's promises: its commands exist, have help, and its example runs."""

import re

import pytest

from searchidx.cli import cli

from .conftest import REPO, json_hits

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


def _all(field, check):
    return lambda hits: all(check(hit[field] or "") for hit in hits)


@pytest.mark.parametrize(
    ("query", "holds"),
    [
        (
            '"humanitarian assistance"',
            _all(
                "snippet",
                lambda s: (
                    "<mark>humanitarian</mark> <mark>assistance</mark>" in s.lower()
                ),
            ),
        ),
        ("exercise NOT gym", _all("snippet", lambda s: "gym" not in s.lower())),
        ("exercise -gym", _all("snippet", lambda s: "gym" not in s.lower())),
        ("+navy drill", _all("snippet", lambda s: "<mark>nav" in s.lower())),
        ("title:exercise", _all("title", lambda t: "exercise" in t.lower())),
        (
            'source:"Pacific Joint Command"',
            _all("source", lambda s: s == "Pacific Joint Command"),
        ),
        ("exerc*", _all("snippet", lambda s: "<mark>exerc" in s.lower())),
        ("date:2023", _all("date", lambda d: d.startswith("2023-"))),
        (
            "date:[2023-01 to 2023-06]",
            _all("date", lambda d: "2023-01-01" <= d <= "2023-06-30"),
        ),
    ],
)
def test_readme_syntax_examples_do_what_the_readme_says(
    runner, built_index, query, holds
):
    result = runner.invoke(cli, ["--index", str(built_index), "query", query, "--json"])
    assert result.exit_code == 0, result.stderr
    hits = json_hits(result.stdout)
    assert hits, f"{query} found nothing in the bundled corpus"
    assert holds(hits), hits


@pytest.mark.parametrize("query", ["exercise NOT gym", "exercise -gym"])
def test_readme_exclusions_leave_out_whole_documents(runner, built_index, query):
    from searchidx import Index

    def found(text):
        result = runner.invoke(
            cli,
            ["--index", str(built_index), "query", text, "--json", "--limit", "100"],
        )
        assert result.exit_code == 0, result.stderr
        with Index.open(built_index) as index:
            return [index.get(hit["id"]) for hit in json_hits(result.stdout)]

    def mentions_gym(document):
        return "gym" in f"{document.title} {document.body}".lower()

    assert any(map(mentions_gym, found("exercise")))  # there is one to leave out
    kept = found(query)
    assert kept and not any(map(mentions_gym, kept))
