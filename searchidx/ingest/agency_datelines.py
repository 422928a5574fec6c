"""The place lines a release opens with that name who carried it: an agency's
or an office's tag in brackets ("Innsbruck (OTS) - ", "Erbil, Kurdistan
Region, Iraq (GOV.KRD) - ", "Бишкек (МККК) – ", "الرياض (واس) – ", "北京（新华社）–
"), the same tag before the date ("AUSTIN, Texas (PRWEB) December 03, 2026
-- "), or a wire's name between
dashes before the date ("HÀ NỘI, VIỆT NAM - Media OutReach Newswire - Ngày
25 tháng 11 năm 2026 - ").
"""

from __future__ import annotations

import re

from .dates import parse_date
from .place_names import (
    INSTITUTION_WORDS,
    RELEASE_LABELS,
    is_initials_of,
    is_office_place,
    is_region_name,
    is_town_and_region,
    is_town_name,
    opens_sentence,
)
from .world_places import is_known_city, is_world_place

# A word of a place's name in any script: a letter, then no space, bracket
# (full-width ones too), comma or digit (a script's vowel signs are no word
# characters to ``\w``).
_WORD = r"[^\W\d_][^\s(),:;\d（）]*"
# A place of a few words, then up to two regions or a country after commas
# ("Erbil, Kurdistan Region, Iraq"), then the tag in brackets: after a space,
# or in the full-width brackets Chinese and Japanese write with none.
_PLACE_AND_TAG = (
    rf"^\s*(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
    rf"(?:,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}){{0,2}})"
    r"(?:[ \t]+\(|[ \t]*（)(?P<tag>[^\W\d_][\w.]{1,11})[)）]"
)
# The place and the tag, then a dash.
_AGENCY_TAG_DATELINE = re.compile(_PLACE_AND_TAG + r"\s*(?:--|[—–-])\s*")
# The place and the tag, then the date and a dash, as PRWeb writes it in any
# language ("NEIVA, Colombia (PRWEB) 24 de noviembre de 2026 -- ").
_AGENCY_TAG_DATE_DATELINE = re.compile(
    _PLACE_AND_TAG + r"[ \t]+(?P<date>[^()\n—–-]{4,30}?\d{4})\s*(?:--|[—–-])\s*"
)
# A wire's tag as agencies write it: "(Reuters)", "(dpa)", or initials in the
# capitals of any script, with full stops between them ("(OTS)", "(МККК)",
# "(GOV.KRD)").
_NAMED_TAG = re.compile(r"[a-z]{2,4}|[A-Z][a-z]{2,10}")
_TAG_LETTERS = 8
# Most words of a place in a script without capitals, where no case tells a
# name from the words of an organisation's name.
_CASELESS_PLACE_WORDS = 2


def _is_agency_tag(tag: str) -> bool:
    """Return True when ``tag``, in brackets after a place, is an agency's or
    an office's: a name ("Reuters"), a short one in lower case ("dpa"), or
    initials in capitals of any script, with full stops inside ("GOV.KRD")."""
    if _NAMED_TAG.fullmatch(tag):
        return True
    letters = tag.replace(".", "")
    return (
        not tag.endswith(".")
        and 2 <= len(letters) <= _TAG_LETTERS
        and letters.isalpha()
        # a script without capitals writes its initials in no case ("واس")
        and (letters.isupper() or letters.upper() == letters.lower())
    )


def _is_tagged_place(place: str) -> bool:
    """Return True when ``place``, before an agency's tag, is a place: a
    town's name and the regions after it, each written as a name and none an
    office, a title or a label ("Jane Roe, Chair", "Acme, Inc."); in a script
    without capitals, a name of a word or two."""
    town, *regions = (part.strip() for part in place.split(","))
    if not town[:1].isupper() and not town[:1].islower():
        return len(place.split()) <= _CASELESS_PLACE_WORDS and not regions
    return (
        is_town_name(town)
        and all(is_region_name(region) for region in regions)
        and place.split()[-1].lower() not in INSTITUTION_WORDS | RELEASE_LABELS
    )


