"""Contact lines: the details a release gives for the press, in its text or
under it ("Media contact: Owen Marsh, press@corvane.example, +44 113 555
0182"), told by their shape (a label, an address or a number to call, no
sentence) in any language; body_end.py drops them where they close a text.
"""

from __future__ import annotations

import re

from ._text import SENTENCE_ENDS, count_words
from .closing_facts import CONTACT_LABEL

# A short label before a colon ("Media contact: ", "Kontakt: ").
LABEL_COLON = re.compile(r"^[^\W\d_][\w ]{0,30}:\s")


# An e-mail address or a telephone number ("+44 113 555 0182", "(202)
# 225-2661", "0920-555 12 34"); a run of years or figures in a table row has
# no plus, bracket or dash.
_CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|\+\d[\d ().-]{7,}\d|\(\d[\d ().-]{7,}\d"
    r"|\d[\d ()]*-[\d ().-]{5,}\d"
    # a number in four or more groups of two to four digits, as European
    # pages print telephone numbers ("26 12 34 50", "01.23.45.67.89"); a
    # figure has fewer groups ("1 200 000"), a date other separators
    r"|(?<![\d,.])\d{2,4}(?:[ .]\d{2,4}){3,}(?![\d,]|\.\d)"
)
# A number in two or three groups, as the Nordic and Baltic countries print
# one with no trunk prefix ("5555 1234", "913 45 678"): a figure is printed
# so too ("125 400"), so it makes a contact only after a name and a role.
_GROUPED_NUMBER = re.compile(r"\d{3,4}(?: \d{2,4}){1,2}")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_WORDS = 4


def _is_name_role_number(block: str) -> bool:
    """Return True for a person's name, a role and a number, each after a
    comma ("Kristi Tamm, kommunikatsiooninõunik, 5555 1234"); a figure's
    label ("Liczba pasażerów w 2025 r., 125 400") or a sentence ("...
    call the council hotline, 0800 123 456") names no person before it."""
    parts = [part.strip() for part in block.strip().split(",")]
    if len(parts) < 3 or not _GROUPED_NUMBER.fullmatch(parts[-1]):
        return False
    name = parts[0].split()
    return (
        2 <= len(name) <= _NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) and word[:1].isupper() for word in name)
        and all(not any(c.isdigit() for c in role) for role in parts[1:-1])
    )


# A label ending at a colon, with commas ("For more information, please
# contact:", "Wixii macluumaad dheeraad ah la xiriir:") but no sentence end.
_LONG_LABEL = re.compile(r"^[^\W\d_][^:.!?。\n]{0,60}:\s")
_LABEL_WORDS = 8
# A line that opens by asking the reader to contact someone for more, with
# no label's colon: "For more information, please contact the Corporate
# Communications Department at ...", "Untuk maklumat lanjut, sila hubungi
# ...", "Pour plus d'informations, veuillez contacter ...". The request
# comes straight after "for more information": a line that says what the
# information is about ("For more information about protections against
# job discrimination, call ...") speaks to the public, and is text.
_CONTACT_REQUEST = re.compile(
    r"^(?:for (?:more|further) information|untuk (?:maklumat|informasi) "
    r"(?:lanjut|lebih lanjut)|pour (?:plus d['’]|de plus amples )informations?|"
    r"para (?:más|mayor) información|para mais informações|"
    r"für weitere informationen|per (?:ulteriori|maggiori) informazioni|"
    r"voor meer informatie)\s*,?\s*"
    r"(?:please |sila |silakan |veuillez |bitte |favor de |por favor,? )?"
    r"(?:contact|hubungi|contact(?:er|ez)|contact(?:e|ar)|kontaktieren|"
    r"wenden sie sich|contatt(?:are|i)|(?:entre em |neem )contact)",
    re.I,
)
# Most words of a contact line; a paragraph that gives a number is longer.
_CONTACT_WORDS = 30
_BARE_CONTACT_WORDS = 12


def is_contact_line(block: str, punctuated: bool = True) -> bool:
    """A line of contact details closing a text ("Media contact: Owen Marsh,
    press@corvane.example, +44 113 555 0182", "Emma Lind, trafikplanerare,
    0920-555 12 34"), in any language: a short block holding an address or
    a number to call, opened by a label or no sentence (a sentence that
    gives a number, "Call 555-0100 to book.", is text)."""
    words = count_words(block)
    return (
        words <= _CONTACT_WORDS
        and (
            LABEL_COLON.match(block) is not None
            or _CONTACT_REQUEST.match(block) is not None
            or (label := _LONG_LABEL.match(block)) is not None
            and count_words(label.group(0)) <= _LABEL_WORDS
            # Unlabelled, only a name, a role and a number: a longer line
            # without its full stop ("For more information ..., call
            # 800-255-7688 ...") is text.
            or punctuated
            # the numbers of an address and a telephone are no words
            and sum(1 for w in block.split() if any(c.isalpha() for c in w))
            <= _BARE_CONTACT_WORDS
            and not block.rstrip().endswith(SENTENCE_ENDS)
        )
        and (_CONTACT_DETAIL.search(block) is not None or _is_name_role_number(block))
    )


def _is_contact_detail_line(block: str) -> bool:
    """Return True for a line that gives an address or a number to call and
    is no sentence: the office's line under a labelled contact ("Directorate
    of Information, Commission I E-mail: ... I Web: ..."), however it
    separates its parts."""
    return (
        count_words(block) <= _CONTACT_WORDS
        and not block.rstrip().endswith(SENTENCE_ENDS)
        and _CONTACT_DETAIL.search(block) is not None
    )


# CONTACT_LABEL's colon is within this many characters of a block's start.
_CONTACT_COLON_WITHIN = 110


def drop_contact_blocks(paragraphs: list[str], punctuated: bool) -> list[str]:
    """Drop the media contacts a text holds, with the lines of details
    right under each.

    A media contact inside the text, before the issuer's About section
    ("For more information, contact: ..., +46 ..."), is no more text than
    one closing it; a line of the text that gives a number to call
    ("Equifax: Call (800) ...") has no contact label. The lines under a
    labelled contact that give more addresses and no sentence (the press
    office's e-mail and web site) are the same box.

    Args:
        paragraphs: the text's blocks; the first is never a contact's.
        punctuated: whether the text ends its sentences with marks.
    """
    kept: list[str] = []
    in_contact = False
    for index, block in enumerate(paragraphs):
        if (
            index
            # the label's colon comes early: a cheap test before its pattern
            and ":" in block[:_CONTACT_COLON_WITHIN]
            and CONTACT_LABEL.match(block)
            and is_contact_line(block, punctuated)
        ):
            in_contact = True
            continue
        if in_contact and _is_contact_detail_line(block):
            continue
        in_contact = False
        kept.append(block)
    return kept
