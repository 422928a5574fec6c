"""A release a business news site carries for a company, disowned by the
site's disclaimer: its source is the company its lead names (#17).

Every page here was written for this project.
"""

import pytest

from searchidx import read_file

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Gulf Ledger</title>
<meta property="og:site_name" content="Gulf Ledger"></head><body>
<header><a href="/">GULF LEDGER</a><nav><a href="/">Markets</a></nav></header>
<main><div class="label">PRESS RELEASE</div><h1>{title}</h1>
<div class="body"><p>{lead}</p>
<p>{second}</p>
<p class="note"><em>{disclaimer}</em></p></div></main>
<footer><p>&copy; 2026 Gulf Ledger</p></footer></body></html>"""

_TITLE = "Harbour Pay wins payment licence"
_SECOND = "The licence lets the company serve small shops across the Kingdom."
_DISCLAIMER = (
    "Disclaimer: The content of this press release was provided by a third"
    " party. Gulf Ledger is not responsible for the content of this release."
)


def _read(tmp_path, **fields):
    fields = {
        "lang": "en",
        "title": _TITLE,
        "second": _SECOND,
        "disclaimer": _DISCLAIMER,
        **fields,
    }
    path = tmp_path / "release.html"
    path.write_text(_PAGE.format(**fields), encoding="utf-8")
    (document,) = read_file(path)
    return document


@pytest.mark.parametrize(
    "lead",
    [
        "Riyadh, Saudi Arabia: Harbour Pay, a Riyadh-based digital"
        " payments company, has received a full licence from the central bank.",
        "Dubai, UAE: Harbour Pay, a leading provider of payment services,"
        " won a full licence from the central bank.",
        "Dubai, UAE: Harbour Pay, one of the largest payment firms in the"
        " Gulf, received a full licence from the central bank.",
    ],
)
def test_a_release_a_site_disowns_is_the_company_its_lead_describes(tmp_path, lead):
    document = _read(tmp_path, lead=lead)
    assert document.source == "Harbour Pay"
    assert document.body.startswith("Harbour Pay, ")


@pytest.mark.parametrize(
    "disclaimer",
    [
        "This press release was provided by an independent third party.",
        "Gulf Ledger will not be responsible in any way for the content of this"
        " release.",
        "Avis : ce communiqué est fourni par un tiers.",
        "Aviso: este comunicado fue proporcionado por terceros.",
    ],
)
def test_a_third_party_disclaimer_in_other_words_tells_it_too(tmp_path, disclaimer):
    lead = (
        "Riyadh, Saudi Arabia: Harbour Pay, a digital payments company, has"
        " received a full licence from the central bank."
    )
    assert _read(tmp_path, lead=lead, disclaimer=disclaimer).source == "Harbour Pay"


def test_an_arabic_release_is_the_company_its_headline_quotes_and_its_lead_names(
    tmp_path,
):
    title = "«رمال الميناء للخدمات» تفتتح مركز توزيع جديداً"
    lead = (
        "دبي، الإمارات العربية المتحدة: أعلنت شركة رمال الميناء للخدمات"
        " اليوم عن افتتاح مركز توزيع جديد."
    )
    document = _read(
        tmp_path,
        lang="ar",
        title=title,
        lead=lead,
        second="ويضم المركز الجديد مستودعات مبردة.",
        disclaimer="إخلاء المسؤولية: محتوى هذا البيان الصحفي مقدم من طرف ثالث.",
    )
    assert document.source == "رمال الميناء للخدمات"
    assert document.dateline == "دبي، الإمارات العربية المتحدة"
    assert document.body.startswith("أعلنت شركة")


_DESCRIBED_LEAD = (
    "Riyadh, Saudi Arabia: Harbour Pay, a digital payments company, has"
    " received a full licence from the central bank."
)


@pytest.mark.parametrize(
    "fields",
    [
        # the site's own story: no disclaimer
        {"lead": _DESCRIBED_LEAD, "disclaimer": "Follow us for more news."},
        # a disclaimer over a release with no dateline (a wire of releases
        # from institutions, whose issuer its own rows tell)
        {
            "lead": "Harbour Pay, a digital payments company, has received a licence.",
            "disclaimer": "The site is not responsible for the accuracy of"
            " news releases posted by contributors.",
        },
        # a person described between the commas, not a company
        {
            "lead": "Riyadh, Saudi Arabia: Jane Roe, a Riyadh-based"
            " entrepreneur, has received a payment licence.",
        },
        # a headline quoting a name the lead does not give
        {
            "lang": "ar",
            "title": "«مرفأ» تفتتح مركز توزيع جديداً",
            "lead": "دبي، الإمارات العربية المتحدة: أعلنت الشركة اليوم"
            " عن افتتاح مركز توزيع جديد.",
            "disclaimer": "محتوى هذا البيان الصحفي مقدم من طرف ثالث.",
        },
        # a site's footer disowning the sites it links to, and its cookies
        {
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "Gulf Ledger is not responsible for the content of"
            " external sites.",
        },
        {
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "We use our own and third-party cookies.",
        },
        {
            "lang": "ar",
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "نستخدم ملفات تعريف الارتباط الخاصة بطرف ثالث.",
        },
    ],
)
def test_a_release_not_disowned_or_naming_no_company_is_the_sites(tmp_path, fields):
    assert _read(tmp_path, **fields).source == "Gulf Ledger"


@pytest.mark.parametrize(
    "fields",
    [
        # a news site's lines disowning its readers' comments, its
        # translations and its market data, not the story
        {
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "Comments are moderated. Gulf Ledger is not"
            " responsible for the content of readers' comments.",
        },
        {
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "Translations are provided by an online service. Gulf"
            " Ledger is not responsible for the accuracy of translated content.",
        },
        {
            "lead": _DESCRIBED_LEAD,
            "disclaimer": "Market data provided by third-party providers.",
        },
        # a headline quoting a slogan, a programme or a quotation
        {
            "title": "“Vision 2040” drives Gulf fintech boom",
            "lead": "Riyadh, Saudi Arabia: Vision 2040 reforms have drawn"
            " more than 200 fintech firms to the Kingdom.",
        },
        {
            "title": "“We are ready” for the peak season, says Harbour Pay",
            "lead": "Dubai, UAE: “We are ready for the busiest season in"
            " our history,” said the chief executive of Harbour Pay.",
        },
        {
            "lang": "ar",
            "title": "«رؤية 2040» تدفع نمو التقنية المالية",
            "lead": "دبي، الإمارات العربية المتحدة: ساهمت «رؤية 2040» في"
            " جذب أكثر من 200 شركة تقنية مالية.",
            "disclaimer": "محتوى هذا البيان الصحفي مقدم من طرف ثالث.",
        },
    ],
)
def test_a_news_sites_other_disclaimers_and_quoted_headlines_keep_the_site(
    tmp_path, fields
):
    assert _read(tmp_path, **fields).source == "Gulf Ledger"


def test_a_story_with_its_reporters_byline_is_the_sites(tmp_path):
    page = _PAGE.format(
        lang="en",
        title=_TITLE,
        lead=_DESCRIBED_LEAD,
        second=_SECOND,
        disclaimer=_DISCLAIMER,
    ).replace("<h1>", '<p class="byline">By Sara Khan</p><h1>')
    page = page.replace(
        "</head>",
        '<meta name="author" content="Sara Khan"></head>',
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    (document,) = read_file(path)
    assert document.source == "Gulf Ledger"
