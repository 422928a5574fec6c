"""The issuing organisation as a release's source, in the conventions of
wires, disclosure services and the sites of units of a larger body (#17).

Every page here was written for this project.
"""

import pytest

from searchidx import read_file


def _source(tmp_path, page: str) -> str:
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document.source


_WIRE_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Kelby Copper Starts Drilling at Rowan Hill</title>
<meta property="og:site_name" content="{site}"></head><body>
<nav><a href="/">{site}</a></nav><main><h1>Kelby Copper Starts Drilling at Rowan Hill</h1>
<p>Halifax, Nova Scotia--({tag}) - Kelby Copper Ltd. (TSXV: KCL) is pleased to
announce that drilling has started at its Rowan Hill project.</p>
<p>The first program will test four targets over 2,000 metres of core.</p>
<p><b>About Kelby Copper Ltd.</b></p>
<p>Kelby Copper Ltd. explores for copper in Atlantic Canada.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("site", "tag", "source"),
    [
        # the wire writes the day inside its tag, after its own legal name
        # (the About heading names it with its company form)
        ("Fieldwire", "Fieldwire Corp. - March 3, 2026", "Kelby Copper Ltd."),
        ("Fieldwire Corp.", "Fieldwire Corp. - March 3, 2026", "Kelby Copper Ltd."),
        # a tag naming another company, or no date after the dash: no wire's tag
        ("Fieldwire", "Rowan Mining Corp. - March 3, 2026", "Fieldwire"),
        ("Fieldwire", "Fieldwire Corp. - Halifax", "Fieldwire"),
    ],
)
def test_a_wire_tag_holding_the_day_still_names_the_wire(tmp_path, site, tag, source):
    assert _source(tmp_path, _WIRE_PAGE.format(site=site, tag=tag)) == source


