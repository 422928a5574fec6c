"""JSON and JSON Lines exports from scrapers, whatever their field names.

An export is an array of records, one record, an object wrapping a list of
records (``{"items": [...]}``), or one record per line. Each record's fields are
found among the names scrapers commonly use; HTML in a body becomes text.
A bad record is reported (with its line in JSON Lines) and the others are kept.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError
from ._text import (
    clean_line,
    host_of,
    normalize_body,
    split_dateline,
    title_from_body,
)
from .dates import parse_date

# Field names by preference; compared case-insensitively, ignoring "_" and "-".
TITLE_KEYS = ("title", "headline", "name", "subject", "heading")
DATE_KEYS = (
    "date", "published", "publishedat", "pubdate", "datepublished", "publicationdate",
    "publishdate", "releasedate", "issued", "created", "createdat", "timestamp", "time",
)  # fmt: skip
BODY_KEYS = (
    "body", "content", "text", "contents", "fulltext", "articlebody", "article",
    "bodyhtml", "html", "description", "summary",
)  # fmt: skip
URL_KEYS = ("url", "link", "canonicalurl", "permalink", "href", "uri", "sourceurl")
TAG_KEYS = ("tags", "topics", "keywords", "categories", "subjects", "category", "topic")
SOURCE_KEYS = (
    "source", "agency", "publisher", "organization", "organisation", "office",
    "member", "sitename", "site", "domain",
)  # fmt: skip
BYLINE_KEYS = ("byline", "author", "authors", "by", "writer")
DATELINE_KEYS = ("dateline", "location", "place")
# Wrappers scrapers put around their record lists.
_RECORD_LIST_KEYS = ("items", "results", "records", "documents", "docs", "data", "releases",
                     "articles", "entries", "matches", "hits", "posts", "news")  # fmt: skip
_TAG_MARKUP = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|h\d|span|a|b|i|em|strong|ul|ol)\b[^>]*>", re.I
)
_BLOCK_END = re.compile(r"<\s*(?:/p|br\s*/?|/div|/li|/h\d)\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,400}>")

ErrorHandler = Callable[[IngestError], None]


def read_json_export(
    text: str, path: str, on_error: ErrorHandler | None = None
) -> Iterator[Document]:
    """Yield one Document per record of a JSON or JSON Lines export.

    Args:
        text: the decoded file.
        path: where it came from, for errors and ``Document.path``.
        on_error: called with each bad record's error; None raises it instead.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise EmptyDocumentError(path, "the file is empty")
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as error:
        if stripped.startswith("{") and error.msg == "Extra data":
            yield from _read_json_lines(text, path, on_error)
            return
        line = error.lineno
        raise IngestError(
            path, f"not valid JSON ({error.msg} at column {error.colno})", line=line
        ) from error
    records = list(_records(data))
    if not records:
        raise EmptyDocumentError(path, "the JSON holds no records")
    for number, record in enumerate(records, start=1):
        try:
            yield record_to_document(record, path)
        except IngestError as error:
            _report(IngestError(path, f"record {number}: {error.reason}"), on_error)


def _read_json_lines(
    text: str, path: str, on_error: ErrorHandler | None
) -> Iterator[Document]:
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            _report(
                IngestError(
                    path,
                    f"not valid JSON ({error.msg} at column {error.colno})",
                    line=number,
                ),
                on_error,
            )
            continue
        for item in _records(record):
            try:
                yield record_to_document(item, path)
                seen_any = True
            except IngestError as error:
                _report(IngestError(path, error.reason, line=number), on_error)
    if not seen_any and on_error is None:
        raise EmptyDocumentError(path, "no records")


def _report(error: IngestError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _records(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                yield item
    elif isinstance(data, dict):
        lists = [
            value for key, value in data.items()
            if _key(key) in _RECORD_LIST_KEYS and isinstance(value, list)
            and value and all(isinstance(v, dict) for v in value)
        ]  # fmt: skip
        if lists and not _find(data, BODY_KEYS):
            for value in lists:
                yield from value
        else:
            yield data


def _key(name: str) -> str:
    return re.sub(r"[_\-\s]", "", str(name)).lower()


def _find(record: dict, keys: tuple[str, ...]) -> object:
    normalized = {_key(k): v for k, v in record.items()}
    for key in keys:
        value = normalized.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return _as_text(
            value.get("name") or value.get("title") or value.get("value") or ""
        )
    if isinstance(value, list):
        return ", ".join(t for t in (_as_text(v) for v in value) if t)
    return str(value).strip()


def _as_tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            # a list saved as its Python/JSON repr: "['data center', 'ai']"
            items = re.findall(r"['\"]([^'\"]+)['\"]", stripped)
        else:
            items = re.split(r"[,;|]", stripped)
    elif isinstance(value, list):
        items = [_as_text(v) for v in value]
    else:
        items = [_as_text(value)]
    unique: dict[str, str] = {}  # lower-cased -> first spelling seen
    for item in items:
        item = item.strip()
        if item:
            unique.setdefault(item.lower(), item)
    return tuple(unique.values())


def html_to_text(value: str) -> str:
    """Return the text of a body that may hold HTML markup, paragraphs kept."""
    if _TAG_MARKUP.search(value):
        value = _BLOCK_END.sub("\n\n", value)
        value = _ANY_TAG.sub(" ", value)
    return html.unescape(value)


def _source(record: dict, url: str) -> str:
    value = _as_text(_find(record, SOURCE_KEYS))
    if value.startswith(("http://", "https://")):
        value = ""  # a listing page's address, not a name
    if not value:
        value = host_of(url)
    return value


def record_to_document(record: dict, path: str) -> Document:
    """Map one export record onto a Document.

    Raises:
        EmptyDocumentError: the record has neither a title nor a body.
    """
    body = normalize_body(html_to_text(_as_text(_find(record, BODY_KEYS))))
    title = clean_line(html_to_text(_as_text(_find(record, TITLE_KEYS))))
    if not body and not title:
        raise EmptyDocumentError(path, "record has no title and no text")
    if not title:
        title = title_from_body(body)
    dateline = _as_text(_find(record, DATELINE_KEYS))
    if not dateline:
        dateline, body = split_dateline(body)
    url = _as_text(_find(record, URL_KEYS))
    raw_date = _find(record, DATE_KEYS)
    published = parse_date(_as_text(raw_date)) if raw_date is not None else None
    return Document(
        title=title,
        body=body,
        date=published,
        source=_source(record, url),
        url=url if url.startswith(("http://", "https://")) else "",
        byline=_as_text(_find(record, BYLINE_KEYS)),
        dateline=dateline,
        tags=_as_tags(_find(record, TAG_KEYS)),
        path=path,
    )
