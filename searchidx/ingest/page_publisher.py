"""Who published a saved page, as its own chrome names the publisher.

For pages that declare no site name (og:site_name, JSON-LD publisher): what
stands beside the headline in <title>, the part of <title> the chrome also
names, the part a <title> ends with, the alt text of the home link's logo,
the owner in the copyright line. Read before page_chrome.py prunes the chrome.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment, Tag

from ._markup import similar, strings_matching
from ._text import ABOUT_HEADING, ABOUT_WORDS, SENTENCE_ENDS, clean_line
from .dates import is_date_line, parse_date

# Between spaces in Latin, Cyrillic, Greek, Arabic titles ("Headline | Agency");
# the full-width bars of Chinese, Japanese and Korean titles stand without
# spaces ("見出し｜ニュースリリース｜会社名"), as does a low line between CJK
# characters ("标题_新闻网"), which no such title writes inside a word.
TITLE_SEPARATORS = re.compile(
    r"\s+(?:\||-|–|—|::|»|·|•)\s+|\s*[｜丨︱│]\s*"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])_(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def find_publisher(soup: BeautifulSoup, headline: str) -> str:
    """Return the publisher a page names in its chrome, or "".

    Args:
        soup: the whole page, chrome included.
        headline: the page's headline, as chosen from its markup.
    """
    return (
        _source_beside_headline(soup, headline)
        or _source_agreed_by_title(soup)
        or _source_from_title(soup, headline)
        or _source_from_logo(soup)
        or _source_from_copyright(soup)
    )


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
    r"(?:company|publisher|newsroom)[_-]?name|herausgeber|absender|afzender)"
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
# Small words an organisation's name holds in lower case.
_NAME_JOINERS = frozenset(
    "of for and the de der des du la le van von und für y e et di del & -".split()
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
            if not _heads_the_release(element):
                continue
            name = _PUBLISHED_BY.sub("", name)
        if (
            1 <= len(name.split()) <= 8
            and not parse_date(name)
            and _is_organisation_name(name, _loose_class(element))
            and not _in_a_sentence(element, name)
        ):
            return name
    return ""


# A platform's "publisher-name" or "newsroom-name" heads its release, but the
# same class also names each item's publisher in a card of related releases,
# a comment's poster, a featured newsroom in a sidebar: only the one that
# stands in the release's own head or article, before its text ends, is its
# issuer.
_PLATFORM_HEAD_CLASS = re.compile(r"(?:^|[_-])(?:publisher|newsroom)[_-]?name$", re.I)
# Classes of the repeated items and side blocks a page lists beside its release.
_ITEM_BLOCK = re.compile(
    r"(?:^|[_-])(?:cards?|comments?|related|trending|recommended|teasers?|rail|"
    r"sidebar)(?:$|[_-])",
    re.I,
)
# "Published by Harbour Board": the platform's words before the name.
_PUBLISHED_BY = re.compile(r"^(?:(?:published|issued|released)\s+)?by\s*:?\s+", re.I)


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
    return words[0][:1].isupper() and (
        not strict
        or all(
            word[:1].isupper()
            or not word[:1].isalpha()
            or word.lower() in _NAME_JOINERS
            for word in words
        )
    )


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
    rb"emitent|emitentas|liikkeeseenlaskija|kibocs\xc3\xa1t\xc3\xb3)\s*:?\s*<",
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
    r"emitent|emitentas|liikkeeseenlaskija|kibocsátó)\s*:?\s*$",
    re.I,
)


# "/", "/index.html", "/en/", and a site builder's home page under its
# site's folder ("/view/school/home", "/home.html").
_HOME_LINK = re.compile(
    r"^(?:https?://[^/]+)?/?(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?/?)?$"
    r"|^(?:https?://[^/]+)?/(?:[\w.-]+/){0,2}home(?:\.\w+)?/?$"
)


def is_home_link(href: str) -> bool:
    """Return True when ``href`` points at the site's home page ("/", "/en/")."""
    return bool(_HOME_LINK.match(href.strip()))


