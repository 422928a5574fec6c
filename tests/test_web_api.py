"""The web page and JSON API as a user meets them, through Flask's test client."""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit
from urllib.request import urlopen

import pytest
from werkzeug.datastructures import MultiDict

from searchidx import Document, Index
from searchidx.cli import cli
from searchidx.web import create_app, make_server
from searchidx.web.params import SearchParams, parse_params

from .conftest import json_hits


@pytest.fixture(scope="module")
def client(built_index):
    with Index.open(built_index) as index:
        yield create_app(index).test_client()


def _summary(stdout: str) -> dict:
    return json.loads(stdout.splitlines()[-1])


def _without_time(summary: dict) -> dict:
    return {key: value for key, value in summary.items() if key != "elapsed_ms"}


@pytest.mark.parametrize(
    ("cli_args", "api_args"),
    [
        (["multilateral exercise"], {"q": "multilateral exercise"}),
        (
            [
                "exercise",
                "--since",
                "2022",
                "--until",
                "2023-06",
                "--sort",
                "newest",
                "--limit",
                "3",
                "--page",
                "2",
            ],
            {
                "q": "exercise",
                "since": "2022",
                "until": "2023-06",
                "sort": "newest",
                "limit": "3",
                "page": "2",
            },
        ),
        (
            [
                "exercise",
                "--source",
                "Pacific Joint Command",
                "--source",
                "Norland Ministry of Defence",
            ],
            [
                ("q", "exercise"),
                ("source", "Pacific Joint Command"),
                ("source", "Norland Ministry of Defence"),
            ],
        ),
        (
            ["exercise", "--tag", "multilateral exercise", "--sort", "oldest"],
            {"q": "exercise", "tag": "multilateral exercise", "sort": "oldest"},
        ),
        (
            ["navy", "--no-fold", "--fields", "rank,title,date"],
            {"q": "navy", "fold": "0", "fields": "rank,title,date"},
        ),
        (["date:2023-06"], {"q": "date:2023-06"}),
        (["multilaterl excercise"], {"q": "multilaterl excercise"}),
    ],
)
def test_api_search_returns_what_query_json_prints(
    runner, built_index, client, cli_args, api_args
):
    printed = runner.invoke(
        cli,
        ["--index", str(built_index), "query", *cli_args, "--json"],
        catch_exceptions=False,
    )
    assert printed.exit_code == 0, printed.stderr
    response = client.get("/api/search", query_string=api_args)
    assert response.status_code == 200
    assert response.json["hits"] == json_hits(printed.stdout)
    assert _without_time(response.json["summary"]) == _without_time(
        _summary(printed.stdout)
    )


def test_api_hits_keep_the_cli_key_order(client):
    hit = client.get("/api/search?q=exercise&limit=1").json["hits"][0]
    assert list(hit) == [
        "rank",
        "id",
        "title",
        "date",
        "source",
        "url",
        "byline",
        "dateline",
        "tags",
        "score",
        "snippet",
        "copies",
    ]


def test_source_filter_keeps_only_that_source_and_matches_its_facet_count(client):
    everything = client.get("/api/search?q=exercise").json
    count = everything["summary"]["facets"]["source"]["Pacific Joint Command"]
    filtered = client.get(
        "/api/search", query_string={"q": "exercise", "source": "Pacific Joint Command"}
    ).json
    assert filtered["summary"]["total"] == count == 4
    assert {hit["source"] for hit in filtered["hits"]} == {"Pacific Joint Command"}


def test_date_range_sort_and_pages_fit_together(client):
    first = client.get("/api/search?q=exercise&sort=newest&limit=5").json
    second = client.get("/api/search?q=exercise&sort=newest&limit=5&page=2").json
    dates = [hit["date"] for hit in first["hits"] + second["hits"]]
    assert dates == sorted(dates, reverse=True)
    assert [hit["rank"] for hit in second["hits"]] == [6, 7, 8, 9, 10]
    ranged = client.get("/api/search?q=exercise&since=2023&until=2023").json
    assert ranged["summary"]["total"] == 4
    assert all(hit["date"].startswith("2023-") for hit in ranged["hits"])
    assert ranged["summary"]["facets"]["year"] == {"2023": 4}
    assert ranged["summary"]["facets"]["month"] == {
        "2023-05": 2,
        "2023-06": 1,
        "2023-09": 1,
    }


