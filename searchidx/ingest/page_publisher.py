"""Who published a saved page, as its own chrome names the publisher.

For pages that declare no site name (og:site_name, JSON-LD publisher): what
stands beside the headline in <title>, the part of <title> the chrome also
names, the part a <title> ends with, the alt text of the home link's logo,
the owner in the copyright line. Read before page_chrome.py prunes the chrome.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Comment

from ._markup import element_text, has_block_children, similar, strings_matching
from ._text import SENTENCE_ENDS, clean_line, host_of
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


# Small words an organisation's name holds in lower case.
NAME_JOINERS = frozenset(
    "of for and the de der des du la le van von und für y e et di del & -".split()
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
        and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_JOINERS for w in words)
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
    whole name, or with a part the site's name does not hold, says nothing.
    """
    parts = [
        part.strip(_TITLE_PUNCTUATION)
        for part in TITLE_SEPARATORS.split(clean_line(site_name))
    ]
    if len(parts) != 2 or not (soup.title and soup.title.string):
        return ""
    title = clean_line(soup.title.string)
    if title.casefold().endswith(clean_line(site_name).casefold()):
        return ""
    last = TITLE_SEPARATORS.split(title)[-1].strip(_TITLE_PUNCTUATION).casefold()
    return next((part for part in parts if part.casefold() == last), "")


def organisation_of_brand(site_name: str, soup: BeautifulSoup) -> str:
    """Return the organisation a site's one-word brand stands for, as the
    home link's logo names it, or "".

    An organisation may name its website with a brand of one word
    ("Consilium" for the Council of the EU) and its logo with its own name:
    the logo's name, of two words or more and without the brand among them,
    is the publisher. A logo repeating the brand ("Reuters logo", "Newsfile
    Corp.") or shorter than it leaves the site's name.
    """
    brand = clean_line(site_name)
    if len(brand.split()) != 1 or not brand[:1].isupper():
        return ""
    logo = _source_from_logo(soup)
    words = {word.strip(".,:;'’").casefold() for word in logo.split()}
    if len(logo.split()) < 2 or brand.casefold() in words:
        return ""
    # "Conseil de l'UE": an elided joiner before a capital is a name's word
    return logo if _reads_as_site_name(_ELIDED_JOINER.sub("", logo)) else ""


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
    22.10.2026 | Ministry of Environmental Protection"). Only a name of
    three words or more joined by "of", "for", "de" ... is taken: a line
    "March 3, 2025 | Jane Roe" names an author.
    """
    for element in soup.find_all(("p", "div", "li", "dd"), limit=_HEAD_LINE_BLOCKS):
        if has_block_children(element):
            continue
        parts = _HEAD_LINE_PARTS.split(element_text(element))
        if len(parts) != 2:
            continue
        for date_part, name in (parts, parts[::-1]):
            words = name.split()
            if (
                len(words) >= 3
                and _ORGANISATION_JOINERS.intersection(words)
                and _reads_as_site_name(name)
                and is_date_line(date_part, with_parts=False)
            ):
                return name
    return ""


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
    that domain ("Instituto Nacional Electoral") names the publisher. A site
    on the domain itself, or named by those initials already, keeps its name.
    """
    labels = host_of(url).lower().split(".")
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    if len(labels) < 3 or not 2 <= len(labels[-2]) <= 6 or not labels[-2].isalpha():
        return ""
    initials = labels[-2]
    # "IBM Newsroom" at newsroom.ibm.com names its organisation already.
    if initials == _initials(site_name) or initials in site_name.casefold().split():
        return ""
    for link in soup.find_all("a", limit=_DOMAIN_NAME_LINKS):
        name = clean_line(link.get_text(" "))
        if _initials(name) == initials and _reads_as_site_name(name):
            return name
    return ""


def _initials(name: str) -> str:
    return "".join(
        word[0] for word in name.split() if word[:1].isupper() and word.isalpha()
    ).casefold()


# How many links from the top of a page may name its organisation.
_DOMAIN_NAME_LINKS = 60