_FACTS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Quartalsmitteilung</title>
<meta property="og:site_name" content="Meldedienst"></head><body>
<header><a href="/">Meldedienst</a></header><main>
<h1>Brandt Pumpen AG steigert den Umsatz im dritten Quartal</h1>
<div class="body"><p>Die Brandt Pumpen AG hat im dritten Quartal 2026 den Umsatz
um acht Prozent auf 91 Millionen Euro gesteigert.</p>
<p>Der Vorstand bestätigt die Prognose für das Gesamtjahr.</p></div>
<table><tr><td>Sprache:</td><td>Deutsch</td></tr>
<tr><td>{label}</td><td>Brandt Pumpen AG</td></tr>{row}</table>
</main></body></html>"""


@pytest.mark.parametrize(
    ("label", "row", "source"),
    [
        (
            "Unternehmen:",
            "<tr><td>ISIN:</td><td>DE000BRP1234</td></tr>",
            "Brandt Pumpen AG",
        ),
        (
            "Empresa:",
            "<tr><td>ISIN:</td><td>ES0000BRP123</td></tr>",
            "Brandt Pumpen AG",
        ),
        # "Unternehmen" in a table that lists no security: any other fact
        ("Unternehmen:", "<tr><td>Ort:</td><td>Kassel</td></tr>", "Meldedienst"),
    ],
)
def test_a_disclosure_services_company_row_names_the_issuer(
    tmp_path, label, row, source
):
    assert _source(tmp_path, _FACTS_PAGE.format(label=label, row=row)) == source


_UNIT_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="{site}"></head><body>
<main><h1>Engineers Open a Bridge at Kora</h1>
<p>Army engineers have opened a 40-metre bridge over the river at Kora, two
weeks after floods cut the road.</p>
<p>The bridge carries lorries of up to 40 tonnes.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("title", "site", "source"),
    [
        # the title ends with one of the two names the site gives itself
        (
            "Engineers Open a Bridge at Kora | Harland Defence Forces",
            "Ministry of Defence - Harland Defence Forces",
            "Harland Defence Forces",
        ),
        (
            "Engineers Open a Bridge at Kora | Ministry of Defence",
            "Ministry of Defence - Harland Defence Forces",
            "Ministry of Defence",
        ),
        # the title ends with the whole name, or with another: the name stays
        (
            "Engineers Open a Bridge at Kora - Ministry of Defence - Harland Defence Forces",
            "Ministry of Defence - Harland Defence Forces",
            "Ministry of Defence - Harland Defence Forces",
        ),
        (
            "Engineers Open a Bridge at Kora | Army News",
            "Ministry of Defence - Harland Defence Forces",
            "Ministry of Defence - Harland Defence Forces",
        ),
        # a part of one word, or a section's name, is no unit
        (
            "Engineers Open a Bridge at Kora | Home",
            "Harland Defence Forces - Home",
            "Harland Defence Forces - Home",
        ),
        (
            "Engineers Open a Bridge at Kora | Latest News",
            "Harland Army - Latest News",
            "Harland Army - Latest News",
        ),
        # a part naming no organisation, written as a name all the same: a
        # section, a person, a country (no "Forces", "Ministry", "Office of")
        (
            "Engineers Open a Bridge at Kora | Investor Relations",
            "Harland Robotics - Investor Relations",
            "Harland Robotics - Investor Relations",
        ),
        (
            "Engineers Open a Bridge at Kora | Press Office",
            "Harland Robotics | Press Office",
            "Harland Robotics | Press Office",
        ),
        (
            "Engineers Open a Bridge at Kora | Jane Roe",
            "Harland Robotics Blog - Jane Roe",
            "Harland Robotics Blog - Jane Roe",
        ),
        (
            "Engineers Open a Bridge at Kora | United States",
            "Harland Robotics - United States",
            "Harland Robotics - United States",
        ),
    ],
)
def test_a_site_named_for_a_body_and_its_unit_is_the_one_its_title_ends_with(
    tmp_path, title, site, source
):
    assert _source(tmp_path, _UNIT_PAGE.format(title=title, site=site)) == source


_BRAND_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Council adopts its position on battery recycling - {site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a href="/"><img src="/logo.svg" alt="{logo}"></a></header>
<main><h1>Council adopts its position on battery recycling</h1>
<p>The council today adopted its position on raising the targets for
recovering lithium from waste batteries.</p>
<p>Talks with the assembly start next month.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("site", "logo", "source"),
    [
        # a website's one-word brand; its logo names the organisation
        ("Concilium", "Council of the Harland Union", "Council of the Harland Union"),
        (
            "Concilium",
            "Conseil de l'Union Harlandaise",
            "Conseil de l'Union Harlandaise",
        ),
        # a logo holding the brand, a name of more than one word, a logo
        # written as a sentence: the site's own name stays
        ("Fieldwire", "Fieldwire Corp.", "Fieldwire"),
        ("Harbour Gazette", "Harbour Media Group", "Harbour Gazette"),
        ("Concilium", "Photo of the council at work", "Concilium"),
        # a slogan, an image's name, a product's: no organisation's name
        ("Nimbus", "Plan Less, Do More", "Nimbus"),
        ("Nimbus", "Header Image", "Nimbus"),
        ("Nimbus", "Main Site Logo", "Nimbus"),
        ("Nimbus", "Calendar Suite", "Nimbus"),
        # a name the brand spells the initials of
        ("HMG", "Harbour Media Gazette", "Harbour Media Gazette"),
    ],
)
def test_a_one_word_brand_is_the_site_of_the_organisation_its_logo_names(
    tmp_path, site, logo, source
):
    assert _source(tmp_path, _BRAND_PAGE.format(site=site, logo=logo)) == source


_STATISTICS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Harbour freight up 4% in 2025 - Harstat</title>
<meta property="og:site_name" content="Harstat"></head><body>
<header><a href="/"><img src="/logo.svg" alt="Harland Commission"></a></header>
<main><h1>Harbour freight up 4% in 2025</h1>
<p>{lead}</p><p>Container traffic grew fastest, by 7%.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # the brand is the organisation its release's lead names; the
        # logo over it its parent's
        (
            "Freight handled in the Union's harbours rose by 4% in 2025, Harstat estimates.",
            "Harstat",
        ),
        (
            "According to Harstat, the statistical office of the Harland Union,"
            " freight rose by 4% in 2025.",
            "Harstat",
        ),
        # a lead naming the brand only in an address, or not at all: the
        # brand is the website's name, the logo its organisation's
        (
            "Freight rose by 4% in 2025; the tables are at www.Harstat.example.",
            "Harland Commission",
        ),
        (
            "Freight handled in the Union's harbours rose by 4% in 2025.",
            "Harland Commission",
        ),
        # the brand named as the website, or as a word of a longer name
        (
            "Freight rose by 4% in 2025; the tables are published on Harstat.",
            "Harland Commission",
        ),
        (
            "The Commission and Harstat Nordic today published the freight"
            " figures for 2025.",
            "Harland Commission",
        ),
    ],
)
def test_a_one_word_brand_its_lead_names_is_the_organisation_not_its_parent(
    tmp_path, lead, source
):
    assert _source(tmp_path, _STATISTICS_PAGE.format(lead=lead)) == source


_NIMBUS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Nimbus releases Calendar 5 | Nimbus</title>
<meta property="og:site_name" content="Nimbus">
<meta property="og:url" content="https://nimbus.example/news/calendar-5"></head><body>
<header>{header}</header>
<article><h1>Nimbus releases Calendar 5</h1><p>March 3, 2026</p>
<p>Version 5 of the team calendar, out today, adds shared rooms and
time-zone planning.</p><p>The update is free for existing customers.</p>
</article><footer>{footer}</footer></body></html>"""


