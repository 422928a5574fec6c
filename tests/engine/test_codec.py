"""What the index writes for each posting: compact positions and whole word counts."""

import pickle

import pytest
import zstandard

from searchidx import Document, Index
from searchidx.engine.codec import CompactPositions
from searchidx.engine.schema import build_schema


@pytest.mark.parametrize(
    "positions",
    [
        [0],
        [7],
        [5, 40],
        [0, 255],
        [3, 77, 200, 255],
        [3, 300],
        [255, 256],
        [1, 65535, 65536, 200_000],
        list(range(0, 900, 3)),
    ],
)
def test_positions_read_back_as_written(positions):
    compact = CompactPositions()
    stored = compact.encode(positions)
    assert compact.decode_positions(stored) == positions
    assert compact.decode_frequency(stored) == len(positions)
    assert compact.decode_weight(stored) == len(positions)


def test_a_word_found_once_near_the_start_takes_two_bytes():
    assert CompactPositions().encode([12]) == b"B\x0c"


def test_positions_under_256_are_one_byte_deltas():
    assert CompactPositions().encode([5, 40]) == b"B\x05\x23"
    assert CompactPositions().encode([3, 77, 200]) == b"B\x03\x4a\x7b"
    assert CompactPositions().encode([]) == b"B"


def test_every_text_field_stores_compact_positions():
    schema = build_schema()
    for name in ("title", "content", "byline", "dateline"):
        assert isinstance(schema[name].format, CompactPositions), name


def _release(n: int, body: str) -> Document:
    return Document(title=f"Release {n}", body=body, url=f"https://x.example/{n}")


def test_phrases_are_found_at_any_distance_into_a_long_release(tmp_path):
    # Words past position 255 and 65,535 need 2- and 4-byte deltas.
    releases = [
        _release(0, "harbor ferry opens"),
        _release(1, "quay " * 300 + "harbor ferry opens"),
        _release(2, "quay " * 70_000 + "harbor ferry opens"),
        _release(3, "ferry harbor opens"),
    ]
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add(releases)
        found = index.search('"harbor ferry"', fold=False)
        assert sorted(hit.document.id for hit in found.hits) == [
            "https://x.example/0",
            "https://x.example/1",
            "https://x.example/2",
        ]


def test_word_counts_are_stored_as_ints_in_blocks_and_in_the_term_table(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        releases = [_release(n, "harbor " * (1 + n % 3) + "ferry") for n in range(20)]
        index.add([*releases, _release(20, "lighthouse lighthouse lighthouse")])
        with index._store._index.searcher() as searcher:
            reader = searcher.reader()
            block = reader.postings("content", b"harbor")  # 20: a block of their own
            raw = block._postfile.get(
                block._dataoffset, block._nextoffset - block._dataoffset
            )
            _ids, weights, _values = pickle.loads(
                zstandard.ZstdDecompressor().decompress(raw)
            )
            inlined = reader.postings("content", b"lighthous")  # 1 posting: inline
    assert weights == tuple(1 + n % 3 for n in range(20))
    assert all(type(weight) is int for weight in weights)
    assert inlined._weights == (3,)


def test_stored_fields_are_zstd_frames_and_read_back(tmp_path):
    import whoosh.codec.whoosh3
    from whoosh.columns import VarBytesColumn

    release = _release(1, "harbor ferry " * 200)
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([release])
        with index._store._index.searcher() as searcher:
            perdoc = searcher.reader()._perdoc
            column = perdoc._cached_reader(
                "_stored", whoosh.codec.whoosh3.STORED_COLUMN
            )
            raw = VarBytesColumn.Reader.__getitem__(column._child, 0)  # as on disk
        assert raw.startswith(b"\x28\xb5\x2f\xfd")  # zstd's magic number
        assert index.get(release.id).body == release.body
    # Other Whoosh indexes in the program keep Whoosh's zlib column.
    assert whoosh.codec.whoosh3.STORED_COLUMN._child._module == "zlib"
