"""A saved page's topics, as the visible page lists them: under a "Tags:"
label, as rel="tag" links, as links to tag pages, as linked hashtags, or as
the items of an element whose class names it a tag list.

Read when the page's metadata (page_metadata.py) names none, and before the
chrome is pruned: tag lists often sit in small elements it would drop.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from bs4 import BeautifulSoup, Tag

from ._markup import class_matches, element_text, strings_matching
from ._text import SENTENCE_ENDS, clean_line
from .dates import parse_date

# A visible label introducing the page's topics: "Topic(s):", "Tags:", "Tagged
# with:", "Schlagwörter:", "Mots-clés :", "Etiquetas:", in the languages of the
# pages we read. With a colon it is a label wherever it stands; without one
# (a bare "Topics" also heads a site menu) only as a table's or a definition
# list's property name, or as the heading of a block whose class says it holds
# tags (_TAG_BLOCK).
_TAGS_LABEL = re.compile(
    r"^\s*(?:topics?|topic\(s\)|tags?|tagged(?: with)?|keywords|categories|category|"
    r"subjects?|filed under|labels?|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|"
    r"mots-clés|étiquettes|etiquetas|temas|tagi|trefwoorden|onderwerpen|etiketten|"
    r"etikette|argomenti|parole chiave|palavras-chave|słowa kluczowe|emner|ämnen|"
    r"nøgleord|aiheet|avainsanat|štítky|značky|címkék|žymos|birkas|sildid|teme|"
    r"oznake|oznaki|etiketler|etiketa|etichete|teemad|теги|тэги|метки|теми|"
    r"темы|етикети|ознаке|ετικέτες|θέματα|태그|키워드|タグ|キーワード|关键词|關鍵詞|"
    r"标签|標籤|thẻ|label|lebel|"
    r"tagiau|pynciau|etiketat|topik|tema|emne|temy|tematy|témata)\s*(?P<colon>:?)\s*$",
    re.I,
)
_TAG_BLOCK = re.compile(r"tag|topic|keyword|subject|schlagw|thema|theme", re.I)


def find_listed_tags(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return the topics a page lists under a visible "Topics:"-style label."""
    links: dict[str, Counter] = {}
    for label in strings_matching(soup, _TAGS_LABEL, limit=5):
        holder = label.parent
        if not _TAGS_LABEL.match(str(label)).group("colon") and not (
            holder.name in ("th", "dt")
            or (
                holder.name in ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span")
                and holder.parent is not None
                and _TAG_BLOCK.search(" ".join(holder.parent.get("class") or ()))
            )
        ):
            continue
        # A bare label among its items ("<div>Etiketler: <a>kreş</a>, <a>...")
        # has them as its own siblings: the holder's other children (a date
        # line beside the tags block) are none of them.
        beside = [
            element_text(item)
            for item in label.find_next_siblings(["a", "span"])
            if not item.find(["a", "li", "div", "span"])
        ]
        beside = [n for n in beside if 0 < len(n) <= 60 and not _TAGS_LABEL.match(n)]
        if beside and is_site_navigation(holder, links):
            continue
        if beside:
            return tuple(dict.fromkeys(beside))[:20]
        # The items follow the label: in its next sibling element (a list or a
        # div of items), or as links beside it in the same parent. A label
        # written straight into its block ("<div>Tags: <span><a>...") has
        # their list as its own next element.
        items = label.find_next_sibling() or holder.find_next_sibling()
        # A link is one item, not their list, even with a <span> inside it
        # ("<span>Tags:</span> <a><span>drones</span></a><a>...").
        if (
            items is None
            or items.name == "a"
            or not items.find(["a", "li", "div", "span"])
        ):
            items = None  # the items are links beside the label, not in a list
        scope = items if items is not None else holder.parent
        names = [
            element_text(leaf)
            for leaf in scope.find_all(["a", "li", "div", "span"])
            if not leaf.find(["a", "li", "div", "span"])
        ]
        names = [n for n in names if 0 < len(n) <= 60 and not _TAGS_LABEL.match(n)]
        if names and not is_site_navigation(scope, links):
            return tuple(dict.fromkeys(names))[:20]
    # The label and its items as one line of text: "Tags: Press Release, Summer".
    for line in strings_matching(soup, _INLINE_TAGS_LINE, limit=5):
        items = _INLINE_TAGS_LINE.match(clean_line(str(line))).group("items")
        names = [clean_line(n) for n in re.split(r"[,;]", items)]
        names = [n for n in names if 0 < len(n) <= 60]
        # "Tags: the plan will be tagged on each berth, and ...": a sentence
        # of the text that opens on the word, not a list of names.
        if names and all(_is_tag_name(n) for n in names):
            return tuple(dict.fromkeys(names))[:20]
    return ()


