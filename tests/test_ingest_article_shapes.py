"""Article pages in common site shapes keep only the story in the body (#17).

Each page is written here for the project, small, in the shape real sites use:
a news CMS header with a deck and a date line, a photo gallery, ad slots, a
Blogger post, a charity's release closed by "ENDS".
"""

from datetime import date

import pytest

from searchidx import read_file
from searchidx.ingest.datelines import split_dateline

from .conftest import TEST_DATA

LEAD = (
    "The city council approved a new budget on Tuesday, adding money for "
    "libraries, parks and road repairs after a long debate."
)
LAST = "The budget takes effect on July 1."


def _read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (document,) = read_file(path)
    return document


def _page(header: str = "", inside: str = "", after: str = "") -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>Council approves budget | Town Times</title>
<meta property="og:title" content="Council approves budget"></head><body>
<article><header><h1>Council approves budget</h1>{header}</header>
<div class="story-body"><p>{LEAD}</p>{inside}
<p>Council members voted seven to two, with both votes against coming from the
members who wanted a smaller increase in spending on roads.</p>
<p>{LAST}</p>{after}</div></article></body></html>"""


def test_deck_and_date_line_under_the_headline_are_not_the_body(tmp_path):
    header = (
        "<p class='deck'>Libraries and parks get more; roads get the most.</p>"
        "<div class='stamp'>June 3, 2024 at 6:30 a.m. | Updated June 3, 2024</div>"
    )
    doc = _read(tmp_path, _page(header=header))
    assert doc.body.startswith(LEAD)


def test_reading_time_line_ends_the_header(tmp_path):
    header = (
        "<p class='excerpt'>What changes, and when.</p><div>Jane Roe · 4 min read</div>"
    )
    doc = _read(tmp_path, _page(header=header))
    assert doc.body.startswith(LEAD)


def test_long_prose_before_a_date_line_is_kept(tmp_path):
    prose = "Before the vote, residents spoke for two hours, " * 8
    html = _page(header=f"<p>{prose.strip()}.</p><div>June 3, 2024</div>")
    assert _read(tmp_path, html).body.startswith("Before the vote")


def test_gallery_captions_that_repeat_the_pictures_alt_text_are_dropped(tmp_path):
    captions = [
        "Council members take their seats before the vote.",
        "Residents queue to speak at the public hearing.",
    ]
    slides = "".join(
        f"<li><img src='{n}.jpg' alt='{c}'><span>{n} / 2 {c}</span></li>"
        for n, c in enumerate(captions, 1)
    )
    thumbs = "".join(f"<li><img src='t.jpg' title='{c}'>{c}</li>" for c in captions)
    doc = _read(tmp_path, _page(inside=f"<ul>{slides}</ul><ul>{thumbs}</ul>"))
    assert "seats" not in doc.body and "queue" not in doc.body
    assert doc.body.endswith(LAST)


def test_figure_caption_is_not_the_body(tmp_path):
    figure = "<figure><img src='a.jpg' alt=''><figcaption><p>The council chamber on Tuesday night.</p></figcaption></figure>"
    doc = _read(tmp_path, _page(inside=figure))
    assert "chamber" not in doc.body


def test_ad_slots_and_their_labels_are_not_the_body(tmp_path):
    inside = "<div class='ad ad--inline'><span>Advertisement</span></div><p>Anzeige</p>"
    doc = _read(tmp_path, _page(inside=inside))
    assert "Advertisement" not in doc.body and "Anzeige" not in doc.body


def test_blog_post_headline_in_h3_under_a_site_name_h1(tmp_path):
    html = f"""<html><head><title>Town Birds: Counting swifts</title></head><body>
