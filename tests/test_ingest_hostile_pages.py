"""Hostile pages: markup nested thousands deep, stray control bytes, huge pages.

Every page here is written by the test itself. Speed is not timed (the machine
is noisy): the tests check the bounds that keep the work linear instead.
"""

import json
import os
import random
import struct
import subprocess
import sys
import zlib
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from searchidx import read_file
from searchidx.cli import cli
from searchidx.errors import IngestError, UnsupportedFormatError
from searchidx.ingest import html_pages, large_pages
from searchidx.ingest._markup import MAX_DEPTH, flatten_deep_markup
from searchidx.ingest.large_pages import MAX_MARKUP_BYTES

LEAD = (
    "The harbour authority opened its new ferry terminal on Monday, "
    "doubling the number of daily crossings to the islands."
)


def _nested_page(depth: int, tag: str = "div") -> str:
    """A page whose text sits halfway down and at the bottom of ``depth`` elements."""
    middle = depth // 2
    parts = []
    for level in range(depth):
        parts.append(f"<{tag}>")
        if level == middle:
            parts.append(f"<p>{LEAD}</p>")
    parts.append("<p>Further down, the crossings run every hour.</p>")
    parts.append("<p>At the bottom, tickets are sold on board.</p>")
    parts.append(f"</{tag}>" * depth)
    return (
        "<html><head><title>Ferry terminal opens</title></head><body>"
        + "".join(parts)
        + "</body></html>"
    )


def _depth(element: Tag) -> int:
    """The depth of the deepest element below ``element``, walked without recursion."""
    deepest, stack = 0, [(element, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in node.contents if type(c) is Tag)
    return deepest


def test_markup_past_the_depth_limit_keeps_its_text_in_order():
    soup = BeautifulSoup(_nested_page(3000), "lxml")
    text_before = soup.get_text(" ", strip=True)
    assert _depth(soup) > 3000

    assert flatten_deep_markup(soup) == 1

    assert _depth(soup) == MAX_DEPTH
    assert soup.get_text(" ", strip=True) == text_before
    # bs4's document order (next_element) still runs through every string.
    walked = [str(s).strip() for s in soup.descendants if isinstance(s, str)]
    assert " ".join(w for w in walked if w) == text_before


def test_ordinary_page_is_not_flattened():
    soup = BeautifulSoup(_nested_page(40), "lxml")
    markup = str(soup)
    assert flatten_deep_markup(soup) == 0
    assert str(soup) == markup


def test_page_nested_thousands_deep_is_read_with_its_text(tmp_path: Path, monkeypatch):
    page = tmp_path / "deep.html"
    page.write_text(_nested_page(5000))
    seen_depths = []
    find_root = html_pages.find_content_root

    def spy(soup, h1):
        # The readers walk ancestors and descendants: the tree they get is
        # what bounds their work.
        seen_depths.append(_depth(soup))
        return find_root(soup, h1)

    monkeypatch.setattr(html_pages, "find_content_root", spy)

    (doc,) = read_file(page)

    assert seen_depths == [MAX_DEPTH]
    assert doc.title == "Ferry terminal opens"
    assert doc.body.startswith(LEAD)
    assert doc.body.index("Further down") < doc.body.index("At the bottom")
    assert doc.body.endswith("tickets are sold on board.")


_SENTENCE = "Sentence number {} of the release."


@pytest.mark.parametrize(
    "opening", ['<font face="Arial" size="2"><p>', "<div><p>", "<blockquote><p>"]
)
def test_unclosed_tags_keep_every_paragraph_as_its_own(tmp_path: Path, opening):
    # Old editors leave a <font> or <div> open around each paragraph: the
    # page nests 1,200 deep, past the limit, and every paragraph must stay.
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Harbour release</title></head><body>"
        "<h1>Harbour release</h1>"
        + "".join(opening + _SENTENCE.format(i) + "</p>" for i in range(1200))
        + "</body></html>"
    )

    (doc,) = read_file(page)

    assert doc.body.split("\n\n") == [_SENTENCE.format(i) for i in range(1200)]


@pytest.mark.parametrize("count", [100, 1200])
@pytest.mark.parametrize(
    "opening", ['<font face="Verdana"><p>', '<p><font face="Verdana">']
)
def test_paragraphs_never_closed_inside_open_tags_stay_apart(
    tmp_path: Path, opening: str, count: int
):
    # FrontPage-era pages open a <font> with every paragraph and close
    # neither: a browser ends each paragraph where the next one starts.
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Harbour release</title></head><body>"
        "<h1>Harbour release</h1>"
        + "".join(opening + _SENTENCE.format(i) for i in range(count))
        + "</body></html>"
    )

    (doc,) = read_file(page)

    assert doc.body.split("\n\n") == [_SENTENCE.format(i) for i in range(count)]


