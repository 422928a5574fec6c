"""Plain-text dumps of release pages: title, date line, byline, body, then chrome.

A dump is what a browser's "select all, copy" gives: a few lines of site chrome,
the headline, a date line, perhaps "From ..."/"By ...", the release, and then
teasers, follow-us blocks and footers. The date line anchors everything: the
headline is the nearest real line above it, the release starts below it and
ends at the first heading that only ever follows a release ("Related news").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..documents import Document
from ..errors import EmptyDocumentError
from ._text import (
    clean_line,
    clean_source,
    count_words,
    host_of,
    is_end_marker,
    join_paragraphs,
)
from .body_end import drop_closing_of_export
from .byline_text import BYLINE_PREFIX, clean_byline
from .datelines import split_dateline
from .dates import is_date_line, parse_date
from .wire_issuer import carries_wire_tag, issuer_in_release_text

_HEADER_SCAN_LINES = 40
_CHROME_LINE = re.compile(
    r"^(?:skip to (?:main )?content|an official website of|here'?s how you know|"
    r"a lock|an? \.(?:gov|mil) website|official websites use|secure \.(?:gov|mil)|"
    r"you are here|menu|search|main menu|toggle navigation|print|share|email|"
    r"home\s*[/>»|])",
    re.I,
)

_SOURCE_LINE = re.compile(
    r"^(?:source|issued by|published by|agency)\s*:\s*(?P<source>.+)$", re.I
)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_PAGE_TITLE = re.compile(r"^(?P<title>.{3,}?)\s+(?:\||-|–|—)\s+(?P<site>[^|]{3,80})$")
_OFFICIAL_SITE = re.compile(
    r"^an official website of (?:the )?(?P<source>[^.]{3,80})\.?$", re.I
)
# Lines that are never release prose: release labels, contacts, bare links.
_FURNITURE_LINE = re.compile(
    r"^(?:for immediate release|(?:press|news|media) release|media advisory|"
    r"\S+@\S+\.\w+|https?://\S+|[\d\s().+-]{5,}|\d+|#)$",
    re.I,
)
# A page's own address on a line of its own, bare or labelled ("Permalink: ...").
_URL_LINE = re.compile(r"^(?:[A-Za-z][\w ]{0,30}:\s*)?(?P<url>https?://\S+)$")
_BREADCRUMB = re.compile(r"^home\s*(?:[/>»|›]|$)", re.I)
_LABEL_LINE = re.compile(r"^[A-Z][\w #().'/-]{0,30}:(?:\s|$)")
# Links to a page's pictures and files, which dumps show on lines of their own.
_ASSET_URL = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|pdf|css|js)(?:[?#].*)?$", re.I
)
# "Author" / "By" alone on a line, the name on the next one.
_BYLINE_LABEL = re.compile(
    r"^(?:author|authors|by|written by|posted by|autor)\s*:?$", re.I
)
# A machine-written publication time on a line of its own ("2025-04-02 15:40:29"),
# left by page metadata. The first one on a page is when it was published.
_TIMESTAMP_LINE = re.compile(r"^(\d{4}-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?\S*)?$")
# Lines that end a release and start page furniture: "Read more", "Click here
# for the full release" (the link text of a page's own buttons).
_TRAILING_LINK = re.compile(
    r"^(?:read more|click here|more info|view (?:the )?full)\b", re.I
)
# This many short lines in a row, after the release has begun, are a menu or
# a footer: prose never breaks that often. Lists in releases ("Jane Doe, 31")
# pair words with numbers and are not counted.
_CHROME_RUN = 6
# A button's text in brackets on its own line ("[TWEET THIS]", "[WATCH NEWS
# CONFERENCE HERE]"), wherever it sits in the release.
_BUTTON_LINE = re.compile(r"^\[[^\]]{1,60}\]$")


def read_text_dump(text: str, path: str) -> Iterator[Document]:
    """Yield the one release a text dump holds.

    Raises:
        EmptyDocumentError: the text has no line that could be a title or body.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [clean_line(line) for line in text.split("\n")]
    if not any(lines):
        raise EmptyDocumentError(path, "the file is empty")

    title, source, body_start = _title_from_page_title(lines)
    if title and not _is_headline_of_date_line(lines, body_start):
        title, source, body_start = "", "", 0
    banner = "" if title else _banner_source(lines)
    head_end = body_start if title else _HEADER_SCAN_LINES
    date_index = next(
        (
            i
            for i, line in enumerate(lines[: head_end + 3])
            if line and is_date_line(line)
        ),
        None,
    )
    published = parse_date(lines[date_index]) if date_index is not None else None
    if not title:
        if date_index is not None:
            title_index = _title_above(lines, date_index)
            body_start = date_index + 1
        else:
            title_index = next(
                (i for i, line in enumerate(lines) if _is_title_like(line)), None
            )
            body_start = (title_index + 1) if title_index is not None else 0
        if title_index is None:
            raise EmptyDocumentError(path, "no headline found")
        title = lines[title_index]
        body_start = max(body_start, title_index + 1)
    elif date_index is not None:
        body_start = max(body_start, date_index + 1)

    rest = lines[body_start:]
    byline = ""
    for i, line in enumerate(rest[:4]):
        if not line:
            continue
        if BYLINE_PREFIX.match(line) and len(line.split()) <= 14:
            byline = BYLINE_PREFIX.sub("", line).strip().rstrip(",.")
            rest = rest[i + 1 :]
        break
    byline = byline or _labelled_byline(lines[: head_end + 3])
    for line in rest[:6]:
        match = _SOURCE_LINE.match(line)
        if match and not _URL_LINE.match(line):
            source = source or match.group("source").strip()
            rest.remove(line)
            break
    source = source or banner

    url = ""
    for line in lines:
        match = _URL_LINE.match(line)
        if match and not _ASSET_URL.search(match.group("url")):
            url = match.group("url")
            rest = [kept for kept in rest if kept != line]
            break

    if not source and url:
        source = host_of(url)

    if published is None:
        published = _first_timestamp(lines)
    release = _strip_furniture(_until_chrome(_until_end_marker(rest)), title)
    release = [line for line in _drop_decks(release) if not _BUTTON_LINE.match(line)]
    paragraphs = _paragraphs(release)
    while (
        paragraphs
        and _TRAILING_LINK.match(paragraphs[-1])
        and len(paragraphs[-1].split()) <= 8
    ):
        paragraphs.pop()  # "Click here / for full press release." joined
    if not source or source == host_of(url):
        # A dump of a wire's release page without its site's name: the
        # release names its issuer, as on the page (see export_records).
        source = issuer_in_release_text(paragraphs, source) or source
    body = join_paragraphs(
        drop_closing_of_export(paragraphs, wire=carries_wire_tag(paragraphs))
    )
    if not body:
        raise EmptyDocumentError(path, "no release text after the headline")
    dateline, body_rest = split_dateline(body, names=(title, source))
    if dateline:
        body = body_rest
    yield Document(
        title=title,
        body=body,
        date=published,
        source=clean_source(source),
        url=url,
        byline=clean_byline(byline),
        dateline=dateline,
        path=path,
    )


