"""JSON and JSON Lines exports from scrapers, whatever their field names.

An export is an array of records, one record, an object wrapping a list of
records (``{"items": [...]}``), or one record per line. Each record's fields are
found among the names scrapers commonly use; HTML in a body becomes text
(export_records.py maps each record).
A bad record is reported (with its line in JSON Lines) and the others are kept.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping

import ijson

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError
from .export_records import (
    MAPPABLE_FIELDS,
    find_records,
    record_to_document,
    value_at,
)

# What a record nested past Python's recursion limit is refused with: json
# parses (and our readers walk) nested values by recursion.
NESTED_TOO_DEEP = "nested too deep"
# What json.loads gives back in place of an array it is too deep to parse.
_TOO_DEEP = object()


ErrorHandler = Callable[[IngestError], None]


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
    records = list(find_records(data))
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
        for item in find_records(record):
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


_ABSENT = object()


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
                if value_at(record, key, _ABSENT) not in (_ABSENT, None, "", [], {}):
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
