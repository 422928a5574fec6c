"""The issuing organisation of a release hosted by a platform or a portal
that carries many organisations' releases (#17): the platform's or the
portal's own name is not the source when the page names whose release it is.

Every page here was written for this project.
"""

import pytest

from searchidx import read_file


def _read(tmp_path, page: str):
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    return document


_PLATFORM_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} | {site_part}</title>
<meta property="og:site_name" content="Releasely">
<meta property="og:title" content="{headline}">{head}
</head><body>
<header><a class="logo" href="/">Releasely</a>
<nav><a href="#">Business</a> <a href="#">Technology</a></nav></header>
<main><article>
<div class="release-head"><a href="#">{issuer}</a></div>
<h1>{headline}</h1>
<p>{lead}</p>
<p>The new service opens in January in forty towns across the region.</p>
</article></main></body></html>"""


def _platform_page(site_part, issuer, lead, headline="Recycling service opens", **kw):
    return _PLATFORM_PAGE.format(
        site_part=site_part,
        issuer=issuer,
        lead=lead,
        headline=headline,
        lang=kw.get("lang", "en"),
        head=kw.get("head", ""),
    )


@pytest.mark.parametrize(
    ("site_part", "issuer", "lead"),
    [
        (
            "株式会社かもめ電機のプレスリリース",
            "株式会社かもめ電機",
            "株式会社かもめ電機は、使用済み電池の回収を始めます。",
        ),
        (
            "川辺市のプレスリリース",
            "川辺市",
            "川辺市は、新しい回収サービスを始めます。",
        ),
        (
            "Harbour Tech Oy's press releases",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        (
            "Press releases from Harbour Tech Oy",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        (
            "Pressemitteilung von Brandt Pumpen AG",
            "Brandt Pumpen AG",
            "Die Brandt Pumpen AG eröffnet einen neuen Dienst.",
        ),
        (
            "Communiqués de presse de la Ville de Rivebelle",
            "Ville de Rivebelle",
            "La Ville de Rivebelle ouvre un nouveau service.",
        ),
        (
            "Comunicado de prensa del Ayuntamiento de Vallhermoso",
            "Ayuntamiento de Vallhermoso",
            "El Ayuntamiento de Vallhermoso abre un nuevo servicio.",
        ),
    ],
)
def test_a_title_naming_whose_release_it_is_names_the_source(
    tmp_path, site_part, issuer, lead
):
    page = _platform_page(site_part, issuer, lead)
    assert _read(tmp_path, page).source == issuer


def test_the_issuer_a_release_title_names_is_no_byline(tmp_path):
    # the platform declares the issuer the author, as it titles the page
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author":'
        ' {"@type": "Organization", "name": "株式会社かもめ電機"},'
        ' "publisher": {"@type": "Organization", "name": "Releasely"}}</script>'
    )
    page = _platform_page(
        "株式会社かもめ電機のプレスリリース",
        "株式会社かもめ電機",
        "株式会社かもめ電機は、使用済み電池の回収を始めます。",
        lang="ja",
        head=head,
    )
    document = _read(tmp_path, page)
    assert (document.source, document.byline) == ("株式会社かもめ電機", "")


@pytest.mark.parametrize(
    ("site_part", "issuer", "lead"),
    [
        # a kind of release, not whose
        ("Joint press release", "Harbour Tech Oy", "Two companies opened a service."),
        ("Latest news releases", "Harbour Tech Oy", "Two companies opened a service."),
        ("Press releases", "Harbour Tech Oy", "Two companies opened a service."),
        # a name the page does not show again: no issuer the page confirms
        (
            "Kestrel Robotics press release",
            "Harbour Tech Oy",
            "Harbour Tech Oy today opened a recycling service.",
        ),
        # a phrase, not a name
        (
            "Read the press release",
            "Harbour Tech Oy",
            "Read the press release of Harbour Tech Oy below.",
        ),
        (
            "read our press release",
            "Harbour Tech Oy",
            "Harbour Tech Oy today read our press release.",
        ),
    ],
)
def test_a_title_naming_no_issuer_leaves_the_site(tmp_path, site_part, issuer, lead):
    page = _platform_page(site_part, issuer, lead)
    assert _read(tmp_path, page).source == "Releasely"


@pytest.mark.parametrize(
    ("site_part", "issuer", "lead"),
    [
        # a section the menu names, not an organisation
        (
            "Technology Press Releases",
            "Technology",
            "Technology firms in the region opened a recycling service.",
        ),
        # one word after "the": a common noun
        (
            "Press releases of the Council",
            "Council",
            "The Council today opened a recycling service.",
        ),
    ],
)
def test_a_section_or_a_common_noun_before_press_releases_names_no_issuer(
    tmp_path, site_part, issuer, lead
):
    page = _platform_page(site_part, issuer, lead)
    assert _read(tmp_path, page).source == "Releasely"


def test_a_one_word_name_the_platform_links_beside_the_headline_names_the_issuer(
    tmp_path,
):
    page = _platform_page(
        "Kestrelo's press releases", "Kestrelo", "Kestrelo today opened a service."
    )
    assert _read(tmp_path, page).source == "Kestrelo"


_PORTAL_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{headline} | {brand}</title>
<meta property="og:site_name" content="{site}">
</head><body>
<header><a class="logo" href="/"><img src="/logo.svg" alt="{brand}"></a>
<nav><ul><li><a href="#">Topics</a></li><li><a href="#">State authorities</a></li></ul>
</nav></header>
<main><article>
<div class="meta"><span>News</span> <time datetime="2026-11-27">27 November 2026</time></div>
<h1>{headline}</h1>
<p>Soldiers from six countries are training on the plateau this week.</p>
<p>The course ends on 4 December with a three-day field exercise.</p>
<section><h2>{label}</h2><ul>{items}</ul></section>
<section><h2>Topics</h2><ul><li><a href="#">Defence</a></li></ul></section>
</article></main>
<footer><p>GOV.HARLAND is the central website of the government.</p></footer>
</body></html>"""


