"""Which body issued a release a government's portal carries.

A portal that hosts the releases of many ministries and agencies names
itself ("Portal GOV.X", "X portal", a host), and names each release's
issuing bodies apart, in a headed list after its text ("Organisations:
Ministry of Defence, Armed Forces"). The portal's own name is not the
issuer when the page names the bodies that are.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._text import SENTENCE_ENDS, clean_line

# A site's name that says it is a portal: "Portal GOV.X", "Citizens' Portal",
# "Portail du gouvernement", "Портал правительства" (a name that is a host,
# "gov.xx", is told apart by the caller).
_PORTAL_NAME = re.compile(r"(?<!\w)(?:portal|portail|portale|портал)(?!\w)", re.I)


def reads_as_portal(site_name: str) -> bool:
    """Return True when a site's name says it is a portal."""
    return _PORTAL_NAME.search(clean_line(site_name)) is not None


# The heading of a release's list of the bodies that issued it, in the
# languages of the portals we read.
_ISSUERS_HEADING = re.compile(
    r"(?:organi[sz]ations?|organisationen|organismes?|organismos?|organizaciones|"
    r"organizações|organizzazioni|organisaties|organizacje|organizace|organizácie|"
    r"organizacij[ea]|organi|institutions?|instituciones|institucije|instytucje|"
    r"issuing bod(?:y|ies)|responsible bod(?:y|ies)|issued by|behörden?|herausgeber|"
    r"организации|ведомства|організації)\s*:?",
    re.I,
)
# Where such a list is no release's: the site's menus, sidebars and footer.
_NOT_RELEASE = ("nav", "header", "footer", "aside")
# Most bodies such a list names, and most words of each.
_MOST_BODIES = 6
_MOST_WORDS = 10


def issuer_listed(soup: BeautifulSoup) -> str:
    """Return the body a release's headed list of its issuers names, or "".

    The list ("Organisations": "Ministry of Defence", "Armed Forces") must
    follow a heading of that word after the release's headline, not in its
    menus (a portal's menu of all its bodies) or footer, and hold only
    names (a capital first, no sentence). Of several, the one the headline
    names issued the release; else the first.
    """
    for heading in soup.find_all(("h2", "h3", "h4", "dt"), limit=_HEADINGS):
        if not _ISSUERS_HEADING.fullmatch(clean_line(heading.get_text(" "))):
            continue
        if (
            heading.find_parent(_NOT_RELEASE) is not None
            or heading.find_previous("h1") is None
        ):
            continue
        names = _listed_names(heading)
        if names:
            headline = soup.find("h1")
            title = clean_line(headline.get_text(" ")) if headline else ""
            return next((name for name in names if name in title), names[0])
    return ""


# How many headings from the top of a page are looked at.
_HEADINGS = 40


def _listed_names(heading: Tag) -> list[str]:
    """Return the names of the list right after ``heading`` (a <ul> or an
    <ol>, or a definition's <dd>s), or [] when it holds anything else."""
    following = heading.find_next_sibling()
    if following is None:
        return []
    if following.name in ("ul", "ol"):
        items = following.find_all("li", recursive=False)
    elif heading.name == "dt" and following.name == "dd":
        items = [following]
    else:
        return []
    names = [clean_line(item.get_text(" ")) for item in items]
    if not 1 <= len(names) <= _MOST_BODIES or not all(map(_is_name, names)):
        return []
    return names


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= _MOST_WORDS
        and text[:1].isalpha()
        and not text[:1].islower()
        and not text.endswith(SENTENCE_ENDS)
    )


# A newsroom's name for itself as a story's author, in the languages of the
# portals we read: its staff, its desk, its editorial office.
_NEWSROOM_WORDS = re.compile(
    r"(?<!\w)(?:redação|redacao|redacción|redaccion|redaktion|rédaction|"
    r"redazione|redakcja|redakce|redakcia|redakcija|uredništvo|"
    r"redactie|редакция|редакція|newsroom|staff|desk|editorial|editors?)(?!\w)",
    re.I,
)


def is_newsroom_name(name: str) -> bool:
    """Return True when ``name``, an organisation a page's metadata names as
    its author, is a news site's newsroom ("Redação", "Redakcja", "Herald
    Staff", "News Desk"), no body that issued a release."""
    return _NEWSROOM_WORDS.search(name) is not None
