"""`searchidx index`, `parse` and `stats` as a user runs them."""

import json
import os
import shutil

import pytest

from searchidx.cli import cli

from .conftest import TEST_DATA, json_hits, shared_press


def _index(runner, index_path, *paths):
    return runner.invoke(
        cli, ["--index", str(index_path), "index", "--quiet", *map(str, paths)]
    )


def test_indexing_a_folder_reports_counts_and_reindexing_adds_nothing(
    runner, tmp_path, corpus_dir
):
    index_path = tmp_path / "ix"
    first = _index(runner, index_path, corpus_dir)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == ""
    files = sum(
        1
        for p in corpus_dir.rglob("*")
        if p.suffix in {".html", ".txt", ".json", ".jsonl"}
    )
    assert f"{files} files read into {index_path}/:" in first.stderr
    added = int(first.stderr.split(": ", 1)[1].split(" new")[0])
    assert added >= 40

    again = _index(runner, index_path, corpus_dir)
    assert again.exit_code == 0
    assert f": 0 new, 0 updated, {added} unchanged," in again.stderr


def test_a_changed_file_updates_its_document(runner, tmp_path):
    page = tmp_path / "release.txt"
    page.write_text(
        "Harbor opens new berth\nMarch 3, 2024\n\nThe harbor opened a berth for ferries today.\n"
    )
    index_path = tmp_path / "ix"
    assert _index(runner, index_path, page).exit_code == 0
    page.write_text(
        "Harbor opens new berth\nMarch 3, 2024\n\nThe harbor opened a berth for cargo ships today.\n"
    )
    result = _index(runner, index_path, page)
    assert ": 0 new, 1 updated, 0 unchanged," in result.stderr
    hits = runner.invoke(cli, ["--index", str(index_path), "query", "cargo", "--json"])
    assert [hit["title"] for hit in json_hits(hits.stdout)] == [
        "Harbor opens new berth"
    ]
    gone = runner.invoke(
        cli, ["--index", str(index_path), "query", "ferries", "--json"]
    )
    assert json_hits(gone.stdout) == []


def test_bad_files_are_skipped_one_line_each_and_the_rest_indexed(
    runner, tmp_path, corpus_dir
):
    for name in ["empty.txt", "image_named_as_page.html", "page_without_body.html"]:
        shutil.copy(TEST_DATA / name, corpus_dir / name)
    index_path = tmp_path / "ix"
    result = _index(runner, index_path, corpus_dir)
    assert result.exit_code == 0  # done; the skips are listed, not a failure
    skipped = [
        line for line in result.stderr.splitlines() if line.startswith("skipped ")
    ]
    assert skipped == [
        f"skipped {corpus_dir / 'empty.txt'}: the file is empty",
        f"skipped {corpus_dir / 'image_named_as_page.html'}: a PNG image, not HTML, text or JSON",
        f"skipped {corpus_dir / 'page_without_body.html'}: the page has no release text",
    ]
    assert ", 3 skipped in " in result.stderr
    assert "Traceback" not in result.output
    stats = runner.invoke(cli, ["--index", str(index_path), "stats", "--json"])
    assert json.loads(stats.stdout)["documents"] >= 40
    strict = runner.invoke(
        cli, ["--index", str(index_path), "index", "-q", "--strict", str(corpus_dir)]
    )
    assert strict.exit_code == 3  # --strict: a run with skips has its own status
    assert ", 3 skipped in " in strict.stderr


def test_a_run_with_nothing_skipped_exits_0_even_with_strict(
    runner, tmp_path, corpus_dir
):
    result = runner.invoke(
        cli,
        ["--index", str(tmp_path / "ix"), "index", "-q", "--strict", str(corpus_dir)],
    )
    assert result.exit_code == 0, result.stderr
    assert ", 0 skipped in " in result.stderr


