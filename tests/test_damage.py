"""A damaged index is found and named, never used as if it were whole.

Every segment file and table of contents carries a checksum (checksums.py):
`check` reports any changed byte, a command that meets damage says so in one
line naming the segment and the remedy, and nothing is deleted that a user
did not ask to delete.
"""

import json
import random
import shutil
from pathlib import Path

import pytest

from searchidx import Document, Index, IndexDamagedError, IndexFormatError
from searchidx.cli import cli
from searchidx.web.app import create_app


def _release(number: int) -> Document:
    return Document(
        title=f"Coastal patrol report {number}",
        body=f"The coastguard patrol number {number} inspected harbor moorings. "
        + "Crews logged weather, vessel traffic and buoy repairs. " * 30,
        url=f"https://coast.example/patrol-{number}",
        source="Coastguard",
    )


@pytest.fixture
def index_path(tmp_path) -> Path:
    """An index of three commits (three segments), 60 releases."""
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        for start in (0, 20, 40):
            index.add([_release(n) for n in range(start, start + 20)])
    return path


def _flip_a_bit(file: Path, rng: random.Random) -> None:
    data = bytearray(file.read_bytes())
    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    file.write_bytes(bytes(data))


def _reported(path: Path) -> bool:
    try:
        with Index.open(path) as index:
            return not index.check().is_ok
    except IndexFormatError:
        return True  # refused at open: the table of contents is damaged


@pytest.mark.slow
def test_every_single_bit_flip_in_any_index_file_is_reported(tmp_path, index_path):
    rng = random.Random(20261206)
    files = sorted(
        p for p in index_path.iterdir() if p.suffix == ".seg" or p.suffix == ".toc"
    )
    assert len(files) >= 2
    missed = []
    for flip in range(200):
        copy = tmp_path / f"flip{flip}"
        shutil.copytree(index_path, copy)
        target = copy / rng.choice(files).name
        _flip_a_bit(target, rng)
        if not _reported(copy):
            missed.append(target.name)
        shutil.rmtree(copy)
    assert missed == []


def _cut_short(file: Path) -> None:
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])


@pytest.mark.parametrize(
    "damage",
    [_cut_short, lambda file: file.unlink()],
    ids=["truncated", "missing"],
)
def test_query_on_a_damaged_segment_is_one_line_naming_it(
    runner, index_path, damage, corpus_dir
):
    with Index.open(index_path) as index:
        assert index.search("patrol").total == 60
    segment = max(index_path.glob("*.seg"), key=lambda p: p.stat().st_size)
    damage(segment)
    for command in (
        ["query", "patrol"],
        ["stats"],
        ["show", "https://coast.example/patrol-3"],
        ["index", "-q", str(corpus_dir)],
    ):
        result = runner.invoke(cli, ["--index", str(index_path), *command])
        assert result.exit_code == 1, (command, result.output)
        (line,) = result.stderr.splitlines()
        assert line.startswith(
            f"Error: {index_path}: segment {segment.stem} is damaged"
        )
        assert "rebuild it" in line
        assert "internal error" not in line


def test_the_web_api_answers_503_with_json_on_a_damaged_index(index_path):
    # Damaged before the server opens it: a file cut short under an open
    # (memory-mapped) searcher is a bus error, which no check can catch.
    segment = max(index_path.glob("*.seg"), key=lambda p: p.stat().st_size)
    _cut_short(segment)
    with Index.open(index_path) as index:
        client = create_app(index).test_client()
        response = client.get("/api/search?q=coastguard+moorings")
        assert response.status_code == 503
        assert "is damaged" in json.loads(response.data)["error"]
        page = client.get("/?q=coastguard+moorings")
        assert page.status_code == 503
        assert b"is damaged" in page.data


def test_an_altered_table_of_contents_is_refused_at_open(index_path):
    (toc,) = index_path.glob("_searchidx_*.toc")
    _flip_a_bit(toc, random.Random(3))
    with pytest.raises(IndexFormatError, match="the index is damaged"):
        Index.open(index_path)


def test_segments_without_a_table_of_contents_are_refused_not_removed(
    runner, index_path, corpus_dir
):
    (toc,) = index_path.glob("_searchidx_*.toc")
    toc.unlink()
    segments = sorted(index_path.glob("*.seg"))
    result = runner.invoke(cli, ["--index", str(index_path), "index", str(corpus_dir)])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {index_path}: holds 3 segment files but no table")
    assert "left as it is" in line
    assert sorted(index_path.glob("*.seg")) == segments
    with pytest.raises(IndexFormatError):
        Index.open(index_path, create=True)
    assert sorted(index_path.glob("*.seg")) == segments


def test_library_raises_index_damaged_error(index_path):
    for segment in index_path.glob("*.seg"):
        _cut_short(segment)
    with Index.open(index_path) as index:
        with pytest.raises(IndexDamagedError, match="is damaged"):
            index.search("patrol")


def test_a_renamed_table_of_contents_is_named_as_damage(runner, index_path):
    (toc,) = index_path.glob("_searchidx_*.toc")
    toc.rename(index_path / "_searchidx_7.toc")
    for command in (["check"], ["query", "patrol"], ["stats"]):
        result = runner.invoke(cli, ["--index", str(index_path), *command])
        assert result.exit_code == 1
        (line,) = result.stderr.splitlines()
        assert "was written as generation" in line, line
        assert "internal error" not in line


def test_an_older_table_of_contents_put_back_is_refused_and_nothing_deleted(
    tmp_path, index_path
):
    (old_toc,) = index_path.glob("_searchidx_*.toc")
    saved = old_toc.read_bytes()
    with Index.open(index_path) as index:
        index.add([_release(99)])
    (new_toc,) = index_path.glob("_searchidx_*.toc")
    files = sorted(p.name for p in index_path.iterdir())
    new_toc.unlink()
    old_toc.write_bytes(saved)  # restored from an older copy
    with pytest.raises(IndexFormatError, match="an older one was put back"):
        Index.open(index_path)
    after = sorted(p.name for p in index_path.iterdir())
    assert set(files) - {new_toc.name} == set(after) - {old_toc.name}
