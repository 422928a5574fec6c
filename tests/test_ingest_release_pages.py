"""Release conventions of government and wire pages: who a release is from,
its place-and-date line, its tags, and bylines that name no person (#17).

Pages in tests/data/release_pages/ were written for this project.
"""

import re

import pytest

from searchidx import read_file
from searchidx.ingest.byline_text import clean_byline
from searchidx.ingest.datelines import dateline_date, split_dateline
from searchidx.ingest.page_byline import byline_without_publisher

from .conftest import TEST_DATA

PAGES = TEST_DATA / "release_pages"


def _read(name: str):
    (document,) = read_file(PAGES / name)
    return document


def test_a_release_from_a_department_is_its_source_not_its_byline():
    # "From: Coastal Harbours Agency" on a portal named by its host.
    document = _read("department_release.html")
    assert (document.source, document.byline) == ("Coastal Harbours Agency", "")


def test_a_place_and_date_line_gives_the_dateline_and_stays_out_of_the_body():
    document = _read("department_release.html")
    assert document.dateline == "Saltmarsh Point, Ardenshire"
    assert document.body.startswith("The slipway at Saltmarsh Point will be rebuilt")


def test_a_cms_account_name_is_no_byline():
    assert _read("wordpress_admin.html").byline == ""


def test_published_and_updated_labels_in_the_pages_language_are_no_byline():
    assert _read("portal_release.html").byline == ""


def test_tag_links_after_a_label_are_all_the_pages_tags():
    # "<span>Tags:</span> <a><span>portos</span></a><a>..." in a block
    # styled as a byline: its tags, and no byline.
    assert _read("portal_release.html").tags == ("portos", "navegação", "grãos")


