"""What opens or ends a text in its own container but is no part of it (#17):
a call to subscribe, an emoji alone, a line-up under its label, a letter's
closing and its signature, the issuing office's sign, the heading over a
closing note; an announcement's line naming the issuer and its defined terms.

Pages in tests/data/page_tails/ were written for this project.
"""

import pytest

from searchidx import read_file

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_tails"


def _last_paragraph(name: str) -> str:
    (document,) = read_file(PAGES / name)
    return document.body.split("\n\n")[-1]


@pytest.mark.parametrize(
    ("name", "last"),
    [
        # A callout "📬 Get our newsletter: one email a month about the garden."
        (
            "newsletter_callout.html",
            "Forty new plots will be marked out in March, and the waiting list "
            "of 65 households will be offered them in the order they signed up.",
        ),
        # A release sent as an e-mail: "Met vriendelijke groet," and the
        # spokesperson's name, role and telephone under it.
        (
            "email_release_signature.html",
            "Het bad verbruikt na de renovatie ongeveer de helft minder gas, omdat "
            "het water nu met een warmtepomp wordt verwarmd.",
        ),
        # A mailed release: "-----", then the sender's office and a notice
        # that replies are not read.
        (
            "mailed_release_delimiter.html",
            "The Collector asked officers to make sure that every centre has "
            "moisture meters, tarpaulins and drinking water before it opens.",
        ),
        # A note box ("panel-note") under the text: how the statement was sent.
        (
            "closing_note_box.html",
            "We ask the authority to publish its cost figures and to hold a public "
            "hearing before the new fares take effect in September.",
        ),
        # "Line-up" and "Harrowgate: Ellis; Moore, Platt, ..." after the report.
        (
            "match_report_lineup.html",
            "The win lifts Harrowgate to fourth in the league, three points off "
            "the play-off places.",
        ),
    ],
)
def test_the_text_ends_at_its_last_sentence(name, last):
    assert _last_paragraph(name) == last


def test_a_sentence_naming_many_places_is_kept():
    assert _last_paragraph("prose_listing_states.html").startswith(
        "The settlement was also joined by the states of Alabama"
    )


def test_an_announcement_starts_after_the_line_defining_the_issuer_names():
    # 'Tamworth Foods plc ("Tamworth" or the "Group")' above the text.
    (document,) = read_file(PAGES / "announcement_defined_name.html")
    assert document.body.startswith("Tamworth Foods plc, the maker of chilled")


@pytest.mark.parametrize(
    "after",
    [
        # a closing over lines that are sentences is no signature
        "Thanks,\n\nThe committee will meet again in May. Members may send "
        "their proposals to the secretary before then.",
        # a short line ending in a comma with nothing under it
        "Apples, pears,",
    ],
)
def test_a_closing_without_a_signature_under_it_ends_nothing(after):
    from searchidx.ingest.body_tail import drop_tail

    text = ["The fair opens on Saturday at ten.", "Entry is free for children."]
    assert drop_tail([*text, *after.split("\n\n")])[: len(text) + 1] == [
        *text,
        after.split("\n\n")[0],
    ]


def test_a_mail_subject_labelled_by_the_releases_kind_titles_it_without_the_label():
    # <title>Persbericht: zwembad De Golf weer open na renovatie</title>
    (document,) = read_file(PAGES / "email_release_signature.html")
    assert (document.title, document.source) == (
        "zwembad De Golf weer open na renovatie",
        "",
    )


def _wiki_page(tail: str) -> str:
    return f"""<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Bergen åpner et bibliotek for brettspill - Wikinyheter</title></head>
<body><main><h1>Bergen åpner et bibliotek for brettspill</h1>
<div class="mw-parser-output">
<p>Bergen kommune har åpnet et bibliotek der innbyggerne kan låne brettspill på
samme måte som bøker, med over fem hundre spill i samlingen.</p>
<p>Biblioteket holder åpent fire dager i uken, og spillene kan lånes i tre
uker om gangen.</p>
{tail}</div></main></body></html>"""


