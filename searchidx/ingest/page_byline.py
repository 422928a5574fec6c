"""A saved page's byline, when its metadata names no author: an element
marked as the author's, a line under the headline ("By Jane Roe", a name
beside a date), an author row of a facts table, or the text's first lines.

Read before the chrome is pruned, since bylines sit in small elements it
would drop; the block that shows the byline is then dropped from the body.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._markup import element_text, has_block_children, holds
from ._text import clean_line, count_words
from .byline_text import BYLINE_PREFIX
from .date_choice import is_published_line
from .dates import is_date_line, parse_date
from .mail_headers import is_mail_header, is_quoted_mail_header

_BYLINE_CLASS = re.compile(r"byline|author|autor", re.I)
_HEADLINE_TAGS = ("h1", "h2")


def find_byline_element(soup: BeautifulSoup) -> str:
    """Return the name an element marked as the byline or author shows."""
    # One walk over the page, not bs4 attribute searches: those run a matcher
    # per element, and most pages have no byline element to stop them early.
    marked: list[Tag] = []
    by_itemprop = by_rel = None
    for element in soup.descendants:
        if type(element) is not Tag:
            continue
        attrs = element.attrs
        classes = attrs.get("class")
        if classes and len(marked) < 5:
            joined = classes if isinstance(classes, str) else " ".join(classes)
            if _BYLINE_CLASS.search(joined):
                marked.append(element)
        if by_itemprop is None and attrs.get("itemprop") == "author":
            by_itemprop = element
        if by_rel is None and "author" in (attrs.get("rel") or ()):
            by_rel = element
    for element in marked:
        # A byline block that holds the author's own element ("documentByLine"
        # around "documentAuthor", dates and labels): the inner one names only him.
        if any(other is not element and holds(element, other) for other in marked):
            continue
        # A page header named for its byline ("ccm-block-page-title-byline")
        # holds the headline too: its name, if any, is in a line of its own,
        # told by its structure (a link to the author's page).
        if element.find(_HEADLINE_TAGS) is not None:
            name = _author_page_link(element)
            if name:
                return name
            continue
        # A block styled as a byline that lists the page's tags ("Tags:
        # <a rel=tag>drones</a>..."), as Plone marks both: topics, no name.
        if element.find("a", rel="tag") is not None:
            continue
        text = element_text(element)
        # A date marked up as the author's element holds no name; a line
        # with both ("Dana Whitcomb, Communications · September 6, 2022") does.
        if 0 < count_words(text) <= 14 and not is_date_line(text, with_parts=False):
            return text if _SENDER_LABEL.match(text) else BYLINE_PREFIX.sub("", text)
    named = by_itemprop or by_rel
    return element_text(named) if named is not None else ""


# A byline block labelled with whom the release is from ("From: Fisheries
# and Oceans Canada", "De : Pêches et Océans Canada", "Von: Bundesamt für
# ..."), as government sites name the department that issues it: the
# issuer, no author. Not an e-mail's "From:" with its address.
_SENDER_LABEL = re.compile(
    r"^(?:from|de|von|van|da|från|fra|od|z)\s*:\s*(?P<name>[^\W\d_][^@<>\d]{1,80})$",
    re.I,
)


def sender_in_byline(byline: str) -> str:
    """Return the organisation a "From: ..." byline names as the release's
    sender, or "" for any other byline and for a person's name ("From:
    Jane Roe", "Von: Jane Roe, Harbour Council")."""
    match = _SENDER_LABEL.match(byline)
    if match is None:
        return ""
    name = match.group("name").strip(" ,")
    return name if _is_organisation(name) else ""


def name_after_label(byline: str) -> str:
    """Return ``byline`` without its "From:" label: the person it names."""
    match = _SENDER_LABEL.match(byline)
    return match.group("name").strip(" ,") if match else byline


# Words that make a name an organisation's, in the languages of "From:"
# ("Department", "Ministerium", "Gemeente", "Agence"), matched at a word's
# start so that compounds count ("Bundesamt", "Landesministerium" by "amt"
# at a word's end below).
_ORGANISATION_WORD = re.compile(
    r"(?i)\b(?:department|minist|office|agenc|council|compan|corporat|bureau|"
    r"service|authorit|commission|board|administra|institut|universit|police|"
    r"government|gouvernement|regierung|city|county|province|municipal|"
    r"association|foundation|federation|union|committee|cent(?:er|re)|"
    r"secretar|embass|behörde|verwaltung|gemeente|stadt|kommun|landkreis|"
    r"direction|direcci|prefect|préfect|division|command|court|parliament)"
    r"|\b(?:dept|state|inc|ltd|llc|gmbh|ag|plc|bv|nv|sa|group|team|unit)\b"
    r"|amt\b"
)
# A person's name: two or three capitalised words ("Jane Roe", "Anna van
# Dijk" with its particle).
_PERSON_NAME = re.compile(
    r"^[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+(?:van|von|de|der|den|da|di|le|la|du))*"
    r"(?:\s+[A-ZÀ-Þ]\.?)?\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+)?$"
)


