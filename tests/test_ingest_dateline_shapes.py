"""Datelines in shapes of the world's press offices and wires, and the names,
labels and people that open prose the same way (#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import dateline_date, split_dateline
from searchidx.ingest.named_months import page_language

LEAD = "The river ferry resumes service on Monday."
LEAD_HI = "मुख्यमंत्री ने शनिवार को नई नौका सेवा शुरू की।"
LEAD_AR = "أعلنت الشركة اليوم عن افتتاح خط جديد للعبارات."


@pytest.mark.parametrize(
    ("opening", "lead", "place"),
    [
        # an Indian state's release: a place, a day and a month, the danda
        ("जयपुर, 5 दिसम्बर। ", LEAD_HI, "जयपुर"),
        ("सागरपुर, 27 मार्च। ", LEAD_HI, "सागरपुर"),
        ("জলপুর, ৫ ডিসেম্বর। ", LEAD_HI, "জলপুর"),
        # the same with the year
        ("जयपुर, 5 दिसम्बर 2026। ", LEAD_HI, "जयपुर"),
    ],
)
def test_a_place_and_its_day_closed_by_the_danda_is_the_dateline(opening, lead, place):
    assert split_dateline(opening + lead) == (place, lead)


@pytest.mark.parametrize(
    "text",
    [
        # a number before the danda that is no month's day
        "जयपुर, 5 बातें। " + LEAD_HI,
        # a sentence of prose ended by the danda
        "मुख्यमंत्री ने कहा, यह योजना 2026 में पूरी होगी। " + LEAD_HI,
        # prose before a day and a month: the unions said, on 12 March
        "किसान संगठनों ने कहा, 12 मार्च। इस दिन पैदल यात्रा होगी।",
        # a timetable of subjects and their days, not a place
        "गणित, 12 मार्च। विज्ञान, 15 मार्च। हिंदी, 18 मार्च। परीक्षाएं सुबह शुरू होंगी।",
    ],
)
def test_prose_ended_by_the_danda_is_no_dateline(text):
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a Gulf wire's release: a place, its country, a colon
        ("Riyadh, Saudi Arabia: ", "Riyadh, Saudi Arabia"),
        ("RIYADH, Saudi Arabia: ", "RIYADH, Saudi Arabia"),
        ("Dubai, United Arab Emirates: ", "Dubai, United Arab Emirates"),
        # a country by its initials
        ("Dubai, UAE: ", "Dubai, UAE"),
        ("London, UK: ", "London, UK"),
    ],
)
def test_a_place_and_its_country_closed_by_a_colon_is_the_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


def test_a_place_and_its_country_in_the_pages_language_is_the_dateline():
    opening = "دبي، الإمارات العربية المتحدة: "
    with page_language("ar"):
        assert split_dateline(opening + LEAD_AR) == (opening[:-2], LEAD_AR)
    # in a language the page does not declare, the country is not told
    assert split_dateline(opening + LEAD_AR) == ("", opening + LEAD_AR)


@pytest.mark.parametrize(
    "opening",
    [
        # a person and an office, a label, a company's form, before a colon
        "Jane Roe, Chair: ",
        "Jane Roe, Harbour Board: ",
        "Update, Kenya: ",
        "Press Release, Kenya: ",
        "Acme, SA: ",
        "Acme, PR: ",
        # an institution or a person's title before the country
        "Harbour Hospital, Kenya: ",
        "Minister Jane Roe, Kenya: ",
        # a roster's speaker, a company, a label, a mission, two countries:
        # no city before the country
        "Amina Yusuf, Nigeria: ",
        "Macky Diallo, Sénégal : ",
        "Harbour Logistics, Singapore: ",
        "Breaking News, Nigeria: ",
        "Trade Mission, Kenya: ",
        "Sudan, Chad: ",
        "Saudi Arabia, Japan: ",
        # prose before the colon
        "In Harbourtown, Kenya: ",
        "Today, Kenya: ",
    ],
)
def test_a_name_or_a_label_before_a_comma_and_a_colon_is_no_dateline(opening):
    text = opening + LEAD
    assert split_dateline(text) == ("", text)
    assert dateline_date(text) == ""


def test_a_place_and_its_country_before_prose_in_lower_case_is_no_dateline():
    text = "Riyadh, Saudi Arabia: the city that never sleeps."
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    "opening",
    [
        # a person's title and name, then the state or country they serve
        "Governor Jane Roe, Texas – ",
        "Senator Jane Roe, Ohio – ",
        "Mayor Jane Roe, Croatia – ",
        "GOVERNOR JANE ROE, TEXAS – ",
        "SENATOR ROE – ",
    ],
)
def test_a_person_with_a_title_before_a_state_and_a_dash_is_no_dateline(opening):
    text = opening + LEAD
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a town and its state, or its country, in capitals or not
        ("Paris, Texas – ", "Paris, Texas"),
        ("PARIS, TEXAS – ", "PARIS, TEXAS"),
        ("Zagreb, Croatia – ", "Zagreb"),
        # a town whose name holds a word that is a title elsewhere
        ("Justice, Illinois – ", "Justice, Illinois"),
        # towns named after a person with a title: a town's part closes the
        # name, or the town stands in capitals before a province in
        # ordinary case, as newsrooms write a dateline
        ("Leader Heights, Pennsylvania – ", "Leader Heights, Pennsylvania"),
        ("DR. PHILLIPS, Fla. – ", "DR. PHILLIPS, Fla."),
        ("PRESIDENT ROXAS, Capiz – ", "PRESIDENT ROXAS, Capiz"),
        ("GOV. GENEROSO, Davao Oriental – ", "GOV. GENEROSO, Davao Oriental"),
        (
            "SEN. NINOY AQUINO, Sultan Kudarat – ",
            "SEN. NINOY AQUINO, Sultan Kudarat",
        ),
    ],
)
def test_a_town_before_its_state_and_a_dash_is_still_the_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a town and its state's abbreviation without the comma
        ("Washington D.C. – ", "Washington D.C."),
        ("Washington D.C. -- ", "Washington D.C."),
        ("Washington DC - ", "Washington DC"),
        ("Harbourtown Mich. — ", "Harbourtown Mich."),
        ("Salt Flat City N.M. – ", "Salt Flat City N.M."),
        ("New Harbour NY – ", "New Harbour NY"),
        # the same before a date in brackets
        ("Washington D.C. (March 18, 2026) – ", "Washington D.C."),
    ],
)
def test_a_town_and_its_states_abbreviation_without_a_comma_is_the_dateline(
    opening, place
):
    assert split_dateline(opening + LEAD) == (place, LEAD)


@pytest.mark.parametrize(
    "opening",
    [
        # a person's degree after a given name and a surname
        "Jane Roe MD – ",
        "Jane Roe CA – ",
        # a postal code that is a word, a state's name written whole
        "Sign IN – ",
        "Call ME – ",
        "Visit Texas – ",
        # a person, an institution, a day before the abbreviation
        "Governor Roe D.C. – ",
        "Harbour Hospital D.C. – ",
        "Today D.C. – ",
        # a person's three names, a firm, a product before a credential or
        # a form that is a state's code too
        "Mary Ann Roe MD – ",
        "Roe Family Law PA – ",
        "Harbour Audio Series PA – ",
    ],
)
def test_a_name_before_a_states_code_without_a_comma_is_no_dateline(opening):
    text = opening + LEAD
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        # a team's or an event's name the headline gives
        ("United DC – ", "United DC wins cup"),
        ("Capital Pride DC – ", "Capital Pride DC 2026"),
    ],
)
def test_a_name_the_headline_gives_before_a_code_is_no_dateline(opening, title):
    text = opening + LEAD
    assert split_dateline(text, names=(title,)) == ("", text)
    # under another headline, a town and its district's code
    assert split_dateline("Washington DC – " + LEAD, names=(title,)) == (
        "Washington DC",
        LEAD,
    )


def test_a_town_and_its_state_before_prose_in_lower_case_is_no_dateline():
    text = "Washington D.C. – the capital – hosts the regatta."
    assert split_dateline(text) == ("", text)


# A congressional office's release with its city in capitals and no state.
OFFICE_LEAD = "Rep. Jane Roe will hold office hours at the {where} office on Monday."


@pytest.mark.parametrize(
    ("opening", "where"),
    [
        ("HARBOURTOWN (Aug. 3, 2021) – ", "North Harbourtown"),
        ("HARBOURTOWN (October 4, 2022) – ", "library in Harbourtown, near the"),
        ("ST. HARBOUR (Oct. 4, 2022) – ", "clinic in St. Harbour, the"),
        ("SALT FLAT CITY (Oct. 4, 2022) – ", "12 Main St., Salt Flat City, UT"),
    ],
)
def test_a_city_in_capitals_the_release_names_again_as_a_place_is_the_dateline(
    opening, where
):
    lead = OFFICE_LEAD.format(where=where)
    assert split_dateline(opening + lead) == (opening.split(" (")[0], lead)
    assert dateline_date(opening + lead) == opening.split("(")[1].split(")")[0]


@pytest.mark.parametrize(
    ("opening", "lead"),
    [
        # the city named nowhere again, or only in capitals or lower case
        ("HARBOURTOWN (Aug. 3, 2021) – ", LEAD),
        ("HARBOURTOWN (Aug. 3, 2021) – ", "The ferry to HARBOURTOWN resumes."),
        ("HARBOURTOWN (Aug. 3, 2021) – ", "The ferry runs in harbourtown again."),
        # a person, named again as one
        ("JANE ROE (March 18, 2026) – ", "Rep. Jane Roe said the ferry resumes."),
        ("ROE (March 18, 2026) – ", "A letter to Roe from the Harbour Board."),
        # a label, an agency, an event named again, but not as a place
        ("READOUT (March 18, 2026) – ", "Readout of the call on the ferry."),
        ("NASA (March 18, 2026) – ", "NASA said in NASA's report that it flies."),
        ("TOWN HALL (March 18, 2026) – ", "Rep. Roe hosts a Town Hall on the ferry."),
        ("SENATOR ROE (March 18, 2026) – ", "The ferry runs in Senator Roe's town."),
        ("FACT SHEET (March 18, 2026) – ", "In Fact Sheet form: the ferry resumes."),
        # a programme, a brand, a landmark, a person after "in" or "at"
        ("MEDICARE (Aug. 3, 2026) – ", "Roe capped costs in Medicare for seniors."),
        ("AMTRAK (Aug. 3, 2026) – ", "Roe won $40 million in Amtrak investment."),
        ("LINCOLN (Feb. 12, 2026) – ", "Roe spoke at Lincoln Memorial today."),
        (
            "WARREN (Aug. 3, 2026) – ",
            "Roe praised Senator Elizabeth Warren's bill; families in Warren will"
            " benefit.",
        ),
    ],
)
def test_a_word_in_capitals_not_named_again_as_a_place_is_no_dateline(opening, lead):
    assert split_dateline(opening + lead) == ("", opening + lead)
    assert dateline_date(opening + lead) == ""
