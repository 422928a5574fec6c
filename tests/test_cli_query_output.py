"""How `searchidx query` lays out what it prints: widths, field order, counts."""

import json

import pytest

from searchidx import render
from searchidx.cli import cli

from .conftest import BIG_SOURCE

QUERY = "multilateral exercise"


def _human(runner, index, *args, env=None):
    result = runner.invoke(
        cli, ["--index", str(index), "query", *args], env=env, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_hits_are_wrapped_between_words_to_the_width_and_indented(
    runner, built_index, columns
):
    wide = _human(runner, built_index, QUERY, "--limit", "5", "--no-facets")
    wrapped = _human(
        runner,
        built_index,
        QUERY,
        "--limit",
        "5",
        "--no-facets",
        env={"COLUMNS": str(columns)},
    )
    assert max(map(len, wrapped.splitlines())) <= columns
    assert max(map(len, wide.splitlines())) > columns  # there was wrapping to do
    # the same words, broken only between them; every line after a hit's
    # first is indented under it
    for one, many in zip(wide.split("\n\n"), wrapped.split("\n\n"), strict=True):
        assert one.split() == many.split()
        assert all(line.startswith("    ") for line in many.splitlines()[1:])


def test_a_match_broken_over_two_lines_is_marked_on_both():
    # Snippet spans may cover several words (a library user's own, say)
    marked = "a" * 30 + " \x00" + "b" * 8 + " " + "c" * 8 + "\x01 d"
    assert render.wrap(marked, 40, first=" 1. ", rest="    ") == [
        " 1. " + "a" * 30,
        "    \x00" + "b" * 8 + " " + "c" * 8 + "\x01 d",
    ]
    assert render.wrap(marked, 40, first="", rest="  ") == [
        "a" * 30 + " \x00" + "b" * 8 + "\x01",
        "  \x00" + "c" * 8 + "\x01 d",
    ]


def test_piped_output_keeps_a_snippet_on_one_line(runner, built_index):
    piped = _human(
        runner,
        built_index,
        QUERY,
        "--limit",
        "1",
        "--no-facets",
        "--fields",
        "snippet",
        env={"COLUMNS": ""},
    )
    assert len(piped.strip().splitlines()) == 1
    assert len(piped) > 120


def test_fields_are_printed_in_the_order_given(runner, built_index):
    hit = json.loads(
        _human(runner, built_index, QUERY, "--limit", "1", "--json").splitlines()[0]
    )
    date_first = _human(
        runner,
        built_index,
        QUERY,
        "--limit",
        "1",
        "--no-facets",
        "--fields",
        "date,source,title,rank",
    )
    assert date_first.rstrip("\n").splitlines() == [
        f" 1. {hit['date']} · {hit['source']}",
        f"    {hit['title']}",
    ]
    url_only = _human(
        runner, built_index, QUERY, "--limit", "2", "--no-facets", "--fields", "url"
    )
    assert url_only.split("\n\n")[0] == hit["url"]
    as_json = _human(
        runner,
        built_index,
        QUERY,
        "--limit",
        "1",
        "--json",
        "--fields",
        "url,title,rank",
    )
    assert list(json.loads(as_json.splitlines()[0])) == ["url", "title", "rank"]


def test_counts_have_thousands_separators_and_long_names_an_ellipsis(runner, big_index):
    result = runner.invoke(
        cli,
        ["--index", str(big_index), "query", "ferry", "--limit", "3"],
        catch_exceptions=False,
    )
    assert result.stderr.startswith("1,176 hits (showing 1-3) in ")
    lines = result.stdout.splitlines()
    by_source = lines.index("by source")
    name = BIG_SOURCE[:39].rstrip() + "…"
    assert lines[by_source + 1] == f"  {name}  1,176"
    assert len(name) == 40


def test_help_of_query_options_is_complete_and_wraps_between_words(runner):
    text = runner.invoke(cli, ["query", "--help"], env={"COLUMNS": "80"}).stdout
    sort_help = text.split("--sort [relevance|newest|oldest]")[1].split("--fields")[0]
    assert " ".join(sort_help.split()) == (
        "Best match first, or by date; by date, plain words must all be in a "
        "release. [default: relevance]"
    )
    fields_help = text.split("--fields FIELD,...")[1].split("--facets")[0]
    assert " ".join(fields_help.split()) == (
        "What to print per hit, in the order given, comma-separated: rank, id, "
        "title, date, source, url, byline, dateline, tags, score, snippet, "
        "copies. [default: rank, title, date, source, snippet, "
        "copies; all of them with --json]"
    )
