"""Turn the date forms press releases use into ``datetime.date``.

Written by hand rather than with a fuzzy parser on purpose: a fuzzy parser
fills missing parts from today's date, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from .named_months import named_month_date

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# German, French, Spanish and Afrikaans month names, for European agencies' releases
# ("Hamburg, den 02. Dezember 2022", "5 janvier 2020", "3 de marzo de 2021").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                ("januar", "jänner", "janvier", "enero", "januarie"),
                ("februar", "février", "fevrier", "febrero", "februarie"),
                ("märz", "maerz", "mars", "marzo"),
                ("avril", "abril"),
                ("mai", "mayo"),
                ("juni", "juin", "junio", "junie"),
                ("juli", "juillet", "julio", "julie"),
                ("août", "aout", "agosto"),
                ("septembre", "septiembre", "setiembre"),
                ("oktober", "okt", "octobre", "octubre"),
                ("novembre", "noviembre"),
                ("dezember", "dez", "décembre", "decembre", "diciembre"),
            ],
            start=1,
        )
        for name in names
    }
)
# Month names of the other languages of European public bodies' pages, in the
# form dates use (Polish, Czech and Finnish decline them: "15. března 2024").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                (
                    "gennaio",
                    "janeiro",
                    "januari",
                    "ianuarie",
                    "stycznia",
                    "ledna",
                    "tammikuuta",
                ),
                (
                    "febbraio",
                    "fevereiro",
                    "februari",
                    "februarie",
                    "lutego",
                    "února",
                    "helmikuuta",
                ),
                (
                    "março",
                    "marco",
                    "maart",
                    "marts",
                    "martie",
                    "marca",
                    "března",
                    "maaliskuuta",
                ),
                ("aprile", "aprilie", "kwietnia", "dubna", "huhtikuuta"),
                ("maggio", "maio", "mei", "maj", "maja", "května", "toukokuuta"),
                ("giugno", "junho", "iunie", "czerwca", "června", "kesäkuuta"),
                ("luglio", "julho", "iulie", "lipca", "července", "heinäkuuta"),
                ("augustus", "augusti", "sierpnia", "srpna", "elokuuta"),
                (
                    "settembre",
                    "setembro",
                    "septembrie",
                    "września",
                    "září",
                    "syyskuuta",
                ),
                (
                    "ottobre",
                    "outubro",
                    "octombrie",
                    "października",
                    "října",
                    "lokakuuta",
                ),
                ("noiembrie", "listopada", "listopadu", "marraskuuta"),
                (
                    "dicembre",
                    "dezembro",
                    "desember",
                    "decembrie",
                    "grudnia",
                    "prosince",
                    "joulukuuta",
                ),
            ],
            start=1,
        )
        for name in names
    }
)
# Month names of further languages (the Slavic, Baltic, Balkan, Nordic,
# Celtic, Malay, Swahili and Turkish forms dates use: "13 травня 2024",
# "12. aprila 2024.", "5. mars 2024", "2024. gada 5. martā", "5 Mawrth 2024").
# A name that is also a common word in another language is left out.
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                "января січня януари јануар januára januára sausio janvāris janvārī "
                "janvārī jaanuar janúar ionawr janar januari ocak siječnja januarja "
                "ιανουαρίου",
                "февраля лютого февруари фебруар februára vasario februāris februārī "
                "veebruar febrúar chwefror shkurt februari şubat veljače februarja "
                "φεβρουαρίου",
                "марта березня март марач марта marca kovo martā marts märts "
                "mawrth mars mac machi mart ožujka marec marca marta μαρτίου",
                "апреля квітня април априла apríla balandžio aprīlī aprīlis aprill "
                "apríl ebrill prill aprili nisan travnja aprila aprilia απριλίου",
                "мая травня мај маја mája gegužės maijā maijs mai maí mei maj mayıs "
                "svibnja maja μαΐου",
                "июня червня юни јун јуна júna birželio jūnijā jūnijs juuni júní "
                "mehefin qershor juni haziran lipnja junija jūnija ιουνίου",
                "июля липня юли јул јула júla liepos jūlijā jūlijs juuli júlí "
                "gorffennaf korrik julai julai temmuz srpnja julija ιουλίου",
                "августа серпня август августа augusta rugpjūčio augustā augusts "
                "ágúst awst gusht ogos agosti ağustos kolovoza avgusta αυγούστου",
                "сентября вересня септември септембар septembra rugsėjo septembrī "
                "septembris septembri september medi shtator eylül rujna septembra "
                "σεπτεμβρίου",
                "октября жовтня октомври октобар októbra spalio oktobrī oktobris "
                "oktoober október hydref tetor oktoba ekim listopada oktobra "
                "οκτωβρίου",
                "ноября листопада ноември новембар novembra lapkričio novembrī "
                "novembris november nóvember tachwedd nëntor novemba kasım "
                "studenoga novembra νοεμβρίου",
                "декабря грудня декември децембар decembra gruodžio decembrī "
                "decembris detsember desember rhagfyr dhjetor disemba aralık "
                "prosinca decembra δεκεμβρίου",
            ],
            start=1,
        )
        for name in names.split()
        # Words of other languages that also name a month elsewhere keep
        # their first meaning ("listopada" is November in Polish).
        if name not in _MONTHS
    }
)
# Maltese ("6 ta’ Marzu 2025") and Urdu ("8 مارچ 2025") month names.
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                "jannar جنوری",
                "frar فروری",
                "marzu مارچ",
                "april اپریل",
                "mejju مئی",
                "ġunju جون",
                "lulju جولائی",
                "awwissu اگست",
                "settembru ستمبر",
                "ottubru اکتوبر",
                "novembru نومبر",
                "diċembru دسمبر",
            ],
            start=1,
        )
        for name in names.split()
        if name not in _MONTHS
    }
)
# Abbreviations Portuguese, Spanish, Italian and French news sites print
# ("4.abr.2025", "5 ene. 2024", "12 gen 2024", "3 févr. 2024").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                "gen ene janv",
                "fev févr fevr",
                "",
                "abr avr",
                "mag",
                "giu",
                "lug juil",
                "ago",
                "set",
                "out ott oct",
                "",
                "dic déc dec",
            ],
            start=1,
        )
        for name in names.split()
        if name not in _MONTHS
    }
)
# Hungarian and Catalan ("2024. március 7.", "10 de març de 2024").
_MONTHS.update(
    {
        name: number
        for number, names in enumerate(
            [
                "január gener",
                "február febrer",
                "március març",
                "április",
                "május maig",
                "június juny",
                "július juliol",
                "augusztus agost",
                "szeptember setembre",
                "október",
                "novembre",
                "desembre",
            ],
            start=1,
        )
        for name in names.split()
        if name not in _MONTHS
    }
)
# Indonesian and Malay, Tagalog, Galician, Arabic (the Egyptian and the
# Levantine names), Hebrew (with the "ב" of "on": "5 במרץ 2024"), Hindi,
# Persian (the Gregorian months) and Thai names, whole and as Thai pages
# abbreviate them ("5 มี.ค. 2567").
_MORE_MONTHS = [
    "xaneiro يناير كانون_الثاني ינואר जनवरी ژانویه มกราคม ม.ค.",
    "pebrero febreiro فبراير شباط פברואר फ़रवरी फरवरी فوریه กุมภาพันธ์ ก.พ.",
    "maret marso مارس آذار מרץ मार्च มีนาคม มี.ค.",
    "abril أبريل ابريل نيسان אפריל अप्रैल آوریل เมษายน เม.ย.",
    "mayo maio مايو أيار מאי मई مه พฤษภาคม พ.ค.",
    "hunyo xuño يونيو يونيه حزيران יוני जून ژوئن มิถุนายน มิ.ย.",
    "hulyo xullo يوليو يوليه تموز יולי जुलाई ژوئیه กรกฎาคม ก.ค.",
    "agosto أغسطس اغسطس آب אוגוסט अगस्त اوت สิงหาคม ส.ค.",
    "setyembre setembro سبتمبر أيلول ספטמבר सितंबर सितम्बर سپتامبر กันยายน ก.ย.",
    "oktubre outubro أكتوبر اكتوبر تشرين_الأول אוקטובר अक्टूबर اکتبر ตุลาคม ต.ค.",
    "nobyembre novembro نوفمبر تشرين_الثاني נובמבר नवंबर नवम्बर نوامبر พฤศจิกายน พ.ย.",
    "disyembre decembro ديسمبر كانون_الأول דצמבר दिसंबर दिसम्बर دسامبر ธันวาคม ธ.ค.",
]
for _number, _names in enumerate(_MORE_MONTHS, start=1):
    for _name in _names.split():
        _name = _name.replace("_", " ")
        _MONTHS.setdefault(_name, _number)
        if "\u05d0" <= _name[0] <= "\u05ea":
            _MONTHS.setdefault("ב" + _name, _number)
_MONTH = (
    r"(?P<month>"
    + "|".join(re.escape(name) for name in sorted(_MONTHS, key=len, reverse=True))
    + r")\.?"
)
_WEEKDAY = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
)

# "3/5/2024", and "3/5/24" with the year's last two digits, as forms and
# notices print it (a score or a ratio has two numbers, not three).
_US_ORDER = re.compile(
    r"(?<![\d/])(?P<month>\d\d?)/(?P<day>\d\d?)/(?P<year>(?:19|20)?\d\d)(?![\d/])"
)
_DASHED = re.compile(
    r"(?<![\d-])(?P<month>\d\d?)-(?P<day>\d\d?)-(?P<year>(?:19|20)\d\d)(?![\d-])"
)
_BUDDHIST_ERA = re.compile(
    r"(?P<day>\d\d?)\s*"
    + _MONTH.replace("(?P<month>", "(?P<month>(?:").replace(r")\.?", r"))")
    + r"\s*(?:พ\.ศ\.\s*)?(?P<year>25\d\d)(?!\d)"
)
# Years of the Buddhist era before the common era's.
_BUDDHIST_OFFSET = 543
# Patterns that write the month first where the day comes first elsewhere.
# "03.01.05": month first on the old congressional pages, day first
# ("05.03.24") wherever the language puts the day first.
_SHORT_YEAR = re.compile(
    r"(?<![\d.])(?P<month>\d\d)\.(?P<day>\d\d)\.(?P<year>\d\d)(?![\d.])"
)
_DAY_OR_MONTH = (_US_ORDER, _DASHED, _SHORT_YEAR)
_DOTTED = re.compile(
    r"(?<![\d.])(?P<day>\d\d?)\.\s?(?P<month>\d\d?)\.\s?(?P<year>(?:19|20)\d\d)"
    r"(?!\d)(?!\.\d)"
)
_PATTERNS = [
    # 2024-03-05, 2024-03-05T09:30:00+02:00, 2024/03/05, 2024. 03. 05. (Korean,
    # Hungarian)
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:[-/]|\.\s?)(?P<month>\d\d?)(?:[-/]|\.\s?)"
        r"(?P<day>\d\d?)(?!\d)"
    ),
    # ngày 12 tháng 3 năm 2024 (Vietnamese)
    re.compile(
        r"(?P<day>\d\d?)\s+tháng\s+(?P<month>\d\d?)(?:\s+năm\s+|[,/]\s*)"
        r"(?P<year>(?:19|20)\d\d)",
        re.I,
    ),
    # 2024 оны 3 сарын 5, 2024 оны 3-р сарын 5 (Mongolian: the month's number)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*оны\s+(?P<month>\d\d?)(?:-р)?\s*сарын\s+"
        r"(?P<day>\d\d?)(?!\d)",
        re.I,
    ),
    # 2024 m. kovo 5 d. (Lithuanian)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*m\.\s+" + _MONTH + r"\s+(?P<day>\d\d?)\s*d\.", re.I
    ),
    # Tuesday, March 5, 2024 / Mar. 5 2024 / March 5th, 2024
    re.compile(
        _WEEKDAY
        + _MONTH
        + r"\s+(?P<day>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 5 March 2024 / 07 February 2025 / Tue, 05 Mar 2024 / 5th of March 2024
    re.compile(
        _WEEKDAY
        + r"(?P<day>\d\d?)(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+|ta['’]\s+)?"
        + _MONTH
        + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 05.03.2024 (day first, as German and most European pages write it), and
    # 05.03.2024. with the ordinal full stop Latvian, Croatian, Serbian,
    # Hungarian and Slovak write after the year; a full stop before another
    # digit is a longer number ("05.03.2024.1"), not a date.
    _DOTTED,
    # 4.abr.2025, 5-Mar-2024, 12/gen/2024: a month's name between a day and
    # a year joined by dots, dashes or slashes (Brazilian and Italian news
    # sites, log-style dates)
    re.compile(
        r"(?<![\d.])(?P<day>\d\d?)[.\-/]\s?"
        + _MONTH.replace(r")\.?", r"))").replace("(?P<month>", "(?P<month>(?:")
        + r"[.\-/]\s?(?P<year>(?:19|20)\d\d)(?!\d)",
        re.I,
    ),
    # 2024年3月5日, 2024년 3월 5일 (Chinese, Japanese, Korean)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d\d?)\s*[月월]\s*"
        r"(?P<day>\d\d?)\s*[日일]"
    ),
    # The year first, with a full stop: "2024. gada 5. martā" (Latvian),
    # "2024. március 7." (Hungarian)
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\.\s+gada\s+(?P<day>\d\d?)\.\s+" + _MONTH,
        re.I,
    ),
    re.compile(
        r"(?P<year>(?:19|20)\d\d)\.\s+" + _MONTH + r"\s+(?P<day>\d\d?)\.",
        re.I,
    ),
    # 03/05/2024 (US order, the usual one on English-language release pages)
    _US_ORDER,
    # 05-03-2024 (Dutch, Danish, Indian pages; month first in US English)
    _DASHED,
    # 5 มีนาคม 2567: Thai pages count years in the Buddhist era.
    _BUDDHIST_ERA,
    # 03.01.05 (MM.DD.YY, the old congressional press pages; DD.MM.YY elsewhere)
    _SHORT_YEAR,
]
# Digits of every script, as Arabic, Persian, Bengali, Khmer, Thai and
# full-width CJK dates write them ("٥ مارس ٢٠٢٤", "৫ মার্চ ২০২৪"), read as
# the ASCII digits. Unicode keeps each script's ten digits in a row from its
# zero, so the zeros name them all.
_DIGITS = str.maketrans(
    {
        chr(zero + n): str(n)
        for zero in range(0x0660, 0x20000)
        if unicodedata.category(chr(zero)) == "Nd" and unicodedata.digit(chr(zero)) == 0
        for n in range(10)
    }
)
_ISO_DATETIME = re.compile(
    r"^\s*\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?\s*$"
)


def _to_date(match: re.Match, day_first: bool = False) -> date | None:
    month = match.group("month")
    name = month.lower()
    # "Mar." is "mar" with its full stop, "มี.ค." an abbreviation with its own
    month_number = (
        int(month)
        if month.isdigit()
        else _MONTHS.get(name) or _MONTHS[name.rstrip(".")]
    )
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if match.re is _BUDDHIST_ERA:
        year -= _BUDDHIST_OFFSET
    day = int(match.group("day"))
    swap = day_first and match.re in _DAY_OR_MONTH and day <= 12
    either_order = match.re in _DAY_OR_MONTH or match.re is _DOTTED
    if swap or (month_number > 12 and day <= 12 and either_order):
        # "25/09/2023": no month 25, so the day comes first, as outside the
        # US; "03.13.2025": no month 13, so the month comes first, as some
        # American sites write dotted dates.
        month_number, day = day, month_number
    try:
        return date(year, month_number, day)
    except ValueError:
        return None


def _from_iso_datetime(text: str) -> date | None:
    """Return the calendar date an ISO timestamp states, in its own time zone."""
    if not _ISO_DATETIME.match(text):
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    # Keep the publisher's local calendar day (what the page shows), not UTC's.
    return moment.date()


# Years counted from an era, as Japanese and Taiwanese official pages write
# them ("令和6年3月5日", "民國113年3月5日"), by the year before the era's first.
_ERA_YEARS = {"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|民國|民国)\s*(?P<year>\d{1,3}|元)\s*年\s*(?P<month>\d\d?)\s*月"
    r"\s*(?P<day>\d\d?)\s*[日号]"
)
# Chinese numerals, as formal documents write dates ("二〇二四年三月五日").
_HAN_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
_HAN_DATE = re.compile(
    r"(?P<year>[〇零一二三四五六七八九]{4})\s*年\s*(?P<month>[一二三四五六七八九十]{1,2})"
    r"\s*月\s*(?P<day>[一二三四五六七八九十]{1,3})\s*[日号]"
)


def _han_number(numeral: str) -> int:
    """Return the value of a Chinese numeral up to 99 ("十二", "二十五")."""
    tens, ten, units = numeral.rpartition("十")
    if not ten:
        return int(_HAN_DIGITS[units])
    return int(_HAN_DIGITS.get(tens, "1")) * 10 + int(_HAN_DIGITS.get(units, "0"))


def _east_asian_date(text: str) -> date | None:
    """Return a date written with an era's year or in Chinese numerals."""
    era = _ERA_DATE.search(text)
    try:
        if era:
            year = 1 if era.group("year") == "元" else int(era.group("year"))
            year += _ERA_YEARS[era.group("era")]
            return date(year, int(era.group("month")), int(era.group("day")))
        han = _HAN_DATE.search(text)
        if han:
            year = int("".join(_HAN_DIGITS[c] for c in han.group("year")))
            return date(
                year, _han_number(han.group("month")), _han_number(han.group("day"))
            )
    except ValueError:
        return None
    return None


