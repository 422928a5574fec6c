"""Facet counts read from columns equal Whoosh's own grouped counts."""

import pytest
from whoosh import index as whoosh_index
from whoosh import query, sorting

from searchidx import Index, read_documents
from searchidx.engine import Reader
from searchidx.facets import FACET_FIELDS, count_facets
from searchidx.sources import as_publisher, publisher_names

from ..conftest import CORPUS


@pytest.fixture(scope="module")
def two_segment_index(tmp_path_factory):
    documents = sorted(read_documents(CORPUS), key=lambda d: d.id)
    path = tmp_path_factory.mktemp("facets") / "index"
    with Index.open(path, create=True) as index:
        index.add(documents[:30])
        index.add(documents[30:])
    storage = whoosh_index.open_dir(str(path), indexname="searchidx")
    with storage.searcher() as searcher:
        assert len(searcher.reader().leaf_readers()) == 2
        yield searcher


def whoosh_counts(searcher, hits, name):
    facet = sorting.FieldFacet(
        name, allow_overlap=(name == "tags"), maptype=sorting.Count
    )
    grouped = searcher.search(
        query.Every(), filter=hits, groupedby={name: facet}, limit=1
    )
    return {str(value): n for value, n in grouped.groups(name).items() if value}


@pytest.mark.parametrize("name", FACET_FIELDS)
def test_facet_counts_match_whoosh_grouping(two_segment_index, name):
    searcher = two_segment_index
    everything = set(searcher.document_numbers())
    reader = Reader(searcher)
    for hits in [everything, set(sorted(everything)[::3]), {max(everything)}]:
        counted = count_facets(reader, hits, [name])[name]
        expected = whoosh_counts(searcher, hits, name)
        if name == "source":  # a host its publisher's releases name counts as it
            expected = as_publisher(expected, publisher_names(reader))
        assert {c.value: c.count for c in counted} == expected
    assert len(count_facets(Reader(searcher), everything, [name])[name]) > 1
    assert count_facets(Reader(searcher), set(), [name]) == {name: ()}


def test_source_counts_hold_past_255_distinct_sources(tmp_path):
    # Past 255 distinct values Whoosh stores two-byte references.
    from searchidx import Document

    documents = [
        Document(
            title=f"Notice {n}",
            body=f"Routine notice number {n}.",
            source=f"Office {n % 300}",
            url=f"https://x.example/{n}",
        )
        for n in range(600)
    ]
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(documents)
    storage = whoosh_index.open_dir(str(tmp_path / "index"), indexname="searchidx")
    with storage.searcher() as searcher:
        hits = set(sorted(searcher.document_numbers())[:450])
        counted = {
            c.value: c.count
            for c in count_facets(Reader(searcher), hits, ["source"])["source"]
        }
        assert counted == whoosh_counts(searcher, hits, "source")
        assert len(counted) == 300 and sum(counted.values()) == 450
