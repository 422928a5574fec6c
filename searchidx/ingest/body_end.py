"""The end of a release's text: what its container holds under the release,
and among it, that is no part of it.

Under the text: contact lines, the heading over the issuer's About section,
a wire's "SOURCE" line and its pointer to the release's source version, a
listed company's safe-harbour statement (read in safe_harbor.py), a
regulatory disclosure notice, copyright, a pager, an editor's update note,
the issuing office's sign, the heading over a closing note. Among it: a
media contact. All told by their shape (length, end marks, labels), in any
language; body_tail.py drops what follows the text in its container (calls
to subscribe, line-ups, downloads, a letter's signature), body_start.py
reads the other edge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._text import ABOUT_HEADING, ABOUT_WORDS, SENTENCE_ENDS, count_words
from .closing_facts import ends_in_a_list_of_facts, ends_in_a_table_of_amounts
from .contact_lines import LABEL_COLON, drop_contact_blocks, is_contact_line
from .date_choice import is_update_line
from .dates import is_date_line, parse_date, remove_dates
from .safe_harbor import drop_safe_harbor, is_safe_harbor_statement
from .wire_notices import is_wire_notice

# Short label blocks that close a page's article area: "Topic(s): ...",
# "Updated April 2, 2018", "Press Release Number: 18-123", "Advertisements",
# with the full-width colon of Chinese and Japanese pages ("来源：...").
# Also a multi-page article's pager ("Page 1 of 3 Next page »", "Seite 2 von 4").
_TRAILING_LABEL = re.compile(
    r"^[\w() ./-]{1,40}(?::(?:\s|$)|：)|^(?:updated|posted|last modified)\b"
    r"|^(?:page|seite|página|pagina) \d+ (?:of|von|de|di|/) \d+\b",
    re.I,
)


# The same heading where "about" follows the name, as Japanese writes it
# ("■株式会社みなと電池について"), behind the square or the bracket that
# marks a heading there, or Korean ("한결모빌리티 소개").
_ABOUT_AFTER_NAME = re.compile(
    r"^[■□◆◇●○▼▽▶【\[]?\s*(?P<name>[^\W\d_][^。.!?:：]{0,40}?)\s*"
    r"(?:について|\s소개)[】\]]?\s*[:：]?$"
)
# The heading in languages the shared pattern (_text.py) does not write:
# Thai ("เกี่ยวกับ สยามอะกริเทค"), Vietnamese ("Về Pin Lạc Hồng"), Malay and
# Indonesian ("Tentang ...", "Mengenai ...").
_ABOUT_BEFORE_NAME = re.compile(
    r"^(?:เกี่ยวกับ\s*|(?:về|tentang|mengenai)\s+)"
    r"(?P<name>[^\W\d_][^.!?:]{1,60}?)\s*:?$",
    re.I,
)
# A name's word in capitals ("OMS", "AfDB"): an acronym the text writes
# when it names the issuer ("About WHO Africa:", "À propos de l'OMS
# Afrique :"); a subject's name ("About Electric Cranes:") has none.
_ACRONYM = re.compile(r"^(?:[^\W\d_]['’])?(?P<word>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")


def _is_about_heading(
    paragraph: str, following: list[str], text: Sequence[str] = ()
) -> bool:
    """A heading over the issuer's closing section ("About Acme", "Om Acme")
    followed by that section, which names the issuer again: a heading, not
    text (the section itself stays). With a colon ("About Acme:") it is also
    how a release heads a note on its subject ("About Electric Cranes:"):
    then the name must be a name the ``text`` writes elsewhere, in its own
    capitals ("Acme, a maker of cranes, today announced")."""
    heading = paragraph.strip()
    about = ABOUT_HEADING.match(heading) or _ABOUT_AFTER_NAME.match(heading)
    if about is not None and count_words(paragraph) > ABOUT_WORDS:
        return False
    # its name's length bounded by the pattern: Thai, unspaced, counts a
    # word every two characters
    about = about or _ABOUT_BEFORE_NAME.match(heading)
    if about is None or not following:
        return False
    name = about.group("name")
    if paragraph.rstrip().endswith(":") and not any(
        re.search(rf"(?<!\w){re.escape(written)}(?!\w)", other)
        for written in _names_of(name)
        for other in text
        if other is not paragraph
    ):
        return False
    return name.split()[0].lower() in following[0].lower()


def _names_of(name: str) -> list[str]:
    """Return ``name`` and the acronym its first word is, if it is one
    ("l'OMS Afrique": "OMS"), as the text may write the issuer."""
    acronym = _ACRONYM.match(name.split()[0])
    return [name, acronym.group("word")] if acronym else [name]


# The notice a listed company closes a regulatory release with, saying the
# law it discloses under (the EU Market Abuse Regulation, in its languages).
_REGULATORY_NOTICE = re.compile(
    r"market abuse regulation|marknadsmissbruksförordning|markedsmisbrugsforordning|"
    r"markedsmisbruksforordning|markkinoiden väärinkäyttöä koskevan asetuksen|"
    r"markkinoiden väärinkäyttöasetu|marktmissbrauchsverordnung|"
    r"règlement (?:européen )?(?:sur|relatif aux) (?:les )?abus de marché|"
    r"reglamento sobre abuso de mercado|marktmisbruikverordening",
    re.I,
)
_NOTICE_WORDS = 80
# What makes a mention of that law the notice itself: the duty to disclose
# ("is obliged to make public pursuant to", "skyldigt att offentliggöra",
# "veröffentlichen", "opplysningsplikt") or the inside information it is.
_DISCLOSURE = re.compile(
    r"obliged|obligated|required to (?:make|disclose)|make public|pursuant to|"
    r"inside information|submitted for publication|skyldig|offentliggör|"
    r"offentliggø|offentliggjø|opplysningsplikt|julkistettava|sisäpiiri|"
    r"veröffentlich|insiderinformation|information privilégiée|"
    r"información privilegiada|voorwetenschap|openbaar te maken",
    re.I,
)
# The notice naming no law: "This announcement contains inside information."
_INSIDE_INFORMATION = re.compile(
    r"^(?:this|the)\s+(?:announcement|release|press release|information)\s+"
    r"(?:contains|constitutes|is)\s+inside information\b",
    re.I,
)


# The disclaimer Canadian exchanges have their listed companies close a
# release with: "Neither the TSX Venture Exchange nor its Regulation Services
# Provider ... accepts responsibility for the adequacy or accuracy of this
# release.", "The CSE has not reviewed and does not accept responsibility
# for the adequacy or accuracy of this release." The sentence ends on "this
# release" and names the exchange: "the release of tailings water" is a
# company's own words on something else.
_EXCHANGE_DISCLAIMER = re.compile(
    r"\baccepts? (?:any )?responsibility for the adequacy or accuracy of "
    r"this (?:news |press )?release\s*\.",
    re.I,
)
_EXCHANGE = re.compile(r"exchange|regulation services provider|\b(?:CSE|TSXV?)\b", re.I)


def _is_regulatory_notice(paragraph: str) -> bool:
    """Return True when ``paragraph`` is a listed company's disclosure notice,
    or its exchange's disclaimer, not a sentence that mentions the law ("...
    the Market Abuse Regulation does not apply, the treasurer told the
    committee.")."""
    if count_words(paragraph) > _NOTICE_WORDS:
        return False
    if _INSIDE_INFORMATION.match(paragraph.strip()):
        return True
    if _EXCHANGE_DISCLAIMER.search(paragraph) and _EXCHANGE.search(paragraph):
        return True
    return bool(_REGULATORY_NOTICE.search(paragraph) and _DISCLOSURE.search(paragraph))


