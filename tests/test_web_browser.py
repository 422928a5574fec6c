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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from searchidx import Document, Index
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


@contextmanager
def _serving(index: Index) -> Iterator[str]:
    """Serve ``index`` on 127.0.0.1 (a free port) and yield the page's url."""
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
def site(tmp_path_factory):
    """The real server over the bundled corpus."""
    folder = tmp_path_factory.mktemp("web")
    corpus = shutil.copytree(CORPUS, folder / "corpus")
    with Index.open(folder / "index", create=True) as index:
        assert index.add_files([corpus]).failed == ()
        with _serving(index) as url:
            yield url


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
    # The fields this release has (no byline, no dateline); its id is its url.
    assert page.locator("table.fields th").all_inner_texts() == [
        "date",
        "source",
        "url",
        "tags",
        "path",
    ]
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


# A many-year archive of fictional releases: 45 years of harbour notices, one
# year with none (its row stays, empty) and one busy year, so the chart holds
# one- to three-digit counts side by side, as a real archive's does.
ARCHIVE_YEARS = range(1981, 2026)
EMPTY_YEAR, BUSY_YEAR = 1990, 2010
PHONE, DESKTOP = 390, 1280
LONG_URL = "https://eastmere-port.example/documents/" + "-".join(
    ["breakwater-extension-environmental-survey-appendix"] * 3
)


def _releases_in(year: int) -> int:
    if year == EMPTY_YEAR:
        return 0
    return 120 if year == BUSY_YEAR else year % 7 + 1


def _harbour_counts() -> list[tuple[str, str]]:
    """Return the year chart's rows for "harbour": (year, count shown)."""
    extra = {2019: 1, 2021: 1, 2022: 1}  # the three releases below
    return [
        (str(year), str(_releases_in(year) + extra.get(year, 0) or ""))
        for year in ARCHIVE_YEARS
    ]


