from datetime import date

import pytest

from searchidx.ingest.date_order import day_first_language
from searchidx.ingest.dates import is_date_line, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2023-05-17T09:30:00+02:00", date(2023, 5, 17)),
        ("2018-04-02T23:30:00-04:00", date(2018, 4, 2)),
        ("March 5, 2024", date(2024, 3, 5)),
        ("Tuesday, March 5th, 2024", date(2024, 3, 5)),
        ("Mar. 5 2024", date(2024, 3, 5)),
        ("07 February 2025", date(2025, 2, 7)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", date(2024, 3, 5)),
        ("03/05/2024", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("03.01.05", date(2005, 3, 1)),
        ("Posted on: 12/05/2021", date(2021, 12, 5)),
        ("Release date: March 3, 2022", date(2022, 3, 3)),
        ("Hamburg, den 02. Dezember 2022", date(2022, 12, 2)),
        ("2. März 2021", date(2021, 3, 2)),
        ("1er janvier 2020", date(2020, 1, 1)),
        ("5 mars 2019", date(2019, 3, 5)),
        ("3 de marzo de 2021", date(2021, 3, 3)),
        ("5 May 2024", date(2024, 5, 5)),
        ("14 marzo 2024", date(2024, 3, 14)),
        ("25 de setembro de 2023", date(2023, 9, 25)),
        ("3 mei 2022", date(2022, 5, 3)),
        ("Publicerad 7 februari 2024", date(2024, 2, 7)),
        ("3. oktober 2023", date(2023, 10, 3)),
        ("26 aprilie 2024, 17:10", date(2024, 4, 26)),
        ("1 października 2021", date(2021, 10, 1)),
        ("15. března 2024", date(2024, 3, 15)),
        ("12. helmikuuta 2024", date(2024, 2, 12)),
        # The forms of further languages (#17, fifth round).
        ("21 жовтня 2023, 23:50", date(2023, 10, 21)),
        ("8 декабря 2022 г.", date(2022, 12, 8)),
        ("Beograd, 3. novembra 2023. godine", date(2023, 11, 3)),
        ("2023. gada 14. septembrī", date(2023, 9, 14)),
        ("2023. november 30.", date(2023, 11, 30)),
        ("17. nóvember 2022", date(2022, 11, 17)),
        ("9 Gorffennaf 2023", date(2023, 7, 9)),
        ("2 Ogos 2023", date(2023, 8, 2)),
        ("18 de juliol de 2023", date(2023, 7, 18)),
        ("6 Οκτωβρίου 2023", date(2023, 10, 6)),
        ("2023年11月8日", date(2023, 11, 8)),
        ("2023년 11월 8일", date(2023, 11, 8)),
        ("2023. 11. 08.", date(2023, 11, 8)),
        ("ngày 8 tháng 11 năm 2023", date(2023, 11, 8)),
        ("2023 m. lapkričio 8 d.", date(2023, 11, 8)),
    ],
)
def test_common_written_dates_are_understood(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("el", date(2023, 7, 4)),
        ("en-GB", date(2023, 7, 4)),
        ("pt_BR", date(2023, 7, 4)),
        ("en-US", date(2023, 4, 7)),
        ("en", date(2023, 4, 7)),
        ("", date(2023, 4, 7)),
    ],
)
def test_a_numeric_date_is_read_in_the_order_of_the_page_language(lang, expected):
    assert parse_date("04/07/2023", day_first=day_first_language(lang)) == expected


