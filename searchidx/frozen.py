"""A read-only dict for the fields of frozen records."""

from __future__ import annotations

from typing import Any, NoReturn


class FrozenDict(dict):
    """A dict that cannot be changed once made: frozen records hold these.

    A dict subclass, so JSON, ``dict(...)`` and every reader of mappings take
    it as it is; hashable, as a frozen record's fields should be; pickled by
    its items (processes and cluster workers pass records to each other).
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(f"{type(self).__name__} cannot be changed")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self):
        return (type(self), (dict(self),))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
