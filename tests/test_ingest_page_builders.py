"""Pages from page builders and app frameworks read whole, and only the story (#17).

Each page is written here for the project, small, in the shape such sites use:
a corporate newsroom whose text is split over components (AEM, Elementor), an
infinite-scroll page with the next article below, a release closed by its
media contact block.
"""

import pytest

from searchidx import read_file

FIRST = "The company opened its first plant in Ohio on Thursday, after two years of building."
SECOND = (
    "The plant will make pumps for heat pump systems, a market that has grown fast."
)
THIRD = (
    "It will employ 350 people when it reaches full output, most of them hired locally."
)
LAST = "Until now the company shipped all of its pumps from its factories in Europe."


def _read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (document,) = read_file(path)
    return document


def _component(*paragraphs: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="text"><div class="cmp-text">{inner}</div></div>'


def _newsroom(main: str, after: str = "") -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Pump maker opens plant in Ohio</title></head><body>
<div class="root"><div class="cmp-container">
<div class="navigation"><ul><li><a href="/">Products</a></li><li><a href="/">Careers</a></li></ul></div>
<div class="title"><h1>Pump maker opens plant in Ohio</h1></div>
{main}
</div></div>{after}</body></html>"""


def test_text_split_over_builder_components_is_read_whole(tmp_path):
    picture = '<div class="image"><img src="plant.jpg" alt=""></div>'
    html = _newsroom(
        _component(FIRST, SECOND)
        + picture
        + _component(THIRD, LAST, "Media contact")
        + _component("Jane Roe, Communications, press@example.com")
    )
    doc = _read(tmp_path, html)
    assert doc.body.split("\n\n") == [FIRST, SECOND, THIRD, LAST]


def test_one_paragraph_per_widget_is_read_whole(tmp_path):
    widgets = "".join(
        f'<div class="elementor-widget-text-editor"><div class="elementor-widget-container"><p>{p}</p></div></div>'
        for p in (FIRST, SECOND, THIRD, LAST)
    )
    doc = _read(tmp_path, _newsroom(f'<div class="elementor-post">{widgets}</div>'))
    assert doc.body.split("\n\n") == [FIRST, SECOND, THIRD, LAST]


def test_next_article_appended_below_is_not_read_with_the_story(tmp_path):
    story = _component(FIRST, SECOND) + _component(THIRD, LAST)
    upcoming = _component(
        "The ferry company will run four crossings a day instead of six, it said on Monday, blaming fuel costs.",
        "Islanders said the cut would make hospital visits on the mainland harder, and asked for a review.",
    )
    html = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Pump maker opens plant in Ohio</title></head><body><div id="infinite">
<div class="story"><h1>Pump maker opens plant in Ohio</h1>{story}</div>
<div class="story"><h1>Ferry timetable cut for the winter</h1>{upcoming}</div>
</div></body></html>"""
    doc = _read(tmp_path, html)
    assert doc.body.split("\n\n") == [FIRST, SECOND, THIRD, LAST]


@pytest.mark.parametrize(
    "heading", ["Media contact", "Press Contacts:", "Pressekontakt", "Contact presse"]
)
def test_contact_block_heading_ends_the_release(tmp_path, heading):
    html = _newsroom(
        _component(FIRST, SECOND, THIRD, LAST).replace(
            "</div></div>",
            f"<h3>{heading}</h3><p>Jane Roe, Communications, press@example.com, +41 41 555 01 20</p></div></div>",
        )
    )
    assert _read(tmp_path, html).body.endswith(LAST)


def test_contact_line_opening_a_release_does_not_end_it(tmp_path):
    html = _newsroom(_component("Media Contact: Jane Roe", FIRST, SECOND, THIRD, LAST))
    assert _read(tmp_path, html).body.endswith(LAST)


def _next_page(state: dict, rendered: str = "<p>Loading…</p>") -> str:
    import json

    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Pump maker opens plant in Ohio | Halvorsen</title>
<meta property="og:site_name" content="Halvorsen"></head><body>
<div id="__next"><header><a href="/">Halvorsen</a></header><main>{rendered}</main>
<footer>© 2024 Halvorsen</footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>
</body></html>"""


STATE = {
    "props": {
        "pageProps": {
            "article": {
                "title": "Pump maker opens plant in Ohio",
                "summary": "A new plant for heat pump circulators, with 350 jobs in Dayton.",
                "publishedAt": "2024-01-23T08:00:00.000Z",
                "author": {"name": "Sanne de Wit"},
                "body": [
                    {"type": "paragraph", "text": FIRST},
                    {"type": "paragraph", "html": f"<p>{SECOND}</p><p>{THIRD}</p>"},
                    {
                        "type": "image",
                        "caption": "The new plant, seen from the river bank at dusk.",
                    },
                    {"type": "paragraph", "text": LAST},
                ],
            },
            "related": [
                {
                    "title": "Halvorsen reports record orders",
                    "excerpt": "Orders rose by a fifth in the last year, the company said.",
                }
            ],
        }
    }
}


def test_page_rendered_in_the_browser_is_read_from_its_app_state(tmp_path):
    doc = _read(tmp_path, _next_page(STATE))
    assert doc.body.split("\n\n") == [FIRST, SECOND, THIRD, LAST]
    assert (doc.title, doc.date.isoformat(), doc.byline, doc.source) == (
        "Pump maker opens plant in Ohio",
        "2024-01-23",
        "Sanne de Wit",
        "Halvorsen",
    )


def test_page_rendered_on_the_server_is_read_from_its_markup(tmp_path):
    rendered = (
        "<article><h1>Pump maker opens plant in Ohio</h1>"
        + "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD))
        + "</article>"
    )
    doc = _read(tmp_path, _next_page(STATE, rendered))
    assert doc.body.split("\n\n") == [FIRST, SECOND, THIRD]


def test_app_state_without_the_headline_is_not_taken_for_the_story(tmp_path):
    from searchidx.errors import EmptyDocumentError

    other = {
        "props": {
            "pageProps": {
                "article": {
                    **STATE["props"]["pageProps"]["article"],
                    "title": "Ferry timetable cut",
                }
            }
        }
    }
    with pytest.raises(EmptyDocumentError):
        _read(tmp_path, _next_page(other))


def _plain_page(title: str, chrome: str = "", footer: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD, LAST))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
</head><body><header>{chrome}<nav><a href="/news">News</a></nav></header>
<main><h1>Pump maker opens plant in Ohio</h1>{story}</main>
<footer>{footer}</footer></body></html>"""


@pytest.mark.parametrize(
    ("title", "chrome", "footer", "source"),
    [
        (
            "Old Town Gazette: Pump maker opens plant in Ohio",
            "",
            "",
            "Old Town Gazette",
        ),
        (
            "Pump maker opens plant in Ohio | Ministère des Armées",
            "",
            "",
            "Ministère des Armées",
        ),
        (
            "Press releases",
            '<a href="/"><img src="s.png" alt="Harlan County Seal"></a>',
            "",
            "Harlan County",
        ),
        (
            "Press releases",
            '<a href="/en/"><img src="l.svg" alt="Logo Stadt Lindenfeld"></a>',
            "",
            "Stadt Lindenfeld",
        ),
        (
            "Press releases",
            "",
            "<p>Copyright © 2024 Friends of Eastgate Library, All rights reserved.</p>",
            "Friends of Eastgate Library",
        ),
        (
            "Press releases",
            "",
            "<p>&copy; 2023 Routewise, Inc. All rights reserved.</p>",
            "Routewise",
        ),
        (
            "Press releases",
            "",
            "<!-- FILE ARCHIVED ON 2021. COPYRIGHT INTERNET ARCHIVE. -->",
            "",
        ),
    ],
)
def test_publisher_named_only_by_the_pages_chrome_is_the_source(
    tmp_path, title, chrome, footer, source
):
    assert _read(tmp_path, _plain_page(title, chrome, footer)).source == source


DECK = "A new plant for heat pump circulators, with 350 jobs in Dayton."


def _described_page(body: str) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Pump maker opens plant in Ohio</title><meta name="description" content="{DECK}">
</head><body><article><div id="content"><h1>Pump maker opens plant in Ohio</h1>
<div class="documentByLine">by Claire Dawson</div>{body}</div></article></body></html>"""


def test_standfirst_repeating_the_description_apart_from_the_text_is_dropped(tmp_path):
    body = (
        f'<div class="documentDescription">{DECK}</div><div id="content-core">'
        + "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD, LAST))
        + "</div>"
    )
    assert _read(tmp_path, _described_page(body)).body.startswith(FIRST)


def test_lead_copied_into_the_description_is_kept(tmp_path):
    body = (
        "<div>" + "".join(f"<p>{p}</p>" for p in (DECK, FIRST, SECOND, LAST)) + "</div>"
    )
    assert _read(tmp_path, _described_page(body)).body.startswith(DECK)


def test_lead_copied_into_the_description_is_kept_when_each_paragraph_has_its_own_wrapper(
    tmp_path,
):
    # Some editors (a social platform's articles) wrap every paragraph in a
    # <section> of its own, dressed alike: the lead is no standfirst.
    def wrapped(text: str) -> str:
        return (
            '<section style="margin-bottom:16px"><p style="text-indent:2em">'
            f'<span style="font-size:15px">{text}</span></p></section>'
        )

    body = '<div id="js_content">' + "".join(
        wrapped(p) for p in (DECK, FIRST, SECOND, LAST)
    )
    assert _read(tmp_path, _described_page(body + "</div>")).body.startswith(DECK)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Skrevet af Mette Holm", "Mette Holm"),
        ("Text: Jana Nováková", "Jana Nováková"),
        ("Av Anna Berg", "Anna Berg"),
        ("Marcus Lee, Office of Strategic Communications", "Marcus Lee"),
        ("Dana Whitcomb, University Communications", "Dana Whitcomb"),
        ("Ana Ruiz, Lena Park", "Ana Ruiz, Lena Park"),
        # a post's age after the name, as help centres and forums show it
        ("Harbourline Customer Care 1 year ago", "Harbourline Customer Care"),
        ("Ana Ruiz · 3 hours ago", "Ana Ruiz"),
        ("Jo Bloggs, an hour ago", "Jo Bloggs"),
        ("Year Ago Farms", "Year Ago Farms"),
    ],
)
def test_byline_in_other_languages_and_with_an_office_gives_the_name(byline, name):
    from searchidx.ingest.byline_text import clean_byline

    assert clean_byline(byline) == name


def test_opening_sentence_on_text_is_not_a_byline(tmp_path):
    html = _newsroom(
        _component("Text messages will warn residents.", FIRST, SECOND, LAST)
    )
    doc = _read(tmp_path, html)
    assert (doc.byline, doc.body.split("\n\n")[0]) == (
        "",
        "Text messages will warn residents.",
    )


def test_table_of_figures_is_read_a_row_per_line_with_its_headings(tmp_path):
    table = (
        "<table><thead><tr><th>River</th><th>Sites tested</th></tr></thead>"
        "<tbody><tr><td>Wye</td><td>48</td></tr><tr><td>Usk</td><td>30</td></tr></tbody></table>"
    )
    doc = _read(
        tmp_path, _newsroom(_component(FIRST, SECOND) + table + _component(THIRD, LAST))
    )
    assert doc.body.split("\n\n") == [
        FIRST,
        SECOND,
        "River Sites tested",
        "Wye 48",
        "Usk 30",
        THIRD,
        LAST,
    ]


def test_layout_table_is_read_cell_by_cell(tmp_path):
    layout = f"<table><tr><td><a href='/a'>Home</a></td><td>{FIRST} {SECOND} {THIRD}</td></tr></table>"
    doc = _read(tmp_path, _newsroom(layout))
    assert doc.body == f"{FIRST} {SECOND} {THIRD}"


@pytest.mark.parametrize(
    ("title", "chrome", "source"),
    [
        (
            "News Flash • City of Brookhaven • CivicEngage",
            '<a href="/"><img src="l.png" alt="City of Brookhaven Logo"></a>',
            "City of Brookhaven",
        ),
        (
            "Press corner | European Commission",
            '<a href="/">European Commission</a>',
            "European Commission",
        ),
        (
            "Village of Pine Ridge - News Release",
            '<img src="banner.jpg" alt="Village of Pine Ridge">',
            "Village of Pine Ridge",
        ),
    ],
)
def test_part_of_the_title_the_chrome_also_names_is_the_source(
    tmp_path, title, chrome, source
):
    assert _read(tmp_path, _plain_page(title, chrome)).source == source


def test_publishing_organisation_outranks_the_shared_sites_name(tmp_path):
    html = _plain_page("Pump maker opens plant in Ohio - GOV.UK").replace(
        "</title>",
        '</title><meta property="og:site_name" content="GOV.UK">'
        '<meta name="govuk:primary-publishing-organisation" content="Department for Business">',
    )
    assert _read(tmp_path, html).source == "Department for Business"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("<p><i>by Margaret Hale, Secretary</i></p>", "Margaret Hale"),
        (
            '<p class="date-publication">Le 22 décembre 2023 à 18h12 - Par Julien Marchand</p>',
            "Julien Marchand",
        ),
        ("<div>March 5, 2024 | By Jane Roe</div>", "Jane Roe"),
    ],
)
def test_byline_line_under_the_headline_gives_the_name_not_the_lead(
    tmp_path, line, name
):
    story = "".join(f"<p>{p}</p>" for p in (FIRST, SECOND, THIRD, LAST))
    html = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Pump maker opens plant in Ohio</title></head><body><main>
<h1>Pump maker opens plant in Ohio</h1>{line}<div class="content">{story}</div>
</main></body></html>"""
    doc = _read(tmp_path, html)
    assert (doc.byline, doc.body.split("\n\n")[0]) == (name, FIRST)


@pytest.mark.parametrize(
    ("chrome", "tags"),
    [
        (
            '<div class="story__tags"><a href="/tag/transit">Transit</a> <a href="/tag/labor">Labor</a></div>',
            ("Transit", "Labor"),
        ),
        (
            '<ul class="post-tags"><li><a href="/tags/history/">history</a></li><li><a href="/tags/trams/">trams</a></li></ul>',
            ("history", "trams"),
        ),
        (
            '<span class="blog-tags">Tags: Press Release, Summer</span>',
            ("Press Release", "Summer"),
        ),
        (
            '<div class="tagcloud">'
            + "".join(f'<a href="/tag/t{n}">t{n}</a>' for n in range(3))
            + "</div>",
            (),
        ),
    ],
)
def test_tags_linked_to_tag_pages_or_listed_inline_are_the_tags(tmp_path, chrome, tags):
    html = _plain_page("Pump maker opens plant in Ohio").replace(
        "</main>", chrome + "</main>"
    )
    assert _read(tmp_path, html).tags == tags


def test_a_header_block_classed_as_its_byline_lends_no_headline_as_author(tmp_path):
    # Concrete CMS's "page title byline" block holds the headline and a
    # labelled date: neither is a name.
    document = _read(
        tmp_path,
        '<html lang="en"><body><main><div class="ccm-block-page-title-byline">'
        '<h1 class="page-title">Plant opens in Ohio</h1>'
        '<span class="page-date">Posted: 21/03/2024</span></div>'
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{LAST}</p></main></body></html>",
    )
    assert document.title == "Plant opens in Ohio"
    assert document.byline == ""


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        # the author's name without "By", told by its link to the author's page
        (
            '<div class="meta"><a href="/author/dana-whitcomb/">Dana Whitcomb</a>'
            '</div><span class="page-date">Posted: 21/03/2024</span>',
            "Dana Whitcomb",
        ),
        # a sentence linking the authors' pages is no name
        (
            '<p><a href="/authors/">See all our writers.</a></p>'
            '<a href="/author/newsroom/">Meet our writers.</a>',
            "",
        ),
    ],
)
def test_a_header_block_classed_as_its_byline_lends_its_author_link(
    tmp_path, meta, byline
):
    document = _read(
        tmp_path,
        '<html lang="en"><body><main><div class="ccm-block-page-title-byline">'
        f'<h1 class="page-title">Plant opens in Ohio</h1>{meta}</div>'
        f"<p>{FIRST}</p><p>{SECOND}</p><p>{LAST}</p></main></body></html>",
    )
    assert (document.title, document.byline) == ("Plant opens in Ohio", byline)
