"""Search through the library: ranking, syntax, filters, facets, sorting."""

import subprocess
import sys
from datetime import date

import pytest

from searchidx import Document, FacetCount, Index, QueryError

DOCS = [
    Document(
        title="Navies open multilateral exercise at sea",
        source="Fleet Command",
        date=date(2024, 3, 5),
        tags=("exercise", "navy"),
        url="https://x.example/1",
        body="Ships from six nations began a multilateral exercise on Monday near the strait.",
    ),
    Document(
        title="Harbor authority reports record cargo",
        source="Port Authority",
        date=date(2024, 7, 1),
        tags=("trade",),
        url="https://x.example/2",
        body="The multilateral trade talks were mentioned once. Cargo volumes rose by nine percent.",
    ),
    Document(
        title="Fitness programme for staff",
        source="Fleet Command",
        date=date(2023, 1, 10),
        tags=("health",),
        url="https://x.example/3",
        body="Staff will exercise twice a week in the new gym, the command said.",
    ),
    Document(
        title="Software team ports engine to C++",
        source="Tech Labs",
        date=date(2022, 5, 20),
        tags=("software",),
        url="https://x.example/4",
        body="The team rewrote the engine in C++ and partnered with AT&T on testing.",
    ),
    Document(
        title="Joint exercise concludes",
        source="fleet command",
        date=date(2023, 11, 2),
        url="https://x.example/5",
        body="The joint exercise with partner navies concluded after two weeks of drills.",
    ),
    Document(
        title="Undated notice about exercise schedules",
        source="Port Authority",
        url="https://x.example/6",
        body="Exercise schedules are posted weekly.",
    ),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "index"
    with Index.open(path, create=True) as built:
        built.add(DOCS)
    with Index.open(path) as opened:
        yield opened


def titles(results):
    return [hit.document.title for hit in results.hits]


def test_document_with_all_words_ranks_above_those_with_some(index):
    results = index.search("multilateral exercise")
    assert titles(results)[0] == "Navies open multilateral exercise at sea"
    # OR semantics: documents with only one of the words are still found
    assert "Harbor authority reports record cargo" in titles(results)
    assert "Fitness programme for staff" in titles(results)


def test_title_match_ranks_above_body_match(tmp_path):
    # Two releases of the same length say "lighthouse" once: one in its title,
    # the other in its body. Only the title's weight can part them.
    body = "The keeper logged the weather, the ships and the repairs for the year"
    rivals = [
        Document(
            title="Keeper retires after forty years",
            url="https://x.example/b",
            body=f"{body}; the lighthouse stays open.",
        ),
        Document(
            title="Lighthouse keeper retires after forty years",
            url="https://x.example/t",
            body=f"{body}; the tower stays open.",
        ),
    ]
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(rivals)
        results = index.search("lighthouse")
    assert titles(results) == [
        "Lighthouse keeper retires after forty years",
        "Keeper retires after forty years",
    ]
    assert results.hits[0].score > results.hits[1].score


def test_stemming_matches_other_forms_of_a_word(index):
    assert "Navies open multilateral exercise at sea" in titles(
        index.search("exercises")
    )


def test_phrase_only_matches_the_words_together(index):
    assert titles(index.search('"joint exercise"')) == ["Joint exercise concludes"]


def test_minus_and_not_exclude_documents(index):
    assert "Fitness programme for staff" not in titles(index.search("exercise -gym"))
    assert "Fitness programme for staff" not in titles(index.search("exercise NOT gym"))
    assert "Fitness programme for staff" in titles(index.search("exercise"))


def test_fielded_term_searches_only_that_field(index):
    assert titles(index.search("title:cargo")) == [
        "Harbor authority reports record cargo"
    ]
    assert titles(index.search("title:gym")) == []


def test_c_plus_plus_and_att_are_searchable_words(index):
    assert titles(index.search("C++")) == ["Software team ports engine to C++"]
    assert titles(index.search("AT&T")) == ["Software team ports engine to C++"]


def test_snippet_highlights_the_matched_words(index):
    hit = index.search("multilateral exercise").hits[0]
    snippet = hit.snippets[0]
    marked = [snippet.text[a:b].lower() for a, b in snippet.spans]
    assert marked == ["multilateral", "exercise"]
    assert snippet.highlighted() == (
        "Ships from six nations began a [multilateral] [exercise] on Monday near the strait."
    )


def test_date_range_filter_is_inclusive_and_drops_undated(index):
    results = index.search("exercise", since=date(2023, 11, 2), until=date(2024, 3, 5))
    assert sorted(titles(results)) == [
        "Joint exercise concludes",
        "Navies open multilateral exercise at sea",
    ]


def test_source_filter_ignores_case_and_matches_every_spelling(index):
    results = index.search("exercise", sources=["FLEET COMMAND"])
    assert sorted(titles(results)) == [
        "Fitness programme for staff",
        "Joint exercise concludes",
        "Navies open multilateral exercise at sea",
    ]


def test_tag_filter(index):
    assert titles(index.search("exercise", tags=["Navy"])) == [
        "Navies open multilateral exercise at sea"
    ]


def test_sort_newest_and_oldest(index):
    newest = titles(index.search("exercise", sort="newest"))
    assert newest == [
        "Navies open multilateral exercise at sea",
        "Joint exercise concludes",
        "Fitness programme for staff",
        "Undated notice about exercise schedules",
    ]
    oldest = titles(index.search("exercise", sort="oldest"))
    assert oldest == [
        "Fitness programme for staff",
        "Joint exercise concludes",
        "Navies open multilateral exercise at sea",
        "Undated notice about exercise schedules",
    ]


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_sorted_by_date_plain_words_need_every_word(index, sort):
    # Ranked, a release with one of the words is found (below those with both);
    # listed by date it would open the list, so both words are required.
    assert len(index.search("multilateral exercise").hits) == 5
    results = index.search("multilateral exercise", sort=sort, facets=["source"])
    assert titles(results) == ["Navies open multilateral exercise at sea"]
    assert results.total == 1
    assert [(c.value, c.count) for c in results.facets["source"]] == [
        ("Fleet Command", 1)
    ]
    # the words in the title count as much as in the body: "Joint ... exercise"
    assert titles(index.search("joint navies", sort=sort)) == [
        "Joint exercise concludes"
    ]


def test_sorted_by_date_syntax_means_what_it_says(index):
    either = index.search("multilateral OR exercise", sort="newest")
    assert titles(either)[:2] == [
        "Harbor authority reports record cargo",
        "Navies open multilateral exercise at sea",
    ]
    assert either.total == 5


def test_facets_count_the_whole_result_set_not_the_page(index):
    results = index.search("exercise", limit=1, facets=["year", "source"])
    assert len(results.hits) == 1
    matching = [d for d in DOCS if "exercis" in (d.title + d.body).lower()]
    assert results.total == len(matching)
    years = {}
    for doc in matching:
        if doc.date:
            years[str(doc.date.year)] = years.get(str(doc.date.year), 0) + 1
    assert {f.value: f.count for f in results.facets["year"]} == years
    sources = {}
    for doc in matching:
        sources[doc.source] = sources.get(doc.source, 0) + 1
    assert {f.value: f.count for f in results.facets["source"]} == sources


def test_paging_returns_the_next_ranks(index):
    first = index.search("exercise", limit=2, page=1)
    second = index.search("exercise", limit=2, page=2)
    assert [h.rank for h in first.hits] == [1, 2]
    assert [h.rank for h in second.hits] == [3, 4]
    assert not set(titles(first)) & set(titles(second))


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ('title:("unbalanced', "unbalanced quote"),
        ("title:(navy exercise", "unbalanced '('"),
        ('"navy exercise" AND drills)', "unbalanced ')'"),
        ("colour:blue", "unknown field 'colour'"),
        ("navy AND title: drills", "nothing after it"),
        ("   ", "the query is empty"),
        ("the of and", "no searchable words"),
        ("date:notadate", "not a date"),
        ("navy date:2024-02-30", "not a date: '2024-02-30'"),
        ("title:", "the field prefix title: has nothing after it"),
        ("navy date:2024-02-30", "not a date: '2024-02-30'"),
        ("title:", "the field prefix title: has nothing after it"),
    ],
)
def test_broken_queries_raise_query_error_naming_the_problem(index, query, reason):
    with pytest.raises(
        QueryError, match=reason.replace("(", r"\(").replace(")", r"\)")
    ):
        index.search(query)


