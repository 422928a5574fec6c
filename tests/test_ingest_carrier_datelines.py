"""Datelines that name who carried the release (an agency's tag in brackets,
a wire's name between dashes), a day with a short year before a colon, a
place whose names are joined by small words, and a city alone before a dash;
and the persons, labels, headings and products that open prose the same way
(#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import split_dateline

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
    ],
)
def test_prose_or_a_label_before_a_short_year_is_no_dateline(opening):
    assert split_dateline(opening + LEAD_ARMY) == ("", opening + LEAD_ARMY)
