"""Copies of one release show once, with the other publishers named."""

from datetime import date

import pytest

from searchidx import Document, Index
from searchidx.copies import is_near_copy, jaccard, shingles

from .conftest import shared_press

BODY = (
    "Today the delegation announced more than seven million dollars in federal funding to support "
    "the mental health of health care workers across the state. The grants will fund counselling, "
    "peer support programmes and training for hospital staff who served through the pandemic. "
    "Health care workers carried our communities through the hardest years, the senators said, "
    "and they deserve support of their own. The funding comes from the rescue plan passed last year."
)


def _doc(
    n,
    *,
    title="Delegation announces funding for health care workers' mental health",
    body=BODY,
    source="site-a.example",
    day=date(2022, 1, 27),
):
    return Document(
        title=title, body=body, source=source, date=day, url=f"https://{source}/{n}"
    )


COPIES = [
    _doc(1),
    # the same release on a co-sponsor's site, title reworded, a sentence cut
    _doc(
        2,
        title="Congressman joins delegation announcing funding for health care workers' mental health",
        body=BODY.replace(
            " The funding comes from the rescue plan passed last year.", ""
        ),
        source="site-b.example",
    ),
]
NOT_COPIES = [
    # a scraper saved the same boilerplate body for a different release
    _doc(
        3,
        title="Senator honours veterans at memorial ceremony",
        source="site-c.example",
    ),
    # the same words reused a month later: a new release
    _doc(4, source="site-d.example", day=date(2022, 2, 28)),
]


@pytest.fixture
def index(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as built:
        built.add(COPIES[:1] + NOT_COPIES)
        built.add(COPIES[1:])  # the copy arrives in a later batch
        yield built


def test_copies_fold_into_one_hit_naming_the_other_publisher(index):
    results = index.search("mental health funding")
    by_source = {hit.document.source: hit for hit in results.hits}
    copy_sources = {"site-a.example", "site-b.example"}
    shown = copy_sources & set(by_source)
    assert len(shown) == 1
    (kept,) = shown
    assert by_source[kept].copies == tuple(copy_sources - {kept})
    assert {"site-c.example", "site-d.example"} <= set(by_source)
    assert by_source["site-c.example"].copies == ()
    assert results.total == len(results.hits) == 3


def test_no_fold_shows_every_copy(index):
    results = index.search("mental health funding", fold=False)
    assert results.total == 4
    assert sorted(hit.document.source for hit in results.hits) == [
        "site-a.example",
        "site-b.example",
        "site-c.example",
        "site-d.example",
    ]
    assert all(hit.copies == () for hit in results.hits)


def test_copies_in_one_batch_fold_too(tmp_path):
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add(COPIES)
        (hit,) = index.search("mental health funding").hits
    assert len(hit.copies) == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (COPIES[0], COPIES[1], True),
        (COPIES[0], NOT_COPIES[0], False),
        (COPIES[0], NOT_COPIES[1], False),
    ],
)
def test_near_duplicate_rule(a, b, expected):
    assert (
        is_near_copy(
            shingles(a.body),
            shingles(b.body),
            titles=(a.title, b.title),
            dates=(a.date, b.date),
        )
        is expected
    )


def test_short_texts_have_no_shingles_and_never_match():
    short = shingles("Too short to judge.")
    assert len(short) == 0
    assert jaccard(short, shingles(BODY)) == 0.0
    assert jaccard(short, short) == 0.0


def test_shingles_are_the_distinct_hashes_of_every_five_word_window():
    words = BODY.lower().replace(".", "").replace(",", "").replace("'", " ").split()
    hashes = shingles(BODY)
    assert list(hashes) == sorted(set(hashes.tolist()))  # sorted, distinct
    # one hash per distinct window, barring a 32-bit collision
    assert len(hashes) == len({tuple(words[i : i + 5]) for i in range(len(words) - 4)})
    # the same text always hashes alike; word order matters
    assert jaccard(hashes, shingles(BODY)) == 1.0
    assert jaccard(hashes, shingles(" ".join(reversed(words)))) < 0.05


