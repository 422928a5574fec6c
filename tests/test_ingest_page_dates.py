"""A page's date decided between its metadata, htmldate and what it shows (#17).

Pages in tests/data/page_dates/ were written for this project; each holds
the kind of date evidence real sites disagree on.
"""

from datetime import date

import pytest

from searchidx import read_file
from searchidx.ingest.date_choice import is_event_line

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_dates"


def _date(name: str):
    (document,) = read_file(PAGES / name)
    return document.date


def test_a_utc_time_late_in_the_evening_gives_way_to_the_local_day_shown():
    # JSON-LD says 2023-11-20T23:10:00Z; the page shows "21 November 2023, 00:10".
    assert _date("utc_evening.html") == date(2023, 11, 21)


def test_a_time_in_the_page_own_zone_is_its_day_whatever_a_teaser_shows():
    # datePublished 18:10 at -06:00 is the local day; a "most read" teaser
    # below the story is dated the next day, and htmldate takes it.
    assert _date("local_evening.html") == date(2023, 11, 20)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # <html lang="it">: "04/07/2023" is 4 July.
        ("day_first_numeric.html", date(2023, 7, 4)),
        # <html lang="en-US">: the same digits are 7 April.
        ("month_first_numeric.html", date(2023, 4, 7)),
    ],
)
def test_a_numeric_date_is_read_as_the_page_language_writes_it(name, expected):
    assert _date(name) == expected


def test_a_date_labelled_as_an_update_is_not_the_publication_date():
    # "Updated 19 March 2024" above the headline, "Last updated: 19 March
    # 2024" before "Published: 5 March 2024" below it.
    assert _date("updated_above_published.html") == date(2024, 3, 5)


def test_a_last_modified_meta_gives_way_to_a_date_the_page_shows():
    # <meta name="last-modified" content="2024-01-15">, which htmldate takes;
    # the page shows "Released 12 January 2024" in its facts table.
    assert _date("last_modified_meta.html") == date(2024, 1, 12)


def test_the_first_date_after_the_headline_wins_over_a_later_time_element():
    # "6 March 2024" under the headline; a <time> of 8 March in the
    # "next story" link below the text.
    assert _date("teaser_time_after_story.html") == date(2024, 3, 6)


def test_two_sources_agreeing_outvote_the_metadata():
    # JSON-LD says 2 May; article:published_time (htmldate's pick) and the
    # byline line ("By Ann Tolley · 9 May 2023") say 9 May.
    assert _date("metadata_outvoted.html") == date(2023, 5, 9)


def test_a_relative_time_is_dated_by_the_day_its_title_shows_not_by_utc():
    # <time datetime="2023-09-18T23:40:00Z" title="19 Sep 2023, 11:40 am">4 days ago</time>
    assert _date("relative_time.html") == date(2023, 9, 19)


@pytest.mark.parametrize(
    "line",
    ["Сёння: 18 сакавіка 2025 г.", "An-diugh: 18 Màrt 2025", "Heute, 18. März 2025"],
)
def test_a_date_labelled_today_in_any_language_is_the_day_the_page_is_read(line):
    assert is_event_line(line)
    assert not is_event_line("18 March 2025")


def test_a_date_with_a_month_named_in_a_language_we_never_listed_is_read():
    # <html lang="gd">: "7 Cèitean 2024" over the headline, a teaser's
    # "12 Giblean 2024" below the story.
    assert _date("gaelic_month_name.html") == date(2024, 5, 7)


def test_the_header_showing_today_gives_way_to_the_date_of_the_story():
    # "Сёння: 18 сакавіка 2025 г." is the day the page was saved.
    assert _date("today_header_be.html") == date(2025, 3, 12)


def test_a_page_dated_only_by_its_script_takes_the_date_the_script_states():
    # A social platform's article: no date shown, no metadata, only
    # ``var publish_time = "2024-11-08"`` for the page's app.
    assert _date("script_variable.html") == date(2024, 11, 8)


def test_a_converted_document_is_dated_by_its_text_not_by_its_file():
    # pdftohtml's <meta name="date"> is when the file was made (2 June); the
    # release shows "4th June 2024".
    assert _date("converted_document.html") == date(2024, 6, 4)


def test_a_converted_documents_author_is_its_files_not_a_byline():
    # <meta name="author" content="office"> from pdftohtml: the account
    # that wrote the file.
    (document,) = read_file(TEST_DATA / "page_dates" / "converted_document.html")
    assert document.byline == ""


def test_a_date_set_as_a_badge_of_one_element_a_part_is_read_whole():
    # <span class="day">08</span><span class="mon">Marzu</span><span
    # class="yr">2025</span>: no part is a date alone.
    assert _date("date_badge.html") == date(2025, 3, 8)


