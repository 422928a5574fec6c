"""Plain-text dumps of release pages: title, date line, byline, body, then chrome.

A dump is what a browser's "select all, copy" gives: a few lines of site chrome,
the headline, a date line, perhaps "From ..."/"By ...", the release, and then
teasers, follow-us blocks and footers. The date line anchors everything: the
headline is the nearest real line above it, the release starts below it and
ends at the first heading that only ever follows a release ("Related news").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..documents import Document
from ..errors import EmptyDocumentError
from ._text import clean_line, is_end_marker, join_paragraphs, split_dateline
from .dates import is_date_line, parse_date

_HEADER_SCAN_LINES = 40
_CHROME_LINE = re.compile(
    r"^(?:skip to (?:main )?content|an official website of|here'?s how you know|"
    r"a lock|an? \.(?:gov|mil) website|official websites use|secure \.(?:gov|mil)|"
    r"you are here|menu|search|main menu|toggle navigation|print|share|email|"
    r"home\s*[/>»|])",
    re.I,
)
_BYLINE = re.compile(r"^(?:from|by|written by|story by)\s+(?P<name>.+?)[,.]?$", re.I)
_SOURCE_LINE = re.compile(
    r"^(?:source|issued by|published by|agency)\s*:\s*(?P<source>.+)$", re.I
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")


def read_text_dump(text: str, path: str) -> Iterator[Document]:
    """Yield the one release a text dump holds.

    Raises:
        EmptyDocumentError: the text has no line that could be a title or body.
    """
    lines = [
        clean_line(line)
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    if not any(lines):
        raise EmptyDocumentError(path, "the file is empty")

    source = ""
    first = next((line for line in lines if line), "")
    if " | " in first:
        # "Headline | Site Name": a page title copied with the page.
        source = first.rsplit(" | ", 1)[1].strip()

    date_index = next(
        (
            i
            for i, line in enumerate(lines[:_HEADER_SCAN_LINES])
            if line and is_date_line(line)
        ),
        None,
    )
    if date_index is not None:
        title_index = _title_above(lines, date_index)
        body_start = date_index + 1
        published = parse_date(lines[date_index])
    else:
        title_index = next(
            (i for i, line in enumerate(lines) if _is_title_like(line)), None
        )
        body_start = (title_index + 1) if title_index is not None else 0
        published = None
    if title_index is None:
        raise EmptyDocumentError(path, "no headline found")
    title = lines[title_index]
    if source and title.endswith(" | " + source):
        title = title[: -len(" | " + source)].strip()

    byline = ""
    rest = lines[body_start:]
    for i, line in enumerate(rest[:4]):
        if not line:
            continue
        match = _BYLINE.match(line)
        if match and len(line.split()) <= 14:
            byline = match.group("name").strip()
            rest = rest[i + 1 :]
        break
    for line in rest[:6]:
        match = _SOURCE_LINE.match(line)
        if match:
            source = source or match.group("source").strip()
            rest.remove(line)
            break

    body = join_paragraphs(_paragraphs(_until_end_marker(rest)))
    if not body:
        raise EmptyDocumentError(path, "no release text after the headline")
    dateline, body_rest = split_dateline(body)
    if dateline:
        body = body_rest
    yield Document(
        title=title,
        body=body,
        date=published,
        source=source,
        byline=byline,
        dateline=dateline,
        path=path,
    )


def _is_title_like(line: str) -> bool:
    return len(line.split()) >= 3 and not _CHROME_LINE.match(line) and len(line) <= 300


def _title_above(lines: list[str], date_index: int) -> int | None:
    for i in range(date_index - 1, -1, -1):
        if _is_title_like(lines[i]):
            return i
    # No headline above the date line: the first real line below it is one.
    for i in range(date_index + 1, min(len(lines), date_index + 6)):
        if _is_title_like(lines[i]):
            return i
    return None


def _until_end_marker(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if line and is_end_marker(line):
            return lines[:i]
    return lines


def _paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs.

    Dumps with blank lines between paragraphs keep them. Dumps without any
    (copied from pages whose inline links became line breaks) join a line to
    the next unless it ends a sentence.
    """
    has_blank_separators = any(not line for line in lines[1:-1])
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if not has_blank_separators and _SENTENCE_END.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
