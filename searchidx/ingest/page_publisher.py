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

from ._markup import similar, strings_matching
from ._text import SENTENCE_ENDS, clean_line
from .dates import is_date_line, parse_date

# Between spaces in Latin, Cyrillic, Greek, Arabic titles ("Headline | Agency");
# the full-width bars of Chinese, Japanese and Korean titles stand without
# spaces ("見出し｜ニュースリリース｜会社名"), as does a low line between CJK
# characters ("标题_新闻网"), which no such title writes inside a word.
TITLE_SEPARATORS = re.compile(
    r"\s+(?:\||-|–|—|::|»|·|•)\s+|\s*[｜丨︱│]\s*"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])_(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)


def find_publisher(soup: BeautifulSoup, headline: str, page: bytes = b"") -> str:
    """Return the publisher a page names in its chrome, or "".

    Args:
        soup: the whole page, chrome included.
        headline: the page's headline, as chosen from its markup.
        page: the saved page's bytes: a page none of whose bytes could say
            whose official site it is is not walked for that line.
    """
    return (
        _source_beside_headline(soup, headline)
        or _source_agreed_by_title(soup)
        or _source_from_title(soup, headline)
        # A site's own home-link logo before a line naming whose official
        # site it is: that line may be a statewide bar over a department's.
        or source_from_logo(soup)
        or (_owner_of_official_site(soup) if _MAYBE_OFFICIAL.search(page) else "")
        or _source_from_copyright(soup)
    )


# A line of a page's chrome saying whose site it is, as the site's own
# statement: "The Official Website of the Office of X", "Site officiel de la
# Ville de X", "Portal oficial del Gobierno de X". "An official website of
# the United States government" is not: one of a government's many sites,
# which says only whose government runs it.
_OFFICIAL_SITE_LINE = re.compile(
    r"(?:(?:this\s+is\s+)?(?:the\s+)?official\s+(?:web\s*site|site|(?:web\s+)?portal)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?P<en>\S.*?)"
    r"|(?:le\s+)?(?:site|portail)\s+(?:internet\s+|web\s+)?officiel\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)(?P<fr>\S.*?)"
    r"|(?:el\s+)?(?:sitio|portal)\s+(?:web\s+)?oficial\s+"
    r"(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)(?P<es>\S.*?)"
    r"|(?:o\s+)?(?:site|sítio|portal)\s+oficial\s+(?:d[oa]s?\s+|de\s+)(?P<pt>\S.*?))"
    r"\.?",
    re.I,
)
# Where such a line starts, for the walk over the page's strings.
_OFFICIAL_SITE_START = re.compile(
    r"^\s*(?:this\s+is\s+|the\s+|le\s+|el\s+|o\s+)?"
    r"(?:official|site|portail|sitio|portal|sítio)\b",
    re.I,
)
# Bytes a page must hold for that walk.
_MAYBE_OFFICIAL = re.compile(
    rb"(?i)official\s+(?:web\s*)?(?:site|portal)|"
    rb"(?:site|portail|sitio|portal|s\xc3\xadtio)\s+(?:internet\s+|web\s+)?"
    rb"(?:officiel|oficial)"
)


def _owner_of_official_site(soup: BeautifulSoup) -> str:
    """Return the organisation a line of the page names as the owner of
    its official site ("The Official Website of Office of X" in its
    footer), or "": it must read as an organisation's name, not a phrase of
    the release's text ("the official website of the festival opens ..."),
    nor be a link's text (a related link to another site's home)."""
    for string in strings_matching(soup, _OFFICIAL_SITE_START, limit=10):
        if isinstance(string, Comment) or string.parent.name in ("script", "style"):
            continue
        if string.find_parent("a", href=True) is not None:
            continue  # "Official website of X" as a link: X's site, elsewhere
        line = _OFFICIAL_SITE_LINE.fullmatch(clean_line(string.parent.get_text(" ")))
        if line is None:
            continue
        owner = next(name for name in line.groups() if name is not None).strip()
        if (
            len(owner.split()) <= _OFFICIAL_OWNER_WORDS
            and reads_as_site_name(owner)
            and names_organisation(owner)
        ):
            return owner
    return ""


# Most words of an owner's name in such a line.
_OFFICIAL_OWNER_WORDS = 10


# Small words an organisation's name holds in lower case.
NAME_JOINERS = frozenset(
    "of for and the de der des du da do das dos la le los las van von und für y e et di"
    " del & -".split()
)


