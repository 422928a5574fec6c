"""A shard's table of term statistics: summed over the collection, stored and
read back exactly, a term it never saw counted as held by nobody."""

from __future__ import annotations

import io

import numpy as np
import pytest

from searchidx.engine import TermTable, collection_tables, packed, unpacked


def _table(doc_count, lengths, **fields):
    terms = {name: sorted(counts) for name, counts in fields.items()}
    frequencies = {
        name: np.array([fields[name][term] for term in terms[name]], np.int64)
        for name in fields
    }
    return TermTable(doc_count, tuple(sorted(lengths.items())), terms, frequencies)


def _north_and_south():
    north = _table(
        3,
        {"body": 40, "title": 9},
        body={b"drill": 2, b"harbour": 1, b"naval": 3},
        title={b"drill": 1},
    )
    south = _table(
        2,
        {"body": 25, "title": 6},
        body={b"drill": 1, b"flood": 2},
        title={},
    )
    return north, south


def test_each_shard_learns_the_collections_counts_of_its_own_terms():
    north, south = _north_and_south()
    whole_north, whole_south = collection_tables([north, south])

    assert whole_north.doc_count == whole_south.doc_count == 5
    assert dict(whole_north.field_lengths) == {"body": 65, "title": 15}
    assert whole_north.frequency("body", b"drill") == 3
    assert whole_south.frequency("body", b"drill") == 3
    assert whole_north.frequency("body", b"naval") == 3
    assert whole_south.frequency("body", b"flood") == 2
    # a shard holds only its own terms: one it never saw matches none of its
    # documents, so its count elsewhere is never asked of it
    assert whole_south.frequency("body", b"naval") == 0
    assert whole_north.frequency("title", b"drill") == 1
    assert whole_south.frequency("title", b"drill") == 0
    assert whole_north.frequency("byline", b"drill") == 0


def test_a_table_is_stored_and_read_back_exactly_even_with_an_empty_field(tmp_path):
    north, south = _north_and_south()
    _, whole_south = collection_tables([north, south])
    place = tmp_path / "collection.npz"
    np.savez(place, **packed(whole_south, generations=[4, 7]))

    with np.load(place, allow_pickle=False) as arrays:
        table, extra = unpacked(arrays)

    assert extra == {"generations": [4, 7]}
    assert table.doc_count == 5
    assert table.field_lengths == whole_south.field_lengths
    assert table.terms == {"body": [b"drill", b"flood"], "title": []}
    assert table.frequency("body", b"drill") == 3
    assert table.frequency("title", b"anything") == 0


def test_terms_in_any_script_survive_the_round_trip():
    table = _table(
        1,
        {"body": 3},
        body={"übung".encode(): 1, "演习".encode(): 1, b"a": 1},
    )
    buffer = io.BytesIO()
    np.savez(buffer, **packed(table))
    buffer.seek(0)
    with np.load(buffer, allow_pickle=False) as arrays:
        read, _ = unpacked(arrays)
    assert read.terms == table.terms
    assert read.frequency("body", "演习".encode()) == 1


def test_counts_that_do_not_match_a_tables_terms_are_refused():
    north, _ = _north_and_south()
    with pytest.raises(ValueError, match="not those of this table"):
        north.with_frequencies(5, (), {"body": np.array([1, 2], np.int64)})
