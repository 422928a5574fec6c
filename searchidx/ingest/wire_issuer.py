"""Whose release a news wire carries, as the release's own text says.

Its closing "About Acme" heading, else its lead right after the wire's tag
in the dateline ("--Acme Robotics, a maker of cranes, today announced").
"""

from __future__ import annotations

import re

from ._text import ABOUT_HEADING, ABOUT_WORDS
from .dates import parse_date
from .page_publisher import NAME_JOINERS


def issuer_in_release_text(paragraphs: list[str], site: str) -> str:
    """Return the issuer a wire's release names in its own text, or "": for
    text without its page (an export, a dump), whose publisher is known only
    by an address or not at all. Only a release whose dateline carries a
    wire's tag ("/PRNewswire/") is a wire's: then its closing "SOURCE Acme"
    line names the issuer, else its About section or its lead after the tag
    (``issuer_of_wire_release``).
    """
    key = re.sub(r"\W+", "", site).lower()
    lead = _lead_after_wire_tag(paragraphs, key)
    if lead is None:
        return ""
    for paragraph in reversed(paragraphs[-4:]):
        match = _WIRE_SOURCE_LINE.match(paragraph.strip())
        if match:
            return _as_issuer(match.group("name"))
    # Without the page's own signs, only the name the lead opens on: not a
    # parent it names ("Acme Holdings, a subsidiary of Beta Corp. (NYSE:
    # BETA)"), nor a company a governor's lead announces.
    named = _as_issuer(issuer_of_wire_release(paragraphs, site))
    opening = _LABEL_BEFORE_NAME.sub("", lead.lstrip()).lower()
    return named if named and opening.startswith(named.lower()) else ""


def carries_wire_tag(paragraphs: list[str], key: str = "") -> bool:
    """Return True when the text's dateline carries a wire's tag."""
    return _lead_after_wire_tag(paragraphs, key) is not None


def _as_issuer(name: str) -> str:
    """Return ``name`` without a label before it ("Regulatory News: Acme SA"),
    or "" for a legal form alone ("Inc.", read from "eHealth, Inc.")."""
    name = _LABEL_BEFORE_NAME.sub("", name).strip()
    return "" if _LEGAL_FORM_ALONE.match(name) else name


# A wire's line label before the issuer's name ("Regulatory News:").
# Words and spaces only: "Acme Inc. (NASDAQ: ACME)" is a name and its listing.
_LABEL_BEFORE_NAME = re.compile(r"^[^\W\d_][^\W\d]*(?: [^\W\d_][^\W\d]*){0,3}:\s+")
_LEGAL_FORM_ALONE = re.compile(
    r"^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|S\.A|N\.V|AG|SE|GmbH|AB|ASA|SA)\.?$"
)


# A wire's closing line naming the release's issuer: "SOURCE Kestrel Robotics Inc."
_WIRE_SOURCE_LINE = re.compile(r"^SOURCE\s+(?P<name>[^\W\d_][^:\n]{1,80}?)\s*$")


