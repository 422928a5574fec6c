"""The start of a release's text: what its container holds above the
release, and the captions among it, that are no part of it.

Above the text: the headline again, decks, kickers, labels ("FOR IMMEDIATE
RELEASE"), the date and reading-time line, an editor's note, an opening
date and the place-and-date line. Among it: picture captions. All told by
their shape (length, end marks, labels), in any language; body_end.py reads
what closes the text.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from ._markup import element_text, has_block_children, similar, tags_named
from ._text import SENTENCE_ENDS, clean_line, count_words
from .body_end import drop_closing_lines, is_furniture, is_punctuated, is_update_note
from .byline_text import BYLINE_PREFIX
from .dates import parse_date, remove_dates
from .mail_headers import is_quoted_mail_header


def picture_texts(soup: BeautifulSoup) -> set[str]:
    """Return the alt and title texts of the page's pictures, as captions say
    them, the captions set beside a picture in its own paragraph, and the
    notes set in italics right under its tables."""
    texts = set()
    # One pass over the page for all: a page is thousands of elements.
    for element in tags_named(soup, ("img", "amp-img", "table")):
        if element.name == "table":
            note = element.find_next_sibling()
            if note is not None and _is_table_note(note):
                texts.add(clean_line(note.get_text(" ")).lower())
            continue
        for name in ("alt", "title"):
            text = clean_line(str(element.get(name) or ""))
            if count_words(text) >= 4:
                texts.add(text.lower())
        caption = _caption_beside(element)
        if caption:
            texts.add(caption.lower())
    return texts


# Most words of a caption set in a picture's own paragraph.
_CAPTION_WORDS = 40
# What holds a picture inside its paragraph: a link to the full size, a
# <picture>'s sources, a styling span.
_PICTURE_WRAPPERS = {"a", "picture", "span"}
# A credit in brackets closing a caption, after its sentence: "... Hospital.
# (PGI-PIO photo)", "... humay. (Kuha sang PGI-PIO)". A few words, in any
# language: a sentence of prose does not end on a bracket after its stop.
_BRACKETED_CREDIT = re.compile(r"[.!?。]\s*\([^()]{2,40}\)$")
_CREDIT_WORDS = 5
# Sides of an inline symbol (an emoji, a flag, an icon) set in the line of
# text, in pixels: no picture a caption would describe.
_SYMBOL_PIXELS = 32
# A letter of any script: an alt text without one is an emoji or a symbol.
_LETTER = re.compile(r"[^\W\d_]")
# A sentence of prose in a caption's words: at least this many words before
# its stop. A caption says what the picture shows in one; a paragraph of
# several such sentences is the text, set in italics as a quote.
_PROSE_SENTENCE_WORDS = 8
_SENTENCE_STOP = re.compile(r"(?<=[.!?])\s+")


def _is_inline_symbol(picture) -> bool:
    """Return True for an emoji or icon set in a line of text: its alt text
    holds no letter, or its declared size is that of a character."""
    alt = str(picture.get("alt") or "").strip()
    if alt and not _LETTER.search(alt):
        return True
    sides = [str(picture.get(name) or "").strip() for name in ("width", "height")]
    return any(s.isdigit() and 0 < int(s) <= _SYMBOL_PIXELS for s in sides)


def _caption_beside(picture) -> str:
    """Return the caption a picture's own paragraph gives under it, or "".

    Editors without a caption field put the picture and its caption in one
    paragraph (``<p><img><br><em>The new unit. (Photo: ...)</em></p>``): a
    short text that is all in italics or small type, or that closes on a
    bracketed credit, is the picture's caption wherever it stands. A lead
    paragraph that opens with a small picture is neither, nor a paragraph
    beside an emoji, nor several sentences of prose in italics (a quote).
    """
    if _is_inline_symbol(picture):
        return ""
    block = picture.parent
    while block is not None and block.name in _PICTURE_WRAPPERS:
        block = block.parent
    if block is None or block.name not in ("p", "div", "dd"):
        return ""
    if has_block_children(block):
        return ""
    text = element_text(block)
    if not text or count_words(text) > _CAPTION_WORDS:
        return ""
    if BYLINE_PREFIX.match(text):
        return ""  # an author's picture and byline ("By Jane Roe"), read later
    styled = "".join(
        e.get_text(" ") for e in block.find_all(["em", "i", "small"], recursive=True)
    )
    if len(clean_line(styled)) >= len(text):
        sentences = _SENTENCE_STOP.split(text)
        if sum(count_words(s) >= _PROSE_SENTENCE_WORDS for s in sentences) >= 2:
            return ""
        return text
    credit = _BRACKETED_CREDIT.search(text)
    if credit and count_words(credit.group(0)) <= _CREDIT_WORDS:
        return text
    return ""


# Most words of a table's note ("Source: ... analysis of the survey.").
_TABLE_NOTE_WORDS = 25


def _is_table_note(element) -> bool:
    """Return True for a short paragraph right under a table, all of it in
    italics or small type: the table's source or note, not the text."""
    if element.name != "p" or element.find(["em", "i", "small"]) is None:
        return False
    text = clean_line(element.get_text(" "))
    if not text or count_words(text) > _TABLE_NOTE_WORDS:
        return False
    styled = "".join(
        e.get_text(" ") for e in element.find_all(["em", "i", "small"], recursive=True)
    )
    return len(clean_line(styled)) >= len(text)


