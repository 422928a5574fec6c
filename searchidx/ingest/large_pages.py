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

# The name must end there: `<stylesheet-loader>` or `<svgicon>` is an element
# of its own, never a style or an SVG.
_BULK_OPENING = re.compile(rb"<(script|style|svg)(?=[\s/>])|<(!--)", re.I)
_CLOSING = {
    b"script": b"</script",
    b"style": b"</style",
    b"svg": b"</svg",
    b"!--": b"-->",
}
# An HTML element that ends an SVG left open, as a browser's parser closes
# it there ("breakout" start tags of the HTML standard's foreign content):
# an SVG whose close comes after one of them is left to the parser.
_SVG_BREAKOUT = re.compile(
    rb"<(?:b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|h[1-6]|head|"
    rb"hr|i|img|li|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|"
    rb"sub|sup|table|tt|u|ul|var|article|section|main|header|footer|nav|aside|svg)"
    rb"(?=[\s/>])"
)
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
    closes: dict[bytes, int] = {}
    for opening in _BULK_OPENING.finditer(lowered):
        start = opening.start()
        if start < position:
            continue  # inside what was just removed
        name = opening.group(1) or opening.group(2)
        stop = _end_of(lowered, name, opening.end(), closes)
        if stop is None:
            continue  # left to the parser
        parts.append(_INLINE_DATA.sub(b"data:", data[position:start]))
        if name == b"script":
            tag_end = lowered.find(b">", opening.end(), stop)
            if tag_end > 0 and b"json" in lowered[opening.end() : tag_end]:
                parts.append(_INLINE_DATA_IN_JSON.sub(b"data:", data[start:stop]))
        position = stop
    parts.append(_INLINE_DATA.sub(b"data:", data[position:]))
    return b"".join(parts)


def _end_of(
    lowered: bytes, name: bytes, after: int, closes: dict[bytes, int]
) -> int | None:
    """Return where the element opened by ``<name`` (ending at ``after``)
    ends, as a browser reads it, or None to leave it to the parser.

    ``closes`` remembers the close tag last found for each name (-1: none
    left), so that SVGs left to the parser do not each search the rest of
    the page again.
    """
    if name == b"!--" and lowered.startswith((b">", b"->"), after):
        # "<!-->" and "<!--->" are whole (empty) comments.
        return after + (1 if lowered.startswith(b">", after) else 2)
    if name == b"svg":
        tag_end = lowered.find(b">", after)
        if tag_end < 0:
            return None
        if lowered[tag_end - 1 : tag_end] == b"/":
            return tag_end + 1  # <svg .../> is closed at once
        close = _close_after(lowered, name, tag_end, closes)
        if close < 0 or _SVG_BREAKOUT.search(lowered, tag_end, close):
            return None
    else:
        close = _close_after(lowered, name, after, closes)
    # Scripts, styles and comments left open run to the end, as in a browser.
    stop = -1 if close < 0 else lowered.find(b">", close)
    return len(lowered) if stop < 0 else stop + 1


def _close_after(
    lowered: bytes, name: bytes, after: int, closes: dict[bytes, int]
) -> int:
    known = closes.get(name)
    if known is None or 0 <= known < after:
        known = closes[name] = lowered.find(_CLOSING[name], after)
    return known
