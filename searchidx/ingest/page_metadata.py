"""What a saved page says about itself: JSON-LD, Open Graph, <meta>, RDFa, canonical link.

Kept apart from the body extraction in html_pages.py: each field is read from
the first source in its cascade that has it, and nothing here looks at the
visible page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._text import clean_line, split_tags
from .dates import parse_date

if TYPE_CHECKING:  # only annotations here; html_pages.py parses the page
    from bs4 import BeautifulSoup, Tag


class PageMetadata:
    """What a page says about itself in its head (first value of each kind wins)."""

    __slots__ = (
        "title",
        "date",
        "date_text",
        "modified",
        "author",
        "author_organization",
        "author_is_creator",
        "author_is_organization",
        "site_name",
        "site_names",
        "url",
        "tags",
        "is_news_story",
    )

    def __init__(self) -> None:
        self.title = ""
        self.date = None
        # The value the date was read from ("2024-03-09T23:15:00+00:00"): its
        # time and zone tell a UTC evening from the local day the page shows.
        self.date_text = ""
        # Days the page marks as when it was last changed, or as its file's
        # time (a converted document), never its date.
        self.modified: frozenset = frozenset()
        self.author = ""
        # An organisation JSON-LD names as the author, other than the
        # publisher: on a news wire's page, the release's issuer.
        self.author_organization = ""
        # The author is only Dublin Core's creator, which government
        # metadata (AGLS, e-GMS) fills with the organisation responsible.
        self.author_is_creator = False
        # The author is one JSON-LD types as an organisation: no person.
        self.author_is_organization = False
        self.site_name = ""
        # Every name the metadata gives the site (its JSON-LD publisher,
        # a publishing organisation, og:site_name): a page may declare a
        # department as its publisher and a portal as its site.
        self.site_names: tuple[str, ...] = ()
        self.url = ""
        self.tags: tuple[str, ...] = ()
        # JSON-LD types the page a news story (NewsArticle), as a news
        # site's pages are and a government portal's releases are not.
        self.is_news_story = False


_META_TITLE = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "citation_title",
)
_META_DATE = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "release_date",
    "originalpublicationdate",
)
# Generators of pages converted from a document, and the keys they date the
# file by.
_CONVERTER = re.compile(
    r"pdftohtml|pdf2htmlex|libreoffice|openoffice|microsoft\s+word|"
    r"\bwriter\b|aspose|acrobat|pages\b|docx2html|pandoc",
    re.I,
)
_FILE_DATES = ("date", "dc.date", "dcterms.created", "dcterms.date")
_META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "dcterms.modified",
    "revised",
)
_META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
)
_META_SITE = ("og:site_name", "application-name", "dc.publisher", "publisher")
_PUBLISHER_KEY = re.compile(
    r"(?:^|[:._-])(?:publishing[-_])?(?:organi[sz]ation|publisher)$", re.I
)
_URL_VALUE = re.compile(r"^(?:https?:)?//", re.I)
_META_TAGS = ("article:tag", "news_keywords", "keywords", "dc.subject", "parsely-tags")


def read_page_metadata(soup: BeautifulSoup) -> PageMetadata:
    """Return the page's own metadata; JSON-LD wins over <meta> tags field by field."""
    meta = PageMetadata()
    _read_json_ld(soup, meta)
    values: dict[str, list[str]] = {}
    # <meta> plus RDFa/microdata elements carrying a content attribute
    # (e.g. <span property="dc:date" content="2018-04-02T00:00:00-04:00">).
    # A walk, not find_all(attrs={"content": True}): bs4 runs an attribute
    # matcher on every element of the page for that.
    for element in _with_content(soup):
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or ""
        )
        key = re.sub(r"^(dc|dcterms):", r"\1.", str(key).strip().lower())
        content = element.get("content")
        if key and content and content.strip():
            values.setdefault(key, []).append(clean_line(content))

    def first(keys: tuple[str, ...]) -> str:
        return next((values[k][0] for k in keys if k in values), "")

    def first_of(key: str) -> str:
        return values[key][0] if key in values else ""

    meta.title = meta.title or first(_META_TITLE)
    # A page a converter made from a document (pdftohtml, a word processor's
    # "save as HTML") dates itself by the file: the day it was written or
    # converted, not the day it was published, which its text shows.
    file_dates = _FILE_DATES if _CONVERTER.search(first(("generator",))) else ()
    if meta.date is None:
        meta.date, meta.date_text = next(
            (
                (d, v)
                for k in _META_DATE
                if k not in file_dates
                for v in values.get(k, [])
                if (d := parse_date(v))
            ),
            (None, ""),
        )
    meta.modified |= {
        d
        for k in (*_META_MODIFIED, *file_dates)
        for v in values.get(k, [])
        if (d := parse_date(v))
    }
    # A converted document's author is its file's (the account that wrote
    # or printed it: "Nimali", "office"), no byline.
    author = "" if file_dates else first(_META_AUTHOR)
    if not meta.author and author and not author.startswith("http"):
        meta.author = author
        meta.author_is_creator = all(k not in values for k in _META_AUTHOR[:2])
    # The organisation that publishes the page outranks the website's name, as
    # JSON-LD's publisher does: a department's release on a shared government
    # site ("govuk:primary-publishing-organisation") is the department's.
    # Facebook's "article:publisher" is the publisher's page there, a url:
    # no name, and no host of the site's own.
    publisher = next(
        (
            values[k][0]
            for k in values
            if _PUBLISHER_KEY.search(k) and not _URL_VALUE.match(values[k][0])
        ),
        "",
    )
    meta.site_names = tuple(
        dict.fromkeys(
            n for n in (meta.site_name, publisher, *map(first_of, _META_SITE)) if n
        )
    )
    meta.site_name = meta.site_name or publisher or first(_META_SITE)
    if not meta.tags:
        for key in _META_TAGS:
            if key in values:
                if key == "article:tag":
                    meta.tags = split_tags(values[key], split=False)
                else:
                    meta.tags = split_tags(values[key][:1])
                break
    canonical = soup.find("link", rel="canonical", href=True)
    meta.url = (
        meta.url
        or (canonical["href"].strip() if canonical else "")
        or first(("og:url",))
    )
    return meta


