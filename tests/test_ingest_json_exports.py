"""JSON exports in scrapers' own shapes, mapped without a hand-written mapping."""

import gzip
import json
from datetime import date

import pytest

from searchidx import read_file
from searchidx.errors import IngestError
from searchidx.ingest.export_records import record_to_document

from .conftest import TEST_DATA, shared_press


def test_json_lines_with_a_bad_line_keeps_the_others_and_names_the_line():
    errors = []
    docs = list(
        read_file(TEST_DATA / "feed_with_bad_line.jsonl", on_error=errors.append)
    )
    assert [d.title for d in docs] == ["Good one", "Another good one"]
    assert [str(e) for e in errors] == [
        f"{TEST_DATA / 'feed_with_bad_line.jsonl'}: line 2: not valid JSON (Expecting value at column 29)"
    ]


def test_json_lines_without_error_handler_raises_at_the_bad_line():
    with pytest.raises(IngestError, match="line 2: not valid JSON"):
        list(read_file(TEST_DATA / "feed_with_bad_line.jsonl"))


def test_other_field_names_and_html_bodies_are_mapped():
    docs = list(
        read_file(TEST_DATA / "feed_with_bad_line.jsonl", on_error=lambda e: None)
    )
    doc = docs[1]
    assert doc.date == date(2023, 5, 17)
    assert doc.body == "First paragraph.\n\nSecond & last."
    assert doc.tags == ("ports", "trade")


@pytest.mark.parametrize(
    ("payload", "titles"),
    [
        ([{"title": "A", "body": "one"}, {"title": "B", "body": "two"}], ["A", "B"]),
        ({"headline": "Solo", "contents": "text"}, ["Solo"]),
        (
            {"month": "2026-01", "matches": [{"title": "Wrapped", "text": "x"}]},
            ["Wrapped"],
        ),
        ({"data": {"n": 1}, "items": [{"name": "Item", "summary": "y"}]}, ["Item"]),
    ],
)
def test_array_single_object_and_wrapped_record_lists(tmp_path, payload, titles):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(payload))
    assert [d.title for d in read_file(path)] == titles


def test_gzip_export_is_read_through(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    lines = [
        {"title": f"Release {n}", "date": "2021-03-02", "text": "body"}
        for n in range(3)
    ]
    path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in lines).encode()))
    docs = list(read_file(path))
    assert [d.title for d in docs] == ["Release 0", "Release 1", "Release 2"]
    assert docs[0].date == date(2021, 3, 2)