def test_a_date_labelled_as_published_wins_over_an_earlier_date_of_the_event():
    # "Datum događaja: 14.02.2025." in the report's table, "Objavljeno:
    # 15.02.2025." under it: the report was published the next day.
    assert _date("incident_report.html") == date(2025, 2, 15)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publikuar më 15.02.2025", True),
        ("Veröffentlicht am 5. März 2024", True),
        ("Birt: 7. mars 2025 kl. 11:40", True),
        ("发布时间：2024-03-05", True),
        ("Issued at 10:00 on Fri 7 Mar 2025", True),
        ("Emitido el viernes, 7 de marzo de 2025 a las 10:00", True),
        ("Урнаштырылды: 13.02.2024 08:15", True),
        ("Жарияланды: 13.02.2024", True),
        ("Republic Day, 26 January 2025", False),
        ("Published 5 March, updated 6 March 2024", False),
    ],
)
def test_a_label_of_publication_is_told_in_many_languages(line, expected):
    from searchidx.ingest.date_choice import is_published_line

    assert is_published_line(line) is expected


def test_a_warning_is_dated_by_the_day_it_was_issued_not_the_days_it_is_valid():
    # "Inicio: sábado, 8 de marzo de 2025" and "Fin: ..." in a table, then
    # "Emitido el viernes, 7 de marzo de 2025".
    assert _date("warning_issued_es.html") == date(2025, 3, 7)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2024/03/05/ferry-fares", date(2024, 3, 5)),
        ("https://news.example/2024-03-05-ferry-fares", date(2024, 3, 5)),
        # government portals: a month's folder, single digits, eight digits
        ("http://www.gov.example/xinwen/2025-03/04/content_1.htm", date(2025, 3, 4)),
        ("https://zj.example/art/2025/3/4/art_1229.html", date(2025, 3, 4)),
        ("http://www.city.example/zwgk/t20250304_123456.html", date(2025, 3, 4)),
        ("https://news.example/20250304/ferry.html", date(2025, 3, 4)),
        # an id or a month alone is no date
        ("https://news.example/item/20251399/", None),
        ("https://news.example/2024/03/", None),
        ("https://news.example/id/202403051234", None),
    ],
)
def test_a_url_dates_a_page_in_the_forms_sites_write_it(url, expected):
    from searchidx.ingest.page_dates import date_from_url

    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # Metadata of the day a copy was saved; under the headline "By Nell
        # Hargreave • Published 28th Aug 2023, 08:05 BST".
        ("saved_copy_published_line.html", date(2023, 8, 28)),
        # "Marta Fabre · Publicat lo 05/10/2023 a 8 h 40": an author, then
        # the date with its time written the French and Occitan way.
        ("author_then_published_oc.html", date(2023, 10, 5)),
    ],
)
def test_a_line_labelled_published_beside_its_author_wins_over_other_metadata(
    name, expected
):
    assert _date(name) == expected


def test_a_date_after_an_edit_label_and_a_name_is_not_the_publication_date():
    # "last modified by" "Owen Tate" "on" "Jun 21, 2023", each its own element; the
    # text opens "HARTFIELD, 16 June 2023 –".
    assert _date("modified_by_name_on.html") == date(2023, 6, 16)


def test_a_line_labelled_posted_at_the_foot_wins_over_a_date_in_a_facts_table():
    # "Reported 06/02/2023" in a table under the headline; "Posted
    # 06/05/2023 by Communications Officer Rae Dunmore" after the text.
    assert _date("posted_at_foot.html") == date(2023, 6, 5)


def test_a_utc_stamp_gives_way_to_the_local_day_its_own_time_element_shows():
    # og:published_time 2023-03-29T22:45:00Z; the post's footer, without a
    # headline above it, shows that moment as "Mar 30, 2023, 11:45".
    assert _date("post_footer_local_day.html") == date(2023, 3, 30)


def test_a_post_dated_only_in_its_own_footer_takes_that_date():
    # The post's date is in the <footer> of its <article> ("12 Aibreán 2023 ·
    # 4 nótaí"), which is pruned with the site's chrome.
    assert _date("post_footer_date.html") == date(2023, 4, 12)


def test_the_lines_of_a_post_footer_pruned_as_chrome_are_kept_for_its_date():
    from bs4 import BeautifulSoup

    from searchidx.ingest.page_chrome import prune_chrome
    from searchidx.ingest.page_dates import date_in_lines

    soup = BeautifulSoup((PAGES / "post_footer_date.html").read_bytes(), "lxml")
    post_lines: list[str] = []
    prune_chrome(soup, keep=soup.find("h2"), post_lines=post_lines)
    assert "Téama le Léarscáil" not in " ".join(post_lines)  # the site's footer
    assert date_in_lines(post_lines) == date(2023, 4, 12)


