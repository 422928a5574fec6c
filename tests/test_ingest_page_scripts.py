"""Dates, bylines, titles and bodies as sites in other scripts and shapes write them (#17).

Pages in tests/data/page_scripts/ were written for this project, each in a
shape the reader had never been tuned on: a date with the full stop
Croatian and Latvian write after the year, a blog's date line that also names
its author, a forum post's handle and hashtags, Chinese text without spaces
between words, a Korean title split by full-width bars, editors' notes and a
contact line at the edges of a text.
"""

from datetime import date

import pytest

from searchidx import read_file
from searchidx.ingest._text import count_words, drop_pull_quotes
from searchidx.ingest.byline_text import clean_byline
from searchidx.ingest.date_choice import before_update
from searchidx.ingest.date_order import numeric_order
from searchidx.ingest.dates import is_date_line, parse_date
from searchidx.ingest.page_publisher import TITLE_SEPARATORS

from .conftest import TEST_DATA

PAGES = TEST_DATA / "page_scripts"


def _read(name: str):
    (document,) = read_file(PAGES / name)
    return document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.03.2024.", date(2024, 3, 5)),
        ("Objavljeno: 5. 3. 2024.", date(2024, 3, 5)),
        ("Lapa atjaunota: 21.03.2024.", date(2024, 3, 21)),
        # A full stop before another digit is a longer number, no date.
        ("Ref. 05.03.2024.7", None),
    ],
)
def test_a_numeric_date_may_end_with_a_full_stop(text, expected):
    assert parse_date(text, day_first=True) == expected


def test_a_date_with_a_trailing_full_stop_is_the_page_date_not_its_modified_meta():
    # The only metadata date is article:modified_time (19 March); the page
    # shows "Objavljeno: 5. 3. 2024." under its headline.
    assert _read("hr_trailing_dot.html").date == date(2024, 3, 5)


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 5th March 2024 · Siobhán Keane",
        "By Ann Lee | 5 March 2024",
        "Geplaatst op 14 maart 2024 | Femke van der Berg",
        "kari_seiler · 3 dager siden · 02.04.2024",
    ],
)
def test_a_date_line_may_name_its_author_apart_from_the_date(line):
    assert is_date_line(line)


def test_a_sentence_with_a_date_is_no_date_line():
    assert not is_date_line("The plan was approved on 5 March 2024 - the council said")


def test_a_blog_date_line_gives_the_date_and_the_author():
    # "Geplaatst op 14 maart 2024 | Femke van der Berg" under the post's
    # title; older posts below carry dates of their own.
    document = _read("nl_blog_date_author.html")
    assert document.date == date(2024, 3, 14)
    assert document.byline == "Femke van der Berg"
    assert document.title == "Plantenruil in de bibliotheek"


def test_a_forum_post_gives_its_handle_as_byline_and_its_hashtags_as_tags():
    document = _read("forum_handle_hashtags.html")
    assert document.byline == "kari_seiler"
    assert document.date == date(2024, 4, 2)
    # A reply's "#klar" is the reply's, not the post's.
    assert document.tags == ("dugnad", "brygga")
    assert "#dugnad" not in document.body


def test_text_without_spaces_is_measured_in_characters():
    # One "word" to str.split(), about thirteen words of text.
    assert (
        count_words("市图书馆宣布，从四月起周六和周日的开放时间延长至晚上八点。") >= 10
    )
    assert count_words("three plain words") == 3


def test_a_chinese_page_keeps_its_short_paragraphs():
    document = _read("zh_unspaced.html")
    assert document.title == "市图书馆周末延长开放时间"
    assert document.date == date(2024, 3, 5)
    assert document.body.split("\n\n") == [
        "市图书馆宣布，从四月起周六和周日的开放时间延长至晚上八点。",
        "图书馆表示，此次调整是为了方便学生和上班族在周末借阅图书。",
        "延长开放期间，自习室和儿童阅览区将同时开放。",
        # Short, but a sentence: it ends with a full-width full stop.
        "欢迎市民前来。",
    ]
    assert document.source == "江城新闻网"


