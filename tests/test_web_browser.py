"""The search page in a real browser: headless Chromium driven by Playwright.

Uses Debian's chromium (``apt-get install chromium``), never a browser that
``playwright install`` downloads. Deselect with ``-m "not browser"``. Set
``SEARCHIDX_SCREENSHOT=docs/screenshot.png`` to refresh the README's picture.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from searchidx import Index
from searchidx.web import make_server, server_url

from .conftest import CORPUS

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.browser
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed: pip install '.[test]'"
)
if not CHROMIUM.exists():
    pytest.skip(
        "/usr/bin/chromium not present: apt-get install chromium",
        allow_module_level=True,
    )

QUERY = "multilateral exercise"
# Generous for a 2-core machine shared with other work; a hang fails, not waits.
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real server on 127.0.0.1 (a free port) over the bundled corpus."""
    folder = tmp_path_factory.mktemp("web")
    corpus = shutil.copytree(CORPUS, folder / "corpus")
    with Index.open(folder / "index", create=True) as index:
        assert index.add_files([corpus]).failed == ()
        server = make_server(index, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server_url(server)
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site):
    """A fresh tab that records every request it makes."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    tab.requested = []
    tab.on("request", lambda request: tab.requested.append(request.url))
    yield tab
    context.close()


def _state(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def _total(page) -> int:
    return int(page.locator("#total").inner_text())


def _titles(page) -> list[str]:
    return page.locator(".hit h2").all_inner_texts()


def _search_from_the_home_page(page, site: str, words: str) -> None:
    page.goto(site)
    page.get_by_role("searchbox", name="Search").fill(words)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?q="))


def test_typed_query_shows_highlighted_hits_and_a_clean_url(page, site, tmp_path):
    _search_from_the_home_page(page, site, QUERY)
    # Empty form fields are left out: the URL is the search and nothing else.
    assert page.url == site + "?q=multilateral+exercise"
    assert _total(page) == 20
    assert page.locator(".hit").count() == 10
    marked = page.locator(".hit .snippet mark").all_inner_texts()
    assert {word.lower() for word in marked} >= {"multilateral", "exercise"}
    assert all(re.fullmatch(r"multilateral|exercis\w*", w.lower()) for w in marked)
    assert page.locator(".facet").count() == 3  # chart, sources, tags
    # Every asset comes from the server itself: the page works offline.
    assert page.requested and all(url.startswith(site) for url in page.requested)

    shot = tmp_path / "screenshot.png"
    page.screenshot(path=shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    wanted = os.environ.get("SEARCHIDX_SCREENSHOT")
    if wanted:
        Path(wanted).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, wanted)


def test_clicking_a_source_facet_filters_to_its_count(page, site):
    _search_from_the_home_page(page, site, QUERY)
    facet = page.locator("#sources a", has_text="Pacific Joint Command")
    count = int(facet.locator(".n").inner_text())
    facet.click()
    page.wait_for_url(re.compile("source="))
    assert _state(page.url) == {"q": [QUERY], "source": ["Pacific Joint Command"]}
    assert _total(page) == count == 4
    assert set(page.locator(".hit .source").all_inner_texts()) == {
        "Pacific Joint Command"
    }
    # The filter shows as a chip whose link takes it away again.
    page.get_by_role("link", name="source: Pacific Joint Command ×").click()
    page.wait_for_url(re.compile(r"\?q=[^&]*$"))
    assert _total(page) == 20


def test_clicking_a_year_bar_then_a_month_bar_narrows_the_dates(page, site):
    _search_from_the_home_page(page, site, QUERY)
    year = page.locator(".histogram a[data-value='2023']")
    year_count = int(year.get_attribute("aria-label").split(": ")[1].split()[0])
    year.click()
    page.wait_for_url(re.compile("since=2023"))
    assert _state(page.url) == {"q": [QUERY], "since": ["2023"], "until": ["2023"]}
    assert _total(page) == year_count == 4
    assert page.locator(".facet h3").first.inner_text() == "2023 by month"
    assert page.locator(".histogram a").count() == 12
    assert page.get_by_role("textbox", name="Since").input_value() == "2023"

    page.locator(".histogram a[data-value='2023-05']").click()
    page.wait_for_url(re.compile("since=2023-05"))
    assert _total(page) == 2
    dates = page.locator(".hit time").all_inner_texts()
    assert dates and all(d.startswith("2023-05-") for d in dates)


def test_paging_forward_and_sorting_by_date(page, site):
    _search_from_the_home_page(page, site, QUERY)
    first_page = _titles(page)
    page.get_by_role("link", name="next →").click()
    page.wait_for_url(re.compile("page=2"))
    assert page.locator("ol.hits").get_attribute("start") == "11"
    second_page = _titles(page)
    assert len(second_page) == 10 and not set(first_page) & set(second_page)
    assert "(showing 11–20)" in page.locator("#summary").inner_text()
    # A new sort order applies at once, and starts again at page 1.
    page.get_by_role("combobox", name="Sort").select_option("newest")
    page.wait_for_url(re.compile("sort=newest"))
    assert "page" not in _state(page.url)
    dates = page.locator(".hit time").all_inner_texts()
    assert dates == sorted(dates, reverse=True)


def test_opening_a_document_shows_its_fields_body_and_original_link(page, site):
    _search_from_the_home_page(page, site, QUERY)
    title = _titles(page)[0]
    page.locator(".hit h2 a").first.click()
    page.wait_for_url(re.compile("/doc/"))
    assert page.locator("h1").inner_text() == title
    fields = page.locator("table.fields").inner_text()
    for name in ("id", "date", "source", "url", "byline", "dateline", "tags", "path"):
        assert re.search(rf"^{name}\t", fields, flags=re.M), name
    assert page.locator(".body p").count() >= 3
    original = page.locator("table.fields a.original").get_attribute("href")
    assert original.startswith("https://")
    page.get_by_role("link", name="← back to the results").click()
    page.wait_for_url(re.compile(r"\?q="))
    assert _titles(page)[0] == title


def test_a_bookmarked_url_reopens_the_same_search(page, site, browser):
    _search_from_the_home_page(page, site, QUERY)
    page.locator("#sources a", has_text="Pacific Joint Command").click()
    page.wait_for_url(re.compile("source="))
    page.get_by_role("combobox", name="Sort").select_option("oldest")
    page.wait_for_url(re.compile("sort=oldest"))
    bookmarked = page.url
    before = (_total(page), _titles(page), page.locator(".facets").inner_text())

    other = browser.new_page()
    other.set_default_timeout(TIMEOUT_MS)
    other.goto(bookmarked)
    after = (_total(other), _titles(other), other.locator(".facets").inner_text())
    assert other.get_by_role("searchbox", name="Search").input_value() == QUERY
    assert other.get_by_role("combobox", name="Sort").input_value() == "oldest"
    other.close()
    assert after == before
    # Searching again from the reopened form keeps the filter and the sort.
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    assert _state(page.url) == _state(bookmarked)


def test_a_broken_query_is_explained_inside_the_page(page, site):
    response = page.goto(site + '?q="coral+shield')
    assert response.status == 400
    assert page.get_by_role("alert").inner_text() == (
        "Error: query '\"coral shield': unbalanced quote: a phrase needs a closing \""
    )
    assert page.get_by_role("searchbox", name="Search").input_value() == '"coral shield'