@pytest.mark.parametrize("count", [100, 300, 1200])
def test_lines_inside_tags_never_closed_all_stay(tmp_path: Path, count: int):
    # "<font>line<br>" repeated: each line nests in the one before, and the
    # lines above the depth limit must stay beside those flattened below it.
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><head><title>Harbour minutes</title></head><body>"
        "<h1>Harbour minutes</h1>"
        + "".join(
            f'<font face="Verdana">{_SENTENCE.format(i)}<br>' for i in range(count)
        )
        + "</body></html>"
    )

    (doc,) = read_file(page)

    assert doc.body.split("\n\n") == [_SENTENCE.format(i) for i in range(count)]


def test_a_paragraph_inside_another_keeps_the_text_order(tmp_path: Path):
    page = tmp_path / "release.html"
    sentences = [_SENTENCE.format(i) for i in range(4)]
    page.write_text(
        "<html><head><title>Harbour release</title></head><body>"
        "<h1>Harbour release</h1><p>{}<span><p>{}</p>{}</span>{}</p>"
        "</body></html>".format(*sentences)
    )

    (doc,) = read_file(page)

    assert doc.body.replace("\n\n", " ").split(" ") == " ".join(sentences).split(" ")


def test_blocks_past_the_depth_limit_stay_apart():
    soup = BeautifulSoup(
        "<html><body>"
        + "<div>" * (MAX_DEPTH + 10)
        + "<h2>Transcript</h2>"
        + "<p>First speaker<br>Second speaker<br/>Third <b>speaker</b></p>"
        + "<ul><li>One item</li><li>Two <i>items</i></li></ul>Loose text"
        + "</div>" * (MAX_DEPTH + 10)
        + "</body></html>",
        "lxml",
    )

    assert flatten_deep_markup(soup) == 1

    assert _depth(soup) == MAX_DEPTH
    (flattened,) = [t for t in soup.find_all(True) if t.find("h2", recursive=False)]
    assert [(t.name, t.get_text()) for t in flattened.contents] == [
        ("h2", "Transcript"),
        ("p", "First speaker"),
        ("p", "Second speaker"),
        ("p", "Third speaker"),
        ("li", "One item"),
        ("li", "Two items"),
        ("p", "Loose text"),
    ]


# ---- stray control bytes, and files that really are binary -------------------

PARAGRAPH = (
    "The council approved the coastal budget after a long debate on Tuesday, "
    "and the new ferry timetable takes effect in March."
)


def _page(body: str) -> bytes:
    return (
        "<html><head><title>Council approves coastal budget</title></head>"
        f"<body><article><h1>Council approves coastal budget</h1><p>{body}</p>"
        "</article></body></html>"
    ).encode()


def test_page_in_a_legacy_multibyte_charset_is_not_binary(tmp_path: Path):
    # Shift-JIS uses the bytes UTF-8 and Windows-1252 cannot decode.
    path = tmp_path / "ferry.html"
    path.write_bytes(
        (
            '<html><head><meta charset="shift_jis"><title>フェリー乗り場開設'
            "</title></head><body><article><h1>フェリー乗り場開設</h1><p>"
            + "東京都は新しいフェリー乗り場を開設しました。" * 300
            + "</p></article></body></html>"
        ).encode("shift_jis")
    )

    (doc,) = read_file(path)

    assert doc.title == "フェリー乗り場開設"
    assert doc.body.startswith("東京都は新しいフェリー乗り場を開設しました。")


@pytest.mark.parametrize(
    ("name", "data", "expected_body"),
    [
        (
            "stray_nul.html",
            _page(PARAGRAPH.replace("debate", "de\x00bate")),
            PARAGRAPH,
        ),
        (
            "control_bytes.html",
            _page(
                PARAGRAPH.replace("ferry", "\x01ferry\x1b").replace("new", "n\x7few")
            ),
            PARAGRAPH,
        ),
        (
            "nul_at_start.txt",
            b"\x00Council approves coastal budget\n\n" + PARAGRAPH.encode() + b"\x00\n",
            PARAGRAPH,
        ),
        (
            "text_dump.txt",
            b"Council approves coastal budget\n\n"
            + PARAGRAPH.replace("March", "Mar\x00ch").encode("cp1252")
            + b" Caf\xe9 hours are unchanged.\n",
            PARAGRAPH + " Café hours are unchanged.",
        ),
    ],
)
def test_stray_control_bytes_amid_text_are_dropped(
    tmp_path: Path, name: str, data: bytes, expected_body: str
):
    path = tmp_path / name
    path.write_bytes(data)

    (doc,) = read_file(path)

    assert doc.title == "Council approves coastal budget"
    assert doc.body == expected_body


def _compiled_strings() -> bytes:
    """A compiled file full of strings: each a length-prefixed record."""
    words = PARAGRAPH.split()
    return b"".join(struct.pack("<HI", 7, len(w)) + w.encode() for w in words * 40)