# A slide's counter before its caption: "3 / 12", "3 of 12".
_SLIDE_COUNTER = re.compile(r"^\d+\s*(?:/|of|von|de|sur)\s*\d+\s+", re.I)


def is_caption(block: str, pictured: set[str]) -> bool:
    """A block saying what a picture's alt/title text says is its caption.

    Galleries, slide shows and lead images repeat a caption in the picture's
    own markup; release prose is never a picture's alt text.
    """
    return bool(pictured) and _SLIDE_COUNTER.sub("", block).lower() in pictured


# Labels of advertising slots ("Advertisement", "Anzeige", "Publicité").
_AD_LABEL = re.compile(
    r"^(?:advertisements?|advertising|sponsored(?: content)?|anzeige|werbung|"
    r"publicité|publicidad|pubblicità|advertentie|reklame)$",
    re.I,
)
# A line of the header's meta: a date with a time or "Updated ...", a reading
# time ("4 min read"), a byline with its date ("Von Jonas Riedlinger 26. April").
_READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|minuten)\.?\s*(?:read|lesezeit)?\b", re.I
)


def _is_meta_line(block: str) -> bool:
    """A short header line stating when (and by whom): not a sentence of prose.

    A lead that opens with its date ("February 14, 2024 (SAINT PAUL) - Today,
    ...") is a sentence: it ends with a full stop and has many words besides
    the date.
    """
    text = block.rstrip()
    if text.endswith(("!", "?", '"', "”", "。", "！", "？")) or (
        text.endswith(".") and not text.lower().endswith(("a.m.", "p.m."))
    ):
        return False
    if parse_date(text) is not None:
        return count_words(remove_dates(text)) <= 12
    return bool(_READING_TIME.search(text)) and count_words(text) <= 12


def _drop_header(paragraphs: list[str]) -> list[str]:
    """Drop a header read with the text: a deck and the date/byline line under it.

    Article pages put a standfirst and a line like "June 3, 2024 | Updated ..."
    or "Apr 4, 2024 • 4 min read" between the headline and the text. The meta
    line marks where the header ends; what stands before it is short (a deck,
    a kicker), so prose cannot be taken for a header.
    """
    for index, block in enumerate(paragraphs[:4]):
        if _is_meta_line(block):
            # A letter the release quotes below its own sentences: its "Sent:"
            # line ends no header, and the text above it stays.
            if is_quoted_mail_header(block, paragraphs[:index]):
                break
            if index + 1 < len(paragraphs) and all(
                count_words(earlier) <= 60 for earlier in paragraphs[:index]
            ):
                return paragraphs[index + 1 :]
            break
        if count_words(block) > 60:
            break
    return paragraphs


# A regulatory announcement's heading line naming the issuer and the terms
# the text will call it by: 'Orrin Marine Group plc ("Orrin" or the "Company")'.
_DEFINED_NAME = re.compile(
    r'^[^.!?()]{2,100}\(\s*(?:the\s+)?["“][^"”]{1,40}["”]'
    r'(?:\s*(?:,|or|and)\s*(?:the\s+)?["“][^"”]{1,40}["”])*\s*\)\s*\.?$'
)


