"""Text clean-up shared by the readers: whitespace, datelines, titles from bodies."""

from __future__ import annotations

import ast
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlparse

from .date_choice import PUBLISHED_LABEL, UPDATE_LABEL
from .dates import parse_date, remove_dates

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Not the vertical tab, form feed and separators (\x1c-\x1e): they stand
# between words, and str.split() takes them for the spaces they are. The
# unit separator is Word's optional hyphen inside a word: it goes.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# "MANILA, Philippines —", "WASHINGTON –", "(Washington, DC) -", "SAINT PAUL (AP) --"
DATELINE = re.compile(
    r"^\s*(?:(?P<dateline>\(?[A-Z][A-Z.'’\- ]{2,}(?:,\s*[A-Z][\w.'’\- ]{1,30}){0,2}\)?"
    r"|\([A-Z][\w.'’\- ]+(?:,\s*[A-Z][\w.'’\- ]+){0,2}\))"
    # the agency in brackets: "(AP)", "(Reuters)", "(dpa)"
    # the dash: not a hyphen into a number ("A P-8A Poseidon crew", "F-35")
    r"\s*(?:\([A-Za-z]{2,4}\)\s*|\([A-Z][a-z]{2,10}\)\s*)?(?:[—–]|--|-(?!\d))\s*"
    # "(Washington, DC)  Representative ...": in brackets, the place needs no dash
    r"|(?P<bracketed>\([A-Z][\w.'’\- ]+,\s*[A-Z][\w.'’\- ]{1,20}\))\s+(?=[A-Z]))"
)
# Lines that mark the end of a release in a page dump: its teasers, share and follow
# blocks, contact boxes. Matched on short lines only, so prose is never cut.
END_MARKER = re.compile(
    # "#", "###", "-30-", "***": the press-release end marks. They hold no word
    # character, so they sit outside the group that must end at a word boundary.
    r"^(?:#+$|-\s*30\s*-|\*{3,}|-*\s*ends?\s*-*$|(?:tagged with|latest posts|"
    r"(?:related|more|latest|recent|other|similar|top)\s+(?:news|stories|articles|"
    r"releases|press releases|posts|content|links|items)|"
    r"in the .{0,30}news|connect with|engage (?:&|and) connect|follow us|"
    r"share this|stay connected|sign up for|subscribe to|"
    # the same headings on German, French and Spanish pages
    r"weitere (?:pressemitteilungen|meldungen|nachrichten|artikel)|ähnliche (?:artikel|meldungen)|"
    r"(?:plus d'|autres )actualités|à lire aussi|noticias relacionadas|más noticias)\b"
    # The heading of a release's contact block, alone on its line: "Media
    # contact: Jane Roe, 555-0100" opens some releases and is no end.
    r"|(?:media|press) contacts?:?$|pressekontakte?:?$|contacts? presse\s*:?$"
    r"|contacto de prensa:?$|mediekontakt:?$)",
    re.I,
)


# UTF-8 read as Latin-1/Windows-1252 (once or twice) leaves a lead byte
# \u00c2-\u00f4 followed by a continuation byte or its cp1252 stand-in:
# "Minnesota\u00e2\u0080\u0099s", "\u00c2\u00a0". Only text with such a pair goes
# through ftfy, so clean text costs one regex search.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def has_double_encoding(text: str) -> bool:
    """Return True when ``text`` shows UTF-8 read as Latin-1 somewhere."""
    return _MOJIBAKE.search(text) is not None


def repair_text(text: str) -> str:
    """Return ``text`` with double-encoded UTF-8 ("Minnesota\u00e2\u0080\u0099s") repaired.

    Only the encoding is fixed (ftfy's ``fix_encoding``): quotes, widths and
    ligatures are left as the publisher wrote them.
    """
    if not _MOJIBAKE.search(text):
        return text
    # A page's text is cleaned element by element, and a block's text again
    # inside its container's: a damaged page sends the same strings to ftfy
    # many times, and ftfy's answer depends on the string alone.
    global _repaired_chars
    repaired = _REPAIRED.get(text)
    if repaired is None:
        import ftfy  # here, not at the top: 25 ms that a search never needs

        if _repaired_chars > _REPAIRED_MAX_CHARS:
            _REPAIRED.clear()
            _repaired_chars = 0
        repaired = _REPAIRED[text] = ftfy.fix_encoding(text)
        _repaired_chars += len(text) + len(repaired)
    return repaired


# Damaged text -> ftfy's repair of it, for every reader of the process;
# cleared when it holds this many characters, so that its memory stays
# bounded (a few pages' worth of text).
_REPAIRED: dict[str, str] = {}
_REPAIRED_MAX_CHARS = 4 << 20
_repaired_chars = 0