def _portal_page(items, site="Portal GOV.HARLAND", label="Organisations", **kw):
    return _PORTAL_PAGE.format(
        site=site,
        brand=kw.get("brand", "GOV.HARLAND"),
        label=label,
        items="".join(f'<li><a href="#">{item}</a></li>' for item in items),
        headline=kw.get("headline", "Winter training starts on the plateau"),
    )


@pytest.mark.parametrize(
    ("site", "label", "items", "headline", "source"),
    [
        # the first body listed, when the headline names none
        (
            "Portal GOV.HARLAND",
            "Organisations",
            ["Ministry of Defence", "Harland Armed Forces"],
            "Winter training starts on the plateau",
            "Ministry of Defence",
        ),
        # the body the headline names
        (
            "Portal GOV.HARLAND",
            "Organisations",
            ["Ministry of Defence", "Harland Armed Forces"],
            "Harland Armed Forces host winter training",
            "Harland Armed Forces",
        ),
        # a portal named by its host; the list's heading in Slovene, its
        # names with lower-case words other than "of"
        (
            "gov.harland",
            "Organizacije",
            ["Ministrstvo za obrambo", "Harlandska vojska"],
            "Harlandska vojska pomaga po žledu",
            "Harlandska vojska",
        ),
        ("Harland Citizens' Portal", "Organisations", ["Ports Office"], "", ""),
    ],
)
def test_a_portal_names_the_bodies_that_issued_its_release(
    tmp_path, site, label, items, headline, source
):
    page = _portal_page(items, site=site, label=label, headline=headline or "Berths")
    assert _read(tmp_path, page).source == (source or items[0])


@pytest.mark.parametrize(
    ("site", "label", "items"),
    [
        # a body's own site, no portal: its release may list partners
        ("Harland Armed Forces", "Organisations", ["Ministry of Defence"]),
        # a list of another heading
        ("Portal GOV.HARLAND", "Partners", ["Ministry of Defence"]),
        # a list of sentences, no names
        (
            "Portal GOV.HARLAND",
            "Organisations",
            ["Organisations may apply for a grant until 1 March."],
        ),
    ],
)
def test_no_list_of_issuing_bodies_leaves_the_site_name(tmp_path, site, label, items):
    brand = "GOV.HARLAND" if "GOV" in site else site
    page = _portal_page(items, site=site, label=label, brand=brand)
    assert _read(tmp_path, page).source == site


