"""The place line a release opens with, and the date a wire's dateline gives.

"WASHINGTON -", "AUSTIN, Texas, May 3, 2022 /PRNewswire/ --", "Jakarta,
Komdigi - ", "Zaragoza.- ": the shapes of the world's datelines, told from
prose that opens the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .agency_datelines import agency_date_dateline, agency_dateline, wire_dateline
from .dates import parse_date
from .place_names import (
    INSTITUTION_WORDS,
    PLACE_WORDS,
    RELEASE_LABELS,
    in_capitals,
    is_indic_place_name,
    is_office_place,
    is_place_name,
    is_town_and_region,
    is_us_state,
    names_a_person,
    opens_sentence,
)
from .place_tag_datelines import place_tag_dateline
from .script_datelines import script_dateline
from .world_places import is_country_name, is_known_city

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
# a town in capitals the text names again as a place (is_office_place), or
# a town and its region as news datelines of any land write them ("IGLOOLIK,
# Nunavut (December 3, 2026) – "), since a meeting or a person opens prose so
# too ("Hauptversammlung (18. März 2026) – Die Aktionäre ...", "Governor
# Jane Roe (March 18, 2026) – ").
_PLACE_BRACKET_DATE_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^()\n\d—–]{0,40}?)\s*"
    r"\((?P<date>[^()\n]{4,30}?\d{4})\)\s*(?:--|[—–-])\s*"
)


def _is_dated_place(place: str, rest: str) -> bool:
    """Return True when ``place``, before a date in brackets and a dash, is
    where the release was written: an American office's place
    (is_office_place), or a town and its region or country as news
    datelines of any land write them ("IGLOOLIK, Nunavut (December 3,
    2026) – ", "Addis Ababa, Ethiopia (2 December 2026) – ") before a
    sentence."""
    return is_office_place(place, rest) or (
        is_town_and_region(place, rest) and opens_sentence(rest)
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
            if pattern is _PLACE_BRACKET_DATE_DATELINE and not _is_dated_place(
                match.group("place"), paragraph[match.end() :]
            ):
                continue
            if pattern is _SLASHED_WIRE_DATELINE and not (
                in_capitals(match.group("place"))
                and _WIRE_WORD.search(match.group("wire"))
            ):
                continue
            return match.group("date")
    # "AUSTIN, Texas (PRWEB) December 03, 2026 -- ", "جنيف، 3 ديسمبر 2026 - "
    return agency_date_dateline(paragraph)[1] or script_dateline(paragraph)[1]


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
# Military press offices add the year after the month, often in two digits
# ("Harbourpur, 04 Dec 26: "); Urdu writes the comma as Arabic script does
# ("راولپنڈی، ۲۷ نومبر: ").
_YEARLESS_DATELINE = re.compile(
    r"^\s*(?P<place>[^\s\d,،:;()/—–-][^,،:;()\n\d]{0,40}?)[,،]\s*"
    r"(?P<date>[^\s,:;।\d]{3,20}\.?\s+\d{1,2}"
    r"|\d{1,2}\.?\s+(?:(?:de|di|del|of)\s+)?[^\s,:;।\d—–-]{3,20})"
    r"(?:\s+\d{2}(?:\d{2})?)?"
    # the agency that carried it, in brackets ("नई दिल्ली, 5 दिसंबर (हि.स.)।")
    r"(?:\s*\([^\W\d_][^()\n\d]{0,20}\))?"
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
        and place.split()[-1].lower() not in RELEASE_LABELS | INSTITUTION_WORDS
        and not names_a_person(place)
        and is_country_name(match.group("country"))
        and is_known_city(place)
        and opens_sentence(rest)
    )


def split_dateline(body: str, *, names: Iterable[str] = ()) -> tuple[str, str]:
    """Return ``(dateline, body)``: the place line a release opens with, if any.

    Args:
        body: the release's text.
        names: what the page says of its issuer elsewhere (its source, its
            site's name, its title): a short name after the place ("Jakarta,
            Komdigi – ") is the issuer's only when one of these names it.
    """
    # "HÀ NỘI, VIỆT NAM - Media OutReach Newswire - 25 tháng 11 năm 2026 - "
    sandwiched = wire_dateline(body)
    if sandwiched[0]:
        return sandwiched
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
        and _is_dated_place(dated.group("place"), body[dated.end() :])
        and dated.group("place").split()[-1].lower() not in RELEASE_LABELS
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
        and caseless.group("place").split()[-1].lower() not in RELEASE_LABELS
        and parse_date(caseless.group("date"))
        and opens_sentence(body[caseless.end() :])
    ):
        place = caseless.group("place").strip()
        # "Boston, MA, May 3, 2024 – ", "Addis Ababa, Ethiopia, 2 December
        # 2026 – ": the state or the country stays in the place, as it does
        # in a wire's dateline in capitals and before a colon
        state, comma, day = caseless.group("date").partition(",")
        state = state.strip()
        if comma and (is_us_state(state) or is_country_name(state)) and parse_date(day):
            place = f"{place}, {state}"
        return place, body[caseless.end() :]
    # "جنيف، 3 ديسمبر 2026 - ", "2026年11月26日，日内瓦—— "
    scripted = script_dateline(body)
    if scripted[0]:
        return scripted[0], scripted[2]
    yearless = _YEARLESS_DATELINE.match(body)
    if (
        yearless
        and not yearless.group("place")[:1].islower()
        and (yearless.group("colon") or is_place_name(yearless.group("place")))
        and len(yearless.group("place").split()) <= PLACE_WORDS
        # "Update, March 21: ": a label, not a place
        and yearless.group("place").split()[-1].lower() not in RELEASE_LABELS
        and parse_date(f"{yearless.group('date')} 2000")
        and opens_sentence(body[yearless.end() :])
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
    # "Innsbruck (OTS) - ", "Бишкек (МККК) – ": a place and an agency's tag
    tagged = agency_dateline(body)
    if tagged[0]:
        return tagged
    match = DATELINE.match(body)
    if not match:
        return place_tag_dateline(body, names)
    dateline = (match.group("dateline") or match.group("bracketed")).strip("() ")
    # A dateline is a place: at most a few words. Longer means we caught prose.
    if len(dateline.split()) > 6:
        return "", body
    # "GOVERNOR JANE ROE, TEXAS – ": a person, whose title no town's name holds
    place, _, region = dateline.partition(",")
    if names_a_person(place, region):
        return "", body
    return dateline, body[match.end() :]