def test_api_doc_returns_what_show_json_prints(runner, built_index, client):
    doc_id = "https://www.pacjointcmd.example/news/press-releases/2023/06/12/seven-navies-open-coral-shield-2023"
    printed = runner.invoke(
        cli,
        ["--index", str(built_index), "show", doc_id, "--json"],
        catch_exceptions=False,
    )
    response = client.get(f"/api/doc/{doc_id}")
    assert response.status_code == 200
    assert response.json == json.loads(printed.stdout)


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        (
            "/api/search?q=exercise&colour=red",
            400,
            "parameter 'colour': unknown; use q, since, until, source, tag, sort, page, limit, fold, fields",
        ),
        (
            "/api/search?q=exercise&page=abc",
            400,
            "parameter 'page': 'abc' is not a whole number",
        ),
        (
            "/api/search?q=exercise&page=1001",
            400,
            "parameter 'page': 1001 is not between 1 and 1000",
        ),
        (
            "/api/search?q=exercise&page=99999999999999999999",
            400,
            "parameter 'page': 99999999999999999999 is not between 1 and 1000",
        ),
        (
            "/api/search?q=exercise&page=0",
            400,
            "parameter 'page': 0 is not between 1 and 1000",
        ),
        (
            "/api/search?q=exercise&limit=500",
            400,
            "parameter 'limit': 500 is not between 1 and 100",
        ),
        (
            "/api/search?q=exercise&page=1&page=2",
            400,
            "parameter 'page': given more than once",
        ),
        (
            "/api/search?q=exercise&sort=best",
            400,
            "parameter 'sort': 'best' is not one of relevance, newest, oldest",
        ),
        (
            "/api/search?q=exercise&since=2023-13",
            400,
            "parameter 'since': '2023-13' is not a real date (month must be in 1..12)",
        ),
        (
            "/api/search?q=exercise&until=last+week",
            400,
            "parameter 'until': 'last week' is not YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            "/api/search?q=exercise&fold=maybe",
            400,
            "parameter 'fold': 'maybe' is not 1 or 0",
        ),
        (
            "/api/search?q=exercise&fields=title,colour",
            400,
            "parameter 'fields': 'colour' is not a field; use rank,id,title,date,source,url,byline,dateline,tags,score,snippet,copies",
        ),
        ("/api/search", 400, "parameter 'q': the query is empty; pass q=..."),
        (
            "/api/search?q=" + "navy+" * 900,
            400,
            "parameter 'q': 4,499 characters; at most 4,000",
        ),
        ('/api/search?q="unclosed', 400, "query '\"unclosed': unbalanced quote"),
        ("/api/search?q=colour:red", 400, "query 'colour:red': unknown field 'colour'"),
        (
            "/api/search?q=exercise&since=2024&until=2023",
            400,
            "parameter 'since': the date range starts (2024-01-01) after it ends (2023-12-31)",
        ),
        (
            "/api/doc/https://no.such.example/release",
            404,
            "no document with id 'https://no.such.example/release'",
        ),
        ("/api/nothing", 404, "not found"),
    ],
)
def test_bad_api_requests_answer_one_json_line(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    assert response.json["error"].startswith(message), response.json
    assert "\n" not in response.json["error"]
    assert "Traceback" not in response.text


def test_wrong_method_is_405_without_a_traceback(client):
    response = client.post("/api/search?q=exercise")
    assert response.status_code == 405
    assert response.json == {"error": "method not allowed"}


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        (
            '/?q="unclosed',
            400,
            "Error: query &#39;&#34;unclosed&#39;: unbalanced quote",
        ),
        ("/?q=exercise&colour=red", 400, "Error: parameter &#39;colour&#39;: unknown"),
        (
            "/?q=exercise&page=x",
            400,
            "Error: parameter &#39;page&#39;: &#39;x&#39; is not a whole number",
        ),
        (
            "/?q=exercise&fields=title",
            400,
            "Error: parameter &#39;fields&#39;: unknown",
        ),
        ("/doc/https://no.such.example/release", 404, "Error 404: no document with id"),
        ("/no/such/page", 404, "Error 404: not found"),
    ],
)
def test_bad_page_requests_show_the_reason_inside_the_page(
    client, url, status, message
):
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert message in response.text
    assert '<form class="search"' in response.text  # still the page, with its box
    assert "Traceback" not in response.text


def test_results_page_shows_highlighted_hits_facets_and_chart(client):
    page = client.get("/?q=multilateral+exercise").text
    assert re.search(r'<span id="total">20</span> hits \(showing 1–10\)', page)
    assert page.count('<li class="hit">') == 10
    assert "<mark>multilateral</mark> <mark>exercise</mark>" in page
    assert 'href="?q=multilateral+exercise&amp;source=Pacific+Joint+Command"' in page
    assert 'href="?q=multilateral+exercise&amp;since=2023&amp;until=2023"' in page
    assert 'rel="next" href="?q=multilateral+exercise&amp;page=2"' in page
    assert (
        'href="/doc/https://www.pacjointcmd.example/news/press-releases/2023/06/12/seven-navies-open-coral-shield-2023?q=multilateral+exercise"'
        in page
    )


