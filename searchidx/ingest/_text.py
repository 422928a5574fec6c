"""Text clean-up shared by the readers: whitespace, repairs, titles from bodies."""

from __future__ import annotations

import ast
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlparse

from .datelines import split_dateline

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Not the vertical tab, form feed and separators (\x1c-\x1e): they stand
# between words, and str.split() takes them for the spaces they are. The
# unit separator is Word's optional hyphen inside a word: it goes.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# Lines that mark the end of a release in a page dump: its teasers, share and follow
# blocks, contact boxes. Matched on short lines only, so prose is never cut.
END_MARKER = re.compile(
    # "#", "###", "-30-", "***": the press-release end marks. They hold no word
    # character, so they sit outside the group that must end at a word boundary.
    r"^(?:#+$|-\s*30\s*-|\*{3,}|-*\s*ends?\s*-*$|(?:tagged with|latest posts|"
    r"(?:related|more|latest|recent|other|similar|top)\s+(?:news|stories|articles|"
    r"releases|press releases|posts|content|links|items)|"
    r"in the .{0,30}news|connect with|engage (?:&|and) connect|follow us|"
    r"share this|stay connected|sign up for|subscribe to|"
    # the same headings on German, French and Spanish pages
    r"weitere (?:pressemitteilungen|meldungen|nachrichten|artikel)|ähnliche (?:artikel|meldungen)|"
    r"(?:plus d'|autres )actualités|à lire aussi|noticias relacionadas|más noticias)\b"
    # The heading of a release's contact block, alone on its line: "Media
    # contact: Jane Roe, 555-0100" opens some releases and is no end.
    r"|(?:media|press) contacts?:?$|pressekontakte?:?$|contacts? presse\s*:?$"
    r"|contacto de prensa:?$|mediekontakt:?$)",
    re.I,
)


# UTF-8 read as Latin-1/Windows-1252 (once or twice) leaves a lead byte
# \u00c2-\u00f4 followed by a continuation byte or its cp1252 stand-in:
# "Minnesota\u00e2\u0080\u0099s", "\u00c2\u00a0". Only text with such a pair goes
# through ftfy, so clean text costs one regex search.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


def has_double_encoding(text: str) -> bool:
    """Return True when ``text`` shows UTF-8 read as Latin-1 somewhere."""
    return _MOJIBAKE.search(text) is not None


def repair_text(text: str) -> str:
    """Return ``text`` with double-encoded UTF-8 ("Minnesota\u00e2\u0080\u0099s") repaired.

    Only the encoding is fixed (ftfy's ``fix_encoding``): quotes, widths and
    ligatures are left as the publisher wrote them.
    """
    if not _MOJIBAKE.search(text):
        return text
    # A page's text is cleaned element by element, and a block's text again
    # inside its container's: a damaged page sends the same strings to ftfy
    # many times, and ftfy's answer depends on the string alone.
    global _repaired_chars
    repaired = _REPAIRED.get(text)
    if repaired is None:
        import ftfy  # here, not at the top: 25 ms that a search never needs

        if _repaired_chars > _REPAIRED_MAX_CHARS:
            _REPAIRED.clear()
            _repaired_chars = 0
        repaired = _REPAIRED[text] = ftfy.fix_encoding(text)
        _repaired_chars += len(text) + len(repaired)
    return repaired


# Damaged text -> ftfy's repair of it, for every reader of the process;
# cleared when it holds this many characters, so that its memory stays
# bounded (a few pages' worth of text).
_REPAIRED: dict[str, str] = {}
_REPAIRED_MAX_CHARS = 4 << 20
_repaired_chars = 0


# Scripts written without spaces between words (Chinese, Japanese kana and
# kanji, Thai, Lao, Myanmar, Khmer): a whole sentence is one "word" to split().
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff]"
)
# Characters of those scripts to a word: a Chinese or Japanese word averages
# about two.
_CHARS_PER_WORD = 2
# Tibetan (and Dzongkha) writes no space between words but a tsheg after
# every syllable: a word averages about a syllable and a half.
_TSHEG = "\u0f0b"
# What ends a sentence: the Latin marks, the CJK full-width ones, the danda
# of Hindi and other Indic scripts, the Tibetan shad and its double, the
# Myanmar, Khmer, Armenian and Ethiopic full stops, the Arabic question
# mark. (Thai and Lao mark none.)
SENTENCE_ENDS = (
    *(".", "!", "?", "。", "！", "？", "।", "॥", "།", "༎"),
    *("။", "។", "։", "።", "؟"),
)


# A text's closing rules each ask how long its last blocks are: remembered
# for the few blocks at hand, so a long paragraph is split once, not once a rule.
@functools.lru_cache(maxsize=256)
def count_words(text: str) -> int:
    """Return how many words ``text`` holds, text without spaces between
    words measured in characters, so that a Japanese paragraph weighs what
    its English translation would."""
    words = len(text.split())
    if text.isascii():
        return words
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        words += unspaced // _CHARS_PER_WORD
    if _TSHEG in text:
        words += text.count(_TSHEG) * 2 // 3
    return words


