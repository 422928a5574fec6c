"""Whose release a news wire's or an exchange's page carries, as its markup says.

The page is the wire's site, but the release is its issuer's: the page names
the issuer in the wire's own conventions, a class ("issuer", "company-name"),
a closing "SOURCE Acme" line, a "News provided by" line, a facts row
"Company" / "Issuer" beside the name, a "Source:" label.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._markup import strings_matching
from ._text import SENTENCE_ENDS, clean_line
from .dates import parse_date
from .page_publisher import NAME_JOINERS


def find_issuer(soup: BeautifulSoup, page: bytes = b"", organization: str = "") -> str:
    """Return the organisation a distributed release names as its issuer, or "".

    A news wire's or a stock exchange's page is the wire's site (its
    og:site_name, its JSON-LD publisher), but the release is the issuer's:
    the page says whose it is in the wire's own conventions, a closing line
    "SOURCE Kestrel Robotics", a "News provided by" line, or a facts row
    "Company" / "Issuer" beside the name.

    Args:
        soup: the whole page, chrome included.
        page: the saved page's bytes: a page none of whose bytes could hold
            such a line is not walked (two walks of every string cost more
            than the rest of the publisher search).
        organization: the organisation the page's metadata names as author,
            other than its publisher: the issuer when the page also shows
            it under a "Source:" label (GlobeNewswire's "| Source: Acme").
    """
    if organization and _shown_as_source(soup, organization):
        return organization
    named = _issuer_by_class(soup) if _MAYBE_ISSUER_CLASS.search(page or b"") else ""
    if named:
        return named
    if page and not _may_name_issuer(page):
        return ""
    for string in strings_matching(soup, _SOURCE_LINE, limit=5):
        if string.parent.name not in ("script", "style"):
            return clean_line(_SOURCE_LINE.match(str(string)).group("name"))
    for label in strings_matching(soup, _ISSUER_LABEL, limit=5):
        cell = label.parent
        if cell.name in ("td", "th", "dt"):
            value = cell.find_next_sibling(["td", "dd"])
            if _COMPANY_WORD.match(str(label)) and not (
                _lists_a_security(cell)
                and _in_release_facts(soup, cell)
                and value is not None
                and _names_company(str(label), value)
            ):
                continue  # "Unternehmen" in a table of any other facts
        elif not _PROVIDED_BY.match(str(label)):
            continue  # "Company" in a menu is a link to the "about" page
        else:
            # "News provided by" and the name in the element after it.
            value = cell.find_next(string=True)
            value = value.parent if value is not None else None
        name = clean_line(value.get_text(" ")) if value is not None else ""
        if 1 <= len(name.split()) <= 8 and not parse_date(name):
            return name
    return ""


# A class naming what an element holds as the release's issuer, as hosting
# services for many institutions' releases mark it ("institution",
# "issuer", "organization-name", "company-name"), and as news wires do:
# the "sender" of a release, its "org" (a wire sends for many); German and
# Dutch sites name it so in their own words ("mi-herausgeber", "afzender").
# A platform that hosts many organisations' releases heads each with its
# publisher's or its newsroom's name ("publisher-name", "newsroom-name").
# "org" and "sender" name the issuer only as the whole class: with a prefix
# they are a category's link ("cat-org") or a widget's part.
_ISSUER_CLASS = re.compile(
    r"^(?:(?:[\w-]*[_-])?(?:institution|issuer|organi[sz]ation(?:[_-]?name)?|"
    r"(?:company|publisher|newsroom)[_-]?name|herausgeber|absender|afzender|company)"
    r"|org|sender)$",
    re.I,
)
# Classes of the blocks an "org" may sit in that are no issuer's: a person's
# card (the microformat vcard's "org" is the author's employer), a byline,
# a share or follow widget.
_NOT_ISSUER_BLOCK = re.compile(
    r"(?:^|[_-])(?:vcard|h-card|author|byline|share|sharing|social|follow)(?:$|[_-])",
    re.I,
)


# Bytes a page must hold for _issuer_by_class to look: most pages are not
# walked (a walk of every element's classes costs as much as a second reading).
_MAYBE_ISSUER_CLASS = re.compile(
    rb"class=[\"']?[^>]*(?i:institution|issuer|organi[sz]ation|company|org\b|sender|"
    rb"publisher|newsroom|herausgeber|absender|afzender)"
)


def _issuer_by_class(soup: BeautifulSoup) -> str:
    """Return the short text of the first element whose class names it the
    issuer, outside the site's navigation, sidebars and footer."""
    for element in soup.find_all(class_=_ISSUER_CLASS, limit=5):
        if any(
            parent.name in ("nav", "footer", "aside", "table")
            or any(_NOT_ISSUER_BLOCK.search(c) for c in parent.get("class") or ())
            for parent in element.parents
            if isinstance(parent, Tag)
        ):
            continue
        name = clean_line(element.get_text(" "))
        if _is_platform_head(element):
            if not _heads_the_release(element) or (
                _is_company_word(element) and not _company_head(soup, element)
            ):
                continue
            links = element.find_all("a", limit=2)
            if len(links) == 1:
                # "<a>Hanbit Robotics</a> <span>Press release</span>": the
                # link to the company's newsroom is its name, the rest a label.
                name = clean_line(links[0].get_text(" "))
            name = _PUBLISHED_BY.sub("", name)
        if (
            1 <= len(name.split()) <= 8
            and not parse_date(name)
            and _is_organisation_name(name, _loose_class(element))
            and not _in_a_sentence(element, name)
            and (
                # A string in a script without case ("この記事をシェアする")
                # shows no capital to tell a name from a phrase: it is one
                # when it holds a company's legal form or the lead names it.
                name[:1].isupper()
                or _COMPANY_FORM.search(name)
                or _named_in_lead(soup, name)
            )
        ):
            return name
    return ""


# A platform's "publisher-name" or "newsroom-name" heads its release, but the
# same class also names each item's publisher in a card of related releases,
# a comment's poster, a featured newsroom in a sidebar: only the one that
# stands in the release's own head or article, before its text ends, is its
# issuer.
# A wire's head names the company whose release it carries in a class of
# that word alone ("company", "release-company"), which a page's other
# blocks use too: it is taken only where a platform's head is.
_PLATFORM_HEAD_CLASS = re.compile(
    r"(?:^|[_-])(?:(?:publisher|newsroom)[_-]?name|company)$", re.I
)
# Classes of the repeated items and side blocks a page lists beside its release.
_ITEM_BLOCK = re.compile(
    r"(?:^|[_-])(?:cards?|comments?|related|trending|recommended|teasers?|rail|"
    r"sidebar)(?:$|[_-])",
    re.I,
)
# "Published by Harbour Board": the platform's words before the name.
_PUBLISHED_BY = re.compile(r"^(?:(?:published|issued|released)\s+)?by\s*:?\s+", re.I)


def _is_company_word(element: Tag) -> bool:
    return not any(
        _ISSUER_CLASS.match(c) and not _COMPANY_CLASS.search(c)
        for c in element.get("class") or ()
    )


_COMPANY_CLASS = re.compile(r"(?:^|[_-])company$", re.I)


def _stands_over_headline(element: Tag) -> bool:
    """Return True when ``element`` comes before the page's headline (its
    first <h1>, else its first <h2>), as a wire's head over a release does."""
    root = next((p for p in element.parents if p.name == "body"), None)
    if root is None:
        return False
    for level in ("h1", "h2"):
        headline = root.find(level)
        if headline is not None:
            return element.find_next(level) is headline
    return False


# Blocks over a page's headline that name companies other than the
# release's issuer, or the word "Company" as a link: a menu, a ticker, a
# banner, a strip of other releases, a filter, a parent group's top bar.
_NOT_HEAD_BLOCK = re.compile(
    r"(?:^|[_-])(?:g?nav|menu|navbar|navigation|breadcrumbs?|crumb|ticker|tickers|"
    r"stock|quote|banner|consent|cookies?|gdpr|topbar|top-bar|filter|search|"
    r"latest|releases|widget|tools)(?:$|[_-])",
    re.I,
)


def _company_head(soup: BeautifulSoup, element: Tag) -> bool:
    """Return True when a "company" class names the release's issuer: the
    one such element over the headline, in no menu, ticker or banner, whose
    name the release's lead names too (a wire's head over a release; a
    company's own newsroom shows other companies and the word "Company" so)."""
    if not _stands_over_headline(element) or any(
        _NOT_HEAD_BLOCK.search(c)
        for node in (element, *element.parents)
        if isinstance(node, Tag)
        for c in node.get("class") or ()
    ):
        return False
    headline = _headline(soup)
    heads = [
        e
        for e in soup.find_all(class_=_COMPANY_CLASS)
        if headline is None
        or any(n is headline for n in e.find_all_next(headline.name))
    ]
    if len(heads) != 1:
        return False
    links = element.find_all("a", limit=2)
    name = clean_line((links[0] if len(links) == 1 else element).get_text(" "))
    return _named_in_lead(soup, name)


def _headline(soup: BeautifulSoup) -> Tag | None:
    """Return the page's headline: its first <h1>, else its first <h2>."""
    body = soup.body or soup
    return body.find("h1") or body.find("h2")


# A company's legal form, around its name in any script ("株式会社ハーバー
# テック", "한빛 주식회사", "Acme Robotics Co., Ltd."): what makes a string in
# a script without case read as a company's name rather than a phrase.
_COMPANY_FORM = re.compile(
    r"株式会社|有限会社|合同会社|（株）|\(株\)|주식회사|\(주\)|（주）|有限公司|"
    r"股份公司|集团"
)
_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Ltd|LLC|Corp|Corporation|Co|plc|PLC|S\.A|N\.V|AG|SE|GmbH|AB|ASA)"
    r"\.?)+$"
)