<h1><a href="/">Town Birds</a></h1><p>Notes from a birdwatcher in the old town, since 2009</p>
<div class="widget Blog"><h2 class="date-header">Tuesday, 12 June 2018</h2>
<h3 class="post-title">Counting swifts</h3>
<div class="post-body">{LEAD}<br /><br />{LAST}<div style="clear: both;"></div></div>
<div class="post-footer">Posted by Gwen at 21:47</div></div></body></html>"""
    doc = _read(tmp_path, html)
    assert doc.title == "Counting swifts"
    assert doc.body == f"{LEAD}\n\n{LAST}"


def test_release_ends_at_ends_and_a_copyright_line_is_not_its_last(tmp_path):
    after = (
        "<p><strong>ENDS</strong></p><p>For media enquiries call the press office.</p>"
    )
    assert _read(tmp_path, _page(after=after)).body.endswith(LAST)
    after = "<p>Copyright 2024 by Town Times. All rights reserved.</p>"
    assert _read(tmp_path, _page(after=after)).body.endswith(LAST)


def test_lead_opening_with_its_date_is_not_a_header_line(tmp_path):
    lead = (
        "February 14, 2024 (SAINT PAUL) — Today, the Attorney General warned "
        "Minnesotans about romance scams online."
    )
    html = _page(header=f"<p>{lead}</p>")
    assert _read(tmp_path, html).body.startswith("Today, the Attorney General")


@pytest.mark.parametrize(
    "opening, place",
    [
        ("AUSTIN, Texas, May 3, 2022 /PRNewswire/ -- ", "AUSTIN, Texas"),
        ("MINNEAPOLIS, Sept. 12, 2023 — ", "MINNEAPOLIS"),
        ("TORONTO, June 1, 2021 (GLOBE NEWSWIRE) -- ", "TORONTO"),
        ("SAN JOSE, Calif.--(BUSINESS WIRE)--", "SAN JOSE, Calif."),
        # a script without capitals: the shape alone tells the dateline
        ("విజయవాడ, మార్చి 4, 2024 (ప్రెస్ వైర్) -- ", "విజయవాడ"),
        ("ঢাকা, ৫ মার্চ ২০২৪ /সংবাদ/ — ", "ঢাকা"),
        # a government office's mailed release: day and month, no year, a colon
        ("Kottayam, June 12: ", "Kottayam"),
        ("New Delhi, Nov. 3: ", "New Delhi"),
        ("ਲੁਧਿਆਣਾ, 14 ਜੂਨ: ", "ਲੁਧਿਆਣਾ"),
    ],
)
def test_newswire_dateline_with_its_date_is_split_off(opening, place):
    assert split_dateline(opening + LEAD) == (place, LEAD)


@pytest.mark.parametrize(
    "opening",
    ["Dear members, 2 things: ", "In Riverton, 40 volunteers: ", "Note, Section 4: "],
)
def test_an_opening_with_a_number_before_a_colon_is_no_dateline(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)


def test_date_line_just_above_the_headline_wins_over_teaser_dates(tmp_path):
    html = f"""<html><head><title>Council approves budget</title></head><body>
<main><p class="date">25 May 2022</p><h1>Council approves budget</h1>
<p>{LEAD}</p><p>{LAST}</p>
<section class="more"><p>Library opens on Sundays</p><p>20 May 2022</p></section>
</main></body></html>"""
    assert _read(tmp_path, html).date == date(2022, 5, 25)


def test_headline_found_by_the_description_when_the_title_names_only_the_site(
    tmp_path,
):
    html = f"""<html><head><title>News Flash • City of Brookhaven • CivicEngage</title>