def parse_date(text: str | None, *, day_first: bool = False) -> date | None:
    """Return the date ``text`` states, or None when it holds no full date.

    Args:
        text: a date as written on a page or in an export, e.g. ``2024-03-05``,
            ``March 5, 2024``, ``07 February 2025``, ``03/05/2024``,
            ``2024-03-05T09:30:00+02:00``; surrounding words are allowed.
        day_first: read ``05/03/2024`` as 5 March, as every language but
            American English writes it (see :func:`day_first_language`).
    """
    if not text:
        return None
    text = str(text).strip().translate(_DIGITS)
    iso = _from_iso_datetime(text)
    if iso:
        return iso
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            found = _to_date(match, day_first)
            if found:
                return found
    if "年" in text:
        found = _east_asian_date(text)
        if found:
            return found
    named = named_month_date(text, _MONTHS)
    return named[0] if named else None


def day_first_language(lang: str | None) -> bool:
    """Return True when a page in language ``lang`` (``<html lang>``, e.g.
    ``el``, ``en-GB``) writes ``05/03/2024`` day first.

    Only American English (and English that does not say where) puts the
    month first; every other language and English variant puts the day first.
    """
    lang = (lang or "").strip().lower().replace("_", "-")
    if not lang:
        return False
    base, _, region = lang.partition("-")
    if base != "en":
        return True
    return bool(region) and region not in {"us", "ph", "um", "as", "gu", "pr"}