def _named_in_lead(soup: BeautifulSoup, name: str) -> bool:
    """Return True when the release's lead (its first paragraphs after the
    headline) names ``name``, without its legal form ("Hanbit Robotics Co."
    is named "Hanbit Robotics ...", "한빛로보틱스" is named "한빛로보틱스가")."""
    core = _COMPANY_FORM.sub("", _LEGAL_SUFFIX.sub("", name)).strip()
    if not core:
        return False
    headline = _headline(soup)
    if headline is not None:
        paragraphs = headline.find_all_next("p", limit=3)
    else:
        paragraphs = (soup.body or soup).find_all("p", limit=3)
    return any(core in p.get_text(" ") for p in paragraphs)


def _is_platform_head(element: Tag) -> bool:
    return any(_PLATFORM_HEAD_CLASS.search(c) for c in element.get("class") or ())


def _heads_the_release(element: Tag) -> bool:
    """Return True when ``element`` stands in the release's own head or
    article, before its text ends, not in a card, comment or sidebar."""
    if any(
        _ITEM_BLOCK.search(c)
        for parent in element.parents
        if isinstance(parent, Tag)
        for c in parent.get("class") or ()
    ):
        return False
    root = next((p for p in element.parents if p.name == "body"), None)
    headline = root.find("h1") if root is not None else None
    if headline is None:
        headline = root.find("p") if root is not None else None
    if headline is None:
        return True
    article = headline.find_parent("article") or headline.parent
    paragraphs = article.find_all("p")
    if not paragraphs or any(parent is article for parent in element.parents):
        return True
    # The release's text ends with its article's last paragraph: a name
    # after it is a rail's or a comment's.
    last = paragraphs[-1]
    return any(following is last for following in element.find_all_next("p"))