@pytest.mark.parametrize(
    "text",
    ["", None, "2024", "March 2024", "Copyright 2023", "13/45/2020", "Feb 30, 2024"],
)
def test_partial_or_impossible_dates_give_none_not_a_guess(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("07 February 2025", True),
        ("Posted on: 12/05/2021", True),
        ("Published Feb. 6, 2024 at 5:45 p.m. CST", True),
        ("Veröffentlicht am 12.03.2024 um 14:30 Uhr", True),
        (
            "March 5, 2019 (SAINT PAUL) — Minnesota Attorney General Keith Ellison announced today that",
            False,
        ),
        (
            "The exercise ended on March 5, 2024 after two weeks of drills at sea.",
            False,
        ),
    ],
)
def test_a_date_line_is_a_date_and_little_else(line, expected):
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scottish Gaelic: the name alone, as pages print it, and after an
        # elided article ("an t-Sultain")
        ("3 Dàmhair 2024", date(2024, 10, 3)),
        ("24 Sultain 2024", date(2024, 9, 24)),
        # Bengali digits and month, Gurmukhi month after a label
        ("৫ মার্চ ২০২৪", date(2024, 3, 5)),
        ("Posted 5 ਮਾਰਚ 2024", date(2024, 3, 5)),
        # Kazakh, the year first; Basque, the month in the genitive
        ("2024 жылғы 5 наурыз", date(2024, 3, 5)),
        ("2024ko martxoaren 5a", date(2024, 3, 5)),
        # Khmer, the month's name glued to the word for "month"
        ("ថ្ងៃ 12 ខែមីនា 2024", date(2024, 3, 12)),
        # the month first, in a language the hand-written table lacks
        ("Dàmhair 3, 2024", date(2024, 10, 3)),
        # a short name with an ending in a script other than Latin (Kyrgyz,
        # Tajik, Burmese with its digits and the word for "month" after it)
        ("2025-жылдын 4-марты", date(2025, 3, 4)),
        ("4 марти 2025", date(2025, 3, 4)),
        ("၂၀၂၅ ခုနှစ် မတ်လ ၄ ရက်", date(2025, 3, 4)),
        # Yiddish writes its months with points the tables leave out
        ("דעם 12טן אָקטאָבער 2024", date(2024, 10, 12)),
        ("20סטן נאָוועמבער 2024", date(2024, 11, 20)),
        # the year first with a word or two after it (Armenian, Azerbaijani)
        ("2024 թ. մարտի 5", date(2024, 3, 5)),
        ("2024-cü il 5 mart", date(2024, 3, 5)),
    ],
)
def test_a_month_named_in_any_language_is_read(text, expected):
    assert parse_date(text) == expected
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Room 5 block 2024",
        "In 2019 over 12 families moved",
        "12 years 2024",
        # "listopad" is October in Croatian and November in Czech: no guess
        "5 listopad 2024",
    ],
)
def test_a_word_between_a_day_and_a_year_is_no_month_unless_named_one(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和6年3月5日", date(2024, 3, 5)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("民國113年3月5日", date(2024, 3, 5)),
        ("二〇二四年三月五日", date(2024, 3, 5)),
        ("发布时间：二〇二四年十二月三十一日", date(2024, 12, 31)),
    ],
)
def test_era_years_and_chinese_numerals_are_read(text, expected):
    assert parse_date(text) == expected
    assert is_date_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai abbreviations, with the Buddhist era's year or the common one
        ("5 มี.ค. 2567", date(2024, 3, 5)),
        ("วันที่ 12 ธ.ค. 2023", date(2023, 12, 12)),
        # Mongolian writes the month's number before the word for "month"
        ("2024 оны 3-р сарын 5", date(2024, 3, 5)),
        ("2024 оны 11 сарын 20 14:00", date(2024, 11, 20)),
    ],
)
def test_abbreviated_thai_months_and_numbered_mongolian_months_are_read(text, expected):
    assert parse_date(text) == expected
    assert is_date_line(text)


@pytest.mark.parametrize(
    "line",
    [
        "Publicat lo 05/10/2023 a 8 h 40",
        "Publié le 5 octobre 2023 à 8 h 40",
        "By Nell Hargreave • Published 28th Aug 2023, 08:05 BST",
    ],
)
def test_a_date_line_with_its_time_and_author_is_a_date_line(line):
    assert is_date_line(line)


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("3/5/24", False, date(2024, 3, 5)),
        ("3/5/24", True, date(2024, 5, 3)),
        ("25/3/24", False, date(2024, 3, 25)),
        ("Posted 1/16/13", False, date(2013, 1, 16)),
        ("24/7", False, None),
        ("1/2/345", False, None),
    ],
)
def test_a_slashed_date_with_a_two_digit_year_is_read(text, day_first, expected):
    assert parse_date(text, day_first=day_first) == expected
