"""What the held-out page generators share: one page's labels and the batch's files.

Each `extraction_heldoutN_pages.py` writes its pages from its own templates; the
labels they give and the way a batch lands on disk are the same for all of them, and
tests/test_extraction_labels.py checks that every generator still writes its
committed pages and labels byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path


def label(
    article: dict,
    boilerplate: Iterable[str],
    *,
    folder: str,
    paras: list[str],
    sentences: Callable[[str], list[str]],
    tags_key: str = "tags",
) -> dict:
    """Return the facts of one page as benchmarks/extraction.py reads them.

    `paras` is the labelled body, `sentences` splits a paragraph into sentences for
    its first and last (a sentence split at "p.m." or "Dr." is set by hand in the
    article as `body_start`/`body_end`).
    """
    page = {
        "file": f"repo:benchmarks/{folder}/{article['file']}.html",
        "shape": article["tpl"],
        "lang": article["lang"].split("-")[0],
        "title": article["title"],
        "date": article["date"],
        "byline": article.get("byline", ""),
        "source": article["source"],
    }
    if "source_alt" in article:
        also = article["source_alt"]
        page["source_also"] = also if isinstance(also, str) else list(also)
    if article.get(tags_key):
        page["tags"] = article[tags_key]
    if "place" in article:
        page["dateline"] = article["place"]
    page["body_start"] = article.get("body_start") or sentences(paras[0])[0]
    page["body_end"] = article.get("body_end") or sentences(paras[-1])[-1]
    page["body"] = "\n\n".join(paras)
    page["boilerplate"] = [b for b in boilerplate if b]
    return page


def write_batch(
    out: Path,
    labels: Path,
    articles: Iterable[dict],
    templates: dict[str, Callable[[dict], tuple[str, list[str]]]],
    label_page: Callable[[dict, list[str]], dict],
    about: str,
) -> None:
    """Write every article's page into `out` and the batch's labels into `labels`."""
    out.mkdir(exist_ok=True)
    pages = []
    for article in articles:
        text, boilerplate = templates[article["tpl"]](article)
        (out / f"{article['file']}.html").write_text(text, encoding="utf-8")
        pages.append(label_page(article, boilerplate))
    labels.write_text(
        json.dumps({"about": about, "pages": pages}, ensure_ascii=False, indent=1)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(pages)} pages in {out}, labels in {labels}")
