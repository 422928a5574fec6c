"""What the place of a dateline is written as: a name of a few capitalised
words, an American state or town, a country; and the persons and
institutions whose names open prose the same way.
"""

from __future__ import annotations

import re

from .world_places import is_country_name, is_known_city

# Most words of a place in a dateline.
PLACE_WORDS = 4


# Days and words that open prose, not a place: "Today, 3 May 2024 – ...".
_NOT_PLACES = frozenset(
    "today yesterday tomorrow on in at since until from this last next "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def is_place_name(text: str) -> bool:
    """Return True when ``text`` is written as a place's name: a few words,
    each capitalised, none a day or a preposition that opens prose."""
    words = text.split()
    return (
        0 < len(words) <= PLACE_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(word.lower().strip(".") in _NOT_PLACES for word in words)
    )


# The small words that join a place's capitalised names in Romance and other
# languages ("Ciudad de México", "Frankfurt am Main", "Newcastle upon Tyne").
_PLACE_PARTICLES = frozenset(
    "de del della di da do dos das du des la las los le am an der upon y".split()
)
# The first word of an institution's name joined so ("Secretaría de Salud",
# "Ministerio del Interior"), never a place's.
_INSTITUTION_HEADS = frozenset(
    "secretaría secretaria ministerio ministère ministero ministério instituto "
    "institut istituto gobierno gouvernement governo ayuntamiento comune "
    "dirección direction direzione comisión commission commissione consejo "
    "conseil consiglio universidad université università universidade "
    "departamento département dipartimento oficina office ufficio agencia "
    "agence agenzia fundación fondation fondazione fundação banco banque "
    "tribunal corte cámara chambre camera congreso senado partido".split()
)


def is_joined_place_name(text: str) -> bool:
    """Return True when ``text`` is written as a place's name whose names are
    joined by small words ("Ciudad de México", "Rio de Janeiro"): it opens
    and ends on a capitalised name, no institution's first word ("Secretaría
    de Salud"), and has at most PLACE_WORDS names."""
    words = text.split()
    names = [word for word in words if word.lower() not in _PLACE_PARTICLES]
    return (
        len(words) > len(names)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and words[0].lower() not in _INSTITUTION_HEADS
        and is_place_name(" ".join(names))
    )


# Words of a Hindi or Bengali sentence that no place's name holds: its
# case markers, "said", "is", "and".
_INDIC_PROSE_WORDS = frozenset(
    "ने को का की के में से पर है हैं था थे कहा और या तक".split()
    + "কে এর থেকে বলেন বলেছেন এবং ও হয়".split()
)
# Most words of a place's name in Devanagari or Bengali ("श्री गंगानगर").
_INDIC_PLACE_WORDS = 3


def is_indic_place_name(text: str) -> bool:
    """Return True when ``text``, in Devanagari or Bengali script, may be a
    place's name: a few words, none a case marker or a verb of a sentence
    ("किसान संगठनों ने कहा", farmers' unions said)."""
    words = text.split()
    return 0 < len(words) <= _INDIC_PLACE_WORDS and not any(
        word in _INDIC_PROSE_WORDS for word in words
    )


def in_capitals(place: str) -> bool:
    """Return True when the name before a place's first comma is written in
    capitals ("NEW YORK, NY", "KNOXVILLE, Tenn.")."""
    name = place.split(",")[0]
    return any(char.isalpha() for char in name) and name.upper() == name


def is_office_place(place: str, text: str = "") -> bool:
    """Return True when ``place`` is an American office's place, as those
    offices write it before a date in brackets: a name and its state
    ("WASHINGTON, D.C.", "Durham, NC", "Paris, Texas"), or a state's or the
    District's name alone ("WASHINGTON", "Washington"), as congressional
    releases give it. Capitals alone tell nothing: a label ("EMBARGOED UNTIL
    NOON", "PRESSEMITTEILUNG", "FACT SHEET") or an agency ("NASA") opens a
    release so too, as a common noun's phrase does ("Town Hall Meeting").
    A town's name in capitals alone ("PHILADELPHIA") is one when the
    release's ``text`` after it names it again as a place (is_named_as_place).
    """
    place = place.strip(" ,")
    if is_us_state(place) or is_town_and_state(place):
        return True
    return (
        "," not in place
        and in_capitals(place)
        and is_town_name(place)
        and is_named_as_place(place, text)
    )


# Words before a place's name inside a sentence: where something is, or the
# part of a town ("in Harbourtown", "West Harbourtown"); a sentence opening
# on them ("In Fact Sheet form") tells less.
_BEFORE_PLACE = (
    r"(?:\b(?:in|at|near|across|throughout|around|outside)\s+"
    r"|\b(?P<part>North|South|East|West|Northeast|Northwest|Southeast|Southwest"
    r"|Central|Greater|Downtown)\s+)"
)
# What follows a place after "in" or "at" as a sentence goes on: its end, a
# clause's, or when or where ("in St. Louis on Monday", "in Charlotte."). A
# programme's, a brand's or a landmark's name goes on as a noun's phrase
# ("in Medicare for seniors", "in Amtrak investment", "at Lincoln Memorial")
# or a person's does with a verb ("families in Warren will benefit").
_AFTER_PLACE = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:on|this|last|next|today|yesterday|and|or|where"
    r"|when|since|during|until|earlier|later)\b"
)


