"""A saved page's chrome: the menus, banners, share bars and footers around
the release, removed before the release's text is looked for.

Known by tag, ARIA role or the words of a class or id, never by site. What
is removed is returned as text, so the second reading (second_reading.py)
does not take it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, Comment, PageElement, Tag

from ._markup import SENTENCE
from ._text import count_words, host_of
from .dates import is_date_line

# Tags that never hold release text.
_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "footer",
    "object",
    "embed",
    "canvas",
    "map",
    "dialog",
    "menu",
    "figcaption",
    "amp-ad",
    "amp-sidebar",
]
_DROP_ROLES = {
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
}
# Words in class/id values that mark chrome. Matched as whole words of the value
# ("related-news", "share_buttons", "breadcrumb") so "shared-content" is kept.
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|footer|sidebar|"
    r"side-?bar|related|share|sharing|social|cookies?|consent|gdpr|banner|"
    r"newsletter|subscribe|subscription|signup|paywall|regwall|promo|advert|ads?|"
    r"advertisement|"
    r"captions?|instagram|tiktok|"
    # a post from another site shown in the text (its quote box and the
    # wrapper an editor's "embed" block puts around it and its frame)
    r"embeds?|embedded|"
    r"sponsor|comments?|repl(?:y|ies)|notes?|admonition|skip|skiplink|pager|pagination|teasers?|"
    r"more-?news|latest-?news|popular|trending|toolbar|masthead|site-?header|"
    r"utility|print|tweet|modal|popup|disclaimer|licen[cs]e|back-?to-?top)(?:$|[\s_-])",
    re.I,
)
# A pull quote's box ("pullquote", "pull-quote", WordPress's
# "wp-block-pullquote"): a line lifted beside the text to draw the eye, chrome
# only when the text holds its words too. A box whose quote the text never
# gives is the release's only copy of it (the chief executive's one quote) and
# stays, since losing it loses what the person said.
_PULL_QUOTE_WORD = re.compile(r"(?:^|[\s_-])pull[-_]?quotes?(?:$|[\s_-])", re.I)
# Fewest words of a quote told by its copy in the text: "Read more" says nothing.
_PULL_QUOTE_WORDS = 6
# "widget" names sidebar boxes and like buttons, but page builders (Elementor)
# call every component a widget, paragraphs of the story included: chrome only
# when it holds no sentence of prose.
_WIDGET_WORD = re.compile(r"(?:^|[\s_-])widgets?(?:$|[\s_-])", re.I)
_PROSE_WORDS = 8


def _is_chrome(
    element: Tag, page_length: int = 0, page_words: Callable[[], str] | None = None
) -> bool:
    if element.name in _DROP_TAGS:
        return True
    attrs = element.attrs or {}
    if str(attrs.get("role", "")).lower() in _DROP_ROLES:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true" or "hidden" in attrs:
        return True
    words = " ".join([" ".join(attrs.get("class") or []), str(attrs.get("id") or "")])
    if not words.strip():
        return False
    if _CHROME_WORDS.search(words):
        # A chrome word in the name of what holds most of the page's prose
        # names its purpose, not chrome ("print-content" on a print view,
        # "share-wrapper" around a whole article): kept.
        return not _holds_most_prose(element, page_length)
    if _WIDGET_WORD.search(words):
        text = element.get_text(" ", strip=True)
        return count_words(text) < _PROSE_WORDS or not SENTENCE.search(text)
    if page_words is not None and _PULL_QUOTE_WORD.search(words):
        return _repeats_the_text(element, page_words())
    return False


def _is_embedded_post(quote: Tag) -> bool:
    """Return True for a quote box that is a post from another site: the
    text its embed shows until its script runs closes on the post's date,
    linked to the post ("Posted by <a>...</a> on <a>4 December 2026</a>",
    "— Name (@name) <a>March 5, 2024</a>"), and something else tells the
    embed (``_has_embed_signal``). A quote in the text closes on its words
    or its speaker's name; a statement quoted from the site's own archive
    may close on its linked date, and is text."""
    last = next(
        (text for text in reversed(quote.find_all(string=True)) if text.strip()), None
    )
    if last is None or last.parent is None or last.parent.name not in ("a", "time"):
        return False
    if not is_date_line(str(last), with_parts=False):
        return False
    return _has_embed_signal(quote)


# What a post's fallback text says of its author and platform: an @handle,
# "Posted by", a shared picture's short link.
_EMBED_WORDS = re.compile(r"(?:^|[\s(])@\w{2,}|\bposted by\b|\bpic\.\w+\.\w+/", re.I)
# A class or id naming an embed ("wp-block-embed", "embedded-post").
_EMBED_CLASS = re.compile(r"embed", re.I)


def _has_embed_signal(quote: Tag) -> bool:
    """Return True when a quote box closing on a linked date shows more of an
    embed: a link or cite to another host than the page's, an @handle or
    "Posted by", an embed's class on it or its holder, a script after it."""
    if _EMBED_WORDS.search(quote.get_text(" ")):
        return True
    for holder in (quote, quote.parent):
        if isinstance(holder, Tag):
            words = " ".join(
                [*(holder.get("class") or []), str(holder.get("id") or "")]
            )
            if _EMBED_CLASS.search(words):
                return True
    after = quote.find_next_sibling()
    if after is not None and after.name == "script":
        return True
    # Another site only where the page names its own address: without it any
    # absolute link, the site's own included, would read as another's.
    page_host = _page_host(quote)
    if not page_host:
        return False
    targets = [str(quote.get("cite") or "")]
    targets += [str(link.get("href") or "") for link in quote.find_all("a")]
    for target in targets:
        host = host_of(target) if target.startswith(("http://", "https://")) else ""
        if host and not _same_site(host, page_host):
            return True
    return False


