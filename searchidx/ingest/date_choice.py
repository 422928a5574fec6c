"""Decide a page's date between what its metadata says and what it shows.

A page's metadata is right most of the time, but not always about the day the
reader sees: a publication time given in UTC late in the evening falls on the
day before the local date the page shows; a site that prints ``05/03/2024``
day first is read month first by a parser that guesses; a "last modified"
value is the day someone fixed a typo. The rules here weigh measurable
signals, never a site:

- the date shown by the headline or the byline (page_dates.py finds it) and the
  metadata's date agree: taken;
- they differ by one day and the metadata gives a time in UTC: the page's
  local day, as shown, is the date;
- the page labels the shown date as the day of publication ("Published 12th
  Apr 2024", "Publicat lo 16/05/2024"): the page's own word against metadata
  that may record another moment (a capture of an archive, a copy, a
  re-save);
- htmldate's markup date agrees with the shown one against the metadata:
  two sources against one;
- otherwise the metadata's date stands.

A date the page labels as an update ("Updated", "Last modified", "Обновено",
"Diweddarwyd ddiwethaf", "수정일", "最終更新日" ...) or as an event's ("Event
date:", "Deadline:", "Termin:") is never a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from .named_months import is_today_label

# Words that mark a date as the day a page was changed, in the languages of
# the pages we read; the CJK forms have no word boundary.
UPDATE_LABEL = re.compile(
    r"\b(?:updated?|modified|last\s+(?:changed|edited|reviewed)|revised|"
    r"aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizad[oa]|"
    r"aggiornat[oa]|bijgewerkt|gewijzigd|zaktualizowan\w*|päivitetty|uppdaterad|"
    r"opdateret|oppdatert|atnaujint\w*|frissítve|módosítva|aktualizovan\w*|"
    r"обновлен\w*|оновлен\w*|обновен\w*|ažurirano|izmjen\w*|izmen\w*|"
    r"güncellen\w*|diweddarwyd|përditësuar|uppfært|atjaunot\w*|"
    r"dikemaskini|bygewerk|actualitzat|muudetud|posodobljeno|ενημερ\w*|"
    r"cập\s+nhật|imesasishwa|актуализ\w*|aktualisierung|aktualizacj\w*|"
    r"aktualizace|aggiornament\w*|atualiza\w*|uppdatering|opdatering|"
    r"oppdatering|päivitys)"
    r"|수정|更新",
    re.I,
)


# Words that label a date as the day a page was published or a notice
# issued, in the languages of Europe and beyond: stems, as the labels
# inflect ("Published", "Publikuar më", "Veröffentlicht am", "Opublikowano",
# "Birt", "Issued at", "Emitido el", "发布时间").
PUBLISHED_LABEL = re.compile(
    r"(?<!\w)(?:publish|publiée?|publicad[oa]|publicat(?!ion)|publicēt|publikuar|"
    r"publikován|publiziert|publicerad|publiceret|publisert|pubblicat|posted|veröffentlicht|gepubliceerd|gepubliseer|"
    r"opublikowan|objavljen|objavio|közzétéve|публикува|опубликова|опублікова|"
    r"апублікава|објављен|julkaistu|birt\b|avaldatud|paskelbta|yayı[mn]lan|"
    r"δημοσιε|פורסם|نشر|منتشر|प्रकाशित|প্রকাশিত|đăng|diterbitkan|"
    r"dipublikasikan|inilathala|imechapishwa|iliyochapishwa|foilsithe|ippubblikat|"
    r"argitaratu|урнаштырыл|жариялан|жарыялан|dərc\s+(?:olun|edil)|e['ʼ‘’]lon\s+qilin|"
    # a warning's or a notice's "issued"
    r"issued|emitid[oa]|émise?\b|emess[oa]|ausgegeben|herausgegeben|wydan[oy]|"
    r"vydán|выпущен|видан|izdan|kiadva|utfärdad|udstedt|utstedt)|发布|發佈|发表|公開|게시",
    re.I,
)


def is_published_line(line: str) -> bool:
    """Return True when ``line`` labels a date as the day the page was published."""
    return bool(PUBLISHED_LABEL.search(line)) and not UPDATE_LABEL.search(line)


def is_update_line(line: str) -> bool:
    """Return True when ``line`` labels a date as the day the page changed."""
    return bool(UPDATE_LABEL.search(line))


# Labels of a date that is an event's, not the page's: when something happens
# or closes ("Event date:", "Deadline:", "Termin:", "Fecha del evento:"), or
# when a photo of the page was taken ("Date Taken:", "Aufnahmedatum:").
EVENT_LABEL = re.compile(
    r"^\W*(?:event(?:\s+date)?|date\s+of\s+(?:the\s+)?event|when|deadline|"
    r"date\s+taken|taken(?:\s+on)?|photo(?:graph)?\s+(?:date|taken)|image\s+date|"
    r"aufnahme(?:datum)?|fecha\s+de\s+(?:la\s+)?(?:foto|toma)|"
    r"date\s+de\s+(?:la\s+)?prise\s+de\s+vue|data\s+(?:della\s+)?foto|"
    r"closing\s+date|applications?\s+close|expires?|valid\s+until|"
    r"veranstaltung(?:sdatum)?|termin|frist|einsendeschluss|"
    r"date\s+de\s+l['’]év[eé]nement|échéance|fecha\s+del\s+evento|plazo|"
    r"data\s+dell['’]evento|scadenza|datum\s+van\s+het\s+evenement|"
    r"tapahtuma|evenemang|arrangement|wydarzenie|termín\s+konání|"
    r"дата\s+(?:проведения|мероприятия)|срок|etkinlik\s+tarihi|"
    r"ημερομηνία\s+εκδήλωσης)\s*:",
    re.I,
)


def is_event_line(line: str) -> bool:
    """Return True when ``line`` labels a date as an event's ("Deadline: ..."),
    or as the day the page is read ("Today is Monday, 17 March 2025")."""
    return bool(
        EVENT_LABEL.match(line) or TODAY_LABEL.match(line) or is_today_label(line)
    )


# A site's header showing the day it is viewed, not the page's: "Hoy es lunes
# 17 de marzo de 2025", "Today is", "Heute ist", "Aujourd'hui".
TODAY_LABEL = re.compile(
    r"^\W*(?:today\s+is|hoy\s+es|heute\s+ist|aujourd['’]hui(?:\s+nous\s+sommes)?|"
    r"oggi\s+è|hoje\s+é|vandaag\s+is|dziś\s+jest|dzisiaj\s+jest|сегодня|"
    r"bugün)\b",
    re.I,
)


# Where a date line parts its dates: "Last updated 6 March 2024 | Published ...".
_PARTS = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•｜]\s*")


def before_update(line: str) -> str:
    """Return the part of a date line that is no update's, the whole line when
    it has no update label: "March 5, 2024 — Updated March 6, 2024" and
    "05/03/2024 às 10h30 - Atualizado em 06/03/2024" give what stands before
    the label; "Last updated 6 March 2024 | Published 5 March 2024" the first
    part without one."""
    label = UPDATE_LABEL.search(line)
    if label is None:
        return line
    if label.start() > 0 and re.search(r"\d", line[: label.start()]):
        return line[: label.start()]
    for part in _PARTS.split(line):
        if part.strip() and not UPDATE_LABEL.search(part):
            return part
    return line[: label.start()]


def _utc_moment(text: str) -> datetime | None:
    """Return the time ``text`` gives in UTC, or None for another zone or none
    (a time in the page's own zone is its local day already)."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None or "T" not in text:
        return None
    return moment if moment.utcoffset() == timedelta(0) else None


def is_utc_moment(text: str) -> bool:
    """Return True when ``text`` is a time of day given in UTC."""
    return _utc_moment(text) is not None


def choose_date(
    meta: date | None,
    meta_text: str,
    shown: date | None,
    *,
    markup: Callable[[], date | None],
    shown_text: str = "",
) -> date | None:
    """Return the page's date from its metadata's and the one it shows
    (None without metadata: the caller's cascade goes on).

    Args:
        meta: the publication date in the page's metadata.
        meta_text: the value it was read from (a timestamp has a time and zone).
        shown: the date shown by the headline or byline, as the page's
            language orders day and month.
        markup: htmldate's markup date, asked only when the two disagree.
        shown_text: the line the shown date was read from.
    """
    if meta is None or shown is None or meta == shown:
        return meta
    if abs(shown - meta) == timedelta(days=1) and _utc_moment(meta_text) is not None:
        # A UTC time on the evening before or the morning after the day the
        # page's readers see.
        return shown
    if shown_text and is_published_line(shown_text):
        return shown
    if markup() == shown:
        return shown
    return meta
