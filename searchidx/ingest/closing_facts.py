"""The release's own facts at the end of its text, which closing-line rules keep.

A page's text often ends on its template's labels ("Topics: ...", "Press
Release Number: 18-123") and short lines ("Share", "###"), which go. Some
closing lines that look so are the release's own: a list of figures, an
advisory's event, a table read a cell a line.
"""

from __future__ import annotations

import re

from ._text import count_words

# A label before a colon that names a contact or where to ask ("Media
# contact:", "Pressekontakt:", "För ytterligare information, kontakta:",
# "Lisätietoja:", "Renseignements :", "Más información:"), or to ask as an
# investor ("Investor Relations:", under a listed company's notice).
CONTACT_LABEL = re.compile(
    r"^[^:]{0,60}?(?:contact|kontakt|informa[tc]i|tietoja|yhteys|renseignements|"
    r"inquir|enquir|press|media|medien|contatt|contacto|investor)[^:]{0,30}:\s",
    re.I,
)


# A list of facts closing the text, its items short "Label: value" lines: the
# two or more items of a line that introduces them ("Highlights of the
# quarter:", "Departures from Moss on Easter Sunday:"), or giving amounts
# ("Revenue: $1.21 billion, up 8%", "Net interest margin: 3.41%"). Short and
# labelled as they are, they are the release's own facts, not the labels a
# page closes with ("Topics: ...", "Press Release Number: 18-123").
_LABEL_VALUE = re.compile(r"^[^\W\d_][^:：\n]{0,40}[:：]\s*\S")
_AMOUNT = re.compile(
    r"\d\s*%|[$€£¥]\s*\d|\d\s*(?:€|EUR|USD|kr)\b|\d\s*(?:million|billion|bn)\b", re.I
)
_FACT_WORDS = 16


def ends_in_a_list_of_facts(kept: list[str]) -> bool:
    """Return True when the text closes on its own list of facts (see above)."""
    items = 0
    for block in reversed(kept):
        if not _LABEL_VALUE.match(block) or (
            count_words(block) > _FACT_WORDS and not _EVENT_LABEL.match(block)
        ):
            break
        items += 1
    # One such line is a label the page closes with ("Original-Content von:
    # Polizei Bielefeld"), even under a line ending in a colon.
    if items < 2 or items == len(kept):
        return False
    introduction = kept[-items - 1].rstrip()
    if introduction.endswith((":", "：")) and not CONTACT_LABEL.match(introduction):
        return True
    # An advisory's event, labelled by what a reader asks of it ("WHO:",
    # "WHAT:", "WHERE:", "TIME:"): the facts it announces.
    if sum(1 for item in kept[-items:] if _EVENT_LABEL.match(item)) >= 2:
        return True
    return all(
        _AMOUNT.search(re.split("[:：]", item, maxsplit=1)[1]) for item in kept[-items:]
    )


_EVENT_LABEL = re.compile(
    r"^(?:who|what|when|where|why|time|date|venue|location|place|"
    r"qui|quoi|quand|où|lieu|heure|wer|was|wann|wo|ort|zeit|"
    r"quién|qué|cuándo|dónde|lugar|hora|fecha)\s*[:：]",
    re.I,
)


def ends_in_a_table_of_amounts(kept: list[str]) -> bool:
    """Return True when the text closes on a table read a cell a line
    ("Papa Ola Lokahi" / "$4,750,000" / ...): two or more lines that are an
    amount alone among its last four."""
    return sum(1 for block in kept[-4:] if _AMOUNT_ALONE.match(block.strip())) >= 2


# An amount and nothing else: "$4,750,000", "€ 1.2 million", "3,000,000 EUR".
_AMOUNT_ALONE = re.compile(
    r"^(?:[$€£¥]\s*)?\d[\d,.\s]*(?:million|billion|bn|m|%|€|EUR|USD|kr)?$", re.I
)