def test_a_wikis_sources_under_the_text_are_no_part_of_it(tmp_path):
    # "Related news" with a linked teaser, then "Sources" citing a paper by
    # its title, name and date.
    tail = (
        '<div class="mw-heading"><h2 id="Relaterte">Relaterte nyheter</h2></div>'
        '<ul><li><a href="#">Oslo utvider åpningstidene i bibliotekene (12. '
        "januar 2025)</a></li></ul>"
        '<div class="mw-heading"><h2 id="Kilder">Kilder</h2></div>'
        '<ul><li><span class="sourceTemplate">«Bergen åpner et bibliotek for '
        "brettspill» — Bergensavisen, 3. mars 2025</span></li></ul>"
    )
    page = tmp_path / "wiki.html"
    page.write_text(_wiki_page(tail), encoding="utf-8")
    (document,) = read_file(page)
    assert document.body.endswith("uker om gangen.")


def test_a_dated_list_item_inside_the_text_stays(tmp_path):
    # Only a run of citations at the end goes; the same item with text
    # after it is the text's own.
    tail = (
        "<p>Spillene er sortert etter alder og antall spillere, og de ansatte "
        "hjelper gjerne med å finne et passende spill.</p>"
        "<p>De mest populære spillene kan reserveres på nettsidene.</p>"
        "<ul><li>Første utlånsdag — Bergen bibliotek, 3. mars 2025</li></ul>"
        "<p>Kommunen vil vurdere ordningen etter et år, og flere bydeler har "
        "allerede spurt om egne samlinger.</p>"
    )
    page = tmp_path / "wiki.html"
    page.write_text(_wiki_page(tail), encoding="utf-8")
    (document,) = read_file(page)
    assert "Første utlånsdag" in document.body


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # a formal notice signed off with its place and day, and a signature
        ("Porto Serrano, 14 de maio de 2025.\n\nAna Lima – Diretora de Relações", 0),
        ("Valdoro, 3 marzo 2025", 0),
        # a sentence about a place and a day is text
        ("The plant opens in Porto Serrano, on 14 May 2025.", 1),
        ("We met in Valdoro, 3 March 2025. Everyone came.", 1),
    ],
)
def test_a_notice_signed_off_with_place_and_day_ends_before_it(after, kept):
    from searchidx.ingest.body_tail import drop_tail

    text = ["The company informs the market of its new bond.", "Terms follow."]
    assert drop_tail([*text, *after.split("\n\n")]) == [*text, after][: 2 + kept]


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        # a table of files under its heading row, each name with its format
        ("Tables Format\n\nTable 1: Arrivals by port XLSX\n\nTable 2: Stays CSV", 0),
        ("Annual report 2024 (PDF, 2.1 MB)", 0),
        # a sentence that names a format is text
        ("The full tables are published as XLSX and PDF.", 1),
        ("Download the tables", 1),
    ],
)
def test_a_list_of_files_to_download_ends_before_the_text_ends(after, kept):
    from searchidx.ingest.body_tail import drop_tail

    text = ["Arrivals rose by six percent in January.", "Most came by air."]
    blocks = after.split("\n\n")
    assert drop_tail([*text, *blocks]) == [*text, *blocks][: 2 + kept]