def is_named_as_place(name: str, text: str) -> bool:
    """Return True when ``text`` names ``name`` (a dateline's place written
    in capitals) again as a place, written as a name: after a word of place
    ("in Harbourtown", "the North Harbourtown office") or before its state
    ("Harbourtown, PA"). A label, an agency, an event or a person opening a
    release in capitals is named so nowhere ("Readout of ...", "NASA's",
    "Rep. Roe said", "at the Town Hall Meeting")."""
    if not text:
        return False
    spelled = r"\s+".join(re.escape(word) for word in name.split())
    pattern = re.compile(
        rf"{_BEFORE_PLACE}(?P<name>(?i:{spelled}))\b"
        rf"|\b(?P<stated>(?i:{spelled})),\s+(?P<state>[A-Z][\w.]{{1,14}})"
    )
    for match in pattern.finditer(text):
        found = match.group("name") or match.group("stated")
        if not found[:1].isupper() or found.isupper():
            continue  # in lower case, or in capitals again: no name in a sentence
        if match.group("stated"):
            if is_us_state(match.group("state")):
                return True
        elif match.group("part") or _AFTER_PLACE.match(text, match.end()):
            return True
    return False


def is_town_and_region(place: str, text: str = "") -> bool:
    """Return True when ``place`` is a town and the region or the country it
    lies in, as news datelines write a town of any land before a date: the
    town in capitals and the region written as a name in ordinary case
    ("IGLOOLIK, Nunavut", "PRESIDENT ROXAS, Capiz"), or any town's name
    before its country ("Addis Ababa, Ethiopia"). A person and her office, a
    label, an event or a body before a place are written the same way, and
    told by their words ("JANE ROE, Chair", "FACT SHEET, Harbour Board",
    "TOWN HALL MEETING, Harbourtown", "GOVERNOR JANE ROE, TEXAS"); a town in
    capitals before a region must be named again in the release's ``text``
    as a name ("the new Igloolik Health Centre"), which a label in capitals
    of any language is not ("PRESSEMITTEILUNG, Berlin", "EMBARGOED")."""
    town, comma, region = place.strip(" ,").partition(",")
    town, region = town.strip(), region.strip()
    if not (comma and is_town_name(town, region) and is_place_name(region)):
        return False
    if town.split()[-1].lower().strip(".") in _NOT_TOWN_WORDS:
        return False
    if any(word.lower().strip(".") in _NOT_REGION_WORDS for word in region.split()):
        return False
    if is_country_name(region):
        # an organisation or a person before a country is written the same
        # way ("World Vision, Kenya", "Jane Roe, Iran"), and is what the
        # release goes on about ("World Vision Kenya warned ..."): the town
        # must be one the world knows, in capitals, named again in the text
        # as a place, or not named again at all ("Анкара, Турция")
        return (
            is_known_city(town)
            or in_capitals(town)
            or is_named_as_place(town, text)
            or not _written_again(town, text)
        )
    # a region in capitals is a town's only as an abbreviation ("B.C.")
    return (
        in_capitals(town)
        and (not region.isupper() or "." in region)
        and _names_again(town, text)
    )


