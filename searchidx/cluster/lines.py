"""Direct lines from the coordinator to its shards' workers, for searches.

A search's calls to a shard (listing, fetch) crossed Dask: the caller's
thread handing each call to the client's event loop thread, Dask's framing
on both ends, the worker's event loop, and the same back. That round trip
cost a search about as much as the slower shard's half of the work saves
(docs/benchmarks.md, Cluster). A line is a plain TCP connection to a
thread of the worker process: the caller sends the call's pickle and reads
the answer's on its own thread, and the worker's thread answers it without
touching the worker's event loop (whose heartbeats no longer wait behind a
listing). Writes and everything else still cross Dask on the actor.

Each worker process listens once, on the host its Dask worker listens on,
and only on plain TCP clusters (a TLS cluster keeps Dask's encrypted
comm). A connection names its shard with a random token the shard gave
through its actor, so only a coordinator that opened the shard reaches it.
A line's answers come one at a time per shard, as the worker's event loop
gave them: a shard's reader is not read by two searches at once.
"""

from __future__ import annotations

import logging
import pickle
import secrets
import socket
import struct
import threading
import time

log = logging.getLogger(__name__)

# A frame: its kind, then the length of what follows.
_HEADER = struct.Struct("!BQ")
_ANSWER, _RAISED = 0, 1
_TOKEN_BYTES = 16
_TOKEN_WAIT_S = 10.0


def _read_exactly(connection: socket.socket, size: int) -> bytes:
    """Return ``size`` bytes read from ``connection``; raise ConnectionError at
    its end (the other side closed it, or its process died)."""
    chunks, left = [], size
    while left:
        chunk = connection.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("the line closed (its worker stopped?)")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _send(connection: socket.socket, kind: int, payload: bytes) -> None:
    connection.sendall(_HEADER.pack(kind, len(payload)) + payload)


def _receive(connection: socket.socket) -> tuple[int, bytes]:
    kind, size = _HEADER.unpack(_read_exactly(connection, _HEADER.size))
    return kind, _read_exactly(connection, size)


# -- the worker's side ------------------------------------------------------------


class _Switchboard:
    """The worker process's listening socket and the shards it answers for."""

    def __init__(self, host: str) -> None:
        self._listening = socket.create_server((host, 0))
        self.address = self._listening.getsockname()[:2]
        self._shards: dict[bytes, tuple[object, threading.Lock]] = {}
        threading.Thread(
            target=self._accept, name="searchidx lines", daemon=True
        ).start()

    def connect(self, shard) -> bytes:
        token = secrets.token_bytes(_TOKEN_BYTES)
        self._shards[token] = (shard, threading.Lock())
        return token

    def disconnect(self, token: bytes) -> None:
        self._shards.pop(token, None)

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listening.accept()
            except OSError as error:
                # Out of file descriptors, or a connection reset before it
                # was taken: the line keeps listening for the next one.
                log.warning("searchidx lines: a connection not taken (%s)", error)
                time.sleep(0.1)
                continue
            threading.Thread(
                target=self._answer, args=(connection,), daemon=True
            ).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                # A caller that does not give a shard's token at once is no
                # coordinator: it holds no thread and sends no frame to read.
                connection.settimeout(_TOKEN_WAIT_S)
                token = _read_exactly(connection, _TOKEN_BYTES)
                connection.settimeout(None)
                while True:
                    if token not in self._shards:
                        return
                    _, packed = _receive(connection)
                    # Looked up per call: a shard closed since gets no answer.
                    held = self._shards.get(token)
                    if held is None:
                        return
                    shard, one_at_a_time = held
                    try:
                        with one_at_a_time:
                            answer = shard.answer_packed(packed)
                    except Exception as error:  # noqa: BLE001 - raised at the caller
                        _send(connection, _RAISED, _pickled_error(error))
                    else:
                        _send(connection, _ANSWER, answer)
            except OSError:
                return  # the coordinator went away


def _pickled_error(error: Exception) -> bytes:
    try:
        return pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an error that does not pickle is named
        return pickle.dumps(RuntimeError(f"{type(error).__name__}: {error}"))


_switchboard: _Switchboard | None = None
_switchboard_lock = threading.Lock()


def open_line(shard) -> tuple[str, int, bytes] | None:
    """Return (host, port, token) where the coordinator reaches ``shard``
    directly, listening in this worker process; None outside a Dask worker
    or on a cluster whose comm is not plain TCP."""
    global _switchboard
    try:
        from distributed import get_worker

        address = get_worker().address
    except (ImportError, ValueError):
        return None
    scheme, _, location = address.partition("://")
    if scheme != "tcp":
        return None
    host = location.rsplit(":", 1)[0].strip("[]")
    with _switchboard_lock:
        if _switchboard is None:
            _switchboard = _Switchboard(host)
        board = _switchboard
    return (*board.address, board.connect(shard))


def close_line(token: bytes) -> None:
    """Stop answering for the shard of ``token`` (it is closing)."""
    if _switchboard is not None:
        _switchboard.disconnect(token)


# -- the coordinator's side -------------------------------------------------------


class Line:
    """Connections to one shard's line; one per search in flight, kept for the next."""

    def __init__(self, host: str, port: int, token: bytes) -> None:
        self._where = (host, port)
        self._token = token
        self._idle: list[socket.socket] = []
        self._lock = threading.Lock()

    def call(self, packed: bytes) -> LineCall:
        """Send a packed call; return its answer to come.

        Raises:
            OSError: the worker cannot be reached.
        """
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = self._connected()
        try:
            _send(connection, 0, packed)
        except OSError:
            connection.close()
            raise
        return LineCall(self, connection)

    def connect(self, *, timeout: float | None = None) -> None:
        """Open a connection now, kept for the first call.

        Raises:
            OSError: the line cannot be reached (a firewall, a worker gone).
        """
        self._keep(self._connected(timeout))

    def _connected(self, timeout: float | None = None) -> socket.socket:
        connection = socket.create_connection(self._where, timeout=timeout)
        connection.settimeout(None)
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.sendall(self._token)
        return connection

    def _keep(self, connection: socket.socket) -> None:
        with self._lock:
            self._idle.append(connection)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class LineCall:
    """A call sent on a line; ``result()`` reads its answer on the caller's thread."""

    __slots__ = ("_line", "_connection")

    def __init__(self, line: Line, connection: socket.socket) -> None:
        self._line = line
        self._connection = connection

    def result(self, timeout: float | None = None):
        """Return the call's answer, unpickled.

        Raises:
            TimeoutError: no answer in ``timeout`` seconds.
            ConnectionError: the line closed (its worker died).
        """
        connection = self._connection
        if timeout is not None:
            # 0 would make the socket non-blocking: an answer not yet
            # there would read as an error rather than as late.
            timeout = max(timeout, 1e-6)
        try:
            connection.settimeout(timeout)
            kind, payload = _receive(connection)
            connection.settimeout(None)
        except TimeoutError:
            connection.close()  # its answer would be read as the next call's
            raise TimeoutError(f"no answer in {timeout} s") from None
        except OSError:
            connection.close()
            raise
        self._line._keep(connection)
        answer = pickle.loads(payload)
        if kind == _RAISED:
            raise answer
        return answer


def deadline_left(deadline: float | None) -> float | None:
    """Return the seconds left until ``deadline`` (time.monotonic), at least 0."""
    return None if deadline is None else max(0.0, deadline - time.monotonic())