def test_truncated_gzip_is_one_error_naming_the_file(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title": "x", "text": "y"}\n' * 1000)[:60])
    with pytest.raises(IngestError, match=r"cut\.jsonl\.gz: damaged gzip data"):
        list(read_file(path))


def test_record_without_title_takes_its_first_sentence_after_the_dateline(tmp_path):
    path = tmp_path / "campaign.json"
    text = "WASHINGTON – Sen. Jane Roe on Monday announced a plan for rural broadband. More follows."
    path.write_text(json.dumps({"url": "https://example.org/a", "text": text}))
    (doc,) = read_file(path)
    assert doc.title == "Sen. Jane Roe on Monday announced a plan for rural broadband."
    assert doc.source == "example.org"


@pytest.mark.parametrize(
    ("parts", "min_docs"),
    [
        (("bulk", "congress-press", "2010", "2010-03.jsonl.gz"), 15),
        (("bulk", "congress-press-ai", "2026-01.json"), 50),
        (("bulk", "campaign-2016", "press_releases.json"), 400),
    ],
)
def test_real_dumps_map_title_date_source_and_url(parts, min_docs):
    errors = []
    docs = list(read_file(shared_press(*parts), on_error=errors.append))
    assert len(docs) >= min_docs
    assert len(errors) <= len(docs) * 0.02
    for doc in docs:
        assert doc.title and doc.body and doc.url.startswith("http"), doc
        assert doc.source and not doc.source.startswith("http"), doc
    if "campaign-2016" not in parts:  # that dump has no dates at all
        assert sum(d.date is not None for d in docs) >= len(docs) * 0.98


@pytest.mark.parametrize(
    ("garbled", "repaired"),
    [
        ("Minnesotaâ\x80\x99s insulin", "Minnesota’s insulin"),
        ("Saint Paulâ€™s largest", "Saint Paul’s largest"),
        ("Prices roseÂ â\x80\x94 again", "Prices rose — again"),
        ("café “quoted” — kept as written", "café “quoted” — kept as written"),
    ],
)
def test_double_encoded_utf8_is_repaired_and_clean_text_kept(garbled, repaired):
    doc = record_to_document({"title": garbled, "body": f"{garbled}, then more."}, "x")
    assert (doc.title, doc.body) == (repaired, f"{repaired}, then more.")


def _jsonl(count: int, bad_line: int | None = None) -> bytes:
    lines = [
        json.dumps(
            {"title": f"Release {n}", "date": "2021-03-02", "text": f"Body {n}."}
        )
        for n in range(1, count + 1)
    ]
    if bad_line:
        lines[bad_line - 1] = '{"title": "cut off'
    return ("\n".join(lines) + "\n").encode()


def test_invalid_json_on_line_5000_is_one_error_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(_jsonl(6000, bad_line=5000))
    errors = []
    docs = list(read_file(path, on_error=errors.append))
    assert len(docs) == 5999
    assert [str(e).split(" (")[0] for e in errors] == [
        f"{path}: line 5000: not valid JSON"
    ]


def test_gzip_cut_short_keeps_the_records_before_the_damage(tmp_path, monkeypatch):
    import searchidx.ingest as ingest

    monkeypatch.setattr(ingest, "_HEAD_BYTES", 4 << 10)  # damage after the head
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(_jsonl(20000))
    path.write_bytes(data[: len(data) // 2])
    docs = []
    with pytest.raises(
        IngestError, match=r"cut\.jsonl\.gz: line \d+: damaged gzip data"
    ):
        for doc in read_file(path):
            docs.append(doc)
    assert len(docs) > 5000
    assert docs[-1].title == f"Release {len(docs)}"


def test_json_lines_larger_than_the_whole_file_cap_are_streamed(tmp_path, monkeypatch):
    import searchidx.ingest as ingest

    # Other formats are read whole and capped; JSON Lines never are.
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 64 << 10)
    monkeypatch.setattr(ingest, "_HEAD_BYTES", 4 << 10)
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(5000)))  # ~350 KB of text
    titles = [doc.title for doc in read_file(path)]
    assert len(titles) == 5000 and titles[-1] == "Release 5000"


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        # unmapped: the common names, in order of preference
        ({}, ("Harbour reopens", "The harbour reopened today.", "Port Office")),
        (
            {"title": "name", "body": "summary", "source": "desk.name"},
            ("Pier news", "A short summary.", "News Desk"),
        ),
        # a mapped key that is missing is not replaced by a common name
        ({"title": "hed"}, ("The harbour reopened today.",) * 2 + ("Port Office",)),
    ],
)
def test_mapped_keys_are_read_instead_of_the_common_names(mapping, expected):
    record = {
        "name": "Pier news",
        "headline": "Harbour reopens",
        "summary": "A short summary.",
        "contents": "The harbour reopened today.",
        "office": {"name": "Port Office"},
        "desk": {"name": "News Desk"},
        "when": "2024-05-01",
    }
    doc = record_to_document(record, "feed.json", {**mapping, "date": "when"})
    assert (doc.title, doc.body, doc.source) == expected
    assert doc.date == date(2024, 5, 1)


# Every dump folder in ../shared/data/press/bulk: (folder, share of records that
# may fail, share that must carry a date). campaign-2016 has no dates at all.
BULK_FOLDERS = [
    ("congress-press", 0.001, 0.98),
    ("congress-press-ai", 0.0, 1.0),
    ("campaign-2016", 0.01, 0.0),
]


