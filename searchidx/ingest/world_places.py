"""The names of the world's countries and cities, as CLDR gives them in
English and in the languages of the page being read: what tells a dateline's
country ("Addis Ababa, Ethiopia") and city ("Rome – ") from a person's or a
company's name.
"""

from __future__ import annotations

import functools

from .named_months import page_languages


def country_names() -> frozenset[str]:
    """Return the names of the world's countries and territories in English."""
    return _country_names_in("en")


@functools.lru_cache(maxsize=16)
def _country_names_in(lang: str) -> frozenset[str]:
    """Return the names of the world's countries and territories in the
    language ``lang`` ("en", "ar", "pt_br"), lower-cased; none for a language
    CLDR lacks. One language's file is read, a few milliseconds, once."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(lang).territories.items()
    except (UnknownLocaleError, ValueError):
        return frozenset()
    # regions have numbers for codes ("001" is "World"): only countries
    return frozenset(name.lower() for code, name in territories if code.isalpha())


def is_country_name(text: str) -> bool:
    """Return True when ``text`` names a country or a territory: its name in
    English or in a language of the page being read ("Saudi Arabia", "الإمارات
    العربية المتحدة"), with either apostrophe ("Côte d'Ivoire"), the initials
    of its English name ("UAE", "U.K."), or a name the world writes beside
    CLDR's ("USA", "KSA", "Turkey")."""
    name = " ".join(text.split()).lower().replace("'", "’")
    if (
        name in country_names()
        or name in _OTHER_COUNTRY_NAMES
        or any(name in _country_names_in(lang) for lang in page_languages())
    ):
        return True
    initials = name.replace(".", "")
    return (
        len(initials) >= 2
        and text.replace(".", "").isupper()
        and (initials in _country_initials() or initials in _OTHER_COUNTRY_NAMES)
    )


# Countries' names in English that CLDR gives in another form: an older name
# ("Turkey" for Türkiye, "Czech Republic" for Czechia), a short one, or
# initials that are no initials of its English name ("USA", "KSA" for the
# Kingdom of Saudi Arabia, "DRC").
_OTHER_COUNTRY_NAMES = frozenset(
    "usa ksa drc prc turkey swaziland burma".split()
    + ["ivory coast", "czech republic", "dr congo", "east timor", "cape verde"]
)


def is_known_city(text: str) -> bool:
    """Return True when ``text`` names one of the world's cities that give a
    time zone its name, in English or in a language of the page being read
    ("Riyadh", "Hong Kong", "دبي"): CLDR's list of several hundred, read once
    per language. A person, a company or a label before a country ("Jane
    Roe, Nigeria: ", "Harbour Logistics, Singapore: ") is none."""
    name = " ".join(text.split()).lower()
    return name in _zone_cities_in("en") or any(
        name in _zone_cities_in(lang) for lang in page_languages()
    )


@functools.lru_cache(maxsize=16)
def _zone_cities_in(lang: str) -> frozenset[str]:
    """Return the cities time zones are named after, in the language
    ``lang``, lower-cased; in English also as the zones' names spell them
    ("Asia/Hong_Kong")."""
    from babel import Locale, UnknownLocaleError

    try:
        zones = Locale.parse(lang).time_zones
    except (UnknownLocaleError, ValueError):
        return frozenset()
    cities = {zone["city"].lower() for zone in zones.values() if "city" in zone}
    if lang == "en":
        from zoneinfo import available_timezones

        cities |= {
            zone.rsplit("/", 1)[-1].replace("_", " ").lower()
            for zone in available_timezones()
            if "/" in zone and not zone.startswith(("Etc/", "SystemV/"))
        }
    return frozenset(cities)


def is_city_name(text: str) -> bool:
    """Return True when ``text`` is a city's name as CLDR writes it in
    English or a language of the page being read ("Rome", "罗马", "Easter
    Island"): a stricter list than is_known_city's, of the zones' cities
    under their own names only, with no old zone's region ("General",
    "Pacific") and no research station ("Casey Station")."""
    name = " ".join(text.split()).lower()
    return any(name in _city_names_in(lang) for lang in ("en", *page_languages()))


@functools.lru_cache(maxsize=16)
def _city_names_in(lang: str) -> frozenset[str]:
    """Return the names CLDR gives the cities of the world's time zones in
    ``lang``, lower-cased: in English the zone's own last part where CLDR
    gives none ("Europe/Rome"). Zones whose name is no city's (Antarctica's
    stations, "Etc/", "EST5EDT") are left out."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        zones = Locale.parse(lang).time_zones
    except (UnknownLocaleError, ValueError):
        return frozenset()
    names = set()
    for zone in get_global("zone_territories"):
        if "/" not in zone or zone.startswith(("Antarctica/", "Etc/")):
            continue
        city = zones.get(zone, {}).get("city")
        if city is None and lang == "en":
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if city:
            names.add(city.lower())
    return frozenset(names)


@functools.cache
def _country_initials() -> frozenset[str]:
    """Return the initials countries are written with: of an English name of
    three words and more ("uae" of "United Arab Emirates"), or of two after
    "United" ("uk", "us"). Other pairs of letters are a company's form or a
    degree as often ("Acme, SA", "Jane Roe, DR")."""
    found = set()
    for name in country_names():
        words = name.split()
        # "Isle of Man", "United Nations": initials an organisation has too
        if len(words) < 2 or any(
            not word.isalpha() or word in ("of", "and", "nations") for word in words
        ):
            continue
        if len(words) >= 3 or words[0] == "united":
            found.add("".join(word[0] for word in words))
    return frozenset(found)


# The languages whose scripts write no capitals and carry most wire datelines
# in them (Arabic, Persian, Urdu; Chinese, Japanese): where a page declares
# no language, their CLDR names are still a place's test.
_CASELESS_SCRIPT_LANGUAGES = ("ar", "fa", "ur", "zh", "zh_Hant", "ja")


def is_world_place(text: str) -> bool:
    """Return True when ``text`` is a city of a time zone or a country as CLDR
    names it in English, the page's languages or the caseless scripts'
    languages ("الرياض", "上海", "中国"). In a script with no capitals, shape
    alone cannot tell a place from a person, a company or a word ("أحمد، 3
    ديسمبر", "2026年11月26日，张伟——", "华为12月3日电"): the place must be
    one the world knows, and the rest are read as the lead."""
    name = " ".join(text.split()).lower()
    languages = ("en", *page_languages(), *_CASELESS_SCRIPT_LANGUAGES)
    return any(
        name in _zone_cities_in(lang)
        or name in _city_names_in(lang)
        or name in _country_names_in(lang)
        for lang in languages
    )
