"""The index files are read in place, the way Whoosh would read a copy."""

import io
import pickle

import pytest

from searchidx.store import _ViewFile

DATA = b"first line\nsecond\n\nno newline at the end" + pickle.dumps({"a": [1, 2]}, 2)


@pytest.mark.parametrize(
    "steps",
    [
        [("read", 5), ("tell",), ("readline",), ("readline",), ("read", -1)],
        [("seek", 3), ("readline", 4), ("readline",), ("seek", -6, 2), ("read", 100)],
        [("seek", 2), ("seek", 4, 1), ("readline", 100), ("read", 0), ("tell",)],
        [("iter",)],
        [("readinto", 7), ("readinto", 4000), ("read", 3)],
    ],
)
def test_a_view_file_reads_like_an_in_memory_copy(steps):
    view, copy = _ViewFile(memoryview(DATA)), io.BytesIO(DATA)
    for name, *args in steps:
        if name == "iter":
            assert list(view) == list(copy)
        elif name == "readinto":
            a, b = bytearray(args[0]), bytearray(args[0])
            assert (view.readinto(a), a) == (copy.readinto(b), b)
        else:
            assert getattr(view, name)(*args) == getattr(copy, name)(*args), (
                name,
                args,
            )


def test_pickles_load_from_a_view_file():
    view = _ViewFile(memoryview(b"junk" + pickle.dumps(("ids", 3.5, [b"x"]), 2)))
    view.seek(4)
    assert pickle.load(view) == ("ids", 3.5, [b"x"])