def _is_organisation(name: str) -> bool:
    """Return True when ``name`` reads as an organisation's: it holds a word
    such as "Department" or "Council" and opens on no person's name
    ("Jane Roe, Harbour Council" is Jane Roe of the council)."""
    first = name.split(",")[0].strip()
    return bool(_ORGANISATION_WORD.search(first)) or not _PERSON_NAME.match(first)


def byline_without_publisher(
    byline: str, publisher: str, *, is_declared: bool = False
) -> str:
    """Return ``byline`` without its publisher: a site credited in a byline
    line ("By U.S. Coast Guard District 13" on that command's own site) is
    no author, and its office after a name ("Senior Airman Kayla Brooks,
    142nd Wing Public Affairs") is no part of the name.

    Args:
        is_declared: the byline is the author the page's metadata declares:
            an organisation declared as its own author stays the author.
    """
    key = publisher.casefold().strip()
    if not key or not byline:
        return byline
    if byline.casefold().strip() == key:
        return byline if is_declared else ""
    name, comma, office = byline.rpartition(", ")
    if comma and name.strip() and key in office.casefold():
        return name.strip()
    return byline


# A link to an author's own page: "/author/jane-roe", "/autor/ana-ruiz/",
# "/staff/j-roe", "?author=12".
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:es|in)?|auteurs?|autori?|writers?|journalists?|"
    r"reporters?|contributors?|columnists?|staff|people|team)/[^/?#]+/?(?:$|[?#])"
    r"|[?&]author=",
    re.I,
)
_AUTHOR_LINK_WORDS = 5


def _author_page_link(block: Tag) -> str:
    """Return the name a link to an author's page in ``block`` shows, or ""
    when it shows none (a sentence, a date, a desk)."""
    for link in block.find_all("a", href=_AUTHOR_PAGE, limit=5):
        name = BYLINE_PREFIX.sub("", element_text(link)).strip(" ,")
        if (
            1 <= count_words(name) <= _AUTHOR_LINK_WORDS
            and not any(c.isdigit() for c in name)
            and not name.endswith((".", "!", "?", ":"))
            and not _NOT_A_NAME.search(name)
        ):
            return name
    return ""


def take_byline(paragraphs: list[str]) -> tuple[str, list[str]]:
    """Return the byline a line among the first three gives, and the rest."""
    for index, paragraph in enumerate(paragraphs[:3]):
        name = _byline_in_line(paragraph)
        if name and not is_quoted_mail_header(paragraph, paragraphs[:index]):
            return name, paragraphs[:index] + paragraphs[index + 1 :]
    return "", paragraphs


# The author's row of a page's facts table, in the languages the reader knows
# ("Author", "Penulis", "Autor", "Yazar", "Tác giả", "Автор", "作者", "작성자").
_AUTHOR_KEY = re.compile(
    r"^\s*(?:authors?|written by|by|autor(?:in|es|a)?|auteure?|autore|penulis|"
    r"pengarang|yazar|tác giả|szerző|автор|аўтар|συντάκτης|συγγραφέας|"
    r"作者|著者|執筆者|작성자|저자|kirjoittaja|författare|forfatter|forfattar|"
    r"skribent|auteur|schrijver|avtor|writer)\s*:?\s*$",
    re.I,
)


def byline_in_facts(soup: BeautifulSoup, data: bytes) -> str:
    """Return the author a facts table names in its author row (a Notion
    page's properties, a report's cover table): "<th>Penulis</th><td>Rina
    Kusuma</td>", "<dt>Author</dt><dd>..."."""
    if b"<th" not in data and b"<dt" not in data:
        return ""  # most pages: no table of facts to walk
    for key in soup.find_all(["th", "dt"], limit=40):
        if not _AUTHOR_KEY.match(element_text(key)):
            continue
        value = key.find_next_sibling(["td", "dd"])
        text = element_text(value) if value is not None else ""
        if 0 < count_words(text) <= 6:
            return text
    return ""


def byline_under(h1: Tag | None) -> str:
    """Return a byline given in the lines just under the headline: its
    next siblings, or the first short line within them (a forum post's meta
    line sits in the post, beside its text)."""
    if h1 is None:
        return ""
    for sibling in h1.find_next_siblings(limit=3):
        text = element_text(sibling)
        if text and count_words(text) <= 20:
            name = _byline_in_line(text)
            if name:
                return name
    for element in h1.find_all_next(_BYLINE_LINE_TAGS, limit=6):
        # Containers first: their text is a whole section, never one line.
        if has_block_children(element):
            continue
        # A cheap look before the cleaned text: a header line is short, and
        # has a date's digits or a "By".
        raw = element.get_text(" ")
        if len(raw.split()) > 20 or not (
            re.search(r"\d", raw) or BYLINE_PREFIX.match(raw.strip())
        ):
            continue
        text = element_text(element)
        if text and count_words(text) <= 20:
            name = _byline_in_line(text)
            if name and not _is_quoted_mail(element, text, h1):
                return name
    return ""


