"""The held-out page sets of benchmarks/extraction.py load and agree with their pages.

A label that points at a missing page, or whose first and last words are not
the first and last words of its own body, would silently count against every
reader; these checks read no page through a reader.
"""

import importlib.util
import json
import sys
from datetime import date

import pytest

from .conftest import REPO

BENCH = REPO / "benchmarks"
_spec = importlib.util.spec_from_file_location("extraction", BENCH / "extraction.py")
extraction = importlib.util.module_from_spec(_spec)
sys.modules["extraction"] = extraction
_spec.loader.exec_module(extraction)

BATCHES = {
    "fifth": ("extraction_labels_heldout5.json", "extraction_heldout5_pages.py", 20),
    "sixth": ("extraction_labels_heldout6.json", "extraction_heldout6_pages.py", 24),
    "seventh": (
        "extraction_labels_heldout7.json",
        "extraction_heldout7_pages.py",
        24,
    ),
    "eighth": (
        "extraction_labels_heldout8.json",
        "extraction_heldout8_pages.py",
        24,
    ),
    "ninth": (
        "extraction_labels_heldout9.json",
        "extraction_heldout9_pages.py",
        24,
    ),
    "tenth": (
        "extraction_labels_heldout10.json",
        "extraction_heldout10_pages.py",
        24,
    ),
    "eleventh": (
        "extraction_labels_heldout11.json",
        "extraction_heldout11_pages.py",
        24,
    ),
    "twelfth": (
        "extraction_labels_heldout12.json",
        "extraction_heldout12_pages.py",
        24,
    ),
    "thirteenth": (
        "extraction_labels_heldout13.json",
        "extraction_heldout13_pages.py",
        24,
    ),
    "fourteenth": (
        "extraction_labels_heldout14.json",
        "extraction_heldout14_pages.py",
        24,
    ),
    "fifteenth": (
        "extraction_labels_heldout15.json",
        "extraction_heldout15_pages.py",
        24,
    ),
    "sixteenth": (
        "extraction_labels_heldout16.json",
        "extraction_heldout16_pages.py",
        24,
    ),
    "seventeenth": (
        "extraction_labels_heldout17.json",
        "extraction_heldout17_pages.py",
        24,
    ),
    "eighteenth": (
        "extraction_labels_heldout18.json",
        "extraction_heldout18_pages.py",
        24,
    ),
    "nineteenth": (
        "extraction_labels_heldout19.json",
        "extraction_heldout19_pages.py",
        24,
    ),
    "twentieth": (
        "extraction_labels_heldout20.json",
        "extraction_heldout20_pages.py",
        24,
    ),
    "twenty-first": (
        "extraction_labels_heldout21.json",
        "extraction_heldout21_pages.py",
        24,
    ),
    "twenty-second": (
        "extraction_labels_heldout22.json",
        "extraction_heldout22_pages.py",
        24,
    ),
    "twenty-third": (
        "extraction_labels_heldout23.json",
        "extraction_heldout23_pages.py",
        24,
    ),
}


def _pages(labels_file):
    data = json.loads((BENCH / labels_file).read_text(encoding="utf-8"))
    assert data["about"]
    return data["pages"]


@pytest.mark.parametrize("batch", BATCHES)
def test_each_label_names_a_page_and_the_facts_of_it(batch):
    labels_file, _, count = BATCHES[batch]
    pages = _pages(labels_file)
    assert len(pages) == count
    for label in pages:
        path = extraction.page_path(BENCH, label)
        assert path.is_file(), label["file"]
        html = path.read_text(encoding="utf-8")
        assert label["title"] and date.fromisoformat(label["date"])
        assert label["source"]
        body = extraction.words(label["body"])
        start = extraction.words(label["body_start"])[: extraction.BOUNDARY_WORDS]
        end = extraction.words(label["body_end"])[-extraction.BOUNDARY_WORDS :]
        assert body[: len(start)] == start, label["file"]
        assert body[-len(end) :] == end, label["file"]
        for phrase in label["boilerplate"]:
            # Chrome the page holds and the body must leave out.
            assert extraction.normalize(phrase) not in extraction.normalize(
                label["body"]
            ), (label["file"], phrase)
        assert "<html" in html.lower()


@pytest.mark.parametrize("batch", BATCHES)
def test_the_generator_writes_the_committed_pages_and_labels(batch, tmp_path):
    labels_file, generator, _ = BATCHES[batch]
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"gen_{batch}", BENCH / generator)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    committed = module.OUT
    module.OUT, module.LABELS = tmp_path / "pages", tmp_path / "labels.json"
    module.main()
    assert module.LABELS.read_text(encoding="utf-8") == (BENCH / labels_file).read_text(
        encoding="utf-8"
    )
    written = sorted(p.name for p in module.OUT.iterdir())
    assert written == sorted(p.name for p in committed.iterdir())
    for name in written:
        assert (module.OUT / name).read_bytes() == (committed / name).read_bytes(), name


@pytest.mark.parametrize(
    ("option", "name"),
    [
        ("heldout6", "held-out pages, sixth batch"),
        ("heldout7", "held-out pages, seventh batch"),
        ("heldout8", "held-out pages, eighth batch"),
        ("heldout9", "held-out pages, ninth batch"),
        ("heldout10", "held-out pages, tenth batch"),
        ("heldout11", "held-out pages, eleventh batch"),
        ("heldout12", "held-out pages, twelfth batch"),
        ("heldout13", "held-out pages, thirteenth batch"),
        ("heldout14", "held-out pages, fourteenth batch"),
        ("heldout15", "held-out pages, fifteenth batch"),
        ("heldout16", "held-out pages, sixteenth batch"),
        ("heldout17", "held-out pages, seventeenth batch"),
        ("heldout18", "held-out pages, eighteenth batch"),
        ("heldout19", "held-out pages, nineteenth batch"),
        ("heldout20", "held-out pages, twentieth batch"),
        ("heldout21", "held-out pages, twenty-first batch"),
        ("heldout22", "held-out pages, twenty-second batch"),
        ("heldout23", "held-out pages, twenty-third batch"),
    ],
)
def test_the_benchmark_reads_each_batch_as_its_own_set(option, name):
    # The set a batch is read as, by name (--only/--without match it), from
    # the labels file and folder of its option.
    assert extraction.HELDOUT_BATCHES[option][0] == name
    labels = BENCH / f"extraction_labels_{option}.json"
    pages = json.loads(labels.read_text(encoding="utf-8"))["pages"]
    assert all(
        (BENCH / p["file"].removeprefix("repo:benchmarks/")).exists() for p in pages
    )
    assert all(p["file"].startswith(f"repo:benchmarks/{option}/") for p in pages)


@pytest.mark.parametrize(
    ("words", "named", "not_named"),
    [
        (
            "second",
            "held-out pages, second batch",
            "held-out pages, twenty-second batch",
        ),
        ("third", "third batch, tune half", "held-out pages, twenty-third batch"),
        ("twenty-first", "held-out pages, twenty-first batch", "held-out pages, first"),
        ("held-out", "held-out pages, ninth batch", "saved pages"),
    ],
)
def test_only_and_without_name_a_set_by_whole_words(words, named, not_named):
    assert extraction._names(words, named)
    assert not extraction._names(words, not_named)
