"""The organisation a page's <title> names as its site, over its declared one.

A platform that hosts many organisations' releases declares itself the site
(og:site_name, its JSON-LD publisher), while each release page titles itself
"Headline | Vireo Sensors Oyj", as the issuer's own site would.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._text import clean_line, host_of
from .page_publisher import (
    NAME_JOINERS,
    TITLE_PUNCTUATION,
    TITLE_SEPARATORS,
    is_home_link,
    is_section_name,
    logo_name,
    reads_as_site_name,
)


def organisation_titled_by_page(
    site_names: tuple[str, ...],
    soup: BeautifulSoup,
    organization: str = "",
    *,
    url: str = "",
    author: str = "",
) -> str:
    """Return the organisation a page's <title> names as its site, when that
    is not the site's declared name and the page names it so again, or "".

    The title's last part is the issuer when the page says so again: its
    JSON-LD author is that organisation (a news site's "Staff" or
    "Newsroom" author is no name its title ends with), or the head of the
    page, over its headline, names it: the link to its own host's home
    page, or a logo's or a brand's image. A title naming the declared site
    (by a word of its name or by an abbreviation of it, "| MOFA"), or
    ending with a section ("| News", "| Blog"), a date, no name or the
    page's author ("Column | Martin Ashby", a person), leaves the site's own
    name; so does a title naming any of the names the metadata gives the
    site (a department's page on a portal, titled by the portal).

    Args:
        site_names: every name the page's metadata gives its site.
        soup: the whole page, chrome included.
        organization: the organisation its metadata names as its author.
        url: the page's own address: a link to another host's home page (a
            government's network bar over a ministry's site) is not its
            home link.
        author: the author its metadata names, a person or an organisation.
    """
    if not any(site_names) or not (soup.title and soup.title.string):
        return ""
    title = clean_line(soup.title.string)
    parts = [part.strip(TITLE_PUNCTUATION) for part in TITLE_SEPARATORS.split(title)]
    while len(parts) > 2 and is_section_name(parts[-1]):
        parts = parts[:-1]
    name = parts[-1]
    if len(parts) < 2 or not (
        len(name.split()) <= _TITLED_NAME_WORDS
        and reads_as_site_name(name)
        and not is_section_name(name)
    ):
        return ""
    declared = [
        part.strip(TITLE_PUNCTUATION)
        for site_name in site_names
        for part in (site_name, *TITLE_SEPARATORS.split(site_name))
    ]
    # A name sharing a word with the declared site's is that site's, or a
    # part of it ("Acme Corporation" and "| Acme Newsroom"); "| KKP" beside
    # "Kementerian Kelautan dan Perikanan" and "| MOFA" beside "Ministry of
    # Foreign Affairs of Harland" are the declared site abbreviated.
    words = _name_words(name)
    if any(
        part
        and (
            part.casefold() in title.casefold()
            or words & _name_words(part)
            or _abbreviates(name, part)
        )
        for part in declared
    ):
        return ""
    folded = name.casefold()
    if organization.casefold() == folded:
        return name
    if author.casefold() == folded:
        return ""  # a column titled by its columnist: a person, no site
    return name if folded in _names_over_headline(soup, host_of(url)) else ""


# Most words of a site's name a title ends with.
_TITLED_NAME_WORDS = 8


def _name_words(name: str) -> set[str]:
    """Return the words of a name that tell it from another's: not its
    small joiners ("of", "de") nor a letter or two."""
    words = (word.strip(".,:;'’()").casefold() for word in name.split())
    return {word for word in words if len(word) > 2 and word not in NAME_JOINERS}


_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,9}")


def _abbreviates(short: str, name: str) -> bool:
    """Return True when ``short`` is an abbreviation of ``name``: its capitals
    are, in order, initials of the name's words, its small joiners counted
    ("KKP" for "Kementerian Kelautan dan Perikanan", "MOFA" for "Ministry
    of Foreign Affairs of Harland"), the first its first."""
    if not _ABBREVIATION.fullmatch(short):
        return False
    initials = iter(word[0].casefold() for word in name.split() if word[:1].isalpha())
    letters = short.replace("&", "").casefold()
    return name[:1].casefold() == letters[0] and all(
        letter in initials for letter in letters
    )


def _names_over_headline(soup: BeautifulSoup, host: str) -> set[str]:
    """Return the names, case-folded, that the head of a page over its
    headline (its first <h1>) gives: the texts of the links to its own
    home page and the images' alt texts (a logo's, a brand box's). Only
    that stretch is read: a page's images further down are its pictures
    and its partners' logos. A link to another host's home page, and an
    image in it, is another site's (a government's network bar)."""
    headline = soup.find("h1")
    if headline is None:
        return set()
    names = {
        logo_name(link.get_text(" ")).casefold()
        for link in headline.find_all_previous("a", href=True, limit=_HEAD_ELEMENTS)
        if is_home_link(str(link["href"])) and not _links_elsewhere(link, host)
    }
    names.update(
        logo_name(str(image["alt"])).casefold()
        for image in headline.find_all_previous("img", alt=True, limit=_HEAD_ELEMENTS)
        if image.find_parent(("article", "main")) is None
        and not _links_elsewhere(image.find_parent("a", href=True), host)
    )
    return names


def _links_elsewhere(link: Tag | None, host: str) -> bool:
    """Return True when ``link`` points at a host other than the page's."""
    if link is None or not host:
        return False
    target = host_of(str(link["href"]).strip())
    return bool(target) and target != host


# How many links or images over a page's headline may name its site.
_HEAD_ELEMENTS = 40


# A title's site part saying whose release the page is, in the languages of
# the pages we read: "X's press releases", "Press release from X",
# "Pressemitteilung von X", "Communiqué de presse de la X", "Comunicado de
# prensa de X", "Comunicado de imprensa do X", "Comunicato stampa di X",
# "Persbericht van X", "Xのプレスリリース", "X의 보도자료", "X的新闻稿".
_RELEASE_WORDS = r"(?:press|news|media)\s+releases?"
_RELEASES_OF = re.compile(
    r"(?P<x1>.+?)(?:['’]s)?\s+"
    + _RELEASE_WORDS
    + r"|"
    + _RELEASE_WORDS
    + r"\s+(?:of|from|by)\s+(?P<the>the\s+)?(?P<x2>.+)"
    r"|pressemitteilung(?:en)?\s+(?:von|der)\s+(?P<x3>.+)"
    r"|communiqués?(?:\s+de\s+presse)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
    r"(?P<x4>.+)"
    r"|(?:comunicados?|notas?)\s+(?:de\s+prensa\s+|de\s+imprensa\s+|à\s+imprensa\s+)"
    r"(?:de\s+la\s+|de\s+los\s+|del\s+|d[oa]s?\s+|de\s+)(?P<x5>.+)"
    r"|comunicat[oi]\s+stampa\s+(?:della\s+|dell['’]|del\s+|dei\s+|delle\s+|di\s+)"
    r"(?P<x6>.+)"
    r"|persbericht(?:en)?\s+van\s+(?:de\s+|het\s+)?(?P<x7>.+)"
    r"|(?P<x8>.+?)(?:の(?:プレスリリース|ニュースリリース)|의\s*보도자료|的(?:新闻稿|新聞稿))",
    re.I,
)
# What stands before "press release" without naming anyone: "Joint press
# release", "Latest news releases", "Our press releases".
_NO_ISSUER = frozenset(
    "joint official latest recent new all our archived daily weekly final draft "
    "embargoed full original".split()
)


def issuer_of_titled_release(soup: BeautifulSoup) -> str:
    """Return the organisation a page's <title> names as the one whose
    release it is ("Headline | Vireo Sensors's press releases", "... |
    株式会社みなと電池のプレスリリース"), or "".

    A platform that hosts many organisations' releases names itself the
    site (og:site_name) and ends each release's title with whose release
    it is; the organisation's own site may title its releases so too. The
    name must be written as one (no lower-case first word, no qualifier
    such as "Joint") and named again on the page (its head, its text), not
    only in its title.
    """
    if not (soup.title and soup.title.string):
        return ""
    parts = TITLE_SEPARATORS.split(clean_line(soup.title.string))
    if len(parts) < 2:
        return ""
    found = _RELEASES_OF.fullmatch(parts[-1].strip(TITLE_PUNCTUATION))
    if found is None:
        return ""
    name = next(
        x for key, x in found.groupdict().items() if key != "the" and x is not None
    ).strip(TITLE_PUNCTUATION)
    words = name.split()
    if (
        not 1 <= len(words) <= _TITLED_NAME_WORDS
        or not name[:1].isalpha()
        or name[:1].islower()
        or name.casefold() in _NO_ISSUER
        or is_section_name(name)
        # a script with capitals writes a name's words with them, and no
        # name ends on a joiner ("Read the press release")
        or (name[:1] != name[:1].lower() and not reads_as_site_name(name))
        or words[-1].casefold() in NAME_JOINERS
        or (len(words) == 1 and _is_common_word(name, soup, bool(found.group("the"))))
    ):
        return ""
    body = soup.body
    return name if body is not None and name in body.get_text(" ") else ""


def _is_common_word(word: str, soup: BeautifulSoup, after_the: bool) -> bool:
    """Return True when ``word``, the one word a title says the releases are
    of, is a common noun or a section of the site, no organisation's name:
    after "the" ("Press releases of the Ministry"), or a link's whole text
    in the page's menus, as a menu names its sections ("Community Press
    Releases" beside a menu's "Community", "Government Press Releases"). A
    platform's link to the issuer beside the headline is no menu's."""
    if after_the:
        return True
    folded = word.casefold()
    menus = soup.find_all(_MENU_TAGS) + soup.find_all(attrs={"role": "navigation"})
    return any(
        clean_line(link.get_text(" ")).casefold() == folded
        for menu in menus
        for link in menu.find_all("a")
    )


# Where a page lists its sections.
_MENU_TAGS = ("nav", "header", "footer")