def _loose_class(element: Tag) -> bool:
    """Return True when only a short class ("org", "sender") names
    ``element`` the issuer: such classes also mark widgets' parts."""
    return not any(
        _ISSUER_CLASS.match(c) and c.lower() not in ("org", "sender")
        for c in element.get("class") or ()
    )


def _is_organisation_name(name: str, strict: bool) -> bool:
    """Return True when ``name`` is written as a name: capitalised, and under
    a short class its words all capitalised but for small joiners ("Ministry
    of Health"), unlike "Share this". A class saying "issuer" in so many
    words may hold a name in a language that writes it in lower case
    ("Sakske statne ministerstwo za kultus")."""
    words = name.split()
    return _is_capital(words[0][:1]) and (
        not strict
        or all(
            _is_capital(word[:1])
            or not word[:1].isalpha()
            or word.lower() in NAME_JOINERS
            for word in words
        )
    )


def _is_capital(letter: str) -> bool:
    """Return True for a capital, or a letter of a script without case
    ("한빛로보틱스", "北斗化成"), whose names start as any word does."""
    return letter.isalpha() and not letter.islower()


def _in_a_sentence(element: Tag, name: str) -> bool:
    """Return True when ``element`` is a name within a sentence of the text
    ("... drawn up with the <span class=org>...</span>, whose ..."), not a
    label of its own."""
    block = element.find_parent(["p", "li", "blockquote"])
    if block is None:
        return False
    text = clean_line(block.get_text(" "))
    return len(text.split()) > len(name.split()) + 6 and text.endswith(SENTENCE_ENDS)


# A "Source:" label as a wire's page header shows it before the issuer's name,
# after the date: "March 11, 2025 08:00 ET | Source: Acme" ("Source :" in French).
_SOURCE_LABEL = re.compile(
    r"(?:^|[|·•])\s*(?:source|quelle|fuente|fonte|bron|källa|kilde|lähde|źródło)\s*:\s*$",
    re.I,
)


def _shown_as_source(soup: BeautifulSoup, organization: str) -> bool:
    """Return True when the page shows ``organization`` right after a "Source:" label."""
    for label in soup.find_all(string=_SOURCE_LABEL, limit=10):
        shown = label.find_next(string=True)
        if shown is not None and clean_line(str(shown)) == organization:
            return True
    return False