def test_a_year_in_view_is_charted_by_month(client):
    page = client.get("/?q=exercise&since=2023&until=2023").text
    assert "2023 by month" in page
    assert page.count('class="bar') == 12
    assert 'href="?q=exercise&amp;since=2023-05&amp;until=2023-05"' in page
    assert 'aria-label="2023-05: 2 hits"' in page


def test_did_you_mean_links_to_the_corrected_search(client):
    page = client.get("/?q=multilateral+excercise").text  # finds "multilateral"
    assert (
        'Did you mean: <a href="?q=multilateral+exercise">multilateral exercise</a>'
        in page
    )
    assert "showing results for" not in page


def test_a_misspelled_search_with_no_hits_shows_the_corrections_and_says_so(client):
    page = client.get("/?q=multilaterl+excercise").text
    assert (
        "No hits for “multilaterl excercise”; showing results for "
        "“multilateral exercise”." in page
    )
    assert "Did you mean" not in page
    assert page.count('class="hit"') == 10


def test_document_page_shows_every_field_and_the_body(client, built_index):
    doc_id = "https://www.pacjointcmd.example/news/press-releases/2023/06/12/seven-navies-open-coral-shield-2023"
    with Index.open(built_index) as index:
        document = index.get(doc_id)
    page = client.get(f"/doc/{doc_id}").text
    for value in (
        document.title,
        document.date.isoformat(),
        document.source,
        document.byline,
        document.dateline,
        *document.tags,
        document.path,
    ):
        assert str(value) in page
    # The hash is the index's bookkeeping, not something a reader looks for.
    assert document.content_hash not in page and "content hash" not in page
    assert f'<a class="original" href="{document.url}"' in page
    first, *_, last = document.body.split("\n\n")
    assert f"<p>{first[:60]}" in page.replace("&#39;", "'")
    assert last[-40:] in page.replace("&#39;", "'")


def test_search_urls_round_trip_to_the_same_search():
    params = SearchParams(
        q='navy "coral shield"',
        since="2023",
        until="2023-06",
        sources=("Pacific Joint Command", "A & B"),
        tags=("navy",),
        sort="oldest",
        page=3,
        limit=20,
        fold=False,
    )
    query = MultiDict(parse_qsl(params.query_string(page=3), keep_blank_values=True))
    assert parse_params(query) == params
    assert params.query_string(sort="newest").endswith("sort=newest&limit=20&fold=0")


@pytest.fixture
def hostile_index(tmp_path) -> Path:
    """An index holding a release whose fields carry markup and scripts."""
    export = tmp_path / "hostile.json"
    export.write_text(
        json.dumps(
            [
                {
                    "title": "Harbour <script>alert(1)</script> drill",
                    "body": "The zanzibarite drill <img src=x onerror=alert(2)> ended with "
                    '"quotes" & ampersands. Crews from four ports took part in the '
                    "drill over three days, and the harbour master thanked them.",
                    "date": "2024-03-05",
                    "source": "Evil <b>Agency</b>",
                    "tags": ["<i>tag</i>"],
                }
            ]
        )
    )
    path = tmp_path / "hostile-index"
    with Index.open(path, create=True) as index:
        assert index.add_files([export]).added == 1
        # A url no ingester would keep, to check the page never links to it.
        index.add(
            [
                Document(
                    title="Zanzibarite follow-up",
                    body="The zanzibarite drill was repeated.",
                    url="javascript:alert(3)",
                )
            ]
        )
    return path


def test_markup_from_documents_is_shown_as_text_never_run(hostile_index):
    with Index.open(hostile_index) as index:
        client = create_app(index).test_client()
        results = client.get("/?q=zanzibarite").text
        hit = client.get("/api/search?q=zanzibarite").json["hits"]
        doc_ids = [h["id"] for h in hit]
        documents = [client.get(f"/doc/{doc_id}").text for doc_id in doc_ids]
    for page in [results, *documents]:
        assert "<script>alert" not in page
        assert "<img src=x" not in page
        assert "<b>Agency" not in page and "<i>tag" not in page
        assert 'href="javascript:' not in page
    assert "Harbour &lt;script&gt;alert(1)&lt;/script&gt; drill" in results
    assert "Evil &lt;b&gt;Agency&lt;/b&gt;" in results
    assert (
        "<mark>zanzibarite</mark> drill &lt;img src=x onerror=alert(2)&gt;" in results
    )
    assert (
        "&lt;img src=x onerror=alert(2)&gt; ended with &#34;quotes&#34; &amp; ampersands"
        in "".join(documents)
    )
    assert "javascript:alert(3)" in "".join(documents)  # shown as text, not linked