def is_region_name(region: str) -> bool:
    """Return True when ``region``, after a town and a comma, is written as
    a region's or a country's name ("Kurdistan Region", "Iraq"), not as an
    office, a title, a body or a label ("Chair", "Inc.", "Harbour Board")."""
    return is_place_name(region) and not any(
        word.lower().strip(".") in _NOT_REGION_WORDS for word in region.split()
    )


def _written_again(name: str, text: str) -> bool:
    """Return True when ``text`` writes ``name`` again, in any case."""
    spelled = r"\s+".join(re.escape(word) for word in name.split())
    return re.search(rf"(?<!\w)(?i:{spelled})(?!\w)", text) is not None


def _names_again(name: str, text: str) -> bool:
    """Return True when ``text`` writes ``name``, given in capitals, again as
    a name: with a capital and lower case ("Igloolik" for "IGLOOLIK")."""
    spelled = r"\s+".join(re.escape(word) for word in name.split())
    for match in re.finditer(rf"\b(?i:{spelled})\b", text):
        if match.group()[:1].isupper() and not match.group().isupper():
            return True
    return False


def is_town_and_state(place: str) -> bool:
    """Return True when ``place`` is a town's name and its state: after a
    comma ("Durham, NC", "Paris, Texas"), or without one as an abbreviation
    ("Washington D.C.", "Albuquerque N.M.", "Washington DC"), which a name's
    last word is not."""
    name, comma, state = place.rpartition(",")
    if not comma:
        name, _, state = place.rpartition(" ")
        if not is_state_abbreviation(state):
            return False
    return is_town_name(name, state) and is_us_state(state.strip())


def is_state_abbreviation(word: str) -> bool:
    """Return True when ``word`` is a state's abbreviation, as written after
    a town without a comma: with its full stops ("D.C.", "Fla.") or its
    postal code in capitals ("DC", "TX") that is no English word ("IN",
    "OR", "ME" in a heading's capitals)."""
    if not is_us_state(word) or word.lower().rstrip(".") in _STATE_FULL_NAMES:
        return False
    return "." in word or (word.isupper() and word not in _WORD_CODES)


# Postal codes that are English words too.
_WORD_CODES = frozenset("IN OR ME OK HI OH".split())


def is_town_name(name: str, state: str = "") -> bool:
    """Return True when ``name``, before a state, is written as a town's:
    one to three capitalised words, no person's title ("Governor Jane Roe",
    "Senator Jane Roe") and no institution's last word ("Ohio State
    University"), which put a person or a body before the state instead."""
    words = name.split()
    return (
        is_place_name(name)
        and len(words) <= _TOWN_WORDS
        and not names_a_person(name, state)
        and words[-1].lower() not in INSTITUTION_WORDS
    )


