"""A saved page's headline: the element that shows it, else its page title.

The page title (og:title, ``<title>``) usually joins the headline to the
site's name ("Headline | Agency"); the heading that says the same words is
the headline's element, unless it is the site's logo or name. That element
is then kept through the pruning of the chrome and left out of the body.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._markup import (
    element_text,
    normalize_space,
    page_description,
    similar,
    tags_named,
)
from ._text import clean_line, count_words
from .dates import is_date_line, parse_date
from .page_metadata import PageMetadata
from .page_publisher import (
    SECTION_LABEL,
    TITLE_SEPARATORS,
    headline_of_crumb_title,
    is_home_link,
    is_section_name,
    names_in_chrome,
)


def _says_the_same(heading: str, headline: str) -> bool:
    """Return True when ``heading`` holds most of ``headline``'s words and
    little else (both ways, unlike :func:`similar`)."""
    words_a = set(re.findall(r"\w+", heading.lower()))
    words_b = set(re.findall(r"\w+", headline.lower()))
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / max(len(words_a), len(words_b)) >= 0.6


def raw_page_title(soup: BeautifulSoup, meta: PageMetadata) -> str:
    """Return the headline the page states in its head: og:title, else <title>."""
    if meta.title:
        return meta.title
    if soup.title and soup.title.string:
        return clean_line(soup.title.string)
    return ""


def find_headline(
    soup: BeautifulSoup, meta: PageMetadata, site: str = ""
) -> Tag | None:
    """Return the element showing the release's headline, if the page has one.

    Args:
        soup: the whole page.
        meta: what the page says about itself.
        site: the site's name when the page title names only the site and a
            section (:func:`site_of_section_title`).
    """
    # Blog engines (Blogger, old CMS themes) give the site name the <h1> and
    # the post's headline an <h3>.
    headings = tags_named(soup, ("h1", "h2", "h3"), limit=60)
    page_title = raw_page_title(soup, meta)
    if site:
        found = _headline_under_site_title(soup, site)
        if found is not None:
            return found
    if page_title:
        headline = _strip_site_suffix(page_title, meta.site_name)
        # A heading that says the whole headline first; then one it merely
        # shares words with: a section's one-word heading ("News") shares
        # its word with "News - Water main repairs close Elm Street".
        for is_match in (_says_the_same, similar):
            for heading in headings:
                if is_match(element_text(heading), headline) and not _names_the_site(
                    heading, meta, page_title
                ):
                    return heading
    # A portal whose <title> names only the site and its section ("News Flash •
    # City of X") often repeats the headline as the page's description.
    description = page_description(soup)
    if description and count_words(description) <= 25:
        for heading in headings:
            text = element_text(heading)
            if (
                count_words(text) >= 3
                and normalize_space(text).lower() == description.lower()
                and not _names_the_site(heading, meta, page_title)
            ):
                return heading
    h1s = [
        h
        for h in soup.find_all("h1")
        if count_words(element_text(h)) >= 3
        and not _names_the_site(h, meta, page_title)
    ]
    if h1s:
        return h1s[0]
    # No heading at all: old CMS pages show the headline in a styled element
    # ("<span class="newstitle">"), named for what it holds.
    for element in soup.find_all(class_=_TITLE_CLASS, limit=10):
        words = count_words(element_text(element))
        if 3 <= words <= 25 and not _names_the_site(element, meta, page_title):
            return element
    # A document saved or published from an editor (Word's "Save as Web
    # Page", Google Docs' "Publish to the web") marks its Title style.
    for element in soup.find_all("p", class_=_EDITOR_TITLE, limit=3):
        if 3 <= count_words(element_text(element)) <= 25:
            return element
    return None


_EDITOR_TITLE = re.compile(r"^(?:title|MsoTitle)$")
# Most words of a section's name as a title part and a menu link say it,
# and of a site's name before it.
_SECTION_WORDS = 3
_SITE_WORDS = 8
# The class of an element showing the site's name ("site-title", "logo").
_SITE_CLASS = re.compile(r"site|logo|brand", re.I)
# Most words of a headline set in bold type; at least _HEADLINE_WORDS.
_HEADLINE_WORDS = 3
_BOLD_HEADLINE_WORDS = 25
# Words of a run of text that shows the headline's element is over the text.
_TEXT_WORDS = 15


def site_of_section_title(soup: BeautifulSoup, meta: PageMetadata) -> str:
    """Return the site's name when the page title names only the site and a
    section ("Parish of X - News", "Għaqda X - Aħbarijiet"), else "".

    The section is a section's name or the text of one of the page's menu
    links; the site is the name the page declares, its logo, home link or
    copyright line give, or an element classed as the site's name shows.
    """
    title = raw_page_title(soup, meta)
    if not TITLE_SEPARATORS.search(title) and soup.title and soup.title.string:
        # og:title may give the page's name alone ("News"), <title> the site's
        title = clean_line(soup.title.string)
    parts = [p.strip(" :|-–—•»·") for p in TITLE_SEPARATORS.split(title)]
    if len(parts) != 2 or count_words(parts[1]) > _SECTION_WORDS:
        return ""
    site, section = parts
    if count_words(site) > _SITE_WORDS:
        return ""  # a headline, not a site's name
    if not is_section_name(section):
        # A menu link's own string, not every link's text: read on most pages.
        said = re.compile(rf"^[\W_]*{re.escape(section)}[\W_]*$", re.I)
        if soup.find("a", string=said) is None:
            return ""
    key = site.lower()
    if meta.site_name.lower() == key or any(
        element_text(e).lower() == key
        for e in soup.find_all(["h1", "div", "span", "a"], class_=_SITE_CLASS, limit=10)
    ):
        return site
    # Lazily: the copyright line, last of the chrome's names, is read from
    # the whole page.
    return site if any(n.lower() == key for n in names_in_chrome(soup)) else ""


def _headline_under_site_title(soup: BeautifulSoup, site: str) -> Tag | None:
    """Return the element showing the headline of a page whose title holds
    none: the first heading, or line set alone in bold type, that is not the
    site's name and stands over the text."""
    for element in soup.find_all(["h1", "h2", "h3", "b", "strong"]):
        text = element_text(element)
        words = count_words(text)
        if words < _HEADLINE_WORDS or similar(text, site):
            continue
        if element.name in ("b", "strong"):
            if (
                words > _BOLD_HEADLINE_WORDS
                or element.find_parent("a") is not None
                or element.find("a") is not None
                or text.endswith(":")
                or not _stands_alone(element)
            ):
                continue
        if any(
            count_words(string) >= _TEXT_WORDS
            for string in element.find_all_next(string=True, limit=30)
        ):
            return element
    return None


