"""The dates a saved page shows: by its headline, in a ``<time>`` element,
in its title or url, or on any date line left once the chrome is gone, and
whether it writes "05/03/2024" day first.

Which of these, and of the dates its metadata and markup give, is the day
of publication is decided in read_html_page and date_choice.py.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bs4 import BeautifulSoup, Tag

from ._markup import element_text
from ._text import clean_line, count_words
from .date_choice import (
    PUBLISHED_LABEL,
    before_update,
    is_event_line,
    is_published_line,
    is_update_line,
)
from .date_order import day_first_language, has_numeric_date, numeric_order
from .datelines import dateline_date
from .dates import is_date_line, parse_date
from .mail_headers import is_quoted_mail_header
from .page_metadata import PageMetadata
from .page_publisher import TITLE_SEPARATORS
from .text_language import declared_languages, is_written_in

_ONE_DAY = timedelta(days=1)
# The dates urls give as their path: "/2024/03/05/", "/2024-03-05-slug",
# "/2024-03/05/" and "/2024/3/5/" (government portals), and eight digits
# standing alone in a segment ("/20240305/", "t20240305_123.html").
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$)"
    r"|(?:/|/t|_)((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.]|$)"
)


def date_in_title(soup: BeautifulSoup, meta: PageMetadata):
    """Return a date the page title carries as one of its parts ("... | 19.01.2020")."""
    for title in (
        meta.title,
        clean_line(soup.title.string or "") if soup.title else "",
    ):
        for part in TITLE_SEPARATORS.split(title)[1:] if title else ():
            if is_date_line(part):
                return parse_date(part)
    return None


def page_language_of(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return the languages the page declares, its own first (``<html
    lang>``, then each ``og:locale``), read leniently ("ny MW" is "ny_mw")."""
    return declared_languages(soup)


def reads_day_first(soup: BeautifulSoup, data: bytes) -> bool:
    """Return True when the page writes "05/03/2024" day first.

    Its language says so, except English that names no country (``en``):
    then the country of another declared locale ("en_GB"), else the page's
    own dates, one of which only one order can read ("25/03/2024"), else
    day first when its text is not in English at all (``lang="en"`` left by
    a theme on a page in French).
    """
    langs = page_language_of(soup)
    lang = langs[0] if langs else ""
    if lang not in ("", "en"):
        return day_first_language(lang)
    regional = next((tag for tag in langs[1:] if "_" in tag), "")
    if regional:
        return day_first_language(regional)
    order = numeric_order(data)
    if order is not None:
        return order
    if (
        has_numeric_date(data)
        and is_written_in((soup.body or soup).get_text(" "), "en") is False
    ):
        return True
    return day_first_language(lang)


# A day or a year standing alone in an element: part of a date a theme sets
# as a badge, one element each (<span class="day">08</span> <span
# class="mon">Mar</span> <span class="yr">2025</span>).
_DATE_PART = re.compile(r"\d{1,2}\.?|(?:19|20)\d\d")
# Most characters of a badge's text; a longer one is a line of text. Most
# children of an element of a badge (its parts and the spaces between).
_BADGE_LENGTH = 40
_BADGE_PARTS = 7


def _parted_date(part) -> str:
    """Return the text of the short element that holds ``part`` of a date
    with its other parts ("08 Marzu 2025"), or "" when none does."""
    element = part
    for _ in range(3):
        element = element.parent
        # A badge is a few elements; a table's cell or a text's block, whose
        # text is long, is told apart before its text is read.
        if element is None or len(element.contents) > _BADGE_PARTS:
            return ""
        text = clean_line(element.get_text(" "))
        if len(text) > _BADGE_LENGTH:
            return ""
        if is_date_line(text):
            return text
    return ""


def _date_lines(strings, day_first: bool, times: set | None = None):
    """Yield (date, line) for the date lines among ``strings``, skipping a
    date the page labels as the day it was changed ("Last updated: ...") or
    as an event's ("Event date: ..."),
    whether the label is on the date's line or on the line before it.

    With ``times`` (a set of the ids of <time> elements seen), a string
    inside a <time> element yields the element's date, in page order.
    """
    label, carried = "", 0
    for element in strings:
        line = clean_line(str(element))
        if not line:
            continue
        parent = element.find_parent("time") if times is not None else None
        if parent is not None and id(parent) not in times and not label:
            times.add(id(parent))
            found = _time_element_date(parent, day_first)
            if found[0]:
                yield found
        if _DATE_PART.fullmatch(line) and not label:
            line = _parted_date(element) or line
        if (
            is_date_line(line)
            and not label
            and not is_event_line(line)
            and not _is_update_stamp(element)
        ):
            # A line with both days ("Published 5 March 2024, updated 6 March")
            # gives the first; a line that opens with its label gives none.
            published = parse_date(before_update(line), day_first=day_first)
            if published:
                yield published, line
        is_label = is_update_line(line) or is_event_line(line)
        if is_label and count_words(line) <= 4:
            label, carried = line, 0
        elif label and carried < _LABEL_CARRY and not _ANY_DIGIT.search(line):
            # A label's words and its date may be parted by a name and a
            # preposition, each its own element ("last modified by" "Emeka
            # Obi" "on" "Mar 18, 2024"): the label holds over them.
            carried += 1
        else:
            label = ""


