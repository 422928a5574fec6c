"""Datelines that name a town with its region or country, or a town and a
news agency, in the shapes of the world's press offices, and the persons,
labels and events that open prose the same way (#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import dateline_date, split_dateline

LEAD = "The Department of Health opened the new Harbourtown Health Centre today."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a town in capitals, a region no rule knows, the date in brackets
        ("HARBOURTOWN, Nunavut (December 3, 2026) – ", "HARBOURTOWN, Nunavut"),
        ("HARBOURTOWN, Capiz (3 December 2026) — ", "HARBOURTOWN, Capiz"),
        # a region written as its abbreviation
        ("HARBOURTOWN, B.C. (December 3, 2026) - ", "HARBOURTOWN, B.C."),
        # a city the world knows, in any case, before its country
        ("Addis Ababa, Ethiopia (2 December 2026) – ", "Addis Ababa, Ethiopia"),
    ],
)
def test_a_town_its_region_and_a_date_in_brackets_are_the_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)
    assert dateline_date(opening + LEAD)


@pytest.mark.parametrize(
    "opening",
    [
        # a person and her office, a label, a body, an event, a company
        "JANE ROE, Chair (December 3, 2026) – ",
        "JANE ROE, Harbour Councillor (December 3, 2026) – ",
        "GOVERNOR JANE ROE, TEXAS (December 3, 2026) – ",
        "FACT SHEET, Harbour Board (December 3, 2026) – ",
        "TOWN HALL MEETING, Harbourtown (December 3, 2026) – ",
        "MEDIA ADVISORY, Harbourtown (December 3, 2026) – ",
        "ACME, Inc. (December 3, 2026) – ",
        # a label in capitals of another language, named nowhere again
        "PRESSEMITTEILUNG, Berlin (3. Dezember 2026) – ",
        # a person in ordinary case before a region
        "Jane Roe, Nunavut (December 3, 2026) – ",
    ],
)
def test_a_person_a_label_or_an_event_before_a_date_in_brackets_is_no_dateline(
    opening,
):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


def test_a_town_in_capitals_named_nowhere_again_is_no_dateline():
    # the town in capitals must recur as a name: a label does not
    text = "EMBARGOED, Nunavut (December 3, 2026) – The new centre opened today."
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a place and its country before the date are one dateline
        ("Harbourtown, Ethiopia, 02 December 2026 – ", "Harbourtown, Ethiopia"),
        ("Addis Ababa, Ethiopia, 2 December 2026 — ", "Addis Ababa, Ethiopia"),
        # countries as the world writes them short or in another form
        ("Harbourtown, USA, December 2, 2026 – ", "Harbourtown, USA"),
        ("Harbourtown, Turkey, 2 December 2026 – ", "Harbourtown, Turkey"),
        ("Harbourtown, Türkiye, 2 December 2026 – ", "Harbourtown, Türkiye"),
        (
            "Harbourtown, Côte d'Ivoire, 2 December 2026 – ",
            "Harbourtown, Côte d'Ivoire",
        ),
        ("Riyadh, KSA: ", "Riyadh, KSA"),
        # a state, as before
        ("Harbourtown, MA, December 2, 2026 – ", "Harbourtown, MA"),
    ],
)
def test_a_place_and_its_country_before_the_date_are_one_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


def test_a_word_before_a_country_and_a_date_stays_a_word():
    # the country goes with the place only where a date follows it
    text = "Harbourtown, Ethiopia, and Kenya, 2 December 2026 – " + LEAD
    assert split_dateline(text)[0] != "Harbourtown, Ethiopia"


LEAD_ES = "El alcalde entregó este jueves el mercado renovado."


@pytest.mark.parametrize(
    "opening",
    [
        # a town, a day and a month, the agency in brackets, a stop and a dash
        "Villamar, 3 dic (AMN).- ",
        "Villamar, 3 de diciembre (AMN).– ",
        "Villamar, 3 de diciembre de 2026 (AMN).— ",
        # the same without the full stop
        "Villamar, 3 dic (Andes) – ",
    ],
)
def test_a_town_its_day_and_an_agency_in_brackets_are_the_dateline(opening):
    assert split_dateline(opening + LEAD_ES) == ("Villamar", LEAD_ES)


@pytest.mark.parametrize(
    "opening",
    [
        # a label, prose with a number, a point of a resolution
        "Nota, 3 dic (AMN).- ",
        "Tenemos, 3 cosas (AMN).- ",
        "Primero (AMN).- ",
    ],
)
def test_a_label_or_prose_before_an_agency_is_no_dateline(opening):
    assert split_dateline(opening + LEAD_ES) == ("", opening + LEAD_ES)


LEAD_HI = "मुख्यमंत्री ने शनिवार को नई नौका सेवा शुरू की।"


def test_a_place_its_day_and_an_agency_tag_before_the_danda_are_the_dateline():
    assert split_dateline("सागरपुर, 5 दिसंबर (हि.स.)। " + LEAD_HI) == (
        "सागरपुर",
        LEAD_HI,
    )
    # prose before a day, a month and the tag is no place
    prose = "किसान संगठनों ने कहा, 12 मार्च (हि.स.)। " + LEAD_HI
    assert split_dateline(prose) == ("", prose)


@pytest.mark.parametrize(
    "opening",
    [
        # a title and a person, then a state: no dateline, dated or not
        "Sheriff Jane Roe, Texas – ",
        "Sheriff Jane Roe, Texas (December 3, 2026) – ",
        "Chief Jane Roe, Mich. – ",
        # a label before a day and an agency
        "Update, March 21 (PTI): ",
    ],
)
def test_a_person_with_a_title_or_a_label_before_a_state_is_no_dateline(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # towns, dams and suburbs named after a rank: the title stands before
        # no given name and surname
        ("Marshal Creek, Oregon – ", "Marshal Creek, Oregon"),
        ("Deputy Landing, Ohio – ", "Deputy Landing, Ohio"),
        ("Colonel Ash Gardens, Oregon – ", "Colonel Ash Gardens, Oregon"),
    ],
)
def test_a_town_named_after_a_rank_before_its_state_is_the_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


def test_a_rank_before_a_given_name_and_a_surname_still_names_a_person():
    opening = "Sergeant Jane Roe, Ohio – "
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


@pytest.mark.parametrize(
    "opening",
    [
        # a label of another language or a live page's before a date
        "LIVE UPDATES, Ukraine (3 December 2026) – ",
        "Actualización, 3 dic (AMN).- ",
        "Boletín, 3 dic (AMN).- ",
    ],
)
def test_a_body_a_person_or_a_label_before_a_country_or_an_agency_is_no_dateline(
    opening,
):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


def test_a_town_the_text_names_as_a_place_before_its_country_is_the_dateline():
    opening = "Harbourtown, Kenya (3 December 2026) – "
    lead = "Cash transfers begin in Harbourtown on Monday."
    assert split_dateline(opening + lead) == ("Harbourtown, Kenya", lead)


def test_a_town_the_text_does_not_name_again_before_its_country_is_the_dateline():
    opening = "Harbourtown, Kenya (3 December 2026) – "
    lead = "The Ministry of Health opened two clinics on Monday."
    assert split_dateline(opening + lead) == ("Harbourtown, Kenya", lead)


@pytest.mark.parametrize(
    "text",
    [
        # an organisation or a person before a country and a dated dash, whom
        # the release goes on about
        "Harbour Relief, Kenya (3 December 2026) – Harbour Relief Kenya warned "
        "on Wednesday that two million children face hunger.",
        "Amina Yusuf, Iran (3 December 2026) – Imprisoned writer Amina Yusuf was "
        "honoured in absentia on Wednesday.",
    ],
)
def test_a_body_or_a_person_the_release_is_about_before_a_country_is_no_dateline(
    text,
):
    assert split_dateline(text) == ("", text)
