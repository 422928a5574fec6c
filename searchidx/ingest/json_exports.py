"""JSON and JSON Lines exports from scrapers, whatever their field names.

An export is an array of records, one record, an object wrapping a list of
records (``{"items": [...]}``), or one record per line. Each record's fields are
found among the names scrapers commonly use; HTML in a body becomes text.
A bad record is reported (with its line in JSON Lines) and the others are kept.
"""

from __future__ import annotations

import functools
import html
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

import ijson

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError
from ._text import (
    clean_line,
    clean_source,
    host_of,
    normalize_body,
    split_tags,
    title_from_body,
)
from .byline_text import clean_byline
from .datelines import split_dateline
from .dates import is_date_line, parse_date

# What a record nested past Python's recursion limit is refused with: json
# parses (and our readers walk) nested values by recursion.
NESTED_TOO_DEEP = "nested too deep"
# What json.loads gives back in place of an array it is too deep to parse.
_TOO_DEEP = object()

# Field names by preference; compared case-insensitively, ignoring "_" and "-".
TITLE_KEYS = ("title", "headline", "name", "subject", "heading")
DATE_KEYS = (
    "date",
    "published",
    "publishedat",
    "pubdate",
    "datepublished",
    "publicationdate",
    "publishdate",
    "releasedate",
    "issued",
    "created",
    "createdat",
    "timestamp",
    "time",
)
BODY_KEYS = (
    "body",
    "content",
    "text",
    "contents",
    "fulltext",
    "articlebody",
    "article",
    "bodyhtml",
    "html",
    "description",
    "summary",
)
URL_KEYS = ("url", "link", "canonicalurl", "permalink", "href", "uri", "sourceurl")
TAG_KEYS = ("tags", "topics", "keywords", "categories", "subjects", "category", "topic")
SOURCE_KEYS = (
    "source",
    "agency",
    "publisher",
    "organization",
    "organisation",
    "office",
    "member",
    "sitename",
    "site",
    "domain",
)
BYLINE_KEYS = ("byline", "author", "authors", "by", "writer")
DATELINE_KEYS = ("dateline", "location", "place")
# Wrappers scrapers put around their record lists.
_RECORD_LIST_KEYS = (
    "items",
    "results",
    "records",
    "documents",
    "docs",
    "data",
    "releases",
    "articles",
    "entries",
    "matches",
    "hits",
    "posts",
    "news",
)
_TAG_MARKUP = re.compile(
    r"<\s*/?\s*(?:p|div|br|li|h\d|span|a|b|i|em|strong|ul|ol)\b[^>]*>", re.I
)
_BLOCK_END = re.compile(r"<\s*(?:/p|br\s*/?|/div|/li|/h\d)\s*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,400}>")

ErrorHandler = Callable[[IngestError], None]
# Document fields a user may map onto an export's own keys (``--map title=headline``).
MAPPABLE_FIELDS = (
    "title",
    "body",
    "date",
    "url",
    "tags",
    "source",
    "byline",
    "dateline",
)
_KEYS_BY_FIELD = {
    "title": TITLE_KEYS,
    "body": BODY_KEYS,
    "date": DATE_KEYS,
    "url": URL_KEYS,
    "tags": TAG_KEYS,
    "source": SOURCE_KEYS,
    "byline": BYLINE_KEYS,
    "dateline": DATELINE_KEYS,
}


def check_field_map(mapping: Mapping[str, str] | None) -> dict[str, str]:
    """Return ``mapping`` (document field -> export key) after checking its fields.

    Raises:
        ValueError: a field is not one of MAPPABLE_FIELDS, or a key is empty.
    """
    checked: dict[str, str] = {}
    for field, key in (mapping or {}).items():
        if field not in MAPPABLE_FIELDS:
            raise ValueError(
                f"unknown field {field!r}; map one of: {', '.join(MAPPABLE_FIELDS)}"
            )
        if not isinstance(key, str):
            raise ValueError(f"the key for {field!r} is {key!r}, not text")
        if not key.strip():
            raise ValueError(f"no key given for {field!r}")
        checked[field] = key.strip()
    return checked