def test_tibetan_is_measured_in_syllables():
    # A tsheg after every syllable, no space between words: one "word" to
    # str.split(), about fifteen words of text.
    sentence = (
        "ཤེས་རིག་ལས་ཁུངས་ཀྱིས་དེ་རིང་གཞིས་ཆགས་ཀྱི་ས་གནས་དཔེ་མཛོད་ཁང་གསར་པ་ཞིག་མི་མང་ལ་སྒོ་འབྱེད་གནང་།"
    )
    assert count_words(sentence) >= 12
    # A label of two syllables stays a label's length.
    assert count_words("གསར་འགྱུར།") <= 2


def test_a_tibetan_page_keeps_its_sentences_ended_by_a_shad():
    # Each paragraph ends with a shad (།), the Tibetan full stop; the short
    # one ("The library has 6,000 books.") is a sentence, no deck, and the
    # office's sign under the text stays out.
    document = _read("bo_tsheg_shad.html")
    assert document.body.split("\n\n") == [
        "ཤེས་རིག་ལས་ཁུངས་ཀྱིས་དེ་རིང་གཞིས་ཆགས་ཀྱི་ས་གནས་དཔེ་མཛོད་ཁང་གསར་པ་ཞིག་མི་མང་ལ་སྒོ་འབྱེད་གནང་།",
        "དཔེ་མཛོད་ཁང་འདིར་དཔེ་དེབ་ ༦༠༠༠ ཡོད།",
        "སློབ་ཕྲུག་དང་རྒན་རྒོན་ཚོས་ཉིན་རེ་བཞིན་དཔེ་དེབ་ཀློག་ཐུབ་པ་དང་། གློག་ཀླད་ཀྱང་བེད་སྤྱོད་བྱེད་ཐུབ།",
        "དཔེ་མཛོད་ཁང་དེ་ཉིན་རེར་ཆུ་ཚོད་ ༩ ནས་ ༥ བར་སྒོ་ཕྱེ་རྒྱུ་ཡིན།",
    ]


def test_the_container_of_a_tibetan_text_is_found_by_its_sentences():
    # Each paragraph ends with a shad: the scorer reads them as prose, and
    # the container is the release's article, not the whole page.
    from bs4 import BeautifulSoup

    from searchidx.ingest.main_text import find_content_root

    page = (PAGES / "bo_tsheg_shad.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "lxml")
    root = find_content_root(soup, soup.h1)
    assert root.name == "article"


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("見出し｜ニュースリリース｜会社名", ["見出し", "ニュースリリース", "会社名"]),
        (
            "市图书馆周末延长开放时间_江城新闻网",
            ["市图书馆周末延长开放时间", "江城新闻网"],
        ),
        ("Headline | Agency", ["Headline", "Agency"]),
        # A low line between Latin letters is part of a word or a handle.
        ("kari_seiler", ["kari_seiler"]),
    ],
)
def test_title_separators_of_every_script(title, parts):
    assert TITLE_SEPARATORS.split(title) == parts


def test_a_korean_headline_that_begins_with_the_company_name_is_the_title():
    # <title> "누리식품, 지역 ... 체결｜보도자료｜누리식품", og:site_name "누리식품":
    # the <h1> opens with the site's name and goes on, so it is the headline.
    document = _read("ko_fullwidth_title.html")
    assert document.title == "누리식품, 지역 농가와 과일 직거래 협약 체결"
    assert document.date == date(2024, 4, 10)


def test_editors_notes_and_a_contact_line_at_the_edges_of_the_text_stay_out():
    body = _read("de_update_notes.html").body
    assert body.startswith("Ab dem 1. März fährt die neue Linie 7")
    assert body.endswith("in der Seestraße geladen werden.")
    for note in ("Aktualisiert am", "Korrektur:", "Pressekontakt", "presse@"):
        assert note not in body


