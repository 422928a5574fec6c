"""The publisher of a page: a distributed release's issuer, a copyright owner in any script (#17).

Pages in tests/data/page_sources/ were written for this project.
"""

import pytest

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_sources"


def _read(name: str):
    (document,) = read_file(PAGES / name)
    return document


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # og:site_name is the wire; "News provided by" and "SOURCE Fenmoor Dairy"
        # (the author meta names the issuer too: no byline).
        ("wire_release.html", "Fenmoor Dairy"),
        # og:site_name is the exchange; the facts table's "Company" row.
        ("exchange_facts.html", "Fenmoor Dairy plc"),
        # A "Company" menu link and a chart's "Source:" credit are no issuer.
        ("menu_company_link.html", "Fenmoor Dairy"),
        # No site name; "© 2024 Пекарня «Колос». Все права защищены."
        ("cyrillic_copyright.html", "Пекарня «Колос»"),
    ],
)
def test_the_source_is_the_organisation_whose_release_it_is(name, expected):
    assert _read(name).source == expected


def test_the_issuer_named_by_the_wire_is_not_a_byline():
    assert _read("wire_release.html").byline == ""


def test_a_site_name_that_is_a_host_gives_way_to_the_name_the_title_gives(tmp_path):
    # An archive's capture (og:site_name "archive.example") or a site that
    # names itself by its host: "Headline | Harbour Gazette" names it as
    # people do.
    page = tmp_path / "capture.html"
    page.write_text(
        """<!doctype html><html><head><meta charset="utf-8">
<title>Ferry fares frozen for a year | Harbour Gazette</title>
<meta property="og:site_name" content="archive.example">
</head><body><article><h1>Ferry fares frozen for a year</h1>
<p>The harbour council will keep ferry fares at this year's prices until next
spring, after a vote on Tuesday evening.</p>
<p>Season tickets bought before April stay valid for twelve months.</p>
</article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == "Harbour Gazette"


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("Press Release:Press Information Bureau", "Press Information Bureau"),
        ("Communiqué : Préfecture du Var", "Préfecture du Var"),
        # a headline with a colon is no section's label
        ("Budget 2025: what changes for renters", ""),
    ],
)
def test_a_title_labelled_by_a_section_names_the_site_after_it(tmp_path, title, source):
    page = tmp_path / "release.html"
    page.write_text(
        f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
</head><body><article><h1>Ferry fares frozen for a year</h1>
<p>The harbour council will keep ferry fares at this year's prices until next
spring, after a vote on Tuesday evening.</p>
<p>Season tickets bought before April stay valid for twelve months.</p>
</article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == source


def test_the_software_a_wiki_runs_on_is_not_its_publisher():
    # The title ends "- Pagewright Wiki", which the generator meta and the
    # "Powered by" line name as the software: the host stands instead.
    assert _read("wiki_software_title.html").source == (
        "readers-alliance.pagewright.example"
    )


def test_a_publisher_meta_holding_a_url_is_no_name_and_the_site_name_is():
    # article:publisher is the site's Facebook page, as Facebook asks for it.
    assert _read("publisher_url_meta.html").source == "Coastline Courier"


_ADDRESS_NAMED = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Library opens on Sundays</title>{head}</head><body><article>
<h1>Library opens on Sundays</h1>
<p>The central library will open on Sundays from April, the council said on
Tuesday after a vote.</p>
<p>The library will be open from noon until five, with the children's room
staffed by volunteers.</p></article>{footer}</body></html>"""
_SITE_ADDRESS = '<meta property="og:site_name" content="https://www.Example.org/">'


@pytest.mark.parametrize(
    ("head", "footer", "source"),
    [
        # the organisation the page names elsewhere, its copyright line
        (
            _SITE_ADDRESS,
            "<footer><p>© 2024 Harbour Town Council. All rights reserved.</p></footer>",
            "Harbour Town Council",
        ),
        # no other name: the host, folded as every host is
        (_SITE_ADDRESS, "", "example.org"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "publisher": {"@type": "Organization", "name": "https://www.example.org"}}'
            "</script>",
            "",
            "example.org",
        ),
    ],
)
def test_a_site_named_by_its_address_is_shown_as_its_organisation_or_host(
    tmp_path, head, footer, source
):
    page = tmp_path / "library.html"
    page.write_text(_ADDRESS_NAMED.format(head=head, footer=footer), encoding="utf-8")
    (document,) = read_file(page)
    assert document.source == source