_RANDOM = random.Random(17)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("random.html", bytes(_RANDOM.getrandbits(8) for _ in range(20_000))),
        ("short_random.txt", bytes(_RANDOM.getrandbits(8) for _ in range(300))),
        ("compressed.txt", zlib.compress(PARAGRAPH.encode() * 50)),
        ("strings_table.html", _page("x") + _compiled_strings()),
        ("nul_padded.txt", b"Council approves\n" + b"\x00" * 4000),
    ],
)
def test_binary_file_is_refused_with_one_line_error(
    tmp_path: Path, name: str, data: bytes
):
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(UnsupportedFormatError) as caught:
        list(read_file(path))

    assert str(caught.value) == f"{path}: binary data, not HTML, text or JSON"


_UTF16_PAGE = (
    '<html><head><meta charset="utf-16"><title>Council approves Zürich budget'
    "</title></head><body><article><h1>Council approves Zürich budget</h1>"
    f"<p>March 4, 2024</p><p>{PARAGRAPH}</p></article></body></html>"
)
_UTF16_DUMP = f"Council approves Zürich budget\nMarch 4, 2024\n\n{PARAGRAPH}\n"
_UTF16_EXPORT = json.dumps(
    [
        {
            "title": "Council approves Zürich budget",
            "date": "2024-03-04",
            "body": PARAGRAPH,
        }
    ]
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("budget.html", _UTF16_PAGE),
        ("budget.txt", _UTF16_DUMP),
        ("budget.json", _UTF16_EXPORT),
        ("budget.jsonl", _UTF16_EXPORT[1:-1] + "\n"),
    ],
)
def test_utf16_without_byte_order_mark_is_read_as_text(
    tmp_path: Path, encoding: str, name: str, text: str
):
    # Some tools write UTF-16 without the mark; its NULs are not binary data.
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))

    (doc,) = read_file(path)

    assert (doc.title, doc.date, doc.body) == (
        "Council approves Zürich budget",
        date(2024, 3, 4),
        PARAGRAPH,
    )


# Text in scripts past U+00FF has few NULs in UTF-16 (none in a Chinese
# sentence), and half its bytes are control bytes: it looked like binary data.
_OTHER_SCRIPT_RELEASES = {
    "ru": (
        "Городской совет утвердил бюджет на 2024 год",
        "Городской совет сегодня утвердил бюджет на новый год. Мэр заявил, что "
        "основные средства пойдут на общественный транспорт, школы и больницы.",
    ),
    "ar": (
        "مجلس المدينة يقر ميزانية عام 2024",
        "أقر مجلس المدينة اليوم ميزانية العام الجديد. وقال رئيس البلدية إن معظم "
        "الأموال ستذهب إلى النقل العام والمدارس والمستشفيات.",
    ),
    "el": (
        "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό του 2024",
        "Το δημοτικό συμβούλιο ενέκρινε σήμερα τον προϋπολογισμό της νέας χρονιάς. "
        "Ο δήμαρχος δήλωσε ότι τα περισσότερα κονδύλια θα πάνε στις συγκοινωνίες.",
    ),
    "zh": (
        "市政府公布二〇二四年度预算",
        "市政府今天公布了新的年度预算，重点投资于公共交通、学校和医院。"
        "市长表示，这份预算将帮助城市应对人口增长，并在年底前完成三条新公交线路。",
    ),
    "ja": (
        "市議会、二〇二四年度予算を可決",
        "市議会は本日、新年度の予算案を賛成多数で可決した。"
        "市長は、公共交通と学校への投資を優先し、年内に三つの新しいバス路線を開設すると述べた。",
    ),
    "ko": (
        "시의회, 2024년도 예산안 통과",
        "시의회는 오늘 새해 예산안을 찬성 다수로 통과시켰다. "
        "시장은 대중교통과 학교에 대한 투자를 우선하고 연내에 새 버스 노선 세 개를 개설하겠다고 밝혔다.",
    ),
}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(_OTHER_SCRIPT_RELEASES))
@pytest.mark.parametrize("kind", ["page", "dump"])
def test_utf16_without_mark_in_other_scripts_is_read_as_text(
    tmp_path: Path, encoding: str, language: str, kind: str
):
    title, body = _OTHER_SCRIPT_RELEASES[language]
    if kind == "page":
        path = tmp_path / "release.html"
        text = (
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>2024-03-04</p><p>{body}</p></article></body></html>"
        )
    else:
        path = tmp_path / "release.txt"
        text = f"{title}\n2024-03-04\n\n{body}\n"
    path.write_bytes(text.encode(encoding))

    (doc,) = read_file(path)

    assert (doc.title, doc.date, doc.body) == (title, date(2024, 3, 4), body)