def issuer_of_wire_release(
    paragraphs: list[str], site: str, *, lead: str | None = None
) -> str:
    """Return the issuer a release carried by a news wire names, or "".

    A wire's page is the wire's site ("Business Wire"), and the release
    names that wire in its dateline ("SAN JOSE, Calif.--(BUSINESS WIRE)--",
    "/PRNewswire/"); a dateline may carry a wire's tag on another site too.
    Whose release it is, its closing "About Acme" heading says, else its
    lead right after the tag ("--Acme Robotics, a maker of cranes, today
    announced ...", "Acme Corp. (NASDAQ: ACME) ...").

    Args:
        paragraphs: the release's text as read, headings included.
        site: the name the page gives its site ("" for text without its
            page: then only a wire's own tag, "/PRNewswire/", counts).
        lead: the release's lead, when the page tells otherwise that it
            carries another's release (carried_release.py); else the text
            after a wire's tag.
    """
    key = re.sub(r"\W+", "", site).lower()
    if not paragraphs or site and len(key) < 4:
        return ""  # with no site at all, only a wire's own tag counts
    if lead is None:
        lead = _lead_after_wire_tag(paragraphs, key)
    if lead is None:
        return ""
    names = []
    for paragraph in paragraphs:
        about = ABOUT_HEADING.match(paragraph.strip())
        if about and len(paragraph.split()) <= ABOUT_WORDS:
            name = about.group("name").strip()
            if _is_named_issuer(name):
                names.append(name)
    in_lead = _issuer_in_lead(lead)
    # "The Board of Directors of Acme Corp. (TSX: ACM)", "Dana Roe, chief
    # executive of Acme Corp. (TSX: ACM), ...": a lead opening on a body or
    # a person of a listed company is that company's.
    listed = "" if in_lead else _listed_in_lead(lead)
    # A release may close on its partner's section too ("About Harbour Town
    # Ports"): the issuer is the one its lead names after the wire's tag.
    opening = next((n for n in names if lead[:120].lower().startswith(n.lower())), "")
    if opening and not listed:
        return opening
    # Other About headings name what the release is about ("About The Birch
    # Lake Project", "About The Author", "About Lithium"): one names the
    # issuer only as a company the lead names too, else the lead's company.
    in_lead = in_lead or listed
    if in_lead:
        # A company the lead opens on is the issuer; a heading names it only
        # in its own words. The lead's other companies (its underwriter, its
        # agent, the charity it gives to) are not the issuer, however their
        # sections close the release.
        return next((n for n in names if _names_lead_company(n, in_lead)), in_lead)
    # A lead opening on no company's name ("Today, Acme ...", "... said John
    # Smith, CEO of Acme Corp."): the heading of the company it gives with
    # its listing ("Funds managed by Oakmere today agreed to acquire Acme
    # Corp. (TSX: ACM)": the buyer is named first, the release is the
    # listed company's), else the heading whose name it gives first.
    listed = _company_with_listing(lead) if _BUYER_VEHICLES.match(lead) else ""
    heading = next((n for n in names if listed and _names_lead_company(n, listed)), "")
    if heading:
        return heading
    named = [(at, n) for n in names if (at := _where_lead_names(n, lead)) >= 0]
    return min(named)[1] if named else ""


# A lead naming a buyer by its vehicles, not by its own name: "Funds
# managed by Oakmere ...", "Affiliates of Oakmere ...", "Certain investment
# funds advised by ...". A lead opening on a person ("Jane Roe, chief
# executive of Kestrel Robotics, said ...") or on a company named with a
# word before it ("Drone maker Kestrel Robotics has been selected by Acme
# Corp. (NYSE: ACM)") names its issuer with no listing.
_BUYER_VEHICLES = re.compile(
    r"(?:certain\s+|an?\s+)?(?:investment\s+)?(?:funds|affiliates?|entities|vehicles)\b",
    re.I,
)


def _company_with_listing(lead: str) -> str:
    """Return the name a lead writes right before the first listing it
    gives, wherever it stands ("... to acquire Bank of Harbour Town (TSX:
    BHT)" gives "Bank of Harbour Town"), or ""."""
    listing = _LISTING.search(lead[:300])
    if listing is None:
        return ""
    words: list[str] = []
    for word in reversed(lead[: listing.start()].split()):
        if len(words) == _LEAD_NAME_WORDS or not (
            word[:1].isupper() or word[:1].isdigit() or word in NAME_JOINERS
        ):
            break
        words.insert(0, word)
    while words and not (words[0][:1].isupper() or words[0][:1].isdigit()):
        words.pop(0)  # "shares of Acme Corp.": "of" opens no name
    return " ".join(words)


def _names_lead_company(name: str, in_lead: str) -> bool:
    """Return True when the About heading's ``name`` is the company the lead
    opens on (``in_lead``) in other words: its first word and no word the
    lead's name lacks ("Acme" or "Acme Lithium" of "Acme Lithium Corp."), or
    the other way round ("Acme Lithium Corp." of "Acme"); not "Acme
    Foundation", a charity "Acme Lithium Corp." gives to."""
    words = {w.strip(",.").lower() for w in name.split()} - _LEGAL_WORDS
    opening = {w.strip(",.").lower() for w in in_lead.split()} - _LEGAL_WORDS
    first = name.split()[0]
    if first in ("The", "the") or first != in_lead.split()[0]:
        return False  # "The Company", "The Survey": the release's word for a thing
    return words <= opening or opening <= words


_LEGAL_WORDS = frozenset(
    "inc ltd llc l.l.c corp corporation co plc s.a n.v ag se gmbh ab asa".split()
)


