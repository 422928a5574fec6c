"""Sources as organisations: one publisher found by its name or its host."""

import json

import pytest

from searchidx import Document, Index, QueryError, read_file
from searchidx.cli import cli

# One senator's releases: named in older records, only by host in newer ones
# (www. or not); another office on a host shared with many others.
DOCS = [
    Document(
        title="Roe backs ferry bill",
        source="Jane Roe",
        body="Ferry bill backed.",
        url="https://www.roe.senate.example/news/1",
    ),
    Document(
        title="Roe visits ferry yard",
        source="roe.senate.example",
        body="Ferry yard visited.",
        url="https://roe.senate.example/news/2",
    ),
    Document(
        title="Harbour board on ferry fares",
        source="Harbour Board",
        body="Ferry fares frozen.",
        url="https://harbour.example/1",
    ),
    *(
        Document(
            title=f"Ferry notice {n}",
            source=f"Office {n}",
            body="Ferry notice.",
            url=f"https://shared.example/{n}",
        )
        for n in range(5)
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("sources") / "index"
    with Index.open(path, create=True) as built:
        built.add(DOCS)
    with Index.open(path) as opened:
        yield opened


def _titles(results):
    return sorted(hit.document.title for hit in results.hits)


ROE = ["Roe backs ferry bill", "Roe visits ferry yard"]


@pytest.mark.parametrize(
    "source",
    [
        "Jane Roe",
        "JANE ROE",
        "Jane Q. Roe",
        "roe.senate.example",
        "www.Roe.Senate.example",
    ],
)
def test_a_publisher_is_found_by_its_name_or_its_host(index, source):
    assert _titles(index.search("ferry", sources=[source])) == ROE


@pytest.mark.parametrize(
    "query", ['ferry source:"jane roe"', "ferry source:roe.senate.example"]
)
def test_source_clause_matches_name_or_host(index, query):
    assert _titles(index.search(query)) == ROE


def test_names_on_a_host_shared_by_many_publishers_stay_apart(index):
    results = index.search("ferry", sources=["Office 1"])
    assert _titles(results) == ["Ferry notice 1"]


def test_a_source_matching_nothing_names_the_closest_sources(index):
    with pytest.raises(QueryError, match="no such source; closest: Jane Roe"):
        index.search("ferry", sources=["Jane Ro"])
    with pytest.raises(QueryError, match="closest: Harbour Board"):
        index.search("ferry source:harbor")


def test_cli_source_matching_nothing_is_a_one_line_error(index, runner, tmp_path):
    path = tmp_path / "idx"
    with Index.open(path, create=True) as built:
        built.add(DOCS)
    result = runner.invoke(
        cli, ["--index", str(path), "query", "ferry", "--source", "Harbor Bord"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no such source; closest: Harbour Board" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("record", "source"),
    [
        ({"domain": "www.Roe.senate.example"}, "roe.senate.example"),
        ({"url": "https://www.roe.senate.example/news/3"}, "roe.senate.example"),
        (
            {"member": {"name": "Jane Roe"}, "domain": "www.roe.senate.example"},
            "Jane Roe",
        ),
        # one member, with a middle initial in one export and without in another
        ({"member": {"name": "Jane Q. Roe"}}, "Jane Roe"),
        ({"member": "Jane Q. Roe, Jr."}, "Jane Roe, Jr."),
        ({"agency": "U.S. Coast Guard"}, "U.S. Coast Guard"),
        (
            {
                "source": "https://www.roe.senate.example/news",
                "agency": "Senate Office",
            },
            "Senate Office",
        ),
    ],
)
def test_export_source_is_a_name_or_one_spelling_of_the_host(tmp_path, record, source):
    path = tmp_path / "export.json"
    path.write_text(json.dumps([{"title": "Ferry bill", "text": "Ferry.", **record}]))
    assert [doc.source for doc in read_file(path)] == [source]


def test_page_source_is_the_name_beside_a_date_in_its_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Tuesday, October 16, 2018 | Office of the Harbour Master"
        "</title></head><body><h1>Harbour fees frozen for the winter season</h1>"
        "<p>The harbour master froze all mooring fees for the winter season, the "
        "office said on Tuesday, to help the fishing fleet.</p></body></html>"
    )
    assert [doc.source for doc in read_file(path)] == ["Office of the Harbour Master"]


def test_a_publisher_and_the_host_its_other_releases_are_named_by_count_as_one(index):
    facets = dict(index.search("ferry", facets=["source"]).facets)["source"]
    counts = {facet.value: facet.count for facet in facets}
    assert counts["Jane Roe"] == 2 and "roe.senate.example" not in counts
    # A host whose documents give several names stands for none of them.
    assert all(counts[f"Office {n}"] == 1 for n in range(5))
    assert index.stats().sources["Jane Roe"] == 2
    assert "roe.senate.example" not in index.stats().sources