def _archive_documents() -> Iterator[Document]:
    sources = ("Eastmere Port Authority", "Coastal Navigation Board")
    for year in ARCHIVE_YEARS:
        for n in range(_releases_in(year)):
            yield Document(
                title=f"Eastmere harbour notice {n + 1} of {year}",
                body=f"Notice {n + 1} of {year} from the harbour master about "
                "berths, moorings and the tides at the outer quay.",
                date=date(year, n % 12 + 1, n % 28 + 1),
                source=sources[n % 2],
                url=f"https://eastmere-port.example/notices/{year}/{n + 1}",
            )
    # One release per way of filling the document page's fields.
    yield Document(
        title="Breakwater survey published",
        body=f"The harbour breakwater survey is online at {LONG_URL} for comment.",
        date=date(2019, 3, 4),
        source="The Eastmere and District Regional Maritime Safety Coordination Board",
        url="https://eastmere-port.example/news/breakwater-survey",
    )
    yield Document(
        title="Lighthouse keepers honoured",
        body="The harbour lighthouse keepers were honoured for fifty years.",
        date=date(2021, 9, 14),
        source="Eastmere Port Authority",
        url="https://eastmere-port.example/news/lighthouse-keepers",
        byline="By the Port Press Office",
        dateline="EASTMERE",
        tags=("lighthouse", "awards"),
    )
    yield Document(
        title="Dredging schedule",
        body="Dredging of the harbour channel starts in May.",
        date=date(2022, 4, 1),
        source="Eastmere Port Authority",
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The real server over 45 years of fictional releases, added as a library user would."""
    folder = tmp_path_factory.mktemp("archive")
    with Index.open(folder / "index", create=True) as index:
        assert (
            index.add(list(_archive_documents())).added
            == sum(map(_releases_in, ARCHIVE_YEARS)) + 3
        )
        with _serving(index) as url:
            yield url


@contextmanager
def _tab(browser, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    try:
        yield tab
    finally:
        context.close()


# Boxes of every non-empty label and count in the chart, and what stops them
# being read: a box past the viewport, text clipped by its box, two boxes
# overlapping, or two on one line closer than a space (``43 58`` as ``4358``).
_CHART_PROBLEMS = """() => {
  const problems = [];
  const boxes = [];
  for (const el of document.querySelectorAll(".histogram .label, .histogram .count")) {
    if (!el.textContent.trim()) continue;
    const r = el.getBoundingClientRect();
    if (r.left < 0 || r.right > innerWidth) problems.push(`${el.textContent} outside the page`);
    if (el.scrollWidth > el.clientWidth) problems.push(`${el.textContent} clipped`);
    boxes.push([el.textContent, r]);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i], [b, q] = boxes[j];
      const sameLine = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
      const apart = Math.max(p.left, q.left) - Math.min(p.right, q.right);
      if (sameLine && apart < 3) problems.push(`${a} and ${b} run together`);
    }
  }
  return problems;
}"""


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ("harbour", _harbour_counts()),
        ("harbour&since=2003&until=2004", [("2003", "2"), ("2004", "3")]),
        ("lighthouse", [("2021", "1")]),
    ],
)
def test_year_chart_keeps_every_label_and_count_readable(
    browser, archive, width, query, rows
):
    with _tab(browser, width) as page:
        page.goto(f"{archive}?q={query}")
        bars = page.locator(".histogram a")
        labels = bars.locator(".label").all_inner_texts()
        counts = bars.locator(".count").all_inner_texts()
        assert list(zip(labels, counts, strict=True)) == rows
        assert page.evaluate(_CHART_PROBLEMS) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_year_row_filters_to_its_year_on_a_phone(browser, archive):
    with _tab(browser, PHONE) as page:
        page.goto(f"{archive}?q=harbour")
        page.locator(f".histogram a[data-value='{BUSY_YEAR}']").click()
        page.wait_for_url(re.compile(f"since={BUSY_YEAR}"))
        assert _state(page.url) == {
            "q": ["harbour"],
            "since": [str(BUSY_YEAR)],
            "until": [str(BUSY_YEAR)],
        }
        assert _total(page) == _releases_in(BUSY_YEAR)
        assert page.locator(".facet h3").first.inner_text() == f"{BUSY_YEAR} by month"
        assert page.evaluate(_CHART_PROBLEMS) == []


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_nothing_runs_past_the_right_edge(browser, archive, width):
    with _tab(browser, width) as page:
        for url in (f"{archive}?q=breakwater", f"{archive}?q=harbour&limit=50"):
            page.goto(url)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            edges = page.locator(".hit, .hit *, .facet *").evaluate_all(
                "els => els.map(el => el.getBoundingClientRect().right)"
            )
            assert edges and max(edges) <= width
        # The long url in the snippet is there, wrapped, not cut off.
        page.goto(f"{archive}?q=breakwater")
        assert LONG_URL in page.locator(".hit .snippet").inner_text()


# The width the placeholder's text takes in the box's own font, and the room
# the box has for text.
_PLACEHOLDER_FIT = """el => {
  const style = getComputedStyle(el, "::placeholder");
  const context = document.createElement("canvas").getContext("2d");
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const box = getComputedStyle(el);
  const room = el.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight);
  return [context.measureText(el.placeholder).width, room];
}"""


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_search_and_date_boxes_show_their_whole_placeholder(browser, archive, width):
    with _tab(browser, width) as page:
        page.goto(archive)  # an empty search box shows its placeholder
        boxes = [
            page.get_by_role("searchbox", name="Search"),
            page.get_by_role("textbox", name="Since"),
            page.get_by_role("textbox", name="Until"),
        ]
        assert [box.get_attribute("placeholder") for box in boxes] == [
            'words, "an exact phrase", title:navy',
            "YYYY[-MM[-DD]]",
            "YYYY[-MM[-DD]]",
        ]
        for box in boxes:
            text_width, room = box.evaluate(_PLACEHOLDER_FIT)
            assert text_width <= room, box.get_attribute("aria-label")
            assert box.bounding_box()["x"] + box.bounding_box()["width"] <= width


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
@pytest.mark.parametrize(
    ("word", "fields"),
    [
        (
            "breakwater",
            {
                "date": "2019-03-04",
                "source": "The Eastmere and District "
                "Regional Maritime Safety Coordination Board",
                "url": "https://eastmere-port.example/news/breakwater-survey",
            },
        ),
        (
            "lighthouse",
            {
                "date": "2021-09-14",
                "source": "Eastmere Port Authority",
                "url": "https://eastmere-port.example/news/lighthouse-keepers",
                "byline": "By the Port Press Office",
                "dateline": "EASTMERE",
                "tags": "lighthouse, awards",
            },
        ),
        (
            "dredging",
            {
                "id": re.compile(r"sha1:[0-9a-f]{20}"),
                "date": "2022-04-01",
                "source": "Eastmere Port Authority",
            },
        ),
    ],
)
def test_document_page_shows_filled_fields_and_keeps_the_search(
    browser, archive, width, word, fields
):
    search = f"{archive}?q={word}&since=2019&sort=oldest"
    with _tab(browser, width) as page:
        page.goto(search)
        page.locator(".hit h2 a").first.click()
        page.wait_for_url(re.compile("/doc/"))
        rows = page.locator("table.fields tr")
        shown = dict(
            zip(
                rows.locator("th").all_inner_texts(),
                rows.locator("td").all_inner_texts(),
                strict=True,
            )
        )
        assert list(shown) == list(fields)
        for name, value in fields.items():
            if isinstance(value, re.Pattern):
                assert value.fullmatch(shown[name]), name
            else:
                assert shown[name] == value, name
        assert "content hash" not in page.locator("article").inner_text()
        # The search that led here stays in the form, and "back" returns to it.
        assert page.get_by_role("searchbox", name="Search").input_value() == word
        assert page.get_by_role("textbox", name="Since").input_value() == "2019"
        assert page.get_by_role("combobox", name="Sort").input_value() == "oldest"
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.get_by_role("link", name="← back to the results").click()
        page.wait_for_url(re.compile(r"/\?q="))
        assert _state(page.url) == _state(search)