def test_short_korean_notice_in_utf16_without_mark_is_read(tmp_path: Path):
    # A hundred-odd Hangul characters: their block byte is under a bit more
    # predictable than the other, less than in a longer text.
    body = (
        "부산시는 오늘 새로운 버스 노선을 발표했습니다. "
        "이번 노선은 시민들의 출퇴근 시간을 줄이는 것을 목표로 합니다. "
        "시장은 시민들의 많은 이용을 당부했습니다.\n새 노선은 다음 달부터 운행됩니다."
    )
    path = tmp_path / "notice.txt"
    path.write_bytes(f"부산시, 새 버스 노선 발표\n{body}\n".encode("utf-16-le"))

    (doc,) = read_file(path)

    assert doc.title == "부산시, 새 버스 노선 발표"
    assert "새 노선은 다음 달부터 운행됩니다." in doc.body


def _readings_within_one_block() -> bytes:
    # a sensor's readings wandering within 0x0600-0x06FF: all Arabic letters
    # and signs when decoded, but never a space or a digit of ASCII's block
    walk, value = [], 0x0650
    rng = random.Random(11)
    for _ in range(20_000):
        value = min(0x06FF, max(0x0600, value + rng.randint(-20, 20)))
        walk.append(value)
    return struct.pack("<20000H", *walk)


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(50_000),  # compressed or encrypted data
        # 16-bit audio samples: a wave of values on both sides of zero
        struct.pack(
            "<20000h", *(int(9000 * ((n % 400) - 200) / 200) for n in range(20000))
        ),
        # numbers under 0xD800: each decodes to a character, mostly assigned ones
        struct.pack("<20000H", *random.Random(3).choices(range(256, 0xD800), k=20000)),
        _readings_within_one_block(),
    ],
    ids=[
        "random bytes",
        "16-bit samples",
        "16-bit numbers that decode",
        "readings within one block",
    ],
)
def test_binary_data_is_not_taken_for_utf16_text_in_other_scripts(
    tmp_path: Path, data: bytes
):
    path = tmp_path / "data.txt"
    path.write_bytes(data)

    with pytest.raises(UnsupportedFormatError) as caught:
        list(read_file(path))

    assert str(caught.value) == f"{path}: binary data, not HTML, text or JSON"


def test_table_of_16_bit_numbers_is_still_binary(tmp_path: Path):
    # NULs at every other byte, like UTF-16, but they decode to control characters.
    path = tmp_path / "counts.txt"
    path.write_bytes(struct.pack("<2000H", *(n % 31 + 1 for n in range(2000))))

    with pytest.raises(UnsupportedFormatError) as caught:
        list(read_file(path))

    assert str(caught.value) == f"{path}: binary data, not HTML, text or JSON"


# ---- text in a legacy 8-bit or East Asian charset ------------------------------

_LEGACY_RELEASES = {
    "cp1251": (
        "Министерство завершило учения на побережье",
        "Министерство обороны сообщило сегодня о завершении учений. "
        "Военнослужащие отработали охрану побережья и спасение людей на воде.",
    ),
    "koi8-r": (
        "Министерство завершило учения на побережье",
        "Министерство обороны сообщило сегодня о завершении учений. "
        "Военнослужащие отработали охрану побережья и спасение людей на воде.",
    ),
    "cp1253": (
        "Το υπουργείο ολοκλήρωσε την άσκηση",
        "Το υπουργείο ανακοίνωσε σήμερα την ολοκλήρωση της άσκησης "
        "στο λιμάνι του Πειραιά.",
    ),
    "shift_jis": (
        "フェリー乗り場開設",
        "東京都は新しいフェリー乗り場を開設しました。利用者は一日に千人を超える見込みです。",
    ),
    "gb18030": (
        "新渡轮码头开放",
        "市政府今天宣布新的渡轮码头正式开放，预计每天接待旅客超过一千人。",
    ),
    # Western text must read as Windows-1252, as before any guessing, though
    # Windows-1250 reads these bytes as cleanly.
    "cp1252": (
        "Le conseil approuve le budget côtier",
        "Le conseil municipal a approuvé le budget côtier après un long débat "
        "mardi ; les élèves en ont été informés « dès l'été ».",
    ),
}


def _legacy_file(name: str, charset: str) -> bytes:
    title, body = _LEGACY_RELEASES[charset]
    record = {"title": title, "date": "2024-03-12", "body": body}
    text = {
        ".txt": f"{title}\nMarch 12, 2024\n\n{body}\n",
        ".json": json.dumps([record], ensure_ascii=False),
        ".jsonl": json.dumps(record, ensure_ascii=False) + "\n",
    }[Path(name).suffix]
    return text.encode(charset)


