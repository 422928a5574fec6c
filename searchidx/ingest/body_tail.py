"""The tail of a release's text: what ends it in its container, no part of it.

A call to subscribe (at the end, or as a box inside the text), an emoji or a
mark alone, a line-up or a list of scorers, a list of files to download, a
letter's closing and its signature. All told by their shape, in any
language; body_end.py reads the contact lines, notices and signs before it.
"""

from __future__ import annotations

import re

from ._text import SENTENCE_ENDS, count_words
from .dates import parse_date

# A call to subscribe, in the text's own container ("Get our newsletter: one
# email a month ...", "Melden Sie sich für unseren Newsletter an").
_SUBSCRIBE = re.compile(
    r"newsletter|nyhetsbrev|nyhedsbrev|uutiskirje|nieuwsbrief|infolettre|"
    r"boletín|buletin|bülten|рассылк|розсилк|subscribe|abonnier|"
    r"abonnez|suscríbe|iscriviti|inscreva|zapisz się|přihlaste|prenumerera",
    re.I,
)
# Most words of a call to subscribe; a paragraph about a newsletter is longer.
_SUBSCRIBE_WORDS = 20


# Most words of a call to subscribe set in the middle of a text (a blog's
# callout card); the end of a text allows more (_SUBSCRIBE_WORDS).
_SUBSCRIBE_BOX_WORDS = 12


def is_subscribe_box(paragraph: str) -> bool:
    """A call to subscribe set inside the text ("Want more posts like this?
    Subscribe to our newsletter."): a short block naming a newsletter or a
    subscription, anywhere; a paragraph about a newsletter is longer."""
    return (
        count_words(paragraph) <= _SUBSCRIBE_BOX_WORDS
        and _SUBSCRIBE.search(paragraph) is not None
    )


def _is_roster(paragraph: str) -> bool:
    """Return True for a list of names (a line-up, scorers, a cast): nearly
    every word capitalised or a number, and a comma or semicolon every other
    word. A sentence naming many places ("joined by the states of Alabama,
    Alaska, ...") has its lower-case words."""
    words = paragraph.split()
    if len(words) < 5:
        return False
    separators = paragraph.count(",") + paragraph.count(";")
    if separators < 0.4 * len(words):
        return False  # before looking at every word of a paragraph of prose
    named = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    if paragraph.rstrip().endswith(".") and len(words) - named >= _SENTENCE_WORDS:
        return False  # "..., the letter was signed by Reps. A, B, ... and C."
    return separators >= 0.4 * len(words) and named >= 0.9 * len(words)


# Lower-case words that, with a full stop, make a list of names a sentence.
_SENTENCE_WORDS = 4


# A letter's closing, as a release sent by e-mail ends ("Kind regards,",
# "Mit freundlichen Grüßen", "Cordialement"), in the languages of Europe.
_CLOSING = re.compile(
    r"^(?:(?:with\s+)?(?:best|kind|warm|warmest|many)\s+(?:regards|wishes|thanks)|"
    r"regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|"
    r"mit\s+freundlichen\s+grüßen|(?:freundliche|viele|beste|herzliche)\s+grüße|"
    r"(?:bien\s+)?cordialement|salutations(?:\s+distinguées)?|"
    r"(?:un\s+)?saludos?(?:\s+cordiales)?|atentamente|cordiales\s+saludos|"
    r"(?:cordiali|distinti)\s+saluti|(?:met\s+)?vriendelijke\s+groet(?:en)?|"
    r"(?:med\s+)?vänliga\s+hälsningar|med\s+venlig\s+hilsen|"
    r"med\s+vennlig\s+hilsen|ystävällisin\s+terveisin|terveisin|"
    r"z\s+poważaniem|pozdrawiam|s\s+pozdravem|s\s+úctou|с\s+уважением|"
    r"з\s+повагою|üdvözlettel|saygılarımla|atenciosamente|cumprimentos|"
    r"με\s+εκτίμηση|cu\s+stimă|lugupidamisega|pagarbiai|ar\s+cieņu|"
    r"srdačan\s+pozdrav|s\s+poštovanjem|lep\s+pozdrav)\W*$",
    re.I,
)
# Most blocks, and most words of each, of a signature under a closing: a
# name, a role, an organisation, a telephone.
_SIGNATURE_BLOCKS = 6
_SIGNATURE_WORDS = 12


# A mail's signature delimiter ("-- ", as RFC 3676 writes it) or a rule typed
# as a line of dashes, underscores or equal signs, above a signature and a
# disclaimer; what follows it may hold sentences, but no paragraph's length.
_DELIMITER = re.compile(r"^\s*(?:-{2,}|_{3,}|={3,}|\*{3,}\s*\*?)\s*$")
_DELIMITED_WORDS = 40
# A sentence's end, inside its closing quote or not.
_QUOTED_ENDS = (*SENTENCE_ENDS, *(f"{end}{quote}" for end in ".!?" for quote in '"”’»'))


