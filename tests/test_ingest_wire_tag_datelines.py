"""Datelines of wires and agencies the world writes beyond the Latin script's
shapes: a place, the wire's tag and the date ("AUSTIN, Texas (PRWEB) December
03, 2026 -- "), a place, the Arabic comma and a date, a Chinese date before
its place, a tag in a script without capitals or in full-width brackets; and
the companies, persons and organisations that open prose the same way (#17).

Every opening here was written for this project.
"""

import pytest

from searchidx.ingest.datelines import dateline_date, split_dateline
from searchidx.ingest.named_months import page_language

LEAD = "Harbour Cells, a maker of grid batteries, today opened a plant."


@pytest.mark.parametrize(
    ("lang", "opening", "place", "date"),
    [
        (
            "en",
            "KELMOOR, Texas (PRWEB) December 03, 2026 -- ",
            "KELMOOR, Texas",
            "December 03, 2026",
        ),
        (
            "es",
            "HARBOURTOWN, Colombia (PRWEB) 24 de noviembre de 2026 -- ",
            "HARBOURTOWN, Colombia",
            "24 de noviembre de 2026",
        ),
    ],
)
def test_a_place_a_wires_tag_and_a_date_are_the_dateline(lang, opening, place, date):
    with page_language(lang):
        assert split_dateline(opening + LEAD) == (place, LEAD)
        assert dateline_date(opening + LEAD) == date


@pytest.mark.parametrize(
    "opening",
    [
        # a company and its ticker, a person and her office
        "Acme (ACME) December 3, 2026 -- ",
        "Jane Roe (CEO) December 3, 2026 -- ",
        # a body and its initials
        "Harbour Town Council (HTC) December 3, 2026 -- ",
    ],
)
def test_a_company_or_a_person_before_a_tag_and_a_date_is_no_dateline(opening):
    assert split_dateline(opening + LEAD) == ("", opening + LEAD)
    assert dateline_date(opening + LEAD) == ""


def test_a_ticker_and_a_date_before_a_verb_are_no_dateline():
    text = "Acme (ACME) December 3, 2026 -- announced a new plant."
    assert split_dateline(text) == ("", text)


@pytest.mark.parametrize(
    ("lang", "opening", "place", "lead"),
    [
        ("ar", "الرياض (واس) – ", "الرياض", "أعلنت الوزارة عن خطة جديدة."),
        ("zh", "上海（新华社）– ", "上海", "国家港务局今天发布新规。"),
    ],
)
def test_a_tag_without_capitals_or_in_full_width_brackets_is_the_agencys(
    lang, opening, place, lead
):
    with page_language(lang):
        assert split_dateline(opening + lead) == (place, lead)


@pytest.mark.parametrize(
    ("lang", "opening", "place", "date", "lead"),
    [
        (
            "ar",
            "القاهرة، 3 ديسمبر 2026 - ",
            "القاهرة",
            "3 ديسمبر 2026",
            "أفاد تقرير جديد صادر اليوم بأن عدد الطلبات تضاعف.",
        ),
        (
            "ar",
            "الرياض، 3 ديسمبر 2026 (واس) - ",
            "الرياض",
            "3 ديسمبر 2026",
            "أفاد تقرير جديد صادر اليوم بأن عدد الطلبات تضاعف.",
        ),
        (
            "zh",
            "2026年11月26日，上海—— ",
            "上海",
            "2026年11月26日",
            "港务局今天发布的报告显示，申请数量增长6.4%。",
        ),
    ],
)
def test_a_place_in_a_script_without_capitals_and_a_date_are_the_dateline(
    lang, opening, place, date, lead
):
    with page_language(lang):
        assert split_dateline(opening + lead) == (place, lead)
        assert dateline_date(opening + lead) == date


def test_a_chinese_wires_place_and_day_before_cabled_are_the_dateline():
    lead = "港务局今天发布新规。"
    with page_language("zh"):
        assert split_dateline("上海12月3日电（记者 王明）" + lead) == ("上海", lead)
        assert split_dateline("上海12月3日电 " + lead) == ("上海", lead)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a person's name before the Arabic comma and a date
        ("ar", "أحمد الخالدي، 3 ديسمبر 2026 - أفاد تقرير جديد بأن الطلبات تضاعفت."),
        # an organisation, or a person who speaks, after a Chinese date
        ("zh", "2026年11月26日，世界知识产权组织发布报告显示，申请数量增长。"),
        ("zh", "2026年11月26日，港务局——今天发布报告。"),
        ("zh", "2026年11月26日，王明表示——申请数量增长。"),
        # one word before the comma and the date: a given name, a company,
        # a topic, "today" (shape alone cannot tell them from a place)
        ("ar", "أحمد، 3 ديسمبر 2026 - قال المتحدث إن الطلبات تضاعفت."),
        ("ar", "أرامكو، 3 ديسمبر 2026 - أعلنت الشركة عن نتائجها."),
        ("ar", "التضخم، 3 ديسمبر 2026 - ارتفعت الأسعار للشهر الثالث."),
        ("ar", "اليوم، 3 ديسمبر 2026 - افتتح الوزير المعرض."),
        # a person, a company, a time of day, a paper's own report
        ("zh", "2026年11月26日，张伟—— 公司宣布了新的计划。"),
        ("zh", "2026年11月26日，今天—— 会议在市政府召开。"),
        ("zh", "2026年11月26日，上午—— 会议在市政府召开。"),
        ("zh", "华为12月3日电 公司宣布了新的计划。"),
        ("zh", "本报12月3日电 记者从市政府获悉。"),
        # a person's title, a party, a ticker in brackets of no case
        ("ar", "هنية (حماس) – قال رئيس المكتب السياسي إن المحادثات مستمرة."),
        ("ar", "عاجل (واس) – أعلنت الوزارة عن إجراءات جديدة."),
        ("zh", "张伟（董事长）– 公司宣布了新的计划。"),
        ("zh", "腾讯（TCEHY）– 公司宣布了新的计划。"),
    ],
)
def test_a_person_or_an_organisation_before_a_date_is_no_dateline(lang, text):
    with page_language(lang):
        assert split_dateline(text) == ("", text)


def test_a_surname_and_the_party_the_text_gives_it_again_are_no_dateline():
    text = (
        "Müller (CDU) – Der Landtagsabgeordnete Hans Müller (CDU) begrüßt den "
        "Beschluss des Kreistags zur neuen Buslinie."
    )
    assert split_dateline(text) == ("", text)


def test_a_town_and_an_agencys_tag_the_text_never_repeats_stay_the_dateline():
    lead = "Die Bergrettung in Harbourtown zählte heuer mehr Einsätze."
    assert split_dateline("Harbourtown (OTS) - " + lead) == ("Harbourtown", lead)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a weekday or a release's label before the date, not a place
        ("ar", "الخميس، 3 ديسمبر 2026 - أفاد تقرير جديد بأن الطلبات تضاعفت."),
        ("ar", "عاجل، 3 ديسمبر 2026 - أفاد تقرير جديد بأن الطلبات تضاعفت."),
        ("zh", "2026年11月26日，星期四—— 港务局今天发布报告。"),
        ("zh", "2026年11月26日，新闻稿—— 港务局今天发布报告。"),
    ],
)
def test_a_weekday_or_a_label_before_a_date_is_no_dateline(lang, text):
    with page_language(lang):
        assert split_dateline(text) == ("", text)
