"""Every query has a bounded cost: refused in one line, or stopped at its budget.

One short query used to hold a search process for minutes (`*a*` expanded
to every word, a 10,000-letter word sent to the spelling corrector). The
caps live in query_limits.py; the 100,000-release run of an adversarial set
is `python benchmarks/hostile_queries.py`.
"""

import pytest

from searchidx import Document, Index, QueryError, QueryTimeoutError
from searchidx.cli import cli
from searchidx.engine import spelling as spelling_module
from searchidx.engine.limits import MAX_EXPANSIONS, MAX_QUERY_CHARS


@pytest.fixture(scope="module")
def wide_index(tmp_path_factory):
    """An index whose word list holds more than MAX_EXPANSIONS words starting with a."""
    path = tmp_path_factory.mktemp("limits") / "index"
    words = [f"a{n:05d}x" for n in range(MAX_EXPANSIONS + 200)]
    documents = [
        Document(
            title=f"Inventory list {n}",
            body="Warehouse inventory entries: " + " ".join(words[n::40]),
            url=f"https://stores.example/list-{n}",
            source="Stores Office",
        )
        for n in range(40)
    ]
    with Index.open(path, create=True) as index:
        index.add(documents)
    return path


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("a*", "a* matches more than 1,024 words"),
        ("body:*x", "*x matches more than 1,024 words"),
        ("title:inventory OR a*", "a* matches more than 1,024 words"),
        ("body:[a TO b]", "matches more than 1,024 words; narrow it (a shorter range)"),
        # field:* stands for every word of the field, as a wildcard would.
        ("body:*", "body:* matches more than 1,024 words"),
        ("NOT *", "body:* matches more than 1,024 words"),
        # The cap is on the whole query, not on each wildcard.
        (
            " OR ".join(f"body:a{n:02d}*" for n in range(13)),
            "stand for more than 1,024 words together",
        ),
    ],
    ids=[
        "prefix",
        "leading",
        "beside-a-field",
        "range",
        "field-star",
        "not-star",
        "many-small",
    ],
)
def test_wildcards_and_ranges_standing_for_too_many_words_are_refused(
    wide_index, text, named
):
    with Index.open(wide_index) as index:
        with pytest.raises(QueryError) as refused:
            index.search(text)
    assert named in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_wildcard_within_the_cap_still_finds_its_words(wide_index):
    with Index.open(wide_index) as index:
        assert index.search("a0000*").total == 10  # a00000x ... a00009x
        assert index.search("url:*stores*").total == 40  # 40 urls


def test_the_cli_refuses_an_expensive_query_in_one_line(runner, wide_index):
    result = runner.invoke(cli, ["--index", str(wide_index), "query", "*0*"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: query '*0*': *0* matches more than 1,024 words")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("harbor " * 700, f"characters long; at most {MAX_QUERY_CHARS:,}"),
        ("(" * 21 + "harbor" + ")" * 21, "parentheses nest 21 deep; at most 20"),
    ],
    ids=["long", "nested"],
)
def test_queries_too_long_or_deep_are_refused_by_the_library_too(
    built_index, text, reason
):
    with Index.open(built_index) as index:
        with pytest.raises(QueryError, match=reason.replace("*", r"\*")):
            index.search(text)


def test_a_search_past_its_time_budget_is_stopped(built_index):
    with Index.open(built_index) as index:
        # Syntax goes through the general path's collector, which reads the clock as
        # matches come; so does the scan of a leading wildcard.
        for text in ("exercise AND navy", "*ercis*"):
            with pytest.raises(QueryTimeoutError, match="stopped after"):
                index.search(text, timeout=1e-9)
            assert index.search(text, timeout=None).total > 0


def test_the_cli_takes_a_timeout(runner, built_index):
    result = runner.invoke(
        cli,
        [
            "--index",
            str(built_index),
            "query",
            "navy AND exercise",
            "--timeout",
            "0.000000001",
        ],
    )
    assert result.exit_code == 1
    assert "stopped after" in result.stderr
    assert result.stderr.rstrip().endswith("or allow more time (--timeout)")
    result = runner.invoke(
        cli,
        ["--index", str(built_index), "query", "navy AND exercise", "--timeout", "30"],
    )
    assert result.exit_code == 0, result.output


def test_absurd_words_get_no_spelling_work(built_index, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the corrector was asked about an absurd word")

    monkeypatch.setattr(spelling_module, "_close_words", refuse)
    with Index.open(built_index) as index:
        assert index.search("q" * 31).suggestion is None
        assert index.search("harbour " + "z" * 1500).suggestion is None
    monkeypatch.undo()
    with Index.open(built_index) as index:  # an ordinary typo is still corrected
        assert index.search("exercize", correct=False).suggestion == "exercise"


def test_a_leading_wildcard_is_a_wildcard_not_a_word(built_index):
    with Index.open(built_index) as index:
        assert index.search("*ercis*").total == index.search("body:*ercis*").total > 0


def test_a_dangling_operator_is_named_not_a_python_error(built_index):
    with Index.open(built_index) as index:
        with pytest.raises(
            QueryError, match="an AND, OR or NOT lacks a word beside it"
        ):
            index.search("NOT NOT NOT")


@pytest.mark.parametrize("query", ['"pleaded guil*"', '"pleaded g?ilty"', '"*ercise"'])
def test_a_wildcard_inside_a_phrase_is_refused_in_one_line(runner, built_index, query):
    # Whoosh dropped the wildcard and matched the rest: no hits, no word why.
    result = runner.invoke(cli, ["--index", str(built_index), "query", query])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: query {query!r}: a phrase cannot hold a wildcard ({query}); "
        "search its words without the quotes\n"
    )


def test_a_question_mark_ending_a_quoted_sentence_is_no_wildcard(built_index):
    with Index.open(built_index) as index:
        index.search('"what next?"')  # no QueryError
