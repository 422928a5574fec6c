"""What a saved page holds cannot drive the user's terminal or inject HTML."""

import json
import re

import pytest

from searchidx import Document, Index
from searchidx.cli import cli

from .conftest import json_hits

# Clear the screen, set the window title (OSC), ring the bell, return to the
# start of the line and overwrite it, a C1 control, delete, NUL.
HOSTILE = "\x1b[2J\x1b]0;owned\x07\rgotcha\x9b31m\x7f\x00\x08"
ID = "https://x.example/hostile"
# Control characters other than the line break; the only ESC sequences allowed
# are the colours click.style adds.
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
OUR_COLOURS = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def hostile_index(tmp_path):
    path = tmp_path / "ix"
    with Index.open(path, create=True) as index:
        index.add(
            [
                Document(
                    title=f"Harbor {HOSTILE} <script>alert(1)</script> opens",
                    body=f"The harbor {HOSTILE} opened <img src=x onerror=alert(1)> "
                    "with new ferry berths for the coast.",
                    url=ID,
                    source=f"Port {HOSTILE} Authority",
                    byline=f"Jo{HOSTILE}",
                    dateline=f"MANILA{HOSTILE}",
                    tags=(f"ports{HOSTILE}",),
                ),
                Document(
                    title="Harbor ferry berths",
                    url="https://x.example/other",
                    body="The harbor opened new ferry berths for the coast.",
                ),
            ]
        )
    return str(path)


def _assert_terminal_safe(text: str) -> None:
    visible = OUR_COLOURS.sub("", text)
    assert not UNSAFE.search(visible), repr(UNSAFE.search(visible).group())


@pytest.mark.parametrize(
    "args",
    [
        ["query", "harbor", "--no-color"],
        ["query", "harbor", "--color"],
        [
            "query",
            "harbor",
            "--fields",
            "id,title,source,url,byline,dateline,tags,snippet",
        ],
        ["show", ID],
        ["show", ID, "--json"],
        ["query", "harbor", "--json"],
        ["similar", "https://x.example/other", "--color"],
        ["stats"],
        ["check"],
    ],
    ids=lambda args: " ".join(args[:3]),
)
def test_terminal_output_carries_no_control_characters_from_documents(
    runner, hostile_index, args
):
    result = runner.invoke(
        cli, ["--index", hostile_index, *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "gotcha" in result.stdout or args[0] in ("stats", "check")
    _assert_terminal_safe(result.stdout)
    _assert_terminal_safe(result.stderr)


def test_a_file_name_with_control_characters_is_printed_safely(runner, tmp_path):
    bad = tmp_path / f"page{HOSTILE.replace(chr(0), '')}.txt"
    bad.write_bytes(b"")
    result = runner.invoke(cli, ["--index", str(tmp_path / "ix"), "parse", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert result.stderr.rstrip("\n").endswith(": the file is empty")
    _assert_terminal_safe(result.stderr)


def test_json_snippets_escape_the_page_and_mark_only_matches(runner, hostile_index):
    result = runner.invoke(
        cli,
        ["--index", hostile_index, "query", "onerror OR harbor", "--json"],
        catch_exceptions=False,
    )
    hit = next(h for h in json_hits(result.stdout) if h["id"] == ID)
    snippet = hit["snippet"]
    assert "<img" not in snippet
    assert "&lt;img src=x <mark>onerror</mark>=alert(1)&gt;" in snippet
    assert re.findall(r"</?[a-z]+", snippet) == ["<mark", "</mark"] * snippet.count(
        "<mark>"
    )
    assert snippet.count("<mark>") >= 1
    # JSON keeps the document as it is (escaped as JSON, so still no raw control
    # characters reach the terminal); only the snippet is HTML.
    assert HOSTILE in hit["title"]
    _assert_terminal_safe(result.stdout)
    assert json.loads(result.stdout.splitlines()[0])["title"] == hit["title"]