def names_a_person(name: str, region: str = "") -> bool:
    """Return True when ``name`` holds a person's title followed by a name
    ("Governor Jane Roe", "SENATOR ROE", "Dr. Roe"); a title's word alone is a
    town's name as well ("Justice, Illinois").

    Towns are named after people with their titles too ("Dr. Phillips",
    "President Roxas", "Leader Heights"): a name ending in a word for a
    part of a town is one, and so is a name in capitals before its state or
    province in ordinary case, as news datelines write a town ("PRESIDENT
    ROXAS, Capiz", "DR. PHILLIPS, Fla."); a person and the state she serves
    are written in one case ("Governor Jane Roe, Texas", "GOVERNOR JANE ROE,
    TEXAS")."""
    words = name.split()
    if not words or words[-1].lower() in TOWN_PART_WORDS:
        return False
    region = region.strip()
    if region and name.isupper() and region[:1].isupper() and not region.isupper():
        return False
    for at, word in enumerate(words[:-1]):
        title = word.lower().strip(".")
        if title in PERSON_TITLES and (
            title not in _RANK_TITLES or _reads_as_person_name(words[at + 1 :])
        ):
            return True
    return False


def _reads_as_person_name(words: list[str]) -> bool:
    """Return True when ``words``, after a title of police, clergy or a
    teacher, read as a person's given name and surname ("Jane Roe", "J.
    Roe"): two or three words, the last no word of a place's or a landmark's
    name ("Sergeant Bluff", "Chief Joseph Dam", "Colonel Light Gardens")."""
    return (
        2 <= len(words) <= 3
        and words[-1].lower() not in TOWN_PART_WORDS | _FEATURE_WORDS
    )


# A town's or its part's last word ("Leader Heights", "President Park").
TOWN_PART_WORDS = frozenset(
    "heights hills park village city town township springs beach falls"
    " junction station harbor harbour point valley".split()
)


# A state's or a district's postal code ("NY", "TX", "D.C."), read with its
# full stops taken out.
_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MA MI MN MS MO "
    "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
# A state's abbreviation as AP writes it ("Calif.", "Ala"), and its full
# name, in lower case without full stops.
_STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn "
    "miss mo mont neb nev okla ore pa tenn vt va wash wva wis wyo".split()
)
_STATE_FULL_NAMES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware "
    "florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana "
    "maine maryland massachusetts michigan minnesota mississippi missouri montana "
    "nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah "
    "vermont virginia washington wisconsin wyoming".split()
    + ["new hampshire", "new jersey", "new mexico", "new york", "north carolina"]
    + ["north dakota", "rhode island", "south carolina", "south dakota"]
    + ["west virginia"]
)
_STATE_NAMES = _STATE_ABBREVIATIONS | _STATE_FULL_NAMES


def is_us_state(tag: str) -> bool:
    """Return True when ``tag`` names an American state or district: its
    postal code in capitals ("FL", "N.Y.", "D.C"), AP's abbreviation
    ("Mich.") or its name ("Texas")."""
    key = tag.replace(".", "").rstrip("-")
    return (key.isupper() and key in _STATE_CODES) or key.lower() in _STATE_NAMES


# Most words of a town's name before its state ("Salt Lake City, Utah").
_TOWN_WORDS = 3
# A person's title, which a town's name never holds: "Governor Jane Roe,
# Texas (March 18, 2026) – " names a person and the state she serves.
PERSON_TITLES = frozenset(
    "governor gov lieutenant lt senator sen mayor president secretary "
    "representative rep congressman congresswoman congressmember delegate "
    "chair chairman chairwoman commissioner councilmember councilman "
    "councilwoman speaker leader attorney judge justice treasurer comptroller "
    "auditor minister ambassador director dr mr mrs ms".split()
) | frozenset(
    "sheriff deputy chief officer trooper constable marshal sergeant sgt "
    "detective superintendent professor prof pastor rev reverend colonel "
    "coach".split()
)
# Titles of police, soldiers, clergy and teachers, which towns, dams and
# suburbs are named after ("Sergeant Bluff, Iowa", "Chief Joseph Dam,
# Washington", "Colonel Light Gardens, South Australia"): they name a person
# only before a given name and a surname (_reads_as_person_name).
_RANK_TITLES = frozenset(
    "sheriff deputy chief officer trooper constable marshal sergeant sgt "
    "detective superintendent professor prof pastor rev reverend colonel "
    "coach".split()
)
# A place's or a landmark's last word, never a surname's ("Joseph Dam",
# "Light Gardens", "Sergeant Bluff").
_FEATURE_WORDS = frozenset(
    "dam gardens garden bluff bluffs lake lakes creek river ridge grove "
    "mills mill hill mountain mount bay island isle rock rocks bridge fort "
    "landing crossing corner corners ferry forest woods meadows plains".split()
)

