"""Turn results and documents into what the CLI prints: JSON dicts and text lines.

Pure functions with no terminal library: the caller passes ``style`` (the CLI
passes click.style), so colour stays a CLI decision and this stays testable.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import date

from .documents import Document
from .search import FacetCount, Hit, Results
from .snippets import Snippet

Style = Callable[..., str]
HIT_FIELDS = ("rank", "id", "title", "date", "source", "url", "byline", "dateline",
              "tags", "score", "snippet", "also_published_by")  # fmt: skip
DEFAULT_FIELDS = ("rank", "title", "date", "source", "snippet", "also_published_by")
# Control characters (C0, DEL, C1) in a saved page could move the cursor or
# rewrite the user's terminal; they are dropped from everything we print.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BAR_WIDTH = 30
_TOP_VALUES = 10


def plain(text: str, **_style) -> str:
    """A ``style`` that adds nothing."""
    return text


def safe(text: str) -> str:
    """Return ``text`` without characters that could control a terminal."""
    return _TERMINAL_UNSAFE.sub("", text)


def json_line(data: dict) -> str:
    """Return ``data`` as one line of JSON that is safe to print to a terminal.

    json.dumps escapes C0 controls but leaves DEL and the C1 controls (U+009B
    is a terminal's CSI) as they are; they can only occur inside strings, so
    escaping them keeps the JSON equal.
    """
    text = json.dumps(data, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def iso(value: date | None) -> str | None:
    """Return an ISO date or None."""
    return value.isoformat() if value else None


def document_json(document: Document) -> dict:
    """Return the document as the JSON object ``parse`` and ``show`` print."""
    data = asdict(document)
    data["date"] = iso(document.date)
    data["tags"] = list(document.tags)
    return data


def hit_json(hit: Hit, fields: Iterable[str] = HIT_FIELDS) -> dict:
    """Return one hit as the JSON object ``query --json`` prints, keys in ``fields``."""
    doc = hit.document
    snippet = hit.snippets[0] if hit.snippets else Snippet("")
    values = {
        "rank": hit.rank,
        "id": doc.id,
        "title": doc.title,
        "date": iso(doc.date),
        "source": doc.source,
        "url": doc.url,
        "byline": doc.byline,
        "dateline": doc.dateline,
        "tags": list(doc.tags),
        "score": hit.score,
        "snippet": snippet.highlighted("<mark>", "</mark>", escape=html.escape),
        "also_published_by": list(hit.also_published_by),
    }
    return {name: values[name] for name in fields}


def summary_json(results: Results) -> dict:
    """Return the final ``query --json`` object: totals, the query run (and
    the one typed, when it was corrected), suggestion, facets."""
    return {
        "total": results.total,
        "page": results.page,
        "elapsed_ms": results.elapsed_ms,
        "query": results.query,
        "corrected_from": results.corrected_from,
        "suggestion": results.suggestion,
        "facets": {
            name: {count.value: count.count for count in counts}
            for name, counts in results.facets.items()
        },
    }


def facets_to_show(
    facets: dict[str, tuple[FacetCount, ...]],
) -> dict[str, tuple[FacetCount, ...]]:
    """Return ``facets`` with the month counts kept only when they span twelve
    months or less (more would be a wall of bars; years say it better)."""
    shown = dict(facets)
    months = [count.value for count in shown.get("month", ())]
    if months:
        (first_year, first_month), (last_year, last_month) = (
            map(int, months[0].split("-")),
            map(int, months[-1].split("-")),
        )
        if (last_year - first_year) * 12 + last_month - first_month >= 12:
            del shown["month"]
    return shown


def styled_snippet(snippet: Snippet, style: Style) -> str:
    """Return the snippet with its matches styled (bold yellow on a terminal)."""
    marked = snippet.highlighted("\x00", "\x01", escape=safe)
    return re.sub(
        "\x00(.*?)\x01", lambda m: style(m.group(1), fg="yellow", bold=True), marked
    )


def hit_lines(hit: Hit, fields: Iterable[str], style: Style) -> list[str]:
    """Return the lines a hit prints as: rank and title, then facts, then snippet."""
    fields = list(fields)
    values = hit_json(hit, [f for f in fields if f != "snippet"])
    head = []
    if "rank" in fields:
        head.append(f"{hit.rank:>2}.")
    if "title" in fields:
        head.append(style(safe(hit.document.title), bold=True))
    facts = [
        ", ".join(values[name]) if name == "tags" else str(values[name])
        for name in fields
        if name not in ("rank", "title", "also_published_by")
        and values.get(name) not in (None, "", [])
    ]
    lines = [" ".join(head)] if head else []
    if facts:
        lines.append("    " + style(safe(" · ".join(facts)), fg="cyan"))
    if "snippet" in fields:
        lines += ["    " + styled_snippet(snippet, style) for snippet in hit.snippets]
    if "also_published_by" in fields and hit.also_published_by:
        names = ", ".join(safe(name) for name in hit.also_published_by)
        lines.append("    " + style(f"also published by: {names}", dim=True))
    return lines


def facet_lines(facets: dict[str, tuple[FacetCount, ...]], style: Style) -> list[str]:
    """Return the facet block printed under the hits: bars for dates, top counts for the rest."""
    lines: list[str] = []
    headings = {
        "year": "by year",
        "month": "by month",
        "source": "by source",
        "tags": "by tag",
    }
    for name, counts in facets.items():
        if not counts:
            continue
        lines.append(style(headings.get(name, name), bold=True))
        if name in ("year", "month"):
            top = max(count.count for count in counts)
            for count in counts:
                bar = "█" * max(1, round(_BAR_WIDTH * count.count / top))
                lines.append(
                    f"  {count.value:<8} {style(bar, fg='green')} {count.count}"
                )
        else:
            width = min(40, max(len(safe(c.value)) for c in counts[:_TOP_VALUES]))
            for count in counts[:_TOP_VALUES]:
                lines.append(
                    f"  {safe(count.value)[:width]:<{width}}  {count.count:>5}"
                )
            if len(counts) > _TOP_VALUES:
                lines.append(f"  ... {len(counts) - _TOP_VALUES} more")
    return lines


def correction_line(results: Results, style: Style = plain) -> str | None:
    """Return the line saying a misspelled query was replaced, or None."""
    if results.corrected_from is None:
        return None
    typed = safe(results.corrected_from)
    run = style(safe(results.query), bold=True)
    return (
        f'No hits for "{typed}"; showing results for "{run}". '
        "(--no-correct searches as typed)"
    )


def summary_line(results: Results) -> str:
    """Return "N hits (showing a-b) in X ms"."""
    noun = "hit" if results.total == 1 else "hits"
    shown = ""
    if results.hits and (results.total > len(results.hits) or results.page > 1):
        shown = f" (showing {results.hits[0].rank}-{results.hits[-1].rank})"
    elif not results.hits and results.total:
        shown = f" (page {results.page} is past the last)"
    return f"{results.total} {noun}{shown} in {results.elapsed_ms:.0f} ms"


def document_lines(document: Document) -> list[str]:
    """Return a document's fields, one per line, then its body."""
    lines = []
    for name in (
        "id",
        "title",
        "date",
        "source",
        "url",
        "byline",
        "dateline",
        "tags",
        "path",
    ):
        value = getattr(document, name)
        if isinstance(value, tuple):
            value = ", ".join(value)
        lines.append(f"{name + ':':<10} {safe(str(value or ''))}")
    lines.append("body:")
    lines += [safe(paragraph) for paragraph in document.body.split("\n\n")]
    return lines
