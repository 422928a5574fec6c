"""A release wire's own notices on the page: whose release it carries, and
which lines under the text are the wire's, not the release's.

A wire writes, under the release it distributes, a line saying for whom it
does ("Distributed by APO Group on behalf of Acme."), and writes its own
name into the release's dateline ("BANGKOK, THAILAND - Acme Newswire -
3 December 2026 -"), while its metadata names the issuing company as the
page's author. Either way the release is the issuer's, not the wire's.
That line, and the disclaimer that the issuer alone answers for the
announcement, are the wire's words: body_end.py drops them wherever they
stand after the text's first block (``is_wire_notice``).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from ._markup import strings_matching
from ._text import clean_line, count_words
from .portal_issuer import is_newsroom_name

# The notice itself, a line of its own: "Distributed by W on behalf of X.",
# "Distribué par W pour (le compte de) X.", "Distribuido por W en nombre de
# X.", "Distribuído pela W em nome de X.", "Verbreitet durch W im Auftrag
# von X.". The wire's name between is any short name; the issuer's is the
# rest of the line.
_DISTRIBUTION_NOTICE = re.compile(
    r"(?:(?:distributed|issued|disseminated|transmitted)\s+by\s+\S.{0,60}?"
    r"\s+on\s+behalf\s+of"
    r"|distribu[ée]e?\s+par\s+\S.{0,60}?\s+(?:pour\s+le\s+compte\s+d(?:e\s+|[e'’]\s*)"
    r"|au\s+nom\s+d(?:e\s+|[e'’]\s*)|pour)"
    r"|distribuid[oa]\s+por\s+\S.{0,60}?\s+(?:en\s+nombre\s+de|por\s+cuenta\s+de|para)"
    r"|distribu[ií]d[oa]\s+(?:por|pel[oa])\s+\S.{0,60}?\s+(?:em\s+nome\s+d[aeo]s?|para)"
    r"|distribuit[oa]\s+da\s+\S.{0,60}?\s+per\s+conto\s+d(?:i\s+|[i'’]\s*)"
    r"|(?:verbreitet|versandt|versendet)\s+(?:durch|von)\s+\S.{0,60}?\s+im\s+auftrag"
    r"\s+(?:von|der|des))"
    # the name, its abbreviations' stops within ("Banque du Harbour S.A.")
    r"\s+(?P<name>[^\W\d_](?:[^.!?\n]|\.(?=\S)){1,120}?)\s*\.?",
    re.I,
)
# Where such a notice starts, for the walk over the page's strings.
_NOTICE_START = re.compile(
    r"^\s*(?:distributed|issued|disseminated|transmitted|distribu|verbreitet|versandt|"
    r"versendet)",
    re.I,
)
# Bytes a page must hold for that walk.
_MAYBE_NOTICE = re.compile(
    rb"(?i)on\s+behalf\s+of|distribu\S{0,6}\s+p(?:ar|or|el)|im\s+auftrag|per\s+conto\s+d"
)
# Most words of an issuer's name in a notice.
_NOTICE_NAME_WORDS = 16


def issuer_in_distribution_notice(soup: BeautifulSoup, page: bytes = b"") -> str:
    """Return the organisation a wire's notice says it distributes the
    release for ("Distributed by APO Group on behalf of Acme Bank." gives
    "Acme Bank"), or "".

    The notice must be a line of its own, a paragraph or an element of
    text alone: a sentence of the release ("The aid was distributed by the
    Red Cross on behalf of the ministry.") opens on other words.
    """
    if page and _MAYBE_NOTICE.search(page) is None:
        return ""
    for string in strings_matching(soup, _NOTICE_START, limit=5):
        if string.parent.name in ("script", "style", "a"):
            continue
        name = _notice_name(clean_line(string.parent.get_text(" ")))
        if name:
            return name
    return ""


# What follows "on behalf of" in a sentence of the release that goes on
# after the name ("Distributed by UNICEF on behalf of Gavi, the vaccines
# will reach ..."): a comma before a word in lower case, or many long words
# in lower case; a name holds few ("Fonds de transport de la côte ouest").
_CLAUSE_AFTER_COMMA = re.compile(r",\s+[^\W\d_A-ZÀ-ÞА-Я]")
_CLAUSE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-ÞА-Я]{5,}\b")
_CLAUSE_WORDS = 5


def _notice_name(line: str) -> str:
    """Return the issuer a whole line of notice names, or "": the line ends
    after the name, a few words in capitals and small joining words."""
    notice = _DISTRIBUTION_NOTICE.fullmatch(line.strip())
    if notice is None:
        return ""
    name = notice.group("name").strip()
    if "." in name.split()[-1] and line.rstrip().endswith("."):
        name += "."  # the last stop of an abbreviation ends the name: "S.A."
    if not 1 <= len(name.split()) <= _NOTICE_NAME_WORDS or name[:1].islower():
        return ""
    if _CLAUSE_AFTER_COMMA.search(name) or (
        len(_CLAUSE_WORD.findall(name)) >= _CLAUSE_WORDS
    ):
        return ""
    return name


def issuer_declared_by_wire(soup: BeautifulSoup, organization: str, site: str) -> str:
    """Return ``organization``, the company a page's metadata declares its
    author, when the page is a wire's that carries its release: the
    release's dateline names the site as its wire ("HANOI, VIETNAM - Acme
    Newswire - 25 November 2026 -", "(Acme Wire)", "/Acme Wire/"); else "".

    A wire carries many companies' releases, declares each its author, and
    writes its own name into each one's dateline; a newsroom's or a paper's
    story names no site of its own so. A newsroom's name for itself
    ("Newsroom", "News Desk", "Staff") names no issuer: an agency's story.
    """
    if not organization or len(site) < 4 or is_newsroom_name(organization):
        return ""
    headline = (soup.body or soup).find("h1")
    if headline is None:
        return ""
    tag = re.compile(r"[-–—/(]\s*" + re.escape(site) + r"\s*[-–—/)]", re.I)
    for lead in headline.find_all_next("p", limit=_DATELINE_PARAGRAPHS):
        if tag.search(clean_line(lead.get_text(" "))[:_DATELINE_CHARACTERS]):
            return organization
    return ""


# The dateline opens one of the first paragraphs after the headline (a deck
# or a date line may stand before it), within its first characters.
_DATELINE_PARAGRAPHS = 2
_DATELINE_CHARACTERS = 200


# "The issuer is solely responsible for the content of this announcement.":
# the issuer, its sole responsibility and the announcement as "this", in
# the wires' languages (Thai, Vietnamese, Chinese, Malay, Indonesian,
# French, Spanish). A sentence of the text that speaks of responsibility
# names no announcement as "this".
_ISSUER_RESPONSIBLE = re.compile(
    r"issuer (?:is )?solely responsible for the content of this "
    r"(?:announcement|release|press release)|"
    r"ผู้ออกข่าวเป็นผู้รับผิดชอบ.{0,30}ประกาศนี้|"
    r"chịu trách nhiệm về nội dung của thông báo này|"
    r"(?:發佈人|发布人|發布人)對本公告|(?:发布人|發佈人)对本公告|"
    r"bertanggungjawab sepenuhnya ke atas kandungan pengumuman ini|"
    r"bertanggung jawab penuh atas isi pengumuman ini|"
    r"relève de la seule responsabilité de l['’]émetteur|"
    r"(?:el )?emisor es el único responsable del contenido de este anuncio",
    re.I,
)

# Most words of such a notice (Thai, unspaced, counts a word every two
# characters); a paragraph that quotes one is longer.
_NOTICE_WORDS = 40


def is_wire_notice(block: str) -> bool:
    """Return True when ``block`` is a wire's distribution line or its
    disclaimer of the issuer's announcement (see above)."""
    return count_words(block) <= _NOTICE_WORDS and bool(
        _notice_name(block) or _ISSUER_RESPONSIBLE.search(block)
    )
