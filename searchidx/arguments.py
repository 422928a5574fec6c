"""What the library takes where it asks for several values."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def one_or_many(values: Iterable[T] | T) -> list[T]:
    """Return ``values`` as a list, a single string or path being one value.

    A str is iterable, so ``add_files("dump.jsonl")`` would otherwise read
    the folders "d", "u", "m"... and "." (all of the current folder), and
    ``remove("https://...")`` delete nothing, letter by letter.
    """
    if isinstance(values, str | bytes | os.PathLike):
        return [values]  # type: ignore[list-item]
    return list(values)  # type: ignore[arg-type]
