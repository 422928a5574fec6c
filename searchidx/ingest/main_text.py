"""A saved page's main text: the container that holds the release, read a
block per paragraph.

A general method, readability's: score every text block by its length,
commas and link density, add each score to the block's near ancestors, and
take the best-scoring container, or the headline's own container unless it
holds little prose by comparison. Its blocks are read in order until a
"related news"-style heading. Runs on what is left once the chrome is gone
(page_chrome.py).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from ._markup import (
    SENTENCE,
    element_text,
    has_block_children,
    holds,
    normalize_space,
    tags_named,
)
from ._text import clean_line, count_words, is_end_marker
from .dates import is_date_line

_BLOCK_TAGS = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd"]
_HEADING_TAGS = {"h2", "h3", "h4", "h5", "h6"}


def _block_score(element: Tag) -> float:
    """Score a text block as release prose (readability-style, capped by length).

    Only prose counts: a block needs a sentence end or many words, so that a
    long table of figures or a menu cannot outweigh a few real paragraphs.
    """
    text = element_text(element)
    words = count_words(text)
    if words < 8 or not (SENTENCE.search(text) or words >= 30):
        return 0.0
    link_chars = sum(len(element_text(a)) for a in element.find_all("a"))
    density = link_chars / max(len(text), 1)
    if density > 0.5:
        return 0.0
    # Commas mark prose; teasers and menus have few.
    return (1 + text.count(",") + min(len(text) / 100, 5)) * (1 - density)


_INLINE_TAGS = {
    "a",
    "abbr",
    "b",
    "bdi",
    "br",
    "cite",
    "code",
    "em",
    "font",
    "i",
    "mark",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "wbr",
}


def wrap_loose_text(soup: BeautifulSoup) -> None:
    """Put text that sits directly in a container beside blocks into <p> elements.

    Pages that write a release as text and <br>s inside a <div> that also holds
    other blocks would otherwise have no block for their main text at all.
    Runs are split at double <br>, which such pages use between paragraphs, so
    a cell or a <span> holding a whole release that way (old ASP.NET and table
    layouts) is split into its paragraphs too.
    """
    containers = tags_named(
        soup,
        (
            "div",
            "td",
            "section",
            "article",
            "main",
            "body",
            "blockquote",
            "span",
            # the wrapper old table layouts put around a whole release
            "font",
        ),
    )
    # A span inside a paragraph is read with it, whole. Decided before any
    # wrapping, which puts spans into new paragraphs of their own.
    in_text = {
        id(c)
        for c in containers
        if c.name in ("span", "font") and c.find_parent(_TEXT_BLOCKS)
    }
    for container in containers:
        if id(container) in in_text:
            continue
        runs = _runs_of_inline_children(container)
        beside_blocks = has_block_children(container)
        if len(runs) < 2 and not beside_blocks:
            continue  # one run of inline text: already a block of its own
        for run in runs:
            # Beside blocks, a short run is a label or a stray word; in a
            # container of runs alone, every run is a paragraph (a list line).
            if (
                beside_blocks
                and sum(
                    len(str(part.get_text() if isinstance(part, Tag) else part).strip())
                    for part in run
                )
                < 25
            ):
                continue
            paragraph = soup.new_tag("p")
            run[0].insert_before(paragraph)
            for part in run:
                paragraph.append(part.extract())


_TEXT_BLOCKS = [
    "p",
    "li",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "a",
    "span",
]


def _runs_of_inline_children(container: Tag) -> list[list]:
    """Return the runs of inline children between blocks and double <br>s."""
    run: list = []
    runs: list[list] = []
    previous_br = False
    for child in list(container.children):
        is_tag = isinstance(child, Tag)
        is_br = is_tag and child.name == "br"
        if is_tag and child.name not in _INLINE_TAGS or is_br and previous_br:
            runs.append(run)
            run = []
            previous_br = False
            continue
        if is_tag or str(child).strip():
            previous_br = is_br  # whitespace between two <br>s keeps them a pair
        run.append(child)
    runs.append(run)
    return [r for r in runs if any(isinstance(c, Tag) or str(c).strip() for c in r)]


def find_content_root(soup: BeautifulSoup, h1: Tag | None) -> Tag:
    """Return the element whose text blocks score highest (readability-style)."""
    scores: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    mass: dict[int, float] = {}  # all the prose under an element, undecayed
    for block in soup.find_all(["p", "pre", "blockquote", "td", "div", "li"]):
        if has_block_children(block):
            continue  # containers score through their children
        score = _block_score(block)
        if not score:
            continue
        for ancestor in block.parents:
            mass[id(ancestor)] = mass.get(id(ancestor), 0.0) + score
        parent = block.parent
        for share in (1.0, 0.5, 0.25):
            if parent is None or parent.name in ("html", "[document]"):
                break
            scores[id(parent)] = scores.get(id(parent), 0.0) + score * share
            elements[id(parent)] = parent
            parent = parent.parent
    body = soup.body or soup
    if not scores:
        return body
    best_id = max(scores, key=scores.get)
    best = elements[best_id]
    is_settled = False
    if h1 is not None and not holds(best, h1):
        # The story is told under its headline. A block of teasers elsewhere
        # (a grid of other stories' leads) can outscore it; the headline's
        # own container wins unless it holds little prose by comparison.
        for parent in h1.parents:
            if parent.name in ("body", "html", "[document]") or holds(parent, best):
                break  # the best container is under the headline already
            if mass.get(id(parent), 0.0) >= scores[best_id] * _HEADLINE_SHARE:
                best = parent
                # The prose outside the headline's container was just turned
                # down (teasers), so the text is not widened back to it.
                is_settled = True
                break
    # Prefer the semantic container the page marks as the article when it holds
    # the best block: it keeps lists and subheads the scorer split off.
    for candidate in best.parents:
        if candidate.name == "article" or candidate.get("itemprop") == "articleBody":
            return candidate
    return best if is_settled else _widen_to_split_text(best, h1, mass)


# How much more prose an ancestor must hold than the chosen container to be
# taken instead, and how far up to look.
_SPLIT_TEXT_GAIN = 1.5
_SPLIT_TEXT_LEVELS = 4


def _widen_to_split_text(best: Tag, h1: Tag | None, mass: dict[int, float]) -> Tag:
    """Return the container of a text that the page split into components.

    Page builders (AEM, Elementor, Sitecore) put each paragraph or run of
    paragraphs in a component of its own, with pictures and quote boxes
    between, so the best-scoring container holds only part of the text. An
    ancestor a few levels up that holds much more prose holds the rest, unless
    it also holds a second headline (a next article appended below).
    """
    chosen = best
    for level, parent in enumerate(best.parents):
        if level >= _SPLIT_TEXT_LEVELS or parent.name in ("body", "html", "[document]"):
            break
        if len([h for h in parent.find_all("h1") if h is not h1]) or (
            len(parent.find_all("article")) > 1
        ):
            break
        if mass.get(id(parent), 0.0) >= mass.get(id(chosen), 0.0) * _SPLIT_TEXT_GAIN:
            chosen = parent
    return chosen


# How much of the best container's score the headline's own container needs
# to be chosen over it.
_HEADLINE_SHARE = 0.4


# Most words a cell of a data table holds; a layout table's cell holds prose.
_DATA_CELL_WORDS = 12


def _data_row_cells(row: Tag) -> list[str]:
    """Return the cells of a data table's row (a table in the text), one line.

    A table of figures is read a row per line, headings included, as it reads;
    a layout table's row (menu cell, text cell) is not a row of data.
    """
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) < 2 or any(has_block_children(cell) for cell in cells):
        return []
    texts = [element_text(cell) for cell in cells]
    if any(count_words(text) > _DATA_CELL_WORDS for text in texts):
        return []
    return [text for text in texts if text]


def drop_standfirst(root: Tag, h1: Tag | None, description: str) -> None:
    """Remove a standfirst shown above the text: the page's description, apart.

    A deck repeats the page's description in an element of its own (Plone's
    documentDescription, a news site's standfirst); a lead paragraph that a
    CMS copied into the description sits with the paragraphs after it.
    """
    if not description or count_words(description) > 40:
        return
    # The first three blocks, and the one after each: a block's text and
    # children are read only until four are found.
    blocks = []
    for b in root.find_all(_BLOCK_TAGS + ["div"], limit=40):
        if b is not h1 and not has_block_children(b) and element_text(b):
            blocks.append(b)
            if len(blocks) == 4:
                break
    for index, block in enumerate(blocks[:3]):
        if normalize_space(element_text(block)).lower() != description.lower():
            continue
        rest = blocks[index + 1 :]
        if (
            rest
            and rest[0].parent is not block.parent
            and _dressing(rest[0]) != _dressing(block)
        ):
            block.decompose()
        return


def _dressing(block: Tag) -> tuple:
    """Return how a block and its two containers are marked up (names,
    classes, styles): a lead paragraph is dressed as the paragraphs after it,
    each in a wrapper of its own on some editors' pages; a standfirst is not."""
    return tuple(
        (e.name, tuple(e.get("class") or ()), str(e.get("style") or ""))
        for e in (block, block.parent, block.parent.parent if block.parent else None)
        if e is not None
    )


