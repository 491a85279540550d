"""A thermal printer on loopback TCP, for tests: it answers DLE EOT status queries and keeps
the bytes of every job, and it can misbehave the ways printers do.

    ready       answers status, prints (keeps) every job
    paper_out   status says out of paper
    cover_open  status says the cover is open
    offline     status says offline
    silent      accepts connections and never answers or reads
    stall       answers status; takes the first bytes of a job, then stops reading
    reset       answers status; takes the first bytes of a job, then resets the connection
    refuse      nothing listens on the port
"""

from __future__ import annotations

import socket
import struct
import threading
import time

STATUS_BYTES = {
    "ready": (0x12, 0x12, 0x12),
    "paper_out": (0x12, 0x32, 0x72),
    "cover_open": (0x12, 0x16, 0x12),
    "offline": (0x1A, 0x12, 0x12),
}
DLE_EOT = b"\x10\x04"


class FakePrinter:
    def __init__(self, mode: str = "ready") -> None:
        self.mode = mode
        self.jobs: list[bytes] = []
        self.status_queries = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._server: socket.socket | None = None
        self.port = 0
        self._open_server()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _open_server(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)  # a printer's small buffer
        server.bind(("127.0.0.1", self.port))
        server.listen(8)
        server.settimeout(0.1)
        self.port = server.getsockname()[1]
        self._server = server
        self._thread = threading.Thread(target=self._serve, args=(server,), daemon=True)
        self._thread.start()

    def set_mode(self, mode: str) -> None:
        """Change behaviour; 'refuse' closes the port, leaving it opens it again."""
        was = self.mode
        self.mode = mode
        if mode == "refuse" and was != "refuse":
            self._close_server()
        elif was == "refuse" and mode != "refuse":
            self._open_server()

    def _close_server(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
            self._thread.join(2)

    def close(self) -> None:
        self._stop.set()
        self._close_server()
        for conn in self._held:
            conn.close()

    def _serve(self, server: socket.socket) -> None:
        while not self._stop.is_set() and self._server is server:
            try:
                conn, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        mode = self.mode
        if mode == "silent":
            self._held.append(conn)  # says nothing, reads nothing, until the test ends
            return
        conn.settimeout(5)
        data = bytearray()
        try:
            while True:
                chunk = conn.recv(256 if mode in ("stall", "reset") else 65536)
                if not chunk:
                    break
                data += chunk
                while data.startswith(DLE_EOT) and len(data) >= 3:
                    n = data[2]
                    del data[:3]
                    with self._lock:
                        self.status_queries += 1
                    answer = STATUS_BYTES.get(mode, STATUS_BYTES["ready"])
                    conn.sendall(bytes([answer[{1: 0, 2: 1, 4: 2}.get(n, 0)]]))
                if data and mode == "stall":
                    self._held.append(conn)  # took a little, now stops reading
                    return
                if data and mode == "reset":
                    time.sleep(0.05)
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    conn.close()
                    with self._lock:
                        self.jobs.append(b"")  # nothing usable came out
                    return
        except OSError:
            pass
        conn.close()
        if data:
            with self._lock:
                self.jobs.append(bytes(data))

    def printed(self, expect: int = 0, timeout: float = 5.0) -> list[bytes]:
        """The jobs that came out whole; waits (a little) until `expect` of them have."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                done = [j for j in self.jobs if j]
            if len(done) >= expect or time.monotonic() > deadline:
                return done
            time.sleep(0.01)
