"""Which organisation a site's own name stands for.

A site may name itself "the official website of" its owner, by its parent
and its unit ("Ministry of Defence - Kenya Defence Forces"), by a brand
("Consilium", "Central Electoral") or by its host ("GOV.IL"): the page's
title, logo, links and release head say whose site it is.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from bs4 import BeautifulSoup

from ._markup import element_text, has_block_children
from ._text import clean_line, host_of
from .acronym_names import expansion_of_acronym
from .dates import is_date_line
from .page_publisher import (
    NAME_JOINERS,
    ORGANISATION_WORD,
    TITLE_PUNCTUATION,
    TITLE_SEPARATORS,
    logo_name,
    names_in_chrome,
    names_organisation,
    reads_as_site_name,
)
from .portal_issuer import is_newsroom_name, issuer_listed, reads_as_portal
from .titled_owner import issuer_of_titled_release, organisation_titled_by_page


def owner_of_site(
    site_name: str,
    url: str,
    soup: BeautifulSoup,
    *,
    is_host: bool,
    organization: str = "",
    site_names: tuple[str, ...] = (),
    author: str = "",
    news_story: bool = False,
) -> str:
    """Return the organisation a page's declared site name stands for, or
    the name itself when it stands for no other.

    Args:
        site_name: og:site_name or the JSON-LD publisher's name.
        url: the page's own address.
        soup: the whole page, chrome included.
        is_host: the site name is a host ("GOV.IL"), how machines name a
            site: only the office a release's head names replaces it, else
            it is left to the names the page's chrome gives ("").
        organization: the organisation the page's metadata names as its
            author, other than its publisher (JSON-LD's author).
        site_names: every name the page's metadata gives its site.
        author: the author the page's metadata names, a person or not.
        news_story: the page's metadata types it a news story.
    """
    # "Headline | 株式会社みなと電池のプレスリリース" on a release platform's
    # page: its title says whose release it is, whatever the site's name.
    issued = issuer_of_titled_release(soup)
    if issued:
        return issued
    if is_host or reads_as_portal(site_name):
        # A portal ("GOV.IL", "Portal GOV.SI") carries many offices'
        # releases, and names each one's office beside its date or in a
        # list of the bodies that issued it, or as its metadata's author. A
        # news portal ("Portal Correio") names itself so too: its newsroom
        # as the author ("Redação") issued nothing, and a story whose
        # metadata names a person its author, or types it a news story, is
        # its own, its list the organisations it mentions.
        by_person = bool(author) and author.casefold() != organization.casefold()
        by_newsroom = is_newsroom_name(author or organization)
        issued = issuer_beside_date(soup) or (
            ""
            if by_newsroom
            else organization
            or ("" if by_person or news_story else issuer_listed(soup))
        )
        if issued or is_host:
            return issued
    # "Headline | Vireo Sensors Oyj" on a release platform's page: the page
    # titles itself with its issuer, not with the platform it is hosted on.
    titled = organisation_titled_by_page(
        (site_name, *site_names), soup, organization, url=url, author=author
    )
    if titled:
        return titled
    # "Official website of X" is X, as the page's logo names it.
    site_name = owner_of_official_site(site_name, soup) or site_name
    # "Ministry of Defence - Kenya Defence Forces": the title says which.
    site_name = unit_named_by_title(site_name, soup) or site_name
    # "Consilium" is the website of the "Council of the EU" its logo names.
    site_name = organisation_of_brand(site_name, url, soup) or site_name
    # "Central Electoral" at centralelectoral.ine.mx: the Instituto Nacional Electoral.
    if site_name:
        site_name = organisation_of_domain(url, site_name, soup) or site_name
    # "OAS - Organization of American States": one name, by its initials
    # and spelled out; in the page's language when its title gives it so.
    site_name = expansion_of_acronym(site_name, soup) or site_name
    # "Cabinet Secretariat | Royal Government of Bhutan": a unit and its
    # parent as a title writes them, which people write "unit, parent".
    return unit_and_parent(site_name)


_COMPOSED_NAME = re.compile(r"\s+[|｜│]\s+")


def unit_and_parent(site_name: str) -> str:
    """Return a site's name composed of a unit's and its parent's names as
    a title writes them ("Cabinet Secretariat | Royal Government of
    Bhutan") as people write it ("Cabinet Secretariat, Royal Government of
    Bhutan"), or the name as it is.

    Both parts must read as an organisation's name: a section ("Harland
    Robotics | Press Office"), a slogan or a person beside a name leaves
    the name as the site wrote it. A dash may be part of a name, a bar not.

    Parts sharing a word are no unit and its parent but one name twice in
    two languages ("Bank of Canada | Banque du Canada", "Ministry of
    Finance | Ministère des Finances") or two peers ("European Council |
    Council of the European Union"): the first is the site's.
    """
    parts = _COMPOSED_NAME.split(clean_line(site_name))
    if len(parts) == 2 and all(
        reads_as_site_name(part) and names_organisation(part) for part in parts
    ):
        if _word_stems(parts[0]) & _word_stems(parts[1]):
            return parts[0]
        return ", ".join(parts)
    return site_name


def _word_stems(name: str) -> set[str]:
    """Return the opening letters of a name's words, not its small joiners:
    enough to tell "Finance" and "Finances", "Ministry" and "Ministère" are
    one word in two spellings."""
    words = (word.strip(".,:;'’()").casefold() for word in name.split())
    return {
        word[:_STEM] for word in words if len(word) > 2 and word not in NAME_JOINERS
    }


# How many opening letters two spellings of one word share.
_STEM = 5


# Words that make a site's name "the official website of" its owner, in the
# languages of the pages we read ("Официальный сайт Главы ...", "... рәсми
# сайты", "Site officiel de ...", "Oficjalny portal ...").
_OFFICIAL_SITE_WORDS = re.compile(
    r"^(?:official|officiel(?:le)?|oficial|offiziell\w*|ufficiale|oficjaln\w*|"
    r"officiële|официальн\w*|офіційн\w*|рәсми|resmi|website|web|site|sitio|"
    r"portal|portail|portale|sajt|сайт\w*|портал\w*)$",
    re.I,
)
# Fewest letters two forms of a word share at their start to be one word
# inflected ("Главы" and "Глава", "Башлығының" and "Башлығы").
_STEM_LETTERS = 4


def owner_of_official_site(site_name: str, soup: BeautifulSoup) -> str:
    """Return the owner a site's name names as "the official website of"
    it, as the page's logo or home link names the owner, or "".

    "Официальный сайт Главы Республики Башкортостан" beside a logo reading
    "Глава Республики Башкортостан" is that office's site: its name, as the
    logo writes it, inflected words and all, is the source.
    """
    words = site_name.split()
    if len(words) < 3 or not any(_OFFICIAL_SITE_WORDS.match(w) for w in words):
        return ""
    for name in names_in_chrome(soup):
        owner = name.split()
        if not 2 <= len(owner) < len(words):
            continue
        for start in range(len(words) - len(owner) + 1):
            span = words[start : start + len(owner)]
            rest = words[:start] + words[start + len(owner) :]
            if all(_OFFICIAL_SITE_WORDS.match(w) for w in rest if len(w) > 3) and all(
                _same_word(a, b) for a, b in zip(span, owner, strict=True)
            ):
                return name
    return ""


def _same_word(one: str, other: str) -> bool:
    one, other = one.casefold(), other.casefold()
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    return (
        shared >= min(len(one), len(other), _STEM_LETTERS)
        and shared >= min(len(one), len(other)) - 2
    )


def unit_named_by_title(site_name: str, soup: BeautifulSoup) -> str:
    """Return the one part of a site's name its page's <title> ends with, or "".

    A unit's site may be named for its parent and itself ("Ministry of
    Defence - Kenya Defence Forces"); a title ending "| Kenya Defence Forces"
    says which of the two the page is published by. A title ending with the
    whole name, or with a part the site's name does not hold, says nothing;
    nor does a part of one word or not written as a name ("Acme - Home",
    "Acme - News" beside a title ending "| News"), nor one that is no
    organisation's name: a section ("Acme Robotics - Investor Relations"),
    a person ("Acme Blog - Jane Roe"), a country ("Acme - United States").
    """
    parts = [
        part.strip(TITLE_PUNCTUATION)
        for part in TITLE_SEPARATORS.split(clean_line(site_name))
    ]
    if len(parts) != 2 or not (soup.title and soup.title.string):
        return ""
    title = clean_line(soup.title.string)
    if title.casefold().endswith(clean_line(site_name).casefold()):
        return ""
    last = TITLE_SEPARATORS.split(title)[-1].strip(TITLE_PUNCTUATION).casefold()
    return next(
        (
            part
            for part in parts
            if part.casefold() == last
            and len(part.split()) >= 2
            and reads_as_site_name(part)
            and names_organisation(part)
        ),
        "",
    )


def organisation_of_brand(site_name: str, url: str, soup: BeautifulSoup) -> str:
    """Return the organisation a site's one-word brand stands for, as the
    logo of the link to the site's own home names it, or "".

    An organisation may name its website with a brand of one word
    ("Consilium" for the Council of the EU) and its logo with its own name:
    the logo's name, of two words or more and without the brand among them,
    is the publisher when it reads as an organisation's (an organisation's
    word, or the brand's or the host's initials). A logo repeating the
    brand ("Reuters logo", "Newsfile Corp.") or shorter than it, a slogan
    ("Plan Less, Do More"), an image's or a product's name ("Header Image",
    "Calendar Suite"), a logo linking elsewhere (a partner's in the footer,
    a language's flag to "/de/") leave the site's name. So does a brand
    the release's lead names as it names an organisation ("... rose 4%,
    Eurostat estimates"): the brand is the organisation that issues it, and
    the logo its parent's ("European Commission").
    """
    brand = clean_line(site_name)
    if len(brand.split()) != 1 or not brand[:1].isupper():
        return ""
    logo = _logo_of_own_home(url, soup)
    words = {word.strip(".,:;'’").casefold() for word in logo.split()}
    if len(logo.split()) < 2 or brand.casefold() in words:
        return ""
    # A slogan's commas and marks: no name is written with them.
    if any(mark in logo for mark in ",;!?"):
        return ""
    initials = _initials(logo)
    if not (
        names_organisation(logo)
        or initials == brand.casefold()
        or initials in host_of(url).split(".")
    ):
        return ""
    # "Conseil de l'UE": an elided joiner before a capital is a name's word
    if not reads_as_site_name(_ELIDED_JOINER.sub("", logo)):
        return ""
    return "" if _named_in_lead(brand, soup) else logo


def _named_in_lead(name: str, soup: BeautifulSoup) -> bool:
    """Return True when the release's lead, its first paragraphs after its
    headline, names ``name`` as an organisation of its own, in its own case:
    not "consilium.europa.eu" in a link's address, nor a website ("streamed
    on Consilium") nor a word of a longer name ("Europa Nostra")."""
    headline = soup.find("h1")
    if headline is None:
        return False
    word = re.compile(r"(?<![\w./@-])" + re.escape(name) + r"(?![\w@-]|\.\w)")
    return any(
        not (
            _WEBSITE_BEFORE.search(text, 0, found.start())
            or _NAME_BEFORE.search(text, 0, found.start())
            or _NAME_AFTER.match(text, found.end())
        )
        for paragraph in headline.find_all_next("p", limit=_LEAD_PARAGRAPHS)
        for text in (paragraph.get_text(" "),)
        for found in word.finditer(text)
    )


# A brand read as a website: "streamed live on Consilium", "via Europa".
_WEBSITE_BEFORE = re.compile(r"\b(?:on|via|visit|at)\s+$", re.I)
# A brand as a word of a longer name: "Radio Europa", "Europa Nostra".
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w'’-]*\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


# How many paragraphs after a headline are its release's lead.
_LEAD_PARAGRAPHS = 3


def _logo_of_own_home(url: str, soup: BeautifulSoup) -> str:
    """Return the name the first logo of a link to the site's own root
    gives, in the page's head (before the headline, not in the text or
    the footer), or ""."""
    host = host_of(url)
    for link in soup.find_all("a", href=True, limit=80):
        image = link.find("img", alt=True)
        if image is None:
            continue
        heading = link.find_previous("h1")
        if link.find_parent(("footer", "article", "main")) or (
            heading is not None and heading is not link.find_parent("h1")
        ):
            return ""
        href = urlparse(str(link["href"]).strip())
        if href.netloc and (not host or href.netloc.removeprefix("www.") != host):
            continue
        if _ROOT_PATH.fullmatch(href.path) and not href.query:
            return logo_name(str(image["alt"]))
    return ""


# The root of a site: "/", "/index.html", nothing (a link to the host alone).
_ROOT_PATH = re.compile(r"/?(?:index\.\w+)?")


_ELIDED_JOINER = re.compile(r"(?<!\S)[dl]['’](?=[^\W\d_])", re.I)


# The parts of a release head's line: "Publish date: 22.10.2026 | Ministry of X".
_HEAD_LINE_PARTS = re.compile(r"\s+[|·•]\s+")
# Small words that join an organisation's name and no person's ("Ministry of
# Health", "Office for Statistics", "Secretaría de Salud").
_ORGANISATION_JOINERS = frozenset("of for de del des du di der für van voor".split())


def issuer_beside_date(soup: BeautifulSoup) -> str:
    """Return the organisation a release's head line names beside its date, or "".

    A portal named by its host ("GOV.IL") carries the releases of many
    offices, and heads each with its date and its office ("Publish date:
    22.10.2026 | Ministry of Environmental Protection"). Only a name headed
    by an organisation's word and joined by "of", "for", "de" ... is taken,
    in the release's own head (its article or main, or after its headline),
    not in a list: a line "March 3, 2025 | Jan van der Berg" names an
    author, "22.10.2026 | Freedom of Information" a category, a list of
    the latest releases over the article other offices.
    """
    for element in soup.find_all(("p", "div", "dd", "dl"), limit=_HEAD_LINE_BLOCKS):
        if element.find_parent(_NO_HEAD) or (
            # A head written as a list of its facts ("<dd>Office</dd><dd>|
            # 3 December 2026</dd>") is one line of its items.
            any(map(has_block_children, element.find_all(("dd", "dt"))))
            if element.name == "dl"
            else has_block_children(element)
        ):
            continue
        if element.find_parent(("article", "main")) is None and (
            element.find_previous("h1") is None
        ):
            continue
        parts = _HEAD_LINE_PARTS.split(element_text(element))
        if len(parts) != 2:
            continue
        for date_part, name in (parts, parts[::-1]):
            words = name.split()
            if (
                len(words) >= 3
                and ORGANISATION_WORD.match(name)
                and _ORGANISATION_JOINERS.intersection(words)
                and reads_as_site_name(name)
                and is_date_line(date_part, with_parts=False)
            ):
                return name
    return ""


# Where a line beside a date heads no release: a list of others, the chrome.
_NO_HEAD = ("ul", "ol", "nav", "aside", "footer")


# How many blocks from the top of a page are looked at for a release's head.
_HEAD_LINE_BLOCKS = 200


# The second-level labels under which a country registers its domains
# ("ine.gob.mx", "ons.gov.uk"): the organisation's label is the one before.
_SECOND_LEVEL = frozenset("gob gov gouv go govt gv co com org net ac edu nic".split())


def organisation_of_domain(url: str, site_name: str, soup: BeautifulSoup) -> str:
    """Return the organisation whose initials its site's domain spells, as a
    link of the page names it, when the site is a brand under that domain.

    A newsroom's brand ("Central Electoral" at centralelectoral.ine.mx) on a
    subdomain of its organisation's domain, named by the organisation's
    initials: a link of the page whose capitalised words' initials spell
    that domain ("Instituto Nacional Electoral") names the publisher when it
    holds an organisation's word and links within that domain, not to
    another site. A site on the domain itself, or named by those initials
    already, keeps its name; so does one under a domain of two letters
    ("press.un.org", "about.fb.com"), which too many links' initials spell
    ("UN News", "Facebook Business").
    """
    labels = host_of(url).lower().split(".")
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    if len(labels) < 3 or not 3 <= len(labels[-2]) <= 6 or not labels[-2].isalpha():
        return ""
    initials = labels[-2]
    # "IBM Newsroom" at newsroom.ibm.com names its organisation already.
    if initials == _initials(site_name) or initials in site_name.casefold().split():
        return ""
    # "ine.mx" of "centralelectoral.ine.mx", "ine.gob.mx" of "....ine.gob.mx"
    domain = ".".join(host_of(url).lower().split(".")[len(labels) - 2 :])
    for link in soup.find_all("a", limit=_DOMAIN_NAME_LINKS):
        name = clean_line(link.get_text(" "))
        if (
            _initials(name) == initials
            and names_organisation(name)
            and reads_as_site_name(name)
            and _links_within(str(link.get("href", "")), domain)
        ):
            return name
    return ""


def _links_within(href: str, domain: str) -> bool:
    """Return True when ``href`` stays on ``domain`` or its subdomains ("#",
    "/about", "https://www.ine.mx/"), not on another site's."""
    link_host = (urlparse(href.strip()).hostname or "").lower()
    return not link_host or link_host == domain or link_host.endswith("." + domain)


def _initials(name: str) -> str:
    return "".join(
        word[0] for word in name.split() if word[:1].isupper() and word.isalpha()
    ).casefold()


# How many links from the top of a page may name its organisation.
_DOMAIN_NAME_LINKS = 60