def _title_from_page_title(lines: list[str]) -> tuple[str, str, int]:
    """Return (title, source, body start) when the dump opens with a page title.

    "Headline | Site" or "Headline - Site" as the first line is the browser's
    page title. The headline is usually shown again below the site's menus;
    the release starts after its last showing in the header.
    """
    first_index = next((i for i, line in enumerate(lines) if line), 0)
    match = _PAGE_TITLE.match(lines[first_index])
    if not match or len(match.group("site").split()) > 8:
        return "", "", 0
    title, site = match.group("title").strip(), match.group("site").strip()
    body_start = first_index + 1
    key = title.lower()
    i = body_start
    while i < min(len(lines), _HEADER_SCAN_LINES):
        line = lines[i].lower()
        if line and len(line) >= 20 and key.startswith(line):
            # the headline may be broken over several lines
            shown, j = line, i + 1
            while (
                j < len(lines)
                and shown != key
                and key.startswith(f"{shown} {lines[j].lower()}")
            ):
                shown, j = f"{shown} {lines[j].lower()}", j + 1
            body_start, i = j, j
            continue
        if len(line.split()) > 15:
            break  # prose: the header is over, later repeats are teasers or metadata
        i += 1
    return title, site, body_start


def _is_headline_of_date_line(lines: list[str], body_start: int) -> bool:
    """Return False when the first line is a banner: another headline sits above the date.

    A page title shown again below the menus has been consumed already; one
    that is not must be the line right above the date line to be the headline
    ("Org Name | Newsroom" over a headline and a date is a site banner).
    """
    first_index = next((i for i, line in enumerate(lines) if line), 0)
    if body_start > first_index + 1:
        return True
    date_index = next(
        (
            i
            for i, line in enumerate(lines[:_HEADER_SCAN_LINES])
            if line and is_date_line(line)
        ),
        None,
    )
    return date_index is None or _title_above(lines, date_index) == first_index


