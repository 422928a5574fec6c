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
HIT_FIELDS = (
    "rank",
    "id",
    "title",
    "date",
    "source",
    "url",
    "byline",
    "dateline",
    "tags",
    "score",
    "snippet",
    "copies",
)
# Former names still accepted (CHANGELOG.md); output keeps the name asked for.
FORMER_FIELDS = ("also_published_by",)
ACCEPTED_FIELDS = HIT_FIELDS + FORMER_FIELDS
DEFAULT_FIELDS = ("rank", "title", "date", "source", "snippet", "copies")
# Control characters (C0, DEL, C1) in a saved page could move the cursor or
# rewrite the user's terminal; they are dropped from everything we print.
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BAR_WIDTH = 30
_TOP_VALUES = 10
_NAME_WIDTH = 40  # a source or tag name in the facet block, at most


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
        "copies": list(hit.copies),
        "also_published_by": list(hit.copies),
    }
    return {name: values[name] for name in fields}


def summary_json(results: Results) -> dict:
    """Return the final ``query --json`` object: totals, the query run (and
    the one typed, when it was corrected), suggestion, facets."""
    summary = {
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
    failed_shards = getattr(results, "failed_shards", ())
    if failed_shards:  # a sharded index some of whose shards did not answer
        summary["failed_shards"] = list(failed_shards)
    return summary


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


def _styled_matches(marked: str, style: Style) -> str:
    """Return ``marked`` with the text between \\x00 and \\x01 (a snippet's
    matches) styled bold yellow."""
    return re.sub(
        "\x00(.*?)\x01", lambda m: style(m.group(1), fg="yellow", bold=True), marked
    )


_INDENT = "    "
# Below this a terminal is too narrow to wrap into; lines just run on.
_MIN_WIDTH = 40


def wrap(text: str, width: int | None, first: str = "", rest: str = "") -> list[str]:
    """Return ``text`` as lines of at most ``width`` characters, broken between
    words; the first line starts with ``first``, the others with ``rest``.

    ``\x00`` and ``\x01`` (the marks around a match) take no room, and a
    match broken over two lines is closed and opened again, so each line
    styles on its own. No ``width``: one line. A word longer than a line is
    left whole, for the terminal to wrap.
    """
    words = text.split()
    if width is None:
        return [first + " ".join(words)]
    width = max(width, _MIN_WIDTH)
    lines: list[str] = []
    line, room = first, width - len(first)
    for word in words:
        size = len(word) - word.count("\x00") - word.count("\x01")
        if line not in (first, rest) and size + 1 > room:
            lines.append(line)
            line, room = rest, width - len(rest)
        if line not in (first, rest):
            line += " "
            room -= 1
        line += word
        room -= size
    lines.append(line)
    reopened, is_open = [], False
    for line in lines:
        if is_open:
            line = line[: len(rest)] + "\x00" + line[len(rest) :]
        is_open = line.rfind("\x00") > line.rfind("\x01")
        reopened.append(line + "\x01" if is_open else line)
    return reopened


def hit_lines(
    hit: Hit, fields: Iterable[str], style: Style, width: int | None = None
) -> list[str]:
    """Return the lines a hit prints as, its fields in the order given.

    The rank opens the first line; the title, the snippets and the other
    copies' publishers take lines of their own, and the facts between them
    (date, source, url, ...) share one, joined by " · ". Lines after the first
    are indented; with ``width`` every line is wrapped to it between words.
    """
    fields = list(fields)
    values = hit_json(hit, [f for f in fields if f not in ("snippet", "rank")])
    blocks: list[tuple[str, dict]] = []  # (text with match marks, line style)
    facts: list[str] = []

    def end_facts() -> None:
        if facts:
            blocks.append((safe(" · ".join(facts)), {"fg": "cyan"}))
            facts.clear()

    for name in fields:
        if name == "rank":
            continue
        if name in ("title", "snippet", "copies", "also_published_by"):
            end_facts()
        if name == "title":
            blocks.append((safe(hit.document.title), {"bold": True}))
        elif name == "snippet":
            blocks += [
                (s.highlighted("\x00", "\x01", escape=safe), {}) for s in hit.snippets
            ]
        elif name in ("copies", "also_published_by"):
            if hit.copies:
                names = ", ".join(safe(name) for name in hit.copies)
                blocks.append((f"also published by: {names}", {"dim": True}))
        elif values.get(name) not in (None, "", []):
            value = values[name]
            facts.append(", ".join(value) if name == "tags" else str(value))
    end_facts()
    rank = f"{hit.rank:>2}. " if "rank" in fields else ""
    lines = []
    for text, line_style in blocks:
        first = _INDENT if lines else rank
        for at, line in enumerate(wrap(text, width, first, _INDENT)):
            indent = len(first) if at == 0 else len(_INDENT)
            head, body = line[:indent], line[indent:]
            if line_style:
                body = style(body, **line_style)  # no matches marked in these
            lines.append(head + _styled_matches(body, style))
    if rank and not lines:
        lines.append(rank.rstrip())
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
                    f"  {count.value:<8} {style(bar, fg='green')} {count.count:,}"
                )
        else:
            top = counts[:_TOP_VALUES]
            names = [_shortened(safe(count.value), _NAME_WIDTH) for count in top]
            width = max(map(len, names))
            digits = max(len(f"{count.count:,}") for count in top)
            for name, count in zip(names, top, strict=True):
                lines.append(f"  {name:<{width}}  {count.count:>{digits},}")
            if len(counts) > _TOP_VALUES:
                lines.append(f"  ... {len(counts) - _TOP_VALUES:,} more")
    return lines


def _shortened(text: str, width: int) -> str:
    """Return ``text`` cut to ``width`` characters, an ellipsis saying it was."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def correction_line(results: Results) -> str | None:
    """Return the line saying a misspelled query was replaced, or None."""
    if results.corrected_from is None:
        return None
    typed = safe(results.corrected_from)
    run = safe(results.query)
    return (
        f'No hits for "{typed}"; showing results for "{run}". '
        "(--no-correct searches as typed)"
    )


def summary_line(results: Results) -> str:
    """Return "N hits (showing a-b) in X ms"."""
    noun = "hit" if results.total == 1 else "hits"
    shown = ""
    if results.hits and (results.total > len(results.hits) or results.page > 1):
        shown = f" (showing {results.hits[0].rank:,}-{results.hits[-1].rank:,})"
    elif not results.hits and results.total:
        shown = f" (page {results.page:,} is past the last)"
    return f"{results.total:,} {noun}{shown} in {results.elapsed_ms:,.0f} ms"


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
