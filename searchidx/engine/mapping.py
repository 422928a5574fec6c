"""Documents to index entries and back: the fields each record is stored as."""

from __future__ import annotations

from datetime import datetime

from ..documents import Document
from .schema import DAY_FIELD, GROUP_KEY_FIELD, SPELL_FIELD, content_text, group_key


def stored_to_document(fields: dict) -> Document:
    """Rebuild a Document from an index entry's stored fields."""
    published = fields.get("date")
    return Document(
        id=fields["id"],
        title=fields.get("title", ""),
        body=fields.get("body", ""),
        date=published.date() if isinstance(published, datetime) else None,
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        byline=fields.get("byline", ""),
        dateline=fields.get("dateline", ""),
        tags=tuple(fields.get("tag_list") or ()),
        path=fields.get("path", ""),
        content_hash=fields.get("content_hash", ""),
    )


def document_to_fields(
    document: Document,
    *,
    anchors: list[str] = (),
    dup_group: str = "",
) -> dict:
    """Return the index entry for ``document`` (the inverse of stored_to_document)."""
    content = content_text(document.title, document.body)
    fields = {
        # The same string as content's (see _SpellingWords), pickled once.
        SPELL_FIELD: content,
        "anchors": " ".join(anchors),
        "dup_group": dup_group or document.id,
        "id": document.id,
        "title": document.title,
        "body": document.body,
        "content": content,
        "byline": document.byline,
        "dateline": document.dateline,
        "source": document.source,
        "tags": ",".join(tag.replace(",", " ") for tag in document.tags),
        "tag_list": list(document.tags),
        "url": document.url,
        "path": document.path,
        "content_hash": document.content_hash,
    }
    fields[GROUP_KEY_FIELD] = group_key(fields["dup_group"])
    if document.date:
        fields[DAY_FIELD] = document.date.toordinal()
        fields["date"] = datetime.combine(document.date, datetime.min.time())
        fields["year"] = f"{document.date.year:04d}"
        fields["month"] = f"{document.date.year:04d}-{document.date.month:02d}"
    return fields