# Where a mail's text ends: the signature separator ("-- ") and the rule of
# underscores or dashes a mailing list puts above its footer.
_MAIL_TEXT_END = re.compile(r"^(?:--\s?|[_=-]{10,})$")


def preformatted_paragraphs(text: str) -> list[str]:
    """Return the paragraphs of preformatted text: parts between blank lines,
    up to a signature separator or a mailing list's footer rule."""
    paragraphs, lines = [], []
    for line in text.splitlines():
        if _MAIL_TEXT_END.match(line.rstrip("\r")):
            break
        if line.strip():
            lines.append(line.strip())
        elif lines:
            paragraphs.append(" ".join(lines))
            lines = []
    if lines:
        paragraphs.append(" ".join(lines))
    return [clean_line(p) for p in paragraphs if clean_line(p)]


_PLACED = re.compile(r"position:\s*absolute", re.I)
_TOP = re.compile(r"(?<![\w-])top:\s*(\d+)(?:\.\d+)?px", re.I)
_LEFT = re.compile(r"(?<![\w-])left:\s*(\d+)(?:\.\d+)?px", re.I)


def _line_position(block: Tag) -> tuple | None:
    """Return (top, left, class) of a line a converter placed on the page
    (``<p style="position:absolute;top:234px;left:108px" class="ft14">``)."""
    style = str(block.get("style") or "")
    if not _PLACED.search(style):
        return None
    top, left = _TOP.search(style), _LEFT.search(style)
    if not top or not left:
        return None
    return int(top.group(1)), int(left.group(1)), " ".join(block.get("class") or ())


