"""The place line a release opens with, and the date a wire's dateline gives.

"WASHINGTON -", "AUSTIN, Texas, May 3, 2022 /PRNewswire/ --", "Jakarta,
Komdigi - ", "Zaragoza.- ": the shapes of the world's datelines, told from
prose that opens the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .dates import parse_date
from .place_names import (
    INSTITUTION_WORDS,
    PLACE_WORDS,
    TOWN_PART_WORDS,
    country_names,
    in_capitals,
    is_country_name,
    is_indic_place_name,
    is_known_city,
    is_office_place,
    is_place_name,
    is_town_and_state,
    is_us_state,
    names_a_person,
)

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


# The same with the date inside the brackets after the wire's name, and one
# dash after them, as Newsfile writes it ("Vancouver, British Columbia--
# (Newsfile Corp. - November 24, 2026) - "): the date must parse.
_BRACKET_DATE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^()\n\d—–]{0,60}?)\s*--\s*"
    r"\((?P<wire>[^()\n]{2,30}?)\s+[-–—]\s+(?P<date>[^()\n]{4,30}?\d{4})\)"
    r"\s*(?:--|[—–-])\s*"
)
# Most words of its place: a province's name may take three ("St. John's,
# Newfoundland and Labrador").
_BRACKET_DATE_PLACE_WORDS = 6
# A place, the wire and the date between slashes, as ACCESSWIRE writes it
# ("NEW YORK, NY / ACCESSWIRE / November 24, 2026 / "): the date must parse,
# the place be in capitals and the wire's name end in one word on "wire"
# ("ACCESS Newswire"), which no breadcrumb's is ("Home / News Wire / ...",
# "Sales and Marketing / Acme Wire / ...").
_SLASHED_WIRE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^/()\n\d—–]{0,50}?)\s+/\s*"
    r"(?P<wire>[^\W\d_][^/\n\d]{0,25}?(?i:wire))"
    r"\s*/\s*(?P<date>[^/\n]{4,30}?\d{4})\s*/\s*"
)
# A place, the date alone in brackets, a dash, as American congressional
# and state offices open a release ("WASHINGTON, D.C. (March 18, 2026) – ",
# "Durham, NC (March 20, 2026) — ", "PHILADELPHIA (Aug. 3, 2021) – "): the
# date must parse and the place be followed by its state, or be a state, or
# a town in capitals the text names again as a place (is_office_place),
# since a meeting or a person opens prose so too ("Hauptversammlung (18. März
# 2026) – Die Aktionäre ...", "Governor Jane Roe (March 18, 2026) – ").
_PLACE_BRACKET_DATE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^()\n\d—–]{0,40}?)\s*"
    r"\((?P<date>[^()\n]{4,30}?\d{4})\)\s*(?:--|[—–-])\s*"
)

_WIRE_WORD = re.compile(r"[^\W\d_]+(?i:wire)\s*$")


def dateline_date(paragraph: str) -> str:
    """Return the date a wire's dateline opening ``paragraph`` gives
    ("AUSTIN, Texas, May 3, 2022 /PRNewswire/ --", "서울--(뉴스와이어)
    2026년 11월 19일 --"), or "" when it opens on none."""
    for pattern in (
        _WIRE_DATELINE,
        _DASHED_WIRE_DATELINE,
        _BRACKET_DATE_DATELINE,
        _PLACE_BRACKET_DATE_DATELINE,
        _SLASHED_WIRE_DATELINE,
    ):
        match = pattern.match(paragraph)
        if match and match.group("date") and parse_date(match.group("date")):
            # the two shapes prose shares give a date only as split_dateline
            # takes them ("Town Hall Meeting (March 18, 2026) – " gives none)
            if pattern is _PLACE_BRACKET_DATE_DATELINE and not is_office_place(
                match.group("place"), paragraph[match.end() :]
            ):
                continue
            if pattern is _SLASHED_WIRE_DATELINE and not (
                in_capitals(match.group("place"))
                and _WIRE_WORD.search(match.group("wire"))
            ):
                continue
            return match.group("date")
    return ""


# The same dateline in a script without capitals, where only its shape tells
# it: a place, a date that parses, the wire in brackets or slashes, a dash
# ("హైదరాబాద్, డిసెంబర్ 2, 2024 (న్యూస్‌లైన్ వైర్) --").
_PLACE_DATE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\d,()/—–-][^,()\n\d]{0,40}?),\s*"
    r"(?P<date>[^/()—–\n]{4,30}?\d{4})\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))?"
    r"\s*(?:--|[—–।-])\s*"
)
# A dateline that gives the day and month but no year, closed by a colon, as
# releases mailed by Indian and other government press offices open:
# "Nagarpur, March 21: ...", "ਸਤਲੁਜਪੁਰ, 27 ਮਾਰਚ: ...", or by the danda
# that ends a sentence in Devanagari and Bengali script ("जयपुर, 5 दिसम्बर।
# ..."). The month is told by the date parser (with a year added), so prose
# with a number ("Dear friends, 2 things:") is no dateline.
# Italian regions' and other agencies' wires close it with a dash instead
# ("Trieste, 14 mag - ...", "Udin, 3 di Jugn - ...", "Casteddu, 21 de
# ghennàrgiu - ..."): then the place is written with capitals, as a name.
_YEARLESS_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\d,:;()/—–-][^,:;()\n\d]{0,40}?),\s*"
    r"(?P<date>[^\s,:;।\d]{3,20}\.?\s+\d{1,2}"
    r"|\d{1,2}\.?\s+(?:(?:de|di|del|of)\s+)?[^\s,:;।\d—–-]{3,20})"
    r"\s*(?:(?P<colon>[:।])|\s(?:--|[—–-]))\s+"
)
# A place and its country closed by a colon, as Gulf and other wires' releases
# open ("Riyadh, Saudi Arabia: ", "دبي، الإمارات العربية المتحدة: ", with the
# Arabic comma): the country must be one, named in English or the page's
# language, since a person and an office open a line so too ("Jane Roe,
# Chair: ").
_PLACE_COUNTRY_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,،:;()\n\d]{0,40}?)\s*[,،]\s*"
    r"(?P<country>[^\W\d_][^,،:;()\n\d]{0,40}?)\s*:\s+"
)
# A place named in capitals and lower case, then the wire that carried the
# release in brackets: "Innsbruck (OTS) - ", "Den Haag (ANP) – ".
_PLACE_WIRE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})\s+"
    r"\((?P<wire>[A-Z]{2,6}|[a-z]{2,4}|[A-Z][a-z]{2,10})\)\s*(?:--|[—–-])\s*"
)