# A copyright line closing an article ("Copyright 2023 by ... All rights reserved.").
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.I)

# A note on the release itself under its text, as a platform or an office
# adds one: it names the release as "this" document ("This press release is
# also available in French", "このプレスリリースには、報道関係者向けの情報が
# あります", "Diese Pressemitteilung ..."); the issuer's own sentences speak
# of their subject. A short block: a safe-harbour statement that opens so is
# longer, and read apart (safe_harbor.py).
_RELEASE_NOTE = re.compile(
    r"^(?:this (?:press |news |media )release|(?:この|本)(?:プレス|ニュース)?リリース|"
    r"diese pressemitteilung|ce communiqué|este comunicado|questo comunicato|"
    r"dit persbericht|本新闻稿|本新聞稿|이 보도자료)",
    re.I,
)
_RELEASE_NOTE_WORDS = 20


def _label_words(block: str) -> int:
    """Return the words of a label's line, not counting the marks that
    separate its items ("Follow us: Facebook | X | YouTube")."""
    marks = sum(1 for token in block.split() if not any(c.isalnum() for c in token))
    return count_words(block) - marks


def is_furniture(block: str) -> bool:
    """A short block that is a label, not prose ("FOR IMMEDIATE RELEASE", "Share")."""
    return (
        is_date_line(block)
        or count_words(block) <= 5
        and not block.endswith((*SENTENCE_ENDS, '"', "”"))
    )