# Numeric dates as a page writes them, with slashes, dots or dashes.
# No look-behind: it would be tried at every byte of the page, this is
# tried at digits only.
_NUMERIC_DATE = re.compile(rb"(\d\d?)[/.-](\d\d?)[/.-](?:19|20)\d\d(?![\d/])")


def has_numeric_date(page: bytes) -> bool:
    """Return True when a page writes a date with numbers alone ("05/03/2024")."""
    return _NUMERIC_DATE.search(page) is not None


def numeric_order(page: bytes) -> bool | None:
    """Return True when a page's numeric dates put the day first, False when
    the month, None when none of them tells ("05/03/2024" fits both).

    A site writes all its dates one way: one date that only one order can
    read ("25/03/2024", "03/25/2024") tells how to read the others, on pages
    whose language does not say (``<html lang="en">`` on a British site).
    """
    day_first = month_first = False
    for first, second in _NUMERIC_DATE.findall(page):
        if int(first) > 12 >= int(second):
            day_first = True
        elif int(second) > 12 >= int(first):
            month_first = True
    if day_first == month_first:
        return None
    return day_first


_TIME_OF_DAY = re.compile(
    # "16:30", "9.30", "9h30" and "9 h 12", as French and Occitan write it.
    r"(?:\b(?:at|um|à|a las|alle|kl\.?|klo)\s+)?\b\d\d?(?:[:.h]|\s?h\s)\d\d(?::\d\d)?"
    r"(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5}\b)?",
    re.I,
)