_JSON_LD_TYPE = re.compile(r"ld\+json", re.I)


def _with_content(soup: BeautifulSoup) -> Iterator[Tag]:
    """Yield the elements that have a ``content`` attribute, in page order."""
    from bs4 import Tag  # loaded already: the soup is bs4's

    for node in soup.descendants:
        if isinstance(node, Tag) and node.attrs.get("content") is not None:
            yield node


def _read_json_ld(soup: BeautifulSoup, meta: PageMetadata) -> None:
    for script in soup.find_all("script"):
        if not _JSON_LD_TYPE.search(str(script.get("type") or "")):
            continue
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError, RecursionError):
            # Broken JSON-LD is common (and one nested too deep for json is
            # no metadata): the rest of the cascade still applies.
            continue
        for item in _json_ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(
                isinstance(k, str) and k.endswith(("Article", "Release", "Posting"))
                for k in kinds
            ):
                continue
            meta.is_news_story = meta.is_news_story or any(
                isinstance(k, str) and k.endswith("NewsArticle") for k in kinds
            )
            meta.title = meta.title or clean_line(
                str(item.get("headline") or item.get("name") or "")
            )
            if meta.date is None:
                meta.date_text = str(
                    item.get("datePublished") or item.get("dateCreated") or ""
                )
                meta.date = parse_date(meta.date_text)
            if modified := parse_date(str(item.get("dateModified") or "")):
                meta.modified |= {modified}
            author = item.get("author")
            if _all_organisations(author):
                # Organisations issuing a release together: the first issued
                # it, as a list of people are its authors.
                author = author[0]
            if not meta.author:
                meta.author = _json_ld_name(author)
                meta.author_is_organization = (
                    bool(meta.author)
                    and isinstance(author, dict)
                    and author.get("@type") == "Organization"
                )
            meta.site_name = meta.site_name or _json_ld_name(item.get("publisher"))
            if isinstance(author, dict) and author.get("@type") == "Organization":
                name = _json_ld_name(author)
                if name and name != _json_ld_name(item.get("publisher")):
                    meta.author_organization = meta.author_organization or name
            url = item.get("url") or item.get("mainEntityOfPage")
            if isinstance(url, dict):
                url = url.get("@id") or url.get("url")
            if isinstance(url, str) and url.startswith("http"):
                meta.url = meta.url or url.strip()
            keywords = item.get("keywords")
            if isinstance(keywords, (str, list)) and not meta.tags:
                meta.tags = split_tags([keywords], split=isinstance(keywords, str))


def _json_ld_items(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])


def _all_organisations(value: object) -> bool:
    """Return True for a JSON-LD list of organisations only."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, dict) and v.get("@type") == "Organization" for v in value)
    )


def _json_ld_name(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(n for n in (_json_ld_name(v) for v in value) if n)
    if isinstance(value, dict):
        value = value.get("name", "")
    return clean_line(str(value)) if isinstance(value, str) else ""


# The organisation a Word document names in its properties, which "Save as
# Web Page" keeps in a comment of the page's head: a release written in Word
# and posted as is names its publisher nowhere else.
_OFFICE_COMPANY = re.compile(rb"<o:Company>([^<]{2,120})</o:Company>")


def office_company(data: bytes, encoding: str | None) -> str:
    """Return the Company property of a page saved from Microsoft Office, or ""."""
    found = _OFFICE_COMPANY.search(data[:20000])
    if found is None:
        return ""
    return clean_line(found.group(1).decode(encoding or "utf-8", "replace"))
