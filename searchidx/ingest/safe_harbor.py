"""A listed company's safe-harbour statement closing its release: the legal
notice on forward-looking statements, with or without its heading.

It is the company's lawyers' words, the same under every release, so no
text; but the words "safe harbor" and "forward-looking" also head and fill
real sections (a tax rule, a central bank's guidance, a regulator's or a
court's ruling on the law), which stay.
"""

from __future__ import annotations

import re

from ._text import ABOUT_HEADING, SENTENCE_ENDS, count_words

# The heading over a listed company's safe-harbour statement, the legal
# notice that closes its releases: "Forward-Looking Statements", "Safe
# Harbor Statement", "Cautionary Note Regarding Forward-Looking
# Information", "Forward-Looking Statements and Risk Factors".
_SAFE_HARBOR_HEADING = re.compile(
    r"^(?:(?:cautionary|special)\s+(?:note|statement|language)s?\s+"
    r"(?:regarding|concerning|about|on|relating to|with respect to)\s+)?"
    r"(?:forward[- ]looking\s+(?:statements?|information)|safe\s+harbou?r"
    r"(?:\s+statement)?)(?:\s+(?:and|&)\s+[^\W\d_][\w ]{0,40})?\s*:?$",
    re.I,
)
_SAFE_HARBOR_HEADING_WORDS = 12
# The statement without its heading, naming what it is: "This press release
# contains forward-looking statements within the meaning of the Private
# Securities Litigation Reform Act of 1995."
_SAFE_HARBOR_TEXT = re.compile(r"forward[- ]looking\s+(?:statements|information)", re.I)
_SAFE_HARBOR_LAW = re.compile(
    r"within the meaning of|safe harbou?r|litigation reform act|securities laws", re.I
)
_SAFE_HARBOR_WORDS = 400
# What makes the first block under such a heading the notice, not a section
# of the text headed so ("Safe harbor" over an IRS plan rule, "Forward-Looking
# Information" over a central bank's guidance): it names forward-looking
# statements and the law they are made under, or the risks they carry.
_SAFE_HARBOR_RISKS = re.compile(r"risks,?\s+(?:and\s+)?uncertainties", re.I)
# What the notice's further blocks say ("Actual results may differ
# materially.", "Readers are cautioned not to place undue reliance ...",
# "... undertakes no obligation to update ..."); the first block that says
# none of it is the text again (call details, the issuer's description).
_SAFE_HARBOR_MORE = re.compile(
    r"forward[- ]looking|risks?\b|uncertaint|differ materially|undue reliance|"
    r"no obligation|cautio|assumptions|historical facts?|securities laws|"
    r"litigation reform act|form 10-[kq]|annual information form|sedar|edgar",
    re.I,
)
# Most words of the heading that opens the section after the statement
# ("About Acme", "Contacts"): a block that short without an end mark.
_SECTION_HEADING_WORDS = 8


def _is_safe_harbor_notice(block: str) -> bool:
    """Return True when ``block`` opens a safe-harbour statement: it names
    forward-looking statements and the law or the risks they are made under."""
    return _SAFE_HARBOR_TEXT.search(block) is not None and (
        _SAFE_HARBOR_LAW.search(block) is not None
        or _SAFE_HARBOR_RISKS.search(block) is not None
    )


def drop_safe_harbor(paragraphs: list[str]) -> list[str]:
    """Drop a safe-harbour section: its heading, when the block under it is
    the notice, and the blocks that go on with the notice or its list, up
    to one that does not, a short block that is no sentence (the contacts), the About
    section's heading ("About Acme Corp.") or the end."""
    for start in range(1, len(paragraphs) - 1):
        heading = paragraphs[start].strip()
        if not (
            _SAFE_HARBOR_HEADING.match(heading)
            and count_words(heading) <= _SAFE_HARBOR_HEADING_WORDS
            and _is_safe_harbor_notice(paragraphs[start + 1])
        ):
            continue
        end = start + 2
        while end < len(paragraphs) and (
            # the items of a list the notice opens ("including statements
            # about:", "lithium prices;")
            paragraphs[end - 1].rstrip().endswith((":", ";"))
            or _SAFE_HARBOR_MORE.search(paragraphs[end])
            and not (
                count_words(paragraphs[end]) <= _SECTION_HEADING_WORDS
                and (
                    not paragraphs[end].rstrip().endswith(SENTENCE_ENDS)
                    or ABOUT_HEADING.match(paragraphs[end].strip())
                )
            )
        ):
            end += 1
        return paragraphs[:start] + paragraphs[end:]
    return paragraphs


# The statement speaks of the release it closes ("This press release
# contains ...", "Certain statements in this news release ...", "...
# contained herein"); a sentence that reports the law ("... will no longer
# fall within the safe harbor of the ... Reform Act", a regulator's rule, a
# court's holding) speaks of other statements.
_SAFE_HARBOR_SELF = re.compile(
    r"\bthis\s+(?:(?:press|news)\s+)?(?:release|announcement|communication|"
    r"document)\b|\bherein\b",
    re.I,
)


def is_safe_harbor_statement(block: str) -> bool:
    """Return True for a listed company's safe-harbour statement without its
    heading: it names forward-looking statements in the release itself and
    the law or harbour they are made under."""
    return (
        count_words(block) <= _SAFE_HARBOR_WORDS
        and _SAFE_HARBOR_TEXT.search(block) is not None
        and _SAFE_HARBOR_LAW.search(block) is not None
        and _SAFE_HARBOR_SELF.search(block) is not None
    )
