"""A second reading of a saved page by trafilatura, and where the two readings agree.

Our reader (html_pages.py) and trafilatura find a page's main text by
different methods, and they fail differently: ours keeps a standfirst, a date
line or a run of footnotes at the edges of the text when they sit in its
container; trafilatura keeps headlines, "Published ..." lines, teasers and
contact lines, and each sometimes takes only part of the text. Text both
keep is body. Text only one keeps is decided by signals that say what text
is, never by site:

- where it is: a block of ours outside the span both readings agree on (above
  the first agreed block, below the last) is what trafilatura's cleaning
  removed around the text (a standfirst, a date line, notes); a line of
  trafilatura's inside that span is text between two agreed paragraphs that
  our reader left out, and a run of its lines right below the span is a
  closing paragraph our reader's container did not hold. Its lines above the
  span are not taken: on the pages we measured they were decks and summaries,
  not leads (docs/benchmarks.md);
- what it looks like: a line is prose when it has enough words and ends a
  sentence; a line that opens with a short label ("READ MORE:", "Lire aussi
  :") is a teaser; a line that repeats the headline or the page's description
  is a deck;
- what our reader knows of it: a line whose words our reader set aside (its
  chrome filter removed a tweet or a cookie banner, a caption repeats a
  picture's alt text, a deck or a date line was dropped) stays out.

When the readings do not agree at all, the one with more prose wins.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from ._text import count_words, has_double_encoding, repair_text

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# Runs of three words: long enough to tell two texts apart, short enough that
# a paragraph split differently by the two readers still matches.
_SHINGLE = 3
# A block counts as kept by the other reading when this share of its runs
# are in that reading.
_SHARED = 0.5
# A line of trafilatura's joins our text only when it reads as prose: this many
# words and a sentence end (or a long run of words, which a label never is).
_PROSE_WORDS = 10
_LONG_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?…。！？।॥།༎။។։።؟]['\"”’»)」]*$")
# "READ MORE: ...", "Related: ...", "Lire aussi : ...", "Baca juga: ...": a
# label of one to three words before a colon opens a teaser, not a paragraph.
_LABEL = re.compile(r"^\W*(?:\w+\W+){0,2}\w+\s*:\s")


# Invisible format characters (the zero-width non-joiner Persian writes
# inside words, joiners, soft hyphens, direction marks): trafilatura drops
# them, so a word read with one is the same word read without it.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def shingles(text: str) -> set[tuple[str, ...]]:
    """Return the runs of three words of ``text`` (lower case), or its words if fewer."""
    text = text.lower()
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    words = _WORD.findall(text)
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    # the shorter slices end the runs: strict=False is the point
    return set(zip(*(words[i:] for i in range(_SHINGLE)), strict=False))


def _share_in(text: str, runs: set[tuple[str, ...]]) -> float:
    own = shingles(text)
    return len(own & runs) / len(own) if own else 0.0


def _is_prose(line: str) -> bool:
    count = count_words(line)
    return count >= _LONG_WORDS or (
        count >= _PROSE_WORDS and _SENTENCE_END.search(line) is not None
    )


def read_with_trafilatura(data: bytes, encoding: str | None = None) -> list[str]:
    """Return trafilatura's main text of a saved page, a line per block.

    Only its text, in its fast mode (no second extractor as fallback): the
    metadata and the fallbacks would cost several times more per page, and
    our reader has the fields already.

    Args:
        data: the saved page.
        encoding: the encoding our reader decoded it with; the page is given
            to trafilatura decoded the same way, and with double-encoded
            UTF-8 repaired as our reader repairs it. trafilatura turns the
            no-break spaces of "TheÂ\xa0State" into spaces, after which the
            damage no longer looks like double encoding, the two readings no
            longer match, and a garbled copy of a paragraph would be taken
            for text only trafilatura kept.
    """
    import trafilatura

    page: bytes | str = data
    if encoding:
        page = _repaired(data.decode(encoding, errors="replace"))
    try:
        text = trafilatura.extract(
            page,
            fast=True,
            include_comments=False,
            include_tables=True,
            with_metadata=False,
        )
    except (ValueError, TypeError, RecursionError) as error:
        # trafilatura raises on markup it cannot load: the page keeps our reading.
        log.debug("trafilatura failed: %s", error)
        return []
    # trafilatura marks a list item "- "; our blocks carry no marks.
    return [
        line.removeprefix("- ") for line in (text or "").split("\n") if line.strip()
    ]


_MARKUP = re.compile(r"(<[^>]*>)")


def _repaired(page: str) -> str:
    """Return ``page`` with double-encoded UTF-8 repaired text by text.

    Between tags, as our reader repairs a line at a time: ftfy over a whole
    page costs several times more and leaves a page alone when part of it
    is sound.
    """
    if not has_double_encoding(page):
        return page
    return "".join(
        part if part.startswith("<") else repair_text(part)
        for part in _MARKUP.split(page)
    )


def agree(
    ours: list[str],
    theirs: list[str],
    *,
    chrome: str = "",
    headings: Iterable[str] = (),
) -> list[str]:
    """Return the body blocks the two readings agree on, settled by signals.

    Args:
        ours: our reader's body blocks, in order.
        theirs: trafilatura's lines, in order.
        chrome: the page text our reader set aside (its chrome filter's,
            captions, decks).
        headings: the headline and the page's description (a line that
            repeats one is a deck, not body).

    Returns:
        ``ours`` without the blocks outside the agreed span, with the lines
        of text only trafilatura kept inside that span put in place and those
        right below it added; ``ours`` unchanged when trafilatura read
        nothing; the reading with more prose when they share no text.
    """
    if not theirs:
        return ours
    if not ours:
        return _more_prose(ours, theirs, shingles(chrome))
    # Each text is cut into runs once: pages with hundreds of blocks (tables
    # read a row per block) are common.
    their_sets = [shingles(line) for line in theirs]
    our_sets = [shingles(block) for block in ours]
    their_runs = set().union(*their_sets)
    our_runs = set().union(*our_sets)
    their_text = _Text(theirs)
    our_shared = [
        _kept_by(block, runs, their_runs, their_text)
        for block, runs in zip(ours, our_sets, strict=True)
    ]
    # Only blocks of a few words can anchor the agreed span: a lone "Media"
    # or "Share" found in both says nothing.
    anchors = [
        i for i, block in enumerate(ours) if our_shared[i] and count_words(block) >= 4
    ]
    if not anchors:
        return _more_prose(ours, theirs, shingles(chrome))
    first, last = anchors[0], anchors[-1]
    deck_runs = set().union(*(shingles(h) for h in headings if h))
    chrome_runs: list[set[tuple[str, ...]]] = []  # cut only if a line needs it

    def is_text(line: str, runs: set[tuple[str, ...]]) -> bool:
        if not _is_prose(line) or _LABEL.match(line):
            return False
        if _share(runs, deck_runs) >= _SHARED:
            return False
        if not chrome_runs:
            chrome_runs.append(shingles(chrome))
        return _share(runs, chrome_runs[0]) < _SHARED

    # Where each of trafilatura's agreed lines sits in our blocks, so a line
    # only it kept goes between the same neighbours.
    placed: dict[int, list[str]] = {}
    position = None
    agreed_lines = []
    for j, (line, runs) in enumerate(zip(theirs, their_sets, strict=True)):
        if _share(runs, our_runs) >= _SHARED:
            position = _block_of(runs, our_sets, position)
            agreed_lines.append(j)
            continue
        if position is None or position >= last:
            continue  # above or below the agreed span: see below
        if is_text(line, runs):
            placed.setdefault(position, []).append(line)

    merged = []
    for i in range(first, last + 1):
        merged.append(ours[i])
        merged.extend(placed.get(i, ()))
    if not agreed_lines:
        return merged
    # Below the span, the text only trafilatura kept runs on while its lines
    # read as text: a closing paragraph our reader's container left out. The
    # first line that is not text (a contact line, "ENDS", a label) ends it.
    for j in range(agreed_lines[-1] + 1, len(theirs)):
        if not is_text(theirs[j], their_sets[j]):
            break
        merged.append(theirs[j])
    return merged


def _share(runs: set[tuple[str, ...]], other: set[tuple[str, ...]]) -> float:
    return len(runs & other) / len(runs) if runs else 0.0


class _Text:
    """Trafilatura's words on one line, joined when first asked for: only a
    block shorter than a run of words is looked for in them."""

    __slots__ = ("_lines", "_text")

    def __init__(self, lines: list[str]):
        self._lines, self._text = lines, ""

    def holds(self, words: list[str]) -> bool:
        if not self._text:
            joined = " ".join(_WORD.findall(" ".join(self._lines).lower()))
            self._text = f" {joined} "
        return f" {' '.join(words)} " in self._text


def _kept_by(
    block: str,
    runs: set[tuple[str, ...]],
    their_runs: set[tuple[str, ...]],
    their_text: _Text,
) -> bool:
    if len(runs) > 1:  # more than one run: a block of at least four words
        return _share(runs, their_runs) >= _SHARED
    words = _WORD.findall(block.lower())
    if len(words) < _SHINGLE:
        return bool(words) and their_text.holds(words)
    return _share(runs, their_runs) >= _SHARED


# How many of our blocks past the last placed one a line is looked for in: a
# page's two readings keep the same order, so its block is near.
_LOOKAHEAD = 40


def _block_of(
    runs: set[tuple[str, ...]], our_sets: list[set[tuple[str, ...]]], after: int | None
) -> int | None:
    """Return the index of our block that holds most of a line's ``runs``.

    Searching forward from ``after``; near-copies (paragraphs that share a
    phrase) are told apart by taking the best match, not the first good one.
    """
    if not runs:
        return after
    start = after or 0
    best, best_share = after, 0.0
    for i in range(start, min(start + _LOOKAHEAD, len(our_sets))):
        share = len(runs & our_sets[i]) / len(runs)
        if share > best_share:
            best, best_share = i, share
            if share == 1.0:
                break
    return best


def _more_prose(
    ours: list[str], theirs: list[str], chrome: set[tuple[str, ...]]
) -> list[str]:
    """Return the reading with more prose, when the two share no text."""
    their_prose = [
        line for line in theirs if _is_prose(line) and _share_in(line, chrome) < _SHARED
    ]
    if sum(count_words(line) for line in their_prose) > 2 * sum(
        count_words(block) for block in ours if _is_prose(block)
    ):
        return their_prose
    return ours