# Scripts written without spaces between words (Chinese, Japanese kana and
# kanji, Thai, Lao, Myanmar, Khmer): a whole sentence is one "word" to split().
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff]"
)
# Characters of those scripts to a word: a Chinese or Japanese word averages
# about two.
_CHARS_PER_WORD = 2
# What ends a sentence: the Latin marks, the CJK full-width ones, the danda
# of Hindi and other Indic scripts, the Myanmar, Khmer, Armenian and Ethiopic
# full stops, the Arabic question mark. (Thai and Lao mark none.)
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "।", "॥", "။", "។", "։", "።", "؟")


def count_words(text: str) -> int:
    """Return how many words ``text`` holds, text without spaces between
    words measured in characters, so that a Japanese paragraph weighs what
    its English translation would."""
    words = len(text.split())
    if text.isascii():
        return words
    unspaced = len(_UNSPACED.findall(text))
    return words + unspaced // _CHARS_PER_WORD if unspaced else words


def clean_line(text: str) -> str:
    """Return ``text`` as one line: whitespace runs collapsed, control characters gone."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", repair_text(text)))
    if "\u200b" in text:  # the one space of _SPACES that str.split() keeps
        return _SPACES.sub(" ", text).strip()
    # The same as the regex: its \s is str.isspace(), like split()'s, and the
    # other spaces it names are isspace() too. A third of the time on prose.
    return " ".join(text.split())


def join_paragraphs(paragraphs: list[str]) -> str:
    """Join cleaned paragraphs with blank lines, dropping empty ones."""
    cleaned = (clean_line(p) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def normalize_body(text: str) -> str:
    """Normalize a body given as one string: paragraphs split on blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [" ".join(block.split("\n")) for block in _BLANK_LINES.split(text)]
    return join_paragraphs(paragraphs)


# A newswire's dateline carries the date and the wire: "AUSTIN, Texas, May 3,
# 2022 /PRNewswire/ --", "MINNEAPOLIS, Sept. 12, 2023 —", "TORONTO, June 1,
# 2021 (GLOBE NEWSWIRE) --", "SAN JOSE, Calif.--(BUSINESS WIRE)--".
# A place in capitals may carry accented ones ("MONTRÉAL, QUÉBEC, CANADA").
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"
_WIRE_DATELINE = re.compile(
    rf"^\s*(?P<place>[{_CAPITALS}][{_CAPITALS}.'’\- ]{{2,}}"
    rf"(?:,\s*[{_CAPITALS}][\w.'’\- ]{{1,30}}){{0,2}})"
    r"(?:,\s*(?P<date>[^/()—–]{6,30}?\d{4})\s*(?:/[\w .-]{2,40}/|\([A-Z][A-Z ]{2,30}\))?"
    r"\s*(?:--|[—–-])\s*|\s*--\s*\([A-Z][A-Z ]{2,30}\)\s*--\s*)"
)

# A place, a double dash, the wire in brackets, then the date if any and a
# dash, as Business Wire and the Korean and Japanese wires write it in any
# script and case ("CHEONGJU, South Korea--(Newswire) November 5, 2026-- ",
# "서울--(뉴스와이어) 2026년 11월 19일 -- "): the double dash before the
# bracket tells it from prose.
_DASHED_WIRE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^()\n\d—–]{0,40}?)\s*--\s*\((?P<wire>[^()\n]{2,30})\)"
    r"\s*(?:(?P<date>[^()\n—–-]{4,30}?)\s*)?(?:--|[—–])\s*"
)


def dateline_date(paragraph: str) -> str:
    """Return the date a wire's dateline opening ``paragraph`` gives
    ("AUSTIN, Texas, May 3, 2022 /PRNewswire/ --", "서울--(뉴스와이어)
    2026년 11월 19일 --"), or "" when it opens on none."""
    for pattern in (_WIRE_DATELINE, _DASHED_WIRE_DATELINE):
        match = pattern.match(paragraph)
        if match and match.group("date") and parse_date(match.group("date")):
            return match.group("date")
    return ""