@pytest.mark.parametrize(("folder", "may_fail", "dated"), BULK_FOLDERS)
def test_every_bulk_dump_ingests_without_a_hand_written_mapping(
    folder, may_fail, dated
):
    files = sorted(
        p
        for p in shared_press("bulk", folder).rglob("*")
        if p.is_file() and p.suffix != ".md"
    )
    errors, docs = [], []
    for file in files:
        docs.extend(read_file(file, on_error=errors.append))
    assert len(errors) <= len(docs) * may_fail + 1, errors[:3]
    assert all(d.title and d.url.startswith("http") for d in docs)
    # records whose text is null upstream (251 in congress-press), or only
    # the page's chrome as the scraper copied it (a contact line, a menu,
    # "###": 14 more), keep their title
    assert sum(not d.body for d in docs) <= len(docs) * 0.025
    assert all(not d.source.startswith("http") for d in docs)
    assert sum(d.date is not None for d in docs) >= len(docs) * dated


# Named records: (file, url, title, date, source, dateline, how the body opens)
NAMED_RECORDS = [
    (
        "congress-press/2005/2005-03.jsonl.gz",
        "https://lee.house.gov/news/press-releases/rep-barbara-lee-calls-for-truth-and-action-for-haiti-on-anniversary-of-ouster-of-aristide",
        "Rep. Barbara Lee Calls for Truth and Action for Haiti On Anniversary of Ouster of Aristide",
        date(2005, 3, 1),
        "Barbara Lee",
        "Washington, DC",
        "Representative Barbara Lee issued the following statement",
    ),
    (
        "congress-press/2010/2010-03.jsonl.gz",
        "https://mcclintock.house.gov/newsroom/press-releases/statement-by-representative-tom-mcclintock-on-the-department-of-the",
        "Statement by Representative Tom McClintock on the Department of the Interior's California Water Forecast Announcement",
        date(2010, 3, 1),
        "Tom McClintock",
        "",
        "I was extremely disappointed that on the same day",
    ),
    (
        "congress-press-ai/2026-01.json",
        "https://scholten.house.gov/media/press-releases/scholten-announces-new-congressional-dialogue-series-launch-2026",
        "Scholten Announces New Congressional Dialogue Series To Launch In 2026",
        date(2026, 1, 2),
        "Hillary Scholten",
        "GRAND RAPIDS, MI",
        "Today, U.S. Representative Hillary Scholten announced",
    ),
]


@pytest.mark.parametrize(
    ("dump", "url", "title", "published", "source", "dateline", "opening"),
    NAMED_RECORDS,
)
def test_named_real_records_map_every_field(
    dump, url, title, published, source, dateline, opening
):
    docs = [
        d for d in read_file(shared_press("bulk", *dump.split("/"))) if d.url == url
    ]
    (doc,) = docs
    assert (doc.title, doc.date, doc.source, doc.dateline) == (
        title,
        published,
        source,
        dateline,
    )
    assert doc.body.startswith(opening)


def test_a_json_array_too_big_to_hold_is_read_record_by_record(tmp_path, monkeypatch):
    import searchidx.ingest as ingest

    monkeypatch.setattr(ingest, "STREAM_ARRAY_BYTES", 2_000)  # stands in for 64 MiB
    records = [
        {"title": f"Release {n}", "date": "2021-03-02", "text": "body " * 20}
        for n in range(200)
    ]
    path = tmp_path / "big.json.gz"
    path.write_bytes(gzip.compress(json.dumps(records).encode()))
    docs = list(read_file(path))
    assert [d.title for d in docs] == [f"Release {n}" for n in range(200)]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(records)[:-500])
    with pytest.raises(
        IngestError, match=r"broken\.json: not valid JSON after record 19\d"
    ):
        list(read_file(broken))