def test_the_author_element_inside_a_byline_block_names_the_author(tmp_path):
    # Plone's byline block holds the author's element, labels and two dates.
    page = tmp_path / "byline_block.html"
    page.write_text(
        "<html lang='fi'><head><title>Tutkimus valmistui</title></head><body>"
        "<h1>Tutkimus valmistui</h1>"
        "<div class='documentByLine'><span class='documentAuthor'>Kirjoittaja "
        "<a href='#'>Mikko Laine</a></span> — <span>Julkaistu 12.2.2024</span>"
        " — <span>Viimeksi muokattu 13.2.2024</span></div>"
        "<div class='text'><p>Tutkimus osoitti, että kaupungin pyörätiet ovat "
        "kuluneen vuoden aikana parantuneet selvästi, ja käyttäjät ovat "
        "tyytyväisiä.</p></div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.byline == "Mikko Laine"


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        # Dashes: day first in Dutch, Danish and Indian pages, month first in
        # US English, and day first wherever the month cannot be first.
        ("05-03-2024", True, date(2024, 3, 5)),
        ("05-03-2024", False, date(2024, 5, 3)),
        ("25-03-2024", False, date(2024, 3, 25)),
        ("5th of March 2024", False, date(2024, 3, 5)),
        # Month names of more languages.
        ("5 Maret 2024", True, date(2024, 3, 5)),
        ("5 de xaneiro de 2024", True, date(2024, 1, 5)),
        ("5 مارس 2024", True, date(2024, 3, 5)),
        ("5 تشرين الأول 2024", True, date(2024, 10, 5)),
        ("5 במרץ 2024", True, date(2024, 3, 5)),
        ("5 मार्च 2024", True, date(2024, 3, 5)),
        # Digits of other scripts.
        ("٥ مارس ٢٠٢٤", True, date(2024, 3, 5)),
        ("２０２４年３月５日", True, date(2024, 3, 5)),
        # Thai years count from the Buddhist era, 543 years earlier.
        ("5 มีนาคม 2567", True, date(2024, 3, 5)),
        ("5 มีนาคม พ.ศ. 2567", True, date(2024, 3, 5)),
    ],
)
def test_date_grammars_of_more_languages(text, day_first, expected):
    assert parse_date(text, day_first=day_first) == expected


def test_a_pull_quote_that_repeats_a_sentence_of_the_text_goes():
    paragraphs = drop_pull_quotes(
        [
            "The survey covered 80 glaciers across the Alps over two summers.",
            "We expected losses, but not on this scale.",
            'Dr. Moser said: "We expected losses, but not on this scale," and '
            "called for new water supplies.",
            "Short line",
        ]
    )
    assert paragraphs == [
        "The survey covered 80 glaciers across the Alps over two summers.",
        'Dr. Moser said: "We expected losses, but not on this scale," and '
        "called for new water supplies.",
        "Short line",
    ]


def test_a_pull_quote_in_the_article_is_read_once():
    body = _read("pull_quote_in_text.html").body
    assert body.count("Nobody should have to choose") == 1
    assert '"Nobody should have to choose between a shift' in body


def test_a_line_with_the_published_and_the_updated_day_gives_the_first():
    # "05/03/2024 às 10h30 - Atualizado em 06/03/2024 às 09h00" under the
    # headline; the only metadata date is article:modified_time (6 March).
    assert _read("pt_published_and_updated.html").date == date(2024, 3, 5)


def test_a_two_digit_year_is_read_day_first_where_the_language_puts_it_first():
    # "פורסם: 05.03.24" on a Hebrew page; "03.01.05" on an old US page is
    # still 1 March 2005.
    assert _read("he_short_year.html").date == date(2024, 3, 5)
    assert parse_date("03.01.05") == date(2005, 3, 1)


def test_a_contact_block_without_a_label_closes_no_text():
    # "Kontakt" over "Emma Lind, trafikplanerare, 0920-555 12 34": no colon,
    # no sentence, a number to call.
    document = _read("sv_contact_block.html")
    assert document.body.endswith("säger trafikplaneraren Emma Lind.")
    assert "0920-555" not in document.body
    # "Publicerad 5 mars 2024 kl. 10.30 · Uppdaterad 8 mars 2024"
    assert document.date == date(2024, 3, 5)


