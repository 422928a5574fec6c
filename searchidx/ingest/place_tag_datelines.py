"""The place lines a release opens with whose place is written in capitals
and lower case and closed by punctuation of its own: "Lansing, Mich. – ",
"Zaragoza.- ", "Jakarta, Komdigi – ", "Washington D.C. – ".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .dates import parse_date
from .place_names import (
    INSTITUTION_WORDS,
    NAME_SUFFIXES,
    RELEASE_LABELS,
    TOWN_PART_WORDS,
    is_initials_of,
    is_joined_place_name,
    is_place_name,
    is_town_and_state,
    is_us_state,
    names_a_person,
    opens_sentence,
)
from .world_places import is_city_name, is_country_name

# A place closed by a full stop and a dash, as Spanish and Latin American
# press offices open a release ("Zaragoza.- ", "MADRID.- ", "Huesca, 6 de
# noviembre.- "): the date, when given, sits between the place and the mark,
# and the agency that carried it in brackets after the date, as EFE and the
# state agencies write it ("La Paz, 3 dic (AMN).- ", "Quito, 3 de diciembre
# de 2026 (Andes) – "): then the full stop may be left out.
_STOP_DASH_DATELINE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^,.:;()\n\d]{0,40}?)(?:,\s*(?P<date>[^.\n]{4,40}?))?"
    r"(?:\s*\((?P<agency>[^\W\d_][^()\n\d]{1,20})\))?"
    r"\s*(?P<stop>\.)?\s?(?:--|[—–-])\s*"
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


def place_tag_dateline(body: str, names: Iterable[str] = ()) -> tuple[str, str]:
    """Return ``(dateline, body)`` for the openings whose place is written
    in capitals and lower case and closed by punctuation of their own
    (``_PLACE_STATE_DATELINE``, ``_STOP_DASH_DATELINE``,
    ``_PLACE_COMMA_TAG_DATELINE``), or ``("", body)``."""
    names = tuple(filter(None, names))
    stated = _PLACE_STATE_DATELINE.match(body)
    if stated and opens_sentence(body[stated.end() :]):
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
        and (stop.group("stop") or (stop.group("agency") and stop.group("date")))
        and (
            is_place_name(stop.group("place"))
            # "Ciudad de México, 3 de diciembre de 2026.- ": before a date
            or stop.group("date") is not None
            and is_joined_place_name(stop.group("place"))
        )
        and (
            # "Nota, 3 dic (AMN).- ": a label, whatever follows it
            _is_some_date(stop.group("date"))
            and stop.group("place").strip().lower() not in _POINT_LABELS
            and stop.group("place").split()[-1].lower() not in RELEASE_LABELS
            if stop.group("date") is not None
            else not _is_point_label(stop.group("place"), body[stop.end() :])
        )
        and opens_sentence(body[stop.end() :])
    ):
        return stop.group("place").strip(), body[stop.end() :]
    alone = _LONE_PLACE_DATELINE.match(body)
    if alone and _is_lone_city(alone.group("place"), body[alone.end() :], names):
        return alone.group("place"), body[alone.end() :]
    tagged = _PLACE_COMMA_TAG_DATELINE.match(body)
    if (
        tagged
        and is_place_name(tagged.group("place"))
        and tagged.group("tag")[:1].isupper()
        and opens_sentence(body[tagged.end() :])
    ):
        place, tag = tagged.group("place").strip(), tagged.group("tag")
        if (
            tag.lower().rstrip(".") in NAME_SUFFIXES
            or place.split()[-1].lower() in RELEASE_LABELS
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
            or is_country_name(tag)
            or _is_named_issuer(tag, place, names)
        ):
            return place, body[tagged.end() :]
    return "", body


# A city's name alone and a spaced dash, as international organisations open
# a release in each of their languages ("Rome – ", "罗马 – "): a heading, a
# label, a person or a product run into a paragraph is written so too
# ("Update – ", "Jane – ", "Phoenix – "), so the name must be a city's.
_LONE_PLACE_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[^\W\d_][^\s,.:;()\d—–-]*(?:[ \t]+[^\W\d_][^\s,.:;()\d—–-]*){0,2})"
    r"\s+[—–-]\s+"
)
# Fewest words of the sentence it opens.
_LONE_PLACE_LEAD_WORDS = 6


def _is_lone_city(place: str, rest: str, names: Iterable[str]) -> bool:
    """Return True when ``place``, alone before a dash, is where the release
    was written: a city's name (is_city_name) written as a name, which the
    page's headline and names do not hold (a product's or an event's name
    is a city's too: "Phoenix", "Regina"), before a sentence."""
    from ._text import SENTENCE_ENDS, count_words

    lead = rest.split("\n", 1)[0].rstrip()
    return (
        (not place[:1].isupper() or is_place_name(place))
        and is_city_name(place)
        and not _opens_on_a_place(rest)
        and not names_a_person(place)
        and not any(place.lower() in name.lower() for name in names)
        and opens_sentence(rest)
        and lead.endswith(SENTENCE_ENDS)
        and count_words(lead) >= _LONE_PLACE_LEAD_WORDS
    )


# A capitalised name and an edition's year: "Nice 2027 will start".
_NAME_AND_YEAR = re.compile(
    r"^\s*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?\s+(?:19|20)\d\d\b"
)


def _opens_on_a_place(rest: str) -> bool:
    """Return True when the words after the dash open on another city's or
    a country's name: the two are a route or a pair of names ("Paris – Nice
    2027 will start", "Sydney – Melbourne flights resumed"), no dateline.
    A name and a year after it make the pair an event's name too."""
    if _NAME_AND_YEAR.match(rest):
        return True
    words = rest.split(None, 3)[:2]
    for count in (2, 1):
        name = " ".join(words[:count]).strip(",.:;")
        if name[:1].isupper() and (is_city_name(name) or is_country_name(name)):
            return True
    return False


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
        if is_initials_of(tag, name):
            return True
    return False


# What separates a page title's parts: "Headline | Site", "Headline - Site".
_TITLE_PARTS = re.compile(r"\s+[|–—·:-]\s+")


def _is_some_date(text: str) -> bool:
    """Return True when ``text`` is a date, with its year or without one."""
    return parse_date(text) is not None or parse_date(f"{text} 2000") is not None