@pytest.mark.parametrize("charset", list(_LEGACY_RELEASES))
@pytest.mark.parametrize("name", ["release.txt", "export.json", "feed.jsonl"])
def test_text_in_a_legacy_charset_is_read_in_that_charset(
    tmp_path: Path, charset: str, name: str
):
    path = tmp_path / name
    path.write_bytes(_legacy_file(name, charset))

    (doc,) = read_file(path)

    assert (doc.title, doc.date, doc.body) == (
        *_LEGACY_RELEASES[charset][:1],
        date(2024, 3, 12),
        _LEGACY_RELEASES[charset][1],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Doors open at 9\u00a0am.",
        "The ferry fee rises to 5\u20ac per crossing.",
        "Cr\u00e8me br\u00fbl\u00e9e \u2013 the caf\u00e9\u2019s \u201cfamous\u201d dessert.",
    ],
)
def test_western_text_with_a_few_accents_or_marks_reads_as_windows_1252(
    tmp_path: Path, sentence: str
):
    # Too few bytes past ASCII for a guess: charset_normalizer reads some of
    # these as DOS or Big5 text.
    path = tmp_path / "notice.txt"
    path.write_bytes(f"Harbour notice for the week\n\n{sentence}\n".encode("cp1252"))

    (doc,) = read_file(path)

    assert doc.body == sentence.replace("\u00a0", " ")  # bodies keep plain spaces


def test_json_lines_in_a_legacy_charset_after_plain_ascii_lines(tmp_path: Path):
    # The charset is decided on the first line that is not UTF-8, and kept.
    title, body = _LEGACY_RELEASES["cp1251"]
    ascii_record = {"title": "Harbour notice for the week", "body": PARAGRAPH}
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        (
            json.dumps(ascii_record)
            + "\n"
            + json.dumps({"title": title, "body": body}, ensure_ascii=False)
            + "\n"
            + json.dumps(
                {"title": "Учения", "body": "Учения завершены."}, ensure_ascii=False
            )
            + "\n"
        ).encode("cp1251")
    )

    titles = [doc.title for doc in read_file(path)]

    assert titles == ["Harbour notice for the week", title, "Учения"]


def test_text_no_charset_reads_with_confidence_is_refused_in_one_line(
    tmp_path: Path,
):
    # Two bytes undefined in Windows-1252 that Shift-JIS, EUC-KR and GBK each
    # read as one character of their own: any pick would be a guess.
    path = tmp_path / "odd.txt"
    path.write_bytes(b"Harbour notice for the week\n\nThe berth \x81\x8d opens.\n")

    with pytest.raises(IngestError) as caught:
        list(read_file(path))

    assert str(caught.value) == (
        f"{path}: unknown text encoding (not UTF-8, bad byte at 39)"
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("word_line_breaks.txt", b"Council approves coastal budget\n\n%s\n"),
        ("word_line_breaks.html", _page("%s")),
    ],
)
@pytest.mark.parametrize("separator", [b"\x0b", b"\x1c", b"\x1e"])
def test_separator_bytes_between_words_read_as_spaces(
    tmp_path: Path, name: str, data: bytes, separator: bytes
):
    # Word writes a line break inside a paragraph as a vertical tab.
    glued = PARAGRAPH.replace("debate", "debate" + "\x00").encode()
    glued = glued.replace(b"the coastal", b"the" + separator + b"coastal")
    path = tmp_path / name
    path.write_bytes(data.replace(b"%s", glued))

    (doc,) = read_file(path)

    assert doc.body == PARAGRAPH


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("optional_hyphen.txt", b"Council approves coastal budget\n\n%s\n"),
        ("optional_hyphen.html", _page("%s")),
    ],
)
def test_optional_hyphen_inside_a_word_is_dropped(tmp_path: Path, name, data):
    # Word's text writes an optional hyphen as the unit separator, 0x1f.
    hyphenated = PARAGRAPH.encode().replace(b"coastal", b"coast\x1fal")
    path = tmp_path / name
    path.write_bytes(data.replace(b"%s", hyphenated))

    (doc,) = read_file(path)

    assert doc.body == PARAGRAPH


def test_page_in_iso_2022_jp_keeps_its_escapes(tmp_path: Path):
    # ISO-2022-JP switches character sets with escape sequences (ESC $ B).
    path = tmp_path / "ferry.html"
    path.write_bytes(
        (
            '<html><head><meta charset="iso-2022-jp"><title>フェリー乗り場開設'
            "</title></head><body><article><h1>フェリー乗り場開設</h1><p>"
            + "東京都は新しいフェリー乗り場を開設しました。" * 300
            + "</p></article></body></html>"
        ).encode("iso-2022-jp")
    )

    (doc,) = read_file(path)

    assert doc.title == "フェリー乗り場開設"
    assert doc.body == "東京都は新しいフェリー乗り場を開設しました。" * 300


def _records(second_body: str) -> list[dict]:
    return [
        {"title": "Ferry terminal opens", "body": LEAD},
        {"title": "Council approves coastal budget", "body": second_body},
    ]


def test_nul_in_a_json_lines_record_is_dropped_as_in_a_json_array(tmp_path: Path):
    records = _records(PARAGRAPH.replace("debate", "de@bate"))
    lines = tmp_path / "export.jsonl"
    lines.write_bytes("\n".join(map(json.dumps, records)).replace("@", "\x00").encode())
    array = tmp_path / "export.json"
    array.write_bytes(json.dumps(records).replace("@", "\x00").encode())

    from_lines = [(d.title, d.body) for d in read_file(lines)]
    from_array = [(d.title, d.body) for d in read_file(array)]

    assert from_lines == from_array
    assert from_lines[1] == ("Council approves coastal budget", PARAGRAPH)


