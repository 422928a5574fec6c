"""Measure how well searchidx turns release pages into fields, per page set.

    python benchmarks/extraction.py [--press ../shared/data/press] [--peers] [--misses]

Page sets, each with its own labels file (facts read by hand: title, date,
byline, dateline, source, url, tags, the first and last words of the body,
chrome phrases that must stay out of the body, and for pages written for the
project the whole body):

- saved pages and text dumps: extraction_labels.json, real pages in --press;
- regression pages: extraction_labels_written.json, tests/data/unseen/, the
  pages the faults of #17 were fixed on;
- held-out pages: extraction_labels_heldout.json, benchmarks/heldout/, 43 pages
  in 23 site shapes labelled before searchidx ever read them (the fixes of the
  second round of #17 were then chosen on them);
- held-out pages, second batch: extraction_labels_heldout2.json,
  benchmarks/heldout2/, 12 pages in 9 other shapes, written after those fixes;
- held-out pages, third batch: extraction_labels_heldout3.json,
  benchmarks/heldout3/, 26 pages in 16 more shapes and 5 more languages, shown
  whole and in its two halves: "tune" pages may be used to choose a fix,
  "check" pages are held back as the unseen check of those fixes;
- held-out pages, fourth batch: extraction_labels_heldout4.json,
  benchmarks/heldout4/, 20 pages in 10 more shapes and 12 more languages, the
  unseen check of the fourth round (no fix is chosen on them);
- held-out pages, fifth batch: extraction_labels_heldout5.json,
  benchmarks/heldout5/, 20 pages in 10 more shapes and 13 more languages, each
  with date markup of a kind real sites use, the unseen check of the fifth
  round (no fix is chosen on them: choose with --without fifth);
- held-out pages, sixth batch: extraction_labels_heldout6.json,
  benchmarks/heldout6/, 24 pages in 12 more shapes (PR wire, military gallery,
  embassy, central bank, sports federation, police blog, AMP, print view,
  embedded posts, cookie wall, paywall teaser, paginated story) and 15 more
  languages, right-to-left pages among them, the unseen check of the sixth
  round (choose fixes with --without sixth).
- held-out pages, seventh batch: extraction_labels_heldout7.json,
  benchmarks/heldout7/, 24 pages in 12 more shapes (a release saved from
  Word, a 2000s table layout, a news wiki, a science news aggregator, local
  TV, a mailing-list archive, a government press bureau, a Bitrix portal, a
  museum press room, a school district, WeChat articles, a published Google
  Doc) and 14 more languages, the unseen check of the next round (choose
  fixes with --without seventh).
- held-out pages, eighth batch: extraction_labels_heldout8.json,
  benchmarks/heldout8/, 24 pages in 12 more shapes (a Wayback Machine
  capture, a live blog, a health board on Sitecore, an organisation on
  Umbraco, a Telegram post widget, a Facebook page post, a PDF converted by
  pdftohtml, a wire release syndicated by a finance portal, a UN agency, a
  LinkedIn article, radio news with audio, a page saved by SingleFile) and 17
  more languages, the unseen check of the next round (choose fixes with
  --without eighth).
- held-out pages, ninth batch: extraction_labels_heldout9.json,
  benchmarks/heldout9/, 24 pages in 12 more shapes (a Mastodon post, a
  Firefox Reader View page, an archive.today capture, a release e-mail saved
  from Outlook, a Docusaurus blog post, a fire service's incident report, a
  weather service's warning release, a Tumblr post, a Jimdo blog, a Google
  Sites page, a Prezly newsroom story, a Confluence page) and 12 more
  languages, Yiddish right to left among them, the unseen check of the next
  round (choose fixes with --without ninth).
- held-out pages, tenth batch: extraction_labels_heldout10.json,
  benchmarks/heldout10/, 24 pages in 12 more shapes (a GovDelivery
  bulletin, a release filed on EDGAR as Exhibit 99.1, a Discourse
  announcement, an AMP web story, a Zendesk help-centre announcement, a
  Bluesky thread, a DNN news module, an Odoo blog post, a Weebly blog, a
  Strikingly blog post, an agency's Nextdoor post, a beehiiv newsletter) and
  12 more languages, Central Kurdish right to left among them, the unseen
  check of the next round (choose fixes with --without tenth).
- held-out pages, eleventh batch: extraction_labels_heldout11.json,
  benchmarks/heldout11/, 24 pages in 12 more shapes, mainstream CMSes and
  site builders (Brightspot, WordPress on the Newspaper theme with Yoast,
  Drupal 10, Sitefinity, Optimizely, Wagtail, a Gatsby blog, Craft CMS
  with SEOmatic, a Nuxt news site with its hydration state, Concrete CMS,
  a WordPress block theme with Jetpack, Contao) and 16 more languages,
  Uyghur right to left among them, a third of the pages in English, the
  unseen check of the next round (choose fixes with --without eleventh).
- held-out pages, twelfth batch: extraction_labels_heldout12.json,
  benchmarks/heldout12/, 24 pages in 12 more shapes, mainstream CMSes and
  site builders (TownNews BLOX, WordPress with Newspack, WordPress on Astra
  with Rank Math, Drupal 7, Escenic, a Hexo blog, an Astro blog,
  SilverStripe, Quintype with its hydration state, Movable Type, SvelteKit,
  Magnolia) and 9 more languages, Sindhi right to left among them, a third
  of the pages in English, the unseen check of the next round (choose fixes
  with --without twelfth).
- held-out pages, thirteenth batch: extraction_labels_heldout13.json,
  benchmarks/heldout13/, 24 press releases in 12 more shapes, from
  governments, a defence force, a navy, regulators and listed companies
  (a US federal agency on Drupal with USWDS, Canada.ca's Web Experience
  Toolkit, the French State's DSFR, gov.br's Plone portal, a Timor-Leste
  government WordPress site, the Maldives presidency, the Government of
  Montenegro's portal, Business Wire, Cision, a Vanuatu ministry on Divi,
  a defence force on Liferay, a regulator on SharePoint) in 13 languages,
  4 of them new (Dhivehi right to left among them), a third of the pages
  in English, the unseen check of the next round (choose fixes with
  --without thirteenth).
- held-out pages, fourteenth batch: extraction_labels_heldout14.json,
  benchmarks/heldout14/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (APA-OTS, ANP's
  press-release portal, an investor-relations site on a Q4-like platform
  and a Brazilian Fato Relevante, a statistics office, a German Land's
  media service, an Italian region's news agency, two national
  parliaments, party news pages, US military public-affairs sites on
  AFPIMS, a ministry of foreign affairs, an international organisation, a
  city council on OpenCities) in 15 languages, 4 of them new (Fijian,
  Upper Sorbian, Friulian, Sardinian), Arabic right to left among them, a
  third of the pages in English, the unseen check of the next round
  (choose fixes with --without fourteenth).
- held-out pages, fifteenth batch: extraction_labels_heldout15.json,
  benchmarks/heldout15/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (Ritzau's release wire,
  news aktuell's presseportal with a police force's release, Nova Scotia's
  and Western Australia's media rooms, South Tyrol's press service, the
  Sámi Parliament, Israel's gov.il, the Council of the EU, the Isle of Man
  Government, a Spanish regional government, Indonesian ministries' Siaran
  Pers, a development bank, Turkish ministry and governorship pages) in 13
  languages, 4 of them new (Ladin, Northern Sami, Manx, Aragonese), Hebrew
  right to left among them, a third of the pages in English, the unseen
  check of the next round (choose fixes with --without fifteenth).
- held-out pages, sixteenth batch: extraction_labels_heldout16.json,
  benchmarks/heldout16/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (EIN Presswire, a national
  electoral institute's communiqués, a UK council's newsroom on Jadu, the
  Philippine Information Agency, the Head of Bashkortostan's press service,
  the Government of Eswatini's press statements, a Swedish municipality on
  Sitevision, Oslo Børs NewsWeb announcements, a Japanese city hall's
  報道発表資料 dated in the Japanese era, a national human rights committee,
  a military command's news with a photo gallery on gov.pl, a Korean
  release wire) in 15 languages, 4 of them new (Cornish, Ilocano, Bashkir,
  siSwati), Arabic right to left among them, a third of the pages in
  English, the unseen check of the next round (choose fixes with --without
  sixteenth).
- held-out pages, seventeenth batch: extraction_labels_heldout17.json,
  benchmarks/heldout17/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (Newsfile, the Government of
  Greenland, the Office of the Governor of Guam, the Presidency of French
  Polynesia, Eritrea's Ministry of Information, a central bank, a supreme
  court, a national police force, a national Red Cross society, EQS-News,
  a defence force's news with a photo gallery, a university news office)
  in 14 languages, 4 of them new (Greenlandic, Chamorro, Tahitian,
  Tigrinya), 9 of the pages in English, the unseen check of the next round
  (choose fixes with --without seventeenth).
- held-out pages, eighteenth batch: extraction_labels_heldout18.json,
  benchmarks/heldout18/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (STT Info, Zawya, the
  Office of the President of the Marshall Islands, the Presidency of
  Burundi on Joomla, Bhutan's Prime Minister's Office, the
  Kashubian-Pomeranian Association, the Basque Government's Irekia, the
  Swiss federal news service, the Royal Thai Government, S4C's press
  office, a Brazilian state's news agency, an Indian state's Department of
  Information and Public Relations) in 16 languages, 4 of them new
  (Marshallese, Kirundi, Dzongkha, Kashubian), Arabic right to left among
  them, 8 of the pages in English, the unseen check of the next round
  (choose fixes with --without eighteenth).
- held-out pages, nineteenth batch: extraction_labels_heldout19.json,
  benchmarks/heldout19/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before (the Hong Kong SAR
  Government's press releases, the Government of Nunavut on Drupal, the
  Central Tibetan Administration on WordPress, the municipality of La Paz
  on Joomla, the Bundesnetzagentur on the Government Site Builder, the
  city of Cottbus/Chóśebuz on TYPO3, Saudi Arabia's Ministry of Health on
  SharePoint, PR TIMES, a Belgian company's newsroom on pr.co, the African
  Union Commission, the Slovenian Armed Forces on GOV.SI, Transparency
  International Georgia on Hugo) in 15 languages, 4 of them new
  (Inuktitut, Tibetan, Aymara, Lower Sorbian), Arabic right to left among
  them, 8 of the pages in English, the unseen check of the next round
  (choose fixes with --without nineteenth).
- held-out pages, twentieth batch: extraction_labels_heldout20.json,
  benchmarks/heldout20/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before, all based in Europe, Africa,
  the Middle East or Central Asia (the South African Government's gov.za,
  the Royal Institute of Amazigh Culture on Liferay, the FAO newsroom on
  Sitecore, the Lebanese Army's communiqués, the Kurdistan Regional
  Government's gov.krd, APO Group's Africa-Newsroom wire, the ICRC on
  Drupal, the Mission of the President of Ukraine in Crimea on WordPress,
  the Council of Ministers of Karakalpakstan on gov.uz, the city of
  Biel/Bienne on AEM, a Greek company's newsroom on Presspage, Latvia's
  Public Utilities Commission on Eleventy) in 15 languages, 4 of them new
  (Xitsonga, Standard Moroccan Tamazight in Tifinagh, Crimean Tatar,
  Karakalpak), Arabic and Central Kurdish right to left among them, 8 of
  the pages in English, the unseen check of the next round (choose fixes
  with --without twentieth).
- held-out pages, twenty-first batch: extraction_labels_heldout21.json,
  benchmarks/heldout21/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before, all based in Asia, Oceania
  and the Americas (the Macao SAR Government Information Bureau's news
  portal, Pakistan's Inter Services Public Relations, Mexico's Instituto
  Nacional de los Pueblos Indígenas on gob.mx, the City of Saint Paul on
  Drupal, the Cook Islands Government on WordPress with Avada, the
  Provincial Government of Iloilo on Joomla, the Organization of American
  States, the Securities Commission Malaysia on SharePoint, Singapore's
  Ministry of Defence on Liferay, Media OutReach Newswire, a Korean
  company's newsroom on Adobe Experience Manager, BRAC on WordPress with
  Elementor) in 15 languages, 4 of them new (Nahuatl, Hmong, Cook Islands
  Māori, Hiligaynon), Urdu right to left among them, 8 of the pages in
  English, the unseen check of the next round (choose fixes with --without
  twenty-first).
- held-out pages, twenty-second batch: extraction_labels_heldout22.json,
  benchmarks/heldout22/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before, all based in Europe and the
  Americas or international organisations headquartered there (the World
  Intellectual Property Organization's press room, the municipality of
  Miranda do Douro on Joomla 4, the Government of Jersey's gov.je, the
  Communicatie Dienst Suriname on WordPress, the Finnish Defence Forces on
  Liferay, PRWeb, the Council of Europe's newsroom, Italy's competition
  authority on Drupal with Bootstrap Italia, Miami-Dade County's newsroom,
  the Romanian Ministry of Foreign Affairs on Drupal 7, a German company's
  newsroom on Sitecore, the Icelandic Association for Search and Rescue on
  WordPress) in 17 languages, 3 of them new (Mirandese, Jèrriais, Sranan
  Tongo), Arabic right to left and Chinese among them, 8 of the pages in
  English, the unseen check of the next round (choose fixes with --without
  twenty-second).
- held-out pages, twenty-third batch: extraction_labels_heldout23.json,
  benchmarks/heldout23/, 24 press releases in 12 more shapes, from
  organisations and platforms not used before, all based in Africa, the
  Middle East, Asia and Oceania or international organisations
  headquartered there (the Government Information Service of Mauritius on
  Joomla, Taiwan's Hakka Affairs Council, the Solomon Islands Government on
  WordPress, the Gauteng Provincial Government on SharePoint, the Dubai
  Media Office on Sitecore, the Asian Development Bank on Drupal, the
  Pacific Community on TYPO3, Scoop's press releases, the Nepali Army, an
  Indonesian company's newsroom on Liferay, Amref Health Africa on Hugo,
  the Securities and Exchange Board of India) in 15 languages, 4 of them
  new (Mauritian Creole, Hakka, Solomon Islands Pijin, Sepedi), Arabic right
  to left among them, 8 of the pages in English, the unseen check of the
  next round (choose fixes with --without twenty-third).

For each set it prints one table, a row per field and a column per reader:
searchidx (the reader the CLI uses), with --one-reading searchidx without
its second reading (ingest/second_reading.py), and with --peers trafilatura (title,
date, byline, source, url, tags, body) and htmldate (date), when installed
(`pip install ".[bench]"`), so the figures come from one run. "body F1" is
the token F1 of the extracted body against the labelled one (the mean over
pages of the bag-of-words F1), "shingle F1" the same over runs of four words.
"pages/s" is per process, in CPU time (the machine is shared, and other work
on it would count in a wall clock), after one untimed page.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from searchidx import __version__  # noqa: E402
from searchidx.ingest import read_file  # noqa: E402

# How many words of the labelled start/end must match: enough to tell the lead
# from a deck or a caption, few enough that one garbled word far away is
# not counted against the boundary.
BOUNDARY_WORDS = 6
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalize(text: str) -> str:
    """Return text as compared: NFKC, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize(text).lower())