<meta name="description" content="Leaf Collection Begins November 1"></head><body>
<div class="module"><h2>Public Works</h2><h3>Leaf Collection Begins November 1</h3>
<div>Posted on: October 20, 2021</div><p>{LEAD}</p><p>{LAST}</p></div></body></html>"""
    assert _read(tmp_path, html).title == "Leaf Collection Begins November 1"


def test_topics_linked_as_rel_tag_are_the_tags_not_the_category(tmp_path):
    after = (
        '<p>Posted in <a href="/c/news/" rel="category tag">News</a>. Tagged '
        '<a href="/t/budget/" rel="tag">Budget</a>, <a href="/t/roads/" rel="tag">Roads</a></p>'
    )
    assert _read(tmp_path, _page(after=after)).tags == ("Budget", "Roads")


@pytest.mark.parametrize(
    "shown, name",
    [
        ("Posted by Gwen Ashdown", "Gwen Ashdown"),
        ("Von Katrin Albers", "Katrin Albers"),
        ("Par Julien Marchand", "Julien Marchand"),
        ("Door Anouk de Vries", "Anouk de Vries"),
    ],
)
def test_byline_element_in_other_words_and_languages_gives_the_name(
    tmp_path, shown, name
):
    header = f"<span class='post-author'>{shown}</span>"
    assert _read(tmp_path, _page(header=header)).byline == name


def test_sentence_opening_with_par_is_not_a_byline(tmp_path):
    header = "<p>Par ailleurs le Conseil a voté.</p>"
    assert _read(tmp_path, _page(header=header)).byline == ""


WEBFORMS_PAGE = f"""<html><head><title>Village of Pine Ridge - News Release</title></head>
<body><form name="aspnetForm" method="post" action="./NewsRelease.aspx?id=7" id="aspnetForm">
<table><tr><td><a href="Default.aspx">Home</a> | <a href="News.aspx">News Releases</a></td></tr>
<tr><td class="content"><span class="newstitle">Council approves budget for the coming year</span><br />
<span class="newsdate">8/22/2019</span><br /><br />
<span class="newsbody">{LEAD}<br /><br />Short line<br /><br />{LAST}</span>
<br /><br /><a href="News.aspx">&lt;&lt; Back to News Releases</a></td></tr></table>
</form></body></html>"""


def test_page_inside_an_aspnet_form_is_read_with_its_br_paragraphs(tmp_path):
    doc = _read(tmp_path, WEBFORMS_PAGE)
    assert doc.title == "Council approves budget for the coming year"
    assert doc.date == date(2019, 8, 22)
    assert doc.body == f"{LEAD}\n\nShort line\n\n{LAST}"


def test_search_form_beside_the_story_is_still_chrome(tmp_path):
    form = "<form><input name='q'><p>Search the Town Times archive</p></form>"
    assert "archive" not in _read(tmp_path, _page(inside=form)).body


@pytest.mark.parametrize(
    "shown, day",
    [
        ("Publicado em 25/09/2023 11h40", date(2023, 9, 25)),
        ("Posted 09/25/2023", date(2023, 9, 25)),
        ("Posted 03/05/2024", date(2024, 3, 5)),
    ],
)
def test_slash_date_is_day_first_only_when_the_month_cannot_be(tmp_path, shown, day):
    header = f"<div class='documentByLine'>{shown}</div>"
    doc = _read(tmp_path, _page(header=header))
    assert doc.date == day
    assert doc.byline == ""


def test_tags_are_the_links_beside_a_label(tmp_path):
    after = (
        '<div class="etiquetas"><span>Etiquetas:</span> <a href="/t/1">Vacinação</a> '
        '<a href="/t/2">Gripe</a></div>'
    )
    assert _read(tmp_path, _page(after=after)).tags == ("Vacinação", "Gripe")


def test_spans_split_by_double_breaks_inside_one_paragraph_keep_all_text(tmp_path):
    first = "The council met on Tuesday night to vote on the new budget for the town."
    inside = (
        f"<p><span>{first}<br /><br /></span><span>Members spoke for hours about "
        "roads.<br /><br />Then they voted, seven to two, for the plan.</span></p>"
    )
    body = _read(tmp_path, _page(inside=inside)).body
    assert first in body and "spoke for hours" in body and "seven to two" in body


def test_page_inside_a_form_is_read_without_a_headline_element(tmp_path):
    page = WEBFORMS_PAGE.replace('class="newstitle"', 'class="big"')
    assert _read(tmp_path, page).body == f"{LEAD}\n\nShort line\n\n{LAST}"


def test_note_marks_after_a_full_stop_do_not_make_the_lead_a_deck(tmp_path):
    # "... debate.<sup>1</sup>": with the mark, the lead no longer ended like
    # a sentence and went as a deck.
    mark = '<sup id="ref1"><a href="#note1">1</a></sup>'
    html = _page().replace(f"<p>{LEAD}</p>", f"<p>{LEAD}{mark}</p>")
    body = _read(tmp_path, html).body
    assert body.startswith(LEAD + "\n\n")


@pytest.mark.parametrize(
    "after",
    [
        # a label with a comma before its colon
        "<p><strong>For more information, please contact:</strong><br>"
        "Maria Okafor, Head of Communications and Public Affairs, Town Times City "
        "Council, +44 20 7946 0311, m.okafor@towntimes.example</p>",
        # a label in a language we list nowhere
        "<p>Kwa habari zaidi wasiliana na: Amina Juma, Ofisi ya Habari, "
        "+255 22 555 0142, habari@mji.example</p>",
        # its label on a line of its own, an address, a number in groups
        "<p>Kontakt</p><p>Stadtbibliothek Gersdorf, 12, rue du Marché, L-4321 "
        "Gersdorf, Tel. 26 12 34 50</p>",
    ],
)
def test_a_contact_block_closing_the_text_is_not_its_last_paragraph(tmp_path, after):
    assert _read(tmp_path, _page(after=after)).body.endswith(LAST)


def test_a_sentence_with_a_large_figure_still_ends_the_text(tmp_path):
    after = "<p>The library now lends 1 200 000 books a year to 45 000 readers.</p>"
    body = _read(tmp_path, _page(after=after)).body
    assert body.endswith("45 000 readers.")


def test_a_pdf_saved_as_html_is_read_in_paragraphs_up_to_its_end_mark():
    # pdftohtml places every line on its own; lines of one font and left
    # edge, each right under the last, are one paragraph; "- END -" ends it.
    (document,) = read_file(TEST_DATA / "page_dates" / "converted_document.html")
    assert document.body.split("\n\n") == [
        "The harbour ferry will run a last crossing at 22:30 on weekdays from the "
        "first of July, after a survey of passengers who work late shifts in the "
        "port.",
        "Fares for the new crossing are the same as for the day crossings, and "
        "season tickets are valid on it.",
    ]


def test_a_source_label_with_a_full_width_colon_does_not_end_the_text(tmp_path):
    after = "<p>来源：市政府新闻办公室</p>"
    assert _read(tmp_path, _page(after=after)).body.endswith(LAST)


def test_a_paywall_offer_in_a_language_we_list_no_words_of_is_no_text(tmp_path):
    # The offer is told by its container's name, not by its words.
    after = (
        '<div class="offer" id="paywall-offer"><h2>Για να συνεχίσετε την '
        "ανάγνωση, γίνετε συνδρομητές</h2><p>Πλήρης πρόσβαση σε όλα τα άρθρα "
        "με ένα ευρώ τον πρώτο μήνα για κάθε νέο αναγνώστη της εφημερίδας</p></div>"
    )
    assert _read(tmp_path, _page(after=after)).body.endswith(LAST)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # a note in italics right under the table is the table's
        ("<p class='note'><em>Kilde: Statistisk sentralbyrå, 2024.</em></p>", False),
        ("<p><i>Quelle: eigene Berechnungen der Stadtwerke.</i></p>", False),
        # a sentence of the text after the table, partly in italics, stays
        (
            "<p>The <em>new</em> budget also sets aside money for two school "
            "libraries.</p>",
            True,
        ),
    ],
)
def test_a_note_in_italics_under_a_table_is_no_part_of_the_text(tmp_path, note, kept):
    table = (
        "<table><tr><th>Item</th><th>Change</th></tr><tr><td>Roads</td>"
        "<td>+12%</td></tr><tr><td>Parks</td><td>+4%</td></tr></table>" + note
    )
    body = _read(tmp_path, _page(inside=table)).body
    text = note.split(">", 2)[-1].split("<")[0] if not kept else "two school"
    assert (text in body) is kept