# The same dateline in a script without capitals, where only its shape tells
# it: a place, a date that parses, the wire in brackets or slashes, a dash
# ("హైదరాబాద్, డిసెంబర్ 2, 2024 (న్యూస్‌లైన్ వైర్) --").
_PLACE_DATE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\d,()/—–-][^,()\n\d]{0,40}?),\s*"
    r"(?P<date>[^/()—–\n]{4,30}?\d{4})\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))?"
    r"\s*(?:--|[—–-])\s*"
)
# Most words of a place in a dateline.
_PLACE_WORDS = 4
# A dateline that gives the day and month but no year, closed by a colon, as
# releases mailed by Indian and other government press offices open:
# "Nagarpur, March 21: ...", "ਸਤਲੁਜਪੁਰ, 27 ਮਾਰਚ: ...". The month is told by
# the date parser (with a year added), so prose with a number ("Dear
# friends, 2 things:") is no dateline.
# Italian regions' and other agencies' wires close it with a dash instead
# ("Trieste, 14 mag - ...", "Udin, 3 di Jugn - ...", "Casteddu, 21 de
# ghennàrgiu - ..."): then the place is written with capitals, as a name.
_YEARLESS_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\d,:;()/—–-][^,:;()\n\d]{0,40}?),\s*"
    r"(?P<date>[^\s,:;\d]{3,20}\.?\s+\d{1,2}"
    r"|\d{1,2}\.?\s+(?:(?:de|di|del|of)\s+)?[^\s,:;\d—–-]{3,20})"
    r"\s*(?:(?P<colon>:)|\s(?:--|[—–-]))\s+"
)
# A place named in capitals and lower case, then the wire that carried the
# release in brackets: "Innsbruck (OTS) - ", "Den Haag (ANP) – ".
_PLACE_WIRE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})\s+"
    r"\((?P<wire>[A-Z]{2,6}|[a-z]{2,4}|[A-Z][a-z]{2,10})\)\s*(?:--|[—–-])\s*"
)


# Days and words that open prose, not a place: "Today, 3 May 2024 – ...".
_NOT_PLACES = frozenset(
    "today yesterday tomorrow on in at since until from this last next "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _is_place_name(text: str) -> bool:
    """Return True when ``text`` is written as a place's name: a few words,
    each capitalised, none a day or a preposition that opens prose."""
    words = text.split()
    return (
        0 < len(words) <= _PLACE_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(word.lower().strip(".") in _NOT_PLACES for word in words)
    )


def _opens_sentence(rest: str) -> bool:
    """Return True when ``rest``, what follows a place line, opens a sentence:
    its first letter is no lower-case word going on from a name ("Apple
    (AAPL) - the largest holding ... - rose", "Update, 14 March: the ferry")."""
    for char in rest[:40]:
        if char.isalpha():
            return not char.islower()
    return True


def _is_initials_of(short: str, name: str) -> bool:
    """Return True when ``short`` is the initials of ``name``: an abbreviation
    the text defines ("Harbour Town Council (HTC)"), not a wire's tag."""
    initials = "".join(word[:1] for word in name.split() if word[:1].isupper())
    return len(initials) > 1 and short.upper() == initials.upper()


def split_dateline(body: str, *, names: Iterable[str] = ()) -> tuple[str, str]:
    """Return ``(dateline, body)``: the place line a release opens with, if any.

    Args:
        body: the release's text.
        names: what the page says of its issuer elsewhere (its source, its
            site's name, its title): a short name after the place ("Jakarta,
            Komdigi – ") is the issuer's only when one of these names it.
    """
    wire = _WIRE_DATELINE.match(body)
    if wire and len(wire.group("place").split()) <= 6:
        if wire.group("date") is None or parse_date(wire.group("date")):
            return wire.group("place").strip(), body[wire.end() :]
    dashed = _DASHED_WIRE_DATELINE.match(body)
    if (
        dashed
        and not dashed.group("place")[:1].islower()
        and len(dashed.group("place").split()) <= _PLACE_WORDS
        and (dashed.group("date") is None or parse_date(dashed.group("date")))
    ):
        return dashed.group("place").strip(" ,"), body[dashed.end() :]
    caseless = _PLACE_DATE_DATELINE.match(body)
    if (
        caseless
        and not caseless.group("place")[:1].islower()
        # in a script with capitals, a place is a name: each word capitalised
        # ("Meppel, 18 juni 2025 – "), where prose is not ("Today, ...")
        and (
            not caseless.group("place")[:1].isupper()
            or _is_place_name(caseless.group("place"))
        )
        and len(caseless.group("place").split()) <= _PLACE_WORDS
        and parse_date(caseless.group("date"))
        and _opens_sentence(body[caseless.end() :])
    ):
        return caseless.group("place").strip(), body[caseless.end() :]
    yearless = _YEARLESS_DATELINE.match(body)
    if (
        yearless
        and not yearless.group("place")[:1].islower()
        and (yearless.group("colon") or _is_place_name(yearless.group("place")))
        and len(yearless.group("place").split()) <= _PLACE_WORDS
        and parse_date(f"{yearless.group('date')} 2000")
        and _opens_sentence(body[yearless.end() :])
    ):
        return yearless.group("place").strip(), body[yearless.end() :]
    wired = _PLACE_WIRE_DATELINE.match(body)
    if (
        wired
        and _is_place_name(wired.group("place"))
        and not _is_initials_of(wired.group("wire"), wired.group("place"))
        and _opens_sentence(body[wired.end() :])
    ):
        return wired.group("place").strip(), body[wired.end() :]
    match = DATELINE.match(body)
    if not match:
        return _place_tag_dateline(body, names)
    dateline = (match.group("dateline") or match.group("bracketed")).strip("() ")
    # A dateline is a place: at most a few words. Longer means we caught prose.
    if len(dateline.split()) > 6:
        return "", body
    return dateline, body[match.end() :]


# A place closed by a full stop and a dash, as Spanish and Latin American
# press offices open a release ("Zaragoza.- ", "MADRID.- ", "Huesca, 6 de
# noviembre.- "): the date, when given, sits between the place and the mark.
_STOP_DASH_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,.:;()\n\d]{0,40}?)(?:,\s*(?P<date>[^.\n]{4,40}?))?"
    r"\s*\.\s?(?:--|[—–-])\s*"
)
# A place, a comma, then the issuer's or the outlet's short name and a dash,
# as Indonesian and Malaysian releases open ("Jakarta, Komdigi – ",
# "Kuala Lumpur, Bernama – "): the place is the dateline. The same shape with
# a state's abbreviation ("Lansing, Mich. – ", "Washington, DC – ", "Miami,
# FL – ") or name ("Paris, Texas – ") is an American dateline, and the state
# stays in it. Prose and signatures share the shape ("Jane Roe, Chair – ",
# "Update, Tuesday – ", "Acme, Inc. – "), so the short name must be a news
# agency or the page's issuer, named elsewhere on the page.
_PLACE_COMMA_TAG_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}),\s+"
    r"(?P<tag>[^\W\d_][\w.&'’-]{1,24}(?: [A-Z][a-z]+)?)\s*(?:--|[—–-])\s+"
)
# News agencies that sign a release's opening after its place.
_NEWS_AGENCIES = frozenset(
    "antara bernama reuters afp ap xinhua kyodo yonhap pti ians ani efe ansa "
    "dpa apa ots anp belga tass ria kompas.com detikcom tempo.co vna pna".split()
)
# A state's or a district's postal code ("NY", "TX", "D.C."), read with its
# full stops taken out.
_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MA MI MN MS MO "
    "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
