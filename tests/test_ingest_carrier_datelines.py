"""Datelines that name who carried the release (an agency's tag in brackets,
a wire's name between dashes), a day with a short year before a colon, a
place whose names are joined by small words, and a city alone before a dash;
and the persons, labels, headings and products that open prose the same way
(#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.address_datelines import split_address_dateline
from searchidx.ingest.datelines import split_dateline
from searchidx.ingest.html_pages import read_html_page
from searchidx.ingest.named_months import page_language

LEAD = "The Council of Ministers approved a plan to move licensing online."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a town, its region and its country, an office's tag with full stops
        (
            "Harbourtown, Kelmoor Region, Iraq (GOV.KLM) - ",
            "Harbourtown, Kelmoor Region, Iraq",
        ),
        ("Harbourtown, Kelmoor (GOV.KLM) – ", "Harbourtown, Kelmoor"),
        # initials in the capitals of another script
        ("Гавань (МККК) – ", "Гавань"),
        # an agency's tag, as before
        ("Harbourtown (OTS) - ", "Harbourtown"),
        ("Harbourtown (Reuters) - ", "Harbourtown"),
    ],
)
def test_a_place_and_an_agencys_tag_in_brackets_are_the_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


def test_a_place_in_a_script_without_capitals_before_a_tag_is_the_dateline():
    lead = "وەزارەتی کشتوکاڵ ڕایگەیاند کە تۆو دابەش دەکات."
    assert split_dateline("بەندەرشار (GOV.KLM) - " + lead) == ("بەندەرشار", lead)


@pytest.mark.parametrize(
    "opening",
    [
        # a body and its initials, a person and her office, a company's form
        "Harbour Town Council (HTC) – ",
        "Jane Roe, Chair (GOV.KLM) – ",
        "Acme, Inc. (NYSE) – ",
        "Harbourtown, Harbour Board (GOV.KLM) – ",
        # a tag that is no agency's: a word, a number, a stray full stop
        "Harbourtown (Photo by Jane Roe) – ",
        "Harbourtown (GOV.) – ",
    ],
)
def test_a_body_a_person_or_a_note_before_a_tag_is_no_dateline(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


def test_a_company_and_its_ticker_before_prose_is_no_dateline():
    text = "Acme (ACME) - the largest holding of the fund - rose today."
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "HARBOURTOWN, KELMORIA - Media OutReach Newswire - 25 November 2026 - ",
            "HARBOURTOWN, KELMORIA",
        ),
        (
            "HÀ NỘI, VIỆT NAM - Harbour Newswire - Ngày 25 tháng 11 năm 2026 - ",
            "HÀ NỘI, VIỆT NAM",
        ),
        # a Buddhist-era year
        (
            "บ้านท่าเรือ, ประเทศไทย - Media OutReach Newswire - 3 ธันวาคม 2569 - ",
            "บ้านท่าเรือ, ประเทศไทย",
        ),
    ],
)
def test_a_place_a_wires_name_and_the_date_between_dashes_are_the_dateline(
    opening, place
):
    assert split_dateline(opening + LEAD) == (place, LEAD)


@pytest.mark.parametrize(
    "opening",
    [
        # no wire's name in the middle, or no date after it
        "HARBOURTOWN, KELMORIA - Harbour Board - 25 November 2026 - ",
        "HARBOURTOWN, KELMORIA - Media OutReach Newswire - Volume 2026 - ",
        # prose between dashes
        "the ferry - which the Harbour Newswire reported - 25 November 2026 - ",
    ],
)
def test_prose_or_a_body_between_dashes_is_no_wires_dateline(opening):
    assert split_dateline(opening + LEAD)[1] != LEAD


LEAD_ARMY = "Army engineers have completed the reconstruction of 14 bridges."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a day, a month and a two-digit or a whole year before a colon
        ("Harbourpur, 04 Dec 26: ", "Harbourpur"),
        ("Harbourpur, 4 December 2026: ", "Harbourpur"),
    ],
)
def test_a_place_a_day_and_a_short_year_before_a_colon_are_the_dateline(opening, place):
    assert split_dateline(opening + LEAD_ARMY) == (place, LEAD_ARMY)


def test_an_arabic_comma_and_urdu_digits_before_a_colon_are_a_dateline():
    lead = "پاک فوج کی جانب سے مفت طبی کیمپ لگایا گیا۔"
    assert split_dateline("بندرپور، ۲۷ نومبر: " + lead) == ("بندرپور", lead)


@pytest.mark.parametrize(
    "opening",
    [
        # prose with a number and a colon, a label before a date
        "Our results, 4 things 26: ",
        "Update, 04 Dec 26: ",
        # a meeting's paper, labelled so
        "Minutes, 04 Dec 26: ",
        "Agenda, 04 Dec 26: ",
    ],
)
def test_prose_or_a_label_before_a_short_year_is_no_dateline(opening):
    assert split_dateline(opening + LEAD_ARMY) == ("", opening + LEAD_ARMY)


LEAD_ES = "El Instituto concluyó la renovación de los equipos de doce radios."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Villa de Harbour, 3 de diciembre de 2026.- ", "Villa de Harbour"),
        ("San Pedro de los Puertos, 3 de diciembre.- ", "San Pedro de los Puertos"),
    ],
)
def test_a_place_joined_by_small_words_before_a_date_and_a_stop_dash(opening, place):
    assert split_dateline(opening + LEAD_ES) == (place, LEAD_ES)


@pytest.mark.parametrize(
    "opening",
    [
        # an institution joined so, or the joined name with no date
        "Secretaría de Salud, 3 de diciembre de 2026.- ",
        "Ministerio del Interior, 3 de diciembre.- ",
        "Villa de Harbour.- ",
    ],
)
def test_an_institution_joined_by_small_words_is_no_dateline(opening):
    assert split_dateline(opening + LEAD_ES) == ("", opening + LEAD_ES)


LEAD_FISH = (
    "Nearly a third of the fish caught in lakes and rivers is lost between the "
    "catch and the consumer, a new report finds."
)


@pytest.mark.parametrize("city", ["Lisbon", "Hong Kong", "Mexico City"])
def test_a_city_alone_before_a_dash_is_the_dateline(city):
    assert split_dateline(f"{city} – {LEAD_FISH}") == (city, LEAD_FISH)


@pytest.mark.parametrize(
    "text",
    [
        # a route between two cities
        "Lisbon – Madrid trains run again from Monday after the floods closed "
        "the line for a week.",
        # an event named by two places and its year
        "Lisbon – Harbourtown 2027 will start on the first Sunday of March and "
        "finish a week later.",
    ],
)
def test_a_city_before_a_dash_and_another_place_is_no_dateline(text):
    assert split_dateline(text) == ("", text)


def test_a_city_in_the_pages_language_alone_before_a_dash_is_the_dateline():
    lead = "联合国粮食及农业组织今天发布的报告预计，全球粮食进口费用将创历史新高。"
    with page_language("zh"):
        assert split_dateline("里斯本 – " + lead) == ("里斯本", lead)


@pytest.mark.parametrize(
    "opening",
    [
        # a label, a person, an old zone's region, an island's first word
        "Update – ",
        "Jane – ",
        "Jane Roe – ",
        "General – ",
        "Pacific – ",
        "Easter – ",
        # a town no list of cities holds, with no address to name it
        "Harbourtown – ",
    ],
)
def test_a_label_a_person_or_a_word_alone_before_a_dash_is_no_dateline(opening):
    assert split_dateline(opening + LEAD_FISH) == ("", opening + LEAD_FISH)


def test_a_city_the_headline_names_or_before_a_heading_is_no_dateline():
    # a product or an event named after a city, which the headline names
    text = f"Phoenix – {LEAD_FISH}"
    assert split_dateline(text, names=("Acme launches Phoenix 2.0",)) == ("", text)
    # a heading run into its paragraph: no sentence after the dash
    heading = "Lisbon – Our new office\n\nThe team moved in on Monday."
    assert split_dateline(heading) == ("", heading)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Inland fish losses – Harbour Organization</title></head>
<body>
<main><article>
<h1>Inland fish losses</h1>
<p class="date">3 December 2026</p>
<div class="entry-content">
<p>{opening} {lead}</p>
<p>The report draws on surveys in thirty-four countries and finds that most
losses occur in the first two days after landing.</p>
</div>
</article></main>
<footer><p>{address}</p></footer>
</body></html>
"""


def test_a_town_before_a_dash_that_the_footers_address_names_is_the_dateline():
    page = PAGE.format(
        opening="Harbourtown –", lead=LEAD_FISH, address="Ridge Road, 00153 Harbourtown"
    )
    (document,) = read_html_page(page.encode(), "page.html")
    assert document.dateline == "Harbourtown"
    assert document.body.startswith("Nearly a third")


@pytest.mark.parametrize(
    ("opening", "address"),
    [
        # a heading, a label, a person: the address names none of them
        ("Scholarships –", "Ridge Road, 00153 Harbourtown"),
        ("Update –", "Ridge Road, Update 176215"),
        ("Roe –", "Jane Roe, Ridge Road, Harbourtown 176215"),
    ],
)
def test_a_heading_or_a_label_before_a_dash_is_no_address_dateline(opening, address):
    text = f"{opening} {LEAD_FISH}"
    assert split_address_dateline(text, address) == ("", text)