# A gap between two lines of one paragraph is at most this much more than
# the tightest gap between lines of the same font; a paragraph break is wider.
_LINE_GAP_SLACK = 1.25


def _join_placed_lines(paragraphs: list[str], positions: list) -> list[str]:
    """Join the lines a converted document (a PDF saved as HTML) places one
    by one back into its paragraphs: lines of one font and one left edge,
    each right under the last, at the tightest spacing that font has."""
    tightest: dict[str, int] = {}
    for before, after in zip(positions, positions[1:], strict=False):
        if before and after and before[1:] == after[1:] and after[0] > before[0]:
            gap = after[0] - before[0]
            tightest[before[2]] = min(gap, tightest.get(before[2], gap))
    joined = [paragraphs[0]]
    for i in range(1, len(paragraphs)):
        before, after = positions[i - 1], positions[i]
        if (
            before
            and after
            and before[1:] == after[1:]
            and 0 < after[0] - before[0] <= tightest[before[2]] * _LINE_GAP_SLACK
        ):
            joined[-1] = f"{joined[-1]} {paragraphs[i]}"
        else:
            joined.append(paragraphs[i])
    return joined


# Where a cited work's date follows its title and outlet ("„...“ —
# Brněnská kronika, 3-a de marto 2025", "... (BBC News, 4 March 2025)").
_CITATION_PARTS = re.compile(r"[,—–(]")


def _is_citation(item: str) -> bool:
    """Return True for a list item citing a source or another story by its
    title, outlet and date: what a wiki's "Sources" or a "Related" list
    ends a text with, no more a part of it than a linked teaser."""
    tail = _CITATION_PARTS.split(item.rstrip(" .)"))[-1]
    return count_words(item) <= _CITATION_WORDS and is_date_line(tail)


# Most words of a citation in a list.
_CITATION_WORDS = 30


def read_blocks(
    root: Tag, h1: Tag | None, headings: list[str] | None = None
) -> list[str]:
    """Return the text blocks of ``root`` in order, stopping at a teaser heading.

    Args:
        headings: when given, gets the text of each heading block read.
    """
    paragraphs: list[str] = []
    # Blocks that cannot end a release: a heading with nothing under it, or
    # a mostly-linked line (a teaser for another story).
    is_teaser: list[bool] = []
    # Where a converter placed each line (pdftohtml's absolute positions).
    positions: list[tuple | None] = []
    data_rows: set[int] = set()
    for block in root.find_all(_BLOCK_TAGS + ["div", "tr"]):
        if block.name == "tr":
            cells = _data_row_cells(block)
            if not cells:
                continue  # a layout row: its cells are read one by one
            data_rows.add(id(block))
            paragraphs.append(" ".join(cells))
            is_teaser.append(False)
            positions.append(None)
            continue
        if block.name == "td" and id(block.parent) in data_rows:
            continue
        if block.name == "pre" and not block.find_parent("pre"):
            # Preformatted text (a mailing list's archived mail, a plain-text
            # release): its paragraphs are its blank-line separated parts.
            for part in preformatted_paragraphs(block.get_text()):
                paragraphs.append(part)
                is_teaser.append(False)
                positions.append(None)
            continue
        if has_block_children(block):
            continue  # read through its children, so no text is read twice
        text = element_text(block)
        if not text or block is h1:
            continue
        if is_end_marker(text) and (
            block.name in _HEADING_TAGS or count_words(text) <= 4
        ):
            break
        links = sum(len(element_text(a)) for a in block.find_all("a"))
        if links / len(text) > 0.6 and count_words(text) < 40:
            continue  # a row of links, not prose
        paragraphs.append(text)
        if headings is not None and block.name in _HEADING_TAGS:
            headings.append(text)
        positions.append(_line_position(block))
        # A date line closing the page ("Date modified: 2024-03-07") ends no
        # text either: the headings and link rows above it go with it.
        is_teaser.append(
            block.name in _HEADING_TAGS
            or links / len(text) >= 0.5
            or (count_words(text) <= 6 and is_date_line(text))
            or (block.name == "li" and _is_citation(text))
        )
    while len(paragraphs) > 1 and is_teaser[-1]:
        paragraphs.pop()
        is_teaser.pop()
        positions.pop()
    if any(positions):
        paragraphs = _join_placed_lines(paragraphs, positions)
    if not paragraphs:
        # Old table layouts put text straight into cells and <br>-separated lines.
        lines = (clean_line(s) for s in root.get_text("\n").split("\n"))
        paragraphs = [line for line in lines if line]
    return paragraphs