@pytest.mark.parametrize(
    ("header", "footer", "source"),
    [
        # the site's own root, by its address or by "/"
        (
            '<a href="https://nimbus.example/"><img src="/l.png" alt="Nimbus Software Council"></a>',
            "",
            "Nimbus",
        ),
        (
            '<a href="https://www.nimbus.example/"><img src="/l.png" alt="Harland Software Council"></a>',
            "",
            "Harland Software Council",
        ),
        # a language's flag to "/de/", a partner's logo in the footer, a
        # logo to another site's root: the brand stays
        (
            '<a href="/"><svg aria-label="Nimbus"></svg></a> '
            '<a href="/de/"><img src="/flag-de.png" alt="Deutsche Version Bureau"></a>',
            "",
            "Nimbus",
        ),
        (
            '<a href="/"><svg aria-label="Nimbus"></svg></a>',
            '<a href="/"><img src="/bbb.png" alt="Better Business Bureau"></a>',
            "Nimbus",
        ),
        (
            '<a href="https://www.bbb.example/"><img src="/bbb.png" alt="Better Business Bureau"></a>',
            "",
            "Nimbus",
        ),
    ],
)
def test_a_one_word_brand_is_named_only_by_the_logo_of_its_own_home(
    tmp_path, header, footer, source
):
    page = _NIMBUS_PAGE.format(header=header, footer=footer)
    assert _source(tmp_path, page) == source


