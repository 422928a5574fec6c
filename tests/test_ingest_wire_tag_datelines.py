"""Datelines of wires and agencies the world writes beyond the Latin script's
shapes: a place, the wire's tag and the date ("AUSTIN, Texas (PRWEB) December
03, 2026 -- "), a place, the Arabic comma and a date, a Chinese date before
its place, a tag in a script without capitals or in full-width brackets; and
the companies, persons and organisations that open prose the same way (#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import dateline_date, split_dateline
from searchidx.ingest.named_months import page_language

LEAD = "Harbour Cells, a maker of grid batteries, today opened a plant."


@pytest.mark.parametrize(
    ("lang", "opening", "place", "date"),
    [
        (
            "en",
            "KELMOOR, Texas (PRWEB) December 03, 2026 -- ",
            "KELMOOR, Texas",
            "December 03, 2026",
        ),
        (
            "es",
            "HARBOURTOWN, Colombia (PRWEB) 24 de noviembre de 2026 -- ",
            "HARBOURTOWN, Colombia",
            "24 de noviembre de 2026",
        ),
    ],
)
def test_a_place_a_wires_tag_and_a_date_are_the_dateline(lang, opening, place, date):
    with page_language(lang):
        assert split_dateline(opening + LEAD) == (place, LEAD)
        assert dateline_date(opening + LEAD) == date


@pytest.mark.parametrize(
    "opening",
    [
        # a company and its ticker, a person and her office
        "Acme (ACME) December 3, 2026 -- ",
        "Jane Roe (CEO) December 3, 2026 -- ",
        # a body and its initials
        "Harbour Town Council (HTC) December 3, 2026 -- ",
    ],
)
def test_a_company_or_a_person_before_a_tag_and_a_date_is_no_dateline(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)
    assert dateline_date(opening + LEAD) == ""


def test_a_ticker_and_a_date_before_a_verb_are_no_dateline():
    text = "Acme (ACME) December 3, 2026 -- announced a new plant."
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("lang", "opening", "place", "lead"),
    [
        ("ar", "الرياض (واس) – ", "الرياض", "أعلنت الوزارة عن خطة جديدة."),
        ("zh", "北京（新华社）– ", "北京", "国家港务局今天发布新规。"),
    ],
)
def test_a_tag_without_capitals_or_in_full_width_brackets_is_the_agencys(
    lang, opening, place, lead
):
    with page_language(lang):
        assert split_dateline(opening + lead) == (place, lead)