def test_a_sentence_that_gives_a_number_to_call_is_text(tmp_path):
    page = tmp_path / "call.html"
    page.write_text(
        "<html lang='en'><head><title>Flu clinics open</title></head><body>"
        "<h1>Flu clinics open</h1><div class='text'><p>Flu clinics open at "
        "every branch library on Monday, and no appointment is needed for "
        "adults or children.</p><p>Residents who cannot travel can book a home "
        "visit: call (555) 010-2030 before Friday.</p></div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body.endswith("call (555) 010-2030 before Friday.")


def test_a_call_to_subscribe_inside_the_text_stays_out():
    body = _read("blog_subscribe_callout.html").body
    assert "Subscribe to our newsletter" not in body
    assert body.endswith("we will write again in six months with the numbers.")


def test_a_thai_text_without_sentence_marks_is_read_whole():
    # Thai ends no sentence with a mark, so no block of it reads as a deck;
    # the date is in the Buddhist era (2567 is 2024).
    document = _read("th_unpunctuated.html")
    assert document.date == date(2024, 3, 5)
    assert len(document.body.split("\n\n")) == 3
    assert document.body.startswith("บริษัท สยามกรีน จำกัด เปิดโรงงาน")


def test_a_hindi_text_ends_its_sentences_with_the_danda():
    # A quoted paragraph ends with its closing quote; the others with "।".
    body = _read("hi_danda.html").body
    assert len(body.split("\n\n")) == 4
    assert body.startswith("ग्रामीण उद्यम मंत्रालय ने आज")


def test_a_bare_tags_label_takes_only_the_links_beside_it():
    # "Etiketler: <a>kreş</a>, <a>belediye</a>" in a block of its own; the
    # date line above it is in the same article, no tag.
    document = _read("tr_bare_tags_label.html")
    assert document.tags == ("kreş", "belediye")
    # "05.03.2024 10:30 | Son Güncelleme: 06.03.2024 09:00"
    assert document.date == date(2024, 3, 5)


def test_a_wire_release_closing_source_line_stays_out():
    document = _read("wire_source_line.html")
    assert document.body.endswith("sold in 9,000 stores across North America.")
    assert "SOURCE Brightwell" not in document.body
    assert document.dateline == "COLUMBUS, Ohio"


def test_a_closing_date_line_takes_the_headings_and_contacts_above_it_out():
    # "Contacts", a contact block, "Search for related information by
    # keyword", its link row, then "Date modified: 2024-03-07".
    document = _read("gov_date_modified_footer.html")
    assert document.body.endswith("The new symbol will be a magnifying glass.")
    assert "613-555-1234" not in document.body
    assert "Search for related" not in document.body
    assert document.date == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Автор: Мария Иванова", "Мария Иванова"),
        ("Yazar: Ayşe Demir", "Ayşe Demir"),
        ("Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),
        ("Reuters Updated: January 16, 2020", "Reuters"),
        # a participle before "by": a wiki's "Created by", in other languages
        ("Created by Jane Smith", "Jane Smith"),
        ("Publié par Jean Dupont", "Jean Dupont"),
        ("Napisane przez Annę Nowak", "Annę Nowak"),
        ("Erstellt von Max Muster", "Max Muster"),
        # a name's own particle is no label
        ("Anna von Berg", "Anna von Berg"),
        ("Maria da Silva", "Maria da Silva"),
        ("Benedikt von Arx", "Benedikt von Arx"),
    ],
)
def test_a_byline_label_in_any_language_is_no_part_of_the_name(byline, name):
    assert clean_byline(byline) == name


def test_a_byline_element_with_its_label_gives_the_name():
    assert _read("ru_byline_label.html").byline == "Мария Иванова"


def test_english_that_names_no_country_reads_its_dates_as_its_other_dates_do():
    # <html lang="en">, "Published 05/03/2024"; the news list beside it has
    # "25/02/2024", which only day first can read.
    assert _read("en_no_country_day_first.html").date == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (b"<p>05/03/2024</p><li>25/02/2024</li>", True),
        (b"<p>05/03/2024</p><li>02/25/2024</li>", False),
        (b"<p>05/03/2024</p><li>04/02/2024</li>", None),
    ],
)
def test_a_page_own_dates_tell_which_order_it_writes(page, expected):
    assert numeric_order(page) is expected


