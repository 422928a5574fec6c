"""Where a release's body ends (#17, round 20): a sign-off in capitals over
its place and day, a request to contact the press office, a wire's notices
between the text and the issuer's About section, a post a page embeds.

Pages here are written inline for this project, in the shapes of the cases.
"""

import pytest

from searchidx import read_file


def _page(tmp_path, text: str, *, lang: str = "en", site: str = "") -> list[str]:
    site_meta = f"<meta property='og:site_name' content='{site}'>" if site else ""
    page = tmp_path / "release.html"
    page.write_text(
        f"<html lang='{lang}'><head><title>Release</title>{site_meta}</head><body>"
        "<h1>A release on the harbour works</h1>"
        f"<div class='text'>{text}</div></body></html>",
        encoding="utf-8",
    )
    (document,) = read_file(page)
    return document.body.split("\n\n")


_HARBOUR_TEXT = (
    "<p>The Port Levant Authority today opened a public consultation on the "
    "deepening of the harbour channel, which would let larger ships call at the "
    "container terminal.</p><p>The proposal would deepen the channel by two "
    "metres over four kilometres, and the dredged sand would be used to "
    "rebuild the beaches north of the harbour.</p><p>The works would take two "
    "winters, so that the dredging does not disturb the terns that nest on the "
    "breakwater from April to August.</p><p>Comments on the proposal "
    "may be sent to the authority until 26 January 2027.</p>"
)


@pytest.mark.parametrize(
    ("sign_off", "contact"),
    [
        (
            "<p><strong>PORT LEVANT HARBOUR AUTHORITY</strong><br>Levant<br>26 November 2026</p>",
            "<p><em>For more information, please contact the Corporate Communications "
            "Department at 03-6204 8000 or email press@portlevant.example</em></p>",
        ),
        (
            "<p><strong>LEMBAGA PELABUHAN LEVANT</strong><br>Levant<br>"
            "3 Disember 2026</p>",
            "<p><em>Untuk maklumat lanjut, sila hubungi Jabatan Komunikasi "
            "Korporat di talian 03-6204 8000 atau e-mel press@portlevant.example"
            "</em></p>",
        ),
    ],
)
def test_a_sign_off_in_capitals_and_a_request_to_contact_close_no_text(
    tmp_path, sign_off, contact
):
    # The page names its source otherwise ("Harbour News"): the sign-off
    # is told by its shape, not by the name.
    body = _page(tmp_path, _HARBOUR_TEXT + sign_off + contact, site="Harbour News")
    assert (
        body[-1]
        == "Comments on the proposal may be sent to the authority until 26 January 2027."
    )


def test_a_request_for_more_information_on_a_subject_is_text(tmp_path):
    # It says what the information is about, and asks no one to contact
    # the office: the release's own advice to the public.
    line = (
        "For more information on the dredging works, please contact the "
        "harbour master at 03-6204 8000."
    )
    body = _page(tmp_path, _HARBOUR_TEXT + f"<p>{line}</p>")
    assert body[-1] == line


def test_a_closing_line_in_capitals_without_a_day_is_text(tmp_path):
    line = "ALL COMMENTS WILL BE PUBLISHED ON THE AUTHORITY WEBSITE"
    body = _page(tmp_path, _HARBOUR_TEXT + f"<p>{line} in full.</p>")
    assert body[-1] == f"{line} in full."


_WIRE_TEXT = (
    "<p>LEVANT, 3 December 2026 /Harbour Wire/ -- The Levant Health Office "
    "(LHO) reported today that cases of dengue in the coastal districts had "
    "doubled since last year, and asked the districts to step up their "
    "surveillance.</p><p>More than 2,100 suspected cases and 38 deaths have "
    "been recorded in 15 districts since January.</p><p>The LHO recommends "
    "that districts improve laboratory diagnosis and clear the standing water "
    "where mosquitoes breed.</p>"
)
_ABOUT_TEXT = (
    "The Levant Health Office (LHO) supports the 47 districts of the coast in "
    "preventing disease and responding to health emergencies."
)
_ABOUT_TEXT_FR = (
    "Le bureau de l'OSL, établi à Levant, appuie les 47 districts de la côte "
    "dans la prévention des maladies."
)


