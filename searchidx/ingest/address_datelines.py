"""A town's name alone before a colon or a dash, as a release's dateline,
where the page's own postal address names that town.

Indian, Tibetan and other offices open a release with their town and a colon
("Dharamshala: The Department of Health ..."), international organisations
with their town and a dash ("Harbourtown – The Organization ..."), as a
label, a person in a transcript or a heading run into its paragraph open
prose ("Note: ", "Update: ", "Roe: ", "Scholarships – "). What tells the town is the office's
address in the page's footer, which writes the same name beside its postal
code ("Gangchen Kyishong, Dharamshala 176215", "10117 Berlin", "Lansing, MI
48909"): a label, a person or a heading is named so nowhere.
"""

from __future__ import annotations

import re

from .place_names import RELEASE_LABELS, is_place_name, opens_sentence

# One or two capitalised words and a colon, or a spaced dash as
# international organisations write it ("Harbourtown – "), before a sentence.
_COLON_PLACE = re.compile(
    r"^\s*(?P<place>[^\W\d_][\w'’-]{1,30}(?: [^\W\d_][\w'’-]{2,30})?)"
    r"(?:\s*:|\s+[—–-])\s+"
)
# Words that head a note, a caption or a part of a release, not a place.
_LABELS = RELEASE_LABELS | frozenset(
    "note notes photo photos picture image video caption source sources "
    "background summary contact contacts media editor editors quote".split()
)


def split_address_dateline(body: str, page_text: str) -> tuple[str, str]:
    """Return ``(dateline, body)`` when ``body`` opens on a town's name and
    a colon that ``page_text`` (what the page holds beside its release: its
    header and footer) writes beside a postal code; ``("", body)`` else."""
    match = _COLON_PLACE.match(body)
    if not match or not page_text:
        return "", body
    place = match.group("place")
    if (
        # each word capitalised, in a script with capitals ("罗马" has none)
        (place[:1].isupper() or place[:1].islower())
        and not is_place_name(place)
        or any(word.lower() in _LABELS for word in place.split())
        or not opens_sentence(body[match.end() :])
        or not _reads_as_lead(place, body[match.end() :])
        or not _in_address(place, page_text)
    ):
        return "", body
    return place, body[match.end() :]


# A reply's opening, never a release's lead: the speaker's thanks, "I" or
# "we", "yes" or "no", or a quotation mark ("Lincoln: Thank you for having
# me.", "Roe: I grew up ...").
_REPLY_OPENING = re.compile(
    r"(?i:thank|thanks|i|i'm|i’m|i've|i’ve|we|we're|we’re|my|our|yes|no|well|"
    r"you|oh|sure|absolutely)\b|[\"“‘'«„]"
)


def _reads_as_lead(place: str, rest: str) -> bool:
    """Return True when ``rest``, after ``place`` and its colon, reads as a
    release's lead: not a speaker's reply in the first person or thanks, nor
    the first turn of a transcript whose later paragraphs open on the same
    name and a colon, as an interview's turns do ("Lincoln: Thank you for
    having me. ... Lincoln: Right away, ..."); a release's later notes
    ("Contact: ") open on other words."""
    later_turn = re.compile(rf"\n\s*{re.escape(place)}\s*:\s")
    return not _REPLY_OPENING.match(rest.lstrip()) and not later_turn.search(rest)


def _in_address(place: str, text: str) -> bool:
    """Return True when ``text`` writes ``place`` beside a postal code: after
    it, of five or six digits ("Dharamshala 176215", "Dharamshala-176 215")
    or after a state's code ("Lansing, MI 48909"); before it, of four or
    five digits that are no year ("10117 Berlin", "1000 Ljubljana")."""
    name = re.escape(place)
    pattern = re.compile(
        rf"\b(?i:{name})\b[ ,\-–]*(?:[A-Z]{{2}} +)?\d{{3}} ?\d{{2,3}}\b"
        rf"|\b(?!(?:19|20)\d\d\b)\d{{4,5}} +(?i:{name})\b"
    )
    return pattern.search(text) is not None