def _banner_source(lines: list[str]) -> str:
    """Return the organisation a dump's first lines name, if they do.

    "An official website of the X" names it; so does a site banner such as
    "Org Name | Newsroom" or "Government — Ministry of Y" above the headline
    (its longest part is the organisation, the rest a section or a parent).
    """
    for line in lines[:3]:
        match = _OFFICIAL_SITE.match(line)
        if match:
            return match.group("source").strip(" .")
    shown = [line for line in lines[:10] if line]
    for above, line in itertools.pairwise(shown):
        if (
            _BREADCRUMB.match(line)
            and len(above.split()) <= 8
            and not _CHROME_LINE.match(above)
            and not is_date_line(above)
        ):
            return above  # the site name sits right above the breadcrumbs
    first = next((line for line in lines if line), "")
    match = _PAGE_TITLE.match(first)
    if match and not is_date_line(first):
        return max((match.group("title"), match.group("site")), key=len).strip()
    return ""


def _strip_furniture(lines: list[str], title: str) -> list[str]:
    """Drop label, contact and date lines around the release text."""
    start, end = 0, len(lines)
    while start < end and (not lines[start] or _is_furniture(lines[start], title)):
        start += 1
    while end > start and (
        not lines[end - 1] or _is_trailing_furniture(lines[end - 1])
    ):
        end -= 1
    return lines[start:end]


def _is_furniture(line: str, title: str) -> bool:
    return bool(
        line.lower() == title.lower()
        or is_date_line(line)
        or _FURNITURE_LINE.match(line)
        or _LABEL_LINE.match(line)
        and len(line.split()) <= 6
    )


def _is_trailing_furniture(line: str) -> bool:
    return bool(
        _FURNITURE_LINE.match(line)
        or is_date_line(line)
        or _TRAILING_LINK.match(line)
        and len(line.split()) <= 8
        or _is_short_line(line)
        and not re.search(r"[A-Za-z].*\d", line)
    )


def _is_short_line(line: str) -> bool:
    return count_words(line) <= 3 and not _SENTENCE_END.search(line)


def _until_chrome(lines: list[str]) -> list[str]:
    """Cut the release where a run of menu-like short lines begins after its prose."""
    seen_prose = False
    run_start, run = 0, 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if len(line.split()) >= 15:
            seen_prose = True
        if seen_prose and (
            _FURNITURE_LINE.match(line)
            or _is_short_line(line)
            and not re.search(r"[A-Za-z].*\d", line)
        ):
            run_start = i if run == 0 else run_start
            run += 1
            if run >= _CHROME_RUN:
                return lines[:run_start]
        else:
            run = 0
    return lines


def _is_deck(line: str) -> bool:
    """A subheadline: a line in title case, not a sentence ("Defendant Faces Up To ...")."""
    if _SENTENCE_END.search(line):
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in long_words)
    # Six words at least: a name or an office broken out of the lead by a link
    # ("San Diego County District Attorney") is shorter.
    return (
        len(line.split()) >= 6
        and len(long_words) >= 4
        and capitalised >= 0.9 * len(long_words)
    )


def _drop_decks(lines: list[str]) -> list[str]:
    """Drop subheadlines between the headline and the first line of prose."""
    for i, line in enumerate(lines[:4]):
        if not line:
            continue
        if len(line.split()) >= 15 or not _is_deck(line):
            return [kept for kept in lines[:i] if not kept] + lines[i:]
    return lines


def _labelled_byline(lines: list[str]) -> str:
    """Return the name under an "Author" label line in the page's header."""
    for i, line in enumerate(lines[:-1]):
        if _BYLINE_LABEL.match(line):
            name = next((n for n in lines[i + 1 : i + 3] if n), "")
            if 0 < len(name.split()) <= 5 and not is_date_line(name):
                return name
    return ""


def _first_timestamp(lines: list[str]):
    for line in lines:
        match = _TIMESTAMP_LINE.match(line)
        if match:
            return parse_date(match.group(1))
    return None


def _is_title_like(line: str) -> bool:
    # Words counted as count_words does: a Chinese or Japanese headline has
    # no spaces between its words.
    return count_words(line) >= 3 and not _CHROME_LINE.match(line) and len(line) <= 300


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