def test_raw_tab_in_a_json_lines_record_names_its_column_once(tmp_path: Path):
    path = tmp_path / "export.jsonl"
    path.write_text(
        json.dumps(_records(PARAGRAPH)[0]) + '\n{"title": "Tab", "body": "a\tb"}\n'
    )
    errors = []

    docs = list(read_file(path, on_error=errors.append))

    assert [d.title for d in docs] == ["Ferry terminal opens"]
    assert [str(e) for e in errors] == [
        f"{path}: line 2: not valid JSON (Invalid control character at column 28)"
    ]


_TOO_DEEP = '{"c": ' * 990 + "1" + "}" * 990


@pytest.mark.parametrize(
    ("name", "text", "expected_skip", "expected_titles"),
    [
        (
            "export.jsonl",
            json.dumps(_records(PARAGRAPH)[0])
            + f'\n{{"title": "Deep", "body": "{LEAD}", "history": {_TOO_DEEP}}}\n'
            + json.dumps(_records(PARAGRAPH)[1])
            + "\n",
            "line 2: nested too deep",
            ["Council approves coastal budget", "Ferry terminal opens"],
        ),
        (
            "export.json",
            f'{{"title": "Deep", "body": "{LEAD}", "history": {_TOO_DEEP}}}',
            "nested too deep",
            [],
        ),
        (
            # One record too deep costs only itself, as a line of JSON Lines does.
            "array.json",
            "["
            + json.dumps(_records(PARAGRAPH)[0])
            + ', {"title": "Deep", "body": '
            + "[" * 5000
            + "]" * 5000
            + "}, "
            + json.dumps(_records(PARAGRAPH)[1])
            + "]",
            "record 2: nested too deep",
            ["Council approves coastal budget", "Ferry terminal opens"],
        ),
        (
            "page.html",
            '<html><head><script type="application/ld+json">{}</script></head>'
            "<body><article><h1>Ferry terminal opens</h1><p>{}</p></article>"
            "</body></html>".format('{"c": ' * 5000 + "1" + "}" * 5000, LEAD),
            None,
            ["Ferry terminal opens"],
        ),
    ],
)
def test_json_nested_too_deep_is_skipped_and_the_run_goes_on(
    runner, tmp_path: Path, name, text, expected_skip, expected_titles
):
    path = tmp_path / name
    path.write_text(text)
    index = tmp_path / "index"

    result = runner.invoke(cli, ["--index", str(index), "index", str(path)])
    listed = runner.invoke(cli, ["--index", str(index), "query", "ferry", "--json"])

    assert "Traceback" not in result.output
    skipped = [s for s in result.stderr.splitlines() if s.startswith("skipped ")]
    if expected_skip:
        assert skipped[0] == f"skipped {path}: {expected_skip}"
    assert len(skipped) == (1 if expected_skip else 0)
    hits = [json.loads(line) for line in listed.stdout.splitlines()]
    titles = sorted(hit["title"] for hit in hits if "rank" in hit)
    assert titles == expected_titles


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("notes.html", b"Meeting notes\n"),
        (
            "noise.html",
            bytes(random.Random(5).randrange(0x80, 0x100) for _ in range(3000)),
        ),
    ],
)
def test_libraries_log_nothing_on_a_page_they_cannot_parse(tmp_path: Path, name, data):
    path = tmp_path / name
    path.write_bytes(data)

    result = subprocess.run(
        [sys.executable, "-m", "searchidx", "parse", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
        check=False,
    )

    assert result.stderr.count("\n") <= 1
    assert "ERROR:" not in result.stderr
    assert "trafilatura" not in result.stderr and "htmldate" not in result.stderr


# ---- pages of megabytes ----------------------------------------------------------


def _report_page(paragraphs: int, *, bulk: str = "") -> str:
    """A long report: numbered paragraphs, chrome around, its date only in a
    JSON-LD script at the very end."""
    body = "".join(
        f"<p>Paragraph {n} of the annual harbour report says the crossings grew "
        f"again this year.</p>\n"
        for n in range(1, paragraphs + 1)
    )
    return (
        "<html><head><title>Annual harbour report</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"{bulk}<article><h1>Annual harbour report</h1>{body}</article>"
        "<footer>Harbour Council · Privacy · Contact us</footer>"
        '<script type="application/ld+json">{"@type": "Report", '
        '"datePublished": "2024-03-05"}</script></body></html>'
    )


@pytest.fixture
def parsed_sizes(monkeypatch) -> list[int]:
    """The size of the markup each parse of a page is given."""
    sizes = []
    parse = html_pages.BeautifulSoup

    def spy(markup, *args, **kwargs):
        sizes.append(len(markup))
        return parse(markup, *args, **kwargs)

    monkeypatch.setattr(html_pages, "BeautifulSoup", spy)
    return sizes


def test_page_of_megabytes_is_read_whole(tmp_path: Path, parsed_sizes: list[int]):
    page = tmp_path / "report.html"
    page.write_text(_report_page(20_000))
    assert page.stat().st_size > 3 * MAX_MARKUP_BYTES

    (doc,) = read_file(page)

    assert parsed_sizes == [page.stat().st_size]
    assert doc.title == "Annual harbour report"
    assert doc.date == date(2024, 3, 5)
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 20_000
    assert paragraphs[0].startswith("Paragraph 1 of the annual harbour report")
    assert paragraphs[-1].startswith("Paragraph 20000 of the annual harbour report")
    assert "Privacy" not in doc.body


def _release_after(bulk: str, *, tail: str = "") -> str:
    """A release with all its fields, after ``bulk`` (a menu, app state, ...)."""
    return (
        "<html><head><title>Ferry terminal opens | Harbour Council</title>"
        '<meta name="author" content="Dana Whitcomb">'
        '<meta name="keywords" content="ferries, harbour">'
        f"</head><body>{bulk}<article><h1>Ferry terminal opens</h1>"
        '<time datetime="2024-03-05">5 March 2024</time>'
        f"<p>{LEAD}</p><h2>Timetable</h2>"
        "<p>Crossings run every hour<br>from six in the morning<br>"
        "until ten at night.</p><ul><li>Tickets are sold on board.</li>"
        "<li>Bicycles travel free on every crossing, and dogs on a lead are "
        "welcome on board too.</li></ul></article>"
        f"{tail}</body></html>"
    )


_RELEASE_BODY = (
    f"{LEAD}\n\nTimetable\n\nCrossings run every hour from six in the morning "
    "until ten at night.\n\nTickets are sold on board.\n\nBicycles travel free "
    "on every crossing, and dogs on a lead are welcome on board too."
)


def _fields(doc) -> tuple:
    return (doc.title, doc.date, doc.byline, doc.tags, doc.body)


_BIG_MENU = (
    "<nav><ul>"
    + "".join(
        f'<li><a href="/topics/{n}">Topic number {n}</a></li>' for n in range(12_000)
    )
    + "</ul></nav>"
)
_NEXT_DATA = (
    '<script id="__NEXT_DATA__" type="application/json">'
    + json.dumps({"props": {"cache": ["x" * 100 for _ in range(7_500)]}})
    + "</script>"
)
_GALLERY = (
    '<script type="application/ld+json">'
    + json.dumps(
        {
            "@type": "ImageGallery",
            "image": [
                "data:image/jpeg;base64," + "QUJD" * 10_000 + "/w==" for _ in range(20)
            ],
        }
    ).replace("/", "\\/")
    + "</script>"
)
_COMMENTS = "".join(
    f'<div class="comment"><p>Reader {n} wrote that the ferry is far too slow '
    "and the tickets cost more than the bus does, so the council should "
    "have listened to the people who take it every day.</p></div>"
    for n in range(3_000)
)
_COOKIES = (
    "<footer><p>We use cookies to measure how our site is used, and you can "
    "change your choice at any time on the privacy page of this site.</p></footer>"
)


@pytest.mark.parametrize(
    ("bulk", "tail"),
    [(_BIG_MENU, ""), (_NEXT_DATA, ""), (_GALLERY, ""), ("", _COMMENTS + _COOKIES)],
    ids=["big_menu", "next_data", "json_ld_gallery", "comments"],
)
def test_large_page_keeps_every_field_of_its_release(tmp_path: Path, bulk, tail):
    large = tmp_path / "large.html"
    large.write_text(_release_after(bulk, tail=tail))
    assert large.stat().st_size > MAX_MARKUP_BYTES
    small = tmp_path / "small.html"
    small.write_text(_release_after(""))

    (doc,) = read_file(large)

    assert _fields(doc) == _fields(next(read_file(small)))
    assert doc.title == "Ferry terminal opens"
    assert doc.date == date(2024, 3, 5)
    assert doc.byline == "Dana Whitcomb"
    assert doc.tags == ("ferries", "harbour")
    assert doc.body == _RELEASE_BODY


_SAVED_WITH_EVERYTHING = (
    '<script>var pageInfo = {"publishDate": "2024-03-05"};</script>'
    "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Company>Harbour Council"
    "</o:Company></o:DocumentProperties></xml><![endif]-->"
    "<style>.a { color: red; }" + " " * 200_000 + "</style>"
    '<img src="data:image/png;base64,' + "A" * 300_000 + '">'
    "<svg><title>Logo</title><path d='" + "M0 0 " * 30_000 + "'/></svg>" + _GALLERY
)


_BIG_SCRIPT = "<script>var state = '" + "x" * 600_000 + "';</script>"
_FOOTER_ICON = '<footer><svg class="icon"><path d="M0 0h9"/></svg></footer>'


@pytest.mark.parametrize(
    "header",
    [
        '<header><a href="/"><svg class="logo" viewBox="0 0 10 10"/></a></header>',
        '<header><a href="/"><svg class="logo"><path d="M0 0"/></a></header>',
        "<header><!-->Harbour Council</header>",
        "<header><!--->Harbour Council</header>",
        "<header><stylesheet-loader/><svgicon/></header>",
        "<header><scripted-menu/></header>",
    ],
    ids=[
        "self_closed_svg",
        "svg_left_open",
        "empty_comment",
        "empty_comment_dash",
        "custom_elements",
        "custom_script_name",
    ],
)
def test_large_page_sheds_only_whole_scripts_styles_svgs_and_comments(
    tmp_path: Path, header: str
):
    large = tmp_path / "large.html"
    large.write_text(_release_after(header, tail=_FOOTER_ICON + _BIG_SCRIPT))
    assert large.stat().st_size > MAX_MARKUP_BYTES
    small = tmp_path / "small.html"
    small.write_text(_release_after(header, tail=_FOOTER_ICON))

    (doc,) = read_file(large)

    assert _fields(doc) == _fields(next(read_file(small)))
    assert doc.body == _RELEASE_BODY


def test_what_a_large_page_sheds_before_the_parse_changes_no_field(
    tmp_path: Path, monkeypatch
):
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Ferry terminal opens</title></head><body>"
        f"{_SAVED_WITH_EVERYTHING}<article><h1>Ferry terminal opens</h1>"
        f"<p>{LEAD}</p></article></body></html>"
    )

    (shed,) = read_file(page)
    monkeypatch.setattr(large_pages, "MAX_MARKUP_BYTES", 1 << 30)
    (whole,) = read_file(page)

    assert (shed.date, shed.source) == (date(2024, 3, 5), "Harbour Council")
    assert _fields(shed) + (shed.source,) == _fields(whole) + (whole.source,)