def _where_lead_names(name: str, lead: str) -> int:
    """Return where ``lead`` names the About heading's ``name`` where a name
    starts ("... for Acme Lithium Corp."; not "Lithium" of "Acme Lithium",
    nor "The Company"), or -1."""
    words = name.split()
    if words[0] == "The" and len(words) == 2:
        return -1  # "The Company", "The Survey": the release's word for a thing
    for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", lead[:400]):
        # "Today, Acme Lithium Corp.", "Die Thermovia GmbH": a word before it
        # that ends a clause, or an article, is no part of the name
        before = lead[: match.start()].split()
        if (
            not before
            or not before[-1][:1].isupper()
            or before[-1][-1] in ",;:"
            or before[-1].lower() in _ARTICLES
        ):
            return match.start()
    return -1


_ARTICLES = frozenset(
    "the a an die der das ein eine le la les un une el los las il lo".split()
)


def _lead_after_wire_tag(paragraphs: list[str], key: str) -> str | None:
    """Return the text after the wire's tag in the release's dateline, or
    None when no dateline carries one: the tag names the site (``key``) or
    a wire ("(BUSINESS WIRE)", "/PRNewswire/", "(GLOBE NEWSWIRE)")."""
    # The dateline opens one of the first lines, after a deck or a ticker.
    for paragraph in paragraphs[:6]:
        for mark in _WIRE_TAG.finditer(paragraph[:120]):
            # "/EINPresswire.com/": the wire's name as its domain
            tag = re.sub(r"\.(?:com|net|org)$", "", "".join(mark.groups("")).strip())
            tag = re.sub(r"\W+", "", _without_date_in_tag(tag)).lower()
            if _same_wire(tag, key) or tag.endswith("wire"):
                lead = paragraph[mark.end() :]
                # The date a wire writes after its tag ("(Newswire) November
                # 5, 2026-- Daon Energy said ...") is no part of the lead.
                dated = _DATE_AFTER_TAG.match(lead)
                if dated and parse_date(dated.group(1)):
                    lead = lead[dated.end() :]
                elif not _AFTER_DATELINE_TAG.match(lead):
                    # "(Photo: Business Wire)" under a picture: a credit, no
                    # dateline; a wire's tag is followed by its dash.
                    continue
                return lead.lstrip(" -–—:")
    return None


def _without_date_in_tag(tag: str) -> str:
    """Return a wire's tag without the date some wires write inside it
    ("Newsfile Corp. - November 24, 2026"): the wire's name before it."""
    name, dash, rest = tag.partition(" - ")
    return name if dash and parse_date(rest) else tag


# A wire's legal form after its name in its tag ("Newsfile Corp."), which the
# page's name for its site may leave out ("Newsfile").
_LEGAL_FORM = re.compile(r"(?:corp|corporation|inc|ltd|llc|co)$")


def _same_wire(tag: str, key: str) -> bool:
    name = _LEGAL_FORM.sub("", tag)
    return tag == key or len(name) >= 3 and name == _LEGAL_FORM.sub("", key)


_AFTER_DATELINE_TAG = re.compile(r"\s*(?:--|[—–-]|:\s)")


_DATE_AFTER_TAG = re.compile(r"\s*([^—–\n-]{4,30}?)\s*(?:--|[—–])")


_WIRE_TAG = re.compile(r"\(([^()]{3,40})\)|/([^/]{3,40})/")
# The issuer a wire release's lead names before it announces: its name in
# capitalised words ("&" and the small words of a name between them), a
# legal form, then its listing ("(NASDAQ: ACME)") or, after a description
# between commas, what it did today ("today announced", "today opened",
# "announced today", "lance aujourd'hui", "gab heute bekannt") or said ("said
# on November 5 that", as Asian wires' English leads report it).
_LEAD_ISSUER = re.compile(
    r"(?P<name>[^\W\d_][\w&.'’-]*(?:\s+(?:[^\W_][\w&.'’-]*|&))*?)"
    r"(?:,?\s+(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|plc|PLC|S\.A|N\.V|AG|SE|GmbH|AB|ASA)\.?)?"
    r"(?:\s*\((?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?):\s*[A-Z0-9][^()]{0,60}\)"
    r"|(?:,(?P<described>[^;()]{3,160}?),)?\s+(?:today\s+[a-z]{3,}ed|announced\s+today|"
    r"said\s+(?:on|today|that)|[^\W\d_]{3,}\s+(?:aujourd['’]hui|heute|hoy|hoje|"
    r"oggi|vandaag|idag|i\s+dag|tänään|dzisiaj|dziś))\b)"
)
# Most words of an issuer's name in a lead.
_LEAD_NAME_WORDS = 6


