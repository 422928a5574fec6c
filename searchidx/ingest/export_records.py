"""One record of a JSON export as a Document, whatever its field names.

Each field is found among the names scrapers commonly use (or under the key
the user's field map gives); HTML in a body becomes text, and the head of
the page a scraper copied above the release goes.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator, Mapping

from ..documents import Document
from ..errors import EmptyDocumentError
from ._text import (
    clean_line,
    clean_source,
    host_of,
    normalize_body,
    split_tags,
    title_from_body,
)
from .body_end import drop_closing_of_export
from .byline_text import clean_byline
from .datelines import split_dateline
from .dates import is_date_line, parse_date
from .wire_issuer import carries_wire_tag, issuer_in_release_text

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


def find_records(data: object) -> Iterator[dict]:
    """Yield the records parsed JSON holds: an array's objects, the list an
    object wraps (``{"items": [...]}``), or the object itself."""
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


def value_at(record: dict, key: str, absent: object = None) -> object:
    """Return the value at ``key`` ("contents", "member.name"), or ``absent``."""
    if key in record:
        return record[key]
    value: object = record
    for part in key.split("."):
        if not isinstance(value, dict):
            return absent
        value = {_key(k): v for k, v in value.items()}.get(_key(part), absent)
    return value


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
            value = value_at(record, mapping[field])
            return None if value in ("", [], {}) else value
        return _first(normalized, _KEYS_BY_FIELD[field])

    title = clean_line(html_to_text(_as_text(find("title"))))
    body = normalize_body(_drop_page_head(html_to_text(_as_text(find("body"))), title))
    if not body and not title:
        raise EmptyDocumentError(path, "record has no title and no text")
    if not title:
        title = title_from_body(body)
    url = _as_text(find("url"))
    source = _source(normalized, find("source") if "source" in mapping else None, url)
    paragraphs = body.split("\n\n")
    if source == host_of(url):
        # A scraper's copy of a wire's release names no publisher but its
        # address: the release names its issuer ("SOURCE Acme", its About
        # section, its lead after the wire's tag), as on the wire's page.
        source = clean_source(issuer_in_release_text(paragraphs, source) or source)
    # The paragraphs are clean already (normalize_body): joined, not cleaned again.
    body = "\n\n".join(
        drop_closing_of_export(paragraphs, wire=carries_wire_tag(paragraphs))
    )
    dateline = _as_text(find("dateline"))
    if not dateline:
        dateline, body = split_dateline(body, names=(title, _as_text(find("source"))))
    raw_date = find("date")
    published = parse_date(_as_text(raw_date)) if raw_date is not None else None
    return Document(
        title=title,
        body=body,
        date=published,
        source=source,
        url=url if url.startswith(("http://", "https://")) else "",
        byline=clean_byline(_as_text(find("byline"))),
        dateline=dateline,
        tags=_as_tags(find("tags")),
        path=path,
    )
