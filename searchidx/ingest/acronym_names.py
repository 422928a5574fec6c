"""An organisation named by its initials and its name joined by a dash.

A site may name itself "OAS - Organization of American States": one name
written twice, not a unit and its parent. The name spelled out is the
organisation's; a page in another language may title itself with the
same pair in its own words ("OEA - Organización de los Estados
Americanos: ..."), which is then the name the page gives.
"""

from __future__ import annotations

import re
import unicodedata

from bs4 import BeautifulSoup

from ._text import clean_line
from .page_publisher import NAME_JOINERS

_DASH = re.compile(r"\s+[-–—]\s+")
# Initials as organisations write them: capitals, with or without stops.
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}")
# A title opening on such a pair, the name's words up to the first mark
# that is none of a name's (":", "|", ",", a dash).
_TITLE_PAIR = re.compile(
    r"^\s*(?P<acronym>(?:[A-Z]\.?){2,8})\s+[-–—]\s+(?P<name>[^:|,–—]+)"
)


def expansion_of_acronym(site_name: str, soup: BeautifulSoup) -> str:
    """Return the name a site's "initials - name" spells out ("Organization
    of American States" of "OAS - Organization of American States"), in
    the page's own language when its title opens on such a pair; or "" for
    any other site name ("Stadt Biel - Ville de Bienne", "Ministry of
    Defence - Army")."""
    parts = _DASH.split(clean_line(site_name))
    if len(parts) != 2:
        return ""
    acronym, name = parts if _ACRONYM.fullmatch(parts[0]) else parts[::-1]
    if not (_ACRONYM.fullmatch(acronym) and _spells(acronym, name)):
        return ""
    title = clean_line(soup.title.get_text(" ")) if soup.title else ""
    pair = _TITLE_PAIR.match(title)
    if pair:
        # "OEA - Organización de los Estados Americanos - Prensa": the name
        # ends at the next dash
        own = _DASH.split(pair.group("name"))[0].strip()
        if _spells(pair.group("acronym"), own) and _same_body(
            acronym, name, pair.group("acronym"), own, title[pair.end() :]
        ):
            return own
    return name


# Letters of a word's stem that a name's translations share ("Organization",
# "Organización", "Organisation"; "American", "Americanos").
_STEM = 4


def _same_body(
    acronym: str, name: str, title_acronym: str, title_name: str, rest: str
) -> bool:
    """Return True when a title's pair is the site's own name: its initials
    are the site's, or it is the site's name in another language (most of
    its words' stems are the site name's) and the rest of the title does
    not write the site's initials, as a story on another body does ("IDB -
    Inter-American Development Bank: OAS and IDB sign ...")."""
    if title_acronym.replace(".", "") == acronym.replace(".", ""):
        return True
    if re.search(r"(?<!\w)" + re.escape(acronym) + r"(?!\w)", rest):
        return False
    site_stems = {_stem(w) for w in name.split() if w.casefold() not in NAME_JOINERS}
    words = [w for w in title_name.split() if w.casefold() not in NAME_JOINERS]
    shared = sum(_stem(w) in site_stems for w in words)
    return bool(words) and 2 * shared >= len(words)


def _stem(word: str) -> str:
    """Return a word's first letters without accents, in lower case."""
    bare = unicodedata.normalize("NFD", word).encode("ascii", "ignore").decode()
    return bare[:_STEM].casefold()


def _spells(acronym: str, name: str) -> bool:
    """Return True when the initials of ``name``'s capitalised words, its
    small joiners left out, are ``acronym`` ("Organisation des États
    Américains" spells "OEA")."""
    words = [w for w in name.split() if w.casefold() not in NAME_JOINERS]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(_letter(w) for w in words)
    return initials == "".join(_letter(c) for c in acronym if c != ".")


def _letter(word: str) -> str:
    """Return a word's first letter without its accent, in capitals."""
    return unicodedata.normalize("NFD", word[:1])[:1].upper()
