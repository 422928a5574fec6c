"""`searchidx query` as a user runs it, from a fresh clone to broken queries."""

import json

import pytest

from searchidx.cli import cli

from .conftest import json_hits

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
    result = runner.invoke(
        cli,
        ["--index", str(built_index), "query", README_QUERY, "--json"],
        catch_exceptions=False,
    )
    hits = json_hits(result.stdout)
    assert len(hits) == 10
    top = hits[0]
    text = (top["title"] + " " + top["snippet"]).lower()
    assert "multilateral" in text and "exercise" in text
    assert "<mark>multilateral</mark>" in top["snippet"].lower()
    assert [h["rank"] for h in hits] == list(range(1, 11))
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_json_hits_have_the_documented_keys_and_iso_dates(runner, built_index):
    result = runner.invoke(
        cli,
        ["--index", str(built_index), "query", README_QUERY, "--json", "--limit", "3"],
        catch_exceptions=False,
    )
    for hit in json_hits(result.stdout):
        assert set(hit) == {
            "rank",
            "id",
            "title",
            "date",
            "source",
            "url",
            "byline",
            "dateline",
            "tags",
            "score",
            "snippet",
            "copies",
        }
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
    (hit,) = json_hits(result.stdout)
    snippet = hit["snippet"]
    assert (
        snippet
        == "The &lt;script&gt;alert(1)&lt;/script&gt; <mark>harbor</mark> opened."
    )


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (
            ["query", 'title:("unbalanced'],
            1,
            "Error: query 'title:(\"unbalanced': unbalanced quote: a phrase needs a closing \"",
        ),
        (
            ["query", "colour:blue"],
            1,
            "Error: query 'colour:blue': unknown field 'colour'; fields: "
            "body, byline, date, dateline, id, month, source, tags, title, url, year",
        ),
        (["query", "date:[2024 TO"], 1, "Error: query 'date:[2024 TO': unbalanced '['"),
        (["query", '"unclosed'], 1, "Error: query '\"unclosed': unbalanced quote"),
        (["query", "title:("], 1, "Error: query 'title:(': unbalanced '('"),
        (
            ["query", "date:2024-13"],
            1,
            "Error: query 'date:2024-13': not a date: '2024-13'",
        ),
        (
            ["--index", "{tmp}/missing", "query", "navy"],
            1,
            "Error: {tmp}/missing: no index here; build one with: searchidx --index {tmp}/missing index PATH...",
        ),
        (
            ["query", "navy", "--since", "2024-13"],
            2,
            "Invalid value for '--since': '2024-13' is not a real date",
        ),
        (
            ["query", "navy", "--since", "last week"],
            2,
            "Invalid value for '--since': 'last week' is not YYYY",
        ),
        (["query", "navy", "--limit", "0"], 2, "Invalid value for '--limit'"),
        (["query", "navy", "--page", "0"], 2, "Invalid value for '--page'"),
        (["query", "navy", "--sort", "alphabetical"], 2, "Invalid value for '--sort'"),
        (
            ["query", "navy", "--since", "2024", "--until", "2023"],
            1,
            "the date range starts (2024-01-01) after it ends (2023-12-31)",
        ),
    ],
)
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
    assert len(json_hits(result.stdout)) == 10


def test_a_query_starting_with_minus_goes_after_double_dash(runner, built_index):
    result = runner.invoke(
        cli, ["--index", str(built_index), "query", "--json", "--", "-gym exercise"]
    )
    assert result.exit_code == 0, result.stderr
    assert json_hits(result.stdout)


def test_a_mistyped_option_is_named_as_such(runner, built_index):
    result = runner.invoke(
        cli, ["--index", str(built_index), "query", "navy", "--limt", "5"]
    )
    assert result.exit_code == 2
    assert "No such option '--limt'." in result.stderr
    assert "'--limit'" in result.stderr  # offered, beside --timeout