def test_real_co_sponsor_releases_fold(tmp_path):
    month = shared_press("bulk", "congress-press", "2022", "2022-01.jsonl.gz")
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add_files([month])
        hits = index.search(
            'title:"Million in American Rescue Plan Funding to Support Health Care Workers"'
        ).hits
    assert len(hits) == 1
    sources = {hits[0].document.source, *hits[0].copies}
    assert sources == {"Jamie Raskin", "Kweisi Mfume"}


def test_folding_holds_with_filters_and_counts_match_the_folded_list(index):
    for options in (
        {"since": date(2022, 1, 1)},
        {"sources": ["site-a.example", "site-b.example"]},
    ):
        results = index.search(
            "mental health funding", facets=["year", "source"], **options
        )
        copies = [
            h
            for h in results.hits
            if h.document.source in {"site-a.example", "site-b.example"}
        ]
        assert len(copies) == 1, options
        assert results.total == len(results.hits)
        assert sum(count.count for count in results.facets["year"]) == len(results.hits)


def test_similar_folds_copies_of_itself_and_of_each_other(index):
    original = next(
        h
        for h in index.search("mental health funding").hits
        if h.document.source in {"site-a.example", "site-b.example"}
    )
    neighbours = index.similar(original.document.id).hits
    sources = [hit.document.source for hit in neighbours]
    assert not {"site-a.example", "site-b.example"} & set(sources)
    assert len(sources) == len(set(hit.document.id for hit in neighbours))


JOINT = (
    "The two senators introduced a bill on Tuesday to fund coastal flood "
    "defences in every harbour town, with grants for sea walls, pumps and "
    "warning systems, and a review of how the money reaches small councils "
    "that cannot afford engineers of their own, the senators said."
)


def _joint(source: str, slug: str):
    from datetime import date

    from searchidx import Document

    return Document(
        title="Senators introduce coastal flood defence bill",
        body=JOINT,
        source=source,
        date=date(2024, 4, 9),
        url=f"https://{slug}.example.gov/news/flood-bill",
    )


@pytest.mark.parametrize("order", [0, 1])
def test_a_joint_statement_read_in_one_run_keeps_both_publishers(tmp_path, order):
    """Two named publishers of the same words are two releases, folded into
    one hit naming the other, whichever was read first (a mirror that only
    repeats a page under another host stays one document)."""
    from searchidx import Index

    statements = [
        _joint("Senator Ana Reyes", "reyes"),
        _joint("Senator Tom Hale", "hale"),
    ]
    if order:
        statements.reverse()
    with Index.open(tmp_path / "ix", create=True) as index:
        report = index.add(statements)
        assert (report.added, report.repeated) == (2, 0)
        (hit,) = index.search("coastal flood defence").hits
        assert hit.document.source == "Senator Ana Reyes"
        assert hit.copies == ("Senator Tom Hale",)
        assert dict(index.stats().sources) == {
            "Senator Ana Reyes": 1,
            "Senator Tom Hale": 1,
        }


def test_a_copy_among_many_templated_releases_is_found_by_looking_at_the_latest(
    tmp_path,
):
    # Templated notices share one body and so every anchor, as a stop word
    # is in every document; a copy is looked for among the latest holding an
    # anchor (copies.ANCHOR_CANDIDATES), which keeps a batch's copy search
    # linear however many such notices it holds.
    body = (
        "The city council met today to discuss the annual budget for roads, "
        "parks and the library, and heard residents on the bus timetable. "
    ) * 4
    notices = [
        Document(
            id=f"https://city.example/notice/{n}",
            title=f"Council meeting notice number {n}",
            body=body + f"The meeting reference is {n}.",
            date=date(2024, 1, 1 + n % 28),
            source="City Council",
        )
        for n in range(600)
    ]
    copy = Document(
        id="https://paper.example/council-599",
        title="Council meeting notice number 599",
        body=body + "The meeting reference is 599.",
        date=date(2024, 1, 1 + 599 % 28),
        source="Daily Paper",
    )
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([*notices, copy])
        hits = index.search('"meeting reference is 599"', limit=5).hits
    assert [hit.document.id for hit in hits] == ["https://city.example/notice/599"]
    assert hits[0].copies == ("Daily Paper",)
