"""The bundled corpus reads back as corpus/README.md says it should."""

from datetime import date

import pytest

from searchidx import read_file

from .conftest import CORPUS


def _table_rows():
    for line in (CORPUS / "README.md").read_text().splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            yield pytest.param(*cells[:5], cells[10], id=cells[0].strip("`"))


@pytest.mark.parametrize(
    ("file", "fmt", "title", "published", "source", "url"), list(_table_rows())
)
def test_every_bundled_document_has_its_title_date_and_url(
    file, fmt, title, published, source, url
):
    name, _, record = file.strip("`").partition("#")
    documents = list(read_file(CORPUS / name))
    if record.startswith("L"):
        doc = documents[int(record[1:]) - 1]
    else:
        doc = documents[int(record or 0)]
    assert doc.title == title
    assert doc.date == date.fromisoformat(published)
    assert doc.url == url
    # Sources are named in many ways (banners, page titles, metadata); the
    # table's full name must contain ours or share its first word, and a dump
    # that never names its publisher falls back to its url's host.
    host = url.split("/")[2].removeprefix("www.")
    assert doc.source
    assert doc.source in source or source.split()[0] in doc.source or doc.source == host


def test_the_corpus_has_every_format_and_enough_documents():
    files = [p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md"]
    suffixes = {p.suffix for p in files}
    assert {".html", ".txt", ".json", ".jsonl"} <= suffixes
    assert sum(len(list(read_file(p))) for p in files) >= 40