def _source_from_title(soup: BeautifulSoup, headline: str = "") -> str:
    """Return the site name a <title> ends with ("Headline | Office | Agency").

    A last part naming the section ("Village of X - News", "Municipalidad
    de X - Noticias") is the site's section, not the site: the part before
    it is the site, unless it is the headline.
    """
    if not (soup.title and soup.title.string):
        return ""
    parts = TITLE_SEPARATORS.split(clean_line(soup.title.string))
    if len(parts) < 2:
        # "Press Release:Press Information Bureau": a section's name as a
        # label before the site's.
        labelled = SECTION_LABEL.match(parts[0])
        if (
            labelled
            and len(labelled.group("site").split()) <= 8
            and not (headline and similar(labelled.group("site"), headline))
        ):
            return labelled.group("site").strip(_TITLE_PUNCTUATION)
        return ""
    while len(parts) > 1 and _SECTION_NAME.fullmatch(
        parts[-1].strip(_TITLE_PUNCTUATION)
    ):
        parts = parts[:-1]
    if len(parts) == 1:
        site = parts[0].strip(_TITLE_PUNCTUATION)
        if len(site.split()) > 8 or (headline and similar(site, headline)):
            return ""
        return site
    last = parts[-1]
    # A date part ("Tuesday, October 16, 2018 | Office of ...") is no headline.
    headlines = [part for part in parts[:-1] if not is_date_line(part)]
    if (
        len(last.split()) > 8
        or parse_date(last)
        or headlines
        and len(last) >= len(max(headlines, key=len))
    ):
        return ""
    return last


# A site section's name as titles end with it: "News", "Press releases",
# "Noticias", "Actualités", "Навіны", "Новости", "ニュース".
_SECTION_NAME = re.compile(
    r"(?:latest\s+)?(?:news(?:room)?|press(?:\s+releases?|\s+room)?|media(?:\s+centre|"
    r"\s+center|\s+releases?)?|news\s+releases?|announcements|updates|noticias|"
    r"notícias|notizie|comunicados?(?:\s+de\s+prensa)?|actualités|actualites|"
    r"communiqués?|nachrichten|aktuelles|pressemitteilungen|nieuws|nyheter|"
    r"nyheder|uutiset|aktuality|wiadomości|aktualności|haberler|duyurular|berita|"
    r"pressemitteilung|persbericht|comunicato(?:\s+stampa)?|tiedote|pressmeddelande|"
    r"tin\s+tức|новости|новини|навіны|вести|ειδήσεις|أخبار|חדשות|新闻|新聞|ニュース|뉴스)",
    re.I,
)


# A section's name as a label before a site's name or a headline ("Press
# Release:Press Information Bureau", "MEDIA RELEASE: Library opens ...").
SECTION_LABEL = re.compile(
    r"^\s*" + _SECTION_NAME.pattern + r"\s*[:：]\s*(?P<site>\S.*)$", re.I
)


def is_section_name(text: str) -> bool:
    """Return True when a part of a page title names a site's section
    ("News", "Noticias", "Навіны"), not a site or a headline."""
    return _SECTION_NAME.fullmatch(text.strip(_TITLE_PUNCTUATION)) is not None


def _source_beside_headline(soup: BeautifulSoup, headline: str) -> str:
    """Return the site name a <title> holds beside the headline.

    "Old Town Birds: Counting swifts", "Headline | Ministère de ...": once the
    headline is known, the rest of the title names the site, however long.
    """
    if not (soup.title and soup.title.string) or len(headline.split()) < 3:
        return ""
    text = clean_line(soup.title.string)
    start = text.lower().find(headline.lower())
    if start < 0:
        return ""
    prefix = text[:start].strip(_CRUMB_PUNCTUATION)
    suffix = text[start + len(headline) :].strip(_CRUMB_PUNCTUATION)
    if bool(prefix) == bool(suffix):
        return ""
    parts = [
        crumb
        for part in TITLE_SEPARATORS.split(prefix or suffix)
        for crumb in _CRUMB.split(part)
    ]
    # A title written as a path back from the page ("Headline > 142nd Wing
    # > Article") ends on the kind of page, or the section, not the site.
    while (
        suffix
        and len(parts) > 1
        and _CRUMB.search(suffix)
        and (is_section_name(parts[-1]) or _PAGE_KIND.fullmatch(parts[-1].strip()))
    ):
        parts = parts[:-1]
    name = (parts[0] if prefix else parts[-1]).strip(_CRUMB_PUNCTUATION)
    if not 1 <= len(name.split()) <= 10 or is_date_line(name) or is_section_name(name):
        return ""
    return name