_COMPANY_HEAD_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>{title} - Wirehub</title>
<meta property="og:site_name" content="Wirehub"></head><body>
<header><a href="/" class="logo">Wirehub</a></header><main>{head}
<h1>{title}</h1><div class="body"><p>{text}</p>
<p>{more}</p></div>{after}</main></body></html>"""

_EN = {
    "title": "Hanbit Robotics launches a warehouse robot",
    "text": "Hanbit Robotics today launched a robot that carries 600 kg loads in warehouses.",
    "more": "Twenty logistics firms will get 500 robots by next year.",
}
_KO = {
    "title": "한빛로보틱스, 물류센터용 운반로봇 출시",
    "text": "한빛로보틱스가 물류센터에서 화물을 운반하는 로봇을 출시했다고 19일 밝혔다.",
    "more": "회사는 내년까지 로봇 500대를 공급할 계획이다.",
}


@pytest.mark.parametrize(
    ("words", "head", "after", "source"),
    [
        # the wire's head over the release: the company's link, then a label
        (
            _KO,
            '<div class="release-company"><a href="#">한빛로보틱스</a> <span>보도자료</span></div>',
            "",
            "한빛로보틱스",
        ),
        (
            _EN,
            '<a class="company" href="#">Hanbit Robotics Co.</a>',
            "",
            "Hanbit Robotics Co.",
        ),
        # a company named in a card of related releases, or after the text
        (
            _EN,
            '<ul class="related-cards"><li><span class="company">Daon Energy</span></li></ul>',
            "",
            "Wirehub",
        ),
        (_EN, "", '<p class="company">Daon Energy</p>', "Wirehub"),
        # a company's profile block is no name
        (_EN, '<div class="company-profile">Daon Energy</div>', "", "Wirehub"),
    ],
)
def test_a_wires_company_class_over_the_release_names_its_issuer(
    tmp_path, words, head, after, source
):
    page = _COMPANY_HEAD_PAGE.format(head=head, after=after, **words)
    assert _source(tmp_path, page) == source


_PORTAL_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Three factories fined for air pollution | {site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a href="/" class="logo">{site}</a></header><main><article>
<h1>Three factories fined for air pollution</h1>
<div class="details"><span>Publish date: 22.10.2026</span> | <span>{name}</span></div>
<p>Fines totalling 3.8 million were imposed on three factories in the bay's
industrial zone for exceeding emission limits.</p>
<p>The factories have 60 days to submit plans to cut their emissions.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("site", "name", "source"),
    [
        # a portal named by its host: the office its release's head names
        (
            "GOV.HL",
            "Ministry of Environmental Protection",
            "Ministry of Environmental Protection",
        ),
        # a person beside the date, or a site named in words: no office
        ("GOV.HL", "Dana Levi Cohen", "gov.hl"),
        # a person's name joined by a particle, a category: no office
        ("GOV.HL", "Jan van der Berg", "gov.hl"),
        ("GOV.HL", "María de la Cruz", "gov.hl"),
        ("GOV.HL", "Freedom of Information", "gov.hl"),
        ("GOV.HL", "Tips for Residents", "gov.hl"),
        ("GOV.HL", "Conference of Mayors", "gov.hl"),
        (
            "Harland Government",
            "Ministry of Environmental Protection",
            "Harland Government",
        ),
    ],
)
def test_a_portal_named_by_its_host_is_the_office_its_release_head_names(
    tmp_path, site, name, source
):
    assert _source(tmp_path, _PORTAL_PAGE.format(site=site, name=name)) == source


def test_an_author_beside_a_portals_date_is_the_byline_not_the_source(tmp_path):
    path = tmp_path / "release.html"
    path.write_text(
        _PORTAL_PAGE.format(site="GOV.HL", name="Jan van der Berg"), encoding="utf-8"
    )
    (document,) = read_file(path)
    assert (document.source, document.byline) == ("gov.hl", "Jan van der Berg")


def test_a_list_of_latest_releases_over_a_portals_release_names_no_office(tmp_path):
    # another office's release in a list before the article: the release's
    # own head names its office
    page = _PORTAL_PAGE.format(
        site="GOV.HL", name="Ministry of Environmental Protection"
    ).replace(
        "<main>",
        '<ul class="latest"><li>21.10.2026 | Ministry of Health</li></ul><main>',
    )
    assert _source(tmp_path, page) == "Ministry of Environmental Protection"
    # a list alone, the release's head naming no office: the portal's host
    page = _PORTAL_PAGE.format(site="GOV.HL", name="Dana Levi Cohen").replace(
        "<main>",
        '<ul class="latest"><li>21.10.2026 | Ministry of Health</li></ul><main>',
    )
    assert _source(tmp_path, page) == "gov.hl"


_SUBDOMAIN_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Ballot design approved &#8211; {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="https://{host}/2026/11/12/ballot-design/"></head><body>
<div class="top"><a href="{link}">{name}</a>
<a href="#">Transparencia</a></div><header><a href="/" class="logo">{site}</a></header>
<main><article><h1>Ballot design approved</h1>
<p>The general council unanimously approved the design of the ballot for the
March consultation.</p><p>Printing starts in January.</p></article></main></body></html>"""


_INH = "Instituto Nacional de Harlandia"


@pytest.mark.parametrize(
    ("site", "host", "link", "name", "source"),
    [
        # a newsroom's brand on a subdomain of its organisation's initials
        ("Central Electoral", "centralelectoral.inh.gob.mx", "#", _INH, _INH),
        (
            "Central Electoral",
            "centralelectoral.inh.gob.mx",
            "https://www.inh.gob.mx/",
            _INH,
            _INH,
        ),
        # the site on the domain itself, or named by the initials already
        ("Central Electoral", "inh.gob.mx", "#", _INH, "Central Electoral"),
        ("INH Newsroom", "newsroom.inh.gob.mx", "#", _INH, "INH Newsroom"),
        # a subdomain of a domain no link's initials spell
        (
            "Central Electoral",
            "centralelectoral.cel.gob.mx",
            "#",
            _INH,
            "Central Electoral",
        ),
        # a link to another site, a name holding no organisation's word, a
        # domain of two letters: the declared name stays
        (
            "Newsroom",
            "news.acme.com",
            "https://partner.example/",
            "Agency for Computing Machinery Education",
            "Newsroom",
        ),
        (
            "Newsroom",
            "newsroom.ibm.com",
            "#",
            "Investor Briefing Materials",
            "Newsroom",
        ),
        ("Meta", "about.fb.com", "#", "Facebook Business", "Meta"),
        ("Press", "press.un.org", "https://news.un.org/", "UN News", "Press"),
        ("Garage", "garage.hp.com", "https://www.hp.com/", "Harland Police", "Garage"),
    ],
)
def test_a_brand_under_its_organisations_initials_is_that_organisations(
    tmp_path, site, host, link, name, source
):
    page = _SUBDOMAIN_PAGE.format(site=site, host=host, link=link, name=name)
    assert _source(tmp_path, page) == source


