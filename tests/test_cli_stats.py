"""`searchidx stats` on an index of many sources, as a user reads it."""

import json

from searchidx.cli import STATS_SOURCES_SHOWN, cli

from .conftest import BIG_SOURCE


def test_stats_lists_the_biggest_sources_and_counts_the_rest(runner, big_index):
    result = runner.invoke(
        cli, ["stats", "--index", str(big_index)], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "documents:  1,200"
    assert lines[3] == "sources:    25"
    assert lines[4] == f"  1,176  {BIG_SOURCE}"
    assert lines[5] == "      1  Port 00"
    assert len(lines) == 4 + STATS_SOURCES_SHOWN + 1
    assert lines[-1] == "  ... 5 more sources with 5 documents (--all lists them)"


def test_stats_all_lists_every_source(runner, big_index):
    result = runner.invoke(
        cli, ["stats", "--all", "--index", str(big_index)], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 4 + 25
    assert lines[-1] == "      1  Port 23"
    as_json = runner.invoke(cli, ["stats", "--json", "--index", str(big_index)])
    assert len(json.loads(as_json.stdout)["sources"]) == 25  # JSON has them all