def clean_line(text: str) -> str:
    """Return ``text`` as one line: whitespace runs collapsed, control characters gone."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", repair_text(text)))
    if "\u200b" in text:  # the one space of _SPACES that str.split() keeps
        return _SPACES.sub(" ", text).strip()
    # The same as the regex: its \s is str.isspace(), like split()'s, and the
    # other spaces it names are isspace() too. A third of the time on prose.
    return " ".join(text.split())


def join_paragraphs(paragraphs: list[str]) -> str:
    """Join cleaned paragraphs with blank lines, dropping empty ones."""
    cleaned = (clean_line(p) for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def normalize_body(text: str) -> str:
    """Normalize a body given as one string: paragraphs split on blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [" ".join(block.split("\n")) for block in _BLANK_LINES.split(text)]
    return join_paragraphs(paragraphs)


# A release's closing section on its issuer, headed "About Acme" in the
# languages of the wires ("Über Acme", "À propos de Acme", "Om Acme"), with
# a colon after it or none ("About Acme:"). The name may end in its company
# form's abbreviation, full stop and all ("About Northpeak Lithium Corp."),
# which no sentence heading a paragraph does.
ABOUT_HEADING = re.compile(
    r"^(?:about|über|à propos d['’]?e?|acerca de|sobre|informazioni su|over|om|"
    r"o společnosti|o firmie|о компании)\s+(?P<name>[^\W\d_][^.!?:]{1,60}?"
    r"(?:,?\s+(?:inc|corp|co|ltd|llc|plc|l\.p|s\.a|n\.v|b\.v|s\.p\.a)\.)?)\s*:?$",
    re.I,
)
ABOUT_WORDS = 8


def is_end_marker(line: str) -> bool:
    """Return True when ``line`` is a heading that follows the end of a release."""
    stripped = line.strip()
    return len(stripped.split()) <= 8 and bool(END_MARKER.match(stripped))


# Words ending in a full stop that do not end a sentence: initials ("U.S.",
# "J."), titles and ranks, and common short forms.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\"“])(?:(?:[A-Za-z]\.)+|(?:mr|mrs|ms|dr|prof|sen|rep|reps|gov|lt|gen|col|"
    r"capt|cmdr|sgt|maj|adm|st|jr|sr|no|nos|vol|inc|corp|co|ltd|dept|univ|hon|mt|ft|"
    r"ave|rev|gen|atty|supt|pres|vs|etc|approx|est|jan|feb|mar|apr|jun|jul|aug|sep|"
    r"sept|oct|nov|dec|u\.s|d\.c)\.)$",
    re.I,
)
# A sentence ends at . ! or ? followed by a space or by an opening quote.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?(?=\s|[\"“][A-Z])")
# A place in brackets or a dateline glued to a first line ("...Security(New
# York, NY) January 4th, 2016 - Today"): the headline ends before it.
_GLUED_DATELINE = re.compile(r"\s*\([A-Z][\w.' ]+,\s*[A-Z][\w.]*\)")
# Words a made-up title must not end on: it would stop mid-phrase.
_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|by|to|in|on|at|for|from|with|and|or|but|as|that|which|who|"
    r"whose|its|his|her|their|our|is|are|was|were|be|has|have|had|will|would|this|"
    r"these|into|over|under|after|before|about|than|not|no|[\w.]*\.|\S+['’]s?))+$",
    re.I,
)


def title_from_body(body: str, *, max_chars: int = 120) -> str:
    """Return a title for a record that has none: its first line or sentence.

    The title ends at a sentence's end (never at an abbreviation such as
    "U.S." or "Sen."), or, when the sentence is too long, at a clause or
    word boundary that leaves no phrase hanging ("... by", "... of the").
    """
    first = split_dateline(body.strip())[1].split("\n", 1)[0].strip()
    glued = _GLUED_DATELINE.search(first, 20)
    if glued:
        first = first[: glued.start()]
    sentence = first
    for match in _SENTENCE_BREAK.finditer(first):
        if match.end() < 20 or _ABBREVIATION.search(first[: match.start() + 1]):
            continue
        sentence = first[: match.end()]
        break
    if len(sentence) <= max_chars:
        return sentence
    head = sentence[: max_chars + 1]
    clause = max(head.rfind(mark) for mark in (", ", "; ", ": ", " – ", " — ", " - "))
    if clause >= max_chars // 2:
        cut = head[:clause]
    else:
        cut = head.rsplit(" ", 1)[0]
    trimmed = _DANGLING.sub("", cut).rstrip(" ,;:–—-")
    return (trimmed or cut) + "…"


def host_of(url: str) -> str:
    """Return the host of ``url`` without "www.", the source of last resort."""
    return (urlparse(url).hostname or "").removeprefix("www.")


_HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$", re.I)
_URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$", re.I)


