"""What the readers of a saved page share: an element's text as a browser
shows it, word overlap, block structure and the page's description."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from itertools import islice

from bs4 import BeautifulSoup, CData, NavigableString, PageElement, Tag

from ._text import clean_line

# Strings of an element are joined with a mark first, so that a mark before
# punctuation ("<a>settlement</a>, Apple") can be joined tight, as a browser
# shows it, and every other mark becomes a space.
_JOIN = "\ue000"
_JOIN_TIGHT = re.compile(
    f"\\s*{_JOIN}\\s*(?=[,.;:!?)\\]%’]|['’]s\\b)|(?<=[(\\[]){_JOIN}\\s*"
)


def element_text(element: Tag) -> str:
    """Return the text of ``element`` on one line, as a browser shows it."""
    text = element.get_text(_JOIN)
    if _JOIN in text:
        text = _JOIN_TIGHT.sub("", text).replace(_JOIN, " ")
    return clean_line(text)


def tags_named(
    root: Tag, names: Collection[str], limit: int | None = None
) -> list[Tag]:
    """Return the elements under ``root`` named one of ``names``, in page order.

    What ``root.find_all(list(names), limit=limit)`` returns, by a plain walk:
    bs4 matches a list of names, or any name with a limit, through a matcher
    object it builds and runs for every element of the page, which cost
    several times the walk on every page read.
    """
    found = (node for node in root.descendants if isinstance(node, Tag))
    named: Iterator[Tag] = (node for node in found if node.name in names)
    return list(named if limit is None else islice(named, limit))


def strings_matching(
    root: Tag, pattern: re.Pattern[str], limit: int | None = None
) -> list[NavigableString]:
    """Return the strings under ``root`` that ``pattern`` finds a match in, in page order.

    What ``root.find_all(string=pattern, limit=limit)`` returns (comments and
    other special strings included), by a plain walk (see :func:`tags_named`).
    """
    found = (
        node
        for node in root.descendants
        if isinstance(node, NavigableString) and pattern.search(node)
    )
    return list(found if limit is None else islice(found, limit))


def class_matches(element: Tag, pattern: re.Pattern[str]) -> bool:
    """Return True when ``pattern`` finds a match in a class of ``element``,
    or in all its classes joined by spaces, as ``find_all(class_=pattern)`` tests."""
    classes = element.get("class")
    values = classes if isinstance(classes, list) else [classes]
    if any(value is not None and pattern.search(value) for value in values):
        return True
    return len(values) != 1 and pattern.search(" ".join(values)) is not None


def similar(a: str, b: str) -> bool:
    """Return True when most words of the shorter text are in the other."""
    words_a, words_b = (
        set(re.findall(r"\w+", a.lower())),
        set(re.findall(r"\w+", b.lower())),
    )
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.8


def normalize_space(text: str) -> str:
    """Return ``text`` with each run of white space made one space, trimmed."""
    return " ".join(text.split())


def page_description(soup: BeautifulSoup) -> str:
    """Return the description the page gives in its head ("" when none)."""
    # The page's <meta>s looked at once (find_all by one name is bs4's
    # quick path), not a matcher run over the page for each attribute.
    metas = soup.find_all("meta")
    for attribute, value in (("name", "description"), ("property", "og:description")):
        element = next((m for m in metas if m.get(attribute) == value), None)
        if element is not None and element.get("content"):
            return clean_line(str(element["content"]))
    return ""


SENTENCE = re.compile(r"[.!?…:;]['\"”’)]?(?:\s|$)|[。！？।॥།༎။។։።؟]")


def holds(container: Tag, element: Tag) -> bool:
    """Return True when ``element`` is inside ``container``."""
    return any(parent is container for parent in element.parents)


_BLOCK_LEVEL = [
    "p",
    "div",
    "table",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "dd",
    "article",
    "section",
]


_BLOCK_NAMES = frozenset(_BLOCK_LEVEL)


def has_block_children(element: Tag) -> bool:
    """Return True when ``element`` holds a block (a paragraph, a list, ...)."""
    # A walk, not element.find(_BLOCK_LEVEL): bs4 builds a matcher for each
    # call, and this runs for every block of the page.
    return any(
        type(node) is Tag and node.name in _BLOCK_NAMES for node in element.descendants
    )


# Markup nested deeper than this is read as its text alone. Our readers walk
# an element's ancestors and descendants, which costs the square of the depth
# on a page nested thousands deep; real pages stay well under it, and lxml's
# own parser (which trafilatura and htmldate read with) keeps no deeper level.
MAX_DEPTH = 256


def flatten_deep_markup(soup: BeautifulSoup, max_depth: int = MAX_DEPTH) -> int:
    """Make the elements below ``max_depth`` blocks of text, one level deep.

    Every block below the limit (a paragraph, a heading, a list item, the
    text between two ``<br>``) becomes a block of its own right under the
    element, holding its text without tags, so the page reads the same:
    the same text in the same order, in the same paragraphs. Only the
    nesting past the limit is gone. Linear in the page's size: every
    element is walked once, and the nodes below the limit are relinked,
    not moved one by one (bs4's ``extract`` walks a subtree each time).

    Returns:
        How many elements were flattened (0 for every ordinary page).
    """
    at_limit: list[Tag] = []
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        element, depth = stack.pop()
        for child in element.contents:
            if type(child) is not Tag:
                continue
            # The blocks a flattened element holds are at the limit.
            if depth + 2 < max_depth:
                stack.append((child, depth + 1))
            elif any(type(node) is Tag for node in child.contents):
                at_limit.append(child)
    # Inline tags left open nest each line of a page in the one before
    # ("<font>line<br>" repeated): the lines above the limit sit in the same
    # chain of inline tags as the blocks made below it, and would read as a
    # container's text. The chain is flattened from its top, so each line
    # stays a block of its own; blocks above it keep the page's structure.
    tops_of: dict[int, Tag] = {}
    tops = {id(top): top for top in (_chain_top(e, tops_of) for e in at_limit)}
    # A chain's top inside another's subtree goes with that one's flattening.
    outermost = [
        top
        for top in tops.values()
        if not any(id(parent) in tops for parent in top.parents)
    ]
    for top in outermost:
        _keep_only_blocks(top)
    return len(outermost)


_ROOTS = frozenset(["[document]", "html", "head", "body"])


def _chain_top(element: Tag, tops_of: dict[int, Tag]) -> Tag:
    """Return the highest ancestor of ``element`` reached through inline tags
    only (``element`` itself when its parent is a block); ``tops_of``
    remembers the answer for every element walked, so that the chains of a
    wide page are walked once."""
    chain: list[Tag] = []
    node = element
    while True:
        known = tops_of.get(id(node))
        if known is not None:
            top = known
            break
        chain.append(node)
        parent = node.parent
        if parent is None or parent.name in _BREAKING or parent.name in _ROOTS:
            top = node
            break
        node = parent
    for walked in chain:
        tops_of[id(walked)] = top
    return top


def unnest_paragraphs(soup: BeautifulSoup) -> int:
    """End a paragraph where another one starts inside it, as browsers do.

    A ``<p>`` start tag closes the open paragraph in an HTML parser, but lxml
    nests it when an inline tag left open sits between them, as on pages
    that open a ``<font>`` before every paragraph and never close it: each
    paragraph then holds all the ones after it, and its own text reads as a
    container's, not a paragraph's. Each nested paragraph moves out, after
    its outer one, with everything that followed it there, in order (the
    inline tags around what moves are dropped, as they hold no text).

    Returns:
        How many paragraphs moved (0 for every valid page).
    """
    moved = 0
    for paragraph in soup.find_all("p"):
        outer = paragraph.parent
        while outer is not None and outer.name != "p":
            outer = outer.parent
        if outer is None:
            continue
        following: list = [paragraph]
        node = paragraph
        while node.parent is not outer:
            following.extend(node.next_siblings)
            node = node.parent
        following.extend(node.next_siblings)
        anchor = outer
        for item in following:
            anchor.insert_after(item.extract())
            anchor = item
        moved += 1
    return moved


# What starts a new block when markup is flattened: browsers show these on
# lines of their own, and our readers take each as a paragraph.
_BREAKING = frozenset(
    [
        *_BLOCK_LEVEL,
        "h1",
        "br",
        "tr",
        "td",
        "th",
        "dt",
        "dl",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "figure",
        "figcaption",
        "hr",
        "form",
        "center",
        "address",
    ]
)
# The blocks a flattened run keeps its name from; any other run is a <p>.
_KEPT_NAMES = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote"])


def _keep_only_blocks(element: Tag) -> None:
    """Replace the children of ``element`` by one block per run of text below it."""
    last = element
    while type(last) is Tag and last.contents:
        last = last.contents[-1]
    end = last.next_element
    # Runs of strings in document order: a string in another block than the
    # one before, or past a block's start or end (a <br>), starts a run.
    runs: list[tuple[str, list[PageElement]]] = []
    new_run = object()
    owner: object = new_run
    stack: list[tuple[Tag, Iterator[PageElement], Tag | None]] = [
        (element, iter(list(element.contents)), None)
    ]
    while stack:
        parent, children, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if parent.name in _BREAKING:
                owner = new_run
            continue
        if type(child) is Tag:
            if child.name in _BREAKING:
                owner = new_run
                stack.append((child, iter(list(child.contents)), child))
            else:
                stack.append((child, iter(list(child.contents)), block))
        elif type(child) in (NavigableString, CData):
            # Comments, scripts and styles below the limit go with their tags.
            if block is not owner:
                name = block.name if block is not None else "p"
                runs.append((name if name in _KEPT_NAMES else "p", []))
                owner = block
            runs[-1][1].append(child)
    blocks: list[Tag] = []
    previous: PageElement = element
    for name, strings in runs:
        run = Tag(name=name)
        run.parent = element
        run.previous_element, previous.next_element = previous, run
        previous = run
        run.contents = strings
        for i, string in enumerate(strings):
            string.parent = run
            string.previous_sibling = strings[i - 1] if i else None
            string.next_sibling = strings[i + 1] if i + 1 < len(strings) else None
            string.previous_element, previous.next_element = previous, string
            previous = string
        blocks.append(run)
    for i, run in enumerate(blocks):
        run.previous_sibling = blocks[i - 1] if i else None
        run.next_sibling = blocks[i + 1] if i + 1 < len(blocks) else None
    element.contents = blocks
    previous.next_element = end
    if end is not None:
        end.previous_element = previous