def test_parentheses_without_syntax_are_plain_words(index):
    assert (
        titles(index.search("(navy exercise"))[0]
        == "Navies open multilateral exercise at sea"
    )


def test_questions_with_punctuation_are_plain_words(index):
    results = index.search("Which navies joined the exercise? (and where)")
    assert titles(results)[0] == "Navies open multilateral exercise at sea"


def test_snippet_spans_survive_joining_paragraphs(tmp_path):
    body = "First paragraph ends here.\n\nThe   harbor opened.\n\nMore harbor news."
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add([Document(title="T", body=body)])
        (hit,) = index.search("harbor").hits
    snippet = hit.snippets[0]
    assert "\n" not in snippet.text and "  " not in snippet.text
    assert [snippet.text[a:b] for a, b in snippet.spans] == ["harbor", "harbor"]


def test_a_question_mark_ending_a_word_is_not_a_wildcard(index):
    assert titles(index.search("cargo?")) == ["Harbor authority reports record cargo"]
    assert titles(index.search("cargo? title:harbor")) == titles(
        index.search("cargo title:harbor")
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("exercise date:2024-03", ["Navies open multilateral exercise at sea"]),
        ("exercise date:[2023-01 to 2023-06]", ["Fitness programme for staff"]),
        (
            "exercise date:[2023-11-02 TO 2024-03-05]",
            ["Joint exercise concludes", "Navies open multilateral exercise at sea"],
        ),
        (
            "exercise year:2023",
            ["Fitness programme for staff", "Joint exercise concludes"],
        ),
        (
            'exercise source:"Port Authority"',
            ["Undated notice about exercise schedules"],
        ),
        (
            'source:"FLEET COMMAND"',
            [
                "Fitness programme for staff",
                "Joint exercise concludes",
                "Navies open multilateral exercise at sea",
            ],
        ),
    ],
)
def test_date_and_source_clauses_narrow_the_search(index, query, expected):
    assert sorted(titles(index.search(query))) == expected


