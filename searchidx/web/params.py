"""The search state of the web page and API: read from a URL, written back to one.

Everything a search is lives in its query string (``/?q=exercise&source=...``),
so a page can be bookmarked and shared. Parameters carry the CLI's option
names: ``since``, ``until``, ``source``, ``tag``, ``sort``, ``page``,
``limit``, ``fold``, ``fields``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlencode

from ..engine.limits import MAX_QUERY_CHARS
from ..errors import ParameterError
from ..render import ACCEPTED_FIELDS, HIT_FIELDS
from ..search import SORTS, parse_date_bound

PAGE_PARAMS = ("q", "since", "until", "source", "tag", "sort", "page", "limit", "fold")
API_PARAMS = (*PAGE_PARAMS, "fields")
_REPEATABLE = frozenset({"source", "tag"})
# A person pages through tens of pages at most; beyond these a request is a
# mistake or a crawler, and each one ranks every match, so it is refused.
MAX_PAGE = 1000
MAX_LIMIT = 100
DEFAULT_LIMIT = 10
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


@dataclass(frozen=True, slots=True)
class SearchParams:
    """One search as the URL states it (dates kept as typed, for round trips)."""

    q: str = ""
    since: str = ""
    until: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sort: str = "relevance"
    page: int = 1
    limit: int = DEFAULT_LIMIT
    fold: bool = True
    fields: tuple[str, ...] = HIT_FIELDS

    @property
    def since_date(self) -> date | None:
        """Return the first day ``since`` covers, or None."""
        return parse_date_bound(self.since, start=True) if self.since else None

    @property
    def until_date(self) -> date | None:
        """Return the last day ``until`` covers, or None."""
        return parse_date_bound(self.until, start=False) if self.until else None

    @property
    def year_in_view(self) -> int | None:
        """Return the year when the date range lies within one year, else None."""
        since, until = self.since_date, self.until_date
        if since and until and since.year == until.year:
            return since.year
        return None

    def search_options(self) -> dict:
        """Return the keyword arguments for ``Index.search`` (all four facets)."""
        return dict(
            since=self.since_date,
            until=self.until_date,
            sources=self.sources,
            tags=self.tags,
            sort=self.sort,
            page=self.page,
            limit=self.limit,
            facets=("year", "month", "source", "tags"),
            fold=self.fold,
        )

    def query_string(self, **changes) -> str:
        """Return this search as a query string, with ``changes`` applied.

        A change of anything but the page goes back to page 1. Defaults are
        left out, so equal searches have equal URLs.
        """
        if changes and "page" not in changes:
            changes["page"] = 1
        state = replace(self, **changes)
        pairs: list[tuple[str, str]] = [("q", state.q)]
        pairs += [
            (name, getattr(state, name))
            for name in ("since", "until")
            if getattr(state, name)
        ]
        pairs += [("source", value) for value in state.sources]
        pairs += [("tag", value) for value in state.tags]
        if state.sort != "relevance":
            pairs.append(("sort", state.sort))
        if state.limit != DEFAULT_LIMIT:
            pairs.append(("limit", str(state.limit)))
        if not state.fold:
            pairs.append(("fold", "0"))
        if state.page != 1:
            pairs.append(("page", str(state.page)))
        return urlencode(pairs)


def parse_params(
    args: Mapping, *, allowed: Iterable[str] = PAGE_PARAMS
) -> SearchParams:
    """Read a search from request arguments (a werkzeug MultiDict).

    Empty values count as absent, as an empty form field sends them.

    Raises:
        ParameterError: an unknown or repeated parameter, or a bad value.
    """
    allowed = tuple(allowed)
    for name in args:
        # query= is the library's and the CLI's word for q=; either is taken.
        if name == "query" and "q" in allowed:
            if "q" in args:
                raise ParameterError("query", "give q= or query=, not both")
        elif name not in allowed:
            raise ParameterError(name, f"unknown; use {', '.join(allowed)}")
        if name not in _REPEATABLE and len(args.getlist(name)) > 1:
            raise ParameterError(name, "given more than once")

    def text(name: str) -> str:
        return (args.get(name) or "").strip()

    params = SearchParams(
        q=text("q") or text("query"),
        since=text("since"),
        until=text("until"),
        sources=_values(args.getlist("source")),
        tags=_values(args.getlist("tag")),
        sort=text("sort") or "relevance",
        page=_whole_number("page", text("page"), 1, MAX_PAGE),
        limit=_whole_number("limit", text("limit"), DEFAULT_LIMIT, MAX_LIMIT),
        fold=_flag("fold", text("fold")),
        fields=_fields(text("fields")),
    )
    if len(params.q) > MAX_QUERY_CHARS:
        raise ParameterError(
            "q", f"{len(params.q):,} characters; at most {MAX_QUERY_CHARS:,}"
        )
    if params.sort not in SORTS:
        raise ParameterError(
            "sort", f"{params.sort!r} is not one of {', '.join(SORTS)}"
        )
    for name in ("since", "until"):
        try:
            getattr(params, f"{name}_date")
        except ValueError as error:
            raise ParameterError(name, str(error)) from error
    return params


def _values(raw: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value.strip() for value in raw if value.strip()))


def _whole_number(name: str, raw: str, default: int, most: int) -> int:
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit()):
        raise ParameterError(name, f"{raw[:40]!r} is not a whole number")
    # A 5,000-digit page is refused before int() is asked to read it.
    if len(raw) > 12 or not 1 <= int(raw) <= most:
        shown = raw if len(raw) <= 20 else raw[:17] + "..."
        raise ParameterError(name, f"{shown} is not between 1 and {most}")
    return int(raw)


def _flag(name: str, raw: str) -> bool:
    if not raw or raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ParameterError(name, f"{raw[:40]!r} is not 1 or 0")


def _fields(raw: str) -> tuple[str, ...]:
    if not raw:
        return HIT_FIELDS
    fields = tuple(field.strip() for field in raw.split(",") if field.strip())
    unknown = [field for field in fields if field not in ACCEPTED_FIELDS]
    if unknown or not fields:
        raise ParameterError(
            "fields",
            f"{(unknown or [raw])[0][:40]!r} is not a field; use {','.join(HIT_FIELDS)}",
        )
    return fields