_TITLE_PUNCTUATION = " :|-–—•»·｜丨︱│_"
# A breadcrumb's step in a title, as some government CMSes write it
# ("Headline > Site > News Release").
_CRUMB = re.compile(r"\s+[>›]\s+")
_CRUMB_PUNCTUATION = _TITLE_PUNCTUATION + ">›"
# What kind of page a breadcrumb title ends on.
_PAGE_KIND = re.compile(r"(?:articles?|stor(?:y|ies)|photos?|videos?|posts?)", re.I)


def headline_of_crumb_title(title: str) -> str:
    """Return the headline of a title written as a path back to its site
    ("Berth plan approved > Harbour Council > News Release"), or "" for any
    other title, a headline with a ">" of its own among them ("Fish > Chips:
    ...", "Speed limit > 5 knots ...").

    The title must be three parts, as the CMSes that title so write them:
    the headline, a site's name written in words, and a section or a kind of
    page. A fourth part ("Why Safety > Speed At Sea > Harbour Council >
    News") means a ">" in the headline, which could be anywhere in it; a
    year or a number is a path's step, no site ("Berth Plan Approved > 2025
    > News").
    """
    parts = [part.strip() for part in _CRUMB.split(title)]
    if len(parts) != 3 or not parts[0]:
        return ""
    _, site, section = parts
    if not (is_section_name(section) or _PAGE_KIND.fullmatch(section)):
        return ""
    has_letters = re.search(r"[^\W\d_]", site) is not None
    return parts[0] if has_letters and _reads_as_site_name(site) else ""


def _reads_as_site_name(text: str) -> bool:
    """Return True when ``text`` is written as a name ("Harbour Council",
    "142nd Wing", "U.S. Coast Guard District 13"), not a phrase of a headline."""
    words = text.split()
    return (
        1 <= len(words) <= 10
        and not is_section_name(text)
        and not is_date_line(text)
        and not text.endswith(SENTENCE_ENDS)
        and (words[0][:1].isupper() or words[0][:1].isdigit())
        and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words)
    )


def _source_agreed_by_title(soup: BeautifulSoup) -> str:
    """Return the part of <title> that the page's chrome also names.

    "News Flash • City of X • CivicEngage", "Press corner | European
    Commission", "Village of X - News Release": which part is the publisher
    is told by the logo's alt text, the home link's text or the copyright
    owner saying the same name.
    """
    if not (soup.title and soup.title.string):
        return ""
    parts = [
        p.strip(_TITLE_PUNCTUATION)
        for p in TITLE_SEPARATORS.split(clean_line(soup.title.string))
    ]
    parts = [p for p in parts if p and len(p.split()) <= 10 and not is_date_line(p)]
    if len(parts) < 2:
        return ""
    named = {name.lower() for name in names_in_chrome(soup)}
    for part in reversed(parts):
        if part.lower() in named:
            return part
    return ""


def names_in_chrome(soup: BeautifulSoup) -> Iterator[str]:
    """Yield the names a page's logo, home links and copyright line give.

    Args:
        soup: the whole page, chrome included.
    """
    for link in soup.find_all("a", href=True, limit=80):
        if is_home_link(str(link["href"])):
            yield clean_line(link.get_text(" "))
    for image in soup.find_all("img", alt=True, limit=40):
        yield clean_line(_LOGO_WORDS.sub(" ", str(image["alt"]))).strip(" -|:,")
    owner = _source_from_copyright(soup)
    if owner:
        yield owner


# Words of a logo's alt text that are not the publisher's name.
_LOGO_WORDS = re.compile(
    r"\b(?:logo(?:type)?|seal|emblem|wordmark|home ?page|home|startseite|accueil|"
    r"inicio|go to|back to|return to|link to)\b",
    re.I,
)


