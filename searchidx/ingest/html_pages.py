"""Saved release pages: metadata cascade, then the main text without site chrome.

Nothing here knows a particular site. Fields come first from what the page says
about itself (JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<link rel=canonical>``),
then from the visible page. The body is found by a general method: drop the
elements that are chrome by their tag, role or class words, score the remaining
text blocks by their length and link density, take the best-scoring container
and read its blocks in order until a "related news"-style heading.

This module reads a page through the others, in order, and weighs what they
find: page_metadata.py (what the page says about itself), page_title.py (the
headline), page_byline.py, page_tags.py, page_publisher.py (the source),
site_owner.py (the organisation a site's own name stands for),
page_issuer.py and wire_issuer.py (whose release a wire carries),
page_accounts.py (the account a platform's post is filed under),
page_chrome.py, main_text.py (the container and its blocks), body_start.py
(decks, labels, captions above and in the text), body_end.py (contact lines,
notices, signs under it), body_tail.py (subscribe calls, downloads, a letter's
signature after it), page_dates.py and date_choice.py (the date),
second_reading.py (trafilatura's reading).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.builder import ParserRejectedMarkup

from ..documents import Document
from ..errors import EmptyDocumentError, IngestError
from ._markup import flatten_deep_markup, page_description, unnest_paragraphs
from ._text import (
    clean_source,
    count_words,
    drop_pull_quotes,
    drop_repeated_blocks,
    host_of,
    join_paragraphs,
    strip_photo_credit,
)
from .address_datelines import split_address_dateline
from .app_state import read_app_story
from .body_end import drop_closing_heading, drop_issuer_sign
from .body_start import (
    drop_furniture,
    is_caption,
    picture_texts,
    place_in_date_line,
    strip_leading_date,
)
from .body_tail import drop_tail, is_subscribe_box
from .byline_text import clean_byline, is_media_unit
from .carried_release import carried_release_issuer, carries_others_release
from .date_choice import choose_date, is_utc_moment
from .datelines import split_dateline
from .issuing_entity import entity_in_release_head
from .large_pages import slim_markup
from .main_text import (
    drop_standfirst,
    find_content_root,
    read_blocks,
    wrap_loose_text,
)
from .markup_dates import find_markup_date
from .named_months import page_language
from .page_accounts import filing_account, post_headline, posting_account
from .page_byline import (
    byline_in_date_line,
    byline_in_facts,
    byline_under,
    byline_without_publisher,
    drop_byline_block,
    find_byline_element,
    name_after_label,
    sender_in_byline,
    take_byline,
)
from .page_chrome import prune_chrome
from .page_dates import (
    date_by_stamp,
    date_from_url,
    date_in_lines,
    date_in_script,
    date_in_title,
    find_visible_date,
    first_date_line,
    page_language_of,
    reads_day_first,
)
from .page_issuer import find_issuer
from .page_metadata import office_company, read_page_metadata
from .page_publisher import find_publisher, names_in_chrome
from .page_software import is_software_name, software_names
from .page_tags import (
    find_hashtags,
    find_listed_tags,
    find_tag_block,
    find_tag_links,
    find_tag_paths,
    without_hash_marks,
)
from .page_title import (
    choose_title,
    find_headline,
    fuller_headline,
    raw_page_title,
    site_of_section_title,
)
from .second_reading import agree, read_with_trafilatura
from .site_owner import owner_of_site
from .wire_issuer import issuer_of_wire_release
from .wire_notices import issuer_declared_by_wire, issuer_in_distribution_notice


def read_html_page(data: bytes, path: str) -> Iterator[Document]:
    """Yield the one release a saved page holds.

    Raises:
        IngestError: the page cannot be parsed, or holds no release text.
    """
    try:
        soup = BeautifulSoup(slim_markup(data), "lxml")
    except (ParserRejectedMarkup, ValueError, RecursionError) as error:
        raise IngestError(path, f"not parseable as HTML ({error})") from error
    # The second readers (trafilatura, htmldate) parse with lxml, which
    # stops at its own depth limit and loses the rest: they read the page
    # as flattened. The readers of the bytes read the page as saved.
    flattened = flatten_deep_markup(soup) + unnest_paragraphs(soup)
    markup = soup.encode(soup.original_encoding or "utf-8") if flattened else data
    if soup.find("html") is None and soup.find("body") is None:
        raise IngestError(path, "not an HTML page")
    # Its dates may name their months in its own language only: one it
    # declares, or the one its text is written in.
    body = soup.body or soup
    with page_language(page_language_of(soup), text=lambda: body.get_text(" ")):
        document = _read_release(soup, data, path, markup)
    yield document


def _read_release(
    soup: BeautifulSoup, data: bytes, path: str, markup: bytes | None = None
) -> Document:
    """Return the release a parsed page holds (see :func:`read_html_page`).

    Args:
        markup: the page for trafilatura and htmldate (``data`` when None).
    """
    lxml_page = data if markup is None else markup
    meta = read_page_metadata(soup)
    day_first = reads_day_first(soup, data)
    # A page title naming only the site and a section ("Parish of X - News")
    # names the publisher, and the headline is on the page alone.
    section_site = site_of_section_title(soup, meta)
    h1 = find_headline(soup, meta, section_site)
    title = choose_title(soup, meta, h1)
    # A post saved from a social platform: its page is titled by the account,
    # its headline is the post's first line.
    account = posting_account(soup, raw_page_title(soup, meta), meta.url)
    if account:
        title = post_headline(soup) or title

    # Tags and bylines often live in small elements the chrome filter would drop,
    # so read them before pruning.
    byline = (
        meta.author
        or find_byline_element(soup)
        or byline_under(h1)
        or byline_in_facts(soup, data)
    )
    # A release "From:" a department names its issuer there, not an author.
    sender = sender_in_byline(byline)
    byline = "" if sender else name_after_label(byline)
    tags = (
        meta.tags
        or find_listed_tags(soup)
        or find_tag_links(soup)
        or find_tag_paths(soup)
        or find_hashtags(soup, data)
        or find_tag_block(soup)
    )
    # A tag list shown as hashtags ("#Lebap") names its tags with a mark.
    tags = without_hash_marks(tags)
    pictured = picture_texts(soup)
    # The publisher as the page's own chrome names it, read before the chrome goes.
    # A wire's or an exchange's page names the release's issuer apart from
    # the wire itself (its og:site_name).
    issuer = (
        find_issuer(soup, data, meta.author_organization)
        or issuer_declared_by_wire(soup, meta.author_organization, meta.site_name)
        or issuer_in_distribution_notice(soup, data)
        or entity_in_release_head(soup, data)
        or sender
    )
    # A site name that is a host or an address ("archive.ph",
    # "https://www.example.org/") is how machines name a site: a name the
    # page's chrome gives comes first.
    site_name = owner_of_site(
        meta.site_name,
        meta.url,
        soup,
        is_host=bool(_HOST_NAME.match(clean_source(meta.site_name))),
        organization=meta.author_organization,
        site_names=meta.site_names,
        author=meta.author,
        news_story=meta.is_news_story,
    )
    title_tag = str(soup.title.string or "") if soup.title else ""
    named_sources = (
        name()
        for name in (
            lambda: issuer,
            lambda: account,
            lambda: filing_account(soup, meta.url, (title_tag, meta.title, title)),
            lambda: site_name,
            lambda: section_site,
            lambda: find_publisher(soup, title, data),
            lambda: meta.site_name,
            lambda: office_company(data, soup.original_encoding),
        )
    )
    named_source = next((name for name in named_sources if name), "")
    if named_source and is_software_name(named_source, software_names(data)):
        # A wiki's pages are titled by the software they run on ("... -
        # Confluence"): the software publishes nothing; the next name does.
        software = software_names(data)
        named_source = next(
            (n for n in named_sources if n and not is_software_name(n, software)), ""
        )
    app_state = [
        script.string
        for script in soup.find_all("script")
        if script.get("type") == "application/json" and script.string
    ]
    # Dublin Core's creator naming the site's own organisation (its logo,
    # its name), as government metadata (AGLS, e-GMS) fills it, is who is
    # responsible for the page, no author; so is an organisation JSON-LD
    # declares the author when it is the site's own, in the page's language
    # or in the other its logo names it in ("BRAC" on "ব্র্যাক"). Read
    # before the chrome goes.
    author_is_site = (
        meta.author_is_creator or meta.author_is_organization
    ) and clean_byline(meta.author).casefold() in {
        n.casefold() for n in (named_source, *names_in_chrome(soup))
    }
    post_lines: list[str] = []
    # A post the page embeds is no text of the release, but the day it
    # shows may be the release's: read for the date, then set aside.
    embedded_posts: list[str] = []
    chrome = prune_chrome(
        soup, keep=h1, post_lines=post_lines, embedded_posts=embedded_posts
    )
    wrap_loose_text(soup)
    root = find_content_root(soup, h1)
    drop_standfirst(root, h1, page_description(soup))
    headings: list[str] = []
    paragraphs = read_blocks(root, h1, headings)
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
        read_with_trafilatura(lxml_page, soup.original_encoding)
        if story is None
        else []
    )
    if not paragraphs and not theirs:
        raise EmptyDocumentError(path, "the page has no release text")

    # Strongest first: what the page says about itself, weighed against the
    # date shown by its headline (date_choice.py); a date by its headline, a
    # date it marks up (htmldate) unless marked as the day it was changed, its
    # url, any date line at all.
    shown, shown_text = find_visible_date(root, h1, paragraphs, day_first)
    if shown is None and meta.date is not None and is_utc_moment(meta.date_text):
        # The day a <time> of the page shows for the metadata's own moment,
        # wherever it is (a post's footer, pruned with the chrome).
        shown = date_by_stamp(data, meta.date_text, day_first)
    markup_date = _Once(lambda: find_markup_date(lxml_page))
    published = (
        choose_date(
            meta.date, meta.date_text, shown, markup=markup_date, shown_text=shown_text
        )
        or (story.date if story is not None else None)
        or date_in_title(soup, meta)
        or shown
        or (markup_date() if markup_date() not in meta.modified else None)
        or (date_from_url(meta.url) if meta.url else None)
        or first_date_line(root, day_first)
        # A post's own footer, pruned as chrome ("5 March 2024 · 12 notes").
        or date_in_lines(post_lines, day_first)
        or date_in_script(data)
        or markup_date()
        # Last: a date in the page's text in a form our parser does not read.
        or find_markup_date(lxml_page, in_text=True, languages=page_language_of(soup))
    )
    read = list(paragraphs)
    paragraphs = [
        p
        for p in paragraphs
        if not is_caption(p, pictured)
        and not is_subscribe_box(p)
        and not any(p in post for post in embedded_posts)
    ]
    if not byline and shown_text:
        # The name a date line gives beside its date, read apart from it.
        byline = byline_in_date_line(shown_text)
    if not byline:
        # Before the header is dropped: a byline line ("by Jane Roe, Secretary")
        # has no full stop and would go as a deck, its name with it.
        byline, paragraphs = take_byline(paragraphs)
    if h1 is None and not account and title:
        # The page's own headline line, when the <title> cut it short.
        title = fuller_headline(paragraphs, title) or title
    # A place-and-date line of its own is furniture; its place is the dateline.
    place, place_line = place_in_date_line(paragraphs)
    paragraphs = drop_furniture(
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
    paragraphs = drop_issuer_sign(drop_tail(paragraphs), clean_source(named_source))
    paragraphs = drop_closing_heading(paragraphs, headings)
    body = join_paragraphs(paragraphs)
    dateline, body_without_dateline = split_dateline(
        strip_leading_date(body),
        names=(
            title,
            named_source,
            meta.site_name,
            soup.title.string if soup.title and soup.title.string else "",
        ),
    )
    if not dateline:
        # "Dharamshala: ": a town alone before a colon, which the page's
        # address in its chrome must name
        dateline, body_without_dateline = split_address_dateline(
            strip_leading_date(body), chrome
        )
    if dateline:
        body = body_without_dateline
    elif place_line not in paragraphs:
        dateline = place
    if not body.strip():
        raise EmptyDocumentError(path, "the page has no release text")
    if not issuer and named_source:
        # A release a wire carried is its issuer's, named in its "About" section.
        carried = issuer_of_wire_release(read, named_source)
        if (
            not carried
            and dateline
            and not byline
            and carries_others_release(chrome, read)
        ):
            # A site that disowns the release it carries ("provided by a
            # third party") publishes its issuer's, whose its lead names; a
            # story with its reporter's byline is the site's own.
            lead = body.split("\n\n", 1)[0]
            carried = carried_release_issuer(read, lead, title, named_source)
        named_source = carried or named_source
    byline = clean_byline(byline)
    if issuer and byline.lower() == issuer.lower():
        byline = ""  # "News provided by Kestrel Robotics": the issuer, no author
    organization = meta.author_organization.casefold()
    if organization and byline.casefold() == organization == site_name.casefold():
        # A release platform's page declares its issuer the author, and
        # titles itself with it (site_owner.py): the issuer, no author.
        byline = ""
    if account and byline.lower() == account.lower():
        byline = ""  # the account that posted, named as its publisher
    if author_is_site and byline == clean_byline(meta.author):
        byline = ""
    byline = byline_without_publisher(
        byline,
        clean_source(named_source),
        is_declared=bool(meta.author) and byline == clean_byline(meta.author),
    )
    if is_media_unit(
        byline,
        (clean_source(named_source), site_name, *meta.site_names),
        # the page's own names: its chrome and title, not the story's prose
        # ("By PA Media" over a story quoting the Press Association)
        lambda: " ".join((chrome, title_tag, *meta.site_names)),
    ):
        byline = ""  # "OPM Media": the office's media unit, no person
    return Document(
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


_HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)

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