def test_a_run_where_every_input_is_skipped_fails(runner, tmp_path):
    result = _index(
        runner,
        tmp_path / "ix",
        TEST_DATA / "empty.txt",
        TEST_DATA / "page_without_body.html",
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith(
        "2 files read into " + str(tmp_path / "ix") + "/: 0 new, 0 updated, "
    )
    assert ", 2 skipped in " in result.stderr


def test_a_bad_file_never_removes_what_the_index_had(runner, tmp_path, corpus_dir):
    index_path = tmp_path / "ix"
    _index(runner, index_path, corpus_dir)
    before = json.loads(
        runner.invoke(cli, ["--index", str(index_path), "stats", "--json"]).stdout
    )
    result = _index(runner, index_path, TEST_DATA / "empty.txt")
    assert result.exit_code == 1
    after = json.loads(
        runner.invoke(cli, ["--index", str(index_path), "stats", "--json"]).stdout
    )
    assert after["documents"] == before["documents"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["index", "no/such/folder"], "Error: no/such/folder: no such file or folder"),
        (
            ["index", "{empty_dir}"],
            "Error: {empty_dir}: no HTML, text or JSON files found",
        ),
        (["parse", "{data}/empty.txt"], "Error: {data}/empty.txt: the file is empty"),
        (
            ["parse", "{data}/feed_with_bad_line.jsonl"],
            "skipped {data}/feed_with_bad_line.jsonl: line 2: not valid JSON (Expecting value at column 29)",
        ),
    ],
)
def test_input_errors_are_one_line_with_exit_1(runner, tmp_path, args, message):
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (empty_dir / "notes.md").write_text("not a release")
    fill = {"empty_dir": str(empty_dir), "data": str(TEST_DATA)}
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "ix")] + [a.format(**fill) for a in args]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [message.format(**fill)]
    assert "Traceback" not in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_skipped_with_its_reason(runner, tmp_path):
    page = tmp_path / "locked.txt"
    page.write_text("A title here\nMarch 3, 2024\n\nBody text of the release.\n")
    page.chmod(0)
    result = _index(runner, tmp_path / "ix", page)
    assert f"skipped {page}: permission denied" in result.stderr
    assert result.exit_code == 1