_ANY_DIGIT = re.compile(r"\d")
# What parts a blog's or a forum's date line: "Posted on 5th March 2024 ·
# Siobhán Keane", "By Ann Lee | 5 March 2024", "jen · 3 days ago · Mar 12, 2024".
_PART_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•｜]\s*")
# Most words of a part beside the date (a name, a section, "3 days ago").
_PART_WORDS = 5


def is_date_line(line: str, *, with_parts: bool = True) -> bool:
    """Return True when ``line`` is a date and little else (a page's date line).

    With ``with_parts``, a line may also name its author or section apart from
    the date, at a separator ("Posted on 5th March 2024 · Siobhán Keane").
    """
    stripped = line.strip().translate(_DIGITS)
    # Every full date has digits (or a year in Chinese numerals): a line
    # without any is none, at no cost.
    if (
        not stripped
        or len(stripped) > 80
        or not (_ANY_DIGIT.search(stripped) or "年" in stripped)
    ):
        return False
    if len(stripped) <= 60 and _is_date_part(stripped):
        return True
    if not with_parts:
        return False
    parts = [p for p in _PART_SEPARATOR.split(stripped) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return False
    # The date's own part is read apart from the others: its label and time
    # ("Published 12th Apr 2024, 16:30 BST") may outrun a name's few words.
    dated = [_is_date_part(p) for p in parts]
    return any(dated) and all(
        is_date or len(p.split()) <= _PART_WORDS
        for p, is_date in zip(parts, dated, strict=True)
    )


def _is_date_part(stripped: str) -> bool:
    for pattern in _PATTERNS:
        match = pattern.search(stripped)
        if match and _to_date(match):
            rest = (stripped[: match.start()] + stripped[match.end() :]).strip(
                " ,.-|:–—"
            )
            # A time of day is part of a date line ("at 5:45 p.m. CST").
            rest = _TIME_OF_DAY.sub(" ", rest)
            # allow a short label ("Posted on:", "Release date") or a time ("10:00 AM")
            return len(rest.split()) <= 4
    if "年" in stripped and _east_asian_date(stripped):
        return len(stripped) <= 30
    named = named_month_date(stripped, _MONTHS)
    if named:
        match = named[1]
        rest = (stripped[: match.start()] + stripped[match.end() :]).strip(" ,.-|:–—")
        return len(_TIME_OF_DAY.sub(" ", rest).split()) <= 4
    return False


def remove_dates(text: str) -> str:
    """Return ``text`` with every full date it states taken out."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: "" if _to_date(m) else m.group(0), text)
    return " ".join(text.split())