def test_not_inside_a_group_applies_to_that_group_only(index):
    assert "Fitness programme for staff" in titles(
        index.search("gym OR (exercise NOT gym)")
    )
    assert "Fitness programme for staff" not in titles(index.search("exercise NOT gym"))


def test_hyphens_inside_words_are_not_exclusions(index):
    assert titles(index.search("C++ AND team-work")) == [
        "Software team ports engine to C++"
    ]


def test_a_page_past_the_last_has_no_hits_but_keeps_the_total(index):
    results = index.search("exercise", limit=2, page=50)
    assert results.hits == ()
    assert results.total == 4


def test_an_excluded_word_is_excluded_even_from_the_first_match(tmp_path):
    # The engine's AndNot let the first match through when the excluded word's
    # first document comes earlier; this order reproduces that case.
    docs = [
        Document(
            title="Health fair",
            body="A health fair for everyone.",
            url="https://x.example/a",
        ),
        Document(
            title="Veterans day",
            body="Veterans and health care workers march.",
            url="https://x.example/b",
        ),
        Document(
            title="Veterans parade",
            body="Veterans parade downtown.",
            url="https://x.example/c",
        ),
    ]
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add(docs)
        for text in (
            "veterans -health",
            "veterans NOT health",
            "veterans ANDNOT health",
        ):
            assert titles(index.search(text)) == ["Veterans parade"], text


def test_a_misspelled_query_with_no_hits_is_answered_by_its_correction(index):
    results = index.search("multilaterl exercize", limit=2)
    assert (results.query, results.corrected_from) == (
        "multilateral exercise",
        "multilaterl exercize",
    )
    assert titles(results) == titles(index.search("multilateral exercise", limit=2))
    assert results.suggestion is None
    typed = index.search("multilaterl exercize", correct=False)
    assert (typed.total, typed.corrected_from) == (0, None)
    assert typed.suggestion == "multilateral exercise"
    # a query that finds something is never replaced, only offered a correction
    some = index.search("multilateral exercize")
    assert (some.query, some.corrected_from) == ("multilateral exercize", None)
    assert some.suggestion == "multilateral exercise"


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"fold": False},
        {"sort": "newest"},
        {"since": date(2020, 1, 1)},
        {
            "sources": ["x"],
            "tags": ["y"],
            "facets": ("year", "month", "source", "tags"),
        },
    ],
)
def test_an_empty_index_answers_with_no_hits(tmp_path, options):
    with Index.open(tmp_path / "index", create=True) as index:
        results = index.search("exercise", **options)
    assert (results.total, results.hits) == (0, ())
    assert all(counts == () for counts in results.facets.values())


