"""Saved release pages: metadata cascade, then the main text without site chrome.

Nothing here knows a particular site. Fields come first from what the page says
about itself (JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<link rel=canonical>``),
then from the visible page. The body is found by a general method: drop the
elements that are chrome by their tag, role or class words, score the remaining
text blocks by their length and link density, take the best-scoring container
and read its blocks in order until a "related news"-style heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.builder import ParserRejectedMarkup

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError
from ._markup import (
    page_description,
    similar,
)
from ._text import (
    SENTENCE_ENDS,
    clean_byline,
    clean_line,
    clean_source,
    count_words,
    drop_pull_quotes,
    drop_repeated_blocks,
    host_of,
    join_paragraphs,
    split_dateline,
    strip_photo_credit,
)
from .app_state import read_app_story
from .date_choice import (
    choose_date,
    is_update_line,
)
from .dates import (
    is_date_line,
    parse_date,
    remove_dates,
)
from .main_text import (
    drop_standfirst,
    find_content_root,
    read_blocks,
    wrap_loose_text,
)
from .markup_dates import find_markup_date
from .page_byline import (
    byline_in_facts,
    byline_under,
    drop_byline_block,
    find_byline_element,
    take_byline,
)
from .page_chrome import prune_chrome
from .page_dates import (
    date_from_url,
    date_in_title,
    find_visible_date,
    first_date_line,
    reads_day_first,
)
from .page_metadata import read_page_metadata
from .page_publisher import (
    find_issuer,
    find_publisher,
)
from .page_tags import (
    find_hashtags,
    find_listed_tags,
    find_tag_links,
    find_tag_paths,
)
from .page_title import choose_title, find_headline, raw_page_title
from .second_reading import agree, read_with_trafilatura

# Short label blocks that close a page's article area: "Topic(s): ...",
# "Updated April 2, 2018", "Press Release Number: 18-123", "Advertisements".
# Also a multi-page article's pager ("Page 1 of 3 Next page »", "Seite 2 von 4").
_TRAILING_LABEL = re.compile(
    r"^[\w() ./-]{1,40}:(?:\s|$)|^(?:updated|posted|last modified)\b"
    r"|^(?:page|seite|página|pagina) \d+ (?:of|von|de|di|/) \d+\b",
    re.I,
)


def read_html_page(data: bytes, path: str) -> Iterator[Document]:
    """Yield the one release a saved page holds.

    Raises:
        IngestError: the page cannot be parsed, or holds no release text.
    """
    try:
        soup = BeautifulSoup(data, "lxml")
    except (ParserRejectedMarkup, ValueError, RecursionError) as error:
        raise IngestError(path, f"not parseable as HTML ({error})") from error
    if soup.find("html") is None and soup.find("body") is None:
        raise IngestError(path, "not an HTML page")

    meta = read_page_metadata(soup)
    day_first = reads_day_first(soup, data)
    h1 = find_headline(soup, meta)
    title = choose_title(soup, meta, h1)

    # Tags and bylines often live in small elements the chrome filter would drop,
    # so read them before pruning.
    byline = (
        meta.author
        or find_byline_element(soup)
        or byline_under(h1)
        or byline_in_facts(soup, data)
    )
    tags = (
        meta.tags
        or find_listed_tags(soup)
        or find_tag_links(soup)
        or find_tag_paths(soup)
        or find_hashtags(soup, data)
    )
    pictured = _picture_texts(soup)
    # The publisher as the page's own chrome names it, read before the chrome goes.
    # A wire's or an exchange's page names the release's issuer apart from
    # the wire itself (its og:site_name).
    issuer = find_issuer(soup, data)
    named_source = issuer or meta.site_name or find_publisher(soup, title)
    app_state = [
        script.string
        for script in soup.find_all("script", type="application/json")
        if script.string
    ]
    chrome = prune_chrome(soup, keep=h1)
    wrap_loose_text(soup)
    root = find_content_root(soup, h1)
    drop_standfirst(root, h1, page_description(soup))
    paragraphs = read_blocks(root, h1)
    story = None
    if app_state and sum(count_words(p) for p in paragraphs) < _APP_PAGE_WORDS:
        # A page rendered in the browser: its markup holds a skeleton, the
        # story is in the app's state.
        story = read_app_story(app_state, raw_page_title(soup, meta))
        if story is not None and story.paragraphs:
            paragraphs = list(story.paragraphs)
            title = title or story.title
            byline = byline or story.author
    # A page rendered in the browser has only a skeleton for trafilatura.
    theirs = (
        read_with_trafilatura(data, soup.original_encoding) if story is None else []
    )
    if not paragraphs and not theirs:
        raise EmptyDocumentError(path, "the page has no release text")

    # Strongest first: what the page says about itself, weighed against the
    # date shown by its headline (date_choice.py); a date by its headline, a
    # date it marks up (htmldate) unless marked as the day it was changed, its
    # url, any date line at all.
    shown, _ = find_visible_date(root, h1, paragraphs, day_first)
    markup = _Once(lambda: find_markup_date(data))
    published = (
        choose_date(meta.date, meta.date_text, shown, markup=markup)
        or (story.date if story is not None else None)
        or date_in_title(soup, meta)
        or shown
        or (markup() if markup() not in meta.modified else None)
        or (date_from_url(meta.url) if meta.url else None)
        or first_date_line(root, day_first)
        or markup()
        # Last: a date in the page's text in a form our parser does not read.
        or find_markup_date(data, in_text=True)
    )
    read = list(paragraphs)
    paragraphs = [
        p
        for p in paragraphs
        if not _is_caption(p, pictured) and not _is_subscribe_box(p)
    ]
    if not byline:
        # Before the header is dropped: a byline line ("by Jane Roe, Secretary")
        # has no full stop and would go as a deck, its name with it.
        byline, paragraphs = take_byline(paragraphs)
    paragraphs = _drop_furniture(
        drop_pull_quotes(drop_repeated_blocks(paragraphs)), title
    )
    paragraphs = [p for p in map(strip_photo_credit, paragraphs) if p]
    if byline:
        paragraphs = drop_byline_block(paragraphs, byline)
    else:
        byline, paragraphs = take_byline(paragraphs)
    # What our reader saw and set aside (chrome, captions, decks, date and
    # byline lines) is not taken back from the second reading.
    kept = set(paragraphs)
    set_aside = [chrome, *pictured, *(p for p in read if p not in kept)]
    paragraphs = agree(
        paragraphs,
        theirs,
        chrome=" ".join(set_aside),
        headings=(title, page_description(soup)),
    )
    body = join_paragraphs(_drop_tail(paragraphs))
    dateline, body_without_dateline = split_dateline(_strip_leading_date(body))
    if dateline:
        body = body_without_dateline
    if not body.strip():
        raise EmptyDocumentError(path, "the page has no release text")
    byline = clean_byline(byline)
    if issuer and byline.lower() == issuer.lower():
        byline = ""  # "News provided by Kestrel Robotics": the issuer, no author
    yield Document(
        title=title or paragraphs[0][:120],
        body=body,
        date=published,
        source=clean_source(named_source or host_of(meta.url)),
        url=meta.url,
        byline=byline,
        dateline=dateline,
        tags=tags,
        path=path,
    )


# Fewer words than this in the markup, and a page with app-state JSON is read
# from that state: a skeleton's "Loading…" and its footer are not a release.
_APP_PAGE_WORDS = 30


class _Once:
    """A value computed on first use only (htmldate's markup search)."""

    __slots__ = ("_compute", "_value", "_done")

    def __init__(self, compute):
        self._compute, self._value, self._done = compute, None, False

    def __call__(self):
        if not self._done:
            self._value, self._done = self._compute(), True
        return self._value


def _picture_texts(soup: BeautifulSoup) -> set[str]:
    """Return the alt and title texts of the page's pictures, as captions say them."""
    texts = set()
    for image in soup.find_all(["img", "amp-img"]):
        for name in ("alt", "title"):
            text = clean_line(str(image.get(name) or ""))
            if count_words(text) >= 4:
                texts.add(text.lower())
    return texts


# A slide's counter before its caption: "3 / 12", "3 of 12".
_SLIDE_COUNTER = re.compile(r"^\d+\s*(?:/|of|von|de|sur)\s*\d+\s+", re.I)


def _is_caption(block: str, pictured: set[str]) -> bool:
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
# A copyright line closing an article ("Copyright 2023 by ... All rights reserved.").
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.I)


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
            if index + 1 < len(paragraphs) and all(
                count_words(earlier) <= 60 for earlier in paragraphs[:index]
            ):
                return paragraphs[index + 1 :]
            break
        if count_words(block) > 60:
            break
    return paragraphs