# A wire release's closing line naming its issuer: "SOURCE Brightwell Foods, Inc."
_WIRE_SOURCE = re.compile(r"^SOURCE\s+[^\W\d_][^\n]{0,80}$")
# A wire's closing pointer to the release on its own site, or to its media:
# "View original content to download multimedia:https://..." (PR Newswire,
# Cision), "View source version on businesswire.com: ...", "To view the
# source version of this press release, please visit ..." (Newsfile),
# "Photos accompanying this announcement are available at ..."
# (GlobeNewswire). Its words are the wire's, never the issuer's. "View
# original content" points on with a colon or an address; a sentence that
# opens so ("View original content in the plant's virtual tour ...") is
# the issuer's.
_WIRE_POINTER = re.compile(
    r"^(?:cision\s+)?view (?:original|source) (?:content|version)"
    r"(?: to download multimedia| on [\w.-]+\.\w+)?\s*(?::|https?://|www\.)"
    r"|^to view the (?:source|original) version of this (?:press |news )?release\b"
    r"|^(?:photos?|images?|multimedia) accompanying this (?:announcement|release)"
    r" (?:is|are) available\b",
    re.I,
)
_WIRE_POINTER_WORDS = 30


def is_punctuated(paragraphs: list[str]) -> bool:
    """Return True when the text ends its sentences with marks, as every
    script but Thai and Lao does: only then does a block without one read as
    a deck or a label."""
    return any(p.rstrip().endswith((*SENTENCE_ENDS, '"', "”")) for p in paragraphs)


# Most words of an editor's note that the page was changed; a paragraph that
# reports an update of something else is longer or has no such label.
_UPDATE_NOTE_WORDS = 40
# Words before the update label: "This article was updated on ...".
_UPDATE_LABEL_AT = 5


# An editor's correction or note, by its label: no date is needed to tell it.
_EDITOR_NOTE = re.compile(
    r"^\W{0,2}(?:corrections?|korrektur|rectificaci[oó]n|correctif|rettifica|"
    r"correctie|sprostowanie|oprava|korjaus|rättelse|editor['’]s note|"
    r"anmerkung der redaktion|note de la rédaction|nota del editor|"
    r"nota della redazione|noot van de redactie)\s*:",
    re.I,
)


def is_update_note(block: str) -> bool:
    """An editor's note that the page was changed, at the edge of the text:
    "This article was updated on 22 February 2024 to include ...",
    "Актуализация: статията е допълнена ...", "Korrektur: ...".

    Its shape, in any language the update labels know (date_choice.py): a
    short block whose first words are an update label, then a colon or a
    full date.
    """
    if count_words(block) > _UPDATE_NOTE_WORDS:
        return False
    if _EDITOR_NOTE.match(block):
        return True
    opening = " ".join(block.split()[:_UPDATE_LABEL_AT])
    if not is_update_line(opening):
        return False
    return bool(LABEL_COLON.match(block)) or parse_date(block) is not None


# A figure and its label, as a list of key figures ends a release
# ("Shipments by year, 4200 9100", "Liczba rejsów, 2 310"): short as a
# label is, but text.
_FIGURE_ROW = re.compile(r"^[^\W\d_][^,\n]*,\s*\d[\d ]*\d$")


def drop_closing_of_export(paragraphs: list[str], *, wire: bool) -> list[str]:
    """Drop what surely closes a release's text as an export or a dump copied
    it: its end mark ("###", "-30-", "ENDS") and, on a wire's release, the
    wire's "SOURCE Acme" line and its pointer to the original.

    Not the page's other closing rules: a scraper's copy has no page around
    it to tell its last short lines from the release's own (a schedule, a
    table, a poem's last line, a hotline number), and an outside test found
    them taken (docs/benchmarks.md).

    Args:
        wire: the text carries a wire's tag in its dateline ("/PRNewswire/").
    """
    kept = list(paragraphs)
    while kept and (
        _END_MARK.match(kept[-1].strip())
        or wire
        and (
            _WIRE_SOURCE.match(kept[-1])
            or count_words(kept[-1]) <= _WIRE_POINTER_WORDS
            and _WIRE_POINTER.match(kept[-1])
        )
    ):
        kept.pop()
    return kept