def _query_json(runner, index, *args):
    result = runner.invoke(
        cli, ["--index", str(index), "query", *args, "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return lines[:-1], lines[-1]


def test_json_summary_facets_match_a_count_over_every_hit(runner, built_index):
    _, summary = _query_json(runner, built_index, README_QUERY, "--limit", "3")
    every_hit, _ = _query_json(runner, built_index, README_QUERY, "--limit", "500")
    assert summary["total"] == len(every_hit) > 3
    years, sources = {}, {}
    for hit in every_hit:
        if hit["date"]:
            years[hit["date"][:4]] = years.get(hit["date"][:4], 0) + 1
        sources[hit["source"]] = sources.get(hit["source"], 0) + 1
    assert summary["facets"]["year"] == years
    assert summary["facets"]["source"] == sources
    assert "month" not in summary["facets"]  # results span several years


def test_month_counts_appear_when_the_range_is_a_year(runner, built_index):
    hits, summary = _query_json(
        runner, built_index, README_QUERY, "--since", "2023", "--until", "2023"
    )
    months = {}
    for hit in hits:
        months[hit["date"][:7]] = months.get(hit["date"][:7], 0) + 1
    assert summary["facets"]["month"] == months
    assert all(month.startswith("2023-") for month in months)


def test_facets_are_drawn_under_the_hits(runner, built_index):
    result = runner.invoke(
        cli,
        ["--index", str(built_index), "query", README_QUERY, "--limit", "2"],
        catch_exceptions=False,
    )
    lines = result.stdout.splitlines()
    assert (
        lines.index("by year") > lines.index("")
        and "by source" in lines
        and "by tag" in lines
    )
    bars = [line for line in lines[lines.index("by year") + 1 :] if "█" in line]
    assert bars and all(line.strip()[:4].isdigit() for line in bars)
    no_facets = runner.invoke(
        cli, ["--index", str(built_index), "query", README_QUERY, "--no-facets"]
    )
    assert "by year" not in no_facets.stdout


def test_a_misspelled_query_suggests_the_index_own_words(runner, built_index):
    hits, summary = _query_json(
        runner, built_index, "multilaterl excercise", "--no-correct"
    )
    assert hits == []
    assert summary["suggestion"] == "multilateral exercise"
    assert (summary["query"], summary["corrected_from"]) == (
        "multilaterl excercise",
        None,
    )
    human = runner.invoke(
        cli,
        ["--index", str(built_index), "query", "multilaterl excercise", "--no-correct"],
    )
    assert "Did you mean: multilateral exercise" in human.stdout
    _, known = _query_json(runner, built_index, README_QUERY)
    assert known["suggestion"] is None


def test_a_misspelled_query_with_no_hits_is_searched_corrected_and_says_so(
    runner, built_index
):
    hits, summary = _query_json(runner, built_index, "multilaterl excercise")
    right, right_summary = _query_json(runner, built_index, README_QUERY)
    assert [hit["id"] for hit in hits] == [hit["id"] for hit in right]
    assert summary["total"] == right_summary["total"] > 0
    assert summary["query"] == "multilateral exercise"
    assert summary["corrected_from"] == "multilaterl excercise"
    assert summary["suggestion"] is None  # it was taken, not only offered
    human = runner.invoke(
        cli, ["--index", str(built_index), "query", "multilaterl excercise"]
    )
    lines = human.stdout.splitlines()
    assert lines[0] == (
        'No hits for "multilaterl excercise"; showing results for '
        '"multilateral exercise". (--no-correct searches as typed)'
    )
    assert lines[2].startswith(" 1. ")
    assert "Did you mean" not in human.stdout


def test_a_correction_that_finds_nothing_either_is_only_suggested(runner, built_index):
    hits, summary = _query_json(
        runner, built_index, "multilaterl excercise", "--until", "1990"
    )
    assert hits == [] and summary["total"] == 0
    assert summary["corrected_from"] is None
    assert summary["suggestion"] == "multilateral exercise"


def test_fields_chooses_what_is_printed(runner, built_index):
    hits, _ = _query_json(
        runner, built_index, README_QUERY, "--fields", "title,url", "--limit", "2"
    )
    assert [set(hit) for hit in hits] == [{"title", "url"}] * 2
    human = runner.invoke(
        cli,
        [
            "--index",
            str(built_index),
            "query",
            README_QUERY,
            "--fields",
            "title",
            "--limit",
            "1",
            "--no-facets",
        ],
        catch_exceptions=False,
    )
    assert len(human.stdout.strip().splitlines()) == 1
    bad = runner.invoke(
        cli, ["--index", str(built_index), "query", "x", "--fields", "title,colour"]
    )
    assert bad.exit_code == 2 and "'colour' is not a field" in bad.stderr


def test_show_prints_one_document_whole_and_similar_lists_its_neighbours(
    runner, built_index
):
    hits, _ = _query_json(runner, built_index, "Coral Shield", "--limit", "1")
    doc_id = hits[0]["id"]
    shown = runner.invoke(
        cli,
        ["--index", str(built_index), "show", doc_id, "--json"],
        catch_exceptions=False,
    )
    document = json.loads(shown.stdout)
    assert document["id"] == doc_id and document["title"] == hits[0]["title"]
    assert len(document["body"]) > 500
    similar = runner.invoke(
        cli,
        ["--index", str(built_index), "similar", doc_id, "--json"],
        catch_exceptions=False,
    )
    neighbours = json_hits(similar.stdout)
    assert doc_id not in [n["id"] for n in neighbours]
    top_titles = " ".join(n["title"] for n in neighbours[:3]).lower()
    assert "exercise" in top_titles


def test_show_and_similar_of_an_unknown_id_are_one_line_errors(runner, built_index):
    for command in ("show", "similar"):
        result = runner.invoke(cli, ["--index", str(built_index), command, "nope"])
        assert result.exit_code == 1
        assert (
            result.stderr.strip()
            == "Error: no document with id 'nope'; ids are shown by: searchidx query ... --json"
        )


@pytest.mark.parametrize(("sort", "descending"), [("newest", True), ("oldest", False)])
def test_sort_by_date_orders_every_dated_hit(runner, built_index, sort, descending):
    hits, _ = _query_json(
        runner, built_index, "exercise", "--sort", sort, "--limit", "100"
    )
    dates = [hit["date"] for hit in hits if hit["date"]]
    assert len(dates) > 5
    assert dates == sorted(dates, reverse=descending)
    assert all(hit["date"] for hit in hits[: len(dates)])  # undated ones come last


def test_pages_do_not_overlap_and_end_where_the_hits_end(runner, built_index):
    first, summary = _query_json(runner, built_index, "exercise", "--limit", "4")
    second, _ = _query_json(
        runner, built_index, "exercise", "--limit", "4", "--page", "2"
    )
    assert [h["rank"] for h in first] == [1, 2, 3, 4] and [
        h["rank"] for h in second
    ] == [5, 6, 7, 8]
    assert not {h["id"] for h in first} & {h["id"] for h in second}
    last_page = -(-summary["total"] // 4)
    last, _ = _query_json(
        runner, built_index, "exercise", "--limit", "4", "--page", str(last_page)
    )
    assert 1 <= len(last) <= 4 and last[-1]["rank"] == summary["total"]
    past, _ = _query_json(
        runner, built_index, "exercise", "--limit", "4", "--page", str(last_page + 1)
    )
    assert past == []


@pytest.mark.parametrize(
    "correct",
    [
        "Which navies joined the exercise?",
        "what about the insulin",
        "state-of-the-art",
        "ozempic",
    ],
)
def test_correct_or_unknown_far_words_get_no_suggestion(runner, built_index, correct):
    _, summary = _query_json(runner, built_index, correct)
    assert summary["suggestion"] is None


def test_version_is_the_installed_packages(runner):
    import searchidx
    from searchidx.cli import cli

    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"searchidx, version {searchidx.__version__}\n"
    assert searchidx.__version__[0].isdigit()


def test_version_of_a_checkout_that_was_never_installed(runner, monkeypatch):
    import importlib.metadata

    from searchidx.cli import cli

    def no_metadata(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", no_metadata)
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output == "searchidx, version 0.0.0+source\n"


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sort_by_date_lists_releases_holding_every_word(runner, built_index, sort):
    ranked, ranked_summary = _query_json(runner, built_index, "navy exercise")
    by_date, summary = _query_json(
        runner, built_index, "navy exercise", "--sort", sort, "--limit", "100"
    )
    both, both_summary = _query_json(
        runner, built_index, "navy AND exercise", "--sort", sort, "--limit", "100"
    )
    assert 0 < summary["total"] < ranked_summary["total"]
    assert [hit["id"] for hit in by_date] == [hit["id"] for hit in both]
    assert summary["facets"] == both_summary["facets"]