def test_a_tag_block_styled_as_a_byline_names_no_author(tmp_path):
    # Plone styles both its date line and its tags as "documentByLine": the
    # date line holds no name, and the tags block is no byline either.
    page = tmp_path / "release.html"
    page.write_text(
        """<!doctype html><html lang="pt-br"><head><meta charset="utf-8">
<title>Balsa volta a operar no rio Claro — Agência de Portos Fluviais</title>
</head><body><main><article>
<h1>Balsa volta a operar no rio Claro</h1>
<div class="documentByLine"><span>Publicado em</span> <span>20/05/2025 11h40</span></div>
<p>A balsa entre as duas margens do rio Claro voltou a operar nesta terça-feira,
depois de três semanas parada para a troca do motor.</p>
<p>A travessia leva doze minutos e sai a cada meia hora.</p>
<div id="category" class="documentByLine"><span>Tags:</span> <a rel="tag"
href="/search?Subject=balsas"><span>balsas</span></a><a rel="tag"
href="/search?Subject=travessias"><span>travessias</span></a></div>
</article></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (document.byline, document.tags) == ("", ("balsas", "travessias"))


def test_a_release_carried_by_a_wire_is_its_issuers():
    # og:site_name and "--(HARBOR NEWSWIRE)--" name the wire; "About Fjordlys"
    # names whose release it is.
    assert _read("wire_about.html").source == "Fjordlys"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("admin", ""),
        ("Administrator", ""),
        ("webmaster", ""),
        # the accounts a CMS names by the role they post as
        ("By editor", ""),
        ("author", ""),
        ("Publicado em 10h12 Atualizado em 16h40", ""),
        ("Ana Ruiz | Publicado em 3/7/2024", "Ana Ruiz"),
        # another labelled field read with the name
        ("Lt. Mara Solis PN Unit: Naval Forces West", "Lt. Mara Solis PN"),
        ("Autor: Ana Ruiz Agencia: Prensa Norte", "Ana Ruiz"),
        # a forum handle and a desk's name stay
        ("plotholder_jen", "plotholder_jen"),
        ("Admin Team", "Admin Team"),
        # a newsroom's desk credited as the author is no one's name; a
        # person whose family name is Desk is
        ("Web Desk", ""),
        ("By News Desk", ""),
        ("Sam Desk", "Sam Desk"),
        # "by" in the Philippine languages and in Malay and Indonesian
        ("Ni Rosa M. Dacanay", "Rosa M. Dacanay"),
        ("Oleh Siti Rahmawati", "Siti Rahmawati"),
    ],
)
def test_a_byline_keeps_a_name_and_drops_accounts_and_date_labels(byline, expected):
    assert clean_byline(byline) == expected


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # a hyphen into a number is part of a word, not a dateline's dash
        ("A P-8A Poseidon crew found the boat.", ""),
        ("A C-130 crew flew supplies in.", ""),
        ("WASHINGTON - The agency said.", "WASHINGTON"),
    ],
)
def test_a_dateline_is_not_cut_out_of_a_hyphenated_word(text, dateline):
    assert split_dateline(text)[0] == dateline


def _paragraphs(name: str) -> list[str]:
    return _read(name).body.split("\n\n")


def test_a_media_contact_before_the_about_section_is_not_body():
    paragraphs = _paragraphs("listed_company_release.html")
    assert not any("lena.holm@" in p for p in paragraphs)
    # A line of the text that gives a number to call has no contact label.
    assert "North harbour office: call +46 31 555 01 20, weekdays 8 to 16" in paragraphs


def test_the_about_heading_goes_and_its_section_stays():
    paragraphs = _paragraphs("listed_company_release.html")
    assert "About Brekkvik Ferries" not in paragraphs
    assert paragraphs[-1] == (
        "Brekkvik Ferries AB builds electric ferries for public transport at sea."
        " The company has 150 employees."
    )


def test_a_market_abuse_regulation_notice_is_not_body():
    body = _read("listed_company_release.html").body
    assert "Market Abuse Regulation" not in body


LEAD = "The river ferry resumes service on Monday."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # a wire's tag after a place written in capitals and lower case
        ("Linzberg (OTS) - ", "Linzberg"),
        ("Den Haag (ANP) – ", "Den Haag"),
        # a place and a date with its year, closed by a dash
        ("Veendorp, 18 juni 2025 – ", "Veendorp"),
        ("Marbourg, 3 March 2025 - ", "Marbourg"),
        # a regional agency's place, day and month, closed by a dash
        ("Portovecchio, 14 mag - ", "Portovecchio"),
        ("Portovecchio, 3 di Jugn - ", "Portovecchio"),
        # a Spanish press office's place, closed by a full stop and a dash
        ("Valdemora.- ", "Valdemora"),
        ("Villa Serrana, 6 de noviembre.- ", "Villa Serrana"),
        # an American place and its state's abbreviation, which stays in it
        ("Lansing, Mich. — ", "Lansing, Mich."),
        ("Washington, DC – ", "Washington, DC"),
        # a place in accented capitals before a wire's date and tag
        (
            "SAINT-ÉLOI, QUÉBEC, CANADA, 10 novembre 2026 /EINPresswire.com/ -- ",
            "SAINT-ÉLOI, QUÉBEC, CANADA",
        ),
        # a double dash, the wire's tag in any case or script, a date, a dash
        (
            "GANGSEO, South Korea--(Newswire) November 5, 2026-- ",
            "GANGSEO, South Korea",
        ),
        ("강서--(뉴스와이어) 2026년 11월 19일 -- ", "강서"),
        ("Harbourtown--(Kaiwire)-- ", "Harbourtown"),
        ("New York, NY – ", "New York, NY"),
        # or its state's full name
        ("Paris, Texas – ", "Paris, Texas"),
        # AP's Saint, Fort and Mount before the place's name
        ("ST. LOUIS, MO – ", "ST. LOUIS, MO"),
        ("Ft. Worth, Texas – ", "Ft. Worth, Texas"),
        ("Mt. Pleasant, S.C. – ", "Mt. Pleasant, S.C."),
        # an American office's place, its date alone in brackets, a dash
        ("Durham, NC (March 20, 2026) — ", "Durham, NC"),
        ("WASHINGTON, D.C. (Feb. 4, 2013) - ", "WASHINGTON, D.C."),
        ("KNOXVILLE, Tenn. (August 5, 2021) – ", "KNOXVILLE, Tenn."),
        ("Harbourtown, Texas (August 5, 2021) – ", "Harbourtown, Texas"),
        ("Washington (Feb. 5, 2026) - ", "Washington"),
        ("WASHINGTON (Feb. 5, 2026) - ", "WASHINGTON"),
        # a place, its state and a date: the state stays in the place
        ("Harbourtown, MA, May 3, 2024 – ", "Harbourtown, MA"),
        # the wire and the date between slashes
        ("HARBOURTOWN, ON / ACCESSWIRE / November 24, 2026 / ", "HARBOURTOWN, ON"),
        ("HARBOURTOWN, ON / ACCESS Newswire / November 24, 2026 / ", "HARBOURTOWN, ON"),
        # the wire's tag and the date in one bracket, then one dash
        (
            "Harbourtown, British Columbia--(Kaiwire Corp. - November 24, 2026) - ",
            "Harbourtown, British Columbia",
        ),
        # a place, then the news agency that carried the release
        ("Kuala Lumpur, Bernama – ", "Kuala Lumpur"),
    ],
)
def test_a_release_opening_on_its_place_and_date_gives_its_dateline(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


# What a page says of its issuer besides the text: its title, its site's name.
MINISTRY_NAMES = ("Kemenhub Tambah Rute Kapal | Kemenhub", "Kementerian Perhubungan")
HARBOUR_NAMES = ("Council approves new berth plan - Harbour Board", "Harbour Board")


@pytest.mark.parametrize(
    ("opening", "names", "place"),
    [
        # an Indonesian ministry's place, then its short name the page's
        # title gives, or the initials of its name
        ("Kotabaru, Kemenhub – ", MINISTRY_NAMES, "Kotabaru"),
        (
            "Tanjung Sari, BPBD - ",
            ("Badan Penanggulangan Bencana Daerah",),
            "Tanjung Sari",
        ),
        # a short name the page names nowhere else is no issuer's
        ("Kotabaru, Kemenhub – ", HARBOUR_NAMES, ""),
    ],
)
def test_a_place_then_the_issuers_short_name_gives_the_place(opening, names, place):
    rest = LEAD if place else opening + LEAD
    assert split_dateline(opening + LEAD, names=names) == (place, rest)


@pytest.mark.parametrize(
    "opening",
    [
        # a person, an office, a suffix or a degree after the name
        "Jane Roe, Chair – ",
        "Tom Pryce, CEO – ",
        "John Smith, Jr. – ",
        "Jane Roe, MD – ",
        "Acme, Inc. – ",
        "Smith, Jones – ",
        # a note's label, a greeting, a day, a period
        "Update, Tuesday – ",
        "Hello, World – ",
        "Harbour Day, Saturday – ",
        "Q1, FY2025 – ",
        # a release's label, then the issuer's name
        "Press Release, Harbour Board – ",
        # a saint's or a doctor's name, then an office or a suffix
        "St. Anne, Chair – ",
        "Dr. Roe, MD – ",
        "St. Jude, Inc. – ",
        # an institution in a place before its state
        "St. Mary's Hospital, Missouri – ",
        "Ft. Lauderdale Police, Fla. – ",
        "Harbourtown High School, Texas – ",
    ],
)
def test_a_name_or_a_label_before_a_comma_and_a_dash_is_no_dateline(opening):
    text = opening + LEAD
    assert split_dateline(text, names=HARBOUR_NAMES) == ("", text)


@pytest.mark.parametrize(
    "opening",
    [
        "Today, 3 March 2025 – ",
        "On Monday, 3 March 2025 - ",
        "Members, 3 things - ",
        "in Veendorp, 18 juni 2025 – ",
        "Today, Kemenhub – ",
        "Sr. Gómez.- ",
        # a resolution's point, a subject, a note, a summary, thanks
        "Primero.- ",
        "Asunto.- ",
        "Nota.- ",
        "Summary.- ",
        "Thank You.- ",
        # a release's label or a day before a date in brackets
        "Update (March 20, 2026) – ",
        "Update, March 20, 2026 – ",
        "Press Release (March 20, 2026) – ",
        "Today (March 20, 2026) – ",
        # a meeting, an event or a person before a date in brackets: no
        # place in capitals, nor one followed by its state
        "Hauptversammlung (18. März 2026) – ",
        "Algemene Vergadering (18 maart 2026) – ",
        "Town Hall Meeting (March 18, 2026) – ",
        "Press Conference (March 18, 2026) – ",
        "Harbourtown (August 5, 2021) – ",
        # a label, a notice or an agency in capitals before a date in
        # brackets: capitals alone make no place without its state
        "EMBARGOED UNTIL NOON (March 18, 2026) – ",
        "IN MEMORIAM (March 18, 2026) – ",
        "FACT SHEET (March 18, 2026) – ",
        "NASA (March 18, 2026) – ",
        "SENATOR ROE (March 18, 2026) – ",
        "PRESSEMITTEILUNG (18. März 2026) – ",
        "COMMUNIQUÉ DE PRESSE (18 mars 2026) – ",
        # a person with a title, or an institution, before a state: no town
        "Governor Jane Roe, Texas (March 18, 2026) – ",
        "Senator Jane Roe, Ohio (March 18, 2026) – ",
        "Ohio State University, Ohio (March 18, 2026) – ",
        # a breadcrumb ending on a date names no wire, nor does a wire's name
        # as a word of its own
        "Home / News / 3 May 2024 / ",
        "Home / News Wire / March 18, 2026 / ",
        "Sales and Marketing / Acme Wire / March 18, 2026 / ",
        "Harbourtown / ACCESSWIRE / March 18, 2026 / ",
    ],
)
def test_prose_opening_with_a_date_and_a_dash_keeps_its_words(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)
    # nor is its date a wire dateline's
    assert dateline_date(opening + LEAD) == ""


def test_points_opened_alike_are_no_dateline():
    text = "Uno.- Aprobar el plan de atraques.\n\nDos.- Publicar el acuerdo."
    assert split_dateline(text) == ("", text)


def test_a_json_lines_record_opening_on_a_point_keeps_it(tmp_path):
    record = (
        '{"title": "Board adopts berth plan", "source": "Harbour Board", '
        '"body": "Primero.- Aprobar el plan de atraques.\\n\\nEl plan entra '
        'en vigor en junio."}\n'
    )
    (tmp_path / "releases.jsonl").write_text(record, encoding="utf-8")
    (document,) = read_file(tmp_path / "releases.jsonl")
    assert document.dateline == ""
    assert document.body.startswith("Primero.- Aprobar el plan")


@pytest.mark.parametrize(
    "text",
    [
        # a name, its ticker or initials, then an aside closed by a second dash
        "Kestrel (KSTL) - the largest holding in the fund - rose nine percent.",
        "Harbour Town Council (HTC) - the body that runs the port - met today.",
        # a person and a date, then an aside on that date
        "Sarah Jones, 14 March – a date she will never forget – won the race.",
        "Anna, 18 juni – haar verjaardag – won de havenregatta.",
        # a note's heading and its day, then the sentence going on in lower case
        "Update, 14 March: the ferry timetable has changed again.",
    ],
)
def test_a_name_and_an_aside_in_the_first_sentence_are_no_dateline(text):
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("name", "source", "dateline", "opening"),
    [
        # a wire's page: the release's sender, linked by its class
        ("wire_sender.html", "Grauwand Seilbahnen GmbH", "Grauberg", "Die Seilbahn"),
        # a press portal's page: the organisation that sent it, class "org"
        ("wire_org.html", "Bibliotheek Oostmarke", "Oostmarke", "Bibliotheek"),
    ],
)
def test_a_wire_release_is_its_senders_who_is_no_author(
    name, source, dateline, opening
):
    document = _read(name)
    assert (document.source, document.byline) == (source, "")
    assert document.dateline == dateline
    assert document.body.startswith(opening)


@pytest.mark.parametrize(
    ("name", "source"),
    [
        # "Headline > Site > News Release": the kind of page is no source
        ("crumb_title_release.html", "Lakeshore Patrol Station 4"),
        ("crumb_title_article.html", "88th Wing"),
    ],
)
def test_a_title_written_as_a_breadcrumb_names_its_site(name, source):
    assert _read(name).source == source


@pytest.mark.parametrize(
    ("name", "byline"),
    [
        # the site credited as the author of its own release: no person
        ("crumb_title_release.html", ""),
        # a name and the site's office: the name
        ("crumb_title_article.html", "Staff Sgt. Dana Whitfield"),
    ],
)
def test_the_publisher_in_a_byline_is_no_author(name, byline):
    assert _read(name).byline == byline


@pytest.mark.parametrize(
    ("byline", "is_declared", "expected"),
    [
        ("Lakeshore Patrol Station 4", False, ""),
        # an organisation its page's metadata declares as its own author
        ("Lakeshore Patrol Station 4", True, "Lakeshore Patrol Station 4"),
        (
            "Dana Whitfield, Lakeshore Patrol Station 4 Media Office",
            False,
            "Dana Whitfield",
        ),
        # another organisation after the name stays
        ("Dana Whitfield, Harbour Gazette", False, "Dana Whitfield, Harbour Gazette"),
    ],
)
def test_a_byline_loses_the_publisher_it_names(byline, is_declared, expected):
    publisher = "Lakeshore Patrol Station 4"
    assert (
        byline_without_publisher(byline, publisher, is_declared=is_declared) == expected
    )


def test_a_numbered_note_line_over_the_headline_gives_its_whole_date():
    # "Medieninformation Nr. 25/2024 | 14.05.2024, 10:30 Uhr": the date is
    # read whole, not cut after "14.05.20".
    assert _read("numbered_note.html").date.isoformat() == "2024-05-14"


def test_a_state_media_service_names_the_ministry_that_issues_the_release():
    # <p class="mi-herausgeber">: the issuer, not the portal's og:site_name.
    document = _read("numbered_note.html")
    assert (document.source, document.byline) == (
        "Ministerium für Verkehr Musterland",
        "",
    )


def _council_page(tmp_path, inside: str):
    page = tmp_path / "berth.html"
    page.write_text(
        "<html><head><title>Berth plan approved | Harbour Council</title>"
        '<meta property="og:site_name" content="Harbour Council"></head>'
        "<body><main><article><h1>Berth plan approved</h1>"
        "<p>The council approved the new berth plan after three months of"
        " consultation with fishing crews and residents of the old quay.</p>"
        f"{inside}"
        "<p>Residents can read the full plan at the library on Dock Street.</p>"
        "</article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document


@pytest.mark.parametrize(
    "inside",
    [
        # a name in a sentence of the text
        '<p>The plan was drawn up with the <span class="org">Harbour Pilots'
        " Association</span>, whose members guide every ship in.</p>",
        # the author's card: its "org" is her employer
        '<div class="vcard author-card"><span class="fn">Jane Roe</span>'
        '<span class="org">Northshore Gazette</span></div>',
        # a category's link
        '<p class="meta">Posted in <a class="cat-org" href="/c/org">Organisation</a></p>',
        # a share widget
        '<div class="share"><span class="sender">Share this</span></div>',
        # a table of the bodies consulted
        '<table><tr><td class="org">Harbour Pilots Association</td>'
        "<td>Consulted</td></tr></table>",
    ],
)
def test_an_org_class_within_the_article_is_no_issuer(tmp_path, inside):
    assert _council_page(tmp_path, inside).source == "Harbour Council"


WIRE_LEAD = (
    "SEATTLE--(BUSINESS WIRE)--Corvane Robotics, a maker of dock cranes, today"
    " announced a contract with Harbour Town Ports to automate four berths."
)


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        # the partner's section last: the issuer is the one the lead names
        (
            [
                "About Corvane Robotics",
                "Corvane Robotics builds automated cranes for ports.",
                "About Harbour Town Ports",
                "Harbour Town Ports runs the container terminal.",
            ],
            "Corvane Robotics",
        ),
        # the heading with a colon after it is the same heading
        (
            [
                "About Corvane Robotics Inc.:",
                "Corvane Robotics builds automated cranes for ports.",
            ],
            "Corvane Robotics Inc.",
        ),
        # a partner's section alone: the lead opens on the issuer
        (
            [
                "About Harbour Town Ports",
                "Harbour Town Ports runs the container terminal.",
            ],
            "Corvane Robotics",
        ),
        # headings over no organisation, or none: the lead names the issuer
        (
            ["About the contract", "The contract is worth 40 million pounds."],
            "Corvane Robotics",
        ),
        (["About Us", "Us is a word, not a company."], "Corvane Robotics"),
        (
            [
                "About the Harbour Town terminal",
                "The terminal handles 400 ships a year.",
            ],
            "Corvane Robotics",
        ),
        ([], "Corvane Robotics"),
    ],
)
def test_a_wire_release_is_named_by_the_about_section_of_its_lead(
    tmp_path, closing, source
):
    assert _wire_page(tmp_path, WIRE_LEAD, closing).source == source


@pytest.mark.parametrize(
    "heading", ["About Corvane Robotics", "About Corvane Robotics:"]
)
def test_an_about_heading_with_or_without_a_colon_is_no_line_of_the_body(
    tmp_path, heading
):
    about = "Corvane Robotics builds automated cranes for ports."
    document = _wire_page(tmp_path, WIRE_LEAD, [heading, about])
    assert document.body.endswith("four berths.\n\n" + about)


def test_a_wire_credited_under_a_photo_is_no_dateline_of_the_site_own_release(
    tmp_path,
):
    # The Board's own release, a picture the wire took, a partner's section:
    # "(Photo: Business Wire)" is a credit, and the release stays the Board's.
    lead = "The Harbour Board today approved funding for two electric cranes."
    closing = [
        "Jane Roe with the first crane (Photo: Business Wire)",
        "About Corvane Robotics",
        "Corvane Robotics builds automated cranes for ports.",
    ]
    document = _wire_page(tmp_path, lead, closing, site="Harbour Board")
    assert document.source == "Harbour Board"


def _wire_page(tmp_path, lead: str, closing: list[str], site: str = "Business Wire"):
    page = tmp_path / "wire.html"
    paragraphs = "".join(f"<p>{text}</p>" for text in [lead, *closing])
    page.write_text(
        "<html><head><title>Corvane Robotics wins harbour contract</title>"
        f'<meta property="og:site_name" content="{site}"></head>'
        "<body><main><article><h1>Corvane Robotics wins harbour contract</h1>"
        f'<div class="article-body">{paragraphs}</div></article></main></body></html>',
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document


@pytest.mark.parametrize(
    ("lead", "site", "source"),
    [
        (WIRE_LEAD, "Business Wire", "Corvane Robotics"),
        (
            "HARBOUR TOWN, March 4, 2025 /PRNewswire/ -- Corvane Robotics today"
            " announced a contract to automate four berths.",
            "PR Newswire",
            "Corvane Robotics",
        ),
        (
            "SEATTLE--(BUSINESS WIRE)--Corvane Robotics, Inc. (NASDAQ: CRV), a"
            " maker of dock cranes, has won a contract to automate four berths.",
            "Business Wire",
            "Corvane Robotics",
        ),
        (
            "SEATTLE--(BUSINESS WIRE)--Procter & Gamble announced today a"
            " contract to automate four berths.",
            "Business Wire",
            "Procter & Gamble",
        ),
        # a wire's tag in the dateline of a release another site carries
        (WIRE_LEAD, "Harbour Town Gazette", "Corvane Robotics"),
        # what the issuer did today, in English or the release's language,
        # or said, after a wire's tag that is its domain or carries a date
        (
            "SEATTLE, WA, UNITED STATES, March 4, 2025 /EINPresswire.com/ --"
            " Corvane Robotics today opened a crane yard by four berths.",
            "EIN Presswire",
            "Corvane Robotics",
        ),
        (
            "SAINT-ÉLOI, QUÉBEC, CANADA, 4 mars 2025 /EINPresswire.com/ --"
            " Grues Côté lance aujourd’hui un chantier de quatre quais.",
            "EIN Presswire",
            "Grues Côté",
        ),
        (
            "GANGSEO, South Korea--(Newswire) March 4, 2025-- Corvane Robotics"
            " said on March 4 that it has automated four berths.",
            "Newswire",
            "Corvane Robotics",
        ),
        # a lead that opens on no name, or on two: the wire stays the source
        (
            "SEATTLE--(BUSINESS WIRE)--Four berths at the terminal will be"
            " automated, Corvane Robotics today announced.",
            "Business Wire",
            "Business Wire",
        ),
        (
            "SEATTLE--(BUSINESS WIRE)--In a deal worth millions, Corvane Robotics"
            " today announced a contract to automate four berths.",
            "Business Wire",
            "Business Wire",
        ),
        (
            "SEATTLE--(BUSINESS WIRE)--Harbour Town Ports and Corvane Robotics"
            " today announced a contract to automate four berths.",
            "Business Wire",
            "Business Wire",
        ),
        # a person, a generic party, a date, a list or a possessive opening
        # the lead is not the issuer: the wire stays the source
        *(
            (f"SEATTLE--(BUSINESS WIRE)--{opening} a new crane.", "Business Wire", who)
            for opening, who in [
                (
                    "Jane Roe, chair of the Harbour Board, today announced",
                    "Business Wire",
                ),
                ("Dr. Jane Roe, a port engineer, today announced", "Business Wire"),
                ("Washington Governor Jane Roe today announced", "Business Wire"),
                ("The Company today announced", "Business Wire"),
                (
                    "Following Strong Q3 Results, Corvane Robotics today announced",
                    "Business Wire",
                ),
                (
                    "March 4, 2025, Corvane Robotics, a crane maker, today announced",
                    "Business Wire",
                ),
                ("Shareholders of Corvane Robotics today announced", "Business Wire"),
                (
                    "Harbor Holdings' Subsidiary Corvane Robotics today announced",
                    "Business Wire",
                ),
                (
                    "Corvane Robotics (NASDAQ: CVRB) and Harbor Logistics (NYSE: HLOG)"
                    " today announced",
                    "Business Wire",
                ),
                (
                    "Corvane Robotics & Harbor Logistics today announced",
                    "Business Wire",
                ),
                (
                    "Corvane, Harbor Logistics, and Kelmoor Ports, three port firms,"
                    " today announced",
                    "Business Wire",
                ),
                # where it is based is no part of its name
                ("Seattle-based Corvane Robotics today announced", "Corvane Robotics"),
            ]
        ),
        # no wire's tag, on a site that is no wire: the site's release
        (
            "SEATTLE -- Corvane Robotics today announced a contract to automate"
            " four berths.",
            "Harbour Town Gazette",
            "Harbour Town Gazette",
        ),
    ],
)
def test_a_wire_release_without_an_about_section_is_the_one_its_lead_names(
    tmp_path, lead, site, source
):
    closing = ["Work on the berths begins in June."]
    assert _wire_page(tmp_path, lead, closing, site).source == source


@pytest.mark.parametrize(
    "label",
    [
        "From: Jane Roe",
        "Von: Jane Roe",
        "De : Jane Roe",
        "From: Jane Roe, Harbour Council",
    ],
)
def test_a_person_the_release_is_from_is_its_byline_not_its_source(tmp_path, label):
    page = tmp_path / "from.html"
    page.write_text(
        "<html><head><title>Berth plan approved | Harbour Council</title>"
        '<meta property="og:site_name" content="Harbour Council"></head>'
        "<body><main><article><h1>Berth plan approved</h1>"
        f'<p class="byline">{label}</p><div class="article-body">'
        "<p>The council approved the new berth plan after three months of"
        " consultation with fishing crews and residents of the old quay.</p>"
        "<p>Work on the eastern breakwater will begin in early summer.</p>"
        "</div></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (document.source, document.byline) == ("Harbour Council", "Jane Roe")


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        # a sentence of the text that mentions the law stays
        (
            "The council is not a listed company, and the Market Abuse Regulation"
            " does not apply to its bond programme, the treasurer told the committee.",
            True,
        ),
        # the notice itself goes, named by its law or by what it discloses
        (
            "This information is information that Harbour Ports AB is obliged to"
            " make public pursuant to the EU Market Abuse Regulation.",
            False,
        ),
        ("This announcement contains inside information.", False),
        # the disclaimer a Canadian exchange has its listed companies close on
        (
            "Neither the TSX Venture Exchange nor its Regulation Services Provider"
            " accepts responsibility for the adequacy or accuracy of this release.",
            False,
        ),
        (
            "The CSE has not reviewed and does not accept responsibility for the"
            " adequacy or accuracy of this release.",
            False,
        ),
        # the company's own words on another release
        (
            "The company accepts responsibility for the adequacy or accuracy of"
            " the release of tailings water, the chief executive said.",
            True,
        ),
        (
            "The company accepts responsibility for the adequacy or accuracy of"
            " this release, the chief executive said.",
            True,
        ),
    ],
)
def test_only_a_disclosure_notice_closing_a_release_is_dropped(tmp_path, closing, kept):
    page = tmp_path / "bonds.html"
    page.write_text(
        "<html><head><title>Bond programme renewed | Harbour Council</title></head>"
        "<body><main><article><h1>Bond programme renewed</h1>"
        "<p>The council renewed its bond programme for five more years after a"
        " vote of the finance committee on Monday night.</p>"
        "<p>The programme pays for the new berths and the eastern breakwater.</p>"
        f"<p>{closing}</p></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (closing in document.body) is kept


def test_an_issuer_class_holds_a_name_written_in_lower_case(tmp_path):
    # <p class="mi-herausgeber">: a ministry named as its language writes it
    document = _council_page(
        tmp_path, '<p class="mi-herausgeber">Krajne ministerstwo za wobswět</p>'
    )
    assert document.source == "Krajne ministerstwo za wobswět"


LETTER = "<p>Dear councillors, the crews are happy with the plan.</p>"


def _release_quoting(tmp_path, paragraphs: list[str]):
    page = tmp_path / "letter.html"
    page.write_text(
        "<html><head><title>Berth plan approved | Harbour Council</title>"
        '<meta property="og:site_name" content="Harbour Council">'
        '<meta property="article:published_time" content="2025-03-04T09:00:00Z">'
        "</head><body><main><article><h1>Berth plan approved</h1>"
        f'<div class="article-body">{"".join(paragraphs)}</div>'
        "</article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document


APPROVED = (
    "<p>The council approved the new berth plan after three months of"
    " consultation with fishing crews, ferry operators and residents.</p>"
)
WORKS = (
    "<p>Work on the eastern breakwater will begin in early summer and is"
    " expected to last eighteen months.</p>"
)


@pytest.mark.parametrize(
    "header",
    [
        "From: Tom Pryce &lt;tom@harbour.example&gt;<br>Sent: Monday, 3 March 2025"
        "<br>Subject: berth plan",
        "Sent: Monday, 3 March 2025<br>Subject: berth plan",
        "From: Tom Pryce &lt;tom@harbour.example&gt;",
        "<b>Von:</b> Tom Pryce &lt;tom@harbour.example&gt;<br><b>Gesendet:</b>"
        " Montag, 3. März 2025<br><b>Betreff:</b> Liegeplätze",
    ],
)
@pytest.mark.parametrize("below", [1, 2])
def test_a_letter_quoted_in_a_release_gives_no_cut_date_or_byline(
    tmp_path, header, below
):
    # A mail's header below the release's own sentences is the letter's: its
    # "Sent:" day is not the page's, its sender is no author, and the text
    # above it stays.
    quoted = f"<blockquote><p>{header}</p>{LETTER}</blockquote>"
    paragraphs = [APPROVED, WORKS][:below] + [quoted, WORKS][: 3 - below]
    document = _release_quoting(tmp_path, paragraphs)
    assert document.body.startswith("The council approved the new berth plan")
    assert "Dear councillors, the crews are happy" in document.body
    assert (str(document.date), document.byline) == ("2025-03-04", "")


def test_a_page_that_is_one_mail_opens_on_its_header_and_is_dated_by_it(tmp_path):
    # A mailing list's archive page: the header opens the text, so its
    # sender, its day and its cut are the page's own.
    page = tmp_path / "mail.html"
    page.write_text(
        "<html><head><title>berth plan</title></head><body>"
        "<p>From: Harbour Council &lt;press@harbour.example&gt;<br>"
        "Sent: Monday, 3 March 2025<br>Subject: berth plan</p>"
        f"{APPROVED}{WORKS}</body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body.startswith("The council approved the new berth plan")
    assert str(document.date) == "2025-03-03"


@pytest.mark.parametrize(
    ("meta", "byline"),
    [
        # Dublin Core's creator naming the council its logo names, on a page
        # titled in another language's name of it: the organisation, no author
        ('<meta name="DC.creator" content="Harbour Town Council">', ""),
        # a person as the creator is the author
        ('<meta name="DC.creator" content="Jane Roe">', "Jane Roe"),
        # an organisation declared as the author stays, as before
        ('<meta name="author" content="Harbour Town Council">', "Harbour Town Council"),
    ],
)
def test_a_dublin_core_creator_naming_the_sites_organisation_is_no_byline(
    tmp_path, meta, byline
):
    page = tmp_path / "council.html"
    page.write_text(
        "<html><head><title>Berth plan approved - Konsel Porth</title>"
        f"{meta}</head><body><header><a href='/'><img src='/logo.svg'"
        " alt='Harbour Town Council'></a></header><main>"
        "<h1>Berth plan approved</h1><div class='editor'><p>The council approved"
        " the new berth plan after three months of consultation with fishing"
        " crews.</p><p>Work on the quay begins in March.</p></div></main>"
        "</body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.byline == byline


def test_an_about_heading_with_a_colon_naming_no_issuer_is_text(tmp_path):
    # "About X:" heads a note on the release's subject, not the issuer's
    # section, when X is a name the text writes nowhere else.
    note = "Electric cranes cut diesel use at terminals by a third."
    about = "Corvane Robotics builds automated cranes for ports."
    closing = ["About Electric Cranes:", note, "About Corvane Robotics", about]
    document = _wire_page(tmp_path, WIRE_LEAD, closing)
    assert document.body.split("\n\n")[-3:] == ["About Electric Cranes:", note, about]


def _closing_page(tmp_path, closing: str) -> list[str]:
    page = tmp_path / "closing.html"
    page.write_text(
        "<html><head><title>Drill results at Kestrel Lake | Kestrel Mining</title>"
        "</head><body><main><article><h1>Drill results at Kestrel Lake</h1>"
        "<p>Kestrel Mining Corp. reported assays from the first six holes of its"
        " fall drill program at the Kestrel Lake project on Monday.</p>"
        "<p>All six holes cut the pegmatite along a strike of 650 metres.</p>"
        f"{closing}</article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document.body.split("\n\n")


def test_an_about_heading_ending_in_a_company_form_goes_and_its_section_stays(
    tmp_path,
):
    section = "Kestrel Mining Corp. is an exploration company based in Vancouver."
    paragraphs = _closing_page(
        tmp_path, f"<p><b>About Kestrel Mining Corp.</b></p><p>{section}</p>"
    )
    assert paragraphs[-2:] == [
        "All six holes cut the pegmatite along a strike of 650 metres.",
        section,
    ]


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        # a name, a role and a number printed without a trunk prefix, as
        # Nordic and Baltic pages do
        ("Mari Kask, linnavalitsuse avalike suhete nõunik, 5555 1234", False),
        ("Ola Nordmann, pressevakt, 555 12 345", False),
        # a figure after a comma is no number to call
        ("Visitors in the first week, 1200", True),
        # nor is a figure in groups after its label, nor a run of years, nor
        # a sentence that names a line to call: no person and role before it
        ("Liczba pasażerów w 2025 r., 125 400", True),
        ("Production rose in every year since the plant opened, 2019 2020 2021", True),
        ("Residents with questions can call the council hotline, 0800 123 456", True),
    ],
)
def test_a_contact_line_ending_in_a_grouped_number_is_not_body(tmp_path, closing, kept):
    assert (closing in _closing_page(tmp_path, f"<p>{closing}</p>")) is kept


@pytest.mark.parametrize(
    "closing",
    [
        # PR Newswire's, Business Wire's, Newsfile's and GlobeNewswire's
        # pointers to the release on the wire's site, or to its pictures
        "<p>View original content to download multimedia:https://www.prnewswire"
        ".example/news-releases/kestrel-302123456.html</p><p>SOURCE Kestrel Mining"
        " Corp.</p>",
        "<p>View source version on businesswire.com: https://www.businesswire"
        ".example/news/home/20261124005123/en/</p>",
        "<p>To view the source version of this press release, please visit"
        " https://www.newsfilecorp.example/release/271001</p>",
        "<p>Photos accompanying this announcement are available at"
        " https://www.globenewswire.example/NewsRoom/AttachmentNg/1a2b</p>",
    ],
)
def test_a_wires_pointer_to_the_release_on_its_site_is_not_body(tmp_path, closing):
    assert _closing_page(tmp_path, closing)[-1] == (
        "All six holes cut the pegmatite along a strike of 650 metres."
    )


@pytest.mark.parametrize(
    "closing",
    [
        "For more on the project, please visit https://kestrel.example.",
        # a sentence of the text that opens with the wire's words
        "View original content in the plant's virtual tour, which opens on March 20.",
    ],
)
def test_the_issuers_own_pointer_to_more_information_stays(tmp_path, closing):
    assert _closing_page(tmp_path, f"<p>{closing}</p>")[-1] == closing


SAFE_HARBOR = (
    "This news release contains forward-looking statements within the meaning"
    " of applicable securities laws, including statements about the timing of"
    " the feasibility study. Actual results may differ materially."
)
ABOUT = "Kestrel Mining Corp. is an exploration company based in Vancouver."


@pytest.mark.parametrize(
    "closing",
    [
        # under its heading, before the About section, which stays
        f"<h2>Forward-Looking Statements</h2><p>{SAFE_HARBOR}</p>"
        f"<p>Readers are cautioned not to rely on them.</p>"
        f"<p><b>About Kestrel Mining Corp.</b></p><p>{ABOUT}</p>",
        f"<p><b>Cautionary Note Regarding Forward-Looking Information</b></p>"
        f"<p>{SAFE_HARBOR}</p><p><b>About Kestrel Mining Corp.</b></p><p>{ABOUT}</p>",
        # after the About section, without a heading
        f"<p><b>About Kestrel Mining Corp.</b></p><p>{ABOUT}</p><p>{SAFE_HARBOR}</p>",
    ],
)
def test_a_listed_companys_safe_harbor_statement_is_not_body(tmp_path, closing):
    assert _closing_page(tmp_path, closing)[-2:] == [
        "All six holes cut the pegmatite along a strike of 650 metres.",
        ABOUT,
    ]


@pytest.mark.parametrize(
    "closing",
    [
        # forward-looking words under no law, a law without them
        "The board will publish forward-looking statements on demand next year.",
        "Prosecutors said the scheme broke the Private Securities Litigation"
        " Reform Act.",
        # a regulator's rule and a court's holding about the harbour report
        # the law: they are no release's own statement
        "Under the new rules, forward-looking statements made by SPACs will no"
        " longer fall within the safe harbor of the Private Securities"
        " Litigation Reform Act of 1995.",
        "The court held that the statements at issue were forward-looking"
        " statements protected by the safe harbor of the Private Securities"
        " Litigation Reform Act.",
    ],
)
def test_a_sentence_about_forward_looking_statements_stays(tmp_path, closing):
    assert _closing_page(tmp_path, f"<p>{closing}</p>")[-1] == closing


@pytest.mark.parametrize(
    "first",
    [
        # a short first paragraph giving a date in brackets between dashes:
        # a sentence, not the page's date line read in its parts
        "Governor Jane Roe (March 18, 2026) – Today I signed the budget.",
        "The first phase (June 2, 2021) – a pilot with 40 homes – showed"
        " savings of 12%.",
        "Our Annual Report (March 18, 2026) – now online – shows record output.",
        # an update label and its date before a sentence of news, not a note
        # that the page changed
        "Update, March 18, 2026 – The ferry to Kelmoor Island runs again"
        " after the storm.",
    ],
)
def test_a_short_first_sentence_with_a_date_between_dashes_stays(tmp_path, first):
    page = tmp_path / "budget.html"
    second = "The budget adds 40 nurses to the state's rural clinics."
    page.write_text(
        "<html><head><title>Governor signs the budget</title></head><body>"
        "<main><article><h1>Governor signs the budget</h1>"
        f"<p>{first}</p><p>{second}</p></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body == f"{first}\n\n{second}"


def test_a_date_line_under_the_headline_is_still_no_text(tmp_path):
    page = tmp_path / "budget.html"
    second = "The budget adds 40 nurses to the state's rural clinics."
    page.write_text(
        "<html><head><title>Governor signs the budget</title></head><body>"
        "<main><article><h1>Governor signs the budget</h1>"
        "<p>March 18, 2026 – Press Office</p>"
        f"<p>{second}</p></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body == second


def test_an_editors_note_that_the_page_changed_is_still_no_text(tmp_path):
    page = tmp_path / "ferry.html"
    second = "The ferry to Kelmoor Island runs again after the storm."
    page.write_text(
        "<html><head><title>Ferry runs again</title></head><body>"
        "<main><article><h1>Ferry runs again</h1>"
        "<p>Updated March 18, 2026 – This story has been updated to include"
        " the new times.</p>"
        f"<p>{second}</p></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body == second


CALL = "The company will host a call for investors on March 20."


@pytest.mark.parametrize(
    "section",
    [
        # a heading that names a safe harbour or forward-looking information
        # over a section of the text: an IRS plan rule, a central bank's
        # guidance, a port's works
        [
            "<h3>Safe harbor</h3>",
            "Employers that adopted a safe harbor 401(k) plan before 2026 may"
            " keep their current matching formula.",
            "Plans that change their formula mid-year must give 30 days notice.",
        ],
        [
            "<h2>Forward-Looking Information</h2>",
            "The Governing Council's forward guidance is that rates will remain"
            " at this level until inflation is durably at target.",
            "Markets should expect the next decision on April 15.",
        ],
        [
            "<h3>Safe Harbor and Marina Upgrades</h3>",
            "The plan rebuilds the breakwater, which protects 1,200 boats.",
            "<h3>Parks</h3>",
            "Two new parks open on the bayfront in 2027.",
        ],
    ],
)
def test_a_safe_harbor_heading_over_the_texts_own_section_stays(tmp_path, section):
    closing = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in section)
    paragraphs = _closing_page(tmp_path, closing)
    assert paragraphs[-len(section) :] == [re.sub(r"<[^>]+>", "", p) for p in section]


def test_the_text_after_a_safe_harbor_statement_stays(tmp_path):
    # the notice's own blocks go; the call details and the issuer's
    # description under them read as no notice, and stay
    closing = (
        f"<h2>Forward-looking statements</h2><p>{SAFE_HARBOR}</p>"
        f"<p>Actual results may differ materially.</p><p>{CALL}</p><p>{ABOUT}</p>"
    )
    assert _closing_page(tmp_path, closing)[-3:] == [
        "All six holes cut the pegmatite along a strike of 650 metres.",
        CALL,
        ABOUT,
    ]


def test_an_investor_relations_contact_under_the_notice_is_not_body(tmp_path):
    # the notice's cut ends at the contact line, which goes by its label,
    # inside the text as a media contact does
    closing = (
        f"<h2>Forward-Looking Statements</h2><p>{SAFE_HARBOR}</p>"
        "<p>Investor Relations: Dan Fry, Chief Financial Officer,"
        f" (419) 555-0172, ir@kestrel.example</p><p>{CALL}</p>"
    )
    assert _closing_page(tmp_path, closing)[-2:] == [
        "All six holes cut the pegmatite along a strike of 650 metres.",
        CALL,
    ]


def test_key_figures_above_a_contact_line_stay(tmp_path):
    # the contact line goes; the figure rows above it are no labels
    rows = ["Shipments by quarter, 1250 2400", "Shipments by year, 4200 9100"]
    closing = "".join(f"<p>{row}</p>" for row in rows)
    paragraphs = _closing_page(
        tmp_path, f"{closing}<p>Dana Whitfield, chief executive, 5555 1234</p>"
    )
    assert paragraphs[-2:] == rows


@pytest.mark.parametrize(
    "facts",
    [
        # the items of a line that introduces them
        [
            "Highlights of the program:",
            "Holes drilled: six, for 1,840 metres",
            "Best intercept: hole KL-04",
            "Next step: a second program in spring",
        ],
        # amounts, as key figures close a quarter's release
        [
            "Net interest margin: 3.41%",
            "Efficiency ratio: 57.2%",
            "Exploration spend: $4.2 million",
        ],
    ],
    ids=["under an introduction", "amounts"],
)
def test_a_closing_list_of_facts_stays(tmp_path, facts):
    paragraphs = _closing_page(tmp_path, "".join(f"<p>{fact}</p>" for fact in facts))
    assert paragraphs[-len(facts) :] == facts


@pytest.mark.parametrize(
    "closing",
    [
        # one label line is the page's, under a colon or not
        "<p>Enquiries to:</p><p>Original-Content von: Kestrel Mining, via Minewire</p>",
        "<p>Press Release Number: 26-114</p>",
        # labels without amounts and without an introduction
        "<p>Topics: Mining, Lithium</p><p>Region: Northern Ontario</p>",
    ],
)
def test_closing_labels_still_go(tmp_path, closing):
    paragraphs = _closing_page(tmp_path, closing)
    assert (
        paragraphs[-1]
        == "All six holes cut the pegmatite along a strike of 650 metres."
    )