def test_parse_prints_the_extracted_document_as_json(runner):
    result = runner.invoke(
        cli,
        ["parse", str(TEST_DATA / "page_with_chrome.html"), "--json"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    doc = json.loads(line)
    assert doc["title"] == "Coastal Guard Opens Northern Rescue Station"
    assert doc["date"] == "2023-06-14"
    assert doc["tags"] == ["rescue", "coast guard"]
    assert set(doc) == {
        "id",
        "title",
        "date",
        "source",
        "url",
        "byline",
        "dateline",
        "tags",
        "body",
        "path",
        "content_hash",
    }


def test_parse_shows_the_good_records_and_names_the_bad_line(runner, tmp_path):
    export = tmp_path / "export.jsonl"
    good = [{"title": f"Release {n}", "body": f"Body of release {n}."} for n in (1, 2)]
    export.write_text(
        "\n".join([json.dumps(good[0]), '{"title": "Broken",', json.dumps(good[1])])
        + "\n"
    )

    result = runner.invoke(cli, ["parse", str(export), "--json"])

    assert "Traceback" not in result.output
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == ["Release 1", "Release 2"]
    assert result.stderr.splitlines() == [
        f"skipped {export}: line 2: not valid JSON "
        "(Expecting property name enclosed in double quotes at column 20)"
    ]
    assert result.exit_code == 1


def test_stats_json_has_the_documented_keys(runner, built_index):
    result = runner.invoke(
        cli, ["--index", str(built_index), "stats", "--json"], catch_exceptions=False
    )
    stats = json.loads(result.stdout)
    assert set(stats) == {
        "documents",
        "sources",
        "first_date",
        "last_date",
        "size_bytes",
    }
    assert stats["documents"] >= 40
    assert 0 < sum(stats["sources"].values()) <= stats["documents"]
    assert stats["first_date"] < stats["last_date"]
    assert stats["size_bytes"] > 10_000


def test_a_missing_path_is_skipped_and_the_others_indexed(runner, tmp_path, corpus_dir):
    index_path = tmp_path / "ix"
    result = _index(runner, index_path, corpus_dir / "text", tmp_path / "missing")
    assert result.exit_code == 0
    assert f"skipped {tmp_path / 'missing'}: no such file or folder" in result.stderr
    assert ", 1 skipped in " in result.stderr
    stats = runner.invoke(cli, ["--index", str(index_path), "stats", "--json"])
    assert json.loads(stats.stdout)["documents"] == len(
        list((corpus_dir / "text").glob("*.txt"))
    )


def test_a_typo_in_the_only_path_leaves_no_index_behind(runner, tmp_path):
    result = _index(runner, tmp_path / "ix", tmp_path / "typo")
    assert result.exit_code == 1
    assert not (tmp_path / "ix").exists()


def test_indexing_the_folder_that_holds_the_index_skips_the_index(
    runner, tmp_path, corpus_dir
):
    index_path = corpus_dir / "index"
    assert _index(runner, index_path, corpus_dir).exit_code == 0
    again = _index(runner, index_path, corpus_dir)
    assert again.exit_code == 0, again.stderr
    assert not [
        line for line in again.stderr.splitlines() if line.startswith("skipped ")
    ]
    assert ", 0 skipped in " in again.stderr


def test_pipes_in_a_folder_are_skipped_not_read(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "r.txt").write_text(
        "Harbor opens new berth\nMarch 3, 2024\n\nThe harbor opened a berth.\n"
    )
    result = _index(runner, tmp_path / "ix", folder)
    assert result.exit_code == 0, result.stderr
    assert ": 1 new," in result.stderr


def test_utf16_json_export_is_read_as_json(runner, tmp_path):
    export = tmp_path / "export.json"
    export.write_bytes(
        json.dumps([{"title": "Wide release", "text": "Body text here."}]).encode(
            "utf-16"
        )
    )
    result = runner.invoke(
        cli, ["parse", str(export), "--json"], catch_exceptions=False
    )
    assert json.loads(result.stdout)["title"] == "Wide release"


def test_editing_the_title_of_a_release_without_url_replaces_it(runner, tmp_path):
    page = tmp_path / "release.txt"
    page.write_text(
        "Harbor opens new berth\nMarch 3, 2024\n\nThe harbor opened a berth for ferries.\n"
    )
    index_path = tmp_path / "ix"
    _index(runner, index_path, page)
    page.write_text(
        "Harbour opens new berth\nMarch 3, 2024\n\nThe harbour opened a berth for ferries.\n"
    )
    result = _index(runner, index_path, page)
    assert ": 1 new, 0 updated, 0 unchanged, 1 removed," in result.stderr
    hits = runner.invoke(cli, ["--index", str(index_path), "query", "berth", "--json"])
    assert [hit["title"] for hit in json_hits(hits.stdout)] == [
        "Harbour opens new berth"
    ]


def test_map_option_reads_fields_from_the_named_keys(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {
                "hed": "Harbour reopens",
                "copy": "The harbour reopened today.",
                "on": "May 1, 2024",
            }
        )
        + "\n"
    )
    index_path = tmp_path / "ix"
    result = runner.invoke(
        cli,
        [
            "--index",
            str(index_path),
            "index",
            "-q",
            str(feed),
            "--map",
            "title=hed",
            "--map",
            "body=copy",
            "--map",
            "date=on",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    hits = runner.invoke(
        cli, ["--index", str(index_path), "query", "harbour", "--json"]
    )
    (hit,) = json_hits(hits.stdout)
    assert (hit["title"], hit["date"]) == ("Harbour reopens", "2024-05-01")


_RECORDS = [
    {"hed": "Harbour reopens", "copy": "The harbour reopened today."},
    {"hed": "Quay repaired", "copy": "The quay was repaired.", "on": "May 2, 2024"},
]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("feed.json", json.dumps(_RECORDS)),
        ("feed.jsonl", "".join(json.dumps(r) + "\n" for r in _RECORDS)),
    ],
)
def test_a_mapped_key_no_record_holds_skips_the_file_naming_the_key(
    runner, tmp_path, name, text
):
    # A typo in a key would otherwise make up every title from the body.
    (tmp_path / name).write_text(text)
    index_path = tmp_path / "ix"
    typo = runner.invoke(
        cli,
        ["--index", str(index_path), "index", "-q", str(tmp_path / name)]
        + ["--map", "title=headline", "--map", "body=copy"],
    )
    assert typo.exit_code == 1
    assert f"{name}: no record has a value under the key 'headline'" in typo.stderr
    assert "(title=headline)" in typo.stderr and "Traceback" not in typo.output
    # A key only some records hold (the date here) is no typo: all are read.
    right = runner.invoke(
        cli,
        ["--index", str(index_path), "index", "-q", str(tmp_path / name)]
        + ["--map", "title=hed", "--map", "body=copy", "--map", "date=on"],
    )
    assert right.exit_code == 0, right.stderr
    hits = runner.invoke(
        cli, ["--index", str(index_path), "query", "harbour OR quay", "--json"]
    )
    assert sorted((h["title"], h["date"]) for h in json_hits(hits.stdout)) == [
        ("Harbour reopens", None),
        ("Quay repaired", "2024-05-02"),
    ]


def test_a_file_refused_for_a_mapped_key_is_one_line_however_its_records_read(
    runner, tmp_path
):
    # A wrapper whose list is under a key the reader does not know reads as
    # one empty record: the file's one line names the key, no record error.
    (tmp_path / "wrapped.json").write_text(
        json.dumps({"payload": [{"Headline": "Quay repaired", "Text": "Done."}]})
    )
    result = runner.invoke(
        cli,
        ["--index", str(tmp_path / "ix"), "index", str(tmp_path / "wrapped.json")]
        + ["--map", "title=Headline"],
    )
    skipped = [
        line for line in result.stderr.splitlines() if line.startswith("skipped")
    ]
    assert (
        len(skipped) == 1
        and "no record has a value under the key 'Headline'" in skipped[0]
    )
    assert "1 skipped" in result.stderr


def test_a_mapped_key_none_of_the_first_thousand_records_has_refuses_the_file(
    runner, tmp_path
):
    # The documents are held until the key shows up: not past a bounded window.
    feed = tmp_path / "feed.jsonl"
    records = [{"hed": f"Notice {n}", "copy": f"Text {n}."} for n in range(1000)]
    records.append({"hed": "Late", "copy": "Late text.", "on": "2024-05-01"})
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = runner.invoke(
        cli,
        ["--index", str(tmp_path / "ix"), "index", "-q", str(feed)]
        + ["--map", "title=hed", "--map", "date=on"],
    )
    assert result.exit_code == 1
    assert (
        "none of the first 1,000 records has a value under the key 'on'"
        in result.stderr
    )


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("headline", "'headline' is not FIELD=KEY"),
        ("heading=hed", "unknown field 'heading'; map one of: title, body, date"),
        ("title=", "no key given for 'title'"),
        ("title=hed title=copy", "'title' is mapped twice (title=hed and title=copy)"),
    ],
)
def test_bad_map_option_is_a_usage_error(runner, tmp_path, option, message):
    options = [word for pair in option.split() for word in ("--map", pair)]
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "ix"), "index", str(tmp_path), *options]
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def _release(folder, name, words):
    page = folder / name
    page.write_text(
        f"Harbour {words} opens\nMarch 3, 2024\n\nThe harbour opened its {words} today, "
        "officials said at the quay.\n",
        encoding="utf-8",
    )
    return page