# Congressional exports repeat the page's head above the release: its date,
# its headline (as scraped, with other punctuation), labels and a contact line.
PAGE_HEADS = [
    (
        "01.07.03\n\t\t\t Rep. Dana Whitfield Says Bay Areas Ferry Plan Wont Reach Richmond \n"
        "\t\t\tRichmond, CA -- Rep. Dana Whitfield said today that the ferry plan leaves out Richmond.",
        "Rep. Dana Whitfield Says Bay Area's Ferry Plan Won't Reach Richmond",
    ),
    (
        "07.12.10 Rep. Dana Whitfield Opens Her New District Office in Richmond\n\n"
        "Richmond, CA -- Rep. Dana Whitfield said today that the ferry plan leaves out Richmond.",
        "Rep. Dana Whitfield Opens Her New District Office in Richmond",
    ),
    (
        "FOR IMMEDIATE RELEASE: March 1, 2012\n\nCONTACT: Lee Ortega, 202.555.4876\n\n"
        "REP. DANA WHITFIELD OPENS HER NEW DISTRICT OFFICE IN RICHMOND\n\n"
        "Richmond, CA -- Rep. Dana Whitfield said today that the ferry plan leaves out Richmond.",
        "Rep. Dana Whitfield Opens Her New District Office in Richmond",
    ),
    (
        # the date as the page printed it, with slashes and two digits of year
        "1/16/13\n\t\t\tRichmond, CA -- Rep. Dana Whitfield said today that the ferry "
        "plan leaves out Richmond.",
        "Rep. Dana Whitfield Says the Ferry Plan Leaves Out Richmond",
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGE_HEADS)
def test_release_body_does_not_repeat_its_date_and_headline(text, title):
    doc = record_to_document({"title": title, "text": text}, "x")
    assert doc.title == title
    # "Richmond, CA -- " is the release's dateline, out of the body too.
    assert doc.dateline == "Richmond, CA"
    assert doc.body.startswith("Rep. Dana Whitfield said today that")


def test_a_lead_that_opens_with_the_title_words_is_kept():
    title = "Rep. Dana Whitfield Opens Her New District Office"
    text = "Rep. Dana Whitfield opens her new district office in Richmond on Monday."
    assert record_to_document({"title": title, "text": text}, "x").body == text


# Titles made up for records without one: whole sentences, or cut where no
# abbreviation or phrase is left hanging.
MADE_UP_TITLES = [
    (
        "U.S. Sen. Jane Roe on Saturday called on Ohio Gov. John Poe to resign. He did not.",
        "U.S. Sen. Jane Roe on Saturday called on Ohio Gov. John Poe to resign.",
    ),
    (
        "Thanking the group for “a serious discussion on serious issues,” U.S. Sen. Jane Roe "
        "said the plan would be ready by spring and that every county would have a say in it.",
        "Thanking the group for “a serious discussion on serious issues,” U.S. Sen. Jane Roe "
        "said the plan would be ready…",
    ),
    (
        "The campaign announces its new field director for the state of Ohio and the whole of "
        "the Midwest region after a long search by the committee of the party",
        "The campaign announces its new field director for the state of Ohio and the whole of "
        "the Midwest region after a long…",
    ),
    (
        "Ad Focuses on Jobs and Security(New York, NY) January 4th, 2016 - Today the campaign "
        "released a new ad.",
        "Ad Focuses on Jobs and Security",
    ),
]


@pytest.mark.parametrize(("text", "title"), MADE_UP_TITLES)
def test_made_up_title_ends_at_a_sentence_or_phrase_boundary(text, title):
    assert record_to_document({"text": text}, "x").title == title


# A scraper's copy of a wire release: the page's body as text, its address,
# no publisher field.
_WIRE_RELEASE_BODY = "\n\n".join(
    [
        "DAYTON, Ohio, Nov. 3, 2026 /PRNewswire/ -- Kestrel Robotics Inc. today"
        " opened its second manufacturing plant in Dayton, adding 240 jobs.",
        "The plant will build warehouse robots for customers in North America.",
        '"Ohio has the workforce we need," said Dana Ortiz, chief executive of'
        " Kestrel Robotics.",
        "About Kestrel Robotics",
        "Kestrel Robotics Inc. designs and builds mobile robots for warehouses.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements within the"
        " meaning of the Private Securities Litigation Reform Act of 1995. Actual"
        " results may differ materially.",
        "Media Contact: Sam Lee, press@kestrel.example, +1 937 555 0100",
        "SOURCE Kestrel Robotics Inc.",
        "View original content to download multimedia:"
        " https://www.wire.example/news-releases/kestrel-302111.html",
    ]
)


def _record(**fields):
    return record_to_document(
        {"title": "Kestrel Robotics Opens Second Plant in Ohio", **fields},
        "export.json",
    )


def test_a_scraped_wire_release_is_its_issuers_and_loses_the_wires_closing_lines():
    doc = _record(
        body=_WIRE_RELEASE_BODY,
        url="https://www.wire.example/news-releases/kestrel-302111.html",
    )
    assert doc.source == "Kestrel Robotics Inc."
    assert doc.dateline == "DAYTON, Ohio"
    paragraphs = doc.body.split("\n\n")
    assert paragraphs[0].startswith("Kestrel Robotics Inc. today opened")
    # the wire's own lines go; the release's own closing stays, as an
    # export has no page around it to tell them apart
    assert paragraphs[-1] == (
        "Media Contact: Sam Lee, press@kestrel.example, +1 937 555 0100"
    )
    assert "About Kestrel Robotics" in paragraphs


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # no wire's tag: a newsroom's post quoting a customer's release
        (
            "Kestrel Robotics today shared the release of its customer below.",
            "kestrel.example",
        ),
        # a lead opening on the issuer's parent company, or on a governor
        (
            "RENO, Nev., Nov. 3, 2026 /PRNewswire/ -- Acme Holdings, a subsidiary"
            " of Beta Industries Corp. (NYSE: BETA), today opened a hub in Reno.",
            "kestrel.example",
        ),
        (
            "COLUMBUS, Ohio, Nov. 3, 2026 /PRNewswire-USNewswire/ -- Governor Dana"
            " Whitfield today announced that Kestrel Robotics will expand.",
            "kestrel.example",
        ),
        # a wire's label before the issuer ("Regulatory News:")
        (
            "PARIS--(BUSINESS WIRE)--Regulatory News: Kestrel Robotics (Paris:KSTR)"
            " today opened its second plant.",
            "Kestrel Robotics",
        ),
        # a lead's company read as its legal form alone ("eHealth, Inc."):
        # no issuer rather than "Inc."
        (
            "DAYTON, Ohio, Nov. 3, 2026 /PRNewswire/ -- eHealth, Inc. today"
            " opened its second plant in Dayton.",
            "kestrel.example",
        ),
    ],
)
def test_a_release_names_its_issuer_only_as_a_wires_release(lead, source):
    body = "\n\n".join([lead, *_WIRE_RELEASE_BODY.split("\n\n")[1:]]).replace(
        "SOURCE Kestrel Robotics Inc.", ""
    )
    doc = _record(body=body, url="https://kestrel.example/news/1")
    assert doc.source == source


