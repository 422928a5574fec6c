"""The month names the hand-written date patterns of dates.py read: name -> number.

English and the languages of the pages we read, whole and abbreviated, lower
case. named_months.py reads, from CLDR's tables, the names this table lacks.
"""

from __future__ import annotations

MONTHS = {
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
MONTHS.update(
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
MONTHS.update(
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
MONTHS.update(
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
        if name not in MONTHS
    }
)
# Maltese ("6 ta’ Marzu 2025") and Urdu ("8 مارچ 2025") month names.
MONTHS.update(
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
        if name not in MONTHS
    }
)
# Abbreviations Portuguese, Spanish, Italian and French news sites print
# ("4.abr.2025", "5 ene. 2024", "12 gen 2024", "3 févr. 2024").
MONTHS.update(
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
        if name not in MONTHS
    }
)
# Hungarian and Catalan ("2024. március 7.", "10 de març de 2024").
MONTHS.update(
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
        if name not in MONTHS
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
        MONTHS.setdefault(_name, _number)
        if "\u05d0" <= _name[0] <= "\u05ea":
            MONTHS.setdefault("ב" + _name, _number)