# A place, the wire's name ending in a word on "wire", the date, each between
# spaced dashes, as Asian wires open a release in any language ("กรุงเทพฯ,
# ประเทศไทย - Media OutReach Newswire - 3 ธันวาคม 2569 - "): the wire's name
# and a date that parses tell it from prose between dashes.
_WIRE_BETWEEN_DASHES = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\n\d()—–-]{0,50}?)\s+[—–-]\s+"
    r"(?P<wire>[^\W\d_][^\n\d()—–-]{0,40}?(?i:wire))\s+[—–-]\s+"
    r"(?P<date>[^\n—–-]{4,40}?\d{4})\s+[—–-]\s+"
)
# Most words of its place ("Kota Kinabalu, Sabah, Malaysia").
_WIRE_PLACE_WORDS = 6


def wire_dateline(body: str) -> tuple[str, str]:
    """Return ``(dateline, body)`` when ``body`` opens on a place, the wire's
    name and the date between dashes, or ``("", body)``."""
    wired = _WIRE_BETWEEN_DASHES.match(body)
    if (
        wired
        and not wired.group("place")[:1].islower()
        and len(wired.group("place").split()) <= _WIRE_PLACE_WORDS
        and parse_date(wired.group("date"))
    ):
        return wired.group("place").strip(" ,"), body[wired.end() :]
    return "", body


def _is_dated_agency_place(place: str, rest: str) -> bool:
    """Return True when ``place``, before a tag in brackets and a date, reads
    as a place: a town and its state or region ("AUSTIN, Texas", "NEIVA,
    Colombia"), or a city the world knows. A company and its ticker are
    written the same way ("Acme (ACME) December 3, 2026 -- ")."""
    return (
        is_office_place(place, rest)
        or is_town_and_region(place, rest)
        or is_known_city(place)
    )


def agency_date_dateline(body: str) -> tuple[str, str, str]:
    """Return ``(dateline, date, body)`` when ``body`` opens on a place, the
    tag of the wire that carried it in brackets, a date that parses and a
    dash, or ``("", "", body)``."""
    tagged = _AGENCY_TAG_DATE_DATELINE.match(body)
    if (
        tagged
        and _is_agency_tag(tagged.group("tag"))
        and not is_initials_of(tagged.group("tag"), tagged.group("place"))
        and parse_date(tagged.group("date"))
        and _is_dated_agency_place(tagged.group("place"), body[tagged.end() :])
        and opens_sentence(body[tagged.end() :])
    ):
        return tagged.group("place").strip(), tagged.group("date"), body[tagged.end() :]
    return "", "", body


def agency_dateline(body: str) -> tuple[str, str]:
    """Return ``(dateline, body)`` when ``body`` opens on a place and the tag
    of the agency that carried it in brackets, or ``("", body)``."""
    dated = agency_date_dateline(body)
    if dated[0]:
        return dated[0], dated[2]
    tagged = _AGENCY_TAG_DATELINE.match(body)
    if (
        tagged
        and _is_agency_tag(tagged.group("tag"))
        and _is_tagged_place(tagged.group("place"))
        # "Harbour Town Council (HTC) – ": a name and its initials
        and not is_initials_of(tagged.group("tag"), tagged.group("place"))
        and not _is_members_party(
            tagged.group("place"), tagged.group("tag"), body[tagged.end() :]
        )
        and (_is_cased_tag(tagged) or is_world_place(tagged.group("place").strip()))
        and opens_sentence(body[tagged.end() :])
    ):
        return tagged.group("place").strip(), body[tagged.end() :]
    return "", body


def _is_cased_tag(tagged: re.Match) -> bool:
    """Return True when the tag is written in capitals in round brackets
    ("(GOV.KRD)", "(МККК)"), as agencies' initials are. A tag in no case or in
    full-width brackets ("(واس)", "（新华社）") is written as a person's title,
    a party or a ticker is ("هنية (حماس)", "张伟（董事长）", "腾讯（TCEHY）"):
    the place before it must be one the world knows."""
    tag = tagged.group("tag")
    return tag.upper() != tag.lower() and "（" not in tagged.group(0)


def _is_members_party(place: str, tag: str, rest: str) -> bool:
    """Return True when ``place (tag)`` is a person's surname and her party
    or group, as a member's release opens ("Müller (CDU) – "): the text
    names the same surname and tag again after a given name ("Hans Müller
    (CDU)"), which an agency's tag after a town never is."""
    again = re.compile(
        rf"\b[^\W\d_]+[ \t]+{re.escape(place.strip())}[ \t]*[(（]{re.escape(tag)}[)）]"
    )
    return again.search(rest) is not None
