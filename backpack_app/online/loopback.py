"""The loopback redirect of a sign-in in the system's browser (RFC 8252 §7.3, OAuth for native
apps): a listener on 127.0.0.1 at a port the system picks, for one callback only, open while
Backpack waits for the person to sign in at their school and closed right after.

It answers only `GET /callback`; what the callback carries (code, state, error, iss) is returned
as given, and checking it is the caller's (the state above all).
"""

from __future__ import annotations

import http.server
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

PATH = "/callback"
POLL_SECONDS = 0.2
MAX_QUERY = 8192
DONE_PAGE = (
    b"<!doctype html><meta charset=utf-8><title>Backpack</title>"
    b"<p style='font:1.2em sans-serif;margin:3em'>Done: go back to Backpack. You can close this "
    b"tab.</p>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    timeout = 5  # a connection that sends nothing does not hold the wait
    server: _Server

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != PATH or len(parts.query) > MAX_QUERY or self.server.answer is not None:
            self.send_error(404)
            return
        query = parse_qs(parts.query)
        self.server.answer = {k: v[0] for k, v in query.items() if len(v) == 1}
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(DONE_PAGE)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(DONE_PAGE)

    def log_message(self, *args: object) -> None:
        pass


class _Server(http.server.HTTPServer):
    answer: dict[str, str] | None = None
    timeout = POLL_SECONDS


class Redirect:
    """`with Redirect() as redirect:` listen; `redirect.uri` goes in the authorization request;
    `redirect.wait(...)` returns the callback's parameters, or None when time ran out."""

    def __enter__(self) -> Redirect:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        port = self._server.server_address[1]
        self.uri = f"http://127.0.0.1:{port}{PATH}"
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.server_close()

    def wait(
        self, seconds: float, *, check: Callable[[], None], clock: Callable[[], float]
    ) -> dict[str, str] | None:
        """Serve until the callback came or `seconds` passed; `check` raises to stop (cancel)."""
        deadline = clock() + seconds
        while self._server.answer is None and clock() < deadline:
            check()
            self._server.handle_request()
        check()
        return self._server.answer
