"""Measure how well searchidx turns real release pages into fields.

    python benchmarks/extraction.py [--press ../shared/data/press] [--peers]

Reads every page listed in benchmarks/extraction_labels.json (facts read by
hand from the pages: title, date, byline, dateline, url, tags, the first and
last words of the release text, chrome phrases that must stay out of the
body) and in extraction_labels_written.json (pages written for the project
in the shapes of sites the readers were not built on, tests/data/unseen/), runs the reader the CLI uses on each, and prints per-field accuracy,
boilerplate leaks and pages/s. With --peers, trafilatura (body, title, date)
and htmldate (date) run on the same HTML pages, when installed
(`pip install ".[bench]"`), so the figures come from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from searchidx import __version__  # noqa: E402
from searchidx.ingest import read_file  # noqa: E402

# How many words of the labelled start/end must match: enough to tell the lead
# from a deck or a caption, few enough that one garbled word far away is
# not counted against the boundary.
BOUNDARY_WORDS = 6
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalize(text: str) -> str:
    """Return text as compared: NFKC, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text).lower())


def check_page(label: dict, doc) -> dict[str, bool | int | None]:
    """Return per-field outcomes for one page (None: field not labelled)."""
    body_words = words(doc.body) if doc else []
    start = words(label["body_start"])[:BOUNDARY_WORDS]
    end = words(label["body_end"])[-BOUNDARY_WORDS:]
    body = normalize(doc.body) if doc else ""
    # Case counts: "File a Complaint" is a menu, "file a complaint by calling" prose.
    leaks = [p for p in label.get("boilerplate", []) if normalize(p) in body]

    def same(key: str, got: str) -> bool | None:
        if key not in label:
            return None
        return doc is not None and normalize(got) == normalize(label[key] or "")

    return {
        "title": doc is not None and normalize(doc.title) == normalize(label["title"]),
        "date": doc is not None
        and (doc.date.isoformat() if doc.date else None) == label["date"],
        "byline": same("byline", doc.byline if doc else ""),
        "dateline": same("dateline", doc.dateline if doc else ""),
        "url": same("url", doc.url if doc else ""),
        "tags": None
        if "tags" not in label
        else doc is not None
        and {normalize(t).lower() for t in label["tags"]}
        <= {normalize(t).lower() for t in doc.tags},
        "body start": body_words[: len(start)] == start,
        "body end": body_words[-len(end) :] == end,
        "no leak": not leaks,
        "leaks": leaks,
    }


FIELDS = ["title", "date", "byline", "dateline", "url", "tags", "body start", "body end", "no leak"]  # fmt: skip


def page_path(press: Path, label: dict) -> Path:
    """Return a labelled page's file: under --press, or in this repository for
    the pages written for the project (``"file": "repo:tests/data/..."``)."""
    file = label["file"]
    if file.startswith("repo:"):
        return HERE.parent / file.removeprefix("repo:")
    return press / file


def run_searchidx(press: Path, labels: list[dict]):
    results = []
    started = time.perf_counter()
    for label in labels:
        try:
            docs = list(read_file(page_path(press, label)))
        except (
            Exception
        ) as error:  # a crash is a miss on every field, not the end of the run
            print(
                f"  {label['file']}: {type(error).__name__}: {error}", file=sys.stderr
            )
            docs = []
        results.append(check_page(label, docs[0] if docs else None))
    return results, time.perf_counter() - started


class _PeerDoc:
    __slots__ = ("title", "date", "body", "byline", "dateline", "url", "tags")

    def __init__(self, **fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name, "" if name != "tags" else ()))