def test_next_request_sees_documents_another_process_indexed(corpus_dir, tmp_path):
    path = tmp_path / "live-index"
    with Index.open(path, create=True) as index:
        index.add_files([corpus_dir / "text"])
        client = create_app(index).test_client()
        assert client.get("/api/search?q=quokkathon").json["summary"]["total"] == 0
        release = tmp_path / "new" / "quokka.json"
        release.parent.mkdir()
        release.write_text(
            json.dumps(
                {
                    "title": "Quokkathon raises funds",
                    "body": "The quokkathon raised funds for the reserve.",
                    "date": "2025-01-02",
                    "source": "Reserve Trust",
                }
            )
        )
        indexed = subprocess.run(
            [
                sys.executable,
                "-m",
                "searchidx",
                "--index",
                str(path),
                "index",
                "-q",
                str(release),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert indexed.returncode == 0, indexed.stderr
        hits = client.get("/api/search?q=quokkathon").json["hits"]
    assert [hit["title"] for hit in hits] == ["Quokkathon raises funds"]


def test_serve_prints_its_address_answers_and_stops_on_ctrl_c(built_index):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(built_index),
            "serve",
            "--port",
            "0",
        ],
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C must reach it even when this test run was started in the
        # background, where the shell makes children ignore SIGINT.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        first = server.stderr.readline().rstrip("\n")
        match = re.fullmatch(
            r"Serving searchidx on (http://127\.0\.0\.1:(\d+)/) \(Ctrl-C to stop\)",
            first,
        )
        assert match, first  # never all interfaces unless --host says so
        with urlopen(
            match.group(1) + "api/search?q=exercise&limit=1", timeout=20
        ) as reply:
            assert json.load(reply)["summary"]["total"] == 18
        server.send_signal(signal.SIGINT)
        rest = server.communicate(timeout=20)[1]
    finally:
        server.kill()
        server.wait()
    assert server.returncode == 0
    assert rest.splitlines()[-1] == "stopped"
    assert "Traceback" not in rest


def test_serve_on_a_port_in_use_is_one_line_error(runner, built_index):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(
            cli, ["--index", str(built_index), "serve", "--port", str(port)]
        )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot serve on 127.0.0.1:{port}: address already in use; "
        "pick another with --port\n"
    )


def test_make_server_answers_over_http(built_index):
    with Index.open(built_index) as index:
        server = make_server(index, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            url = f"http://127.0.0.1:{server.port}/api/search?q=exercise&limit=1"
            with urlopen(url, timeout=10) as response:
                body = json.load(response)
        finally:
            server.shutdown()
            server.server_close()
    assert body["summary"]["total"] == 18
    assert urlsplit(body["hits"][0]["url"]).scheme == "https"


def test_a_broken_query_keeps_the_filters_in_the_form_to_fix_it(client):
    response = client.get('/?q="coral&source=Pacific+Joint+Command&since=2023')
    assert response.status_code == 400
    assert (
        '<input type="hidden" name="source" value="Pacific Joint Command">'
        in response.text
    )
    assert 'name="since" value="2023"' in response.text
    assert "source: Pacific Joint Command ×" in response.text  # shown, not hidden


def test_a_page_past_the_last_says_so_and_links_back(client):
    page = client.get("/?q=multilateral+exercise&page=5").text
    assert '<span id="total">20</span> hits (page 5 is past the last)' in page
    assert '<li class="hit">' not in page
    assert 'rel="prev" href="?q=multilateral+exercise&amp;page=2"' in page


class _BrokenIndex:
    """An index whose every search fails the way a bug would."""

    def search(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    get = search


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/api/search?q=navy", '{"error":"internal error (RuntimeError)"}\n'),
        ("/api/doc/x", '{"error":"internal error (RuntimeError)"}\n'),
        ("/?q=navy", "Error 500: internal error (RuntimeError)"),
    ],
)
def test_a_bug_answers_500_with_one_line_not_a_traceback(url, expected):
    response = create_app(_BrokenIndex()).test_client().get(url)
    assert response.status_code == 500
    assert expected in response.text
    assert "Traceback" not in response.text and "disk on fire" not in response.text