def _is_update_stamp(string) -> bool:
    """Return True for a date whose own element is classed as the day the
    page changed (``<span class="updated">``, hAtom's): labelled so in its
    markup, as a <time class="updated"> is (see _time_element_date). A
    theme that classes one date both ("published updated") shows the day
    of publication."""
    parent = string.parent
    if parent is None or parent.name == "time":
        return False
    classes = parent.get("class") or ()
    return any(is_update_line(c) for c in classes) and not any(
        "publish" in c.lower() for c in classes
    )


# Most strings without a digit a date's label holds over (a name, "on").
_LABEL_CARRY = 3
_ANY_DIGIT = re.compile(r"\d")


# A string this long is the text's, which the header's lines come before.
_TEXT_LENGTH = 200


# Most characters of a line that opens with its label of publication and
# names its poster after the date ("Posted 03/11/2024 by PIO Lt. Dana
# Whitfield"), which is_date_line finds too wordy.
_POSTED_LENGTH = 80
# Most strings after the headline read for a line at the foot of the text.
_FOOT_STRINGS = 150


def _published_line(strings, day_first: bool, *, past_text: bool = False):
    """Return (date, line) of the first date line labelled as the day of
    publication among ``strings``, before the text begins (or anywhere,
    ``past_text``), else None."""
    for string in strings:
        if len(string) > _TEXT_LENGTH:
            if past_text:
                continue
            return None
        if not PUBLISHED_LABEL.search(string):
            continue  # most strings: told without cleaning them
        line = clean_line(str(string))
        opens_with_label = (
            len(line) <= _POSTED_LENGTH and PUBLISHED_LABEL.match(line) is not None
        )
        if (
            is_published_line(line)
            and (opens_with_label or is_date_line(line))
            and not is_event_line(line)
        ):
            found = parse_date(before_update(line), day_first=day_first)
            if found:
                return found, line
    return None


# The first 40 characters of a paragraph, and the rest of the word there.
_OPENING = re.compile(r".{0,40}\S*", re.S)


def find_visible_date(
    root: Tag, h1: Tag | None, paragraphs: list[str], day_first: bool = False
):
    """Return the publication date shown on the page near its headline, and
    the text it was read from ((None, "") when none is shown)."""
    if h1 is None:
        for element in root.find_all("time", limit=3):
            found = _time_element_date(element, day_first)
            if found[0]:
                return found
    else:
        # A date line right above the headline ("25 May 2022" over the title),
        # before any date further down, which may be a teaser's.
        for found, line in _date_lines(
            reversed(h1.find_all_previous(string=True, limit=3)), day_first
        ):
            return found, line
        # The first <time> or date line after the headline, in page order:
        # a <time> further down is a teaser's or a comment's.
        times = set()
        strings = h1.find_all_next(string=True, limit=30)
        first = next(_date_lines(_without_quoted_mail(strings), day_first, times), None)
        # Unless another line of the header is labelled as the day of
        # publication ("Publikuar më 15.02.2025" under "Data e ngjarjes:
        # 14.02.2025"), before the text begins.
        if first is not None and not is_published_line(first[1]):
            # Or, failing that, a line at the foot of the text ("Posted
            # 03/11/2024 by ..."), over a date without a label in a table of
            # facts above it, which is the incident's or the event's.
            labelled = _published_line(strings, day_first) or _published_line(
                h1.find_all_next(string=True, limit=_FOOT_STRINGS),
                day_first,
                past_text=True,
            )
            if labelled is not None:
                return labelled
        if first is not None:
            return first
        for element in h1.find_all_next("time", limit=3):
            # An empty <time> holds its date in its attribute only.
            if not element_text(element) and (found := _time_element_date(element))[0]:
                return found
    for index, paragraph in enumerate(paragraphs[:4]):
        if is_quoted_mail_header(paragraph, paragraphs[:index]):
            continue
        # "March 5, 2019 (SAINT PAUL) — ..." : a date opening the first
        # paragraphs. The opening is cut after a whole word: a cut inside
        # "26.08.2024" would read the year 2020.
        opening = _OPENING.match(paragraph).group(0)
        found = parse_date(opening, day_first=day_first)
        if found:
            return found, opening
        # A wire's dateline gives the day the release was issued where it
        # was issued ("CHEONGJU--(Newswire) November 5, 2026--"), which a
        # UTC timestamp in the metadata may put on the day before.
        dated = dateline_date(paragraph)
        if dated:
            return parse_date(dated, day_first=day_first), dated
    return None, ""


# The elements a line of text is set in, as an e-mail's header is quoted.
_LINE_BLOCKS = ["p", "div", "blockquote", "li", "td", "pre"]