# Words of a byline that are not a name: "By A and B" is the byline "A, B".
_BYLINE_GLUE = {"by", "and", "von", "par", "por", "di", "door"}
SHINGLE = 4


def byline_words(text: str) -> set[str]:
    return set(words(text)) - _BYLINE_GLUE


def source_key(text: str) -> str:
    return normalize(text).lower().removeprefix("www.")


def overlap_f1(got: list, want: list) -> float:
    """Return the F1 of two bags of items (tokens or shingles)."""
    from collections import Counter

    if not got or not want:
        return float(got == want)
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def shingles(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]


def check_page(label: dict, doc) -> dict[str, bool | int | None]:
    """Return per-field outcomes for one page (None: field not labelled)."""
    body_words = words(doc.body) if doc else []
    start = words(label["body_start"])[:BOUNDARY_WORDS]
    end = words(label["body_end"])[-BOUNDARY_WORDS:]
    body = normalize(doc.body) if doc else ""
    # Case counts: "File a Complaint" is a menu, "file a complaint by calling" prose.
    leaks = [p for p in label.get("boilerplate", []) if normalize(p) in body]

    def same(key: str, got: str) -> bool | None:
        if key not in label:
            return None
        return doc is not None and normalize(got) == normalize(label[key] or "")

    also = label.get("source_also", ())
    # one other name may be written as a plain string: a name, not its letters
    also = [also] if isinstance(also, str) else list(also)
    sources = [label["source"], *also] if "source" in label else []
    want_body = words(label["body"]) if "body" in label else None
    return {
        "title": doc is not None and normalize(doc.title) == normalize(label["title"]),
        "date": doc is not None
        and (doc.date.isoformat() if doc.date else None) == label["date"],
        "byline": None
        if "byline" not in label
        else doc is not None
        and byline_words(doc.byline) == byline_words(label["byline"]),
        "source": None
        if not sources
        else doc is not None
        and source_key(doc.source) in {source_key(s) for s in sources},
        "dateline": same("dateline", doc.dateline if doc else ""),
        "url": same("url", doc.url if doc else ""),
        "tags": None
        if "tags" not in label
        else doc is not None
        and {normalize(t).lower() for t in label["tags"]}
        <= {normalize(t).lower() for t in doc.tags},
        "body start": body_words[: len(start)] == start,
        "body end": body_words[-len(end) :] == end,
        "no leak": not leaks,
        "body F1": None if want_body is None else overlap_f1(body_words, want_body),
        "shingle F1": None
        if want_body is None
        else overlap_f1(shingles(body_words), shingles(want_body)),
        "leaks": leaks,
    }