def test_scripts_styles_and_inlined_images_of_a_large_page_are_not_parsed(
    tmp_path: Path, parsed_sizes: list[int]
):
    bulk = (
        "<script>var track = '" + "x" * 400_000 + "';</script>"
        "<style>.a { color: red; }" + " " * 200_000 + "</style>"
        '<img src="data:image/png;base64,' + "A" * 300_000 + '">'
        "<svg><path d='" + "M0 0 " * 30_000 + "'/></svg>"
        "<!-- " + "-" * 100_000 + " -->"
    )
    page = tmp_path / "report.html"
    page.write_text(_report_page(40, bulk=bulk))

    (doc,) = read_file(page)

    assert parsed_sizes and max(parsed_sizes) < 10_000
    assert doc.date == date(2024, 3, 5)
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 40
    assert paragraphs[-1].startswith("Paragraph 40 of the annual harbour report")


def test_ordinary_page_is_parsed_whole(tmp_path: Path, parsed_sizes: list[int]):
    page = tmp_path / "report.html"
    page.write_text(_report_page(40, bulk="<script>var x = 1;</script>"))

    (doc,) = read_file(page)

    assert parsed_sizes == [page.stat().st_size]
    assert len(doc.body.split("\n\n")) == 40


# ---- what a user sees: a record or one line, never a traceback --------------------