# A state's abbreviation as AP writes it ("Calif.", "Ala"), or its full name,
# in lower case without full stops.
_STATE_NAMES = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn "
    "miss mo mont neb nev okla ore pa tenn vt va wash wva wis wyo alabama alaska "
    "arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska "
    "nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont "
    "virginia washington wisconsin wyoming".split()
    + ["new hampshire", "new jersey", "new mexico", "new york", "north carolina"]
    + ["north dakota", "rhode island", "south carolina", "south dakota"]
    + ["west virginia"]
)


def _is_us_state(tag: str) -> bool:
    """Return True when ``tag`` names an American state or district: its
    postal code in capitals ("FL", "N.Y.", "D.C"), AP's abbreviation
    ("Mich.") or its name ("Texas")."""
    key = tag.replace(".", "").rstrip("-")
    return (key.isupper() and key in _STATE_CODES) or key.lower() in _STATE_NAMES


@functools.cache
def _country_names() -> frozenset[str]:
    """Return the names of the world's countries and territories in English."""
    from babel import Locale

    territories = Locale("en").territories.items()
    # regions have numbers for codes ("001" is "World"): only countries
    return frozenset(name.lower() for code, name in territories if code.isalpha())


# Words after a person's or a company's name, never a place's: suffixes,
# degrees, offices, company forms ("John Smith, Jr.", "Jane Roe, MD").
_NAME_SUFFIXES = frozenset(
    "jr sr ii iii iv phd ph.d dds rn esq mba ceo cfo coo cto chair chairman "
    "chairwoman president director inc ltd llc llp corp plc gmbh ag sa nv bv".split()
)

# A release's label, not its place ("Press Release, Harbour Board – ").
_RELEASE_LABELS = frozenset(
    "release statement notice advisory announcement update correction".split()
)


