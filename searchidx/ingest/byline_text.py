"""An author's name as a byline's text gives it: without its "By", dates, labels."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ._text import clean_line
from .date_choice import PUBLISHED_LABEL, UPDATE_LABEL
from .dates import remove_dates
from .page_publisher import names_organisation

# "By Jane Doe", "From Staff Sgt. X,", "Written by: Y", "Posted by Z" on a line
# of its own; "Von", "Par", "Por", "Door" (and the Philippine languages' "Ni",
# Malay and Indonesian "Oleh") only before a capitalised name, as "Par
# ailleurs, ..." or "Por eso ..." open sentences.
BYLINE_PREFIX = re.compile(
    r"^(?:(?i:by|from|written by|posted by|story by|author|skrevet af|kirjoittanut|"
    r"kirjoittaja):?\s+"
    r"|(?i:text|tekst|autor|författare|texte|testo):\s+"
    r"|(?i:af|av)\s+(?=[A-ZÀ-Ý])"
    r"|(?i:von|par|por|door|ni|oleh)\s+"
    r"(?=[A-ZÀ-Ý][\w'’-]+\s+(?:(?:de|van|von|der|den|la|le|di|da|du)\s+)*[A-ZÀ-Ý]))"
)


# What follows the name in a byline element: "Reuters Updated: January 16, 2020",
# "Jane Doe | Published 3 March 2021".
_BYLINE_TAIL = re.compile(
    r"\s*(?:[|·•,;–—-]\s*)?\b(?:updated|published|posted|last (?:updated|modified)|"
    r"modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado)\b.*$",
    re.I,
)


# A post's age after its author's name, as help centres and forums show it
# ("Coastlink Customer Care 1 year ago", "Ana · 3 hours ago").
_BYLINE_AGE = re.compile(
    r"\s*(?:[|·•,;–—-]\s*)?\b(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|"
    r"year)s?\s+ago\b.*$",
    re.I,
)


# An office or role after the name: "Marcus Lee, Office of Strategic
# Communications", "Dana Whitcomb, University Communications".
_BYLINE_ROLE = re.compile(
    r",\s+(?:[\w&'’.-]+\s+){0,5}?(?:office|communications|department|secretary|"
    r"press|media|relations|editor|reporter|correspondent|staff|spokes\w*|"
    r"director|officer|manager)\b.*$",
    re.I,
)


# A one-word label before the name, in any language ("Автор: Мария Иванова",
# "Yazar: Ayşe Demir", "Tác giả: ...": a byline element's own label).
_BYLINE_LABEL = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,10})?\s*:\s+(?=\w)")
# Another labelled field after the name, read with it from one line or
# block ("Lt. Jessa Mae Villanueva PN Unit: Naval Forces Southern Luzon"):
# the name ends before the field's label.
_BYLINE_NEXT_FIELD = re.compile(
    r"(?<=[\w.])\s+[A-ZÀ-ÞА-ЯΑ-Ω][^\W\d_]{1,20}\s*:\s+\S.*$"
)


# A participle before "by" in a byline already found ("Created by",
# "Publié par", "Publicado por", "Geschreven door", "Napisane przez"),
# before a capitalised name; not "von" or "da", which names hold ("Anna von
# Berg"). Not a test of a line being a byline: "Supported by ..." in a text
# is none.
_BYLINE_VERB = re.compile(
    r"^(?:[^\W\d_]{4,15}\s+(?i:by|par|por|door|przez)"
    # German participles before "von" ("Erstellt von", "Geschrieben von")
    r"|(?i:erstellt|verfasst|geschrieben|veröffentlicht|bearbeitet|gepostet|"
    r"eingestellt)\s+von)\s+(?=[A-ZÀ-ÝĀ-Ž])"
)


# The account a CMS posts under until someone names it ("admin",
# "Administrator", "webmaster", "editor"): a login shown as the author, no
# person's name.
_ACCOUNT_NAME = re.compile(
    r"^(?:site[ _-]?|web[ _-]?|wp[ _-]?)?(?:admin(?:istrator|istrador|istrateur)?|"
    r"webmaster|root|superuser|sysadmin|user|guest|editor|author|contributor)\d*$",
    re.I,
)


# A newsroom's desk credited as the author ("Web Desk", "News Desk", "Online
# Desk"): a unit of the newsroom, no person; "Jane Roe, Metro Desk" keeps
# the name.
_DESK = re.compile(
    r"^(?:(?:web|news|online|digital|internet|metro|city|local|national|foreign|"
    r"international|world|sports?|business|political|editorial|staff)\s+)?desk$",
    re.I,
)


def clean_byline(byline: str) -> str:
    """Return the author's name a byline holds, without dates and update labels."""
    byline = clean_line(byline)
    byline = BYLINE_PREFIX.sub("", byline)
    byline = _BYLINE_VERB.sub("", byline)
    byline = _BYLINE_TAIL.sub("", byline)
    # A date's label in the page's own language ("Publicado em 10h12
    # Atualizado em 16h40"): the name, if any, stands before it.
    label = PUBLISHED_LABEL.search(byline) or UPDATE_LABEL.search(byline)
    if label:
        byline = byline[: label.start()]
    byline = _BYLINE_AGE.sub("", byline)
    byline = _BYLINE_LABEL.sub("", byline)
    byline = _BYLINE_NEXT_FIELD.sub("", byline)
    byline = _BYLINE_ROLE.sub("", byline)
    byline = remove_dates(byline).strip(" ,;|·•–—-")
    if _ACCOUNT_NAME.match(byline) or _DESK.match(byline):
        return ""
    return byline if re.search(r"[^\W\d_]", byline) else ""


# An organisation's media or communications unit credited as the author
# ("OPM Media", "Harbour Board Communications", "DOH Press Office"): the
# organisation's name or initials, then the unit's word. The unit's word
# alone ("Communications Office") is left as the page gives it.
_MEDIA_UNIT = re.compile(
    r"(?P<org>\S.*?)\s+(?:media|communications?|comms|press|information|"
    r"public\s+(?:affairs|relations|information))"
    r"(?:\s+(?:unit|team|office|centre|center|relations|desk|services?|department|"
    r"division|section|bureau))?",
    re.I,
)
_INITIALS = re.compile(r"[A-Z]{2,6}")
# Small words a name spelled by its initials skips ("Office of the Prime
# Minister" is "OPM").
_SKIPPED_IN_INITIALS = r"(?:(?:of|the|for|and|on|de|del|la|le|des|du|da|do)\s+)*"


def is_media_unit(byline: str, names: Iterable[str], text: Callable[[], str]) -> bool:
    """Return True when ``byline`` credits an organisation's media unit, no
    person: the unit of one of the organisations the page is named for
    (``names``: its source, its site's names), or of one whose initials it
    gives and the page's ``text`` spells out as an organisation's name ("OPM
    Media" where the page names the "Office of the Prime Minister"; not "PA
    Media", an agency's name, on a paper that names no such body)."""
    unit = _MEDIA_UNIT.fullmatch(byline)
    if unit is None:
        return False
    org = unit.group("org").strip()
    if org.casefold() in {name.casefold() for name in names if name}:
        return True
    if not _INITIALS.fullmatch(org):
        return False
    spelled = re.compile(
        r"(?<!\w)"
        + (r"\s+" + _SKIPPED_IN_INITIALS).join(
            re.escape(letter) + r"[\w'’-]+" for letter in org
        )
    )
    return any(names_organisation(found.group()) for found in spelled.finditer(text()))