def _opens_sentence(rest: str) -> bool:
    """Return True when ``rest``, what follows a place line, opens a sentence:
    its first letter is no lower-case word going on from a name ("Apple
    (AAPL) - the largest holding ... - rose", "Update, 14 March: the ferry")."""
    for char in rest[:40]:
        if char.isalpha():
            return not char.islower()
    return True


def _is_place_and_country(match: re.Match, rest: str) -> bool:
    """Return True when ``match`` of _PLACE_COUNTRY_DATELINE is a place and
    its country before a sentence: the place a name of a few words (each
    capitalised in a script with capitals), no release's label, institution
    or person's title ("Update, Kenya: ", "Harbour Hospital, Kenya: ",
    "Minister Jane Roe, Kenya: "), the country one ("Jane Roe, Chair: "),
    and the place a city the world knows: a roster's speakers, a company, a
    label or a mission before a country are written the same way ("Amina
    Yusuf, Nigeria: ", "Trade Mission, Kenya: ")."""
    place = match.group("place").strip()
    return (
        not place[:1].islower()
        and (not place[:1].isupper() or is_place_name(place))
        and len(place.split()) <= PLACE_WORDS
        and place.split()[-1].lower() not in _RELEASE_LABELS | INSTITUTION_WORDS
        and not names_a_person(place)
        and is_country_name(match.group("country"))
        and is_known_city(place)
        and _opens_sentence(rest)
    )


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
        and len(dashed.group("place").split()) <= PLACE_WORDS
        and (dashed.group("date") is None or parse_date(dashed.group("date")))
    ):
        return dashed.group("place").strip(" ,"), body[dashed.end() :]
    bracketed = _BRACKET_DATE_DATELINE.match(body)
    if (
        bracketed
        and bracketed.group("place")[:1].isupper()
        and len(bracketed.group("place").split()) <= _BRACKET_DATE_PLACE_WORDS
        and parse_date(bracketed.group("date"))
    ):
        return bracketed.group("place").strip(" ,"), body[bracketed.end() :]
    slashed = _SLASHED_WIRE_DATELINE.match(body)
    if (
        slashed
        and in_capitals(slashed.group("place"))
        and _WIRE_WORD.search(slashed.group("wire"))
        and len(slashed.group("place").split()) <= _BRACKET_DATE_PLACE_WORDS
        and parse_date(slashed.group("date"))
    ):
        return slashed.group("place").strip(" ,"), body[slashed.end() :]
    dated = _PLACE_BRACKET_DATE_DATELINE.match(body)
    if (
        dated
        and is_office_place(dated.group("place"), body[dated.end() :])
        and dated.group("place").split()[-1].lower() not in _RELEASE_LABELS
        and parse_date(dated.group("date"))
    ):
        return dated.group("place").strip(" ,"), body[dated.end() :]
    caseless = _PLACE_DATE_DATELINE.match(body)
    if (
        caseless
        and not caseless.group("place")[:1].islower()
        # in a script with capitals, a place is a name: each word capitalised
        # ("Meppel, 18 juni 2025 – "), where prose is not ("Today, ...")
        and (
            not caseless.group("place")[:1].isupper()
            or is_place_name(caseless.group("place"))
        )
        and len(caseless.group("place").split()) <= PLACE_WORDS
        # "Update, March 18, 2026 – ": a label, not a place
        and caseless.group("place").split()[-1].lower() not in _RELEASE_LABELS
        and parse_date(caseless.group("date"))
        and _opens_sentence(body[caseless.end() :])
    ):
        place = caseless.group("place").strip()
        # "Boston, MA, May 3, 2024 – ": the state stays in the place, as it
        # does in a wire's dateline in capitals
        state, comma, day = caseless.group("date").partition(",")
        if comma and is_us_state(state.strip()) and parse_date(day):
            place = f"{place}, {state.strip()}"
        return place, body[caseless.end() :]
    yearless = _YEARLESS_DATELINE.match(body)
    if (
        yearless
        and not yearless.group("place")[:1].islower()
        and (yearless.group("colon") or is_place_name(yearless.group("place")))
        and len(yearless.group("place").split()) <= PLACE_WORDS
        and parse_date(f"{yearless.group('date')} 2000")
        and _opens_sentence(body[yearless.end() :])
        # before a danda: a place, not prose ("किसान संगठनों ने कहा, 12 मार्च।"),
        # nor a timetable's first entry ("गणित, 12 मार्च। विज्ञान, 15 मार्च।")
        and not (
            yearless.group("colon") == "।"
            and (
                not is_indic_place_name(yearless.group("place"))
                or _YEARLESS_DATELINE.match(body[yearless.end() :])
            )
        )
    ):
        return yearless.group("place").strip(), body[yearless.end() :]
    country = _PLACE_COUNTRY_DATELINE.match(body)
    if country and _is_place_and_country(country, body[country.end() :]):
        return body[country.start("place") : country.end("country")], body[
            country.end() :
        ]
    wired = _PLACE_WIRE_DATELINE.match(body)
    if (
        wired
        and is_place_name(wired.group("place"))
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
    # "GOVERNOR JANE ROE, TEXAS – ": a person, whose title no town's name holds
    place, _, region = dateline.partition(",")
    if names_a_person(place, region):
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
    # AP shortens Saint, Fort, Mount and Port before a place's name ("ST.
    # LOUIS, MO – ", "Ft. Worth, Texas – "): the only full stop a place takes
    r"^\s*(?P<place>(?:(?i:st|ste|ft|mt|pt)\.\s+)?"
    r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}),\s+"
    r"(?P<tag>[^\W\d_][\w.&'’-]{1,24}(?: [A-Z][a-z]+)?)\s*(?:--|[—–-])\s+"
)
# The American shape without its comma, the state as an abbreviation:
# "Washington D.C. – ", "Lansing Mich. – ", "Washington DC – ".
_PLACE_STATE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>(?:(?i:st|ste|ft|mt|pt)\.[ \t]+)?"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})[ \t]+"
    r"(?P<state>(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.|[A-Z]{2})[ \t]*(?:--|[—–-])\s+"
)
# Postal codes that are a person's degree or credential as well, after a
# given name and a surname ("Jane Roe MD – ", "Jane Roe CA – ").
_DEGREE_CODES = frozenset("MD PA CA MA MS ND SC".split())
# Most words of a town before its state without a comma ("Baton Rouge La."),
# unless a town's part ends it ("Salt Lake City"): longer is a person's, a
# firm's or a product's name and a credential ("Roe Family Law PA").
_UNCOMMAED_TOWN_WORDS = 2
# News agencies that sign a release's opening after its place.
_NEWS_AGENCIES = frozenset(
    "antara bernama reuters afp ap xinhua kyodo yonhap pti ians ani efe ansa "
    "dpa apa ots anp belga tass ria kompas.com detikcom tempo.co vna pna".split()
)
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
    """Return ``(dateline, body)`` for the openings whose place is written
    in capitals and lower case and closed by punctuation of their own
    (``_PLACE_STATE_DATELINE``, ``_STOP_DASH_DATELINE``,
    ``_PLACE_COMMA_TAG_DATELINE``), or ``("", body)``."""
    names = tuple(filter(None, names))
    stated = _PLACE_STATE_DATELINE.match(body)
    if stated and _opens_sentence(body[stated.end() :]):
        place = f"{stated.group('place')} {stated.group('state')}"
        if (
            is_town_and_state(place)
            and (
                len(stated.group("place").split()) <= _UNCOMMAED_TOWN_WORDS
                or stated.group("place").split()[-1].lower() in TOWN_PART_WORDS
            )
            and not (
                stated.group("state") in _DEGREE_CODES
                and len(stated.group("place").split()) == 2
            )
            # "United DC – " under "United DC wins cup", "Capital Pride DC –"
            # under "Capital Pride DC 2026": a team's or an event's name the
            # headline gives, not where the release was written
            and not any(place.lower() in name.lower() for name in names)
        ):
            return place, body[stated.end() :]
    stop = _STOP_DASH_DATELINE.match(body)
    if (
        stop
        and is_place_name(stop.group("place"))
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
        and is_place_name(tagged.group("place"))
        and tagged.group("tag")[:1].isupper()
        and _opens_sentence(body[tagged.end() :])
    ):
        place, tag = tagged.group("place").strip(), tagged.group("tag")
        if (
            tag.lower().rstrip(".") in _NAME_SUFFIXES
            or place.split()[-1].lower() in _RELEASE_LABELS
            # "St. Mary's Hospital, Missouri – ", "Ft. Lauderdale Police,
            # Fla. – ": an institution in a place, not the place
            or place.split()[-1].lower() in INSTITUTION_WORDS
            # "Governor Jane Roe, Texas – ": a person and the state she
            # serves, as a person's title tells; no town's name holds one
            or names_a_person(place, tag)
            # "MD" is Maryland after a town ("Rockville, MD") and a degree
            # after a person's given name and surname ("Jane Roe, MD")
            or (tag == "MD" and len(place.split()) == 2)
        ):
            return "", body
        if is_us_state(tag):
            return f"{place}, {tag.rstrip('-')}", body[tagged.end() :]
        if (
            tag.lower() in _NEWS_AGENCIES
            # a country after its city ("Zagreb, Croatia – ") stays out, as
            # it did before states were read
            or tag.lower() in country_names()
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