def _titles(runner, index_path, query):
    hits = runner.invoke(cli, ["--index", str(index_path), "query", query, "--json"])
    return sorted(hit["title"] for hit in json_hits(hits.stdout))


def test_prune_removes_documents_whose_file_is_gone(runner, tmp_path):
    folder = tmp_path / "releases"
    folder.mkdir()
    _release(folder, "a.txt", "ferry berth")
    gone = _release(folder, "b.txt", "cargo quay")
    index_path = tmp_path / "ix"
    assert _index(runner, index_path, folder).exit_code == 0
    gone.unlink()

    kept = _index(runner, index_path, folder)  # without --prune nothing goes
    assert ": 0 new, 0 updated, 1 unchanged, 0 removed," in kept.stderr
    assert _titles(runner, index_path, "harbour") == [
        "Harbour cargo quay opens",
        "Harbour ferry berth opens",
    ]

    pruned = runner.invoke(
        cli, ["--index", str(index_path), "index", "-q", "--prune", str(folder)]
    )
    assert pruned.exit_code == 0, pruned.stderr
    assert ": 0 new, 0 updated, 1 unchanged, 1 removed," in pruned.stderr
    assert _titles(runner, index_path, "harbour") == ["Harbour ferry berth opens"]


def test_prune_leaves_documents_from_other_folders(runner, tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    _release(tmp_path / "one", "a.txt", "ferry berth")
    _release(tmp_path / "two", "b.txt", "cargo quay")
    index_path = tmp_path / "ix"
    assert _index(runner, index_path, tmp_path / "one", tmp_path / "two").exit_code == 0
    result = runner.invoke(
        cli,
        ["--index", str(index_path), "index", "-q", "--prune", str(tmp_path / "one")],
    )
    assert ": 0 new, 0 updated, 1 unchanged, 0 removed," in result.stderr
    assert len(_titles(runner, index_path, "harbour")) == 2


def test_remove_deletes_documents_by_id_and_names_unknown_ones(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            json.dumps(
                {
                    "title": f"Harbour news {n}",
                    "url": f"https://port.example/{n}",
                    "text": "The harbour opened a berth today.",
                }
            )
            for n in (1, 2)
        )
        + "\n"
    )
    index_path = tmp_path / "ix"
    assert _index(runner, index_path, feed).exit_code == 0
    result = runner.invoke(
        cli,
        ["--index", str(index_path), "remove", "https://port.example/1", "nope"],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"skipped nope: no such document in {index_path}/",
        f"removed 1 document from {index_path}/",
    ]
    assert _titles(runner, index_path, "harbour") == ["Harbour news 2"]