FIELDS = [
    "title",
    "date",
    "byline",
    "dateline",
    "source",
    "url",
    "tags",
    "body start",
    "body end",
    "no leak",
]
SCORES = ["body F1", "shingle F1"]


def page_path(press: Path, label: dict) -> Path:
    """Return a labelled page's file: under --press, or in this repository for
    the pages written for the project (``"file": "repo:tests/data/..."``)."""
    file = label["file"]
    if file.startswith("repo:"):
        return HERE.parent / file.removeprefix("repo:")
    return press / file


def run_searchidx(press: Path, labels: list[dict]):
    results = []
    started = time.process_time()
    for label in labels:
        try:
            docs = list(read_file(page_path(press, label)))
        # A crash is a miss on every field, not the end of the run.
        except Exception as error:  # noqa: BLE001
            print(
                f"  {label['file']}: {type(error).__name__}: {error}", file=sys.stderr
            )
            docs = []
        results.append(check_page(label, docs[0] if docs else None))
    return results, time.process_time() - started


def run_one_reading(press: Path, labels: list[dict]):
    """Run searchidx as it reads without its second reading: no trafilatura
    pass to agree with, no htmldate search of the page's text."""
    from searchidx.ingest import html_pages

    second, dates = html_pages.read_with_trafilatura, html_pages.find_markup_date
    html_pages.read_with_trafilatura = lambda data, encoding=None: []
    html_pages.find_markup_date = lambda data, in_text=False: (
        None if in_text else dates(data)
    )
    try:
        return run_searchidx(press, labels)
    finally:
        html_pages.read_with_trafilatura, html_pages.find_markup_date = second, dates