def _source_from_logo(soup: BeautifulSoup) -> str:
    """Return the publisher a home link's logo names ("City of X Logo")."""
    for link in soup.find_all("a", href=True, limit=80):
        if not is_home_link(str(link["href"])):
            continue
        image = link.find("img", alt=True)
        if image is None:
            continue
        name = clean_line(_LOGO_WORDS.sub(" ", str(image["alt"]))).strip(" -|:,")
        if 1 <= len(name.split()) <= 8 and not name.lower().startswith("http"):
            return name
    return ""


_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<owner>[^\W\d_][^.,|©\n]{1,80}?)"
    r"\s*(?:,|\.(?:\s|$)|\||all rights|alle rechte|tous droits|$)",
    re.I,
)


_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.I)


def _source_from_copyright(soup: BeautifulSoup) -> str:
    """Return the owner a page's copyright line names ("© 2024 X, All rights reserved")."""
    for string in reversed(strings_matching(soup, _COPYRIGHT_MARK)):
        if isinstance(string, Comment) or string.parent.name in ("script", "style"):
            continue  # an archive's note in a comment is not the page's own line
        match = _COPYRIGHT_OWNER.search(clean_line(str(string)))
        if match:
            owner = match.group("owner").strip()
            # A name starts with a capital, in any script ("Кофейня «Зерно»").
            if (
                owner[0].isupper()
                and 1 <= len(owner.split()) <= 8
                and not owner.lower().startswith(
                    ("all rights", "copyright", "powered by")
                )
            ):
                return owner
    return ""


# What a page says it is made with: its generator meta, a "Powered by ..."
# or "Built with ..." line (in the languages pages print it), the tag of a
# link in between allowed. The name of the software is no publisher's.
_SOFTWARE_MARKS = (
    b"generator",
    b"powered by",
    b"built with",
    b"made with",
    b"printed by",
    b"erstellt mit",
    b"propuls\xc3\xa9 par",
    b"desarrollado con",
    b"realizzato con",
)
_SOFTWARE = re.compile(rb"[a-z\xa9]\s*:?\s*(?:<[^>]{0,300}>\s*){0,2}([^<>\"'\n]{2,40})")
_GENERATOR_AFTER = re.compile(rb"generator[\"']\s+content=[\"']([^\"'<>]{2,60})")
_GENERATOR_BEFORE = re.compile(rb"content=[\"']([^\"'<>]{2,60})[\"']\s+name=[\"']$")
_VERSION = re.compile(r"\s+v?\d[\w.]*.*$")
_SOFTWARE_WORDS = 4
# How far past a mark its name is looked for.
_SOFTWARE_WINDOW = 400


def software_names(page: bytes) -> set[str]:
    """Return the names, in lower case, of the software ``page`` says it is
    made with ("atlassian confluence", "wordpress"), versions left out.

    Each mark is found by a plain search, and only the few hundred bytes
    after it are read: a pattern run over the whole page costs a share of
    its parse.
    """
    lowered = page.lower()
    names = set()
    for mark in _SOFTWARE_MARKS:
        at = lowered.find(mark)
        while at != -1:
            end = at + len(mark)
            raw = None
            if mark == b"generator":
                before = _GENERATOR_BEFORE.search(page, max(0, at - 80), at)
                if before:
                    raw = before.group(1)
            pattern = _GENERATOR_AFTER if mark == b"generator" else _SOFTWARE
            start = at if mark == b"generator" else end - 1
            match = (
                None if raw else pattern.match(lowered, start, end + _SOFTWARE_WINDOW)
            )
            if match:
                # lower() keeps every byte's place: the name is cut from the page.
                raw = page[match.start(1) : match.end(1)]
            name = _VERSION.sub("", raw.decode("utf-8", "replace")) if raw else ""
            name = name.strip(" .!-–,&:")
            # A product's name, as pages print it: capitalised, a few words.
            if name[:1].isupper() and len(name.split()) <= _SOFTWARE_WORDS:
                names.add(name.lower())
            at = lowered.find(mark, end)
    return names


def is_software_name(name: str, software: set[str]) -> bool:
    """Return True when ``name`` names software the page is made with
    ("Confluence" on a page "Powered by Atlassian Confluence 8.5.4")."""
    lowered = name.strip().lower()
    return bool(lowered) and any(
        lowered == known or known.endswith(f" {lowered}") for known in software
    )