def test_a_portals_menu_of_organisations_names_no_issuer(tmp_path):
    page = _portal_page(["Ministry of Defence"], label="Topics").replace(
        "<nav><ul>",
        "<nav><h2>Organisations</h2><ul><li><a href='#'>Ministry of Finance</a></li>"
        "</ul><ul>",
    )
    assert _read(tmp_path, page).source == "Portal GOV.HARLAND"


def test_a_menu_of_bodies_over_the_headline_names_no_issuer(tmp_path):
    # a portal's menu of all its bodies, in no <nav>, over the release
    page = _portal_page(["Ministry of Defence"], label="Topics").replace(
        "<main>",
        "<div class='mega-menu'><h2>Organisations</h2><ul><li><a href='#'>"
        "Ministry of Finance</a></li></ul></div><main>",
    )
    assert _read(tmp_path, page).source == "Portal GOV.HARLAND"


def _news_story_head(author: str = "") -> str:
    by = (
        f', "author": {{"@type": "Organization", "name": "{author}"}}' if author else ""
    )
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
        f' "Winter training starts on the plateau"{by}, "publisher":'
        ' {"@type": "Organization", "name": "Harbour Portal"}}</script></head>'
    )


@pytest.mark.parametrize(
    "author",
    [
        # a news portal's story lists the organisations it mentions
        "",
        # a news portal's newsroom as its story's author, in any language
        "Redakcja",
        "Harbour Portal Newsroom",
    ],
)
def test_a_news_portals_story_or_its_newsroom_names_no_issuer(tmp_path, author):
    page = _portal_page(
        ["Ministry of Defence"], site="Harbour Portal", brand="Harbour Portal"
    ).replace("</head>", _news_story_head(author))
    if author:
        # the newsroom, not the story's kind, tells the author no issuer
        page = page.replace('"NewsArticle"', '"Article"')
    assert _read(tmp_path, page).source == "Harbour Portal"


def test_a_news_portals_story_by_its_author_lists_the_organisations_it_names(
    tmp_path,
):
    site = "Harbour News Portal"
    page = _portal_page(["Ministry of Defence"], site=site, brand=site).replace(
        "</head>", '<meta name="author" content="Jane Roe"></head>'
    )
    assert _read(tmp_path, page).source == site