def _without_quoted_mail(strings):
    """Yield ``strings`` but those of an e-mail's header quoted below the
    text's sentences ("Sent: Monday, 3 March 2025"): the letter's day."""
    above: list[str] = []
    quoted: dict[int, bool] = {}
    for string in strings:
        line = clean_line(str(string))
        # Only a line with a digit can give a date; most lines are told so.
        block = (
            string.find_parent(_LINE_BLOCKS)
            if above and _ANY_DIGIT.search(line)
            else None
        )
        if block is not None:
            if id(block) not in quoted:
                quoted[id(block)] = is_quoted_mail_header(element_text(block), above)
            if quoted[id(block)]:
                continue
        if line:
            above.append(line)
        yield string


def _time_element_date(element: Tag, day_first: bool = False):
    """Return the date a <time> element gives and the text it was read from,
    ((None, "") for an update's <time class="updated">)."""
    if any(is_update_line(c) for c in element.get("class") or ()):
        return None, ""
    stamp = str(element.get("datetime") or "")
    machine = parse_date(stamp)
    # The day the reader sees (the text, or the title a relative "3 days ago"
    # shows on hover) over a UTC attribute a day off; a reading more than a
    # day away from the attribute is a misread day/month order.
    for shown in (element_text(element), str(element.get("title") or "")):
        found = parse_date(shown, day_first=day_first)
        if found and (machine is None or abs(found - machine) <= _ONE_DAY):
            return found, shown
    return machine, stamp


# A <time> element with its machine stamp and the text it shows, read from
# the page's bytes: it may sit in chrome the reader has pruned (a post's
# footer), and the bytes are searched only when the metadata's time is UTC.
_STAMPED_TIME = re.compile(
    rb"<time\b[^>]*?\bdatetime=[\"']([^\"']{10,40})[\"'][^>]*>([^<]{6,60})</time>",
    re.I,
)


def date_by_stamp(data: bytes, stamp: str, day_first: bool = False):
    """Return the day a <time> element of the page shows for the moment
    ``stamp`` (the metadata's own time), else None.

    The metadata's UTC time is the moment; the element's text is the day the
    page's readers saw ("Mar 5, 2024, 08:30" for 2024-03-04T21:30Z).
    """
    moment = _moment(stamp)
    if moment is None:
        return None
    for match in _STAMPED_TIME.finditer(data):
        if _moment(match.group(1).decode("ascii", "replace")) != moment:
            continue
        text = clean_line(match.group(2).decode("utf-8", "replace"))
        found = parse_date(text, day_first=day_first)
        if found and abs(found - moment.date()) <= _ONE_DAY:
            return found
    return None


def _moment(text: str):
    """Return the time ``text`` stamps, zone and all, else None."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def date_in_lines(lines: list[str], day_first: bool = False):
    """Return the date of the first date line among ``lines`` that no label
    marks as an update's or an event's, else None."""
    label = ""
    for line in map(clean_line, lines):
        if is_date_line(line) and not label and not is_event_line(line):
            found = parse_date(before_update(line), day_first=day_first)
            if found:
                return found
        is_label = is_update_line(line) or is_event_line(line)
        label = line if is_label and count_words(line) <= 4 else ""
    return None


def first_date_line(root: Tag, day_first: bool = False):
    """Return the first date line anywhere in what is left of the page.

    The last resort (chrome and teasers are already gone), e.g. "Release
    date: March 3, 2022": weaker than a date the page marks up.
    """
    for element in root.find_parents()[-1:] or [root]:
        strings = element.find_all(string=True, limit=400)
        for found, _ in _date_lines(_without_quoted_mail(strings), day_first):
            return found
    return None


# A publication date an inline script hands the page's app, when nothing the
# reader sees dates it: ``var publish_time = "2025-03-13"``, ``publishDate:
# '2024-05-02T08:00'``, ``"createTime": "2025-03-13 20:05"``.
_SCRIPT_DATE = re.compile(
    rb"\b(?:date_?published|publish(?:ed)?_?(?:time|date|at|on)?|"
    rb"pub_?(?:date|time)|post(?:ed)?_?(?:date|time|at|on)|"
    rb"create(?:d)?_?(?:time|date|at|on)|release_?(?:date|time))"
    rb"[\"']?\s*[:=]\s*[\"'](?P<date>(?:19|20)\d\d-\d\d-\d\d)",
    re.I,
)


def date_in_script(data: bytes):
    """Return the publication date a script of the page (``data``) states, else None.

    Asked last: the page's metadata, what it shows and its url come first.
    """
    match = _SCRIPT_DATE.search(data)
    return parse_date(match.group("date").decode()) if match else None


def date_from_url(url: str):
    """Return the date a url gives as its path ("/2024/03/05/..."), else None."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    year, month, day = (g for g in match.groups() if g is not None)
    return parse_date(f"{year}-{int(month):02d}-{int(day):02d}")