class _PeerDoc:
    __slots__ = ("title", "date", "body", "byline", "dateline", "source", "url", "tags")

    def __init__(self, **fields):
        for name in self.__slots__:
            setattr(self, name, fields.get(name, "" if name != "tags" else ()))


def read_with_trafilatura(html: bytes) -> _PeerDoc:
    """Return trafilatura's reading of a page, in our fields."""
    import datetime

    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=False
    )
    meta = extracted.as_dict() if extracted is not None else {}
    raw_date = meta.get("date")
    title = meta.get("title") or ""
    body = meta.get("text") or ""
    # trafilatura repeats the headline as the text's first line; that is
    # not a boundary error, so it is not counted as one.
    first, _, rest = body.partition("\n")
    if normalize(first) == normalize(title):
        body = rest
    return _PeerDoc(
        title=title,
        date=datetime.date.fromisoformat(raw_date[:10]) if raw_date else None,
        body=body,
        byline=meta.get("author") or "",
        source=meta.get("sitename") or "",
        url=meta.get("url") or "",
        tags=tuple(meta.get("tags") or ()),
    )


def run_trafilatura(press: Path, labels: list[dict]):
    results = []
    started = time.process_time()
    for label in labels:
        results.append(
            check_page(
                label, read_with_trafilatura(page_path(press, label).read_bytes())
            )
        )
    return results, time.process_time() - started