def _is_deck(block: str) -> bool:
    """A subheadline above the release: a phrase, not a sentence, under 40 words.

    Leads end with a full stop (or a colon introducing a statement); decks and
    kickers ("Sixth Major Bank to Plead Guilty ...") do not.
    """
    return count_words(block) <= 40 and not block.rstrip().endswith(
        (*SENTENCE_ENDS, ":", '"', "”", "’", "'", ")", "」")
    )


# Fewest words besides its dates, and of them in lower case, of a sentence
# that gives a date ("Governor Jane Roe (March 18, 2026) – Today I signed the
# budget."); a date line's label and name ("Posted on ... by Jane Roe") have
# fewer.
_DATED_SENTENCE_WORDS = 6
_DATED_SENTENCE_LOWER = 3


def _is_dated_sentence(block: str) -> bool:
    """Return True when ``block`` is a sentence with a date in it, not a date
    line: it ends as a sentence does and has words of prose besides the date.

    A date line read in parts ("Governor Jane Roe (March 18, 2026) – Today I
    signed the budget." is a name, a date and a short part) is otherwise
    taken for the page's date line, and a short first paragraph is lost.
    """
    text = block.rstrip()
    if not text.endswith(SENTENCE_ENDS) or text.lower().endswith(("a.m.", "p.m.")):
        return False
    words = remove_dates(text).split()
    lower = [word for word in words if word[:1].islower()]
    return len(words) >= _DATED_SENTENCE_WORDS and len(lower) >= _DATED_SENTENCE_LOWER


# An update label, its date and a dash, then a sentence ("Update, March 18,
# 2026 – The ferry to Kelmoor Island runs again."): news of the day, unless the
# sentence speaks of the page's own change ("This story was updated ...").
_DATED_REPORT = re.compile(
    r"^[^\W\d_][\w ]{0,30},?\s+(?P<date>[^–—:]{4,30}?)\s+[–—]\s+"
)
_PAGE_CHANGE = re.compile(
    r"\b(?:updat|correct|amend|revis|clarif|earlier version|previous version"
    r"|this (?:article|story|release|post|page|piece|report))",
    re.I,
)


def _is_dated_report(block: str) -> bool:
    """Return True when an update label and its date open a sentence of news,
    not an editor's note that the page changed."""
    match = _DATED_REPORT.match(block)
    if match is None or parse_date(match.group("date")) is None:
        return False
    rest = block[match.end() :]
    return _is_dated_sentence(rest) and not _PAGE_CHANGE.search(rest)


# A communiqué's opening formula, at the end of its line: "The Army Command
# issued the following statement:", "صدر عن قيادة الجيش البيان الآتي:", "...
# a publié le communiqué suivant :". What follows is the statement itself.
_STATEMENT_FORMULA = re.compile(
    r"(?:\b(?:issued|released|made|gave|published) the following"
    r"|\bthe following (?:joint )?(?:statement|communiqu[ée]|declaration"
    r"|announcement|(?:press |news )?release)"
    r"|\b(?:le|ce) communiqué suivant|\bla (?:déclaration|note) suivante"
    r"|\b(?:el|la) siguiente (?:comunicado|declaración|nota)"
    r"|\b(?:o|a) seguinte (?:comunicado|nota|declaração)"
    r"|\bil seguente comunicato|\bfolgende (?:erklärung|mitteilung)"
    r"|\bследующее (?:заявление|сообщение)|\bнаступн(?:у|е) (?:заяву|повідомлення)"
    r"|(?:البيان|البلاغ) (?:الآتي|الاتي|التالي))\s*[:：]$",
    re.I,
)
# Most words of the formula's line: the issuer's name and the formula.
_FORMULA_WORDS = 16


