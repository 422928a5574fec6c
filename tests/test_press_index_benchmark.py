"""benchmarks/press_index.py, run on the bundled corpus: every system indexes every release."""

import importlib.util
import json
import re
import sys

from .conftest import REPO

_spec = importlib.util.spec_from_file_location(
    "press_index", REPO / "benchmarks" / "press_index.py"
)
press_index = importlib.util.module_from_spec(_spec)
sys.modules["press_index"] = press_index
_spec.loader.exec_module(press_index)


def test_one_round_on_the_corpus_times_searchidx_and_both_peers(capsys):
    assert (
        press_index.main(["--root", str(REPO / "corpus"), "--rounds", "1", "--json"])
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert figures["releases_read"] > 10
    (round_,) = figures["rounds"]
    # "36 files read into DIR: 47 new, 0 updated, ..., 1 repeated, 0 skipped in 0.8 s"
    said = round_["searchidx"]["said"]
    new, repeated = (
        int(re.search(rf"([\d,]+) {word}", said)[1]) for word in ("new", "repeated")
    )
    assert new + repeated == figures["releases_read"]
    for peer in ("whoosh", "fts5"):
        assert round_[peer]["indexed"] == figures["releases_read"]
        assert round_[peer]["wall_s"] > 0
    assert set(figures["median_ratio_to_peer"]) == {"whoosh", "fts5"}


def test_a_missing_press_folder_is_skipped_with_the_reason(tmp_path, capsys):
    assert press_index.main(["--root", str(tmp_path / "absent")]) == 0
    assert "not present" in capsys.readouterr().out
