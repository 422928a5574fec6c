"""A page's tags in the shapes sites show them, without a colon after the label (#17).

Pages in tests/data/page_tags/ were written for this project.
"""

import pytest

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_tags"


def _tags(name: str):
    (document,) = read_file(PAGES / name)
    return document.tags


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # <div class="article-topics"><h4>Topics</h4><ul><li><a>...
        ("heading_in_topic_block.html", ("Libraries", "County council")),
        # A page builder's property table: <th>Tags</th><td><span>...
        ("property_table.html", ("Libraries", "Weekends")),
    ],
)
def test_tags_under_a_label_without_a_colon_are_read(name, expected):
    assert _tags(name) == expected


def test_a_bare_topics_heading_over_a_site_menu_is_not_the_page_tags():
    assert _tags("menu_headed_topics.html") == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # <div class="article__tags"><a>#ferries</a>...: the mark is no part of it
        ("hashtag_pills.html", ("ferries", "winter timetable")),
        # <div class="entry-categories">, below a lone "post-category" eyebrow
        ("categories_block.html", ("Events", "Seed saving")),
    ],
)
def test_tags_shown_as_hashtags_or_as_a_block_of_categories_are_read(name, expected):
    assert _tags(name) == expected


def test_a_hashtag_that_is_a_number_is_no_tag(tmp_path):
    # "#1" ranks or counts; "#MeToo" names a topic
    page = tmp_path / "rally.html"
    page.write_text(
        """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Rally draws thousands</title></head><body><article>
<h1>Rally draws thousands</h1>
<p>Thousands of people marched through the city centre on Saturday to call
for safer streets at night.</p>
<p>Tags: #1, #MeToo, #SaferStreets</p></article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.tags == ("MeToo", "SaferStreets")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Categories:" over a list of the very links the site's top menu
        # holds: the site's sections, in no <nav> or sidebar class
        ("categories_repeating_menu.html", ()),
        # <ul class="categories"> in the page's <header> is its menu; the
        # one in the article's own footer lists the post's categories
        ("categories_in_page_header.html", ("Seed saving", "Members")),
    ],
)
def test_a_categories_block_that_is_the_site_navigation_is_not_the_page_tags(
    name, expected
):
    assert _tags(name) == expected


_FILED_POST = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Clinic opens on Saturdays | Ministry of Island Services</title></head>
<body><article><h1>Clinic opens on Saturdays</h1>
<p class="post-meta">by Tevita Lui | Apr 2, 2025 | {links}</p>
<p>The Kolau clinic will open on Saturday mornings from next month, the
ministry said, so that families who work in the week can see a nurse.</p>
<p>Two nurses from the island hospital will staff it in turns.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # A post filed under categories only: they are its topics.
        (
            '<a href="/category/health/" rel="category tag">Health</a>, '
            '<a href="/category/kolau/" rel="category tag">Kolau</a>',
            ("Health", "Kolau"),
        ),
        # Beside tag links, a category is the site's section, not a topic.
        (
            '<a href="/category/news/" rel="category tag">News</a> '
            '<a href="/tag/clinics/" rel="tag">clinics</a>',
            ("clinics",),
        ),
    ],
)
def test_categories_are_a_posts_tags_only_when_it_has_no_tag_links(
    tmp_path, links, expected
):
    page = tmp_path / "post.html"
    page.write_text(_FILED_POST.format(links=links), encoding="utf-8")
    (document,) = read_file(page)
    assert document.tags == expected


@pytest.mark.parametrize("label", ["Temy", "Tematy", "Témata"])
def test_a_topics_heading_in_a_west_slavic_language_heads_the_tags(tmp_path, label):
    page = tmp_path / "release.html"
    page.write_text(
        f"""<!doctype html><html lang="pl"><head><meta charset="utf-8">
<title>Nowy most na Odrze</title></head><body><main><article>
<h1>Nowy most na Odrze</h1>
<p>Most między dwoma brzegami Odry zostanie otwarty w czerwcu po dwóch latach
budowy.</p>
<div class="release-themes"><h2>{label}</h2><ul><li><a href="/t/1">Mosty</a></li>
<li><a href="/t/2">Transport</a></li></ul></div>
</article></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.tags == ("Mosty", "Transport")


def _post(tmp_path, closing: str):
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Berth plan approved | Harbour Council</title></head>"
        "<body><main><article><h1>Berth plan approved</h1>"
        "<p>The council approved the new berth plan after three months of"
        " consultation with fishing crews and residents of the old quay.</p>"
        "<p>Residents can read the full plan at the library on Dock Street.</p>"
        f"{closing}</article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document


def test_a_sentence_opening_on_tags_is_text_not_tags(tmp_path):
    sentence = (
        "Tags: the plan will be tagged on each berth with a coloured sign,"
        " and the crews chose the colours themselves."
    )
    document = _post(tmp_path, f"<p>{sentence}</p>")
    assert document.tags == ()
    assert sentence in document.body


def test_a_line_of_tags_is_still_read(tmp_path):
    assert _post(tmp_path, "<p>Tags: Berths, Harbour works</p>").tags == (
        "Berths",
        "Harbour works",
    )


def test_the_cms_default_category_is_no_tag(tmp_path):
    meta = (
        '<div class="post-meta">Posted in <a href="/category/news" rel="category tag">'
        'News</a>, <a href="/category/uncategorized" rel="category tag">'
        "Uncategorized</a></div>"
    )
    assert _post(tmp_path, meta).tags == ("News",)


def test_tags_shown_as_chips_that_link_nowhere_are_read(tmp_path):
    chips = (
        '<div class="release-tags"><span class="chip">Berths</span>'
        '<span class="chip"><span>Harbour works</span></span></div>'
    )
    document = _post(tmp_path, chips)
    assert document.tags == ("Berths", "Harbour works")
    assert "Harbour works" not in document.body


def test_a_hashtag_link_of_a_few_words_is_one_tag(tmp_path):
    # the links go nowhere ("#"), so only the "#" marks them as tags
    page = tmp_path / "cwiczenia.html"
    page.write_text(
        """<!doctype html><html lang="pl"><head><meta charset="utf-8">
<title>Saperzy ćwiczyli przeprawę</title></head><body><article>
<h1>Saperzy ćwiczyli przeprawę</h1>
<p>Ponad stu saperów ćwiczyło w ubiegłym tygodniu budowę przeprawy przez
rzekę pod Mławą.</p><p>Ćwiczenie potrwa do piątku.</p>
<div class="tags"><a href="#">#ćwiczenia</a> <a href="#">#wojska lądowe</a>
<a href="#">#saperzy</a></div></article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.tags == ("ćwiczenia", "wojska lądowe", "saperzy")


@pytest.mark.parametrize(
    ("chips", "tags"),
    [
        # separators and counts between chips, a "more" button after them
        (
            '<div class="tag-list"><span class="chip">Ports</span>'
            '<span class="sep">,</span> <span class="chip">Ferries</span>'
            '<span class="count">12</span>'
            '<button class="chip-more"><span>+3 more</span></button></div>',
            ("Ports", "Ferries"),
        ),
        # an icon or a "#" inside each chip
        (
            '<div class="tag-list"><span class="chip"><i class="icon-tag"></i>'
            ' Ports</span> <span class="chip"><span class="hash">#</span>'
            "Ferries</span></div>",
            ("Ports", "Ferries"),
        ),
        # a tooltip sentence beside the chips
        (
            '<div class="topics"><span class="chip">Ports</span> <span>Click a'
            " topic to see more releases like this one</span></div>",
            ("Ports",),
        ),
        # share and print buttons, a header's kind, date and reading time, a
        # tagline, spans inside a sentence
        (
            '<div class="post-tags"><span>Share this release</span>'
            "<span>Print</span><span>Email</span></div>",
            (),
        ),
        (
            '<div class="topic-header"><span>Press release</span> <span>4 March'
            " 2025</span> <span>3 min read</span></div>",
            (),
        ),
        (
            '<div class="tag-line"><span>Connecting Kelmoor since 1910</span></div>',
            (),
        ),
        (
            '<div class="article-topics"><p>This release covers <span>berth'
            " allocation</span> and <span>ferry services</span>.</p></div>",
            (),
        ),
    ],
)
def test_chips_are_read_without_their_furniture(tmp_path, chips, tags):
    assert _post(tmp_path, chips).tags == tags


def test_a_related_releases_chips_are_not_the_pages_tags(tmp_path):
    related = (
        '</article><div class="related"><div class="card"><a href="/r/1">Ferry'
        ' timetable for April</a><div class="tags"><span>Ferries</span>'
        "<span>Timetables</span></div></div></div><article>"
    )
    assert _post(tmp_path, related).tags == ()


@pytest.mark.parametrize(
    ("closing", "tags"),
    [
        # the label written straight into its block, the links in a span
        # beside it, then a link back to the list in the next block
        (
            '<div class="news-tags">Tags: <span><a href="#">Berths</a>,'
            ' <a href="#">Old quay</a></span></div>'
            '<div class="backlink"><a href="#">Back</a></div>',
            ("Berths", "Old quay"),
        ),
        # a definition list naming the page's keywords in Japanese
        (
            '<dl><dt>種類</dt><dd>お知らせ</dd><dt>キーワード</dt><dd><a href="#">'
            '岸壁</a><a href="#">漁港</a></dd><dt>所在地</dt><dd>港町</dd></dl>',
            ("岸壁", "漁港"),
        ),
        # a label in an element of its own is still read with the list after it
        (
            '<div class="post-meta"><span>Tags:</span><ul><li><a href="#">Berths'
            '</a></li><li><a href="#">Ferries</a></li></ul></div>',
            ("Berths", "Ferries"),
        ),
    ],
)
def test_tags_beside_their_label_in_its_own_block_are_read(tmp_path, closing, tags):
    assert _post(tmp_path, closing).tags == tags