@pytest.mark.parametrize(
    ("title", "source"),
    [
        # a PDF printed from an office program, converted to a page
        ("Microsoft Word - harbour release final.docx", ""),
        ("Microsoft PowerPoint - briefing.pptx", ""),
        # the file's name without its extension, a template's name
        ("Microsoft Word - Document1", ""),
        ("Microsoft Outlook - Memo Style", ""),
        # a headline naming the company is no program's title
        (
            "Microsoft Word gets a new ferry timetable view - Harbour Gazette",
            "Harbour Gazette",
        ),
    ],
)
def test_the_office_program_a_pdf_was_printed_from_is_no_source(
    tmp_path, title, source
):
    page = (
        f'<html><head><title>{title}</title><meta name="generator" content="pdftohtml 0.36">'
        "</head><body><p>HARBOUR BOARD</p><p>The harbour board approved the new"
        " berth plan on Tuesday, giving twelve berths to container ships.</p>"
        "<p>The plan takes effect in June.</p></body></html>"
    )
    assert _source(tmp_path, page) == source


_NEWSROOM_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a href="/"><img src="/logo.svg" alt="{site}"></a>{head}</header>
<main><article><h1>{title}</h1><p>{date}</p><p>{text}</p>
<p>{more}</p></article></main></body></html>"""

_OWN_EN = {
    "lang": "en",
    "site": "Acme Robotics",
    "title": "Acme Robotics opens Dayton plant",
    "date": "March 3, 2026",
    "text": "Acme Robotics today opened a plant in Dayton, Ohio, that will build "
    "warehouse robots and create 180 jobs.",
    "more": "The plant will assemble the company's Carrier 5 robot.",
}
_OWN_JA = {
    "lang": "ja",
    "site": "ハーバーテック",
    "title": "ハーバーテック、新型物流ロボットを発売",
    "date": "2026年3月3日",
    "text": "株式会社ハーバーテックは本日、物流倉庫向けの新しい自律走行ロボットを発売したと発表しました。",
    "more": "同社は国内の物流会社三社と共同で実証実験を行いました。",
}


@pytest.mark.parametrize(
    ("words", "head"),
    [
        # a market ticker, a menu, a cookie banner, a parent group's top bar
        (
            _OWN_EN,
            '<div class="ticker"><span class="company">Apple Inc.</span> 189.20</div>',
        ),
        (
            _OWN_EN,
            '<ul><li class="menu-company"><a href="/company">Company</a></li></ul>',
        ),
        (_OWN_EN, '<div><p class="consent-company">We Value Your Privacy</p></div>'),
        (_OWN_EN, '<div><span class="company">Part of Globex Group</span></div>'),
        # other companies' releases in a strip over the headline
        (
            _OWN_EN,
            '<section><ul><li><span class="release-company">Harbour Logistics</span>'
            '</li><li><span class="release-company">Globex Corp</span></li></ul></section>',
        ),
        (
            _OWN_EN,
            '<form><select class="filter-company"><option>All Companies</option>'
            "<option>Globex Corp</option></select></form>",
        ),
        # Japanese: a menu's link, an index in a ticker, a share button's words
        (
            _OWN_JA,
            '<ul><li class="gnav-company"><a href="/company/">会社概要</a></li></ul>',
        ),
        (_OWN_JA, '<div><span class="company">日経平均株価</span> 38,120.50</div>'),
        (_OWN_JA, '<div><span class="org">この記事をシェアする</span></div>'),
    ],
)
def test_a_company_class_over_a_newsrooms_headline_naming_no_issuer_is_no_source(
    tmp_path, words, head
):
    page = _NEWSROOM_PAGE.format(head=head, **words)
    assert _source(tmp_path, page) == words["site"]


def test_a_wires_company_head_the_lead_names_is_the_source_in_any_script(tmp_path):
    head = '<div class="release-company"><a href="/c/1">株式会社ハーバーテック</a> <span>プレスリリース</span></div>'
    page = _NEWSROOM_PAGE.format(head=head, **{**_OWN_JA, "site": "PR WIRE"})
    assert _source(tmp_path, page) == "株式会社ハーバーテック"


_ABOUT_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Acme Lithium Reports Drill Results | {site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<main><article><h1>Acme Lithium Reports Drill Results at Birch Lake</h1>
<p>Vancouver, British Columbia--({tag}) - {lead}</p>
<p>Hole BL-26-04 returned 1.42% Li2O over 18.5 metres.</p>
{abouts}</article></main></body></html>"""
_PLEASED = "Acme Lithium Corp. (TSXV: ALC) is pleased to report assay results."
_QUOTED = '"We are thrilled," said John Smith, CEO of Acme Lithium Corp. (TSXV: ALC).'