@pytest.mark.parametrize(
    ("last", "issuer", "kept"),
    [
        # the issuing office's sign under the release, naming its issuer
        (
            "Biro Humas dan Kerja Sama, Kementerian Perairan Darat",
            "Kementerian Perairan Darat",
            False,
        ),
        ("Pressestelle, Stadt Kelmoor", "Stadt Kelmoor", False),
        ("Stadt Kelmoor", "Stadt Kelmoor", False),
        # a sentence naming the issuer is text
        ("Stadt Kelmoor thanks everyone who took part.", "Stadt Kelmoor", True),
        # a closing line naming someone else is not the issuer's sign
        ("Pressestelle, Landkreis Brekk", "Stadt Kelmoor", True),
        # nor one holding a short issuer's name inside its words
        ("Happy sailing from the Kelmoor harbour crews", "AP", True),
        # an office's sign after "Issued by", whatever office it names
        ("Issued by the Office of the Harbour Spokesperson", "Stadt Kelmoor", False),
        ("Issued by: Ministry of Inland Waters", "", False),
        # a sentence opening so is text
        ("Issued by the harbour master, the permits run a year.", "", True),
        # nor a clause or a phrase with lower-case words of its own
        (
            "fishing boats keep the inner harbour, run by Harbour Board staff",
            "Harbour Board",
            True,
        ),
        (
            "Ferry passengers should check the Harbour Board website before travelling",
            "Harbour Board",
            True,
        ),
        (
            "Visit Kelmoor this summer and see the new quay for yourself",
            "Kelmoor",
            True,
        ),
        ("A new Harbour Board office on the quay", "Harbour Board", True),
        # an office of the issuer, its connectors in lower case
        ("Department of the Interior, Harbour Board", "Harbour Board", False),
    ],
)
def test_a_release_signed_by_its_issuers_office_ends_before_the_sign(
    last, issuer, kept
):
    from searchidx.ingest.body_end import drop_issuer_sign

    text = ["The harbour reopens on Monday.", "Ferries run every hour."]
    assert drop_issuer_sign([*text, last], issuer) == [*text, last][: 2 + kept]