def run_htmldate(press: Path, labels: list[dict]):
    from htmldate import find_date

    results = []
    started = time.process_time()
    for label in labels:
        html = page_path(press, label).read_bytes().decode("utf-8", "replace")
        results.append({"date": find_date(html) == label["date"]})
    return results, time.process_time() - started


def _cell(results: list[dict], field: str) -> str:
    checked = [r[field] for r in results if r.get(field) is not None]
    if not checked:
        return ""
    if field in SCORES:
        return f"{sum(checked) / len(checked):.3f}"
    return f"{sum(checked) / len(checked):.0%} ({sum(checked)}/{len(checked)})"


def table(readers: list[tuple[str, list[dict], float]]) -> str:
    """Return one page set's markdown table: a row per field, a column per reader."""
    lines = [
        "| field | " + " | ".join(name for name, _, _ in readers) + " |",
        "|---|" + "---|" * len(readers),
    ]
    for field in FIELDS + SCORES:
        cells = [_cell(results, field) for _, results, _ in readers]
        if any(cells):
            lines.append(f"| {field} | " + " | ".join(cells) + " |")
    lines.append(
        "| pages/s | "
        + " | ".join(f"{len(r) / seconds:.0f}" for _, r, seconds in readers)
        + " |"
    )
    return "\n".join(lines)