def read_json_export(
    text: str,
    path: str,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Yield one Document per record of a JSON or JSON Lines export.

    Args:
        text: the decoded file.
        path: where it came from, for errors and ``Document.path``.
        on_error: called with each bad record's error; None raises it instead.
        mapping: document field -> the export's key for it (``{"body":
            "contents"}``, dotted for nested keys: ``"member.name"``); fields
            not mapped are found by their common names.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise EmptyDocumentError(path, "the file is empty")
    try:
        data = json.loads(stripped)
    except RecursionError as error:
        if not stripped.startswith("["):
            raise IngestError(path, NESTED_TOO_DEEP) from error
        data = _TOO_DEEP
    except json.JSONDecodeError as error:
        if stripped.startswith("{") and error.msg == "Extra data":
            yield from read_json_lines(text.splitlines(), path, on_error, mapping)
            return
        line = error.lineno
        raise IngestError(
            path, f"not valid JSON ({_json_reason(error)})", line=line
        ) from error
    if data is _TOO_DEEP:
        # One record nested too deep must not cost the array's others (JSON
        # Lines loses only that line): the streaming reader builds records
        # without recursion, and skips that one, naming it.
        stream = io.BytesIO(stripped.encode("utf-8", "surrogatepass"))
        yield from read_json_array_stream(stream, path, on_error, mapping)
        return
    records = list(_records(data))
    if not records:
        raise EmptyDocumentError(path, "the JSON holds no records")
    keys = _MappedKeys(path, mapping, on_error)
    for number, record in enumerate(records, start=1):
        keys.note(record)
        try:
            document = record_to_document(record, path, mapping)
        except IngestError as error:
            yield from keys.error(IngestError(path, f"record {number}: {error.reason}"))
            continue
        yield from keys.admit(document)
    yield from keys.finish()