def clean_source(source: str) -> str:
    """Return a source name as one spelling: a host without "www." and lower-cased
    ("www.Boozman.senate.gov" is "boozman.senate.gov"), any other name cleaned."""
    source = clean_line(source)
    if _URL.match(source):
        # A site named by its address ("https://www.example.org/") is its host.
        source = urlparse(source).hostname or source
    if _HOST_NAME.match(source):
        return source.lower().removeprefix("www.")
    return source


_LIST_SEPARATORS = re.compile(r"[,;|]")


def split_tags(values: Iterable[object], *, split: bool = True) -> tuple[str, ...]:
    """Return the tags ``values`` hold, each once (first spelling kept).

    A value may be one tag, a comma/semicolon-separated list (when ``split``),
    or a whole list saved as its Python or JSON text (``"['US', 'AWARDS']"``),
    which scrapers store in a single field or ``<meta>`` tag.
    """
    unique: dict[str, str] = {}  # lower-cased -> first spelling seen
    for item in _tag_items(values, split):
        item = clean_line(item).strip(" '\"")
        if item:
            unique.setdefault(item.lower(), item)
    return tuple(unique.values())


def _tag_items(values: Iterable[object], split: bool) -> Iterable[str]:
    for value in values:
        if isinstance(value, (list, tuple)):
            yield from _tag_items(value, split)
            continue
        text = str(value).strip()
        if text.startswith("[") and text.endswith("]"):
            parsed = _parse_list_text(text)
            if parsed is not None:
                yield from _tag_items(parsed, split)
                continue
        yield from (_LIST_SEPARATORS.split(text) if split else [text])


def _parse_list_text(text: str) -> list | None:
    """Return the list a Python or JSON list literal spells, or None."""
    for parse in (json.loads, ast.literal_eval):
        try:
            parsed = parse(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(parsed, list):
            return parsed
    # A list cut short or with odd quoting: take what is inside its quotes.
    quoted = re.findall(r"['\"]([^'\"]+)['\"]", text)
    return quoted or None


def drop_repeated_blocks(paragraphs: list[str]) -> list[str]:
    """Return ``paragraphs`` with repeats gone.

    A short block shown three times or more is a caption or a label (a photo
    gallery repeats its caption under every picture), never release text, so
    every copy goes; of any other block only the first showing is kept.
    """
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        counts[paragraph] = counts.get(paragraph, 0) + 1
    if all(count == 1 for count in counts.values()):
        return paragraphs
    kept, seen = [], set()
    for paragraph in paragraphs:
        if paragraph in seen:
            continue
        seen.add(paragraph)
        if counts[paragraph] >= 3 and len(paragraph.split()) <= 30:
            continue
        kept.append(paragraph)
    return kept


# Fewest words of a pull quote told by its copy: a shorter block ("Photo",
# "Read more") says nothing when another block holds its words.
_PULL_QUOTE_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 60
_CLOSING_QUOTES = ('"', "”", "’", "»", "」", "'")


def drop_pull_quotes(paragraphs: list[str]) -> list[str]:
    """Return ``paragraphs`` without the pull quotes that repeat the text.

    A magazine layout lifts a sentence of the text into a box beside it ("We
    expected losses, but not on this scale"); the box is a copy, told by its
    words standing, in order, inside another, longer block of the same text.
    """
    keys = [" " + " ".join(re.findall(r"\w+", p.lower())) + " " for p in paragraphs]
    # One text of all blocks, searched once per short block: a page of a few
    # hundred table rows would otherwise cost a pass per pair of blocks.
    joined = "\n".join(keys)
    copies: dict[str, int] = {}
    for key in keys:
        copies[key] = copies.get(key, 0) + 1
    kept = []
    for paragraph, key in zip(paragraphs, keys, strict=True):
        words = key.count(" ") - 1
        # Found more often than the block itself is repeated: it stands
        # inside another block.
        # A pull quote is a sentence; a heading or a table's label whose
        # words a paragraph repeats ("State, Local and Tribal Law
        # Enforcement") is not, and stays.
        if (
            _PULL_QUOTE_WORDS <= words <= _PULL_QUOTE_MAX_WORDS
            and paragraph.rstrip().endswith((*SENTENCE_ENDS, *_CLOSING_QUOTES))
            and joined.count(key) > copies[key]
        ):
            continue
        kept.append(paragraph)
    return kept


# A picture credit at the end of a paragraph or alone: "Foto: photocase.de",
# "Photo: Jane Doe/AP", "(Bild: dpa)". Only a few words after the label, so a
# sentence that mentions a photo is kept.
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\"”’)])\s+)\(?(?:fotos?|photos?|photo credits?|photographs?|bilder?|"
    r"images?|pictures?|credits?|crédits? photo|fotografía|imagen)\s*:\s*"
    r"[^\s:][^:!?]{0,50}?\)?$",
    re.I,
)


def strip_photo_credit(paragraph: str) -> str:
    """Return ``paragraph`` without a picture credit glued to its end."""
    match = _PHOTO_CREDIT.search(paragraph)
    if match is None or len(match.group(0).split()) > 8:
        return paragraph
    return paragraph[: match.start()].rstrip()