def test_a_section_heading_that_shares_a_word_with_the_title_is_no_headline():
    # <title> "News | City of Alder Creek | Water main repairs close Elm
    # Street", <h1>News</h1> over the story's <h2>.
    assert (
        _read("section_heading_and_headline.html").title
        == "Water main repairs close Elm Street"
    )


def test_a_headline_element_named_in_the_site_language_is_the_title():
    # No <h1>; <title> "Accueil - Actualités - Ville de Beaumont" holds no
    # headline; <h2 class="titre-actu"> does.
    document = _read("fr_title_class.html")
    assert document.title == "La ville ouvre une nouvelle crèche rue des Lilas"
    assert document.date == date(2024, 3, 5)


def test_a_hashtag_in_any_script_is_a_tag(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(
        "<html lang='vi'><head><title>Đạp xe cuối tuần</title></head><body>"
        "<h1>Đạp xe cuối tuần</h1><div class='post'><p>Sáng chủ nhật này, nhóm "
        "sẽ đạp xe vòng quanh bán đảo với quãng đường khoảng 35 km.</p></div>"
        "<div class='tags'><a href='/h/1'>#ĐàNẵng</a> <a href='/h/2'>#đạpxe</a>"
        "</div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.tags == ("ĐàNẵng", "đạpxe")


def test_an_event_date_under_the_headline_is_not_the_page_date():
    # "Event date: 13 April 2024" and "Deadline: 5 April 2024" first, then
    # "Published: 5 March 2024".
    assert _read("event_date_first.html").date == date(2024, 3, 5)


@pytest.mark.parametrize(
    "facts",
    [
        "<table><tr><th>Penulis</th><td><span>Rina Kusuma</span></td></tr></table>",
        "<dl><dt>Author:</dt><dd>Rina Kusuma</dd></dl>",
    ],
)
def test_the_author_row_of_a_facts_table_is_the_byline(tmp_path, facts):
    page = tmp_path / "facts.html"
    page.write_text(
        "<html lang='id'><head><title>Tiga kebun baru</title></head><body>"
        f"<h1>Tiga kebun baru dibuka</h1>{facts}<div class='text'><p>Komunitas "
        "membuka tiga kebun baru di lahan kosong milik kelurahan, dan warga "
        "diajak menanam sayuran bersama.</p></div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.byline == "Rina Kusuma"
    assert "Rina" not in document.body


def test_a_heading_whose_words_a_paragraph_repeats_is_no_pull_quote():
    paragraphs = [
        "State, Local and Tribal Law Enforcement",
        "Grants went to state, local and tribal law enforcement agencies in "
        "twelve states this year.",
    ]
    assert drop_pull_quotes(paragraphs) == paragraphs


def test_a_long_closing_line_with_a_number_but_no_full_stop_is_text(tmp_path):
    page = tmp_path / "grants.html"
    page.write_text(
        "<html lang='en'><head><title>Grants awarded</title></head><body>"
        "<h1>Grants awarded to twelve groups</h1><div class='text'><p>The "
        "department today announced grants to twelve groups that teach workers "
        "and employers about their rights.</p><p>For more information about "
        "protections against job discrimination, call 800-255-7688 or visit the "
        "department's website</p></div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.body.endswith("call 800-255-7688 or visit the department's website")


@pytest.mark.parametrize(
    "line",
    ["News Release | March 5, 2024", "5 March 2024 · Press Office"],
)
def test_a_kind_of_page_beside_a_date_is_no_byline(tmp_path, line):
    page = tmp_path / "release.html"
    page.write_text(
        "<html lang='en'><head><title>Bridge reopens</title></head><body>"
        f"<h1>Bridge reopens after repairs</h1><p class='meta'>{line}</p>"
        "<div class='text'><p>The Mill Street bridge reopened to traffic on "
        "Tuesday after six weeks of repairs to its deck and railings.</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.byline == ""
    assert document.date == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("입력 2024.03.05 10:30 | 수정 2024.03.06 09:00", date(2024, 3, 5)),
        ("公開日：2024年3月5日 更新日：2024年3月6日", date(2024, 3, 5)),
        ("Last updated 6 March 2024 | Published 5 March 2024", date(2024, 3, 5)),
        ("Updated: 06/03/2024 · Published: 05/03/2024", date(2024, 3, 5)),
        ("Last updated: 19 March 2024", None),
    ],
)
def test_the_published_day_of_a_line_that_also_gives_the_update(line, expected):
    assert parse_date(before_update(line), day_first=True) == expected


def test_an_update_given_before_the_publication_on_one_line(tmp_path):
    page = tmp_path / "update_first.html"
    page.write_text(
        "<html lang='en-GB'><head><title>Library hours</title>"
        "<meta property='article:modified_time' content='2024-03-06T09:00:00Z'>"
        "</head><body><h1>Library opens later on Thursdays</h1>"
        "<p class='meta'>Last updated 6 March 2024 | Published 5 March 2024</p>"
        "<div class='text'><p>The central library will stay open until nine on "
        "Thursday evenings from April, the council said.</p></div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    assert document.date == date(2024, 3, 5)


def test_a_print_view_keeps_its_text_though_its_classes_say_print():
    # "print" names print buttons (chrome) on most pages; on a print view it
    # names the article itself, which holds most of the page's prose.
    document = _read("print_view.html")
    assert document.title == "Ny gang- og sykkelvei langs Fjordveien åpnet"
    assert document.body.startswith("Den nye gang- og sykkelveien langs Fjordveien")
    assert document.body.endswith("ta hensyn til hverandre den første tiden.")
    assert "Skriv ut" not in document.body and "Utskrift fra" not in document.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: 03.13.2025 13:45", date(2025, 3, 13)),  # no month 13
        ("13.03.2025", date(2025, 3, 13)),
        ("05.03.2024", date(2024, 3, 5)),  # either order: the day first
    ],
)
def test_a_dotted_date_that_only_the_month_first_can_read_is_read_so(text, expected):
    assert parse_date(text) == expected


def test_a_photos_date_taken_is_not_the_page_date_nor_a_licence_box_its_text():
    # A gallery above the headline dates its photos "Date Taken: 04.09.2024";
    # the release was posted a week later, under the headline.
    document = _read("gallery_date_taken.html")
    assert document.date == date(2024, 4, 16)
    assert document.body.endswith("Training together now saves minutes later.”")
    assert "public domain" not in document.body


def test_tags_in_an_element_whose_class_names_a_tag_list_are_the_pages():
    # No label the reader knows ("Cuvinte:"), links going nowhere ("#"): the
    # class says what the block is; a sidebar's tag list is the site's.
    assert _read("tag_block_classes.html").tags == ("Snagov", "Regată")


def test_a_wire_pages_issuer_is_the_source_when_metadata_and_page_agree():
    # The wire publishes the page; JSON-LD names the issuer as the author,
    # and the page shows it under "Source:": the release is the issuer's.
    document = _read("wire_source_label.html")
    assert document.source == "Tasman Rail Freight Ltd"
    assert document.byline == ""


def test_an_author_organization_the_page_does_not_show_as_source_is_not_the_source(
    tmp_path,
):
    # A newspaper crediting an agency as the author in its metadata alone
    # keeps its own name as the source.
    page = (PAGES / "wire_source_label.html").read_text()
    (tmp_path / "newspaper.html").write_text(page.replace("| Source: ", "| "))
    (document,) = read_file(tmp_path / "newspaper.html")
    assert document.source == "NewsDesk Wire"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.abr.2025 às 23h15", date(2025, 4, 4)),
        ("5-Mar-2024", date(2024, 3, 5)),
        ("12/gen/2024", date(2024, 1, 12)),
        ("5 ene. 2024", date(2024, 1, 5)),
        ("3 févr. 2024", date(2024, 2, 3)),
    ],
)
def test_a_month_name_between_day_and_year_may_be_joined_or_abbreviated(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 ta’ Marzu 2025", date(2025, 3, 6)),  # Maltese
        ("کراچی، 8 مارچ 2025", date(2025, 3, 8)),  # Urdu
    ],
)
def test_maltese_and_urdu_month_names(text, expected):
    assert parse_date(text) == expected