def read_json_array_stream(
    stream,
    path: str,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Yield one Document per record of a top-level JSON array, parsed incrementally.

    For exports too big to hold in memory: ijson reads the array item by
    item, so memory stays at one record however large the file is.
    """
    number = 0
    keys = _MappedKeys(path, mapping, on_error)
    try:
        for number, record in enumerate(
            ijson.items(stream, "item", use_float=True), start=1
        ):
            if not isinstance(record, dict):
                continue
            try:
                keys.note(record)
                document = record_to_document(record, path, mapping)
            except IngestError as error:
                yield from keys.error(
                    IngestError(path, f"record {number}: {error.reason}")
                )
                continue
            except RecursionError:
                # ijson builds a deep record without recursion; walking it
                # recurses, so it is skipped here, as json.loads refuses it.
                yield from keys.error(
                    IngestError(path, f"record {number}: {NESTED_TOO_DEEP}")
                )
                continue
            yield from keys.admit(document)
    except ijson.JSONError as error:
        raise IngestError(
            path, f"not valid JSON after record {number} ({error})"
        ) from error
    if number == 0:
        raise EmptyDocumentError(path, "the JSON holds no records")
    yield from keys.finish()


def read_json_lines(
    lines: Iterable[str],
    path: str,
    on_error: ErrorHandler | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Document]:
    """Yield one Document per line of a JSON Lines export, reading lazily.

    ``lines`` may be an open file, so a dump of any size is read one record
    at a time. A bad line is reported with its number and skipped.
    """
    seen_any = False
    keys = _MappedKeys(path, mapping, on_error)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            _report(IngestError(path, NESTED_TOO_DEEP, line=number), on_error)
            continue
        except json.JSONDecodeError as error:
            _report(
                IngestError(
                    path,
                    f"not valid JSON ({_json_reason(error)})",
                    line=number,
                ),
                on_error,
            )
            continue
        for item in _records(record):
            keys.note(item)
            try:
                document = record_to_document(item, path, mapping)
            except IngestError as error:
                yield from keys.error(IngestError(path, error.reason, line=number))
                continue
            seen_any = True
            yield from keys.admit(document)
    yield from keys.finish()
    if not seen_any and on_error is None:
        raise EmptyDocumentError(path, "no records")


def _json_reason(error: json.JSONDecodeError) -> str:
    # Some of json's messages end in "at" ("Invalid control character at"),
    # meant to be followed by the position its str() adds.
    return f"{error.msg.removesuffix(' at')} at column {error.colno}"


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
            value
            for key, value in data.items()
            if _key(key) in _RECORD_LIST_KEYS
            and isinstance(value, list)
            and value
            and all(isinstance(v, dict) for v in value)
        ]
        if lists and not _find(data, BODY_KEYS):
            for value in lists:
                yield from value
        else:
            yield data


@functools.lru_cache(maxsize=4096)  # an export repeats its few key names
def _key(name: str) -> str:
    return _KEY_PUNCTUATION.sub("", str(name)).lower()


_KEY_PUNCTUATION = re.compile(r"[_\-\s]")


def _normalized(record: dict) -> dict:
    """Return ``record`` keyed by its keys lower-cased, without "_", "-" and spaces."""
    return {_key(k): v for k, v in record.items()}


def _find(record: dict, keys: tuple[str, ...]) -> object:
    return _first(_normalized(record), keys)


def _first(normalized: dict, keys: tuple[str, ...]) -> object:
    """Return the value of the first of ``keys`` that ``normalized`` holds, or None."""
    for key in keys:
        value = normalized.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: object) -> str:
    if value is None or isinstance(value, bool):
        return ""  # a flag is never a title or a text ("title": false)
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
    if isinstance(value, list):
        items = [_as_text(v) if isinstance(v, dict) else v for v in value]
        return split_tags(items, split=False)  # a list's items are whole tags
    if isinstance(value, dict):
        return split_tags([_as_text(value)])
    return split_tags([value])


def html_to_text(value: str) -> str:
    """Return the text of a body that may hold HTML markup, paragraphs kept."""
    if _TAG_MARKUP.search(value):
        value = _BLOCK_END.sub("\n\n", value)
        value = _ANY_TAG.sub(" ", value)
    return html.unescape(value)


def _source(normalized: dict, mapped: object, url: str) -> str:
    """Return the first source-like value that is a name, not an address."""
    if mapped is not None:
        candidates = [(None, mapped)]
    else:
        candidates = [
            (key, normalized[key])
            for key in SOURCE_KEYS
            if normalized.get(key) not in (None, "", [], {})
        ]
    for key, candidate in candidates:
        value = _as_text(candidate)
        if value and not value.startswith(("http://", "https://")):
            # a listing page's address is not a name
            if key == "member":
                value = short_person_name(value)
            return clean_source(value)
    return host_of(url)


# A middle initial: "Kirsten E. Gillibrand".
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[A-Z]\.(?=\s)")


def short_person_name(name: str) -> str:
    """Return a person's name as people say it: without middle initials.

    One member of Congress is "Kirsten E. Gillibrand" in one export and
    "Kirsten Gillibrand" in another; both are one publisher, named one way.
    A "Jr." stays: a father and a son have both sat in Congress.
    """
    short = _MIDDLE_INITIAL.sub("", name.strip())
    return short if len(short.split()) >= 2 else name.strip()


def _all(normalized: dict, keys: tuple[str, ...]) -> list[object]:
    return [
        normalized[key] for key in keys if normalized.get(key) not in (None, "", [], {})
    ]


_RELEASE_LABEL = re.compile(
    r"^(?:for immediate release|(?:press|news) release)\b", re.I
)
# "Contact: Julie Nickson, (202) 225-2661", "CONTACT: Anne Doe, 202.225.4876"
_CONTACT_LINE = re.compile(
    r"^(?:(?:media|press)\s+)?contacts?\s*:.*(?:\d{3}\W{0,2}\d{4}|@)", re.I
)
_LEADING_DATE = re.compile(
    r"^\s*(?:\d\d?[./-]\d\d?[./-]\d{2,4}|[A-Z][a-z]+\.? \d\d?, \d{4})\s+"
)
# The head of a scraped page is over after this many non-blank lines.
_HEAD_LINES = 8


def _drop_page_head(text: str, title: str) -> str:
    """Drop the lines a scraped page repeats above the release: its date, headline
    and "For Immediate Release" ("03.01.05 / Rep. Lee Calls for ... / (Washington,
    DC) ..." in the congressional exports).

    A contact line above the repeated headline goes with it; one that is not
    followed by the headline is kept, as the release's own text.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    key = " ".join(title.lower().split())
    labels_end = None  # where the date and label lines above the release end
    shown = 0
    for index, line in enumerate(lines):
        cleaned = " ".join(line.split())
        if not cleaned:
            continue
        shown += 1
        if shown > _HEAD_LINES:
            break
        label = _RELEASE_LABEL.match(cleaned)
        if key and cleaned.lower() == key:
            return "\n".join(lines[index + 1 :])
        if is_date_line(cleaned) or label and len(cleaned.split()) <= 10:
            continue
        if _CONTACT_LINE.match(cleaned) and len(cleaned.split()) <= 16:
            labels_end = index if labels_end is None else labels_end
            continue
        rest = "\n".join(lines[index:])
        without_title = _drop_leading_title(rest, title)
        if without_title is rest:
            dated = _LEADING_DATE.match(rest)
            if dated and parse_date(dated.group(0)):
                without_title = _drop_leading_title(rest[dated.end() :], title)
                if without_title == rest[dated.end() :]:
                    without_title = rest
        if without_title is not rest:
            return without_title
        return "\n".join(lines[index if labels_end is None else labels_end :])
    return text


_HEAD_WORD = re.compile(r"[\w'’]+")


def _head_words(text: str) -> list[str]:
    # Apostrophes are dropped, as scrapers drop them from titles ("Bushs").
    return [
        w.replace("'", "").replace("’", "").lower() for w in _HEAD_WORD.findall(text)
    ]


def _drop_leading_title(text: str, title: str) -> str:
    """Drop the headline a body opens with, however it is punctuated, cased or
    broken over lines ("Bush's Plan" in the body, "Bushs Plan" in the title).
    Returns ``text`` itself when it does not open with the headline."""
    wanted = _head_words(title)
    if len(wanted) < 4:
        return text  # a short title may be the first words of a real lead
    found = _HEAD_WORD.finditer(text, 0, len(title) * 2 + 40)
    end = 0
    for word in wanted:
        match = next(found, None)
        if match is None or _head_words(match.group(0)) != [word]:
            return text
        end = match.end()
    rest = text[end:].lstrip(" \t")
    # A headline stands on its own: a line break or a new capitalised phrase
    # follows it. "Title, then more" is a lead that opens with the title.
    if not rest.strip() or not (
        rest[0] in "\r\n" or rest[0].isupper() or rest[0] in '("“'
    ):
        return text
    return rest


_ABSENT = object()


def _mapped(record: dict, key: str, absent: object = None) -> object:
    """Return the value at ``key`` ("contents", "member.name"), or ``absent``."""
    if key in record:
        return record[key]
    value: object = record
    for part in key.split("."):
        if not isinstance(value, dict):
            return absent
        value = {_key(k): v for k, v in value.items()}.get(_key(part), absent)
    return value


class _MappedKeys:
    """Hold an export's documents back until every key of the field map has
    been seen in a record.

    A mapped key that no record holds is a typo (``title=headlin``): read on,
    every title would be made up from the body and every date missing,
    silently. The file is refused instead, naming the key, and nothing else
    is said of it (a record found empty because of the typo is no news).
    Documents and record errors are held only until each key has shown up
    once, usually in the first record, and a key none of the first
    ``_MAPPED_KEY_WINDOW`` records holds refuses the file there: memory
    stays bounded however long the export.
    """

    def __init__(
        self,
        path: str,
        mapping: Mapping[str, str] | None,
        on_error: ErrorHandler | None,
    ) -> None:
        self.path = path
        self.unseen = dict(mapping or {})
        self.on_error = on_error
        self.held: list[Document] = []
        self.held_errors: list[IngestError] = []
        self.records = 0

    def note(self, record: object) -> None:
        """Note the mapped keys ``record`` holds (before it is converted).

        Raises:
            IngestError: the window passed with a mapped key in no record.
        """
        self.records += 1
        if self.unseen and isinstance(record, dict):
            for field, key in list(self.unseen.items()):
                # A key whose value is always null or empty maps nothing either.
                if _mapped(record, key, _ABSENT) not in (_ABSENT, None, "", [], {}):
                    del self.unseen[field]
        if self.unseen and self.records >= _MAPPED_KEY_WINDOW:
            self._refuse(f"none of the first {self.records:,} records has")

    def admit(self, document: Document) -> list[Document]:
        """Return the documents that may be yielded now, ``document`` last."""
        if self.unseen:
            self.held.append(document)
            return []
        return self._released([document])

    def error(self, error: IngestError) -> list[Document]:
        """Report a record's error, or hold it while a mapped key is unseen;
        return the documents that may be yielded now."""
        if self.unseen:
            self.held_errors.append(error)
            return []
        return self._released([], error)

    def _released(
        self, documents: list[Document], error: IngestError | None = None
    ) -> list[Document]:
        for held_error in [*self.held_errors, *([error] if error else [])]:
            _report(held_error, self.on_error)
        self.held_errors = []
        released, self.held = [*self.held, *documents], []
        return released

    def finish(self) -> list[Document]:
        """Return the documents still held.

        Raises:
            IngestError: records were read and a mapped key was in none.
        """
        if self.unseen and self.records:
            self._refuse("no record has")
        return self._released([])

    def _refuse(self, which: str) -> None:
        field, key = next(iter(self.unseen.items()))
        self.held, self.held_errors = [], []
        raise IngestError(
            self.path,
            f"{which} a value under the key {key!r} the field map gives for {field} "
            f"({field}={key}); nothing read from this file",
        )


# Records a mapped key must show up in before a file is refused (_MappedKeys).
_MAPPED_KEY_WINDOW = 1000


def record_to_document(
    record: dict, path: str, mapping: Mapping[str, str] | None = None
) -> Document:
    """Map one export record onto a Document.

    Args:
        mapping: document field -> this export's key; a mapped field is read
            only from its key, the others from their common names.

    Raises:
        EmptyDocumentError: the record has neither a title nor a body.
    """
    mapping = mapping or {}
    normalized = _normalized(record)

    def find(field: str) -> object:
        if field in mapping:
            value = _mapped(record, mapping[field])
            return None if value in ("", [], {}) else value
        return _first(normalized, _KEYS_BY_FIELD[field])

    title = clean_line(html_to_text(_as_text(find("title"))))
    body = normalize_body(_drop_page_head(html_to_text(_as_text(find("body"))), title))
    if not body and not title:
        raise EmptyDocumentError(path, "record has no title and no text")
    if not title:
        title = title_from_body(body)
    dateline = _as_text(find("dateline"))
    if not dateline:
        dateline, body = split_dateline(body, names=(title, _as_text(find("source"))))
    url = _as_text(find("url"))
    raw_date = find("date")
    published = parse_date(_as_text(raw_date)) if raw_date is not None else None
    return Document(
        title=title,
        body=body,
        date=published,
        source=_source(
            normalized, find("source") if "source" in mapping else None, url
        ),
        url=url if url.startswith(("http://", "https://")) else "",
        byline=clean_byline(_as_text(find("byline"))),
        dateline=dateline,
        tags=_as_tags(find("tags")),
        path=path,
    )