_LOGO_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry trial to start on two island routes</title></head><body>
<div id="header"><a href="https://www.gov.harland/"><img src="/logo.gif"
alt="{alt}"></a></div>
<div id="content"><span class="headline">Ferry trial to start on two island routes</span>
<p>The Transport Department announced today that a trial of electric ferries
will start on two island routes next year.</p>
<p>Two ferries will be deployed on the routes during off-peak hours.</p></div>
</body></html>"""


@pytest.mark.parametrize(
    ("alt", "source"),
    [
        ("Harland Government one-stop portal", "Harland Government"),
        ("City of Harland - Official Website", "City of Harland"),
        ("Ville de Harland, site officiel", "Ville de Harland"),
        ("哈兰政府一站通", "哈兰政府"),
        # a portal's name is a name, a tagline alone no name to cut
        ("Harland Citizens' Portal", "Harland Citizens' Portal"),
        ("Official Website", "Official Website"),
    ],
)
def test_a_logos_tagline_is_no_part_of_the_source(tmp_path, alt, source):
    assert _read(tmp_path, _LOGO_PAGE.format(alt=alt)).source == source


def _json_ld_page(site: str, title_site: str, authors: list[str]) -> str:
    authors_ld = ", ".join(
        f'{{"@type": "Organization", "name": "{name}"}}' for name in authors
    )
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Winter training starts on the plateau | {title_site}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{{"@type": "NewsArticle",
"headline": "Winter training starts on the plateau", "author": [{authors_ld}],
"publisher": {{"@type": "Organization", "name": "{site}"}}}}</script>
</head><body><header><a href="/">{site}</a></header>
<main><article><h1>Winter training starts on the plateau</h1>
<p>Soldiers from six countries are training on the plateau this week.</p>
<p>The course ends on 4 December with a three-day field exercise.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("site", "title_site", "authors", "source"),
    [
        # a portal's release by two bodies: the first issued it
        (
            "Portal GOV.HARLAND",
            "Portal GOV.HARLAND",
            ["Ministry of Defence", "Harland Armed Forces"],
            "Ministry of Defence",
        ),
        # a platform's page titled by the first of its two issuers
        (
            "Releasely",
            "Harland Tech Oy",
            ["Harland Tech Oy", "Norra Partners AB"],
            "Harland Tech Oy",
        ),
    ],
)
def test_a_json_ld_author_of_several_organisations_is_the_first_no_byline(
    tmp_path, site, title_site, authors, source
):
    document = _read(tmp_path, _json_ld_page(site, title_site, authors))
    assert (document.source, document.byline) == (source, "")


def test_a_json_ld_author_of_several_people_stays_the_byline(tmp_path):
    page = _json_ld_page("Harbour Gazette", "Harbour Gazette", []).replace(
        '"author": []',
        '"author": [{"@type": "Person", "name": "Jane Roe"},'
        ' {"@type": "Person", "name": "Omar Haddad"}]',
    )
    document = _read(tmp_path, page)
    assert (document.source, document.byline) == (
        "Harbour Gazette",
        "Jane Roe, Omar Haddad",
    )


_PORTUGUESE_PAGE = """<!doctype html><html lang="pt"><head><meta charset="utf-8">
<title>Campanha de vacinação começa na segunda-feira | {titled}</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a href="/"><img src="/marca.svg" alt="{logo}"></a></header>
<main><article><h1>Campanha de vacinação começa na segunda-feira</h1>
<p>A campanha de vacinação contra a gripe começa na segunda-feira em todos os
postos de saúde.</p>
<p>A vacina é gratuita para pessoas com mais de 60 anos.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("titled", "site", "logo", "source"),
    [
        # a platform's page titled by its issuer, whose logo heads it
        (
            "Prefeitura do Rio Claro",
            "Releasely",
            "Prefeitura do Rio Claro",
            "Prefeitura do Rio Claro",
        ),
        # a unit and its parent as the site's name, joined "do", "da"
        (
            "Secretaria da Saúde | Governo do Estado de Harland",
            "Secretaria da Saúde | Governo do Estado de Harland",
            "",
            "Secretaria da Saúde, Governo do Estado de Harland",
        ),
        # a phrase with "do" is no name
        ("Releasely", "Releasely", "Saiba o que fazer", "Releasely"),
    ],
)
def test_portuguese_names_joined_by_do_and_da_read_as_names(
    tmp_path, titled, site, logo, source
):
    page = _PORTUGUESE_PAGE.format(titled=titled, site=site, logo=logo)
    assert _read(tmp_path, page).source == source


_FACTS_HEAD_PAGE = """<!doctype html><html lang="es"><head><meta charset="utf-8">
<title>Abren tres centros de salud en la sierra | {name} | Gobierno | gob.hl</title>
<meta property="og:site_name" content="gob.hl"></head><body>
<nav><a href="/"><img src="/logo.svg" alt="Página de inicio, Gobierno de Harland"></a></nav>
<main><h1>Abren tres centros de salud en la sierra</h1>
<div class="row"><div class="col"><dl class="border-box"><dd>{name}</dd>
<dd>| 3 de diciembre de 2026</dd></dl></div></div>
<div class="article-body"><p>Tres centros de salud abrieron hoy en los municipios de
la sierra, con consulta diaria y farmacia.</p>
<p>Cada centro atenderá a unas 4.000 personas.</p></div></main>
<footer><p>Es el portal único de trámites e información.</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("name", "source"),
    [
        # the head written as a list of its facts, the office beside the
        # date, its name joined by "de los"
        ("Instituto Nacional de los Pueblos de la Sierra", "Instituto Nacional de los Pueblos de la Sierra"),
        ("Secretaría de las Obras Públicas", "Secretaría de las Obras Públicas"),
        # a person beside the date is no office: the portal's host stays
        ("Ana María de los Santos", "gob.hl"),
    ],
)  # fmt: skip
def test_a_portals_office_beside_the_date_in_a_list_of_facts_is_the_source(
    tmp_path, name, source
):
    assert _read(tmp_path, _FACTS_HEAD_PAGE.format(name=name)).source == source


_BUREAU_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{headline} - {bureau}</title>
<meta property="og:site_name" content="{bureau}"></head><body>
<header><a href="/"><img src="/logo.svg" alt="{bureau}"></a>{menu}</header>
<main><article><h1>{headline}</h1>
<div class="news-meta"><span class="news-entity"><span class="label">{label}</span>{entity}</span>
<span class="news-time"><span class="label">{date_label}</span>2026-11-26 07:45</span></div>
<div class="news-content"><p>{lead}</p><p>{second}</p></div></article>
<aside><h2>Related</h2><ul><li>Other news</li></ul></aside></main>
<footer><p>&copy; 2026 {bureau}</p></footer></body></html>"""

