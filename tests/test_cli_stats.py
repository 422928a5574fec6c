"""`searchidx stats` on an index of many sources, as a user reads it."""

import json

import pytest

from searchidx.cli import STATS_SOURCES_SHOWN, cli


@pytest.fixture(scope="module")
def many_sources(tmp_path_factory):
    """An index of 1,200 releases: 1,176 from one source, one from each of 24 others."""
    folder = tmp_path_factory.mktemp("many")
    records = [
        {"title": f"Ferry notice {n}", "source": "Harbour Board",
         "text": f"Ferry notice number {n} for the harbour."}
        for n in range(1176)
    ] + [
        {"title": f"Quay notice {n}", "source": f"Port {n:02d}",
         "text": f"Quay notice from port {n} about the berth."}
        for n in range(24)
    ]  # fmt: skip
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(record) + "\n" for record in records))
    index = folder / "ix"
    from searchidx import Index

    with Index.open(index, create=True) as opened:
        assert opened.add_files([feed]).added == 1200
    return index


def test_stats_lists_the_biggest_sources_and_counts_the_rest(runner, many_sources):
    result = runner.invoke(
        cli, ["stats", "--index", str(many_sources)], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "documents:  1,200"
    assert lines[3] == "sources:    25"
    assert lines[4] == "  1,176  Harbour Board"
    assert lines[5] == "      1  Port 00"
    assert len(lines) == 4 + STATS_SOURCES_SHOWN + 1
    assert lines[-1] == "  ... 5 more sources with 5 documents (--all lists them)"


def test_stats_all_lists_every_source(runner, many_sources):
    result = runner.invoke(
        cli, ["stats", "--all", "--index", str(many_sources)], catch_exceptions=False
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 4 + 25
    assert lines[-1] == "      1  Port 23"
    as_json = runner.invoke(cli, ["stats", "--json", "--index", str(many_sources)])
    assert len(json.loads(as_json.stdout)["sources"]) == 25  # JSON has them all