# Fewest lower-case words, beside its date, of a sentence on a day that
# closes a text ("Виставка триватиме до 28 лютого 2027 року."); a page's
# date line has a label's few ("Page last reviewed 3 March 2024").
_DAY_SENTENCE_LOWER = 3


def _is_sentence_on_a_day(block: str) -> bool:
    """Return True when a short block with a date is the text's sentence on
    that day, not the page's date line: it ends with a full stop, labels
    nothing with a colon, and has words of prose beside the date."""
    text = block.strip()
    if not text.endswith(".") or ":" in text or not text[:1].isupper():
        return False
    lower = [w for w in remove_dates(text).split() if w[:1].islower()]
    return len(lower) >= _DAY_SENTENCE_LOWER


# A release's end mark: "###", "# # #", "-30-", "ENDS", "- END -".
_END_MARK = re.compile(r"^(?:#(?:\s*#)*|-+\s*30\s*-+|-*\s*ENDS?\s*-*)$", re.I)


def drop_closing_lines(paragraphs: list[str], punctuated: bool) -> list[str]:
    """Drop the heading over an About section, media contacts, and the labels,
    notices, contact and copyright lines that close the release text.

    Args:
        paragraphs: the text's blocks, its opening already read.
        punctuated: whether the text ends its sentences with marks
            (``is_punctuated``), so that an unlabelled line can be a contact.
    """
    paragraphs = drop_safe_harbor(paragraphs)
    paragraphs = [
        p for i, p in enumerate(paragraphs) if i == 0 or not is_wire_notice(p)
    ]
    kept = [
        p
        for i, p in enumerate(paragraphs)
        if i == 0 or not _is_about_heading(p, paragraphs[i + 1 : i + 2], paragraphs)
    ]
    kept = drop_contact_blocks(kept, punctuated)
    while kept and (
        is_furniture(kept[-1])
        and not _FIGURE_ROW.match(kept[-1])
        and not _is_sentence_on_a_day(kept[-1])
        and not ends_in_a_list_of_facts(kept)
        and not ends_in_a_table_of_amounts(kept)
        or _is_regulatory_notice(kept[-1])
        or _WIRE_SOURCE.match(kept[-1])
        or is_safe_harbor_statement(kept[-1])
        or count_words(kept[-1]) <= _WIRE_POINTER_WORDS
        and _WIRE_POINTER.match(kept[-1])
        or is_update_note(kept[-1])
        or is_contact_line(kept[-1], punctuated)
        or _label_words(kept[-1]) <= 8
        and _TRAILING_LABEL.match(kept[-1])
        and not ends_in_a_list_of_facts(kept)
        or count_words(kept[-1]) <= 30
        and _COPYRIGHT.search(kept[-1])
        or count_words(kept[-1]) <= _RELEASE_NOTE_WORDS
        and _RELEASE_NOTE.match(kept[-1])
    ):
        kept.pop()
    return kept


# Most words an issuing office's sign holds beyond the issuer's name: the
# office's own name ("Biro Hubungan Masyarakat dan Kerja Sama Luar Negeri").
_SIGN_WORDS = 10


# The label of an office's sign under a statement, in the languages that
# write it so ("Issued by", "Released by", "Herausgegeben von").
_ISSUED_BY = re.compile(
    r"^(?:issued|released|distributed|authori[sz]ed)\s+by\b:?|"
    r"^herausgegeben\s+von\b|^(?:publié|diffusé)\s+par\b",
    re.I,
)
_ISSUED_BY_WORDS = 16