def run_trafilatura(press: Path, labels: list[dict]):
    import datetime

    import trafilatura
    from htmldate import find_date

    results, date_hits = [], 0
    started = time.perf_counter()
    for label in labels:
        html = page_path(press, label).read_bytes()
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, favor_precision=False
        )
        meta = extracted.as_dict() if extracted is not None else {}
        raw_date = meta.get("date")
        day = datetime.date.fromisoformat(raw_date[:10]) if raw_date else None
        title = meta.get("title") or ""
        body = meta.get("text") or ""
        # trafilatura repeats the headline as the text's first line; that is
        # not a boundary error, so it is not counted as one.
        first, _, rest = body.partition("\n")
        if normalize(first) == normalize(title):
            body = rest
        doc = _PeerDoc(
            title=title,
            date=day,
            body=body,
            byline=meta.get("author") or "",
            url=meta.get("url") or "",
            tags=tuple(meta.get("tags") or ()),
        )
        results.append(check_page(label, doc))
        date_hits += find_date(html.decode("utf-8", "replace")) == label["date"]
    return results, time.perf_counter() - started, date_hits


def table(rows: list[tuple[str, list[dict], float]]) -> str:
    header = "| system | pages | " + " | ".join(FIELDS) + " | pages/s |"
    lines = [header, "|" + "---|" * (len(FIELDS) + 3)]
    for name, results, seconds in rows:
        cells = []
        for field in FIELDS:
            checked = [r[field] for r in results if r[field] is not None]
            cells.append(
                f"{sum(checked) / len(checked):.0%} ({sum(checked)}/{len(checked)})"
                if checked
                else "-"
            )
        lines.append(
            f"| {name} | {len(results)} | "
            + " | ".join(cells)
            + f" | {len(results) / seconds:.0f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--press",
        type=Path,
        default=HERE.parent.parent / "shared" / "data" / "press",
        help="the folder the labelled paths are relative to",
    )
    parser.add_argument("--labels", type=Path, default=HERE / "extraction_labels.json")
    parser.add_argument(
        "--written",
        type=Path,
        default=HERE / "extraction_labels_written.json",
        help="labels of pages written for the project in the shapes of other sites",
    )
    parser.add_argument(
        "--peers", action="store_true", help="also run trafilatura and htmldate"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list each page's missed fields"
    )
    args = parser.parse_args()
    if not args.press.is_dir():
        print(f"{args.press}: not found; pass --press", file=sys.stderr)
        return 2
    labels = json.loads(args.labels.read_text(encoding="utf-8"))["pages"]
    written = json.loads(args.written.read_text(encoding="utf-8"))["pages"]
    html_labels = [lab for lab in labels if lab["file"].startswith("html/")]
    text_labels = [lab for lab in labels if not lab["file"].startswith("html/")]
    labels = labels + written

    print(
        f"searchidx {__version__}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores; {len(labels)} labelled pages from {args.press}"
    )
    rows = []
    all_results = {}
    groups = (
        ("HTML pages", html_labels),
        ("text dumps", text_labels),
        ("written pages", written),
    )
    for name, subset in groups:
        results, seconds = run_searchidx(args.press, subset)
        rows.append((f"searchidx, {name}", results, seconds))
        all_results.update(zip((lab["file"] for lab in subset), results, strict=True))
    date_hits = {}
    if args.peers:
        try:
            import trafilatura

            for name, subset in (groups[0], groups[2]):
                results, seconds, date_hits[name] = run_trafilatura(args.press, subset)
                rows.append(
                    (f"trafilatura {trafilatura.__version__}, {name}", results, seconds)
                )
        except ImportError as error:
            print(f"peers skipped: {error}", file=sys.stderr)
    print(table(rows))
    for name, subset in (groups[0], groups[2]):
        if name in date_hits:
            hits = date_hits[name]
            print(
                f"htmldate alone, date exact on the {name}: "
                f"{hits / len(subset):.0%} ({hits}/{len(subset)})"
            )
    leaked = sum(len(r["leaks"]) for r in all_results.values())
    print(f"searchidx: {leaked} boilerplate phrases leaked into bodies in all")
    if args.misses:
        for file, result in all_results.items():
            missed = [f for f in FIELDS if result[f] is False]
            if missed:
                print(f"  {file}: {', '.join(missed)} {result['leaks'] or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