def _stands_alone(element: Tag) -> bool:
    """Return True when nothing but line breaks stands beside ``element`` in
    its line: a headline set in bold, not a bold phrase within a sentence."""
    for sibling in (element.previous_sibling, element.next_sibling):
        if sibling is None or getattr(sibling, "name", None) == "br":
            continue
        if isinstance(sibling, Tag) or str(sibling).strip():
            return False
    return True


# In the languages of the pages' class names too: "titre-actu", "titulo-noticia",
# "artikel-titel", "news_titel".
_TITLE_CLASS = re.compile(
    r"^(?!.*(?:sub|site|page-?header|widget|card|teaser))"
    r".*(?:headline|(?:news|article|post|entry|story|release|actu\w*|noticia|"
    r"artikel|nachricht|notizia)[-_]?(?:title|titre|titulo|título|titel|titolo)"
    r"|(?:titre|titulo|título|titel|titolo)[-_]?(?:actu\w*|noticia|article|"
    r"artikel|nachricht|notizia|news))",
    re.I,
)


def _names_the_site(heading: Tag, meta: PageMetadata, page_title: str) -> bool:
    """Return True when an <h1> holds the site's name or logo, not a headline.

    Many sites mark their logo up as the page's <h1>. It names the site when
    it links to the home page, when it is the site name the page declares, or
    when it is a part of the page title other than its headline.
    """
    text = element_text(heading)
    links = heading.find_all("a", href=True)
    if links and all(is_home_link(a["href"]) for a in links):
        if sum(len(element_text(a)) for a in links) >= len(text) * 0.8:
            return True
    # The site's name, not a headline that begins with it ("한빛에너지, 가정용
    # 배터리 ..."): a heading much longer than the name says more than it.
    if (
        meta.site_name
        and similar(text, meta.site_name)
        and count_words(text) <= 2 * count_words(meta.site_name) + 1
    ):
        return True
    parts = TITLE_SEPARATORS.split(page_title) if page_title else []
    if len(parts) >= 2:
        headline = _strip_site_suffix(page_title, meta.site_name)
        # A headline that holds a separator of its own ("... Baščaršija –
        # Ilidža - Wikivijesti"): the heading says the title's headline part
        # and more of the title, not a part that names the site.
        if (
            count_words(text) > count_words(headline)
            and _says_the_same(text, headline)
            and _holds_in_order(
                re.findall(r"\w+", page_title.lower()),
                re.findall(r"\w+", text.lower()),
            )
        ):
            return False
        return any(
            similar(text, part) and not similar(part, headline) for part in parts
        )
    return False