def drop_issuer_sign(paragraphs: list[str], issuer: str) -> list[str]:
    """Drop the line a release closes on that signs it with its issuer's
    office ("Pressestelle, Stadt Kelmoor", "Biro Humas, Kementerian ..."):
    a last block naming the issuer, a few words more at most, and no
    sentence (in a text that ends its sentences with marks); or one that
    labels itself so ("Issued by the Office of the Spokesperson").

    Args:
        paragraphs: the text's blocks.
        issuer: the organisation the page names as the release's source.
    """
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1].rstrip()
    if (
        # "Issued by the Office of the Government Spokesperson", "Issued by:
        # Government Communication and Information System": the office's
        # sign as Commonwealth governments close a statement, whatever it
        # names
        _ISSUED_BY.match(last)
        and count_words(last) <= _ISSUED_BY_WORDS
        and not last.endswith((*SENTENCE_ENDS, '"', "”", ":"))
        and is_punctuated(paragraphs[:-1])
    ):
        return paragraphs[:-1]
    if _is_capitals_sign_off(last) and is_punctuated(paragraphs[:-1]):
        return paragraphs[:-1]
    if count_words(issuer) < 1:
        return paragraphs
    if (
        # the name as words: a short one ("AP") is inside many a word
        re.search(rf"(?<!\w){re.escape(issuer)}(?!\w)", last, re.I)
        and count_words(last) <= count_words(issuer) + _SIGN_WORDS
        and not last.endswith((*SENTENCE_ENDS, '"', "”", ":"))
        and _is_name_like(last)
        and is_punctuated(paragraphs[:-1])
    ):
        return paragraphs[:-1]
    return paragraphs


# The sign-off a statement closes on, its issuer's name in capitals over
# the place and the day ("SECURITIES COMMISSION MALAYSIA / Kuala Lumpur /
# 26 November 2026"), whatever name the page gives its source.
_CAPITAL_WORDS = 2
_SIGN_OFF_WORDS = 16
_ENDS_IN_A_YEAR = re.compile(r"\b\d{4}\.?$")


def _is_capitals_sign_off(line: str) -> bool:
    """Return True when ``line`` opens with a name in capitals and ends on a
    day, and holds only names between: a sentence has lower-case words,
    a heading in capitals no date."""
    words = _SIGN_WORD.findall(line)
    return (
        count_words(line) <= _SIGN_OFF_WORDS
        and len(words) > _CAPITAL_WORDS
        and all(len(w) > 1 and w.isupper() for w in words[:_CAPITAL_WORDS])
        and _ENDS_IN_A_YEAR.search(line) is not None
        and _is_name_like(line)
        and parse_date(line) is not None
    )


# Lower-case words a name of an office holds between its capitalised ones
# ("Biro Hubungan Masyarakat dan Kerja Sama", "Department of the Interior").
_NAME_CONNECTORS = frozenset(
    "and of the for at on in to dan und für des der die das den de del della di "
    "da do dos du la le les van von och og i y e et".split()
)
_SIGN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _is_name_like(line: str) -> bool:
    """Return True when ``line`` reads as names (an office, a unit, the
    issuer): each word capitalised but its connectors, never a clause with
    lower-case words of its own ("run by Harbour Board staff")."""
    return all(
        word[:1].isupper() or word in _NAME_CONNECTORS
        for word in _SIGN_WORD.findall(line)
    )


# Most words of the heading over a release's closing note ("Next steps",
# "Background", "Información general"); a block set in a heading's type
# that is longer is a paragraph styled so.
_CLOSING_HEADING_WORDS = 8


def drop_closing_heading(paragraphs: list[str], headings: list[str]) -> list[str]:
    """Drop the heading over the one paragraph a release closes on ("Next
    steps", "Background", "General information"), as the heading over its
    About section goes, when it is the text's only heading; a heading over
    more than one paragraph, or one of several the text is divided by,
    heads a section of the text, and stays.

    Args:
        paragraphs: the text's blocks.
        headings: the blocks the page set as headings (<h2>-<h6>).
    """
    if len(paragraphs) < 2 or not headings:
        return paragraphs
    if _is_short_heading(paragraphs[-1], headings):
        # a heading over nothing: what it headed (contact details, a share
        # bar) has gone as no text
        return paragraphs[:-1]
    if len(paragraphs) < 3:
        return paragraphs
    heading = paragraphs[-2]
    if _is_short_heading(heading, headings):
        # The heading over the page's contact details ("このページに関する
        # お問い合わせ", "Contact") goes with them: an office and a number
        # to call are no closing note.
        if is_contact_line(paragraphs[-1], is_punctuated(paragraphs[:-2])):
            return paragraphs[:-2]
        # the text's own last section, when others are headed too, stays
        if not any(p in headings for p in paragraphs[:-2]):
            return [*paragraphs[:-2], paragraphs[-1]]
    return paragraphs


def _is_short_heading(block: str, headings: list[str]) -> bool:
    return (
        block in headings
        and count_words(block) <= _CLOSING_HEADING_WORDS
        and not block.rstrip().endswith(SENTENCE_ENDS)
    )
