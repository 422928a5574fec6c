"""`similar`: releases about the same thing, not ones sharing a stray name.

The documents are written for these tests: a county prosecutor's releases
(a sentencing, the charge that preceded it, other court cases) beside a
senator's bills, some of which name the same towns and streets once.
"""

from __future__ import annotations

from datetime import date

import pytest

from searchidx import Document, Index

DA = "Larkspur County District Attorney"
SENATOR = "Senator Ada Marlowe"

SENTENCING = Document(
    id="da-wendt-sentenced",
    source=DA,
    date=date(2024, 5, 2),
    title="Fernhollow Man Sentenced to Nine Years for Defrauding Elderly Investors",
    body=(
        "Caspian Wendt, 58, was sentenced today to nine years in state prison "
        "for a fraud scheme that defrauded elderly investors of their savings. "
        "Wendt pleaded guilty in March to grand theft and securities fraud. "
        "Judge Orla Penhallow ordered restitution to the victims. Wendt ran "
        "Bluewater Annuity Partners from an office on Quayside Avenue, where "
        "widowed retirees from Saltmere and Brackenford were promised monthly "
        "dividends from orchard leases in Tamsworth that never existed. "
        "Investigators from the Cobbleton police traced wire transfers "
        "through Verrin Mutual to accounts in Gullsborough. Deputy District "
        "Attorney Hestia Ambrose prosecuted the case. The defendant will "
        "also serve probation after prison."
    ),
)
CHARGED = Document(
    id="da-wendt-charged",
    source=DA,
    date=date(2023, 9, 14),
    title="Fernhollow Man Charged with Defrauding Elderly Investors",
    body=(
        "Caspian Wendt, 57, was charged today with grand theft and securities "
        "fraud in a scheme that defrauded elderly investors, the District "
        "Attorney announced. Wendt is accused of promising retirees dividends "
        "from leases that did not exist. If convicted, the defendant faces "
        "prison. He is to be arraigned next month."
    ),
)
OTHER_CASES = [
    Document(
        id="da-arson",
        source=DA,
        date=date(2024, 1, 10),
        title="Woman Sentenced to Six Years in Prison for Warehouse Arson",
        body=(
            "A woman was sentenced today to six years in state prison after she "
            "pleaded guilty to setting fire to a warehouse. The judge ordered "
            "restitution to the owner. The defendant will serve probation "
            "after prison. The District Attorney prosecuted the case."
        ),
    ),
    Document(
        id="da-car-theft",
        source=DA,
        date=date(2024, 2, 20),
        title="Two Men Sentenced to Prison for Car Theft Ring",
        body=(
            "Two men were sentenced today to prison for running a car theft "
            "ring. Both pleaded guilty to grand theft. The judge ordered "
            "restitution to the victims, and each defendant will serve "
            "probation after prison. Deputy District Attorneys prosecuted "
            "the case."
        ),
    ),
    Document(
        id="da-contractor",
        source=DA,
        date=date(2024, 3, 5),
        title="Contractor Sentenced for Fraud Against Homeowners",
        body=(
            "A roofing contractor was sentenced today to three years in state "
            "prison for fraud against homeowners. He pleaded guilty to grand "
            "theft, and the judge ordered restitution to the victims. The "
            "District Attorney prosecuted the case."
        ),
    ),
]
# Each bill names, once, a town, street or person the sentencing names too.
BILL_PLACES = [
    "Fernhollow",
    "Quayside Avenue",
    "Saltmere",
    "Brackenford",
    "Tamsworth",
    "Cobbleton",
    "Gullsborough",
    "Penhallow",
]
BILL_TOPICS = [
    "rural broadband",
    "school lunches",
    "bridge repair",
    "veterans clinics",
    "wildfire crews",
    "rail safety",
    "flood maps",
    "farm loans",
    "harbor dredging",
    "library grants",
]
BILLS = [
    Document(
        id=f"marlowe-bill-{number}",
        source=SENATOR,
        date=date(2024, 4, 1 + number),
        title=f"Marlowe Introduces Bill on {topic.title()}",
        body=(
            f"Senator Ada Marlowe introduced a bill in Congress today on "
            f"{topic}. The legislation would fund {topic} across the state"
            + (
                f", starting in {BILL_PLACES[number]}"
                if number < len(BILL_PLACES)
                else ""
            )
            + ". The senator said Congress must act on the bill this year, "
            "and colleagues in the Senate joined as cosponsors."
        ),
    )
    for number, topic in enumerate(BILL_TOPICS)
]


@pytest.fixture
def index(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as built:
        built.add([SENTENCING, CHARGED, *OTHER_CASES, *BILLS])
        yield built


def test_sentencing_release_finds_its_charge_first(index):
    hits = index.similar(SENTENCING.id, limit=5).hits
    assert hits[0].document.id == CHARGED.id


def test_sentencing_release_finds_court_cases_not_bills_naming_its_towns(index):
    hits = index.similar(SENTENCING.id, limit=5).hits
    assert [hit.document.source for hit in hits[:4]] == [DA] * 4
    assert {hit.document.id for hit in hits[:4]} == {
        CHARGED.id,
        *(case.id for case in OTHER_CASES),
    }


def test_similar_never_lists_the_release_itself(index):
    for document in (SENTENCING, CHARGED, BILLS[0]):
        ids = [hit.document.id for hit in index.similar(document.id).hits]
        assert document.id not in ids
        assert len(ids) == len(set(ids))


def test_bill_finds_the_senators_other_bills(index):
    hits = index.similar(BILLS[0].id, limit=5).hits
    assert [hit.document.source for hit in hits] == [SENATOR] * 5
