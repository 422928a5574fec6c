"""Datelines in shapes of the world's press offices and wires, and the names,
labels and people that open prose the same way (#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import split_dateline

LEAD_HI = "मुख्यमंत्री ने शनिवार को नई नौका सेवा शुरू की।"


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
    ],
)
def test_prose_ended_by_the_danda_is_no_dateline(text):
    assert split_dateline(text) == ("", text)