# The same name described between commas as an organisation of some kind,
# then what it did in any tense ("Qadir Pay, a Riyadh-based digital payments
# company, has received ...", "Acme, a leading provider of cranes, won ...").
_DESCRIBED_ISSUER = re.compile(
    r"(?P<name>[^\W\d_][\w&.'’-]*(?:\s+(?:[^\W_][\w&.'’-]*|&))*?)"
    r",\s+(?P<described>(?:a|an|the|one of the)\s[^,;()]{2,120}?),\s+"
    # what it did: a verb, not a list going on ("..., and Harbor Logistics")
    r"(?!(?:and|or|but|which|who|whose|its)\b)[a-z]{2,}\b"
)
# The last word of a description of an organisation ("a payments company",
# "a leading provider of cranes", "the region's largest logistics operator").
_ORGANISATION_NOUNS = frozenset(
    "company firm group bank provider operator developer"
    " manufacturer maker producer platform fintech startup start-up insurer"
    " lender carrier airline retailer distributor supplier subsidiary"
    " corporation enterprise business brand agency consultancy utility"
    " exchange fund institution organisation organization charity nonprofit"
    " non-profit".split()
)
# Where a description's head noun ends: "a leading provider | of cranes";
# also before the organisation a person works at, or a product or event is
# made or run by ("a senior executive | at Gulf Bank", "a credit card | by
# Gulf Bank", "an exhibition | run by an events company"): the noun before is
# the thing described, not the organisation after.
_AFTER_HEAD = re.compile(
    r"\s(?:of|in|for|with|that|which|to|on|across|from|at|by|under|within"
    r"|among|between|run|owned|operated|organi[sz]ed|hosted|led|backed"
    r"|issued|made|built|sold|offered|powered|sponsored|managed)\s"
)


def _is_organisation_description(described: str) -> bool:
    """Return True when ``described`` names a kind of organisation by its
    head noun ("a Riyadh-based digital payments company", "one of the
    largest banks in the region"), not a person ("a Riyadh entrepreneur")."""
    described = re.sub(r"^one of the\s", "", described)
    head = _AFTER_HEAD.split(described, maxsplit=1)[0].split()
    if not head:
        return False
    noun = head[-1].lower()
    # "banks", "companies": one of several
    singular = {noun, noun.removesuffix("s"), re.sub(r"ies$", "y", noun)}
    return bool(singular & _ORGANISATION_NOUNS)


def _issuer_in_lead(lead: str) -> str:
    """Return the organisation ``lead`` opens on as the one announcing, or
    "" when it opens on no name ("Four berths will be automated, ...")."""
    match = _LEAD_ISSUER.match(lead)
    if match is None:
        match = _DESCRIBED_ISSUER.match(lead)
        if match is None or not _is_organisation_description(match["described"]):
            return ""
    name = match.group("name")
    # "Seattle-based Corvane Robotics": where it is based is no part of its name
    name = _BASED_IN.sub("", name)
    words = name.split()
    if not 1 <= len(words) <= _LEAD_NAME_WORDS or not _is_named_issuer(name):
        return ""
    if not _names_an_organisation(name, match, lead):
        return ""
    # Every word a name's: capitalised, a number, or a small word of a name
    # ("Bank of Harbour Town"); "and" joins two issuers, one of which is not
    # the other's name.
    if any(
        not (w[:1].isupper() or w[:1].isdigit() or w in NAME_JOINERS - {"and"})
        for w in words
    ):
        return ""
    return name


# A listing in a lead, "(TSX: ACM)", "(NASDAQ: ACME)".
_LISTING = re.compile(
    r"\s*\((?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?):\s*[A-Z0-9][^()]{0,60}\)"
)
# Where a company's name may start before its listing: the lead's start,
# after "of" or after a clause's end.
_NAME_START = re.compile(r"^|\bof\s+|[,;:]\s+")
# A company's body or members opening a lead ("The Board of Directors of").
_BODY_WORDS = frozenset("the board directors trustees committee".split())