def test_a_search_process_does_not_load_the_readers(built_index):
    # A fresh process's open and first search is a goal of its own
    # (docs/benchmarks.md, "Goals"); the readers and their libraries are 40 ms of it.
    script = (
        "import sys\n"
        "from searchidx import Index\n"
        "with Index.open(sys.argv[1]) as index:\n"
        "    assert index.search('multilateral exercise').hits\n"
        "print(sorted(m for m in sys.modules if m.startswith(('searchidx.ingest', 'ijson'))))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script, str(built_index)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == "[]"


# Notices alike but for their numbers: "exercise" scores the same in each,
# and three share a date.
TIED = [
    Document(
        title=f"Harbour notice {word}",
        source=f"Harbour Office {word.title()}",
        date=date(2024, 5, 1) if n < 3 else date(2024, 5, n),
        url=f"https://harbour.example/{word}",
        body=f"The exercise at the harbour begins on Monday, notice {word} said.",
    )
    for n, word in enumerate(["one", "two", "three", "four", "five", "six"])
]
# One release published by three offices: near-copies folded into one hit.
RELEASE = (
    "The coastal exercise with partner navies begins on Monday and runs for two "
    "weeks, with ships, aircraft and divers from eleven nations training together "
    "in search and rescue, mine clearance and the protection of shipping lanes. "
    "Commanders said the drills would test how quickly the partners can share "
    "information and coordinate a response to an emergency at sea."
)
COPIES = [
    Document(
        title="Coastal exercise begins",
        source=source,
        date=date(2024, 6, 3),
        url=f"https://{host}.example/coastal",
        body=RELEASE,
    )
    for source, host in [
        ("Navy South", "south"),
        ("Allied Command", "allied"),
        ("Navy North", "north"),
    ]
]


@pytest.mark.parametrize(
    "options",
    [
        {"query": "exercise"},
        {"query": "exerc*"},
        {"query": "exercise", "sort": "newest"},
        {"query": "exercise", "sort": "oldest", "limit": 2, "page": 2},
        {"query": "coastal exercise", "fold": False},
    ],
)
def test_equal_hits_list_in_one_order_whatever_order_they_were_written_in(
    tmp_path, options
):
    """Ties go by values a release has wherever it is held, never by the order
    of writing: an archive re-indexed, or held by shards, lists the same.

    (A folded release is named by its first-written copy, so the copies keep
    their order here.)
    """
    listed = []
    for name, order in [("forward", TIED + COPIES), ("backward", TIED[::-1] + COPIES)]:
        with Index.open(tmp_path / name, create=True) as index:
            for document in order:  # one commit each: several segments
                index.add([document])
            results = index.search(**options)
            listed.append(
                [(hit.document.id, hit.score, hit.copies) for hit in results.hits]
            )
    assert listed[0] == listed[1]
    scores = [score for _, score, _ in listed[0]]
    assert len(set(scores)) < len(scores) or "sort" in options  # there were ties


def test_a_folded_release_shows_one_copy_and_names_the_others_by_name(tmp_path):
    for name, order in [("forward", COPIES), ("backward", COPIES[::-1])]:
        with Index.open(tmp_path / name, create=True) as index:
            for document in order:  # the same body in one call counts once
                index.add([document])
            (hit,) = index.search("coastal exercise").hits
            assert hit.document.id == "https://allied.example/coastal"
            assert hit.copies == ("Navy North", "Navy South")


def test_facets_count_the_copy_a_folded_release_shows(tmp_path):
    """Two saves of one release by one site, a day alike, tagged differently:
    the tag counted is the shown copy's, whichever was written first."""
    saves = [
        Document(
            title="Coastal exercise begins",
            source="Navy South",
            date=date(2024, 6, 3),
            url=f"https://south.example/coastal{suffix}",
            tags=(tag,),
            body=RELEASE,
        )
        for suffix, tag in [("", "maritime"), ("?print=1", "training")]
    ]
    for name, order in [("forward", saves), ("backward", saves[::-1])]:
        with Index.open(tmp_path / name, create=True) as index:
            for document in order:
                index.add([document])
            results = index.search("coastal exercise", facets=["tags"])
            (hit,) = results.hits
            assert hit.document.id == "https://south.example/coastal"
            assert results.facets["tags"] == (FacetCount("maritime", 1),)


@pytest.mark.parametrize(
    "query", ["harb*", "harb?r", "title:harb*", "harbor OR number*", "*arbor"]
)
def test_wildcards_never_find_removed_releases_or_old_versions(tmp_path, query):
    # Found by an outside tester: a wildcard read postings whole and kept
    # the documents a removal or an update had deleted.
    with Index.open(tmp_path / "ix", create=True) as index:
        index.add(
            Document(
                id=f"https://x.example/{n}",
                title=f"Harbor notice {n}",
                body=f"The harbor board met on day {n} about dredging number{n}.",
            )
            for n in range(1, 6)
        )
        index.remove(["https://x.example/2"])
        index.add(
            [
                Document(
                    id="https://x.example/3",
                    title="Harbor notice 3",
                    body="The harbor board met on day 3 about the revised3 budget.",
                )
            ]
        )
        found = index.search(query, fold=False, facets=("year",), limit=20)
        old = index.search("number3*", fold=False)
    ids = sorted(hit.document.id for hit in found.hits)
    assert ids == [f"https://x.example/{n}" for n in (1, 3, 4, 5)]
    assert found.total == 4
    assert old.total == 0 and old.hits == ()
