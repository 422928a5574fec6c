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
        # a town in any case before its country
        ("Harbourtown, Ethiopia (2 December 2026) – ", "Harbourtown, Ethiopia"),
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