def _place_tag_dateline(body: str, names: Iterable[str] = ()) -> tuple[str, str]:
    """Return ``(dateline, body)`` for the two openings whose place is
    written in capitals and lower case and closed by punctuation of their
    own (``_STOP_DASH_DATELINE``, ``_PLACE_COMMA_TAG_DATELINE``), or
    ``("", body)``."""
    stop = _STOP_DASH_DATELINE.match(body)
    if (
        stop
        and _is_place_name(stop.group("place"))
        and (
            _is_some_date(stop.group("date"))
            if stop.group("date") is not None
            else not _is_point_label(stop.group("place"), body[stop.end() :])
        )
        and _opens_sentence(body[stop.end() :])
    ):
        return stop.group("place").strip(), body[stop.end() :]
    tagged = _PLACE_COMMA_TAG_DATELINE.match(body)
    if (
        tagged
        and _is_place_name(tagged.group("place"))
        and tagged.group("tag")[:1].isupper()
        and _opens_sentence(body[tagged.end() :])
    ):
        place, tag = tagged.group("place").strip(), tagged.group("tag")
        if (
            tag.lower().rstrip(".") in _NAME_SUFFIXES
            or place.split()[-1].lower() in _RELEASE_LABELS
            # "MD" is Maryland after a town ("Rockville, MD") and a degree
            # after a person's given name and surname ("Jane Roe, MD")
            or (tag == "MD" and len(place.split()) == 2)
        ):
            return "", body
        if _is_us_state(tag):
            return f"{place}, {tag.rstrip('-')}", body[tagged.end() :]
        if (
            tag.lower() in _NEWS_AGENCIES
            # a country after its city ("Zagreb, Croatia – ") stays out, as
            # it did before states were read
            or tag.lower() in _country_names()
            or _is_named_issuer(tag, place, names)
        ):
            return place, body[tagged.end() :]
    return "", body


# Words that head a point, a note or a closing line, not a place: ordinals
# of a resolution's points, a letter's subject, a note, a summary, thanks.
_POINT_LABELS = frozenset(
    "primero segundo tercero cuarto quinto sexto séptimo octavo noveno décimo "
    "único primera segunda tercera única first second third fourth fifth "
    "asunto nota objeto resumen conclusión conclusiones anexo aviso "
    "importante referencia posdata atentamente gracias saludos "
    "subject note summary conclusion annex notice reference thanks".split()
    + ["thank you", "muchas gracias", "nota bene"]
)
# A later paragraph opening on a word, a full stop and a dash ("Segundo.- ").
_LATER_POINT = re.compile(r"\n\s*[^\W\d_][^\W\d_ ]{0,30}\.\s?(?:--|[—–-])\s")


def _is_point_label(place: str, rest: str) -> bool:
    """Return True when the word before "X.- " heads a point, not a place:
    a label word ("Primero", "Asunto", "Thank You"), or one of several
    points the text opens the same way ("Primero.- ... Segundo.- ...")."""
    return place.strip().lower() in _POINT_LABELS or bool(_LATER_POINT.search(rest))


def _is_named_issuer(tag: str, place: str, names: Iterable[str]) -> bool:
    """Return True when ``tag`` is the issuer's short name: one of its
    ``names`` (its source, its site's name, its title) whole, one part of a
    title ("... | Komdigi"), or a name's initials ("KKP")."""
    if tag.lower() in place.lower().split():
        return False
    for name in filter(None, names):
        parts = [part.strip() for part in _TITLE_PARTS.split(name)]
        if any(part.lower() == tag.lower() for part in parts):
            return True
        if _is_initials_of(tag, name):
            return True
    return False


# What separates a page title's parts: "Headline | Site", "Headline - Site".
_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+")


def _is_some_date(text: str) -> bool:
    """Return True when ``text`` is a date, with its year or without one."""
    return parse_date(text) is not None or parse_date(f"{text} 2000") is not None


# A release's closing section on its issuer, headed "About Acme" in the
# languages of the wires ("Über Acme", "À propos de Acme", "Om Acme"), with
# a colon after it or none ("About Acme:").
ABOUT_HEADING = re.compile(
    r"^(?:about|über|à propos d['’]?e?|acerca de|sobre|informazioni su|over|om|"
    r"o společnosti|o firmie|о компании)\s+(?P<name>[^\W\d_][^.!?:]{1,60}?)\s*:?$",
    re.I,
)
ABOUT_WORDS = 8


def is_end_marker(line: str) -> bool:
    """Return True when ``line`` is a heading that follows the end of a release."""
    stripped = line.strip()
    return len(stripped.split()) <= 8 and bool(END_MARKER.match(stripped))