def _is_furniture(block: str) -> bool:
    """A short block that is a label, not prose ("FOR IMMEDIATE RELEASE", "Share")."""
    return (
        is_date_line(block)
        or count_words(block) <= 5
        and not block.endswith((*SENTENCE_ENDS, '"', "”"))
    )


# A wire release's closing line naming its issuer: "SOURCE Brightwell Foods, Inc."
_WIRE_SOURCE = re.compile(r"^SOURCE\s+[^\W\d_][^\n]{0,80}$")


def _is_punctuated(paragraphs: list[str]) -> bool:
    """Return True when the text ends its sentences with marks, as every
    script but Thai and Lao does: only then does a block without one read as
    a deck or a label."""
    return any(p.rstrip().endswith((*SENTENCE_ENDS, '"', "”")) for p in paragraphs)


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


def _is_headline_repeat(block: str, title: str) -> bool:
    # Both ways: a lead that reuses most of the headline's words ("Today the
    # Attorney General issued the following statement on ...") has many more
    # words of its own, and is kept.
    return similar(block, title) and count_words(block) <= count_words(title) * 1.2


# Most words of an editor's note that the page was changed; a paragraph that
# reports an update of something else is longer or has no such label.
_UPDATE_NOTE_WORDS = 40
# Words before the update label: "This article was updated on ...".
_UPDATE_LABEL_AT = 5
_LABEL_COLON = re.compile(r"^[^\W\d_][\w ]{0,30}:\s")