def test_a_document_published_from_an_editor_gives_its_title_style_and_dated_line():
    # Google Docs' "Publish to the web": the Title style is a <p class=title>,
    # and the header's "Today is ..." is the day the page is viewed.
    document = _read("editor_title_today.html")
    assert document.title == (
        "Tenants ask the council to keep the harbour ferry running on Sundays"
    )
    assert document.date == date(2025, 5, 2)


def test_the_day_a_header_says_it_is_today_is_not_the_pages_date():
    assert _read("legacy_today_header.html").date == date(2025, 5, 9)


def test_a_title_ending_with_the_sites_section_names_the_site_before_it():
    # "Nelson Harbour Board - News": "News" is the section, not the publisher.
    assert _read("title_site_section.html").source == "Nelson Harbour Board"


def test_a_release_saved_from_word_names_its_publisher_and_title_as_word_does():
    # "Save as Web Page": the Company property and the Title style.
    document = _read("word_saved_release.html")
    assert document.source == "Riverbend Community Trust"
    assert (
        document.title == "Riverbend trust opens a repair café in the old fire station"
    )
    assert document.date == date(2024, 9, 3)


def test_a_hosting_services_page_names_the_institution_its_class_marks_as_issuer():
    # The service publishes every institution's releases; the element whose
    # class names the institution says whose this one is (not the footer's).
    assert _read("hosted_institution.html").source == "Hochschule Emsland"