# Held-out batches: option (and labels file, and folder) -> the page set's
# name and how its help names it. --without and --only match the names.
HELDOUT_BATCHES = {
    "heldout": ("held-out pages", ""),
    **{
        f"heldout{number}": (f"held-out pages, {ordinal} batch", f"{ordinal} batch of ")
        for number, ordinal in enumerate(
            (
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
                "twenty-first",
                "twenty-second",
                "twenty-third",
            ),
            start=2,
        )
    },
}


def _names(words: str, set_name: str) -> bool:
    """Return True when ``words`` stand in ``set_name`` as whole words: "second"
    names the second batch, not the twenty-second; "third" names the third
    batch and its halves, not the twenty-third."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", set_name) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--press",
        type=Path,
        default=HERE.parent.parent / "shared" / "data" / "press",
        help="the folder the labelled paths are relative to",
    )
    parser.add_argument("--labels", type=Path, default=HERE / "extraction_labels.json")
    parser.add_argument(
        "--written",
        type=Path,
        default=HERE / "extraction_labels_written.json",
        help="labels of the regression pages written for #17 (tests/data/unseen/)",
    )
    for option, (_, ordinal) in HELDOUT_BATCHES.items():
        parser.add_argument(
            f"--{option}",
            type=Path,
            default=HERE / f"extraction_labels_{option}.json",
            help=f"labels of the {ordinal}held-out pages (benchmarks/{option}/)",
        )
    parser.add_argument(
        "--peers", action="store_true", help="also run trafilatura and htmldate"
    )
    parser.add_argument(
        "--misses", action="store_true", help="list each page's missed fields"
    )
    parser.add_argument(
        "--one-reading",
        action="store_true",
        help="also run searchidx without its second reading (trafilatura, "
        "htmldate's text search), to show what the agreement adds",
    )
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="WORDS",
        help="skip the page sets whose name holds WORDS as whole words (e.g. 'fifth': the "
        "unseen batch stays unread while a fix is chosen)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="WORDS",
        help="read only the page sets whose name holds WORDS as whole words (e.g. 'fifth': "
        "the first or the final reading of the unseen batch)",
    )
    args = parser.parse_args()

    def load(path: Path) -> list[dict]:
        return json.loads(path.read_text(encoding="utf-8"))["pages"]

    sets = []
    if args.press.is_dir():
        labels = load(args.labels)
        sets.append(
            ("saved pages", [x for x in labels if x["file"].startswith("html/")])
        )
        sets.append(
            ("text dumps", [x for x in labels if not x["file"].startswith("html/")])
        )
    else:
        print(
            f"{args.press}: not found; the saved pages are skipped (pass --press)",
            file=sys.stderr,
        )
    sets.append(("regression pages", load(args.written)))
    for option, (name, _) in HELDOUT_BATCHES.items():
        pages = load(getattr(args, option))
        sets.append((name, pages))
        if option == "heldout3":  # shown whole and in its two halves
            for half in ("tune", "check"):
                sets.append(
                    (
                        f"third batch, {half} half",
                        [x for x in pages if x["half"] == half],
                    )
                )
    sets = [(n, s) for n, s in sets if not any(_names(w, n) for w in args.without)]
    if args.only:
        sets = [(n, s) for n, s in sets if any(_names(w, n) for w in args.only)]

    peers = None
    if args.peers:
        try:
            import htmldate
            import trafilatura

            peers = (trafilatura.__version__, htmldate.__version__)
        except ImportError as error:
            print(f"peers skipped: {error}", file=sys.stderr)
    print(
        f"searchidx {__version__}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores"
        + (f", trafilatura {peers[0]}, htmldate {peers[1]}" if peers else "")
    )
    # One page read before the clock starts: the readers' imports (bs4, lxml,
    # htmldate, trafilatura: a few hundred ms) are paid once per process, and
    # would otherwise be counted against the first set's pages/s.
    html_sets = [subset for name, subset in sets if name != "text dumps" and subset]
    if html_sets:
        run_searchidx(args.press, html_sets[0][:1])
    all_results = {}
    for name, subset in sets:
        results, seconds = run_searchidx(args.press, subset)
        all_results.update(zip((lab["file"] for lab in subset), results, strict=True))
        readers = [("searchidx", results, seconds)]
        if args.one_reading and name != "text dumps":
            readers.append(
                ("searchidx, one reading", *run_one_reading(args.press, subset))
            )
        if peers and name != "text dumps":
            readers.append(
                (f"trafilatura {peers[0]}", *run_trafilatura(args.press, subset))
            )
            readers.append((f"htmldate {peers[1]}", *run_htmldate(args.press, subset)))
        print(f"\n{name} ({len(subset)})\n")
        print(table(readers))
    leaked = sum(len(r["leaks"]) for r in all_results.values())
    print(f"\nsearchidx: {leaked} boilerplate phrases leaked into bodies in all")
    if args.misses:
        for file, result in all_results.items():
            missed = [f for f in FIELDS if result[f] is False]
            low = [f"{f} {result[f]:.2f}" for f in SCORES if (result[f] or 1) < 0.97]
            if missed or low:
                print(f"  {file}: {', '.join(missed + low)} {result['leaks'] or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