def issuer_of_wire_release(paragraphs: list[str], site: str) -> str:
    """Return the issuer a release carried by a news wire names, or "".

    A wire's page is the wire's site ("Business Wire"), and the release
    names that wire in its dateline ("SAN JOSE, Calif.--(BUSINESS WIRE)--",
    "/PRNewswire/"); a dateline may carry a wire's tag on another site too.
    Whose release it is, its closing "About Acme" heading says, else its
    lead right after the tag ("--Acme Robotics, a maker of cranes, today
    announced ...", "Acme Corp. (NASDAQ: ACME) ...").

    Args:
        paragraphs: the release's text as read, headings included.
        site: the name the page gives its site.
    """
    key = re.sub(r"\W+", "", site).lower()
    if len(key) < 4 or not paragraphs:
        return ""
    lead = _lead_after_wire_tag(paragraphs, key)
    if lead is None:
        return ""
    names = []
    for paragraph in paragraphs:
        about = ABOUT_HEADING.match(paragraph.strip())
        if about and len(paragraph.split()) <= ABOUT_WORDS:
            name = about.group("name").strip()
            if _is_named_issuer(name):
                names.append(name)
    # A release may close on its partner's section too ("About Harbour Town
    # Ports"): the issuer is the one its lead names after the wire's tag.
    return next(
        (n for n in names if lead[:120].lower().startswith(n.lower())),
        names[0] if names else _issuer_in_lead(lead),
    )


def _lead_after_wire_tag(paragraphs: list[str], key: str) -> str | None:
    """Return the text after the wire's tag in the release's dateline, or
    None when no dateline carries one: the tag names the site (``key``) or
    a wire ("(BUSINESS WIRE)", "/PRNewswire/", "(GLOBE NEWSWIRE)")."""
    # The dateline opens one of the first lines, after a deck or a ticker.
    for paragraph in paragraphs[:6]:
        for mark in _WIRE_TAG.finditer(paragraph[:120]):
            # "/EINPresswire.com/": the wire's name as its domain
            tag = re.sub(r"\.(?:com|net|org)$", "", "".join(mark.groups("")).strip())
            tag = re.sub(r"\W+", "", tag).lower()
            if tag == key or tag.endswith("wire"):
                lead = paragraph[mark.end() :]
                # The date a wire writes after its tag ("(Newswire) November
                # 5, 2026-- Daon Energy said ...") is no part of the lead.
                dated = _DATE_AFTER_TAG.match(lead)
                if dated and parse_date(dated.group(1)):
                    lead = lead[dated.end() :]
                elif not _AFTER_DATELINE_TAG.match(lead):
                    # "(Photo: Business Wire)" under a picture: a credit, no
                    # dateline; a wire's tag is followed by its dash.
                    continue
                return lead.lstrip(" -–—:")
    return None


_AFTER_DATELINE_TAG = re.compile(r"\s*(?:--|[—–-]|:\s)")


_DATE_AFTER_TAG = re.compile(r"\s*([^—–\n-]{4,30}?)\s*(?:--|[—–])")


_WIRE_TAG = re.compile(r"\(([^()]{3,40})\)|/([^/]{3,40})/")
# The issuer a wire release's lead names before it announces: its name in
# capitalised words ("&" and the small words of a name between them), a
# legal form, then its listing ("(NASDAQ: ACME)") or, after a description
# between commas, what it did today ("today announced", "today opened",
# "announced today", "lance aujourd'hui", "gab heute bekannt") or said ("said
# on November 5 that", as Asian wires' English leads report it).
_LEAD_ISSUER = re.compile(
    r"(?P<name>[^\W\d_][\w&.'’-]*(?:\s+(?:[^\W_][\w&.'’-]*|&))*?)"
    r"(?:,?\s+(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|S\.A|N\.V|AG|SE|GmbH|AB|ASA)\.?)?"
    r"(?:\s*\((?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?):\s*[A-Z0-9][^()]{0,60}\)"
    r"|(?:,(?P<described>[^;()]{3,160}?),)?\s+(?:today\s+[a-z]{3,}ed|announced\s+today|"
    r"said\s+(?:on|today|that)|[^\W\d_]{3,}\s+(?:aujourd['’]hui|heute|hoy|hoje|"
    r"oggi|vandaag|idag|i\s+dag|tänään|dzisiaj|dziś))\b)"
)
# Most words of an issuer's name in a lead.
_LEAD_NAME_WORDS = 6