def test_an_archived_mails_text_is_read_in_paragraphs_up_to_its_signature():
    document = _read("mail_archive_pre.html")
    assert document.body.endswith("The seed bank is open whenever the library is.")
    assert "\n\nBorrowers are asked to save seeds" in document.body
    assert "mailing list" not in document.body and "Station Road" not in document.body


def test_a_release_set_in_a_font_tag_of_a_table_layout_is_read_in_its_paragraphs():
    # The whole text of an old table layout sits in one <font>, its lines
    # split by <br><br>; the headline and date above it and the "Back to
    # news" link below it are not the text.
    body = _read("legacy_font_layout.html").body
    assert body.split("\n\n") == [
        "The parish council opened a new footpath along the mill stream on "
        "Saturday, linking the village green with the old mill in a walk of "
        "twenty minutes.",
        "Volunteers from the walking club cleared the route over the winter, and "
        "the council paid for gravel, two footbridges and three benches.",
        "The path is open to walkers all year; cyclists are asked to use the lane "
        "by the church instead.",
    ]


@pytest.mark.parametrize(
    ("name", "title", "source"),
    [
        # <title>Parish of Glenmoor - News</title>, the banner's alt text
        # names the parish; the headline is a line set in bold over the text.
        (
            "legacy_font_layout.html",
            "New footpath opens along the mill stream",
            "Parish of Glenmoor",
        ),
        # "Kor Parrokkjali Santa Marija - Aħbarijiet": the section is a menu
        # link, the site an <h1 class="site-title">; the headline an <h2>.
        (
            "../page_dates/date_badge.html",
            "Il-kor jistieden kantanti ġodda",
            "Kor Parrokkjali Santa Marija",
        ),
        # A site builder's page: og:title "Balita" (the page's name), <title>
        # "Paaralang ... - Balita", the site's name a link to ".../home".
        (
            "site_builder_news_tl.html",
            "Nanalo ang aming mga mag-aaral sa paligsahan sa agham ng distrito",
            "Paaralang Elementarya ng Malabon",
        ),
    ],
)
def test_a_page_titled_by_its_site_and_section_takes_its_headline_from_the_page(
    name, title, source
):
    document = _read(name)
    assert (document.title, document.source) == (title, source)


def test_a_bold_phrase_within_a_sentence_is_no_headline(tmp_path):
    html = (PAGES / "legacy_font_layout.html").read_text(encoding="utf-8")
    html = html.replace(
        '<b><font size="3" color="#335500">New footpath opens along the mill '
        "stream</font></b><br><br>",
        "",
    ).replace(
        "along the mill stream on Saturday,",
        "along the <b>mill stream on Saturday</b>,",
    )
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    (document,) = read_file(page)
    assert document.title != "mill stream on Saturday"