def test_the_name_beside_a_published_date_is_the_byline():
    # "Marta Fabre · Publicat lo 05/10/2023 a 8 h 40" under the headline.
    (document,) = read_file(PAGES / "author_then_published_oc.html")
    assert document.byline == "Marta Fabre"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Tom Pryce • Published 12th Apr 2024, 16:30 BST", "Tom Pryce"),
        ("Ana de la Fuente | Publicado el 3 de mayo de 2024", "Ana de la Fuente"),
        # a wire's place and a lead's first words are no author
        ("MINNEAPOLIS, Sept. 12, 2023 — Blue Fen F", ""),
        ("Published 3 May 2024 | News Desk Team", "News Desk Team"),
    ],
)
def test_a_date_line_names_its_author_apart_from_its_date(line, expected):
    from searchidx.ingest.page_byline import byline_in_date_line

    assert byline_in_date_line(line) == expected


def test_a_month_named_in_a_language_only_wider_cldr_data_has_is_read():
    # <html lang="mi">: "14 Ākuhata 2024" under the headline is 14 August;
    # dateparser's tables have no Māori, Babel's CLDR data does.
    assert _date("month_name_mi.html") == date(2024, 8, 14)


def test_the_page_language_names_months_only_while_its_page_is_read():
    from searchidx.ingest.dates import parse_date
    from searchidx.ingest.named_months import page_language

    assert parse_date("3 di maghju 2024") is None
    with page_language("co-FR"):
        assert parse_date("3 di maghju 2024") == date(2024, 5, 3)
        assert parse_date("22 Ogasiti 2024") is None  # Chichewa's, not Corsican's
    assert parse_date("3 di maghju 2024") is None


_CHICHEWA = """<!doctype html><html {html}><head><meta charset="utf-8">{head}
<title>Laibulale idzatsegulidwa Lamulungu</title></head><body><article>
<h1>Laibulale idzatsegulidwa Lamulungu</h1><p class="date">22 Ogasiti 2024</p>
<p>Laibulale yaikulu idzatsegulidwa Lamulungu kuyambira mwezi wamawa, khonsolo
yanena Lachiwiri pambuyo pa voti ya aphungu onse.</p>
<p>Khonsolo inatalikitsa maola a laibulale pa 12 January 2023 kwa ophunzira pa
nthawi ya mayeso.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("html", "head"),
    [
        # a space where the tag wants a hyphen
        ('lang="ny MW"', ""),
        # English first, the page's own language in a second og:locale
        (
            'lang="en"',
            '<meta property="og:locale" content="en_US">'
            '<meta property="og:locale" content="ny_MW">',
        ),
        # a theme's lang="en" on a page written in Chichewa: the month's
        # whole name in the language the text is in, not the sentence's date
        ('lang="en"', ""),
    ],
)
def test_a_loosely_or_wrongly_declared_language_still_names_the_month(
    tmp_path, html, head
):
    page = tmp_path / "laibulale.html"
    page.write_text(_CHICHEWA.format(html=html, head=head), encoding="utf-8")
    (document,) = read_file(page)
    assert document.date == date(2024, 8, 22)


def test_a_numeric_date_is_read_day_first_on_a_french_page_declared_english(
    tmp_path,
):
    page = tmp_path / "bibliotheque.html"
    page.write_text(
        """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>La bibliothèque ouvre le dimanche</title></head><body><article>
<h1>La bibliothèque ouvre le dimanche</h1><p>Publié le 05/03/2024 à 10h00</p>
<p>La bibliothèque centrale ouvrira le dimanche à partir d'avril, a annoncé le
conseil municipal mardi après un vote.</p>
<p>Le conseil avait déjà prolongé les horaires pour les étudiants pendant les
examens de fin d'année.</p></article></body></html>""",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == date(2024, 3, 5)


def test_no_month_is_made_of_the_words_between_a_number_and_a_year(tmp_path):
    # lang="en" on a Chichewa page, whose only date-shaped line holds no
    # month's name: no date is made of it
    page = tmp_path / "laibulale.html"
    html = _CHICHEWA.format(html='lang="en"', head="").replace(
        "22 Ogasiti 2024", "Mabuku 22 atsopano 2024"
    )
    page.write_text(html.replace("12 January 2023", "chaka chatha"), encoding="utf-8")
    (document,) = read_file(page)
    assert document.date is None


