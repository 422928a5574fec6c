"""Pages too large to read whole: the markup our readers get, and the rest as text.

Our reader walks the parsed page a few dozen times (chrome, blocks, dates,
tags, bylines), and bs4 holds about a kilobyte per element, so a page of
megabytes costs tens of seconds and a gigabyte of memory. A release is never
that large: such a page is a long report, a table of data, or a page saved
with its scripts, styles and images inlined. So past MAX_MARKUP_BYTES:

- what no reader uses goes first, in one linear pass: scripts (except JSON,
  which holds metadata and app state), styles, inline SVG, comments, and
  images inlined as ``data:`` URIs;
- if the markup is still larger, the first MAX_MARKUP_BYTES of it (cut after
  a closing tag) are read as any page is, and every later block of the page
  that reads as prose is added to the body as its own paragraph, so the rest
  of a long text is still indexed.
"""

from __future__ import annotations

import html
import re

from ._text import clean_line, count_words

# More markup than any release needs; the largest saved release page we know
# holds a fraction of it, so ordinary pages are read whole and untouched.
MAX_MARKUP_BYTES = 512 << 10

_BULK_OPENING = re.compile(rb"<(script|style|svg|!--)", re.I)
_CLOSING = {
    b"script": b"</script",
    b"style": b"</style",
    b"svg": b"</svg",
    b"!--": b"-->",
}
_INLINE_DATA = re.compile(rb"""data:[^"'\s>]{256,}""")
_BLOCK_TAG = re.compile(
    rb"<(?:/?(?:p|div|br|li|tr|td|th|h[1-6]|table|ul|ol|dl|dt|dd|section|"
    rb"article|blockquote|pre|header|footer|nav|aside|main|figure|figcaption|"
    rb"hr|form|center)\b)[^<>]*>",
    re.I,
)
# Never past the next "<": a tag left open must not make the pass quadratic.
_TAG = re.compile(rb"<[^<>]*>")
# A block of the rest is kept when it reads as prose: a menu, a footer's
# links or a table's cells are short lines without a sentence's end.
_PROSE_WORDS = 10
_LONG_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’»)]*$")


def bound_markup(data: bytes) -> tuple[bytes, bytes]:
    """Split a saved page into the markup to read and the rest, read as text.

    Returns:
        ``(data, b"")`` for a page of at most MAX_MARKUP_BYTES; otherwise the
        page without scripts, styles, SVG, comments and inlined images, cut
        after a closing tag near MAX_MARKUP_BYTES (with the JSON scripts of
        the part cut off put back at its end), and the markup cut off.
    """
    if len(data) <= MAX_MARKUP_BYTES or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 is read whole: its markup is not ASCII bytes to cut at.
        return data, b""
    slim, json_spans = _without_bulk(data)
    if len(slim) <= MAX_MARKUP_BYTES:
        return slim, b""
    cut = slim.rfind(b"</", 0, MAX_MARKUP_BYTES)
    end = slim.find(b">", cut) if cut > 0 else -1
    cut = end + 1 if end > 0 else MAX_MARKUP_BYTES
    for start, stop in json_spans:
        if start < cut < stop:
            cut = start  # never inside a JSON script: it would not parse
    later_json = b"".join(slim[a:b] for a, b in json_spans if a >= cut)
    rest = _remove_spans(slim, [(a, b) for a, b in json_spans if a >= cut])
    return slim[:cut] + later_json, rest[cut:]


def prose_of(markup: bytes, encoding: str | None) -> list[str]:
    """Return the blocks of ``markup`` that read as prose, one line each.

    A linear pass over the bytes, no parse: split at block tags, tags dropped.
    """
    lines = []
    for chunk in _BLOCK_TAG.split(markup):
        raw = _TAG.sub(b" ", chunk)
        if not raw.strip():
            continue
        text = raw.decode(encoding or "utf-8", errors="replace")
        line = clean_line(html.unescape(text))
        words = count_words(line)
        if words >= _LONG_WORDS or (
            words >= _PROSE_WORDS and _SENTENCE_END.search(line) is not None
        ):
            lines.append(line)
    return lines


def _without_bulk(data: bytes) -> tuple[bytes, list[tuple[int, int]]]:
    """Return ``data`` without what no reader uses, and where its JSON scripts are.

    Linear: each opening is searched once, and its close from there on; an
    element never closed runs to the end, as a browser reads it.
    """
    lowered = data.lower()
    parts: list[bytes] = []
    json_spans: list[tuple[int, int]] = []
    size = 0
    position = 0
    for opening in _BULK_OPENING.finditer(lowered):
        start = opening.start()
        if start < position:
            continue  # inside what was just removed
        name = opening.group(1)
        close = lowered.find(_CLOSING[name], opening.end())
        stop = len(data) if close < 0 else lowered.find(b">", close)
        stop = len(data) if stop < 0 else stop + 1
        kept = _INLINE_DATA.sub(b"data:", data[position:start])
        parts.append(kept)
        size += len(kept)
        is_json = False
        if name == b"script":
            tag_end = lowered.find(b">", opening.end(), stop)
            is_json = tag_end > 0 and b"json" in lowered[opening.end() : tag_end]
        if is_json:
            parts.append(data[start:stop])
            json_spans.append((size, size + stop - start))
            size += stop - start
        position = stop
    parts.append(_INLINE_DATA.sub(b"data:", data[position:]))
    return b"".join(parts), json_spans


def _remove_spans(data: bytes, spans: list[tuple[int, int]]) -> bytes:
    parts, position = [], 0
    for start, stop in spans:
        parts.append(data[position:start])
        position = stop
    parts.append(data[position:])
    return b"".join(parts)