# The words that make a name an organisation's ("Kenya Defence Forces",
# "Council of the EU", "Ministry of Health", "Instituto Nacional Electoral"),
# in the languages of the pages we read. A site's section ("Investor
# Relations", "Press Office", "Media Room"), a person, a country or a
# slogan holds none; "office" names one only as "Office of/for ...".
ORGANISATION_WORD = re.compile(
    r"(?<!\w)(?:ministr(?:y|ies)|minist[eè]re|minist[eé]rio|ministero|ministerium|"
    r"department|d[eé]partement|departamento|agency|agence|agencia|agenzia|"
    r"office\s+(?:of|for)|bureau|council|conseil|consejo|consiglio|"
    r"authority|autorit[eé]|autoridad|service|servicio|command|commandement|"
    r"forces?|fuerzas?|army|navy|guard|police|polic[ií]a|gendarmerie|"
    r"commission|comisi[oó]n|committee|comit[eé]|board|corps|"
    r"institut[eo]?|universit(?:y|é|ad|ät)|administration|directorate|"
    r"direcci[oó]n|secretariat|secr[eé]tariat|secretar[ií]a|government|"
    r"gobierno|gouvernement|regierung|parliament|parlement|parlamento|"
    r"assembly|assembl[eé]e|court|tribunal|embassy|embajada|ambassade|"
    r"federation|f[eé]d[eé]ration|federaci[oó]n|union|uni[oó]n|"
    r"association|asociaci[oó]n|society|soci[eé]t[eé]|foundation|fondation|"
    r"fundaci[oó]n|organi[sz]ation|organizaci[oó]n|bank|banco|banque|"
    r"corporation|municipality|municipalidad|municipio|city\s+of|ville\s+de|"
    r"county|province|provincia|state\s+of|estado\s+de|"
    r"governo|prefeitura|c[aâ]mara|ag[eê]ncia|conselho|comiss[aã]o|funda[cç][aã]o|"
    r"associa[cç][aã]o|universidade|assembleia|autoridade|servi[cç]o|"
    r"dire[cç][aã]o|federa[cç][aã]o|uni[aã]o|sociedade|munic[ií]pio|"
    r"inc|ltd|llc|plc|gmbh|ag|s\.?a|corp|co)(?!\w)",
    re.I,
)


def names_organisation(name: str) -> bool:
    """Return True when ``name`` holds a word only an organisation's name
    holds ("Kenya Defence Forces", "Conseil de l'UE"), not a section's,
    a person's, a country's or a slogan's ("Investor Relations", "Jane
    Roe", "United States", "Plan Less, Do More")."""
    return ORGANISATION_WORD.search(name) is not None


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
            return labelled.group("site").strip(TITLE_PUNCTUATION)
        return ""
    while len(parts) > 1 and _SECTION_NAME.fullmatch(
        parts[-1].strip(TITLE_PUNCTUATION)
    ):
        parts = parts[:-1]
    if len(parts) == 1:
        site = parts[0].strip(TITLE_PUNCTUATION)
        if len(site.split()) > 8 or (headline and similar(site, headline)):
            return ""
        return site
    last = parts[-1]
    # A date part ("Tuesday, October 16, 2018 | Office of ...") is no headline.
    headlines = [part for part in parts[:-1] if not is_date_line(part)]
    if (
        len(last.split()) > 8
        or parse_date(last)
        or _FILE_NAME.search(last)
        or headlines
        and len(last) >= len(max(headlines, key=len))
    ):
        return ""
    return last


# A document's file name, as a PDF printed from an office program is titled
# ("Microsoft Word - briefing.docx"): no site's name.
_FILE_NAME = re.compile(r"\.(?:docx?|pptx?|xlsx?|odt|pdf|rtf)$", re.I)


# A site section's name as titles end with it: "News", "Press releases",
# "Blog", "Noticias", "Actualités", "Навіны", "Новости", "ニュース".
_SECTION_NAME = re.compile(
    r"(?:latest\s+)?(?:news(?:room)?|press(?:\s+releases?|\s+room)?|media(?:\s+centre|"
    r"\s+center|\s+releases?)?|news\s+releases?|announcements|updates|blog|noticias|"
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
    return _SECTION_NAME.fullmatch(text.strip(TITLE_PUNCTUATION)) is not None


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


TITLE_PUNCTUATION = " :|-–—•»·｜丨︱│_"
# A breadcrumb's step in a title, as some government CMSes write it
# ("Headline > Site > News Release").
_CRUMB = re.compile(r"\s+[>›]\s+")
_CRUMB_PUNCTUATION = TITLE_PUNCTUATION + ">›"
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
    return parts[0] if has_letters and reads_as_site_name(site) else ""


def reads_as_site_name(text: str) -> bool:
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
        p.strip(TITLE_PUNCTUATION)
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
        yield logo_name(str(image["alt"]))
    owner = _source_from_copyright(soup)
    if owner:
        yield owner


# Words of a logo's alt text that are not the publisher's name.
_LOGO_WORDS = re.compile(
    r"\b(?:logo(?:type)?|seal|emblem|wordmark|home ?page|home|startseite|accueil|"
    r"inicio|go to|back to|return to|link to)\b",
    re.I,
)


# A tagline a logo's alt text gives after the name, saying what kind of
# site it is: "X one-stop portal", "X - Official Website", "X官方网站".
_LOGO_TAGLINE = re.compile(
    r"(?:\s*[-–|:,]\s*|\s+)(?:the\s+)?(?:(?:official|one-stop)\s+"
    r"(?:web\s*site|site|(?:web\s+)?portal|home\s*page)|site\s+officiel|"
    r"sitio\s+oficial|portal\s+oficial|offizielle\s+(?:website|seite))$"
    r"|\s*(?:官方网站|官方網站|官网|官網|一站通|公式サイト|공식\s*홈페이지)$",
    re.I,
)


def logo_name(alt: str) -> str:
    """Return the name a logo's alt text gives, without the words saying it
    is a logo ("City of X Logo", "Go to homepage") nor a tagline after it
    ("X one-stop portal", "X - Official Website")."""
    name = clean_line(_LOGO_WORDS.sub(" ", alt)).strip(" -|:,")
    return _LOGO_TAGLINE.sub("", name).strip(" -|:,") or name


def source_from_logo(soup: BeautifulSoup) -> str:
    """Return the publisher a home link's logo names ("City of X Logo")."""
    for link in soup.find_all("a", href=True, limit=80):
        if not is_home_link(str(link["href"])):
            continue
        image = link.find("img", alt=True)
        if image is None:
            continue
        name = logo_name(str(image["alt"]))
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
