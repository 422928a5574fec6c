"""The HTTP server of ``searchidx serve``: worker processes, errors as ours.

Searches run in Python and hold the interpreter while they run, so threads
answered one search at a time: an expensive query (a wide wildcard, a range
over every release) made every search sent after it wait. Requests are
answered by worker processes forked from a master that holds the index open
and warm, so each worker starts with its searcher. A request still running
after a moment lowers its own CPU priority, so that on a busy machine a
short search sent later overtakes the long ones.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import select
import signal
import socket
import threading
import time
from html import escape

from flask import Flask, render_template
from werkzeug.serving import BaseWSGIServer, ThreadedWSGIServer, WSGIRequestHandler

from ..errors import SearchidxError, ServerError
from ..index import Index
from .app import DEFAULT_HOST, DEFAULT_PORT, create_app

# Worker processes, each answering one request at a time: more than the
# cores, so that long requests on every core leave workers for short ones;
# more are forked while none is free, up to MAX_WORKERS.
WORKERS = 2 * (os.cpu_count() or 1) + 2
MAX_WORKERS = 64
# A request still running after this long is a long one: it yields the CPU
# to requests that came later (nice 19).
LONG_REQUEST_S = 0.1
_LONG_REQUEST_NICENESS = 19
# Seconds a stopping server gives its workers to end before killing them.
STOP_GRACE_S = 5.0


class _RequestHandler(WSGIRequestHandler):
    """Werkzeug's handler, with errors raised before the app runs in our shapes.

    A request line over 64 KiB (414) or headers too long or too many (431)
    are refused by Python's HTTP server itself, with an HTML page of its own.
    """

    def send_error(self, code, message=None, explain=None):
        text = (message or self.responses.get(code, ("error",))[0]).lower()
        requested = getattr(self, "raw_requestline", b"") or b""
        if b" /api/" in requested[:64]:
            body = json.dumps({"error": text}).encode()
            content_type = "application/json"
        else:
            body = _error_page(self.server.app, code, text).encode()
            content_type = "text/html; charset=utf-8"
        self.log_error("code %d, message %s", code, text)
        # A request line Python read as HTTP/0.9 (no version, or garbage)
        # would get a body with no status line: no client could see the error.
        self.request_version = "HTTP/1.0"
        self.send_response(code, message)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.close_connection = True
        if self.command != "HEAD":
            self.wfile.write(body)


def _error_page(app: Flask, status: int, message: str) -> str:
    try:
        with app.test_request_context("/"):
            return render_template("error.html", status=status, message=message)
    except Exception:  # noqa: BLE001 - a last resort must not fail itself
        return f"<!doctype html><title>{status}</title><p>{escape(message)}</p>"


class _PreforkServer(BaseWSGIServer):
    """Werkzeug's server run as a master and worker processes, as gunicorn runs.

    The master holds the index open and warm and forks the workers, which
    inherit its searcher and take turns accepting connections on the shared
    socket, one request at a time each. A worker whose request ran long has
    lowered its own priority, which it may not raise again: it exits after
    that request and the master forks a fresh one.
    """

    def __init__(self, *args, index: Index, workers: int, **kwargs) -> None:
        self.index = index
        self.workers = workers
        # Workers waiting for a request, counted in memory the workers share:
        # when none is, the master forks another, so that requests on every
        # worker (long ones, at low priority) never keep a short one waiting.
        self._idle = multiprocessing.get_context("fork").Value("i", 0)
        self._children: set[int] = set()
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._long_request: threading.Timer | None = None
        self._lowered = False
        super().__init__(*args, **kwargs)

    def serve_forever(self, poll_interval: float = 0.2) -> None:
        self._stopping.clear()
        self._stopped.clear()
        on_term = _stop_on_sigterm()
        try:
            while not self._stopping.is_set():
                self._reap()
                while len(self._children) < self.workers or (
                    self._idle.value <= 0 and len(self._children) < MAX_WORKERS
                ):
                    self._fork_worker()
                self._stopping.wait(min(poll_interval, 0.05))
        except KeyboardInterrupt:
            pass  # Ctrl-C (or kill) stops the server, as werkzeug's serve_forever does
        finally:
            if on_term is not None:
                signal.signal(signal.SIGTERM, on_term)
            self._stop_workers()
            self._stopped.set()

    def shutdown(self) -> None:
        self._stopping.set()
        self._stopped.wait()

    def _fork_worker(self) -> None:
        # Brought up to date before the fork, so that the worker starts with
        # a searcher of the latest commit instead of opening one.
        try:
            self.index.refresh()
        except SearchidxError:
            pass  # the worker meets the same error and answers it
        master = os.getpid()
        with self._idle.get_lock():
            self._idle.value += 1  # counted before the fork: the loop must see it
        pid = os.fork()
        if pid:
            self._children.add(pid)
            return
        status = 0
        try:
            _die_with(master)
            self._work(master)
        except BaseException:  # noqa: BLE001 - a worker never returns into the master's code
            status = 1
        finally:
            os._exit(status)

    def _work(self, master: int) -> None:
        # Every idle worker wakes for a new connection and one wins it: the
        # others' accept() must fail at once rather than wait for the next
        # (and, with the master gone, hold the port for good). The waiting is
        # select()'s, a second at a time to look at the master: socketserver's
        # handle_request would poll a non-blocking socket without pause.
        self.socket.setblocking(False)
        self._counted_idle = True  # the master counted this worker idle
        try:
            while os.getppid() == master:
                self._long_request = None
                self._lowered = False
                ready, _, _ = select.select([self.socket], [], [], 1.0)
                if ready:
                    # get_request starts the clock when a request comes.
                    self._handle_request_noblock()
                if self._long_request is None:
                    continue  # no request came this second
                self._long_request.cancel()
                if self._lowered:
                    return  # niced for good: make way for a fresh worker
                self._count_idle(+1)
        finally:
            if self._counted_idle:
                self._count_idle(-1)

    def _count_idle(self, change: int) -> None:
        with self._idle.get_lock():
            self._idle.value += change
        self._counted_idle = change > 0

    def get_request(self):
        connection, address = super().get_request()  # BlockingIOError: lost the race
        connection.setblocking(True)
        self._count_idle(-1)
        self._long_request = threading.Timer(
            LONG_REQUEST_S, self._lower_priority, args=(threading.get_native_id(),)
        )
        self._long_request.daemon = True
        self._long_request.start()
        return connection, address

    def _lower_priority(self, thread_id: int) -> None:
        try:
            # On Linux the priority of PRIO_PROCESS with a thread id is that
            # thread's: the one answering the request, not this timer.
            os.setpriority(os.PRIO_PROCESS, thread_id, _LONG_REQUEST_NICENESS)
            self._lowered = True
        except OSError:
            pass  # no per-thread priority here: the request just runs

    def _reap(self) -> None:
        for pid in list(self._children):
            try:
                done, _status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done:
                self._children.discard(pid)

    def _stop_workers(self) -> None:
        for pid in self._children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        # A worker that does not end by itself (a signal met inside a lock
        # it shares with the others, a request stuck in a library) must not
        # keep the server from stopping: killed after a grace period.
        deadline = time.monotonic() + STOP_GRACE_S
        while self._children and time.monotonic() < deadline:
            self._reap()
            if self._children:
                time.sleep(0.05)
        for pid in self._children:
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self._children.clear()


def _stop_on_sigterm():
    """Make SIGTERM stop the master as Ctrl-C does; return the old handler.

    Without it `kill` ended the master alone and left its workers serving.
    Only the main thread may set a handler (a test serves from another).
    """
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


def _die_with(master: int) -> None:
    """Have the kernel end this worker when the master dies, however it dies.

    A worker blocked in accept() never gets to look at its master: killed
    with SIGKILL, the master would leave it holding the port.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the once-a-second look at the master remains
    if os.getppid() != master:  # it died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def make_server(
    index: Index, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT
) -> BaseWSGIServer:
    """Return a local server for the app, bound to ``host:port``.

    Requests are answered by worker processes where the platform can fork,
    else by threads. Port 0 picks a free port (``server.port``).

    Raises:
        ServerError: the address is in use or cannot be listened on.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # We bind the socket ourselves: werkzeug's own bind prints to stderr and
    # calls sys.exit when the port is taken, and we want one error line.
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        reason = error.strerror or str(error)
        if port and "in use" in reason:
            reason += "; pick another with --port"
        raise ServerError(f"{host}:{port}", reason.lower()) from error
    app = create_app(index)
    try:
        if hasattr(os, "fork"):
            try:
                index.refresh()  # warm before the first fork
            except SearchidxError:
                pass  # each request will say what is wrong
            return _PreforkServer(
                host,
                port,
                app,
                handler=_RequestHandler,
                fd=sock.fileno(),
                index=index,
                workers=WORKERS,
            )
        return ThreadedWSGIServer(
            host, port, app, handler=_RequestHandler, fd=sock.fileno()
        )
    finally:
        sock.close()  # the server holds its own duplicate of the socket


def server_url(server: BaseWSGIServer) -> str:
    """Return the address a browser opens for ``server``."""
    host = f"[{server.host}]" if ":" in server.host else server.host
    return f"http://{host}:{server.port}/"