def choose_title(soup: BeautifulSoup, meta: PageMetadata, h1: Tag | None) -> str:
    """Return the headline: the text of its element, else the page title's.

    The headline's element may hold more than the headline (a subtitle set
    in the same block): when the page's og:title and its <title> agree on a
    headline and the element's text opens with it word for word, the
    headline is what the two agree on.
    """
    if h1 is not None:
        shown = element_text(h1)
        agreed = _agreed_page_title(soup, meta)
        if agreed and _opens_with(shown, agreed):
            return agreed
        return shown
    page_title = raw_page_title(soup, meta)
    if not page_title:
        return ""
    title = _strip_site_suffix(page_title, meta.site_name)
    # "MEDIA RELEASE: Library opens on Sundays", a mail's subject: the
    # label of a release's kind is no part of its headline.
    labelled = SECTION_LABEL.match(title)
    if labelled and count_words(labelled.group("site")) >= _HEADLINE_WORDS:
        return labelled.group("site")
    return title


def _agreed_page_title(soup: BeautifulSoup, meta: PageMetadata) -> str:
    """Return the headline the og:title and the <title> (less the site's
    name) both state, or "" when they differ or one is missing."""
    if not meta.title or not (soup.title and soup.title.string):
        return ""
    stated = _strip_site_suffix(clean_line(soup.title.string), meta.site_name)
    if normalize_space(stated).lower() != normalize_space(meta.title).lower():
        return ""
    return meta.title


def _opens_with(text: str, headline: str) -> bool:
    """Return True when ``text`` holds ``headline``'s words first, then a
    subtitle of its own: a few words more, not a tail the page titles cut
    ("... for 2025")."""
    words = _TITLE_WORD.findall(headline.lower())
    text_words = _TITLE_WORD.findall(text.lower())
    return (
        len(words) >= _HEADLINE_WORDS
        and len(text_words) >= len(words) + _HEADLINE_WORDS
        and text_words[: len(words)] == words
    )


def _strip_site_suffix(title: str, site_name: str) -> str:
    """Drop a site name and a date joined to the headline ("Headline | Agency")."""
    # "Headline > Agency > News Release": a path back to the site.
    title = headline_of_crumb_title(title) or title
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    undated = [part for part in parts if not is_date_line(part)]
    if undated and len(undated) < len(parts):
        parts = undated
        if len(parts) == 1:
            return parts[0]
    if site_name:
        kept = [p for p in parts if p.strip().lower() != site_name.strip().lower()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    # No site name to compare: the headline is the longest part.
    return max(parts, key=len)


_TITLE_WORD = re.compile(r"\w+")
# Most words of a headline line; how many blocks from the top it may stand.
_FULL_HEADLINE_WORDS = 25
_HEADLINE_BLOCKS = 4


def fuller_headline(blocks: list[str], title: str) -> str:
    """Return a line at the top of the text that holds every word of
    ``title`` and more, as a headline the page's <title> (a mail's subject,
    a shortened title) cut short; else "".

    "NMC to start 24x7 water supply in 12 wards from April 1" over the text
    of a mail whose subject ends "... in 12 wards".
    """
    words = _TITLE_WORD.findall(title.lower())
    if len(words) < _HEADLINE_WORDS:
        return ""
    for block in blocks[:_HEADLINE_BLOCKS]:
        line_words = _TITLE_WORD.findall(block.lower())
        if (
            len(words) < len(line_words) <= _FULL_HEADLINE_WORDS
            and not block.rstrip().endswith((".", "。", "।", ":"))
            and _holds_in_order(line_words, words)
            # the headline run on into a date line ("... Discharges Lyon, 14
            # March 2019", "... Release date: March 3, 2022") is no headline
            and ": " not in block
            and parse_date(block) is None
        ):
            return block
    return ""


def _holds_in_order(line_words: list[str], words: list[str]) -> bool:
    """Return True when ``words`` stand in ``line_words`` one after another."""
    size = len(words)
    return any(
        line_words[i : i + size] == words for i in range(len(line_words) - size + 1)
    )