@pytest.mark.parametrize(
    ("notice", "heading", "about"),
    [
        (
            "Distributed by Harbour Wire on behalf of Levant Health Office (LHO).",
            "About LHO Levant:",
            _ABOUT_TEXT,
        ),
        (
            "Distributed by Harbour Wire on behalf of Levant Health Services S.A.",
            "About LHO Levant:",
            _ABOUT_TEXT,
        ),
        (
            "Distribué par Harbour Wire pour Office de santé du Levant (OSL).",
            "À propos de l'OSL Levant :",
            _ABOUT_TEXT_FR,
        ),
        (
            "The issuer is solely responsible for the content of this announcement.",
            "About Levant Health Office",
            _ABOUT_TEXT,
        ),
        (
            "Tổ chức phát hành hoàn toàn chịu trách nhiệm về nội dung của thông báo này.",
            "Về Levant Health Office",
            _ABOUT_TEXT,
        ),
        (
            "ผู้ออกข่าวเป็นผู้รับผิดชอบแต่เพียงผู้เดียวต่อเนื้อหาของประกาศนี้",
            "เกี่ยวกับ Levant Health Office",
            _ABOUT_TEXT,
        ),
    ],
)
def test_a_wire_notice_and_the_about_heading_are_no_text(
    tmp_path, notice, heading, about
):
    body = _page(
        tmp_path,
        _WIRE_TEXT
        + f"<p><em>{notice}</em></p><p><strong>{heading}</strong></p>"
        + f"<p>{about}</p>",
        site="Harbour Wire",
    )
    assert notice not in body
    assert heading not in body
    assert body[-2:] == [
        "The LHO recommends that districts improve laboratory diagnosis and "
        "clear the standing water where mosquitoes breed.",
        about,
    ]


@pytest.mark.parametrize(
    "line",
    [
        # goods handed out, for no one's account
        "Distributed by volunteers from the harbour clubs, the nets reached "
        "every district by Friday.",
        # handed out on an office's behalf, the sentence going on after it
        "Distributed by Harbour Aid on behalf of the Levant Health Office, the "
        "nets will reach every district by the end of the month.",
        "Distributed by Harbour Aid on behalf of Levant Health, the nets will "
        "reach every district by the end of the month.",
        # a note on the subject, whose name the text never writes so
        "About Mosquito Nets:",
    ],
)
def test_a_sentence_like_a_wire_notice_is_text(tmp_path, line):
    body = _page(
        tmp_path,
        _WIRE_TEXT + f"<p>{line}</p><p>Nets treated with insecticide keep "
        "mosquitoes away for three years, the office said.</p>",
    )
    assert line in body


_EXHIBITION_TEXT = (
    "<p>An exhibition of embroidery from the coast opened today at the Levant "
    "museum of folk art, organised by the regional office with the museum.</p>"
    "<p>More than 120 towels, scarves, belts and festive costumes from private "
    "collections are on show, with the work of embroiderers living today.</p>"
)


@pytest.mark.parametrize(
    "post",
    [
        "<blockquote cite='https://social.example/levant/posts/449'><p>Come to the "
        "exhibition! More than 120 works of embroidery are waiting for you.</p>"
        "Posted by <a href='#'>Levant Office</a> on <a href='#'>3 December 2026</a>"
        "</blockquote>",
        "<blockquote><p>Come to the exhibition! More than 120 works of embroidery "
        "are waiting for you.</p>&mdash; Levant Office (@levant) "
        "<a href='https://social.example/levant/status/17'>3:20 PM December 3, "
        "2026</a></blockquote>",
    ],
)
def test_an_embedded_post_is_no_text_and_a_sentence_on_a_day_ends_it(tmp_path, post):
    body = _page(
        tmp_path,
        _EXHIBITION_TEXT
        + post
        + "<p>Visitors can also join the embroidery workshops held every "
        "Saturday by embroiderers from the coast.</p>"
        "<p>The exhibition runs until 28 February 2027.</p>",
    )
    assert not any("Come to the exhibition" in p for p in body)
    assert body[-1] == "The exhibition runs until 28 February 2027."


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>“The coast has kept these patterns for two centuries,” "
        "said the museum's director.</p><cite>Anna Roe, director</cite></blockquote>",
        "<blockquote><p>The patterns of the coast are kept alive by its "
        "embroiderers, the museum said.</p><a href='#'>Read the catalogue</a>"
        "</blockquote>",
    ],
)
def test_a_quote_set_in_the_text_is_text(tmp_path, quote):
    body = _page(
        tmp_path,
        _EXHIBITION_TEXT + quote + "<p>Visitors can also join the embroidery "
        "workshops held every Saturday by embroiderers from the coast.</p>",
    )
    assert any("patterns" in p for p in body)


def test_a_date_line_closing_the_text_goes(tmp_path):
    body = _page(
        tmp_path, _EXHIBITION_TEXT + "<p>Page last reviewed 3 December 2026.</p>"
    )
    assert body[-1].startswith("More than 120 towels")
