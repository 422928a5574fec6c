"""The relevance benchmark's evaluation path, checked against measures worked out by hand."""

import importlib.util
import json
import sys

import pytest

from .conftest import REPO

pytest.importorskip(
    "ir_measures", reason="ir-measures is in the test extra: pip install '.[test]'"
)

_spec = importlib.util.spec_from_file_location(
    "relevance", REPO / "benchmarks" / "relevance.py"
)
relevance = importlib.util.module_from_spec(_spec)
sys.modules["relevance"] = relevance  # dataclasses look their module up there
_spec.loader.exec_module(relevance)


def test_measures_match_values_worked_out_by_hand():
    qrels = {"q1": {"d1": 1, "d3": 1}, "q2": {"d2": 2}, "q3": {"d4": 1}}
    run = {
        "q1": {"d1": 3.0, "d2": 2.0, "d3": 1.0},  # relevant at ranks 1 and 3
        "q2": {"d1": 2.0, "d2": 1.0},  # the grade-2 document at rank 2
        "q3": {},  # found nothing: counts as zero
    }
    figures = relevance.evaluate(run, qrels)
    # q1: DCG = 1/log2(2) + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) = 1.63093 -> 0.91972
    # q2: DCG = 2/log2(3) = 1.26186; ideal = 2/log2(2) = 2 -> 0.63093
    assert figures["ndcg@10"] == pytest.approx((0.919721 + 0.630930 + 0) / 3, abs=1e-5)
    assert figures["recall@100"] == pytest.approx((1 + 1 + 0) / 3)
    assert figures["mrr@10"] == pytest.approx((1 + 0.5 + 0) / 3)


def _write_collection(folder):
    docs = [
        {
            "_id": "a",
            "title": "Harbor dredging",
            "text": "The harbor channel was dredged to fourteen metres.",
        },
        {
            "_id": "b",
            "title": "Measles clinics",
            "text": "Free measles vaccination clinics open in schools.",
        },
        {
            "_id": "c",
            "title": "Wind farm approved",
            "text": "Regulators approved an offshore wind farm.",
        },
        {
            "_id": "d",
            "title": "Budget vote",
            "text": "The council voted on the annual budget.",
        },
    ]
    queries = [
        {"_id": "1", "text": "harbor dredging depth"},
        {"_id": "2", "text": "measles vaccination"},
        {"_id": "3", "text": "offshore wind"},
        {"_id": "9", "text": "not judged, so not evaluated"},
    ]
    (folder / "qrels").mkdir(parents=True)
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(d) for d in docs))
    (folder / "queries.jsonl").write_text("\n".join(json.dumps(q) for q in queries))
    (folder / "qrels" / "test.tsv").write_text(
        "query-id\tcorpus-id\tscore\n1\ta\t1\n2\tb\t1\n3\tc\t1\n3\td\t1\n"
    )


def test_searchidx_runs_through_the_benchmark_on_a_tiny_collection(tmp_path):
    _write_collection(tmp_path / "tiny")
    collection = relevance.load_collection(tmp_path / "tiny")
    assert sorted(collection.queries) == ["1", "2", "3"]
    figures = relevance.measure(collection, ["searchidx"])["searchidx"]
    # Queries 1 and 2 find their one relevant document first. Query 3 finds c
    # first; d shares no word with it and is never retrieved:
    # nDCG = 1 / (1 + 1/log2(3)) = 0.61315, recall 0.5, reciprocal rank 1.
    assert figures["ndcg@10"] == pytest.approx((1 + 1 + 0.613147) / 3, abs=1e-5)
    assert figures["recall@100"] == pytest.approx((1 + 1 + 0.5) / 3)
    assert figures["mrr@10"] == pytest.approx(1.0)


def test_benchmark_skips_with_a_message_when_the_collections_are_absent(
    tmp_path, capsys
):
    assert relevance.main(["--root", str(tmp_path / "absent")]) == 0
    assert "skipped:" in capsys.readouterr().out
