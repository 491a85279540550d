"""A loopback webhook receiver that checks every delivery's Standard Webhooks signature with
the `standardwebhooks` package, and answers as told (2xx, 410, 500, HTML, or never)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class WebhookReceiver:
    def __init__(self, secret: str = SECRET) -> None:
        self.verifier = Webhook(secret)
        self.received: list[dict[str, Any]] = []  # verified bodies, in order
        self.ids: list[str] = []
        self.bad_signatures = 0
        self.answers: list[tuple[int, str]] = []  # queued (status, content type); else 204
        self.hang_s = 0.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/returns"

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if receiver.hang_s:
                    time.sleep(receiver.hang_s)
                status, kind = receiver.answers.pop(0) if receiver.answers else (204, "")
                try:
                    payload = receiver.verifier.verify(body, dict(self.headers.items()))
                except WebhookVerificationError:
                    receiver.bad_signatures += 1
                    status, kind = 401, "text/plain"
                else:
                    if 200 <= status < 300 and kind != "text/html":
                        receiver.received.append(payload)
                        receiver.ids.append(self.headers["webhook-id"])
                page = b"<html><body>a page</body></html>" if kind == "text/html" else b""
                try:
                    self.send_response(status)
                    if kind:
                        self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(page)))
                    self.end_headers()
                    self.wfile.write(page)
                except OSError:
                    pass

        return Handler