# An editor's correction or note, by its label: no date is needed to tell it.
_EDITOR_NOTE = re.compile(
    r"^\W{0,2}(?:corrections?|korrektur|rectificaci[oó]n|correctif|rettifica|"
    r"correctie|sprostowanie|oprava|korjaus|rättelse|editor['’]s note|"
    r"anmerkung der redaktion|note de la rédaction|nota del editor|"
    r"nota della redazione|noot van de redactie)\s*:",
    re.I,
)


def _is_update_note(block: str) -> bool:
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
    return bool(_LABEL_COLON.match(block)) or parse_date(block) is not None


# An e-mail address or a telephone number ("+44 113 555 0182", "(202)
# 225-2661", "0920-555 12 34"); a run of years or figures in a table row has
# no plus, bracket or dash.
_CONTACT_DETAIL = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|\+\d[\d ().-]{7,}\d|\(\d[\d ().-]{7,}\d"
    r"|\d[\d ()]*-[\d ().-]{5,}\d"
)
# Most words of a contact line; a paragraph that gives a number is longer.
_CONTACT_WORDS = 30
_BARE_CONTACT_WORDS = 12


def _is_contact_line(block: str, punctuated: bool = True) -> bool:
    """A line of contact details closing a text ("Media contact: Owen Marsh,
    press@corvane.example, +44 113 555 0182", "Emma Lind, trafikplanerare,
    0920-555 12 34"), in any language: a short block holding an address or
    a number to call, opened by a label or no sentence (a sentence that
    gives a number, "Call 555-0100 to book.", is text)."""
    words = count_words(block)
    return (
        words <= _CONTACT_WORDS
        and (
            _LABEL_COLON.match(block) is not None
            # Unlabelled, only a name, a role and a number: a longer line
            # without its full stop ("For more information ..., call
            # 800-255-7688 ...") is text.
            or punctuated
            and words <= _BARE_CONTACT_WORDS
            and not block.rstrip().endswith(SENTENCE_ENDS)
        )
        and _CONTACT_DETAIL.search(block) is not None
    )


def _drop_furniture(paragraphs: list[str], title: str) -> list[str]:
    """Drop the headline, decks, labels and date lines around the release text."""
    kept = _drop_header([p for p in paragraphs if not _AD_LABEL.match(p)])
    punctuated = _is_punctuated(kept)
    while len(kept) > 1 and (
        _is_headline_repeat(kept[0], title)
        or _is_update_note(kept[0])
        or _is_furniture(kept[0])
        or punctuated
        and _is_deck(kept[0])
        or _DEFINED_NAME.match(kept[0])
    ):
        kept.pop(0)
    while kept and (
        _is_furniture(kept[-1])
        or _WIRE_SOURCE.match(kept[-1])
        or _is_update_note(kept[-1])
        or _is_contact_line(kept[-1], punctuated)
        or count_words(kept[-1]) <= 8
        and _TRAILING_LABEL.match(kept[-1])
        or count_words(kept[-1]) <= 30
        and _COPYRIGHT.search(kept[-1])
    ):
        kept.pop()
    return kept


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


def _is_subscribe_box(paragraph: str) -> bool:
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
    named = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return separators >= 0.4 * len(words) and named >= 0.9 * len(words)


def _drop_tail(paragraphs: list[str]) -> list[str]:
    """Drop what ends a text in its own container but is no part of it: a
    call to subscribe, an emoji or mark alone, a line-up or list of scorers
    under its short label ("Alineació", "Scorers")."""
    kept = list(paragraphs)
    while len(kept) > 1:
        last = kept[-1]
        if not re.search(r"\w", last) or (
            count_words(last) <= _SUBSCRIBE_WORDS and _SUBSCRIBE.search(last)
        ):
            kept.pop()
        elif _is_roster(last):
            kept.pop()
            if len(kept) > 1 and count_words(kept[-1]) <= 3 and kept[-1][-1:].isalpha():
                kept.pop()  # the roster's label
        else:
            break
    return kept


def _strip_leading_date(body: str) -> str:
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