@pytest.mark.parametrize("css_class", ["publisher-name", "newsroom-name"])
def test_a_release_platform_names_the_publisher_its_newsroom_heads(tmp_path, css_class):
    # A platform hosting many organisations' releases is og:site_name; the
    # newsroom's head over the release names whose release it is.
    page = tmp_path / "platform.html"
    page.write_text(
        f"""<!doctype html><html><head><meta charset="utf-8">
<title>Harbour ferry gets a second electric boat | Releasehub</title>
<meta property="og:site_name" content="Releasehub">
</head><body><header><a href="/" class="logo">Releasehub</a></header>
<main><div class="newsroom-head"><a href="#" class="{css_class}">Kelmoor Ferries</a>
<button class="follow">Follow</button></div>
<article><h1>Harbour ferry gets a second electric boat</h1>
<p>Kelmoor Ferries will put a second electric boat on the harbour crossing in
March, doubling the number of sailings at peak hours.</p>
<p>The boat is being built at the yard in Brekk and charges in twelve minutes.</p>
</article></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == "Kelmoor Ferries"


@pytest.mark.parametrize(
    "label", ["Utsteder", "Udsteder", "Liikkeeseenlaskija", "Emitent", "Kibocsátó"]
)
def test_an_exchanges_issuer_row_in_its_own_language_names_the_source(tmp_path, label):
    page = tmp_path / "melding.html"
    page.write_text(
        "<html><head><title>Meldinger</title></head><body><header><a href='/'>"
        "Nordby Børs</a></header><main><table class='message-meta'>"
        f"<tr><th>{label}</th><td>Fjordlaks ASA</td></tr>"
        "<tr><th>Marked</th><td>XNBY</td></tr></table>"
        "<h1>Fjordlaks ASA: Resultat for tredje kvartal</h1><div class='body'>"
        "<p>Fjordlaks ASA fikk et driftsresultat på 212 millioner kroner i"
        " tredje kvartal.</p><p>Styret foreslår et utbytte på 1,50 kroner per"
        " aksje.</p></div></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == "Fjordlaks ASA"


@pytest.mark.parametrize(
    ("site_name", "logo", "source"),
    [
        # "the official site of" the office the logo names, in its own case
        (
            "Официальный сайт Главы Заречного края",
            "Глава Заречного края",
            "Глава Заречного края",
        ),
        (
            "Official Website of the Town of Marbury",
            "Town of Marbury",
            "Town of Marbury",
        ),
        # a site's name with more to it than "official site" stays
        ("Marbury Gazette", "Marbury", "Marbury Gazette"),
        (
            "Town of Marbury Gazette Portal",
            "Town of Marbury",
            "Town of Marbury Gazette Portal",
        ),
        # no logo naming its owner: the site's name stays
        (
            "Official Website of the Town of Marbury",
            "Home",
            "Official Website of the Town of Marbury",
        ),
    ],
)
def test_the_official_site_of_an_organisation_is_that_organisations(
    tmp_path, site_name, logo, source
):
    page = tmp_path / "novost.html"
    page.write_text(
        "<html><head><title>Ferry fares frozen for a year</title>"
        f'<meta property="og:site_name" content="{site_name}"></head><body>'
        f"<header><a href='/' class='logo'>{logo}</a></header><main>"
        "<h1>Ferry fares frozen for a year</h1><p>The harbour council will keep"
        " ferry fares at this year's prices until next spring.</p><p>Season"
        " tickets bought before April stay valid for twelve months.</p></main>"
        "</body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == source


_PLATFORM_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Board adopts berth plan | PressHub</title>
<meta property="og:site_name" content="PressHub"></head><body><main>{before}
<article><h1>Board adopts berth plan</h1><time datetime="2025-03-04">March 4, 2025</time>
{head}<p>The board voted on Tuesday to adopt the new berth plan.</p>
<p>The plan gives twelve berths to container ships and four to ferries from June.</p>
</article>{after}</main></body></html>"""


@pytest.mark.parametrize(
    ("before", "head", "after", "source"),
    [
        # A card of related releases after the article, or before it.
        (
            "",
            "",
            '<div class="related"><h2>More releases</h2><div class="card"><a href="/r/1">'
            'Ferry timetable for April</a> <span class="publisher-name">Kelmoor Ferries'
            "</span></div></div>",
            "PressHub",
        ),
        (
            '<div class="trending"><div class="card"><a href="/r/9">Ferry timetable</a> '
            '<span class="publisher-name">Kelmoor Ferries</span></div></div>',
            "",
            "",
            "PressHub",
        ),
        # A featured newsroom in a sidebar, a site's bottom block, a comment.
        (
            "",
            "",
            '<div class="sidebar-box"><p>Featured newsroom</p>'
            '<div class="newsroom-name">Kelmoor Ferries</div></div>',
            "PressHub",
        ),
        (
            "",
            "",
            '<section class="site-bottom"><div class="publisher-name">PressHub Media Group'
            "</div></section>",
            "PressHub",
        ),
        (
            "",
            "",
            '<div class="comments"><div class="comment"><span class="publisher-name">'
            "Anonymous Reader</span><p>Great news for the port!</p></div></div>",
            "PressHub",
        ),
        # The release's own head names its publisher, in the platform's words.
        (
            "",
            '<div class="publisher-name">Published by Harbour Board</div>',
            "",
            "Harbour Board",
        ),
        (
            "",
            '<div class="newsroom-name">Issued by: Harbour Board</div>',
            "",
            "Harbour Board",
        ),
    ],
)
def test_a_platform_names_the_release_publisher_only_in_the_release_own_head(
    tmp_path, before, head, after, source
):
    page = tmp_path / "platform.html"
    page.write_text(
        _PLATFORM_PAGE.format(before=before, head=head, after=after), encoding="utf-8"
    )
    (document,) = read_file(page)
    assert document.source == source


_TITLED_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour Tech wins port crane contract | {titled}</title>
<meta property="og:site_name" content="{site}">{head}</head><body>
<header><a href="/" class="logo">{site}</a>{brand}</header>
<main><article><h1>Harbour Tech wins port crane contract</h1>{picture}
<p>Harbour Tech has signed a contract to automate six cranes at the port of
Kelmoor, worth about EUR 8 million.</p>
<p>Deliveries start next spring and end in 2028.</p></article></main>
<footer><p>{site} is a release service.</p></footer></body></html>"""


def _json_ld(publisher: str, author: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher":'
        f' {{"@type": "Organization", "name": "{publisher}"}}, "author":'
        f' {{"@type": "Organization", "name": "{author}"}}}}</script>'
    )


@pytest.mark.parametrize(
    ("titled", "site", "head", "brand", "source"),
    [
        # A release platform's page: the platform is the site, the title's
        # site part the issuer, named again as the JSON-LD author ...
        (
            "Harbour Tech Oy",
            "PressHub",
            _json_ld("PressHub", "Harbour Tech Oy"),
            "",
            "Harbour Tech Oy",
        ),
        # ... or by the brand box over the headline
        (
            "Harbour Tech Oy",
            "PressHub",
            "",
            '<div class="brand"><img src="/b.png" alt="Harbour Tech Oy"></div>',
            "Harbour Tech Oy",
        ),
        # a news site's own staff as the author: its title names the site
        (
            "Harbour Gazette",
            "Harbour Gazette",
            _json_ld("Harbour Gazette", "Harbour Gazette Staff"),
            "",
            "Harbour Gazette",
        ),
        # the title's last part named nowhere else on the page
        ("Harbour Tech Oy", "PressHub", "", "", "PressHub"),
        # the site's own newsroom, a home link's word: no other organisation
        (
            "Harbour Tech Newsroom",
            "Harbour Tech Oy",
            "",
            '<img src="/n.png" alt="Harbour Tech Newsroom">',
            "Harbour Tech Oy",
        ),
        ("Home", "PressHub", "", '<a href="/">Home</a>', "PressHub"),
        # the declared site by its initials ("| HPA" of "Harbour Ports Authority")
        (
            "HPA",
            "Harbour Ports Authority",
            "",
            '<img src="/l.png" alt="HPA logo">',
            "Harbour Ports Authority",
        ),
        # ... or by an abbreviation of it, its joiners' initials counted
        (
            "MOFA",
            "Ministry of Foreign Affairs of Harland",
            "",
            '<img src="/l.png" alt="MOFA">',
            "Ministry of Foreign Affairs of Harland",
        ),
        # a government's network bar over a ministry's site: its link to
        # another host's root is no home link of this site ...
        (
            "Government of Harland",
            "Ports Office",
            '<meta property="og:url" content="https://ports.harland.example/n/1">',
            '<a href="https://www.harland.example/"><img src="/c.svg"'
            ' alt="Government of Harland"> Government of Harland</a>',
            "Ports Office",
        ),
        # ... while a link to the page's own host's root is
        (
            "Harbour Tech Oy",
            "PressHub",
            '<meta property="og:url" content="https://presshub.example/n/1">',
            '<a href="https://www.presshub.example/">Harbour Tech Oy</a>',
            "Harbour Tech Oy",
        ),
        # a blog titled by its section, which its menu links to
        ("Blog", "Harbour Tech Oy", "", '<a href="/">Blog</a>', "Harbour Tech Oy"),
        # a column titled by its writer, the JSON-LD author, pictured over
        # the headline: a person, not the site
        (
            "Jane Roe",
            "Harbour Gazette",
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "author": {"@type": "Person", "name": "Jane Roe"}}</script>',
            '<img class="columnist" src="/jane.jpg" alt="Jane Roe">',
            "Harbour Gazette",
        ),
        # a department's page on a portal: titled by the portal, which is
        # its og:site_name, its publisher the department
        (
            "GOV.HARLAND",
            "GOV.HARLAND",
            '<meta name="portal:primary-publishing-organisation" content="Ports Office">',
            "",
            "Ports Office",
        ),
    ],
)
def test_a_page_titled_by_another_organisation_than_its_site_is_that_ones(
    tmp_path, titled, site, head, brand, source
):
    page = tmp_path / "release.html"
    page.write_text(
        _TITLED_PAGE.format(
            titled=titled, site=site, head=head, brand=brand, picture=""
        ),
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == source


def test_the_issuer_a_platform_declares_as_author_is_no_byline(tmp_path):
    page = tmp_path / "release.html"
    head = _json_ld("PressHub", "Harbour Tech Oy")
    page.write_text(
        _TITLED_PAGE.format(
            titled="Harbour Tech Oy", site="PressHub", head=head, brand="", picture=""
        ),
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (document.source, document.byline) == ("Harbour Tech Oy", "")


def test_a_picture_in_the_release_does_not_name_the_site_its_title_ends_with(tmp_path):
    # A column titled by its writer, whose photo is in the article: the
    # news site stays the source.
    page = tmp_path / "column.html"
    page.write_text(
        _TITLED_PAGE.format(
            titled="Jane Roe",
            site="Harbour Gazette",
            head="",
            brand="",
            picture='<img src="/jane.jpg" alt="Jane Roe">',
        ),
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == "Harbour Gazette"


@pytest.mark.parametrize(
    ("site", "logo", "source"),
    [
        # a unit and its parent, composed as a title writes them
        (
            "Cabinet Secretariat | Government of Harland",
            "Harland",
            "Cabinet Secretariat, Government of Harland",
        ),
        # the home link names the office the title ends with
        (
            "Cabinet Secretariat | Government of Harland",
            "Prime Minister's Office",
            "Prime Minister's Office",
        ),
        # one name in two languages, or two peers sharing a word: no unit
        # and its parent, the first is the site's
        ("Bank of Harland | Banque de Harland", "Harland", "Bank of Harland"),
        (
            "Ministry of Finance | Ministère des Finances",
            "Harland",
            "Ministry of Finance",
        ),
        (
            "Harland Council | Council of the Harland Union",
            "Harland",
            "Harland Council",
        ),
        # a name and a section, or a dash that may be a name's own: as written
        ("Harland Ferries | Press Room", "Harland", "Harland Ferries | Press Room"),
        (
            "Cabinet Secretariat - Government of Harland",
            "Harland",
            "Cabinet Secretariat - Government of Harland",
        ),
    ],
)
def test_a_site_name_composed_of_a_unit_and_its_parent_reads_as_people_write_it(
    tmp_path, site, logo, source
):
    page = tmp_path / "release.html"
    page.write_text(
        f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Cabinet approves the ferry budget &#8211; Prime Minister&#039;s Office</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a class="logo" href="/">{logo}</a></header><main><article>
<h1>Cabinet approves the ferry budget</h1><p>The cabinet approved the budget
for two new ferries at its weekly meeting on Tuesday.</p>
<p>The ferries will enter service in 2028.</p></article></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.source == source


_NO_SITE_NAME = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>March 3, 2025 Press Release</title>
<meta property="og:url" content="https://www.harbour-county.example/news/2025/ferry.asp">
</head><body><div id="header"><a href="/default.asp"><img src="/l.png" alt="HCA Logo"></a>
</div><div id="content"><h1>Ferry fares frozen for a year</h1>
<p>The county will keep ferry fares at this year's prices until next spring.</p>
<p>{text}</p></div><div id="footer"><p>{line}</p>
<p>12 Quay Street, Harbour Town</p></div></body></html>"""


@pytest.mark.parametrize(
    ("line", "text", "source"),
    [
        # the site's statement of whose official site it is
        (
            "The Official Website of Office of the Harbour County Attorney",
            "Season tickets stay valid.",
            "Office of the Harbour County Attorney",
        ),
        (
            "Site officiel de la Ville de Port-Marbre",
            "Season tickets stay valid.",
            "Ville de Port-Marbre",
        ),
        # a link saying so names the site it links to, not this one
        (
            '<a href="https://www.harland-space.example/">Official website of'
            " the Harland Space Agency</a>",
            "Season tickets stay valid.",
            "harbour-county.example",
        ),
        # one of a government's many sites: no owner of this one
        (
            "An official website of the State of Harland",
            "Season tickets stay valid.",
            "harbour-county.example",
        ),
        # no organisation's name, or a phrase of the release's text
        (
            "The official website of Harland Ferries",
            "Season tickets stay valid.",
            "harbour-county.example",
        ),
        (
            "",
            "The official website of the Harbour Festival opens on Monday.",
            "harbour-county.example",
        ),
    ],
)
def test_a_line_naming_whose_official_site_it_is_names_the_source(
    tmp_path, line, text, source
):
    page = tmp_path / "ferry.html"
    page.write_text(_NO_SITE_NAME.format(line=line, text=text), encoding="utf-8")
    (document,) = read_file(page)
    assert document.source == source


def test_a_statewide_bar_ranks_after_the_sites_own_home_logo(tmp_path):
    # "The Official Website of the State of X" over a department's site,
    # whose logo links to its own home page: the department's.
    page = tmp_path / "ferry.html"
    text = _NO_SITE_NAME.format(
        line="The Official Website of the State of Harland",
        text="Season tickets stay valid.",
    ).replace(
        '<a href="/default.asp"><img src="/l.png" alt="HCA Logo">',
        '<a href="/"><img src="/l.png" alt="Harbour County Ferries Department">',
    )
    page.write_text(text, encoding="utf-8")
    (document,) = read_file(page)
    assert document.source == "Harbour County Ferries Department"