def _is_statement_formula(block: str) -> bool:
    """Return True for the line a communiqué opens with to introduce itself,
    naming its issuer and no more, as "FOR IMMEDIATE RELEASE" would.

    A lead that gives the statement's occasion ("Today, at the briefing,
    ... gave the following statement:", "... issued the following
    statement on the attack:") says more than its issuer, and stays.
    """
    return (
        count_words(block) <= _FORMULA_WORDS
        and not any(mark in block for mark in (",", "،", "、", "，"))
        and _STATEMENT_FORMULA.search(block.rstrip()) is not None
    )


def _is_headline_repeat(block: str, title: str) -> bool:
    # Both ways: a lead that reuses most of the headline's words ("Today the
    # Attorney General issued the following statement on ...") has many more
    # words of its own, and is kept.
    return (
        similar(block, title)
        and count_words(block) <= count_words(title) * 1.2
        and not _is_lead_retelling(block, title)
    )


def _is_lead_retelling(block: str, title: str) -> bool:
    """Return True when a short first paragraph tells the headline's news
    again as a sentence, in words of its own ("... yangi umumta'lim maktabi
    ... topshirildi." under "... yangi maktab ... topshirildi"): the lead of
    a short release, where the headline is a phrase. The headline shown
    again has no words the headline lacks, or no stop the headline lacks.
    """
    stripped = block.rstrip()
    if not stripped.endswith(SENTENCE_ENDS) or title.rstrip().endswith(SENTENCE_ENDS):
        return False
    title_words = set(re.findall(r"\w+", title.lower()))
    return any(word not in title_words for word in re.findall(r"\w+", block.lower()))


def drop_furniture(paragraphs: list[str], title: str) -> list[str]:
    """Drop the headline, decks, labels and date lines around the release text."""
    kept = _drop_header([p for p in paragraphs if not _AD_LABEL.match(p)])
    punctuated = is_punctuated(kept)
    while len(kept) > 1 and (
        _is_headline_repeat(kept[0], title)
        or is_update_note(kept[0])
        and not _is_dated_report(kept[0])
        or is_furniture(kept[0])
        and not _is_dated_sentence(kept[0])
        or punctuated
        and _is_deck(kept[0])
        or _DEFINED_NAME.match(kept[0])
        or _is_statement_formula(kept[0])
    ):
        kept.pop(0)
    return drop_closing_lines(kept, punctuated)


def strip_leading_date(body: str) -> str:
    """Drop a date opening the body ("March 5, 2019 (SAINT PAUL) — ...")."""
    head = body[:40]
    match = re.match(r"^\s*[A-Z][a-z]+\.? \d\d?, \d{4}\s*", head) or re.match(
        r"^\s*\d\d? [A-Z][a-z]+ \d{4}\s*", head
    )
    if match and parse_date(match.group(0)):
        rest = body[match.end() :]
        return (
            rest.lstrip(" -–—") if rest.lstrip().startswith(("-", "–", "—")) else rest
        )
    return body


# The parts of a place-and-date line, between spaced dashes: "May 22, 2024 –
# Port Mellon Cove, Nova Scotia – Fisheries and Oceans Canada".
_DATE_LINE_PARTS = re.compile(r"\s+[–—-]\s+")
# Most words of such a line, and of its place.
_PLACE_LINE_WORDS = 20
_PLACE_WORDS = 6


def place_in_date_line(paragraphs: list[str]) -> tuple[str, str]:
    """Return ``(place, line)``: the place a release's own date line gives
    among its first lines, and that line; ``("", "")`` when none does.

    Government releases open with a line of their own that is the date, the
    place and often the issuer, between dashes ("May 22, 2024 – Port Mellon
    Cove, Nova Scotia – Fisheries and Oceans Canada", "Le 14 juin 2024 –
    Rivière-aux-Outardes (Québec) – ..."): the date first, then a short
    capitalised part with no sentence's end, the dateline.
    """
    for paragraph in paragraphs[:3]:
        if count_words(paragraph) > _PLACE_LINE_WORDS:
            continue
        parts = _DATE_LINE_PARTS.split(paragraph.strip())
        if not 2 <= len(parts) <= 3 or not parse_date(parts[0]):
            continue
        place = parts[1].strip()
        if (
            place[:1].isupper()
            and count_words(place) <= _PLACE_WORDS
            and not place.endswith(SENTENCE_ENDS)
            and not parse_date(place)
        ):
            return place, paragraph
    return "", ""