# Words ending in a full stop that do not end a sentence: initials ("U.S.",
# "J."), titles and ranks, and common short forms.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\"“])(?:(?:[A-Za-z]\.)+|(?:mr|mrs|ms|dr|prof|sen|rep|reps|gov|lt|gen|col|"
    r"capt|cmdr|sgt|maj|adm|st|jr|sr|no|nos|vol|inc|corp|co|ltd|dept|univ|hon|mt|ft|"
    r"ave|rev|gen|atty|supt|pres|vs|etc|approx|est|jan|feb|mar|apr|jun|jul|aug|sep|"
    r"sept|oct|nov|dec|u\.s|d\.c)\.)$",
    re.I,
)
# A sentence ends at . ! or ? followed by a space or by an opening quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?(?=\s|[\"“][A-Z])")
# A place in brackets or a dateline glued to a first line ("...Security(New
# York, NY) January 4th, 2016 - Today"): the headline ends before it.
_GLUED_DATELINE = re.compile(r"\s*\([A-Z][\w.' ]+,\s*[A-Z][\w.]*\)")
# Words a made-up title must not end on: it would stop mid-phrase.
_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|by|to|in|on|at|for|from|with|and|or|but|as|that|which|who|"
    r"whose|its|his|her|their|our|is|are|was|were|be|has|have|had|will|would|this|"
    r"these|into|over|under|after|before|about|than|not|no|[\w.]*\.|\S+['’]s?))+$",
    re.I,
)


def title_from_body(body: str, *, max_chars: int = 120) -> str:
    """Return a title for a record that has none: its first line or sentence.

    The title ends at a sentence's end (never at an abbreviation such as
    "U.S." or "Sen."), or, when the sentence is too long, at a clause or
    word boundary that leaves no phrase hanging ("... by", "... of the").
    """
    first = split_dateline(body.strip())[1].split("\n", 1)[0].strip()
    glued = _GLUED_DATELINE.search(first, 20)
    if glued:
        first = first[: glued.start()]
    sentence = first
    for match in _SENTENCE_BREAK.finditer(first):
        if match.end() < 20 or _ABBREVIATION.search(first[: match.start() + 1]):
            continue
        sentence = first[: match.end()]
        break
    if len(sentence) <= max_chars:
        return sentence
    head = sentence[: max_chars + 1]
    clause = max(head.rfind(mark) for mark in (", ", "; ", ": ", " – ", " — ", " - "))
    if clause >= max_chars // 2:
        cut = head[:clause]
    else:
        cut = head.rsplit(" ", 1)[0]
    trimmed = _DANGLING.sub("", cut).rstrip(" ,;:–—-")
    return (trimmed or cut) + "…"


# "By Jane Doe", "From Staff Sgt. X,", "Written by: Y", "Posted by Z" on a line
# of its own; "Von", "Par", "Por", "Door" (and the Philippine languages' "Ni",
# Malay and Indonesian "Oleh") only before a capitalised name, as "Par
# ailleurs, ..." or "Por eso ..." open sentences.
BYLINE_PREFIX = re.compile(
    r"^(?:(?i:by|from|written by|posted by|story by|author|skrevet af|kirjoittanut|"
    r"kirjoittaja):?\s+"
    r"|(?i:text|tekst|autor|författare|texte|testo):\s+"
    r"|(?i:af|av)\s+(?=[A-ZÀ-Ý])"
    r"|(?i:von|par|por|door|ni|oleh)\s+"
    r"(?=[A-ZÀ-Ý][\w'’-]+\s+(?:(?:de|van|von|der|den|la|le|di|da|du)\s+)*[A-ZÀ-Ý]))"
)


# The fields of an e-mail's header as mail programs print them over a
# message ("From:", "Sent:", "Subject:"; Outlook's German and French ones,
# "Von:", "Gesendet:", "Betreff:", "De :", "Envoyé :", "Objet :").
_MAIL_FIELD = re.compile(
    r"(?:^|\s)(?:from|sent|date|to|cc|subject|von|gesendet|an|betreff|de|envoyé|"
    r"à|objet)\s?:\s",
    re.I,
)
_MAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def is_mail_header(block: str) -> bool:
    """Return True when ``block`` is an e-mail's header: it opens with a
    header field and holds another one or the sender's address ("From: Tom
    Pryce <tom@...> Sent: Monday, 3 March 2025"). A release's own labelled
    line ("From: Fisheries and Oceans Canada", "Date: 4 March 2025") is not.
    """
    fields = [m.start() for m in _MAIL_FIELD.finditer(block)]
    if not fields or fields[0] != 0:
        return False
    return len(fields) > 1 or _MAIL_ADDRESS.search(block) is not None


# Fewest words of a sentence of the text, as opposed to a label or a header.
_SENTENCE_WORDS = 8


def is_quoted_mail_header(block: str, above: Iterable[str]) -> bool:
    """Return True when ``block`` is an e-mail's header that a release quotes
    after sentences of its own: a letter inside the text, whose sender and
    day are not the page's. A header that opens the text (a page that is
    one e-mail, as a mailing list's archive shows it) is the page's own."""
    return is_mail_header(block) and any(
        count_words(line) >= _SENTENCE_WORDS and line.rstrip().endswith(SENTENCE_ENDS)
        for line in above
    )