def _issuer_in_lead(lead: str) -> str:
    """Return the organisation ``lead`` opens on as the one announcing, or
    "" when it opens on no name ("Four berths will be automated, ...")."""
    match = _LEAD_ISSUER.match(lead)
    if match is None:
        return ""
    name = match.group("name")
    # "Seattle-based Corvane Robotics": where it is based is no part of its name
    name = _BASED_IN.sub("", name)
    words = name.split()
    if not 1 <= len(words) <= _LEAD_NAME_WORDS or not _is_named_issuer(name):
        return ""
    if not _names_an_organisation(name, match, lead):
        return ""
    # Every word a name's: capitalised, a number, or a small word of a name
    # ("Bank of Harbour Town"); "and" joins two issuers, one of which is not
    # the other's name.
    if any(
        not (w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS - {"and"})
        for w in words
    ):
        return ""
    return name


_BASED_IN = re.compile(r"^(?:[\w.'’]+-(?:based|listed|headquartered|owned)\s+)+", re.I)
# A person's title or honorific in a lead's name ("Dr. Jane Roe", "Washington
# Governor Jane Roe") or opening the words between its commas ("Jane Roe,
# chair of the Harbour Board,"): the one announcing is a person, and the
# release is the site's or the wire's, not theirs.
_PERSON_WORDS = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. prof prof. sir dame governor mayor senator"
    " minister president chair chairman chairwoman chairperson ceo cfo coo cto"
    " founder co-founder director secretary spokesperson spokesman spokeswoman"
    " commissioner councillor councilor representative rep. sen. gov. judge"
    " chief head executive vice deputy manager professor general".split()
)
# Who a lead opens on when it names people or a generic party, not the issuer:
# "Shareholders of Acme", "Following strong results, ...", "Today, ...".
_NOT_NAME_OPENERS = frozenset(
    "a an after amid as at before during following for from in on over since"
    " today tonight this yesterday with shareholders members residents employees"
    " investors customers officials leaders staff students workers partners".split()
)


def _names_an_organisation(name: str, match: re.Match, lead: str) -> bool:
    """Return True when the ``name`` a lead opens on (``match``) reads as one
    organisation: not a person, a date, a generic party ("The Company"), a
    possessive ("Harbor Holdings' subsidiary"), nor the first of a list."""
    words = name.split()
    lowered = [w.lower().strip(",") for w in words]
    if lowered[0] in _NOT_NAME_OPENERS or any(w in _PERSON_WORDS for w in lowered):
        return False
    if lowered[0] == "the" and len(words) == 2:
        return False  # "The Company", "The Board": the release's word for itself
    if " & " in name and all(len(part.split()) > 1 for part in name.split(" & ")):
        return False  # "Corvane Robotics & Harbor Logistics"; not "Procter & Gamble"
    # "March 4, 2025, Corvane Robotics ...": a date opens the lead
    if parse_date(lead[: len(name) + 8]) is not None or any(
        w.endswith(("'", "’", "'s", "’s")) for w in words
    ):
        return False
    described = match.group("described")
    if described:
        opening = described.split()
        if opening and (
            opening[0].lower().strip(".") in _PERSON_WORDS
            or opening[0][:1].isupper()  # "Corvane, Harbor Logistics, and ..."
        ):
            return False
    # "Corvane Robotics (NASDAQ: CVRB) and Harbor Logistics (NYSE: HLOG)"
    return not re.match(r"\s*(?:and|&)\s+[A-Z]", lead[match.end() :])


# First words of an "About ..." heading over no organisation: "About the
# contract", "About Us", "About our partners".
_NOT_ISSUER_WORDS = frozenset("us our we this these me my your".split())


def _is_named_issuer(name: str) -> bool:
    first = name.split()[0]
    return not first[:1].islower() and first.lower() not in _NOT_ISSUER_WORDS


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