@pytest.mark.parametrize(
    ("tag", "lead", "about", "source"),
    [
        # About headings over what the release is about, not its issuer
        (
            "Newsfile Corp. - November 24, 2026",
            _QUOTED,
            "The Birch Lake Project",
            "Acme Lithium Corp.",
        ),
        ("Newsfile Corp. - November 24, 2026", _PLEASED, "The Company", "Acme Lithium"),
        (
            "Newsfile Corp. - November 24, 2026",
            _PLEASED,
            "The Qualified Person",
            "Acme Lithium",
        ),
        (
            "Newsfile Corp. - November 24, 2026",
            "Shareholders of Acme Lithium Corp. (TSXV: ALC) approved all resolutions.",
            "Jane Roe",
            "Acme Lithium Corp.",
        ),
        (
            "Newsfile Corp. - November 24, 2026",
            "Today, Acme Lithium Corp. (TSXV: ALC) announced results.",
            "Lithium",
            "Acme Lithium Corp.",
        ),
        (
            "Newsfile Corp. - November 24, 2026",
            "The following article was written by Dr. Jane Roe for Acme Lithium Corp.",
            "The Author",
            "Acme Lithium Corp.",
        ),
        # an invitation names no issuer in its first words
        (
            "Newsfile Corp. - November 24, 2026",
            "Join Acme Lithium Corp. (TSXV: ALC) for a live webinar on December 2, 2026.",
            "The Webinar",
            "Newsfile",
        ),
        # an article before the name the About heading gives
        (
            "BUSINESS WIRE",
            "Die Brandt Pumpen GmbH, ein Hersteller von Pumpen, erweitert ihr Werk.",
            "Brandt Pumpen",
            "Brandt Pumpen",
        ),
        # Business Wire's pages read the same way
        ("BUSINESS WIRE", _QUOTED, "The Birch Lake Project", "Acme Lithium Corp."),
    ],
)
def test_an_about_heading_names_the_issuer_only_as_the_company_its_lead_names(
    tmp_path, tag, lead, about, source
):
    abouts = f"<h3>About {about}</h3><p>It is described here.</p>"
    if about not in ("The Company", "The Qualified Person", "The Webinar"):
        abouts += "<h3>About Acme Lithium Corp.</h3><p>Acme explores for lithium.</p>"
    # the unrelated heading comes first, the company's after it
    page = _ABOUT_PAGE.format(site="Newsfile", tag=tag, lead=lead, abouts=abouts)
    assert _source(tmp_path, page) == source