# A formal notice's sign-off, its place and day above the signature:
# "Curitiba, 14 de maio de 2025.", "Milano, 3 marzo 2025", "Berlin, den
# 3. März 2025".
_PLACE_DATE_CLOSING = re.compile(
    r"^(?P<place>[^\W\d_][^,\n\d]{1,40}),\s*(?P<date>[^,\n]{4,30}?\d{4})\s*\.?$"
)
_CLOSING_PLACE_WORDS = 4


def _is_place_date_closing(block: str) -> bool:
    """Return True when ``block`` is only a place (capitalised words) and a
    day that parses, as a formal notice is signed off."""
    match = _PLACE_DATE_CLOSING.match(block.strip())
    if not match:
        return False
    words = match.group("place").split()
    return (
        len(words) <= _CLOSING_PLACE_WORDS
        and all(word[:1].isupper() for word in words)
        and parse_date(match.group("date")) is not None
    )


def _drop_signature(paragraphs: list[str]) -> list[str]:
    """Drop a letter's closing and the signature under it ("Mit freundlichen
    Grüßen / Anna Weber / Pressesprecherin / ..."): a closing, a line of
    at most three words ending in a comma, or a place and a day ("Curitiba,
    14 de maio de 2025."), then only short lines without a sentence's end; or a signature delimiter ("--", "-----") and the few
    short blocks under it (a sender, a disclaimer)."""
    for index in range(len(paragraphs) - 1, max(0, len(paragraphs) - 8), -1):
        block = paragraphs[index]
        if index > 0 and _DELIMITER.match(block):
            signature = paragraphs[index + 1 :]
            # A rule between sections of a text ("***" in a speech) has
            # sentences under it; a signature's sender, role and numbers
            # are no sentences, its disclaimer one at most.
            sentences = sum(
                1 for line in signature if line.rstrip().endswith(_QUOTED_ENDS)
            )
            if (
                len(signature) <= _SIGNATURE_BLOCKS
                and all(count_words(line) <= _DELIMITED_WORDS for line in signature)
                and sentences <= 1
            ):
                return paragraphs[:index]
            return paragraphs
        if (
            _CLOSING.match(block)
            or (
                block.endswith(",")
                and count_words(block) <= 3
                and index < len(paragraphs) - 1
            )
            or (index > 0 and _is_place_date_closing(block))
        ):
            signature = paragraphs[index + 1 :]
            if len(signature) <= _SIGNATURE_BLOCKS and all(
                count_words(line) <= _SIGNATURE_WORDS
                and not line.rstrip().endswith(SENTENCE_ENDS)
                for line in signature
            ):
                return paragraphs[:index]
            return paragraphs
    return paragraphs


# A file offered for download, as a release's closing list or table of them
# shows it: its name, then its format ("Table 1: Arrivals by country XLSX",
# "Annual report (PDF, 2.1 MB)").
_DOWNLOAD_LINE = re.compile(
    r"^[^\n]{3,150}?[\s(\[]"
    r"(?:xlsx?|pdf|csv|docx?|odt|ods|pptx?|zip|json|xml)"
    r"(?:[,\s]+\d[\d.,]*\s*[kmg]i?b)?[)\]]?$",
    re.I,
)
_DOWNLOAD_WORDS = 20
# Most words of the heading over such a list ("Tables Format", "Downloads").
_DOWNLOAD_HEADING_WORDS = 4


def _is_download_line(block: str) -> bool:
    """Return True when ``block`` names a file to download and its format,
    and is no sentence."""
    return (
        count_words(block) <= _DOWNLOAD_WORDS
        and not block.rstrip().endswith(SENTENCE_ENDS)
        and _DOWNLOAD_LINE.match(block.strip()) is not None
    )


def drop_tail(paragraphs: list[str]) -> list[str]:
    """Drop what ends a text in its own container but is no part of it: a
    call to subscribe, an emoji or mark alone, a line-up or list of scorers
    under its short label ("Alineació", "Scorers"), a list of files to
    download under its heading, a letter's closing and its signature."""
    kept = _drop_signature(paragraphs)
    while len(kept) > 1:
        last = kept[-1]
        if not re.search(r"\w", last) or (
            count_words(last) <= _SUBSCRIBE_WORDS and _SUBSCRIBE.search(last)
        ):
            kept.pop()
        elif _is_download_line(last):
            while len(kept) > 1 and _is_download_line(kept[-1]):
                kept.pop()
            heading = kept[-1]
            if (
                len(kept) > 1
                and count_words(heading) <= _DOWNLOAD_HEADING_WORDS
                and not heading.rstrip().endswith(SENTENCE_ENDS)
            ):
                kept.pop()  # the list's heading
        elif _is_roster(last):
            kept.pop()
            if len(kept) > 1 and count_words(kept[-1]) <= 3 and kept[-1][-1:].isalpha():
                kept.pop()  # the roster's label
        else:
            break
    return kept