def _same_site(host: str, other: str) -> bool:
    """Return True when two hosts are one site's: the same, or one under the
    other ("archive.harbour.example" and "harbour.example")."""
    return host == other or host.endswith("." + other) or other.endswith("." + host)


def _page_host(element: Tag) -> str:
    """Return the host of the page's canonical or Open Graph address, or ""."""
    root = element
    while root.parent is not None:
        root = root.parent
    canonical = root.find("link", rel="canonical", href=True)
    if canonical is not None:
        return host_of(str(canonical["href"]))
    og_url = root.find("meta", property="og:url", content=True)
    return host_of(str(og_url["content"])) if og_url is not None else ""


def _in_cite(text: PageElement, box: Tag) -> bool:
    """Return True when ``text`` stands in a <cite> or <footer> inside ``box``."""
    parent = text.parent
    while parent is not None and parent is not box:
        if parent.name in ("cite", "footer"):
            return True
        parent = parent.parent
    return False


def _word_key(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _repeats_the_text(box: Tag, page_words: str) -> bool:
    """Return True when a pull quote's words stand elsewhere on the page too.

    The quote is the box's text without its <cite> (the person's name the box
    adds); the page's words hold the box's own copy once, so a copy in the
    text makes two.
    """
    quote = " ".join(
        text for text in box.find_all(string=True) if not _in_cite(text, box)
    )
    key = _word_key(quote)
    if key.count(" ") - 1 < _PULL_QUOTE_WORDS:
        return False
    return page_words.count(key) >= 2


def _holds_most_prose(element: Tag, page_length: int) -> bool:
    """Return True when ``element`` holds most of the page's text, in sentences."""
    if not page_length:
        return False
    text = element.get_text(" ", strip=True)
    return len(text) >= 0.5 * page_length and len(SENTENCE.findall(text)) >= 3


def prune_chrome(
    soup: BeautifulSoup,
    *,
    keep: Tag | None,
    post_lines: list[str] | None = None,
    embedded_posts: list[str] | None = None,
) -> str:
    """Remove site chrome in place, never an element holding the headline.

    Args:
        post_lines: when given, receives the lines of the <header>s and
            <footer>s removed from inside an <article>: a post's own meta
            (its date, its notes), not the site's.
        embedded_posts: when given, receives the text of each post the page
            embeds from a social platform (``_is_embedded_post``), left in
            place for the date it shows; removed otherwise.

    Returns:
        the text removed, so that a second reading keeping it can be told.
    """
    removed = []
    # A walk, not find_all(string=...): bs4 runs a string matcher on every
    # node of the page for that.
    for comment in [node for node in soup.descendants if isinstance(node, Comment)]:
        comment.extract()
    protected = set()
    if keep is not None:
        protected = {id(keep), *(id(parent) for parent in keep.parents)}
    page_text = (soup.body or soup).get_text(" ", strip=True)
    page_length = len(page_text)
    words: list[str] = []

    def page_words() -> str:
        # Only a page with a pull quote's box pays for its words.
        if not words:
            words.append(_word_key(page_text))
        return words[0]

    for element in soup.find_all(True):
        if _is_gone(element) or element.name in ("html", "body", "main", "article"):
            continue
        if id(element) in protected:
            continue
        if element.name == "header" and element.find("h1") is None:
            removed.append(element.get_text(" "))
            element.decompose()
        elif element.name == "form" and _holds_the_page(element, soup):
            continue  # ASP.NET WebForms pages put the whole page in one <form>
        elif element.name == "sup" and _is_note_mark(element):
            element.decompose()
        elif (
            element.name == "blockquote"
            and _is_embedded_post(element)
            and not _holds_most_prose(element, page_length)
        ):
            removed.append(element.get_text(" "))
            if embedded_posts is None:
                element.decompose()
            else:
                embedded_posts.append(" ".join(element.get_text(" ").split()))
        elif _is_chrome(element, page_length, page_words):
            if element.name not in _SILENT_TAGS:
                removed.append(element.get_text(" "))
            if (
                post_lines is not None
                and element.name == "footer"
                and element.find_parent("article") is not None
            ):
                post_lines.extend(element.stripped_strings)
            element.decompose()
    return " ".join(removed)


# Chrome tags that hold no page text a reader could show.
_SILENT_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object"}


# A note's mark in the text: "1", "[2]", "*", "†". Left in, it sits after the
# sentence's full stop, and the paragraph no longer ends like a sentence.
_NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|\*{1,3}|[†‡§])\]?$")


def _is_note_mark(sup: Tag) -> bool:
    """Return True for a superscript that links to a note below the text."""
    link = sup.find("a", href=True)
    return (
        link is not None
        and str(link["href"]).startswith("#")
        and _NOTE_MARK.match(sup.get_text(strip=True)) is not None
    )


def _is_gone(element: Tag) -> bool:
    """Return True when ``element`` was removed with an ancestor.

    Not bs4's ``decomposed``: it reads an attribute that a kept element lacks,
    and a Tag answers a missing attribute by searching its whole subtree for a
    child tag of that name, once per element of the page.
    """
    return "_decomposed" in element.__dict__


def _holds_the_page(form: Tag, soup: BeautifulSoup) -> bool:
    """Return True when a <form> wraps most of the page's text, not a search box."""
    body = soup.body or soup
    return len(form.get_text()) >= 0.5 * len(body.get_text())