def test_the_same_release_under_two_names_is_one_document(runner, tmp_path):
    text = " ".join(
        ["The harbour authority opened a second ferry berth on Monday."] * 6
    )
    for name, url in (
        ("a.json", "https://port.example/a"),
        ("b.json", "http://mirror.example/b"),
    ):
        (tmp_path / name).write_text(
            json.dumps({"title": "Second berth opens", "url": url, "text": text})
        )
    index_path = tmp_path / "ix"
    result = _index(runner, index_path, tmp_path / "a.json", tmp_path / "b.json")
    assert ": 1 new, 0 updated, 0 unchanged, 0 removed, 1 repeated," in result.stderr
    again = _index(runner, index_path, tmp_path / "a.json", tmp_path / "b.json")
    assert ": 0 new, 0 updated, 1 unchanged, 0 removed, 1 repeated," in again.stderr


def test_issue_4_bad_inputs_are_one_warning_each_and_the_rest_indexed(
    runner, tmp_path, corpus_dir
):
    import gzip

    records = [
        json.dumps(
            {
                "title": f"Ferry notice {n}",
                "date": "2024-03-0" + str(n % 9 + 1),
                "text": f"Ferry notice number {n} for the harbour.",
            }
        )
        for n in range(1, 6001)
    ]
    records[4999] = '{"title": "cut'
    (corpus_dir / "feed.jsonl").write_text("\n".join(records) + "\n")
    whole = gzip.compress(("\n".join(records[:100]) + "\n").encode())
    (corpus_dir / "cut.jsonl.gz").write_bytes(whole[:-12])
    shutil.copy(TEST_DATA / "page_without_body.html", corpus_dir / "nobody.html")
    # 0x81 and 0x8d are undefined in Windows-1252, not UTF-8, and a kanji,
    # hanja or hanzi alike in the East Asian charsets: no charset is sure
    (corpus_dir / "odd.txt").write_bytes(
        b"Harbour notice\n\nThe berth \x81\x8d opens.\n"
    )
    index_path = tmp_path / "ix"
    result = _index(runner, index_path, corpus_dir)
    assert result.exit_code == 0
    skipped = sorted(
        line.split(" (")[0]
        for line in result.stderr.splitlines()
        if line.startswith("skipped ")
    )
    assert skipped == sorted(
        [
            f"skipped {corpus_dir / 'cut.jsonl.gz'}: damaged gzip data",
            f"skipped {corpus_dir / 'feed.jsonl'}: line 5000: not valid JSON",
            f"skipped {corpus_dir / 'nobody.html'}: the page has no release text",
            f"skipped {corpus_dir / 'odd.txt'}: unknown text encoding",
        ]
    )
    assert ", 4 skipped in " in result.stderr
    assert "Traceback" not in result.output
    stats = runner.invoke(cli, ["--index", str(index_path), "stats", "--json"])
    assert json.loads(stats.stdout)["documents"] >= 40 + 5999