def _listed_in_lead(lead: str) -> str:
    """Return the company a lead names first with its listing, opening the
    lead or a clause or after "of" ("Shareholders of Acme Corp. (TSX:
    ACM)", "Dana Roe, chief executive of Acme Corp. (TSX: ACM)"), or ""
    ("Join Acme Corp. (TSX: ACM) for ...": an invitation, no issuer's name)."""
    listing = _LISTING.search(lead[:300])
    if listing is None:
        return ""
    if re.match(r"\s*,?\s*(?:and|&)\s+[A-Z]", lead[listing.end() :]):
        return ""  # "Acme (NASDAQ: ACME) and Harbor (NYSE: HLOG)": two issuers
    before = lead[: listing.start()]
    for start in _NAME_START.finditer(before):
        name = before[start.end() :].strip()
        words = name.split()
        lowered = [w.lower().strip(".,") for w in words]
        if not 1 <= len(words) <= _LEAD_NAME_WORDS or not words[0][:1].isupper():
            continue
        if lowered[0] in _BODY_WORDS or any(w in _PERSON_WORDS for w in lowered):
            continue
        if all(
            w[:1].isupper() or w[:1].isdigit() or w in ("&", "of", "and") for w in words
        ):
            return "" if lowered[0] in _NOT_NAME_OPENERS else name
    return ""


_BASED_IN = re.compile(r"^(?:[\w.'’]+-(?:based|listed|headquartered|owned)\s+)+", re.I)
# A person's title or honorific in a lead's name ("Dr. Jane Roe", "Washington
# Governor Jane Roe") or opening the words between its commas ("Jane Roe,
# chair of the Harbour Board,"): the one announcing is a person, and the
# release is the site's or the wire's, not theirs.
_PERSON_WORDS = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. prof prof. sir dame governor mayor senator"
    " minister president chair chairman chairwoman chairperson ceo cfo coo cto"
    " founder co-founder director secretary spokesperson spokesman spokeswoman"
    " commissioner councillor councilor representative rep. sen. gov. judge"
    " chief head executive vice deputy manager professor general".split()
)
# Who a lead opens on when it names people or a generic party, not the issuer:
# "Shareholders of Acme", "Following strong results, ...", "Today, ...".
_NOT_NAME_OPENERS = frozenset(
    "a an after amid as at before during following for from in on over since"
    " today tonight this yesterday with shareholders members residents employees"
    " investors customers officials leaders staff students workers partners"
    # an invitation: "Join Acme Lithium Corp. for a live webinar"
    " join meet visit attend register watch"
    # a company's funds or affiliates, a buyer named as its vehicles:
    # "Affiliates of Oakmere Capital today agreed to acquire ..."
    " affiliates funds entities".split()
)


def _names_an_organisation(name: str, match: re.Match, lead: str) -> bool:
    """Return True when the ``name`` a lead opens on (``match``) reads as one
    organisation: not a person, a date, a generic party ("The Company"), a
    possessive ("Harbor Holdings' subsidiary"), nor the first of a list."""
    words = name.split()
    lowered = [w.lower().strip(",") for w in words]
    if lowered[0] in _NOT_NAME_OPENERS or any(w in _PERSON_WORDS for w in lowered):
        return False
    if lowered[0] == "the" and len(words) == 2:
        return False  # "The Company", "The Board": the release's word for itself
    if " & " in name and all(len(part.split()) > 1 for part in name.split(" & ")):
        return False  # "Corvane Robotics & Harbor Logistics"; not "Procter & Gamble"
    # "March 4, 2025, Corvane Robotics ...": a date opens the lead
    if parse_date(lead[: len(name) + 8]) is not None or any(
        w.endswith(("'", "’", "'s", "’s")) for w in words
    ):
        return False
    described = match.group("described")
    if described:
        opening = described.split()
        if opening and (
            opening[0].lower().strip(".") in _PERSON_WORDS
            or opening[0][:1].isupper()  # "Corvane, Harbor Logistics, and ..."
        ):
            return False
    # "Corvane Robotics (NASDAQ: CVRB) and Harbor Logistics (NYSE: HLOG)"
    return not re.match(r"\s*(?:and|&)\s+[A-Z]", lead[match.end() :])


# First words of an "About ..." heading over no organisation: "About the
# contract", "About Us", "About our partners".
_NOT_ISSUER_WORDS = frozenset("us our we this these me my your".split())


def _is_named_issuer(name: str) -> bool:
    first = name.split()[0]
    return not first[:1].islower() and first.lower() not in _NOT_ISSUER_WORDS
