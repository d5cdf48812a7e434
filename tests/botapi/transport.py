"""HTTP side of the test Bot API server: sockets, keep-alive and request body decoding."""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart/form-data request."""

    filename: str
    content: bytes
    content_type: str


@dataclass
class HttpRequest:
    """A decoded request: path, parameters (str or JSON values) and uploaded files."""

    http_method: str
    path: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    body_error: str | None = None
    client_gone: Callable[[], bool] = lambda: False


@dataclass
class HttpResponse:
    """What to answer; ``close_without_answer`` simulates a dropped connection."""

    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    close_without_answer: bool = False


Dispatch = Callable[[HttpRequest], HttpResponse]


def decode_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Decode a JSON, form-urlencoded or multipart body; raise ValueError when malformed."""
    mime, _, rest = content_type.partition(";")
    mime = mime.strip().lower()
    if not body:
        return {}, {}
    if mime == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body must be an object")
        return data, {}
    if mime == "application/x-www-form-urlencoded":
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)), {}
    if mime == "multipart/form-data":
        return _decode_multipart(rest, body)
    raise ValueError(f"unsupported Content-Type {mime!r}")


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    head, *pairs = value.split(";")
    params = {}
    for pair in pairs:
        key, _, val = pair.strip().partition("=")
        val = val.strip()
        if len(val) >= 2 and val[0] == val[-1] == '"':
            val = val[1:-1].replace('\\"', '"')
        params[key.lower()] = val
    return head.strip().lower(), params


def _decode_multipart(ctype_rest: str, body: bytes) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    _, ctype_params = _header_params("x;" + ctype_rest)
    boundary = ctype_params.get("boundary")
    if not boundary:
        raise ValueError("multipart body without boundary")
    params: dict[str, Any] = {}
    files: dict[str, UploadedFile] = {}
    chunks = (b"\r\n" + body).split(b"\r\n--" + boundary.encode("latin-1"))
    if len(chunks) < 3:
        raise ValueError("malformed multipart body")
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            raise ValueError("malformed multipart part")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            if ":" in line:
                key, _, val = line.partition(":")
                headers[key.strip().lower()] = val.strip()
        _, disposition = _header_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if not name:
            raise ValueError("multipart part without a name")
        if "filename" in disposition:
            files[name] = UploadedFile(
                disposition["filename"], content, headers.get("content-type", "application/octet-stream")
            )
        else:
            params[name] = content.decode("utf-8")
    return params, files


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().setup()
        self.server.track(self.request)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.request)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        return

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _client_gone(self) -> bool:
        """True when the client closed the connection (e.g. a cancelled long poll)."""
        try:
            return self.request.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        url = urlsplit(self.path)
        body = self._read_body()
        params: dict[str, Any] = dict(parse_qsl(url.query, keep_blank_values=True))
        files: dict[str, UploadedFile] = {}
        body_error = None
        try:
            body_params, files = decode_body(self.headers.get("Content-Type", ""), body)
            params.update(body_params)
        except (ValueError, UnicodeDecodeError) as exc:
            body_error = str(exc)
        response = self.server.dispatch(
            HttpRequest(self.command, unquote(url.path), params, files, body_error, self._client_gone)
        )
        if response.close_without_answer:
            self.close_connection = True
            return
        head = (
            f"HTTP/1.1 {response.status} {self.responses.get(response.status, ('',))[0]}\r\n"
            f"Server: spreidingsbot-test-botapi\r\n"
            f"Content-Type: {response.content_type}\r\n"
            f"Content-Length: {len(response.body)}\r\n"
            f"Connection: keep-alive\r\n\r\n"
        ).encode("latin-1")
        self.wfile.write(head + response.body)
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, dispatch: Dispatch) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.dispatch = dispatch
        self._sockets: set[socket.socket] = set()
        self._sockets_lock = threading.Lock()
        self.connections_accepted = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up (cancelled long-polls, outage tests) are normal here."""
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError | TimeoutError):
            super().handle_error(request, client_address)

    def track(self, sock: socket.socket) -> None:
        with self._sockets_lock:
            self._sockets.add(sock)
            self.connections_accepted += 1

    def untrack(self, sock: socket.socket) -> None:
        with self._sockets_lock:
            self._sockets.discard(sock)

    def close_all_connections(self) -> None:
        with self._sockets_lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class HttpServerThread:
    """Runs a threaded HTTP server on 127.0.0.1 at a free port in a background thread."""

    def __init__(self, dispatch: Dispatch) -> None:
        self._server = _Server(dispatch)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name=f"botapi-http-{self.port}",
        )

    def start(self) -> None:
        self._thread.start()

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted so far (keep-alive reuse keeps this low)."""
        return self._server.connections_accepted

    def drop_connections(self) -> None:
        """Close every open keep-alive connection (the next request opens a new one)."""
        self._server.close_all_connections()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.close_all_connections()
        self._server.server_close()
        self._thread.join(timeout=5)