def test_check_reports_ok_with_the_counts(runner, built_index):
    result = runner.invoke(
        cli, ["--index", str(built_index), "check"], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("documents in 1 segment: ok")


def test_progress_counts_bytes_of_text_not_files(runner, tmp_path, monkeypatch):
    import gzip

    from searchidx import cli as cli_module
    from searchidx.ingest import text_size

    records = "".join(
        json.dumps({"title": f"Ferry notice {n}", "text": f"Ferry notice {n} " * 20})
        + "\n"
        for n in range(1000)
    )
    (tmp_path / "in").mkdir()
    export = tmp_path / "in" / "a.jsonl.gz"
    export.write_bytes(gzip.compress(records.encode()))
    _release(tmp_path / "in", "b.txt", "ferry berth")
    assert text_size(export) == len(records.encode()) > 10 * export.stat().st_size
    monkeypatch.setattr(cli_module._IndexProgress, "LINE_EVERY_S", 0.0)
    result = runner.invoke(
        cli, ["--index", str(tmp_path / "ix"), "index", str(tmp_path / "in")]
    )
    assert result.exit_code == 0, result.stderr
    shares = [
        int(line.split("indexing: ")[1].split("%")[0])
        for line in result.stderr.splitlines()
        if line.startswith("indexing: ")
    ]
    # One line as each file starts and every 100 documents: the export's
    # thousand releases move it steadily, and it is nearly all of the work
    # (counting files, it was half).
    assert shares[0] == 0 and shares == sorted(shares)
    assert len(set(shares)) >= 8
    assert shares[-1] >= 98
    assert "(0.4 of 0.4 MB, 1,000 docs, " in result.stderr
    # the commit is no share of the bytes: the line says what is waited for
    progress = [line for line in result.stderr.splitlines() if "indexing: " in line]
    assert progress[-1] == "indexing: 100% (1,001 docs read; writing the index...)"


def test_the_archive_record_without_text_is_a_skip_not_a_failure(runner, tmp_path):
    # The real case of issue #19: one record of this export has no title and
    # no text, and every run over the archive exited 1 for it.
    export = shared_press("bulk", "campaign-2016", "press_releases2.json")
    args = ["--index", str(tmp_path / "ix"), "index", "-q", str(export)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"skipped {export}: line 1: record has no title and no text"
    )
    assert ", 1 skipped in " in result.stderr
    assert runner.invoke(cli, [*args, "--strict"]).exit_code == 3


def test_a_mapped_key_whose_value_is_always_null_skips_the_file(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"headline": None, "text": f"The quay was repaired on day {n}."})
            + "\n"
            for n in range(3)
        )
    )
    result = runner.invoke(
        cli,
        ["--index", str(tmp_path / "ix"), "index", "-q", str(feed)]
        + ["--map", "title=headline", "--map", "body=text"],
    )
    assert result.exit_code == 1
    assert "no record has a value under the key 'headline'" in result.stderr