def host_of(url: str) -> str:
    """Return the host of ``url`` without "www.", the source of last resort."""
    return (urlparse(url).hostname or "").removeprefix("www.")


_HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$", re.I)
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$", re.I)


def clean_source(source: str) -> str:
    """Return a source name as one spelling: a host without "www." and lower-cased
    ("www.Boozman.senate.gov" is "boozman.senate.gov"), any other name cleaned."""
    source = clean_line(source)
    if _URL.match(source):
        # A site named by its address ("https://www.example.org/") is its host.
        source = urlparse(source).hostname or source
    if _HOST_NAME.match(source):
        return source.lower().removeprefix("www.")
    return source


_LIST_SEPARATORS = re.compile(r"[,;|]")


def split_tags(values: Iterable[object], *, split: bool = True) -> tuple[str, ...]:
    """Return the tags ``values`` hold, each once (first spelling kept).

    A value may be one tag, a comma/semicolon-separated list (when ``split``),
    or a whole list saved as its Python or JSON text (``"['US', 'AWARDS']"``),
    which scrapers store in a single field or ``<meta>`` tag.
    """
    unique: dict[str, str] = {}  # lower-cased -> first spelling seen
    for item in _tag_items(values, split):
        item = clean_line(item).strip(" '\"")
        if item:
            unique.setdefault(item.lower(), item)
    return tuple(unique.values())


def _tag_items(values: Iterable[object], split: bool) -> Iterable[str]:
    for value in values:
        if isinstance(value, (list, tuple)):
            yield from _tag_items(value, split)
            continue
        text = str(value).strip()
        if text.startswith("[") and text.endswith("]"):
            parsed = _parse_list_text(text)
            if parsed is not None:
                yield from _tag_items(parsed, split)
                continue
        yield from (_LIST_SEPARATORS.split(text) if split else [text])