_PORTUGUESE = {
    "lang": "pt",
    "headline": "Serviços de Saúde alargam o rastreio às escolas",
    "bureau": "Gabinete de Informação da Ilha",
    "date_label": "Data de publicação: ",
    "lead": "Os Serviços de Saúde vão alargar o rastreio visual a todas as escolas "
    "primárias a partir de Janeiro.",
    "second": "O rastreio é gratuito para todos os alunos.",
}
_CHINESE = {
    "lang": "zh-hant",
    "headline": "衛生署明年起擴大學童視力檢查",
    "bureau": "海島政府新聞辦公室",
    "date_label": "發佈時間：",
    "lead": "衛生署今日宣布，明年一月起為全部小學學童提供免費視力檢查。",
    "second": "家長可透過學校報名。",
}


@pytest.mark.parametrize(
    ("fields", "label", "entity", "menu", "source"),
    [
        # a bureau heading each department's release with the department
        (_PORTUGUESE, "Entidade: ", "Serviços de Saúde", "", "Serviços de Saúde"),
        (_CHINESE, "發佈機構：", "衛生署", "", "衛生署"),
        # a date under the label is no body: the bureau stays
        (_PORTUGUESE, "Entidade: ", "2026-11-26", "", "Gabinete de Informação da Ilha"),
        # the head written as one line of facts: the name ends at its separator
        (_PORTUGUESE, "Entidade: ", "Serviços de Saúde | ", "", "Serviços de Saúde"),
        # a company under the label is a regulator's subject, no issuer
        (_PORTUGUESE, "Entity: ", "Alpha Harbour Capital Sdn Bhd", "",
         "Gabinete de Informação da Ilha"),
        (_PORTUGUESE, "Entidade: ", "Marés Investimentos S.A.", "",
         "Gabinete de Informação da Ilha"),
        # a person and her office under "Issued by:" is no issuing body
        (_PORTUGUESE, "Issued by: ", "Jane Roe, Spokesperson for the Minister of "
         "Health", "", "Gabinete de Informação da Ilha"),
        # the label in a menu of the site, before the headline: no release's
        (_PORTUGUESE, "Data: ", "Serviços de Saúde",
         '<nav><span><span class="label">Entidade: </span>Serviços de Turismo</span></nav>',
         "Gabinete de Informação da Ilha"),
    ],
)  # fmt: skip
def test_a_bureaus_release_head_names_the_department_it_is_from(
    tmp_path, fields, label, entity, menu, source
):
    page = _BUREAU_PAGE.format(label=label, entity=entity, menu=menu, **fields)
    assert _read(tmp_path, page).source == source


def test_a_facts_label_of_other_kinds_names_no_issuer(tmp_path):
    # "Agency:" beside a date labels a listing's or a story's facts too
    page = _BUREAU_PAGE.format(
        label="Agency: ", entity="Harbour Homes", menu="", **_PORTUGUESE
    )
    assert _read(tmp_path, page).source == "Gabinete de Informação da Ilha"