def test_a_scraped_wire_release_without_its_source_line_is_named_by_its_about_section():
    body = _WIRE_RELEASE_BODY.replace("SOURCE Kestrel Robotics Inc.", "")
    doc = _record(body=body, url="https://www.wire.example/news/kestrel-302111")
    assert doc.source == "Kestrel Robotics"


def test_an_exports_own_publisher_field_is_kept_over_the_release_text():
    doc = _record(body=_WIRE_RELEASE_BODY, source="PR Newswire archive")
    assert doc.source == "PR Newswire archive"


@pytest.mark.parametrize(
    "closing",
    [
        ["Papa Ola Lokahi", "$4,750,000", "Ke Ola Mamo", "$3,000,000"],
        ["WHO: Rep. Jane Roe", "WHEN: Tuesday, October 19, 2026, 4:00 p.m."],
        ["Flood assistance hotline: 1-800-555-0199"],
        ["They shall grow not old, as we that are left grow old:", "Lest we forget"],
        ["Schedule of the day:", "10:00 Arrival of guests", "11:30 Lunch"],
        ["Go Bucks"],
    ],
)
def test_an_exports_own_closing_lines_stay_and_its_end_mark_goes(closing):
    lead = (
        "Congresswoman Jane Roe today announced federal awards for community"
        " health centres across the district, to be paid out this year."
    )
    for end_mark in ("###", "# # #", "-30-", "- ENDS -"):
        doc = _record(body="\n\n".join([lead, *closing, end_mark]), source="Jane Roe")
        assert doc.body.split("\n\n") == [lead, *closing]


def test_a_body_of_an_end_mark_alone_is_empty_and_the_record_kept():
    doc = _record(body="###", source="Jane Roe")
    assert (doc.title, doc.body) == ("Kestrel Robotics Opens Second Plant in Ohio", "")