def _parse_list_text(text: str) -> list | None:
    """Return the list a Python or JSON list literal spells, or None."""
    for parse in (json.loads, ast.literal_eval):
        try:
            parsed = parse(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(parsed, list):
            return parsed
    # A list cut short or with odd quoting: take what is inside its quotes.
    quoted = re.findall(r"['\"]([^'\"]+)['\"]", text)
    return quoted or None


def drop_repeated_blocks(paragraphs: list[str]) -> list[str]:
    """Return ``paragraphs`` with repeats gone.

    A short block shown three times or more is a caption or a label (a photo
    gallery repeats its caption under every picture), never release text, so
    every copy goes; of any other block only the first showing is kept.
    """
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        counts[paragraph] = counts.get(paragraph, 0) + 1
    if all(count == 1 for count in counts.values()):
        return paragraphs
    kept, seen = [], set()
    for paragraph in paragraphs:
        if paragraph in seen:
            continue
        seen.add(paragraph)
        if counts[paragraph] >= 3 and len(paragraph.split()) <= 30:
            continue
        kept.append(paragraph)
    return kept


# Fewest words of a pull quote told by its copy: a shorter block ("Photo",
# "Read more") says nothing when another block holds its words.
_PULL_QUOTE_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 60
_CLOSING_QUOTES = ('"', "”", "’", "»", "」", "'")


def drop_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Return ``paragraphs`` without the pull quotes that repeat the text.

    A magazine layout lifts a sentence of the text into a box beside it ("We
    expected losses, but not on this scale"); the box is a copy, told by its
    words standing, in order, inside another, longer block of the same text.
    """
    keys = [" " + " ".join(re.findall(r"\w+", p.lower())) + " " for p in paragraphs]
    # One text of all blocks, searched once per short block: a page of a few
    # hundred table rows would otherwise cost a pass per pair of blocks.
    joined = "\n".join(keys)
    copies: dict[str, int] = {}
    for key in keys:
        copies[key] = copies.get(key, 0) + 1
    kept = []
    for paragraph, key in zip(paragraphs, keys, strict=True):
        words = key.count(" ") - 1
        # Found more often than the block itself is repeated: it stands
        # inside another block.
        # A pull quote is a sentence; a heading or a table's label whose
        # words a paragraph repeats ("State, Local and Tribal Law
        # Enforcement") is not, and stays.
        if (
            _PULL_QUOTE_WORDS <= words <= _PULL_QUOTE_MAX_WORDS
            and paragraph.rstrip().endswith((*SENTENCE_ENDS, *_CLOSING_QUOTES))
            and joined.count(key) > copies[key]
        ):
            continue
        kept.append(paragraph)
    return kept


# A picture credit at the end of a paragraph or alone: "Foto: photocase.de",
# "Photo: Jane Doe/AP", "(Bild: dpa)". Only a few words after the label, so a
# sentence that mentions a photo is kept.
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”’)])\s+)\(?(?:fotos?|photos?|photo credits?|photographs?|bilder?|"
    r"images?|pictures?|credits?|crédits? photo|fotografía|imagen)\s*:\s*"
    r"[^\s:][^:!?]{0,50}?\)?$",
    re.I,
)


def strip_photo_credit(paragraph: str) -> str:
    """Return ``paragraph`` without a picture credit glued to its end."""
    match = _PHOTO_CREDIT.search(paragraph)
    if match is None or len(match.group(0).split()) > 8:
        return paragraph
    return paragraph[: match.start()].rstrip()


# What follows the name in a byline element: "Reuters Updated: January 16, 2020",
# "Jane Doe | Published 3 March 2021".
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|·•,;–—-]\s*)?\b(?:updated|published|posted|last (?:updated|modified)|"
    r"modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado)\b.*$",
    re.I,
)


# A post's age after its author's name, as help centres and forums show it
# ("Coastlink Customer Care 1 year ago", "Ana · 3 hours ago").
_BYLINE_AGE = re.compile(
    r"\s*(?:[|·•,;–—-]\s*)?\b(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|"
    r"year)s?\s+ago\b.*$",
    re.I,
)


# An office or role after the name: "Marcus Lee, Office of Strategic
# Communications", "Dana Whitcomb, University Communications".
_BYLINE_ROLE = re.compile(
    r",\s+(?:[\w&'’.-]+\s+){0,5}?(?:office|communications|department|secretary|"
    r"press|media|relations|editor|reporter|correspondent|staff|spokes\w*|"
    r"director|officer|manager)\b.*$",
    re.I,
)


# A one-word label before the name, in any language ("Автор: Мария Иванова",
# "Yazar: Ayşe Demir", "Tác giả: ...": a byline element's own label).
_BYLINE_LABEL = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,10})?\s*:\s+(?=\w)")
# Another labelled field after the name, read with it from one line or
# block ("Lt. Jessa Mae Villanueva PN Unit: Naval Forces Southern Luzon"):
# the name ends before the field's label.
_BYLINE_NEXT_FIELD = re.compile(
    r"(?<=[\w.])\s+[A-ZÀ-ÞА-ЯΑ-Ω][^\W\d_]{1,20}\s*:\s+\S.*$"
)


# A participle before "by" in a byline already found ("Created by",
# "Publié par", "Publicado por", "Geschreven door", "Napisane przez"),
# before a capitalised name; not "von" or "da", which names hold ("Anna von
# Berg"). Not a test of a line being a byline: "Supported by ..." in a text
# is none.
_BYLINE_VERB = re.compile(
    r"^(?:[^\W\d_]{4,15}\s+(?i:by|par|por|door|przez)"
    # German participles before "von" ("Erstellt von", "Geschrieben von")
    r"|(?i:erstellt|verfasst|geschrieben|veröffentlicht|bearbeitet|gepostet|"
    r"eingestellt)\s+von)\s+(?=[A-ZÀ-ÝĀ-Ž])"
)


# The account a CMS posts under until someone names it ("admin",
# "Administrator", "webmaster", "editor"): a login shown as the author, no
# person's name.
_ACCOUNT_NAME = re.compile(
    r"^(?:site[ _-]?|web[ _-]?|wp[ _-]?)?(?:admin(?:istrator|istrador|istrateur)?|"
    r"webmaster|root|superuser|sysadmin|user|guest|editor|author|contributor)\d*$",
    re.I,
)


def clean_byline(byline: str) -> str:
    """Return the author's name a byline holds, without dates and update labels."""
    byline = clean_line(byline)
    byline = BYLINE_PREFIX.sub("", byline)
    byline = _BYLINE_VERB.sub("", byline)
    byline = _BYLINE_TAIL.sub("", byline)
    # A date's label in the page's own language ("Publicado em 10h12
    # Atualizado em 16h40"): the name, if any, stands before it.
    label = PUBLISHED_LABEL.search(byline) or UPDATE_LABEL.search(byline)
    if label:
        byline = byline[: label.start()]
    byline = _BYLINE_AGE.sub("", byline)
    byline = _BYLINE_LABEL.sub("", byline)
    byline = _BYLINE_NEXT_FIELD.sub("", byline)
    byline = _BYLINE_ROLE.sub("", byline)
    byline = remove_dates(byline).strip(" ,;|·•–—-")
    if _ACCOUNT_NAME.match(byline):
        return ""
    return byline if re.search(r"[^\W\d_]", byline) else ""