_QUOTES_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Quartalsmitteilung</title>
<meta property="og:site_name" content="Meldedienst"></head><body>
<header><a href="/">Meldedienst</a></header>{before}<main>
<h1>Brandt Pumpen AG steigert den Umsatz im dritten Quartal</h1>
<div class="body"><p>Die Brandt Pumpen AG hat im dritten Quartal 2026 den Umsatz
um acht Prozent auf 91 Millionen Euro gesteigert.</p></div>{after}
</main></body></html>"""


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a table of quotes whose header row is in <td>: its next cell is a label
        (
            "",
            "<table><tr><td>Unternehmen</td><td>ISIN</td><td>Kurs</td></tr>"
            "<tr><td>Brandt Pumpen AG</td><td>DE000BRP1234</td><td>12,40</td></tr></table>",
        ),
        # a link's call to action, a filter's "all", a phrase in Spanish
        (
            "",
            '<table><tr><td>Unternehmen:</td><td><a href="/c/1">Zum Unternehmensprofil</a>'
            "</td></tr><tr><td>ISIN:</td><td>DE000BRP1234</td></tr></table>",
        ),
        (
            "",
            "<dl><dt>Unternehmen</dt><dd>Alle Unternehmen</dd>"
            "<dt>ISIN</dt><dd>DE000BRP1234</dd></dl>",
        ),
        (
            "",
            "<table><tr><td>Empresa:</td><td>Ver ficha completa</td></tr>"
            "<tr><td>ISIN:</td><td>ES0000BRP123</td></tr></table>",
        ),
        # another company's quote in a sidebar before the release
        (
            '<div class="sidebar-widget"><table><tr><td>Unternehmen:</td>'
            "<td>Beispiel SE</td></tr><tr><td>ISIN:</td><td>DE0007654321</td></tr>"
            "</table></div>",
            "",
        ),
    ],
)
def test_a_company_row_naming_no_company_of_the_release_is_no_source(
    tmp_path, before, after
):
    assert _source(tmp_path, _QUOTES_PAGE.format(before=before, after=after)) == (
        "Meldedienst"
    )


_PLACEMENT = (
    "Acme Lithium Corp. (TSXV: ALC) is pleased to announce a C$5 million"
    " private placement led by Red Cedar Securities Inc."
)


@pytest.mark.parametrize(
    ("site", "tag", "lead", "abouts"),
    [
        # the underwriter's section after the company's, or alone
        (
            "GlobeNewswire",
            "GLOBE NEWSWIRE",
            _PLACEMENT,
            ["the Company", "Red Cedar Securities Inc."],
        ),
        (
            "Newsfile",
            "Newsfile Corp. - November 24, 2026",
            _PLACEMENT,
            ["Red Cedar Securities Inc."],
        ),
        (
            "Newsfile",
            "Newsfile Corp. - November 24, 2026",
            "Acme Lithium Corp. (TSXV: ALC) has engaged Pinecrest Investor Relations"
            " Ltd. to provide market-making services.",
            ["Pinecrest Investor Relations Ltd."],
        ),
        # a charity of the company's first word is not the company
        (
            "GlobeNewswire",
            "GLOBE NEWSWIRE",
            "Acme Lithium Corp. (TSXV: ALC) today announced a $2 million gift to"
            " the Acme Community Foundation.",
            ["Acme Community Foundation"],
        ),
    ],
)
def test_a_company_the_lead_names_after_the_one_it_opens_on_is_not_the_issuer(
    tmp_path, site, tag, lead, abouts
):
    sections = "".join(
        f"<h3>About {a}</h3><p>It is described here.</p>" for a in abouts
    )
    page = _ABOUT_PAGE.format(site=site, tag=tag, lead=lead, abouts=sections)
    assert _source(tmp_path, page) == "Acme Lithium"


@pytest.mark.parametrize(
    ("lead", "abouts", "source"),
    [
        (
            "The Board of Directors of Acme Lithium Corp. (TSXV: ALC) today approved"
            " a $2 million gift to Lakehead University.",
            ["Lakehead University"],
            "Acme Lithium Corp.",
        ),
        (
            "The Board of Directors of Acme Lithium Corp. (TSXV: ALC) today approved"
            " a $2 million gift to Lakehead University.",
            ["Lakehead University", "Acme"],
            "Acme",
        ),
        (
            "Shareholders of Acme Lithium Corp. (TSXV: ALC) today approved the sale"
            " of its Birch Lake project to Granite Peak Capital.",
            ["Granite Peak Capital", "Acme Lithium Corp."],
            "Acme Lithium Corp.",
        ),
        (
            "Dana Whitfield, chief executive of Acme Lithium Corp. (TSXV: ALC), today"
            " announced a $2 million gift to Lakehead University.",
            ["Lakehead University", "Dana Whitfield"],
            "Acme Lithium Corp.",
        ),
    ],
)
def test_a_lead_opening_on_a_listed_companys_board_or_people_is_the_companys(
    tmp_path, lead, abouts, source
):
    sections = "".join(
        f"<h3>About {a}</h3><p>It is described here.</p>" for a in abouts
    )
    page = _ABOUT_PAGE.format(
        site="GlobeNewswire", tag="GLOBE NEWSWIRE", lead=lead, abouts=sections
    )
    assert _source(tmp_path, page) == source


_BUYOUT = (
    "today agreed to acquire Acme Lithium Corp.{listing} for C$1.20 a share in cash."
)


@pytest.mark.parametrize(
    ("lead", "abouts", "source"),
    [
        # the buyer's funds or affiliates open the lead: the release is
        # the listed company's, whichever section comes first
        (
            "Funds managed by Granite Peak Capital "
            + _BUYOUT.format(listing=" (TSXV: ALC)"),
            ["Granite Peak Capital", "Acme Lithium Corp."],
            "Acme Lithium Corp.",
        ),
        (
            "Funds managed by Granite Peak Capital "
            + _BUYOUT.format(listing=" (TSXV: ALC)"),
            ["Acme Lithium Corp.", "Granite Peak Capital"],
            "Acme Lithium Corp.",
        ),
        (
            "Affiliates of Granite Peak Capital "
            + _BUYOUT.format(listing=" (TSXV: ALC)"),
            ["Granite Peak Capital", "Acme Lithium Corp."],
            "Acme Lithium Corp.",
        ),
        # no listing in the lead: the section of the name it gives first
        (
            "Funds managed by Granite Peak Capital " + _BUYOUT.format(listing=""),
            ["Acme Lithium Corp.", "Granite Peak Capital"],
            "Granite Peak Capital",
        ),
        # a lead opening on a person, or on a company named with a word
        # before it, names its issuer with no listing: not the listed
        # customer it names after
        (
            "Jane Roe, chief executive of Kestrel Robotics, said today that the"
            " company has won a contract from Acme Mining Corp. (NYSE: ACM).",
            ["Kestrel Robotics", "Acme Mining Corp."],
            "Kestrel Robotics",
        ),
        (
            "Drone maker Kestrel Robotics has been selected by Acme Mining Corp."
            " (NYSE: ACM) to survey its mines.",
            ["Kestrel Robotics", "Acme Mining Corp."],
            "Kestrel Robotics",
        ),
        # a lead opening on the listed buyer is the buyer's
        (
            "Granite Peak Capital Inc. (TSX: GPC) "
            + _BUYOUT.format(listing=" (TSXV: ALC)"),
            ["Acme Lithium Corp.", "Granite Peak Capital Inc."],
            "Granite Peak Capital Inc.",
        ),
    ],
)
def test_a_lead_naming_a_buyer_by_its_funds_is_the_listed_companys_it_acquires(
    tmp_path, lead, abouts, source
):
    sections = "".join(
        f"<h3>About {a}</h3><p>It is described here.</p>" for a in abouts
    )
    page = _ABOUT_PAGE.format(
        site="GlobeNewswire", tag="GLOBE NEWSWIRE", lead=lead, abouts=sections
    )
    assert _source(tmp_path, page) == source


_DESCRIBED_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Corvane Robotics wins harbour contract</title>
<meta property="og:site_name" content="Business Wire"></head><body>
<main><article><h1>Corvane Robotics wins harbour contract</h1>
<p>SEATTLE--(BUSINESS WIRE)--{lead}</p>
<p>Work on the berths begins in June.</p></article></main></body></html>"""


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # the company described between commas as one, then what it did
        (
            "Corvane Robotics, a maker of dock cranes, has won a contract.",
            "Corvane Robotics",
        ),
        (
            "Corvane Robotics, a Seattle-based robotics company, won a contract.",
            "Corvane Robotics",
        ),
        (
            "Corvane Robotics, one of the largest crane makers in the region,"
            " signed a contract.",
            "Corvane Robotics",
        ),
        # a person described so, a list going on, a generic party: the wire's
        (
            "Jane Roe, a Seattle-based engineer, has won a contract.",
            "Business Wire",
        ),
        (
            "Jane Roe, the founder of Corvane Robotics, has won a contract.",
            "Business Wire",
        ),
        (
            "Corvane Robotics, a maker of cranes, and Harbor Logistics, a port"
            " operator, have won a contract.",
            "Business Wire",
        ),
        (
            "The Company, a maker of dock cranes, has won a contract.",
            "Business Wire",
        ),
        # a person at an organisation, a product or an event made or run by
        # one: the organisation after is not the thing described
        (
            "Jane Roe, a senior executive at Gulf Bank, has been appointed chief"
            " executive of Corvane Robotics.",
            "Business Wire",
        ),
        (
            "Omar Haddad, a partner at the law firm, will lead Corvane's legal team.",
            "Business Wire",
        ),
        (
            "Harbour Card, a co-branded credit card by Gulf Bank, launched today.",
            "Business Wire",
        ),
        (
            "Harbour Expo, the region's largest trade exhibition run by an events"
            " company, opens on Monday.",
            "Business Wire",
        ),
    ],
)
def test_a_wire_lead_opening_on_a_company_it_describes_names_the_issuer(
    tmp_path, lead, source
):
    assert _source(tmp_path, _DESCRIBED_PAGE.format(lead=lead)) == source
