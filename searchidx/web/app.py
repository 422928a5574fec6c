"""The local search page and JSON API: a Flask app over one open Index.

Flask because it is small and well kept, its Jinja2 templates escape every
value by default (document titles and bodies come from arbitrary web pages),
and werkzeug serves it locally with no other dependency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from flask import Flask, Response, jsonify, render_template, request, url_for
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from ..cluster.errors import ClusterUnavailableError, ShardsUnavailableError
from ..errors import (
    DocumentNotFoundError,
    IndexFormatError,
    ParameterError,
    QueryError,
    SearchidxError,
)
from ..index import Index
from ..render import document_json, facets_to_show, hit_json, summary_json
from ..search import Results
from .params import API_PARAMS, MAX_PAGE, PAGE_PARAMS, SearchParams, parse_params

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_SOURCES_SHOWN = 15
_TAGS_SHOWN = 20
_MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def create_app(index: Index) -> Flask:
    """Return the web app searching ``index``.

    The index stays open for the app's life: its searcher is reused across
    requests and reopened when another process commits to the index.
    """
    app = Flask(__name__)
    # Document ids are urls ("https://..."): keep their double slash.
    app.url_map.merge_slashes = False
    app.json.sort_keys = False  # keys in the order `query --json` prints them
    app.json.ensure_ascii = False

    @app.get("/")
    def search_page():
        error = None
        results = None
        try:
            params = parse_params(request.args, allowed=PAGE_PARAMS)
        except ParameterError as caught:
            error = str(caught)
            params = _lenient_params()
        else:
            try:
                if params.q:
                    results = index.search(params.q, **params.search_options())
            except QueryError as caught:
                error = str(caught)  # the form keeps the filters, to fix the query
        page = _results_view(params, results) if results else None
        html = render_template(
            "search.html",
            params=params,
            results=page,
            error=error,
            active=_active_filters(params),
        )
        return html, 400 if error else 200

    @app.get("/doc/<path:doc_id>")
    def document_page(doc_id: str):
        # A hit's link carries its search, so this page's box keeps the query
        # and "back" returns to the same results; a broken one is just dropped.
        try:
            params = parse_params(request.args, allowed=PAGE_PARAMS)
        except ParameterError:
            params = SearchParams()
        try:
            document = index.get(doc_id)
        except DocumentNotFoundError:
            return _error_page(404, f"no document with id {doc_id!r}")
        return render_template(
            "document.html",
            params=params,
            document=document,
            paragraphs=document.body.split("\n\n"),
            original_url=_link(document.url),
            back=url_for("search_page") + "?" + params.query_string()
            if params.q
            else None,
        )

    @app.get("/api/search")
    def search_api():
        try:
            params = parse_params(request.args, allowed=API_PARAMS)
            if not params.q:
                raise ParameterError("q", "the query is empty; pass q=...")
            results = index.search(params.q, **params.search_options())
        except (ParameterError, QueryError) as caught:
            return _json_error(400, str(caught))
        # What `query --json` prints: months only when they span a year or less.
        results = replace(results, facets=facets_to_show(results.facets))
        return jsonify(
            hits=[hit_json(hit, params.fields) for hit in results.hits],
            summary=summary_json(results),
        )

    @app.get("/api/doc/<path:doc_id>")
    def document_api(doc_id: str):
        try:
            document = index.get(doc_id)
        except DocumentNotFoundError:
            return _json_error(404, f"no document with id {doc_id!r}")
        return jsonify(document_json(document))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        # Short answers, never werkzeug's HTML pages (or a traceback).
        if request.path.startswith("/api/"):
            return _json_error(error.code or 500, error.name.lower())
        return _error_page(error.code or 500, error.name.lower())

    @app.errorhandler(ShardsUnavailableError)
    @app.errorhandler(ClusterUnavailableError)
    @app.errorhandler(IndexFormatError)
    def damaged_index(error: SearchidxError):
        # The server is fine, the index (or a shard, or the cluster holding
        # it) is not: 503 until it is back.
        app.logger.error("%s", error)
        if request.path.startswith("/api/"):
            return _json_error(503, str(error))
        return _error_page(503, str(error))

    @app.errorhandler(Exception)
    def internal_error(error: Exception):
        app.logger.exception("internal error on %s", request.path)
        message = f"internal error ({type(error).__name__})"
        if request.path.startswith("/api/"):
            return _json_error(500, message)
        return _error_page(500, message)

    return app


def _json_error(status: int, message: str) -> Response:
    response = jsonify(error=message)
    response.status_code = status
    return response


def _error_page(status: int, message: str):
    return render_template("error.html", status=status, message=message), status


def _lenient_params() -> SearchParams:
    """Return what can be kept of a bad request's search, to refill the form."""
    return SearchParams(
        q=(request.args.get("q") or request.args.get("query") or "").strip()
    )