def test_a_language_tag_is_read_whatever_separates_its_parts_and_every_locale_counts():
    from bs4 import BeautifulSoup

    from searchidx.ingest.dates import parse_date
    from searchidx.ingest.named_months import page_language
    from searchidx.ingest.page_dates import page_language_of

    with page_language("ny MW"):
        assert parse_date("22 Ogasiti 2024") == date(2024, 8, 22)
    soup = BeautifulSoup(
        _CHICHEWA.format(
            html='lang="EN"',
            head=(
                '<meta property="og:locale" content="en_US">'
                '<meta property="og:locale" content="ny-mw">'
            ),
        ),
        "lxml",
    )
    assert page_language_of(soup) == ("en", "en_us", "ny_mw")
    with page_language(page_language_of(soup)):
        assert parse_date("22 Ogasiti 2024") == date(2024, 8, 22)


@pytest.mark.parametrize(
    "dateline",
    [
        "GANGSEO, South Korea--(Newswire) March 5, 2025-- ",
        "HARBOUR TOWN, March 5, 2025 /PRNewswire/ -- ",
    ],
)
def test_a_wire_dateline_gives_the_local_day_against_a_utc_stamp_the_evening_before(
    tmp_path, dateline
):
    # the wire's page stamps 23:30 UTC on the 4th; the release was issued on
    # the 5th where it was written, and its dateline says so
    page = tmp_path / "wire.html"
    page.write_text(
        "<html><head><title>Corvane Robotics opens a crane yard</title>"
        '<meta property="article:published_time" content="2025-03-04T23:30:00Z">'
        '<meta property="og:site_name" content="Newswire"></head><body><main>'
        '<h1>Corvane Robotics opens a crane yard</h1><div class="article-body">'
        f"<p>{dateline}Corvane Robotics said on March 5 that it has opened a crane"
        " yard by the four berths of the harbour.</p><p>The yard employs forty"
        " people and handles two hundred containers a day.</p></div></main>"
        "</body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == date(2025, 3, 5)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Naipablaak: Nobiembre 9, 2026", date(2026, 11, 9)),
        ("Naipablaak: Hunio 9, 2026", date(2026, 6, 9)),
        ("Naipablaak: Disiembre 9, 2026", date(2026, 12, 9)),
        # a word one letter off no month's name is no month
        ("Naipablaak: Probinsia 9, 2026", None),
    ],
)
def test_a_month_spelled_as_a_language_without_tables_spells_it_is_read(
    tmp_path, shown, expected
):
    # lang="ilo": Ilocano, whose months CLDR does not name; it spells them
    # as Spanish and Tagalog do, a letter otherwise ("noviembre", "hunyo")
    page = tmp_path / "damag.html"
    page.write_text(
        '<html lang="ilo"><head><title>Baro a rangtay iti ili</title></head><body>'
        "<main><h1>Baro a rangtay iti ili</h1>"
        f'<div class="byline"><span class="date">{shown}</span></div>'
        "<p>Nalpasen ti baro a rangtay iti ili, kuna dagiti opisial iti probinsia"
        " idi Lunes.</p><p>Makatulong ti rangtay kadagiti mannalon a mangilako"
        " kadagiti apitda iti ili.</p></main></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == expected


def test_a_date_shown_in_an_element_classed_as_the_update_is_not_the_shown_date(
    tmp_path,
):
    # A theme's post footer: a hidden <span class="updated"> with the UTC
    # stamp of the last change, then the day the post was published, in the
    # islands' evening the UTC day before the stamps.
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Solar power for the island</title>"
        '<meta property="article:published_time" content="2025-03-05T03:30:00+00:00">'
        "</head><body><article><h1>Solar power for the island</h1>"
        "<div class='post-content'><p>The island's power station now runs on "
        "solar panels and batteries for most of the year, the office said.</p>"
        "<p>Six local workers were trained to look after the new system.</p></div>"
        "<div class='meta-info'><span class='updated hidden-snippet'>"
        "2025-03-05T04:02:00+00:00</span><span>March 4th, 2025</span></div>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == date(2025, 3, 4)


def test_a_date_classed_both_published_and_updated_is_the_shown_date(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Solar power for the island</title>"
        '<meta property="article:published_time" content="2025-03-05T03:30:00+00:00">'
        "</head><body><article><h1>Solar power for the island</h1>"
        "<div class='byline'><span class='entry-date published updated'>"
        "March 4th, 2025</span></div><div class='post-content'><p>The island's "
        "power station now runs on solar panels and batteries for most of the "
        "year, the office said.</p></div></article></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == date(2025, 3, 4)