# Most words of one tag written in a line of them.
_TAG_WORDS = 5


def _is_tag_name(name: str) -> bool:
    """Return True when ``name`` is short, as a topic's name is, and no
    clause of a sentence (no sentence's end after a word in lower case)."""
    words = name.split()
    return len(words) <= _TAG_WORDS and not (
        name.endswith(SENTENCE_ENDS) and words[-1][:1].islower()
    )


_INLINE_TAGS_LINE = re.compile(
    r"^\s*(?:tags?|tagged(?: with)?|topics?|keywords|schlagw(?:ö|oe)rter|mots-clés|"
    r"etiquetas)\s*:\s*(?P<items>[^:]{2,200})$",
    re.I,
)
# A link to a tag's page: "/tag/transit", "/tags/history/", "?tag=labor".
_TAG_PATH = re.compile(r"/tags?/[^/?#]+/?(?:$|[?#])|[?&]tags?=[^&]+", re.I)
# Links of one group past this many are a tag cloud, not the page's topics.
_MAX_TAG_LINKS = 15


def find_tag_paths(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return the topics a page links to tag pages, the first group of such links.

    A sidebar's tag cloud links tag pages too; it is skipped by its size and
    by a cloud or widget class on its container.
    """
    groups: dict[int, list[str]] = {}
    tag_links = (
        link
        for link in soup.find_all("a")
        if link.get("href") is not None and _TAG_PATH.search(link["href"])
    )
    for link in islice(tag_links, 200):
        parent = link.parent
        if parent is not None and parent.name == "li":
            parent = parent.parent  # one tag per list item: the list is the group
        if parent is None or any(
            re.search(r"cloud|widget|sidebar", " ".join(p.get("class") or []), re.I)
            for p in (parent, *parent.parents)
            if isinstance(p, Tag)
        ):
            continue
        groups.setdefault(id(parent), []).append(element_text(link))
    for names in groups.values():
        names = [n for n in names if 0 < len(n) <= 60]
        if 0 < len(names) <= _MAX_TAG_LINKS:
            return tuple(dict.fromkeys(names))
    return ()


# A hashtag as a post shows it: "#allotments", "#SonTra", "#dapxe"; a link
# holds a tag of a few words whole ("#wojska lądowe", "#winter timetable").
_HASHTAG = re.compile(r"^#([^\W\d_]\w{0,59}(?: \w{1,30}){0,3})$")


# A link's text opening with "#" and no digit or space, as the page's bytes
# hold it (a letter of any script is a byte above 0x7f here).
_HASHTAG_BYTES = re.compile(rb">\s*#[^\s\d<>#&_\-.]")


def find_hashtags(soup: BeautifulSoup, data: bytes) -> tuple[str, ...]:
    """Return the hashtags a post links, the first group of them, without "#".

    Forums and social posts tag a post with linked hashtags under its text;
    a comment's hashtags come later, in a group of their own.
    """
    if not _HASHTAG_BYTES.search(data):
        return ()  # most pages: no walk over their links
    groups: dict[int, list[str]] = {}
    for link in soup.find_all("a", href=True, limit=400):
        # A hashtag link holds one string; reading every link's whole text
        # would cost more than the rest of this search.
        text = (link.string or "").strip()
        match = _HASHTAG.match(text) if text.startswith("#") else None
        if match:
            groups.setdefault(id(link.parent), []).append(match.group(1))
    for names in groups.values():
        if len(names) <= _MAX_TAG_LINKS:
            return tuple(dict.fromkeys(names))
    return ()


def without_hash_marks(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Return tags shown as hashtags ("#Lebap") as the tags they are ("Lebap").

    A hashtag with no letter ("#1", "#2024") is a number or a rank, never a
    topic ("#MeToo" is one): dropped.
    """
    bare = (
        tag.lstrip("#").strip()
        for tag in tags
        if not tag.startswith("#") or _HAS_LETTER.search(tag)
    )
    return tuple(dict.fromkeys(tag for tag in bare if tag))


_HAS_LETTER = re.compile(r"[^\W\d_]")


def find_tag_links(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return the topics a page links with rel="tag" (WordPress, Blogger themes).

    Category links ("category tag") name the site's sections, not the page's
    topics, beside tag links; a post filed under categories only (a theme's
    meta line "by X | Mar 5, 2024 | Water, Tafea") is tagged by them.
    """
    tags, categories = [], []
    rel_links = (link for link in soup.find_all("a") if link.get("rel") is not None)
    for link in islice(rel_links, 200):
        if "tag" in link["rel"]:
            (categories if "category" in link["rel"] else tags).append(link)
    names = [element_text(link) for link in tags or categories]
    return tuple(
        dict.fromkeys(
            n for n in names if 0 < len(n) <= 60 and n.lower() not in _CMS_DEFAULTS
        )
    )[:20]


# The category a CMS files a post under until someone picks one (WordPress's
# "Uncategorized" in its translations): no topic of the page.
_CMS_DEFAULTS = frozenset(
    (
        "uncategorized",
        "uncategorised",
        "sin categoría",
        "non classé",
        "senza categoria",
        "geen categorie",
        "sem categoria",
        "okategoriserade",
        "ukategoriseret",
        "ukategorisert",
        "bez kategorii",
        "nicht kategorisiert",
    )
)


# One class of an element holding the page's tags: "tags", "news-tags",
# "post-keywords", "article-topics", "tag-list", "entry-categories" (a class
# value is matched one word at a time). Clouds, menus and widgets list a
# site's tags, not a page's. A lone "category" is a section's eyebrow over
# the headline; a block of "categories" lists the page's own.
_TAG_LIST_CLASS = re.compile(
    r"^(?:[\w-]*[_-])?(?:tags?|tag-?list|keywords?|topics?|categories)"
    r"(?:[_-][\w-]*)?$",
    re.I,
)
_NOT_THE_PAGES = re.compile(r"cloud|widget|sidebar|menu|nav|footer-links", re.I)


def find_tag_block(soup: BeautifulSoup) -> tuple[str, ...]:
    """Return the items of the first element whose class names it the page's
    tag list: its links or list items, when there are 1 to 15 short ones.

    For tag lists with no label a reader knows ("الوسوم:", none at all) and
    links that lead nowhere a tag page would ("#").
    """
    links: dict[str, Counter] = {}
    blocks = (
        element
        for element in soup.find_all(True)
        if class_matches(element, _TAG_LIST_CLASS)
    )
    for block in islice(blocks, 20):
        classes = " ".join(block.get("class") or ())
        if _NOT_THE_PAGES.search(classes) or is_site_navigation(block, links):
            continue
        names = [
            element_text(leaf)
            for leaf in block.find_all(["a", "li"])
            if not leaf.find(["a", "li"])
        ] or _chip_names(block)
        names = [
            n
            for n in names
            if 0 < len(n) <= 60 and not n.endswith(":") and not _TAGS_LABEL.match(n)
        ]
        if 0 < len(names) <= _MAX_TAG_LINKS:
            return tuple(dict.fromkeys(names))
    return ()


# A block whose class names a header, a title or a tagline ("topic-header",
# "tag-line") shows the page's kind, date or motto, not its tags; a related
# release's card shows that release's tags.
_NOT_CHIPS_CLASS = re.compile(r"header|heading|title|tag-?line", re.I)
_ANOTHER_RELEASE_CLASS = re.compile(r"related|card|teaser|recommend|more-", re.I)
# A chip's own furniture: separators, counts, tooltips, hidden labels.
_CHIP_FURNITURE_CLASS = re.compile(r"sep|count|tooltip|sr-only|hidden|more", re.I)
# What sits among chips and is none: "+3 more", "12", share and print buttons.
_NOT_A_CHIP = re.compile(
    r"^(?:\+?\d+(?:\s+more)?|(?:show\s+)?(?:\d+\s+)?more|share\b.*|print|e-?mail|"
    r"tweet|copy link|\d+\s+min(?:ute)?s?\s+read)$",
    re.I,
)
# Most words of a chip: more is a sentence ("Click a topic to see more ...").
_CHIP_WORDS = 5


def _chip_names(block: Tag) -> list[str]:
    """Return the tags a block shows as chips or badges that link nowhere:
    its outermost <span>s (an icon or a "#" inside one is part of it), less
    separators, counts, "more" buttons, share words and sentences; none
    when the block is a header, a tagline or another release's card, or
    shows a date among them (a header's "Press release · 4 March 2025")."""
    classes = " ".join(block.get("class") or ())
    if _NOT_CHIPS_CLASS.search(classes) or any(
        _ANOTHER_RELEASE_CLASS.search(" ".join(parent.get("class") or ()))
        for parent in block.parents
        if isinstance(parent, Tag)
    ):
        return []
    if _loose_words(block) > _LOOSE_WORDS:
        return []  # spans inside a sentence ("This release covers <span>...")
    names = []
    for chip in block.find_all("span"):
        if chip.find_parent(["span", "button"]) not in (None, *block.parents):
            continue  # inside a chip or a button of the block
        if _CHIP_FURNITURE_CLASS.search(" ".join(chip.get("class") or ())):
            continue
        name = element_text(chip).lstrip("#").strip()
        if parse_date(name) is not None:
            return []
        if (
            any(char.isalpha() for char in name)
            and not _NOT_A_CHIP.match(name)
            and len(name.split()) <= _CHIP_WORDS
            and not name.endswith(SENTENCE_ENDS)
        ):
            names.append(name)
    return names


# Most words a block of chips holds outside them: a label ("Topics").
_LOOSE_WORDS = 2


def _loose_words(block: Tag) -> int:
    """Return how many words a block holds outside its <span>s."""
    return sum(
        len(re.findall(r"[^\W\d_]+", text))
        for text in block.find_all(string=True)
        if text.find_parent("span") in (None, *block.parents)
    )


# Where a site keeps its navigation: menus, sidebars, widgets, the page's
# header and footer (a post's own header or footer inside an <article> or
# <main> holds the post's tags).
_NAVIGATION_ROLES = ("navigation", "banner", "contentinfo", "complementary", "menubar")
_NAVIGATION_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menus?|menubar|sidebar|side-bar|widgets?|"
    r"cloud|masthead|site-?header|site-?footer|footer-links|breadcrumbs?)(?:$|[\s_-])",
    re.I,
)


def is_site_navigation(block: Tag, cache: dict[str, Counter] | None = None) -> bool:
    """Return True when a block of links is the site's navigation, not the
    page's tags: it stands in a menu, a sidebar, or the page's header or
    footer, or most of its links are also in another part of the page (a
    menu listing the same sections).

    A "Categories" list in a site's sidebar or menu names the site's
    sections; the page's own categories sit with the article, and link
    somewhere the menu does not.

    Args:
        block: the element holding the links.
        cache: kept by the caller across the blocks of one page, so that the
            page's links are counted once.
    """
    # The <body>'s classes describe the layout ("one-sidebar"), not a block.
    chain = [
        block,
        *(p for p in block.parents if p.name not in ("body", "html", "[document]")),
    ]
    in_post = any(
        element.name in ("article", "main")
        or str(element.get("role", "")).lower() in ("article", "main")
        for element in chain
    )
    for element in chain:
        if element.name in ("nav", "menu", "aside") or (
            element.name in ("header", "footer") and not in_post
        ):
            return True
        if str(element.get("role", "")).lower() in _NAVIGATION_ROLES:
            return True
        if _NAVIGATION_CLASS.search(" ".join(element.get("class") or ())):
            return True
    inside = Counter(
        _link_target(link)
        for link in block.find_all("a", href=True)
        if str(link["href"]).strip() not in ("", "#")
    )
    if len(inside) < 2:
        return False
    whole = _page_links(block, cache if cache is not None else {})
    elsewhere = sum(1 for href, n in inside.items() if whole[href] > n)
    return 2 * elsewhere > len(inside)


def _link_target(link: Tag) -> str:
    return str(link["href"]).strip().rstrip("/")


def _page_links(element: Tag, cache: dict[str, Counter]) -> Counter:
    """Return how many links of ``element``'s whole page go to each target,
    counted once per search (``cache``): a page's blocks are checked in turn."""
    if "links" not in cache:
        page = element
        while page.parent is not None:
            page = page.parent
        cache["links"] = Counter(
            _link_target(link) for link in page.find_all("a", href=True)
        )
    return cache["links"]
