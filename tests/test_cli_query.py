"""`searchidx query` as a user runs it, from a fresh clone to broken queries."""

import json

import pytest

from searchidx.cli import cli

README_QUERY = "multilateral exercise"


def test_first_query_builds_the_default_index_from_the_bundled_corpus(
    runner, tmp_path, monkeypatch
):
    monkeypatch.delenv("SEARCHIDX_INDEX")
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(cli, ["query", README_QUERY], catch_exceptions=False)
    assert first.exit_code == 0, first.stderr
    assert first.stderr.splitlines()[0].startswith(
        "No index at index/ yet: building it from the bundled corpus"
    )
    assert (tmp_path / "index").is_dir()
    top = first.stdout.splitlines()[0]
    assert top.startswith(" 1. ")
    assert "multilateral" in top.lower() or "exercise" in top.lower()

    second = runner.invoke(cli, ["query", README_QUERY], catch_exceptions=False)
    assert "building" not in second.stderr
    assert second.stdout == first.stdout


def test_readme_query_ranks_a_multilateral_exercise_release_first(runner, built_index):
    result = runner.invoke(cli, ["--index", str(built_index), "query", README_QUERY, "--json"],
                           catch_exceptions=False)  # fmt: skip
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(hits) == 10
    top = hits[0]
    text = (top["title"] + " " + top["snippet"]).lower()
    assert "multilateral" in text and "exercise" in text
    assert "<mark>multilateral</mark>" in top["snippet"].lower()
    assert [h["rank"] for h in hits] == list(range(1, 11))
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_json_hits_have_the_documented_keys_and_iso_dates(runner, built_index):
    result = runner.invoke(cli, ["--index", str(built_index), "query", README_QUERY, "--json", "--limit", "3"],
                           catch_exceptions=False)  # fmt: skip
    for line in result.stdout.splitlines():
        hit = json.loads(line)
        assert set(hit) == {"rank", "id", "title", "date", "source", "url", "byline", "dateline",
                            "tags", "score", "snippet"}  # fmt: skip
        assert hit["date"] is None or len(hit["date"]) == 10 and hit["date"][4] == "-"
        assert isinstance(hit["tags"], list)
    assert result.stderr.strip().endswith(" ms")


def test_piped_output_has_no_colour_codes_and_terminal_output_has(runner, built_index):
    args = ["--index", str(built_index), "query", README_QUERY, "--limit", "1"]
    plain = runner.invoke(cli, args, catch_exceptions=False)
    assert "\x1b[" not in plain.stdout
    assert "[multilateral]" not in plain.stdout.lower()
    coloured = runner.invoke(cli, args + ["--color"], catch_exceptions=False)
    assert "\x1b[33m\x1b[1m" in coloured.stdout


def test_summary_line_goes_to_stderr(runner, built_index):
    result = runner.invoke(
        cli,
        ["--index", str(built_index), "query", "zzzzunmatched"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.startswith("0 hits in ")


def test_snippet_text_is_html_escaped_in_json(runner, tmp_path):
    page = tmp_path / "r.txt"
    page.write_text(
        "Tags <b> in release\nMarch 3, 2024\n\nThe <script>alert(1)</script> harbor opened.\n"
    )
    index = str(tmp_path / "ix")
    runner.invoke(
        cli, ["--index", index, "index", "-q", str(page)], catch_exceptions=False
    )
    result = runner.invoke(
        cli, ["--index", index, "query", "harbor", "--json"], catch_exceptions=False
    )
    snippet = json.loads(result.stdout)["snippet"]
    assert (
        snippet
        == "The &lt;script&gt;alert(1)&lt;/script&gt; <mark>harbor</mark> opened."
    )


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["query", 'title:("unbalanced'], 1,
         "Error: query 'title:(\"unbalanced': unbalanced quote: a phrase needs a closing \""),
        (["query", "colour:blue"], 1, "Error: query 'colour:blue': unknown field 'colour'; fields: "),
        (["query", "date:[2024 TO"], 1, "Error: query 'date:[2024 TO': unbalanced '['"),
        (["--index", "{tmp}/missing", "query", "navy"], 1,
         "Error: {tmp}/missing: no index here; build one with: searchidx --index {tmp}/missing index PATH..."),
        (["query", "navy", "--since", "2024-13"], 2, "Invalid value for '--since': '2024-13' is not a real date"),
        (["query", "navy", "--since", "last week"], 2, "Invalid value for '--since': 'last week' is not YYYY"),
        (["query", "navy", "--limit", "0"], 2, "Invalid value for '--limit'"),
        (["query", "navy", "--page", "0"], 2, "Invalid value for '--page'"),
        (["query", "navy", "--sort", "alphabetical"], 2, "Invalid value for '--sort'"),
        (["query", "navy", "--since", "2024", "--until", "2023"], 1, "the date range starts (2024-01-01) after it ends (2023-12-31)"),
    ],
)  # fmt: skip
def test_query_errors_are_one_line_never_a_traceback(
    runner, built_index, tmp_path, args, exit_code, message
):
    if "--index" not in args:
        args = ["--index", str(built_index)] + args
    args = [a.format(tmp=tmp_path) for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code == exit_code, result.output
    assert message.format(tmp=tmp_path) in result.stderr
    assert "Traceback" not in result.output
    if exit_code == 1:
        assert len(result.stderr.strip().splitlines()) == 1


def test_an_interrupted_first_build_is_rebuilt_on_the_next_query(
    runner, tmp_path, monkeypatch
):
    monkeypatch.delenv("SEARCHIDX_INDEX")
    monkeypatch.chdir(tmp_path)
    from searchidx import Index

    Index.open(
        tmp_path / "index", create=True
    ).close()  # what an interrupted build leaves
    result = runner.invoke(
        cli, ["query", README_QUERY, "--json"], catch_exceptions=False
    )
    assert "building it from the bundled corpus" in result.stderr
    assert len(result.stdout.splitlines()) == 10


def test_a_query_starting_with_minus_is_a_query_not_an_option(runner, built_index):
    result = runner.invoke(
        cli, ["--index", str(built_index), "query", "-gym exercise", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout
