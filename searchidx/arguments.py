"""What the library takes where it asks for several values."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def one_or_many(values: Any) -> list[Any]:
    """Return ``values`` as a list, a single string or path being one value.

    A str is iterable, so ``add_files("dump.jsonl")`` would otherwise read
    the folders "d", "u", "m"... and "." (all of the current folder), and
    ``remove("https://...")`` delete nothing, letter by letter.
    """
    if isinstance(values, str | bytes | os.PathLike):
        return [values]
    return list(values)


def former_names(**old_to_new: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Accept a keyword argument under its former name too (see CHANGELOG.md)."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(method)
        def accepting_former_names(*args: P.args, **kwargs: P.kwargs) -> R:
            for old, new in old_to_new.items():
                if old in kwargs:
                    if new in kwargs:
                        raise TypeError(
                            f"pass {new}= or its former name {old}=, not both"
                        )
                    kwargs[new] = kwargs.pop(old)
            return method(*args, **kwargs)

        return accepting_former_names

    return decorate
