"""Large pages: the markup our parse is given, without what no reader of it uses.

Our reader walks the parsed page a few dozen times, and bs4 holds about a
kilobyte per element. A page saved with its scripts, styles and images
inlined is megabytes of what no reader of the parse uses, so past
MAX_MARKUP_BYTES it goes before the parse, in one linear pass: scripts
(except JSON, which holds metadata and app state), styles, inline SVG,
comments, and images inlined as ``data:`` URIs (in kept JSON too).

Nothing else is cut: the page is parsed whole, however large, since a
release may come after megabytes of menus or app state. The readers of the
saved bytes (dates in scripts, an Office page's properties in a comment,
trafilatura, htmldate) still read the page as saved.
"""

from __future__ import annotations

import re

# More markup than any release needs; the largest saved release page we know
# holds a fraction of it, so ordinary pages are parsed as saved.
MAX_MARKUP_BYTES = 512 << 10

_BULK_OPENING = re.compile(rb"<(script|style|svg|!--)", re.I)
_CLOSING = {
    b"script": b"</script",
    b"style": b"</style",
    b"svg": b"</svg",
    b"!--": b"-->",
}
_INLINE_DATA = re.compile(rb"""data:[^"'\s>]{256,}""")
# In JSON, only base64 (a JSON string may escape "/" as "\/"): what is
# removed then never holds a quote or a lone backslash, so the JSON stays
# valid.
_INLINE_DATA_IN_JSON = re.compile(
    rb"data:[\w.+/-]*;base64,(?:[A-Za-z0-9+=]|\\?/){256,}"
)


def slim_markup(data: bytes) -> bytes:
    """Return the markup of a saved page to parse.

    Returns:
        ``data`` for a page of at most MAX_MARKUP_BYTES; otherwise the page
        without scripts (but JSON), styles, SVG, comments and inlined images.
    """
    if len(data) <= MAX_MARKUP_BYTES or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 is read as saved: its markup is not ASCII bytes to search.
        return data
    return _without_bulk(data)


def _without_bulk(data: bytes) -> bytes:
    """Return ``data`` without what no reader of the parse uses.

    Linear: each opening is searched once, and its close from there on; an
    element never closed runs to the end, as a browser reads it.
    """
    lowered = data.lower()
    parts: list[bytes] = []
    position = 0
    for opening in _BULK_OPENING.finditer(lowered):
        start = opening.start()
        if start < position:
            continue  # inside what was just removed
        name = opening.group(1)
        close = lowered.find(_CLOSING[name], opening.end())
        stop = len(data) if close < 0 else lowered.find(b">", close)
        stop = len(data) if stop < 0 else stop + 1
        parts.append(_INLINE_DATA.sub(b"data:", data[position:start]))
        if name == b"script":
            tag_end = lowered.find(b">", opening.end(), stop)
            if tag_end > 0 and b"json" in lowered[opening.end() : tag_end]:
                parts.append(_INLINE_DATA_IN_JSON.sub(b"data:", data[start:stop]))
        position = stop
    parts.append(_INLINE_DATA.sub(b"data:", data[position:]))
    return b"".join(parts)