def _is_quoted_mail(element: Tag, text: str, h1: Tag) -> bool:
    """Return True when ``text``, the line of ``element``, is the header of
    a letter quoted below the release's own sentences under ``h1``: its
    sender is the letter's, not the release's author."""
    if not is_mail_header(text):
        return False
    above = []
    for string in element.find_all_previous(string=True):
        if h1 in string.parents:
            break
        above.append(clean_line(str(string)))
    return is_quoted_mail_header(text, above)


_BYLINE_LINE_TAGS = ["div", "p", "span", "header", "footer", "li"]
_META_SEPARATOR = re.compile(r"\s+[-|·•–—]\s+|\s*[·•｜]\s*")
# A person's name as a date line shows it without "By": capitalised words
# with the particles of family names ("Annelie du Toit", "Nguyễn Minh Tuấn"),
# or a forum handle ("plotholder_jen").
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_NAME_PARTICLES = {"de", "du", "da", "di", "van", "von", "der", "den", "la", "le"}
_HANDLE = re.compile(r"^[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+$", re.I)


# Words of a date line's other parts that name a kind of page or a desk, not
# a person: "News Release | March 5, 2024", "5 March 2024 · Press Office".
_NOT_A_NAME = re.compile(
    r"\b(?:news|release|press|media|statement|advisory|notice|announcement|"
    r"update|office|department|ministry|agency|communications|team|staff|desk|"
    r"editor|editorial|category|section|blog|article|story|redaktion|rédaction|"
    r"redacción|redazione|prensa|presse|nachrichten|noticias|actualités|"
    r"pressemitteilung|comunicado|communiqué|comunicato|persbericht)\b",
    re.I,
)


def _is_name(part: str) -> bool:
    words = part.split()
    if _NOT_A_NAME.search(part):
        return False
    if len(words) == 1:
        return bool(_HANDLE.match(words[0]))
    return 2 <= len(words) <= 4 and all(
        _NAME_WORD.match(w) and (w[0].isupper() or w in _NAME_PARTICLES) for w in words
    )


def _byline_in_line(line: str) -> str:
    """Return the name a header line gives: "By Jane Roe", or beside a date
    ("Le 22 décembre 2023 à 18h12 - Par Julien Marchand", "Posted on 5th
    March 2024 · Siobhán Keane", "jen_k · 3 days ago · Mar 12, 2024")."""
    if BYLINE_PREFIX.match(line) and count_words(line) <= 14:
        return BYLINE_PREFIX.sub("", line).rstrip(" ,")
    parts = [p for p in _META_SEPARATOR.split(line) if p.strip()]
    if len(parts) < 2 or count_words(line) > 20:
        return ""
    names = [p for p in parts if BYLINE_PREFIX.match(p) and count_words(p) <= 6]
    others = [p for p in parts if p not in names]
    if len(names) == 1 and all(parse_date(p) or count_words(p) <= 3 for p in others):
        return BYLINE_PREFIX.sub("", names[0]).rstrip(" ,")
    # Without "By": the one part that is a name, beside parts that are all
    # dates or times ("3 days ago"), one of them a full date.
    names = [p for p in parts if not re.search(r"\d", p)]
    if (
        len(names) == 1
        and _is_name(names[0].strip())
        and any(parse_date(p) for p in parts)
        and all(count_words(p) <= 6 for p in parts)
    ):
        return names[0].strip()
    return ""


def drop_byline_block(paragraphs: list[str], byline: str) -> list[str]:
    """Drop the block that shows the byline we already took from the page."""
    for index, paragraph in enumerate(paragraphs[:3]):
        words = count_words(paragraph)
        is_byline_line = bool(BYLINE_PREFIX.match(paragraph)) and words <= 20
        if byline in paragraph and (is_byline_line or words <= count_words(byline) + 4):
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


# What parts a date line from the name beside it ("Joan Pèire Roca ·
# Publicat lo 16/05/2024"), as dates.py parts it.
_LINE_PARTS = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•｜]\s*")
# Lower-case words a person's name may hold ("Ana de la Fuente", "Jan van Dijk").
_NAME_PARTICLES = {
    "de",
    "del",
    "della",
    "der",
    "den",
    "la",
    "le",
    "van",
    "von",
    "da",
    "dos",
    "du",
    "bin",
    "al",
}
_NAME_WORDS = 5


def byline_in_date_line(line: str) -> str:
    """Return the person's name a date line gives beside its date ("Joan
    Pèire Roca · Publicat lo 16/05/2024 a 9 h 12", "By Tom Pryce •
    Published ..."), else "".

    A part of the line with no digit, of two to five words, each capitalised
    or a name's particle, after "By" or on a line labelled as the day of
    publication (a dateline's place and a lead's first words are neither).
    """
    parts = _LINE_PARTS.split(line)
    if len(parts) < 2:
        return ""
    labelled = is_published_line(line)
    for part in parts:
        name = BYLINE_PREFIX.sub("", part.strip()).strip()
        words = name.split()
        if (
            (labelled or name != part.strip())
            and 2 <= len(words) <= _NAME_WORDS
            and not any(c.isdigit() for c in name)
            and words[0][:1].isupper()
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
        ):
            return name
    return ""
