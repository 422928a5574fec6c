"""What the library takes where it asks for several values."""

from __future__ import annotations

import os
from typing import Any


def one_or_many(values: Any) -> list[Any]:
    """Return ``values`` as a list, a single string or path being one value.

    A str is iterable, so ``add_files("dump.jsonl")`` would otherwise read
    the folders "d", "u", "m"... and "." (all of the current folder), and
    ``remove("https://...")`` delete nothing, letter by letter.
    """
    if isinstance(values, str | bytes | os.PathLike):
        return [values]
    return list(values)