# The wire's closing line: "SOURCE Kestrel Robotics" (upper case, no colon: a
# chart's "Source: ..." credits data, not the release).
_SOURCE_LINE = re.compile(r"^\s*SOURCE\s+(?P<name>[^\W\d_][^:\n]{1,80}?)\s*$")
# Bytes a page must hold for find_issuer to walk its strings: a closing
# "SOURCE" line, a "News provided by", or a label alone in its element. Three
# searches, not one alternation: each of these starts with a fixed character
# or word the regex engine can skip to, which one pattern tried at every
# byte of the page could not.
_MAYBE_SOURCE_LINE = re.compile(rb">\s*SOURCE\s")
_MAYBE_ISSUER_LABEL = re.compile(
    rb">\s*(?:company|company name|issuer|issuer name|emittent|\xc3\xa9metteur|"
    rb"emisor|emissor|emittente|soci\xc3\xa9t\xc3\xa9|utsteder|udsteder|utgivare|"
    rb"emitent|emitentas|liikkeeseenlaskija|kibocs\xc3\xa1t\xc3\xb3|unternehmen|"
    rb"entreprise|empresa|azienda|bedrijf|onderneming|selskap|selskab|yhti\xc3\xb6|"
    rb"sp\xc3\xb3\xc5\x82ka)\s*:?\s*<",
    re.I,
)


def _may_name_issuer(page: bytes) -> bool:
    return (
        _MAYBE_SOURCE_LINE.search(page) is not None
        or b"news provided by" in page.lower()
        or _MAYBE_ISSUER_LABEL.search(page) is not None
    )


_PROVIDED_BY = re.compile(r"^\s*news provided by\s*:?\s*$", re.I)
# The issuer's row of an exchange's announcement page in the languages of
# Europe's exchanges (Oslo's "Utsteder", Copenhagen's "Udsteder", Helsinki's
# "Liikkeeseenlaskija", Warsaw's and Prague's "Emitent").
_ISSUER_LABEL = re.compile(
    r"^\s*(?:news provided by|company|company name|issuer|issuer name|emittent|"
    r"émetteur|emisor|emissor|emittente|société|utsteder|udsteder|utgivare|"
    r"emitent|emitentas|liikkeeseenlaskija|kibocsátó|unternehmen|entreprise|empresa|"
    r"azienda|bedrijf|onderneming|selskap|selskab|yhtiö|spółka)\s*:?\s*$",
    re.I,
)
# "Company" in the languages of Europe's disclosure services ("Unternehmen:"
# in an EQS or a DGAP announcement's facts): a common word, a row of any
# table of facts, so it names the issuer only in a table that also lists the
# security ("ISIN", "WKN", "LEI").
_COMPANY_WORD = re.compile(
    r"^\s*(?:unternehmen|entreprise|empresa|azienda|bedrijf|onderneming|selskap|"
    r"selskab|yhtiö|spółka)\s*:?\s*$",
    re.I,
)
_SECURITY_CODE = re.compile(r"^\s*(?:ISIN|WKN|LEI)\b")


def _in_release_facts(soup: BeautifulSoup, cell: Tag) -> bool:
    """Return True when ``cell`` is a label of a label:value row (two cells,
    not a column's header over rows of quotes) in the release's own text,
    after its headline, not in a sidebar's or a widget's table of quotes."""
    row = cell.find_parent("tr")
    if row is not None and len(row.find_all(["td", "th"], recursive=False)) != 2:
        return False
    if any(
        _ITEM_BLOCK.search(c) or _NOT_HEAD_BLOCK.search(c)
        for parent in cell.parents
        if isinstance(parent, Tag)
        for c in parent.get("class") or ()
    ):
        return False
    headline = _headline(soup)
    return headline is None or cell.find_next(headline.name) is not headline


def _names_company(label: str, value: Tag) -> bool:
    """Return True when the ``value`` beside a "Unternehmen:" label reads as
    a company's name: written as a name ("Musterwerk AG"; not "Ver ficha
    completa"), without the label's own word ("Zum Unternehmensprofil",
    "Alle Unternehmen") and no other label ("ISIN")."""
    name = clean_line(value.get_text(" "))
    word = label.strip().rstrip(":").strip().casefold()
    return (
        bool(name)
        and word not in name.casefold()
        and not _SECURITY_CODE.match(name)
        and not _ISSUER_LABEL.match(name)
        and _is_organisation_name(name, True)
    )


def _lists_a_security(cell: Tag) -> bool:
    """Return True when the table or list ``cell`` stands in has a row
    naming a security's code ("ISIN:", "WKN:")."""
    table = cell.find_parent(["table", "dl"])
    return table is not None and any(table.find_all(string=_SECURITY_CODE, limit=1))
