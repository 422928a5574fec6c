"""A release a site carries for another organisation, as the site's
disclaimer says, and whose it is, as its lead and its title say.

Business news sites and wires publish companies' releases under their own
name with a line disowning them: "The content of this press release was
provided by a third party. <The site> is not responsible for the content",
"محتوى هذا البيان الصحفي مقدم من طرف ثالث". The release is then the
organisation's its lead names, not the site's.
"""

from __future__ import annotations

import re

from .wire_issuer import issuer_of_wire_release

# A site's line that the release's content is a third party's, or that the
# site does not answer for it, in the languages of the wires that carry them.
# A site's footer disowns what it links to in the same words ("... is not
# responsible for the content of external sites"), and cookies are third
# parties' too: those are not the release.
_THIRD_PARTY_CONTENT = re.compile(
    r"provided by (?:an? )?(?:independent )?third[- ]part"
    r"|(?:is|are|will|shall) not (?:be )?(?:held )?responsible (?:in any way )?"
    r"for (?:the |its |any )?(?:content|accuracy)"
    r"(?!\s+(?:of|on|in)\s+(?:any\s+|the\s+|other\s+)?(?:external|linked|outside"
    r"|third[- ]party|other)\b)"
    r"|fourni par (?:un )?tiers|proporcionad[oa] por terceros"
    r"|fornecid[oa] por terceiros"
    r"|مقد[ّ]?م[ةه]? من (?:قبل )?طرف ثالث|غير مسؤول[ةه]? عن محتوا[هة]",
    re.IGNORECASE,
)
# The disclaimer is about the release itself ("The content of this press
# release was provided by a third party"): a news site's line disowning its
# readers' comments, its translations, its advertisements or its market data
# ("provided by third-party providers") is no release carried for another.
_THE_RELEASE = re.compile(
    r"\b(?:press |news )?release\b|communiqu[ée]|comunicado|nota de prensa"
    r"|البيان|بيان صحفي",
    re.IGNORECASE,
)
# Where a sentence ends, to read a disclaimer's words together.
_SENTENCE_END = re.compile(r"(?<=[.!?؟。])\s+|\n+")
# Where a page's disclaimer is looked for: its last words, where the site's
# own lines close a release, and its removed chrome.
_DISCLAIMER_CHARS = 3000


def carries_others_release(chrome: str, paragraphs: list[str]) -> bool:
    """Return True when the page disowns the release it carries: a third
    party provided this release, or the site is not responsible for its
    content."""
    closing = "\n".join(paragraphs)[-_DISCLAIMER_CHARS:]
    return any(
        _THIRD_PARTY_CONTENT.search(sentence) and _THE_RELEASE.search(sentence)
        for text in (closing, chrome)
        if _THIRD_PARTY_CONTENT.search(text)
        for sentence in _SENTENCE_END.split(text)
    )


def carried_release_issuer(
    paragraphs: list[str], lead: str, title: str, site: str
) -> str:
    """Return the organisation whose release a site carries, or "".

    Args:
        paragraphs: the release's text as read, headings included.
        lead: its first paragraph, after its dateline.
        title: its headline.
        site: the name the page gives its site.
    """
    return issuer_of_wire_release(paragraphs, site, lead=lead) or _named_in_title(
        title, lead
    )


# A name in quotation marks opening a headline, as Arabic and Russian
# headlines set a company's name ("«رمال للخدمات اللوجستية» تفتتح ...",
# "«Гавань» открыла ...").
_QUOTED_NAME = re.compile(r"^\s*[«“„\"](?P<name>[^«»“”„\"\n]{2,60})[»”“\"]\s+\S")
# Most words of a name in quotation marks.
_QUOTED_NAME_WORDS = 6


def _named_in_title(title: str, lead: str) -> str:
    """Return the name the headline opens on in quotation marks when the
    lead's first sentence names it too, or ""."""
    quoted = _QUOTED_NAME.match(title)
    if quoted is None:
        return ""
    name = quoted.group("name").strip()
    if not 1 <= len(name.split()) <= _QUOTED_NAME_WORDS:
        return ""
    first_sentence = re.split(r"(?<=[.!?؟。])\s", lead, maxsplit=1)[0]
    return name if _names_company(first_sentence, name) else ""


# A word for a company before its name ("أعلنت شركة رمال ...").
_COMPANY_WORDS = (
    r"(?:شركة|مجموعة|مؤسسة|بنك|مصرف|компания|группа|банк"
    r"|company|group|firm|bank|société|groupe|empresa|grupo)"
)


def _names_company(sentence: str, name: str) -> bool:
    """Return True when the sentence names a company by the name: after a
    word for a company, or opening the sentence described between commas;
    not a slogan or a programme it mentions ("Vision 2030 reforms"), nor a
    quotation."""
    quoted = re.escape(name)
    return bool(
        re.search(rf"{_COMPANY_WORDS}\s+{quoted}(?!\w)", sentence, re.IGNORECASE)
        or re.match(rf"\s*{quoted},\s", sentence)
    )