_SENTENCES = "<p>" + LEAD + " " + LEAD + "</p>"


@pytest.mark.parametrize(
    ("name", "data", "expected_title", "expected_error"),
    [
        ("empty.html", b"", None, "the file is empty"),
        (
            "only_markup.html",
            b"<html><head></head><body><div><span></span><img src=a.png><br>"
            b"<hr><table><tr><td></td></tr></table></div></body></html>",
            None,
            "the page has no release text",
        ),
        (
            "long_lang.html",
            (
                f'<html lang="{"x" * 10_000}"><head><title>Ferry terminal opens'
                f"</title></head><body>{_SENTENCES}</body></html>"
            ).encode(),
            "Ferry terminal opens",
            None,
        ),
        (
            "nested_100000.html",
            _nested_page(100_000).encode(),
            "Ferry terminal opens",
            None,
        ),
        (
            "random.html",
            random.Random(3).randbytes(5000),
            None,
            "binary data, not HTML, text or JSON",
        ),
    ],
)
def test_hostile_page_gives_a_record_or_one_line_error(
    runner, tmp_path: Path, name, data, expected_title, expected_error
):
    path = tmp_path / name
    path.write_bytes(data)

    result = runner.invoke(cli, ["parse", str(path), "--json"])

    assert "Traceback" not in result.output
    if expected_error:
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr == f"Error: {path}: {expected_error}\n"
    else:
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["title"] == expected_title


def test_large_page_in_utf16_is_read_whole(tmp_path: Path):
    page = tmp_path / "report.html"
    page.write_bytes(_report_page(3_000).encode("utf-16"))
    assert page.stat().st_size > MAX_MARKUP_BYTES

    (doc,) = read_file(page)

    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 3_000
    assert paragraphs[-1].startswith("Paragraph 3000 of the annual harbour report")
