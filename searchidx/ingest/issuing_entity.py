"""The body a release's head names as its issuer under a label of its own.

A government's information bureau publishes the releases of all its
departments, and heads each with the department it is from beside its date:
"Entidade: Serviços de Saúde | Data de publicação: 2026-11-26",
"發佈機構：交通事務局". The bureau's site is not the source when the head
names the department.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

from ._markup import strings_matching
from ._text import SENTENCE_ENDS, clean_line
from .dates import parse_date
from .place_names import PERSON_TITLES, names_a_person

# The label, alone in its element, in the languages of the sites we read.
_ENTITY_LABEL = re.compile(
    # "Body:", "Agency:", "Department:" alone label a product's, a listing's,
    # a job's facts too: only with "issuing" do they name an issuer.
    r"^\s*(?:entity|issuing\s+(?:entity|body|agency|department|organi[sz]ation)|"
    r"issued\s+by|entidade(?:\s+emissora)?|entidad(?:\s+emisora)?|"
    r"entit[ée](?:\s+[ée]mettrice)?|organismo(?:\s+emisor)?|organisme\s+[ée]metteur|"
    r"發佈機構|发布机构|發布機構|發佈單位|发布单位|發布單位|發文機關|发文机关)"
    r"\s*[:：]\s*$",
    re.I,
)
# Bytes a page must hold for the walk: such a label closing its element.
_MAYBE_ENTITY_LABEL = re.compile(
    rb"(?i)(?:entity|body|agency|department|organi[sz]ation|issued\s+by|entidade|"
    rb"entidad|entit\xc3\xa9|organismo|organisme\s+\S+|\xe6\xa9\x9f\xe6\xa7\x8b|"
    rb"\xe6\x9c\xba\xe6\x9e\x84|\xe5\x96\xae\xe4\xbd\x8d|\xe5\x8d\x95\xe4\xbd\x8d|"
    rb"\xe6\xa9\x9f\xe9\x97\x9c|\xe6\x9c\xba\xe5\x85\xb3)"
    rb"\s*(?::|\xef\xbc\x9a)\s*<"
)
# Where such a label heads no release: the site's menus, sidebars, footer,
# and lists of other releases.
_NOT_HEAD = ("nav", "footer", "aside", "ul", "ol", "table")
# Most words of an issuer's name under such a label.
_ENTITY_WORDS = 10
# What ends the name in a head written as one line of facts: "Entity:
# Health Bureau | Date: 2026-12-03".
_FACT_SEPARATOR = re.compile(r"\s*[|·•]\s*")
# A company's legal form closing its name: a regulator's page on a company
# it fined or licensed labels the company "Entity:", a subject, no issuer.
_COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:sdn\.?\s+bhd|bhd|berhad|ltd|limited|inc|incorporated|llc|llp|"
    r"l\.l\.c|corp|co|plc|pty|gmbh|ag|ab|asa|sa|s\.a|s\.p\.a|spa|sarl|"
    r"s\.a\.r\.l|sas|s\.a\.s|nv|n\.v|bv|b\.v|kk|k\.k|tbk|oy|oyj|s\.r\.l|srl|"
    r"ltda|s\.l|pte|jsc|ojsc|pjsc)\.?$",
    re.I,
)
# Words of an office after a person's name and a comma ("Jane Roe,
# Spokesperson for the Minister"): the one who signs, no issuing body.
_OFFICE_WORDS = PERSON_TITLES | frozenset(
    "spokesperson spokesman spokeswoman head manager officer coordinator "
    "adviser advisor assistant press media communications".split()
)


def entity_in_release_head(soup: BeautifulSoup, page: bytes = b"") -> str:
    """Return the body a release's head names after an "Entity:" label
    (its own element, the name right after it), or "": the label must
    follow the release's headline, outside menus, lists and the footer,
    and the name read as one (no date, no sentence, a capital or a letter
    of a script without case first)."""
    if page and _MAYBE_ENTITY_LABEL.search(page) is None:
        return ""
    for label in strings_matching(soup, _ENTITY_LABEL, limit=5):
        if (
            label.find_parent(_NOT_HEAD) is not None
            or label.find_previous("h1") is None
        ):
            continue
        value = label.parent.next_sibling
        if not isinstance(value, NavigableString):
            continue
        name = _FACT_SEPARATOR.split(clean_line(str(value)))[0]
        if _is_company(name) or _is_person(name):
            continue
        if (
            1 <= len(name.split()) <= _ENTITY_WORDS
            and name[:1].isalpha()
            and not name[:1].islower()
            and not name.endswith(SENTENCE_ENDS)
            and not parse_date(name)
        ):
            return name
    return ""


def _is_company(name: str) -> bool:
    """Return True when ``name`` closes on a company's legal form ("Alpha
    Capital Management Sdn Bhd", "Acme GmbH", "Beta S.A.")."""
    return _COMPANY_FORM.search(name.rstrip(" ,")) is not None


def _is_person(name: str) -> bool:
    """Return True when ``name`` is a person with her office ("Jane Roe,
    Spokesperson for the Minister", "Director Jane Roe"): the words after
    its first comma open on an office's word, or a title opens it."""
    if names_a_person(name):
        return True
    head, comma, office = name.partition(",")
    if not comma or not office.split():
        return False
    return (
        office.split()[0].lower().strip(".") in _OFFICE_WORDS and len(head.split()) <= 4
    )
