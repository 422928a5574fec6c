"""What sits inside or at the start of a release's text and is no part of
it: a caption in a picture's own paragraph, a post embedded from another
site, a communiqué's opening formula; and the lead that retells a short
headline, which is (#17).

Each page is written here for the project, small, in the shape real sites
use.
"""

import pytest

from searchidx import read_file

LEAD = (
    "The harbour board opened a new ferry terminal on Tuesday, ending ten "
    "years of crossings from a temporary pier on the east side of the bay."
)
MIDDLE = (
    "The terminal has two berths, a waiting hall for 300 passengers and a "
    "covered walkway to the bus station, and it was built in eighteen months."
)
LAST = "The old pier will be taken down next spring."


def _read(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (document,) = read_file(path)
    return document


def _page(
    start: str = "",
    inside: str = "",
    *,
    title: str = "Harbour board opens new ferry terminal",
    lead: str = LEAD,
) -> str:
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{title} | Harbour Board</title></head><body>
<div class="page"><h1>{title}</h1>
<div class="text">{start}<p>{lead}</p>{inside}<p>{MIDDLE}</p><p>{LAST}</p></div>
</div></body></html>"""


@pytest.mark.parametrize(
    "picture",
    [
        # the caption in italics on the line under the picture
        "<p><img src='t.jpg' alt='' /><br /><em>The new waiting hall on the "
        "opening day. (Harbour Board photo)</em></p>",
        # not in italics, but closing on a credit in brackets, in any language
        "<p><a href='t.jpg'><img src='t.jpg' alt=''></a><br>Ang bag-o nga "
        "terminal sang lantsa sa pantalan. (Kuha sang Harbour Board)</p>",
    ],
)
def test_a_caption_in_the_pictures_own_paragraph_is_not_the_body(tmp_path, picture):
    doc = _read(tmp_path, _page(inside=picture))
    assert doc.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_lead_paragraph_that_opens_with_a_small_picture_stays(tmp_path):
    # The picture shares the lead's paragraph; its text is neither styled
    # as a caption nor closed by a credit.
    lead = f"<img src='flag.png' alt=''> {LEAD}"
    doc = _read(tmp_path, _page(lead=lead))
    assert doc.body.startswith(LEAD)
    # partly in italics, a sentence of the text beside a picture stays too
    inside = (
        "<p><img src='t.jpg' alt=''>The <em>Island Star</em> made the first "
        "crossing from the new berth.</p>"
    )
    assert "first crossing" in _read(tmp_path, _page(inside=inside)).body


@pytest.mark.parametrize(
    "paragraph",
    [
        # an emoji set as an image before a sentence in italics
        "<p><img class='emoji' role='img' alt='\U0001f6a2' src='e/1f6a2.svg'> "
        "<em>A proud day for every family on the island.</em></p>",
        # an icon of a character's size before it
        "<p><img src='i/ship.png' alt='ship' width='20' height='20'> "
        "<em>A proud day for every family on the island.</em></p>",
        # a picture, but several sentences of prose in italics: a quote
        "<p><img src='t.jpg' alt=''><br><em>We thank the builders for finishing "
        "the terminal ahead of the winter storms. Every family on the island "
        "will feel the difference on their first crossing.</em></p>",
    ],
)
def test_italic_prose_beside_an_emoji_or_in_sentences_is_no_caption(
    tmp_path, paragraph
):
    doc = _read(tmp_path, _page(inside=paragraph))
    assert "every family on the island" in doc.body.lower()


@pytest.mark.parametrize(
    "embedded",
    [
        # an editor's embed block around the post's fallback quote
        "<figure class='wp-block-embed is-type-rich'><div class='wp-block-embed"
        "__wrapper'><blockquote><p>Kia orana! The first ferry leaves the new "
        "terminal at seven tomorrow morning, see you there.</p></blockquote>"
        "</div></figure>",
        # a bare fallback quote, closed by the post's date linked to it
        "<blockquote cite='https://posts.example/harbour/1'><p>Kia orana! The "
        "first ferry leaves the new terminal at seven tomorrow morning, see you "
        "there.</p>Posted by <a href='#'>Harbour Board</a> on <a href='#'>"
        "March 4, 2025</a></blockquote>",
    ],
)
def test_a_post_embedded_from_another_site_is_not_the_body(tmp_path, embedded):
    doc = _read(tmp_path, _page(inside=embedded))
    assert "Kia orana" not in doc.body
    assert doc.body == f"{LEAD}\n\n{MIDDLE}\n\n{LAST}"


def test_a_quote_in_the_text_that_closes_on_its_speaker_stays(tmp_path):
    quote = (
        "<blockquote><p>We have waited ten years for this terminal, and it "
        "was worth the wait.</p><p>— <a href='#'>Mele Tangaroa</a>, chair of "
        "the board</p></blockquote>"
    )
    assert "worth the wait" in _read(tmp_path, _page(inside=quote)).body


CANONICAL = "<link rel='canonical' href='https://harbour.example/n/1'>"


@pytest.mark.parametrize(
    ("link", "canonical"),
    [
        ("/news/2025/03/04/statement", CANONICAL),
        ("https://harbour.example/news/statement", CANONICAL),
        # the site's archive on a host of its own
        ("https://archive.harbour.example/statement", CANONICAL),
        # a page that names no address of its own: no host to tell another by
        ("https://harbour.example/news/statement", ""),
    ],
)
def test_a_statement_quoted_from_the_sites_archive_on_its_linked_date_stays(
    tmp_path, link, canonical
):
    # Closing on a linked date, but nothing else of an embed: no @handle,
    # no "Posted by", no link to another site, no embed class or script.
    quote = (
        "<p>The chair recalled the board's statement of last week:</p>"
        "<blockquote><p>The board will open the terminal to all passengers "
        "once the last safety checks are complete.</p><p>— Statement by the "
        f"Harbour Board, <a href='{link}'>4 March 2025</a></p></blockquote>"
    )
    html = _page().replace(f"<p>{LAST}</p>", quote + f"<p>{LAST}</p>")
    html = html.replace("</head>", canonical + "</head>")
    assert "last safety checks" in _read(tmp_path, html).body


@pytest.mark.parametrize(
    "formula",
    [
        "<p><strong>The Harbour Board – Communications Office issued the "
        "following statement:</strong></p>",
        "<p>صدر عن مجلس المرفأ – مكتب الإعلام البيان الآتي:</p>",
        "<p>Le Conseil du port a publié le communiqué suivant :</p>",
    ],
)
def test_a_communiques_opening_formula_is_not_the_body(tmp_path, formula):
    doc = _read(tmp_path, _page(start=formula))
    assert doc.body.startswith(LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        # the occasion, in a clause of its own
        "Today, at the opening of the terminal, the chair of the board gave "
        "the following statement:",
        # the subject of the statement
        "The chair of the board issued the following statement on the new "
        "ferry terminal:",
    ],
)
def test_a_lead_that_says_more_than_who_issued_the_statement_stays(tmp_path, lead):
    doc = _read(tmp_path, _page(start=f"<p>{lead}</p>"))
    assert doc.body.startswith(lead)


def test_a_lead_retelling_a_short_headline_in_words_of_its_own_stays(tmp_path):
    title = "Nukus shahrida yangi maktab foydalanishga topshirildi"
    lead = "Nukus shahrida yangi umumta’lim maktabi foydalanishga topshirildi."
    doc = _read(tmp_path, _page(title=title, lead=lead))
    assert doc.body.startswith(lead)


@pytest.mark.parametrize(
    "repeat",
    [
        # the headline shown again above the text
        "Harbour board opens new ferry terminal",
        # with a stop, but in the headline's words alone
        "Harbour board opens new ferry terminal.",
    ],
)
def test_the_headline_shown_again_above_the_text_is_not_the_body(tmp_path, repeat):
    doc = _read(tmp_path, _page(start=f"<p>{repeat}</p>"))
    assert doc.body.startswith(LEAD)


def test_an_authors_picture_beside_the_byline_leaves_the_byline(tmp_path):
    start = "<p><img src='jane.jpg' alt=''><br><em>By Jane Roe</em></p>"
    doc = _read(tmp_path, _page(start=start))
    assert doc.byline == "Jane Roe"
    assert doc.body.startswith(LEAD)
