"""A service on loopback TCP that is no printer: it answers whatever it is sent the way an
HTTP server or proxy answers a request it cannot read ("HTTP/1.1 400 Bad Request"), then
closes its side and reads on until the caller hangs up, as HTTP servers do."""

from __future__ import annotations

import contextlib
import socket
import threading

ANSWER = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class HttpService:
    def __init__(self, answer: bytes = ANSWER) -> None:
        self.answer = answer
        self.requests: list[bytes] = []
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self._server.settimeout(0.1)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.settimeout(5)
            first = conn.recv(1024)
            if not first:
                return
            self.requests.append(first)
            conn.sendall(self.answer)
            conn.shutdown(socket.SHUT_WR)
            while conn.recv(1024):  # a lingering close: what the caller still sends is read
                pass

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._server.close()