# The last word of an institution's name, never of a place's: a hospital, a
# police force, a school before a state reads as a place line otherwise.
INSTITUTION_WORDS = frozenset(
    "hospital hospitals police school schools church university college academy "
    "clinic department office council club museum library institute foundation "
    "cathedral prison court sheriff center centre association society".split()
)

# A release's label, not its place ("Press Release, Harbour Board – ").
RELEASE_LABELS = frozenset(
    "release statement notice advisory announcement update correction".split()
    # their plurals, a live page's and a gallery's, and the same labels in
    # the languages releases come in ("Actualización, 3 dic (ABI).- ",
    # "LIVE UPDATES, Ukraine (3 December 2026) – ", "Boletín, ...")
    + "releases statements notices updates corrections live photos photo "
    "video videos gallery actualización actualizacion boletín boletin aviso "
    "avisos fotos foto vídeo galería comunicado comunicados atualização "
    "atualizacao nota notas informe communiqué actualité actualités "
    "aktualisierung meldung mitteilung pressemitteilung fotogalerie "
    "aggiornamento comunicato".split()
    # a meeting's or an office's papers ("Minutes, 04 Dec 26: The committee")
    + "minutes agenda memo memorandum circular bulletin newsletter protokoll "
    "tagesordnung rundschreiben acta actas circular circulaire "
    "procès-verbal verbale".split()
)


def opens_sentence(rest: str) -> bool:
    """Return True when ``rest``, what follows a place line, opens a sentence:
    its first letter is no lower-case word going on from a name ("Apple
    (AAPL) - the largest holding ... - rose", "Update, 14 March: the ferry")."""
    for char in rest[:40]:
        if char.isalpha():
            return not char.islower()
    return True


def is_initials_of(short: str, name: str) -> bool:
    """Return True when ``short`` is the initials of ``name``: an abbreviation
    the text defines ("Harbour Town Council (HTC)"), not a wire's tag."""
    initials = "".join(word[:1] for word in name.split() if word[:1].isupper())
    return len(initials) > 1 and short.upper() == initials.upper()


# Words after a person's or a company's name, never a place's: suffixes,
# degrees, offices, company forms ("John Smith, Jr.", "Jane Roe, MD").
NAME_SUFFIXES = frozenset(
    "jr sr ii iii iv phd ph.d dds rn esq mba ceo cfo coo cto chair chairman "
    "chairwoman president director inc ltd llc llp corp plc gmbh ag sa nv bv".split()
)
# The last word of a label's, an event's or a body's name in capitals, never
# of a town's ("FACT SHEET", "TOWN HALL MEETING", "HARBOUR BOARD").
_NOT_TOWN_WORDS = RELEASE_LABELS | frozenset(
    "sheet advisory meeting conference summit forum hearing webinar session "
    "ceremony festival fair expo workshop briefing board ministry agency "
    "commission committee authority company group".split()
)
# Words of an office, a title, a body or a label, never of a region's name
# ("JANE ROE, Chair", "JANE ROE, Harbour Board", "ACME, Inc.").
_NOT_REGION_WORDS = (
    PERSON_TITLES
    | NAME_SUFFIXES
    | INSTITUTION_WORDS
    | _NOT_TOWN_WORDS
    | frozenset(
        "councillor councilor member officer spokesperson spokesman spokeswoman "
        "manager chief head executive coordinator founder owner partner "
        "editor correspondent reporter mla mp mpp mna mha".split()
    )
)