def _link(url: str | None) -> str | None:
    """Return ``url`` when it is safe to link to (http or https), else None."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


@dataclass(frozen=True, slots=True)
class _Bar:
    label: str
    value: str
    count: int
    percent: int  # of the chart's longest bar
    href: str
    is_current: bool


def _results_view(params: SearchParams, results: Results) -> dict:
    """Return what the results template shows: hits, facets, chart, pages."""
    hits = []
    for hit in results.hits:
        data = hit_json(hit)
        # hit_json escaped the snippet's text before adding <mark>.
        data["snippet"] = Markup(data["snippet"])
        data["href"] = (
            url_for("document_page", doc_id=data["id"]) + "?" + params.query_string()
        )
        data["original_url"] = _link(data["url"])
        hits.append(data)
    pages = min(math.ceil(results.total / params.limit), MAX_PAGE)
    return {
        "total": results.total,
        "hits": hits,
        "first": hits[0]["rank"] if hits else 0,
        "last": hits[-1]["rank"] if hits else 0,
        "elapsed_ms": results.elapsed_ms,
        "failed_shards": getattr(results, "failed_shards", ()),
        "query": results.query,
        "corrected_from": results.corrected_from,
        "suggestion": results.suggestion,
        "suggestion_href": "?" + params.query_string(q=results.suggestion)
        if results.suggestion
        else None,
        "page": params.page,
        "pages": pages,
        "previous_href": "?" + params.query_string(page=min(params.page - 1, pages))
        if params.page > 1
        else None,
        "next_href": "?" + params.query_string(page=params.page + 1)
        if params.page < pages
        else None,
        "sources": _facet_links(params, results, "source", _SOURCES_SHOWN),
        "tags": _facet_links(params, results, "tags", _TAGS_SHOWN),
        "year_in_view": params.year_in_view,
        "bars": _histogram(params, results),
    }


def _facet_links(params: SearchParams, results: Results, name: str, shown: int):
    chosen = params.sources if name == "source" else params.tags
    links = []
    for count in results.facets.get(name, ())[:shown]:
        if count.value in chosen:
            continue
        added = (*chosen, count.value)
        change = {"sources": added} if name == "source" else {"tags": added}
        links.append(
            {
                "value": count.value,
                "count": count.count,
                "href": "?" + params.query_string(**change),
            }
        )
    return links


def _active_filters(params: SearchParams) -> list[dict]:
    """Return the filters in force, each with the link that removes it."""
    active = []
    for kind, name, values in (
        ("source", "sources", params.sources),
        ("tag", "tags", params.tags),
    ):
        for value in values:
            rest = tuple(v for v in values if v != value)
            href = "?" + params.query_string(**{name: rest})
            active.append({"kind": kind, "value": value, "href": href})
    if params.since or params.until:
        span = f"{params.since or '…'} to {params.until or '…'}"
        if params.since == params.until:
            span = params.since
        active.append(
            {
                "kind": "date",
                "value": span,
                "href": "?" + params.query_string(since="", until=""),
            }
        )
    return active


def _histogram(params: SearchParams, results: Results) -> list[_Bar]:
    """Return the date chart's bars: the months of the year in view, else years.

    Years with no hits between the first and the last get an empty bar, so
    the chart's spacing is time's.
    """
    year = params.year_in_view
    if year is not None:
        counts = {c.value: c.count for c in results.facets.get("month", ())}
        values = [f"{year}-{month:02d}" for month in range(1, 13)]
        labels = _MONTH_NAMES
    else:
        counts = {c.value: c.count for c in results.facets.get("year", ())}
        if not counts:
            return []
        years = [int(value) for value in counts]
        values = [str(y) for y in range(min(years), max(years) + 1)]
        labels = values
    top = max(counts.values(), default=0) or 1
    return [
        _Bar(
            label=label,
            value=value,
            count=counts.get(value, 0),
            percent=round(100 * counts.get(value, 0) / top),
            href="?" + params.query_string(since=value, until=value),
            is_current=params.since == value == params.until,
        )
        for label, value in zip(labels, values, strict=True)
    ]