def test_a_saved_release_ends_before_its_issuers_sign(tmp_path):
    page = tmp_path / "signed.html"
    page.write_text(
        """<!doctype html><html lang="id"><head><meta charset="utf-8">
<title>Benih ikan ditebar di Danau Kelmoor</title>
<meta property="og:site_name" content="Kementerian Perairan Darat">
</head><body><article><h1>Benih ikan ditebar di Danau Kelmoor</h1>
<p>Kementerian Perairan Darat menebar satu juta benih ikan di Danau Kelmoor
untuk memulihkan stok ikan lokal.</p>
<p>Penebaran dilakukan di lima titik bersama kelompok nelayan setempat.</p>
<p class="contact">Biro Hubungan Masyarakat, Kementerian Perairan Darat</p>
</article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body.split("\n\n")[-1] == (
        "Penebaran dilakukan di lima titik bersama kelompok nelayan setempat."
    )


def _closing_section(tmp_path, closing: str):
    page = tmp_path / "council.html"
    page.write_text(
        f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour levy: council adopts its position</title></head>
<body><main><div class="press-release"><h1>Harbour levy: council adopts its position</h1>
<div class="body"><p>The council today adopted its position on a proposal
that would raise the harbour levy for cruise ships from next spring.</p>
<p>Under the council's position, ships over 200 metres would pay twice the
levy of smaller ships, and the revenue would go to the harbour fund.</p>
{closing}</div></div></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document.body.split("\n\n")


def test_the_heading_over_a_releases_closing_note_is_no_text(tmp_path):
    paragraphs = _closing_section(
        tmp_path,
        "<h3>Next steps</h3><p>The position will now be the basis for talks"
        " with the port authority.</p>",
    )
    assert "Next steps" not in paragraphs
    assert paragraphs[-1] == (
        "The position will now be the basis for talks with the port authority."
    )


@pytest.mark.parametrize(
    "after", ["", "<p>メールによるお問い合わせは<a href='#'>こちら</a></p>"]
)
def test_the_heading_over_the_contact_details_a_page_closes_on_goes_with_them(
    tmp_path, after
):
    # a Japanese city hall's "Inquiries about this page": the office and its
    # number under the heading, a full-width colon after "telephone"
    page = tmp_path / "kisha.html"
    page.write_text(
        f"""<!doctype html><html lang="ja"><head><meta charset="utf-8">
<title>港の清掃活動を実施します</title></head><body><main><div id="tmp_contents">
<h1>港の清掃活動を実施します</h1>
<p>市民や事業者と連携した港の清掃活動を12月6日（土曜日）に実施します。</p>
<p>当日は、約300人が参加し、岸壁や砂浜のごみを回収します。</p>
<p>雨天の場合は、12月13日（土曜日）に延期します。</p>
<h2>このページに関するお問い合わせ</h2><p>港湾局 港湾管理課 電話：045-555-2468</p>
{after}</div></main></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert (
        document.body.split("\n\n")[-1]
        == "雨天の場合は、12月13日（土曜日）に延期します。"
    )


def test_a_heading_over_a_section_of_the_text_stays(tmp_path):
    paragraphs = _closing_section(
        tmp_path,
        "<h3>What changes</h3><p>Ships that dock for less than four hours pay"
        " half.</p><p>Ferries on the island routes pay nothing at all.</p>",
    )
    assert "What changes" in paragraphs


def test_the_last_of_the_texts_own_section_headings_stays(tmp_path):
    paragraphs = _closing_section(
        tmp_path,
        "<h3>Ferries</h3><p>Ferries move to berths 13 to 16.</p>"
        "<h3>Containers</h3><p>Container ships get berths 1 to 12.</p>",
    )
    assert paragraphs[-4:] == [
        "Ferries",
        "Ferries move to berths 13 to 16.",
        "Containers",
        "Container ships get berths 1 to 12.",
    ]


_KOALA_FIRST = (
    "More than 300 volunteers planted 12,000 native trees over the weekend"
    " to reconnect two stretches of koala habitat."
)
_KOALA_QUOTE = (
    '"In ten years this will be a corridor koalas can use without ever touching'
    " the ground,\" said Dr Ann Tully, the Trust's ecologist."
)
_KOALA_LAST = "Volunteers will return in spring to water the seedlings."


def _koala_page(tmp_path, box):
    page = tmp_path / "koalas.html"
    page.write_text(
        "<html><head><title>Trees planted for koalas</title></head><body><main>"
        f"<article><h1>Trees planted for koalas</h1><p>{_KOALA_FIRST}</p>{box}"
        f"<p>{_KOALA_QUOTE}</p><p>{_KOALA_LAST}</p></article></main></body></html>",
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize(
    "box",
    [
        # WordPress's pull quote block, and a blockquote a CMS classes so,
        # each lifting a line the text gives further down
        '<figure class="wp-block-pullquote"><blockquote><p>A corridor koalas can'
        " use without ever touching the ground.</p><cite>Dr Ann Tully</cite>"
        "</blockquote></figure>",
        '<div class="block-quote"><blockquote class="pull-quote"><p>In ten years'
        " this will be a corridor koalas can use without ever touching the"
        " ground.</p></blockquote></div>",
    ],
)
def test_a_pull_quote_box_repeating_the_text_is_no_part_of_it(tmp_path, box):
    (document,) = read_file(_koala_page(tmp_path, box))
    assert document.body == f"{_KOALA_FIRST}\n\n{_KOALA_QUOTE}\n\n{_KOALA_LAST}"


@pytest.mark.parametrize(
    ("box", "quote"),
    [
        # the release's only quote, in WordPress's pull quote block
        (
            '<figure class="wp-block-pullquote"><blockquote><p>This is the best'
            " quarter in our history, and the third line will make next year"
            " better still.</p><cite>Dana Whitfield, Chief Executive</cite>"
            "</blockquote></figure>",
            "This is the best quarter in our history, and the third line will"
            " make next year better still.",
        ),
        # and in a blockquote a theme classes so, the person named in it
        (
            '<blockquote class="pullquote">“This is the best quarter in our'
            " history,” said Dana Whitfield, chief executive. “The third line"
            " will make next year better still.”</blockquote>",
            "“This is the best quarter in our history,” said Dana Whitfield,"
            " chief executive. “The third line will make next year better"
            " still.”",
        ),
    ],
)
def test_a_pull_quote_box_the_text_never_gives_is_kept(tmp_path, box, quote):
    page = tmp_path / "lithium.html"
    first = (
        "Harbor Lithium Corp. today reported record production at its Missouri"
        " plant, where output rose for the fourth quarter in a row."
    )
    last = "The plant shipped 4,200 tonnes in the quarter, up from 3,100 a year ago."
    page.write_text(
        "<html><head><title>Harbor Lithium reports record quarter</title></head>"
        "<body><main><article><h1>Harbor Lithium reports record quarter</h1>"
        f"<p>{first}</p>{box}<p>{last}</p></article></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert quote in document.body
    assert document.body.startswith(first)
    assert document.body.endswith(last)


_LEVY_LAST = (
    "Under the council's position, ships over 200 metres would pay twice the"
    " levy of smaller ships, and the revenue would go to the harbour fund."
)


@pytest.mark.parametrize(
    "closing",
    [
        # a labelled contact, the press office's line of details under it
        # (its parts set apart by a capital I), a bar of networks to follow
        "<p>For further information please contact: Mara Quist, Press Office,"
        " quistm@harbour-council.example</p><p>Press and Information Office,"
        " Harbour Council I E-mail: press@harbour-council.example I Web:"
        " www.harbour-council.example I Kelmoor</p>"
        "<p>Follow Us: Facebook | Twitter | Instagram | YouTube</p>",
        # the office's line in Portuguese, longer than a bare contact is
        "<p>Para mais informações, contactar: Mara Quist,"
        " quistm@harbour-council.example</p><p>Direção de Imprensa e"
        " Comunicação, Conselho do Porto de Kelmoor I E-mail:"
        " imprensa@harbour-council.example I Web: www.harbour-council.example"
        " I Kelmoor I Portugal</p>",
    ],
)
def test_a_contact_box_closing_the_text_goes_whole(tmp_path, closing):
    assert _closing_section(tmp_path, closing)[-1] == _LEVY_LAST


@pytest.mark.parametrize(
    "after",
    [
        # a sentence under the contact that gives a number is text
        "<p>Ships can book a berth by calling +44 113 555 0182 from Monday.</p>",
        # a paragraph under it that gives no details is text
        "<p>The levy will be reviewed after two seasons</p>",
    ],
)
def test_the_text_under_a_contact_inside_it_stays(tmp_path, after):
    paragraphs = _closing_section(
        tmp_path,
        "<p>For further information please contact: Mara Quist, Press Office,"
        f" quistm@harbour-council.example</p>{after}"
        "<p>The council meets again on 3 March.</p>",
    )
    assert paragraphs[-2] == after.removeprefix("<p>").removesuffix("</p>")
    assert paragraphs[-3] == _LEVY_LAST


def test_a_release_platforms_page_ends_at_the_issuers_about_text():
    # A Japanese release platform's page: the issuer's About section under
    # "■...について", its contact line, then the platform's note that the
    # release has material for the press and a link to register for it.
    (document,) = read_file(PAGES / "ja_release_platform.html")
    paragraphs = document.body.split("\n\n")
    assert "■株式会社あおば製紙について" not in paragraphs
    assert paragraphs[-1] == (
        "株式会社あおば製紙は、1978年に設立された製紙会社です。"
        "再生紙の製造と販売を手がけています。"
    )


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        # a note on the release itself, in the languages that write one
        ("This press release is also available in French and German.", False),
        ("このプレスリリースには、報道関係者向けの資料があります", False),
        ("Diese Pressemitteilung ist auch auf Englisch verfügbar.", False),
        # a sentence on a release of something else is text
        ("This release of the harbour map adds the new berths.", True),
        # and so is a long paragraph that opens on the release
        (
            "This press release marks the end of a year of talks between the"
            " council, the port authority, the ferry operators and the fishing"
            " co-operatives on how the harbour levy should be shared.",
            True,
        ),
    ],
)
def test_a_note_on_the_release_itself_closes_no_text(last, kept):
    from searchidx.ingest.body_end import drop_closing_lines

    text = ["The harbour reopens on Monday.", "Ferries run every hour."]
    assert drop_closing_lines([*text, last], True) == [*text, last][: 2 + kept]


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        # the About heading where "about" follows the name
        ("■株式会社あおば製紙について", False),
        ("【株式会社あおば製紙について】", False),
        # a heading over something the next paragraph does not name
        ("■新しいノートについて", True),
    ],
)
def test_an_about_heading_after_its_name_is_no_text(heading, kept):
    from searchidx.ingest.body_end import drop_closing_lines

    text = ["あおば製紙はノートを発売します。", "価格は300円です。"]
    about = "株式会社あおば製紙は、1978年に設立された製紙会社です。"
    expected = [*text, heading, about] if kept else [*text, about]
    assert drop_closing_lines([*text, heading, about], True) == expected
