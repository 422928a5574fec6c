"""The server of `searchidx serve`: searches answered side by side, errors as ours.

The latency of an ordinary search while expensive ones run is measured by
`python benchmarks/web_concurrency.py`; here, what must hold on any machine.
"""

import http.client
import json
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote
from urllib.request import urlopen

import pytest

from searchidx import Index
from searchidx import index as index_module
from searchidx.web import make_server

from .conftest import child_processes, is_running


@contextmanager
def _serving(index_path: Path):
    with Index.open(index_path) as index:
        server = make_server(index, "127.0.0.1", 0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server.port
        finally:
            server.shutdown()
            server.server_close()


def _get(port: int, path: str, timeout: float = 60) -> tuple[int, dict | str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode()
        kind = response.getheader("Content-Type", "")
        return response.status, json.loads(body) if "json" in kind else body
    finally:
        connection.close()


def test_a_search_is_answered_while_a_long_one_runs(built_index, tmp_path, monkeypatch):
    # A search for "slowpoke" waits until the file exists: it is still running
    # when the second request arrives, and a server answering one request at
    # a time would make that one wait too.
    # It waits inside the search, holding its searcher, as a long one does.
    release = tmp_path / "release"
    run_search = index_module.run_search

    def slow_search(searcher, text, **options):
        if "slowpoke" in text:
            deadline = time.monotonic() + 60
            while not release.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
        return run_search(searcher, text, **options)

    monkeypatch.setattr(index_module, "run_search", slow_search)
    with _serving(built_index) as port:
        long_one = {}
        thread = threading.Thread(
            target=lambda: long_one.update(result=_get(port, "/api/search?q=slowpoke"))
        )
        thread.start()
        time.sleep(0.5)
        status, body = _get(port, "/api/search?q=exercise&limit=1", timeout=30)
        assert status == 200 and body["summary"]["total"] == 18
        assert "result" not in long_one, "the long search ended first"
        release.touch()
        thread.join(60)
    assert long_one["result"][0] == 200


def test_the_server_sees_a_commit_made_while_it_runs(built_index, tmp_path):
    import shutil

    from searchidx import Document

    path = Path(shutil.copytree(built_index, tmp_path / "index"))
    with _serving(path) as port:
        assert _get(port, "/api/search?q=zephyrine")[1]["summary"]["total"] == 0
        with Index.open(path) as index:
            index.add(
                [
                    Document(
                        title="Zephyrine trial",
                        body="The zephyrine trial.",
                        url="https://x.example/zephyrine",
                    )
                ]
            )
        assert _get(port, "/api/search?q=zephyrine")[1]["summary"]["total"] == 1


@pytest.mark.parametrize("where", ["/api/search?q=", "/?q="])
def test_an_enormous_url_is_refused_with_our_error(built_index, where):
    with _serving(built_index) as port:
        status, body = _get(port, where + "a" * 100_000)
    assert status == 414
    if where.startswith("/api/"):
        assert body == {"error": "request-uri too long"}
    else:
        assert "<title>" in body and "request-uri too long" in body.lower()
        assert "Error response" not in body  # not Python's own page


def test_an_enormous_header_is_refused_with_our_error(built_index):
    with _serving(built_index) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.putrequest("GET", "/api/search?q=navy")
        connection.putheader("X-Filler", "x" * 70_000)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        connection.close()
    assert response.status == 431
    assert json.loads(body)["error"].startswith("line too long")


def test_ids_are_percent_encoded_in_the_document_api(tmp_path):
    from searchidx import Document

    doc_id = "https://x.example/news?id=42&lang=en#top"
    with Index.open(tmp_path / "index", create=True) as index:
        index.add(
            [
                Document(
                    title="Query string id",
                    body="An id with a query string.",
                    url=doc_id,
                )
            ]
        )
    with _serving(tmp_path / "index") as port:
        status, body = _get(port, "/api/doc/" + quote(doc_id, safe=""))
        assert status == 200 and body["id"] == doc_id
        with urlopen(
            f"http://127.0.0.1:{port}/api/doc/{quote(doc_id, safe='/:')}"
        ) as r:
            assert json.load(r)["id"] == doc_id


@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL", "SIGTERM, a worker stuck"])
def test_a_stopped_server_leaves_no_worker_serving(built_index, how):
    import re
    import signal
    import subprocess
    import sys

    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "searchidx",
            "--index",
            str(built_index),
            "serve",
            "--port",
            "0",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = server.stderr.readline()
        port = int(re.search(r":(\d+)/", first).group(1))
        # Requests at once wake every idle worker; those that lose the race
        # for a connection must not stay blocked in accept().
        answers = []
        senders = [
            threading.Thread(
                target=lambda: answers.append(_get(port, "/api/search?q=navy"))
            )
            for _ in range(12)
        ]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join(60)
        assert [status for status, _ in answers] == [200] * 12
        workers = child_processes(server.pid)
        assert workers, "no worker processes"
        if how.endswith("stuck"):
            # A stopped process acts on no signal but SIGKILL: a worker that
            # cannot end by itself must not keep the server running.
            os.kill(workers[0], signal.SIGSTOP)
        server.send_signal(getattr(signal, how.split(",")[0]))
        server.wait(timeout=30)
        for _ in range(100):
            if not any(map(is_running, workers)):
                break
            time.sleep(0.1)
        assert [pid for pid in workers if is_running(pid)] == []
    finally:
        server.kill()
        server.wait()


@pytest.mark.parametrize(
    "request_line", [b"GARBAGE", b"GET", b"GET /api/search?q=navy HTTP/9.9"]
)
def test_a_malformed_request_gets_a_status_line(built_index, request_line):
    import socket

    with _serving(built_index) as port:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
            raw.sendall(request_line + b"\r\n\r\n")
            reply = b""
            while chunk := raw.recv(65536):
                reply += chunk
    assert reply.startswith((b"HTTP/1.0 400 ", b"HTTP/1.0 505 ")), reply[:80]


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()
    except FileNotFoundError:
        return None  # it ended meanwhile
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_idle_workers_wait_without_using_the_cpu(built_index):
    # Only the server's workers: earlier tests may leave other children
    # (process pools, a resource tracker) that are not idle.
    others = set(child_processes(os.getpid()))
    with _serving(built_index) as port:
        assert _get(port, "/api/search?q=exercise")[0] == 200
        workers = [pid for pid in child_processes(os.getpid()) if pid not in others]
        assert workers
        before = {pid: _cpu_seconds(pid) for pid in workers}
        time.sleep(3)
        after = {pid: _cpu_seconds(pid) for pid in workers}
        lived = [pid for pid in workers if None not in (before[pid], after[pid])]
        assert lived
        used = sum(after[pid] - before[pid] for pid in lived)
    # A worker polling its socket without pause burns a core the whole time.
    assert used < 1.0, f"{len(workers)} idle workers used {used:.2f} s of CPU in 3 s"
