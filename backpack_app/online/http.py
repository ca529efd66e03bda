"""The one HTTP client of Backpack (httpx), made here and only here.

Every online action the user asks for (fetching status lists and did:web documents, receiving
from a school's link) goes through a `Session`: HTTPS only (plain http only to this computer,
for tests), each request within 15 s and the whole action within 45 s, answers bounded in size,
redirects bounded and checked like the first address, and a cancel flag checked between reads.
"""

from __future__ import annotations

import contextlib
import ipaddress
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from backpack_app.errors import FetchFailed, ReceiveCancelled

REQUEST_SECONDS = 15.0
ACTION_SECONDS = 45.0
MAX_ANSWER_BYTES = 8 * 1024 * 1024
MAX_REDIRECTS = 5
SIGN_IN_SECONDS = 300.0  # a person signing in at their school's page, in the browser
JSON_TYPES = "application/json, application/ld+json, application/vc+jwt"
LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    """True for this computer's own addresses (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_url(url: str) -> str:
    """`url` when Backpack may fetch it: https, or plain http to this computer; else FetchFailed."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (a bad port raises here)
    except ValueError:
        raise FetchFailed(f"{url[:200]} is not a web address.") from None
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and host and is_loopback(host):
        return url
    if parts.scheme == "http":
        raise FetchFailed(f"{url[:200]} is not an HTTPS address, so it was not fetched.")
    raise FetchFailed(f"{url[:200]} is not a web address Backpack fetches (https only).")


def default_tls(paths: ssl.DefaultVerifyPaths | None = None) -> ssl.SSLContext:
    """The system's trusted certificates; where the system names none to this Python (a frozen
    app on macOS, whose bundled OpenSSL looks in the build machine's folders), also the Mozilla
    list httpx brings (certifi), so that HTTPS works there at all."""
    context = ssl.create_default_context()
    paths = paths or ssl.get_default_verify_paths()
    if paths.cafile is None and paths.capath is None:
        with contextlib.suppress(ImportError, OSError):
            import certifi

            context.load_verify_locations(certifi.where())
    return context


@dataclass(frozen=True)
class Answer:
    """A server's answer: status, its media type and body (at most MAX_ANSWER_BYTES)."""

    url: str
    status: int
    content_type: str
    body: bytes


class Session:
    """One online action: one client, one deadline, one cancel flag. Use as a context manager."""

    def __init__(
        self,
        *,
        request_seconds: float = REQUEST_SECONDS,
        action_seconds: float = ACTION_SECONDS,
        max_bytes: int = MAX_ANSWER_BYTES,
        tls: ssl.SSLContext | None = None,
        cancel: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
        loopback_http: bool = True,
        sign_in_seconds: float = SIGN_IN_SECONDS,
    ) -> None:
        self.sign_in_seconds = sign_in_seconds
        self._loopback_http = loopback_http
        self._went_out = False  # set at the first address off this computer
        self._request_seconds = request_seconds
        self._deadline = clock() + action_seconds
        self._action_seconds = action_seconds
        self._max_bytes = max_bytes
        self._cancel = cancel or threading.Event()
        self._clock = clock
        self._client = httpx.Client(
            verify=tls or default_tls(),
            follow_redirects=False,  # each hop is checked here (scheme, count)
            # Answers are read as they come, bounded: a compressed one could unpack to far more.
            headers={"User-Agent": "Backpack", "Accept-Encoding": "identity"},
        )

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def get(self, url: str, *, accept: str = JSON_TYPES) -> Answer:
        """GET `url`, following at most MAX_REDIRECTS checked redirects."""
        return self._send("GET", url, headers={"Accept": accept})

    def post(
        self,
        url: str,
        *,
        json: Any = None,
        form: dict[str, str] | None = None,
        bearer: str | None = None,
        accept: str = JSON_TYPES,
    ) -> Answer:
        """POST JSON or a form to `url`; redirects of a POST are refused (nothing is re-sent)."""
        headers = {"Accept": accept}
        if bearer:
            headers["Authorization"] = f"Bearer {bearer}"
        return self._send("POST", url, headers=headers, json=json, data=form, redirects=0)

    def _send(self, method: str, url: str, *, redirects: int = MAX_REDIRECTS, **kw: Any) -> Answer:
        for _ in range(redirects + 1):
            answer, location = self._once(method, self._checked(url), **kw)
            if location is None:
                return answer
            url = urljoin(url, location)
            if not url.startswith("https://") and not (self._loopback_http and _loopback_http(url)):
                raise FetchFailed(f"{answer.url[:200]} redirects away from HTTPS.")
        raise FetchFailed(f"{url[:200]} redirects too many times.")

    def _checked(self, url: str) -> str:
        if not self._loopback_http and not url.startswith("https://"):
            raise FetchFailed(f"{url[:200]} is not an HTTPS address, so it was not fetched.")
        url = checked_url(url)
        local = is_loopback(urlsplit(url).hostname or "")
        if local and self._went_out:
            # A website (or a redirect, or an endpoint its metadata names) must not make Backpack
            # call services on this computer.
            raise FetchFailed(f"{_site(url)} is on this computer, and a website named it.")
        self._went_out = self._went_out or not local
        return url

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Time spent waiting for the person (a code to type) does not count against the action."""
        started = self._clock()
        try:
            yield
        finally:
            self._deadline += self._clock() - started

    def _once(self, method: str, url: str, **kw: Any) -> tuple[Answer, str | None]:
        self.check_cancel()
        left = self._deadline - self._clock()
        if left <= 0:
            raise FetchFailed(self._too_slow(url))
        timeout = httpx.Timeout(min(self._request_seconds, left))
        started = self._clock()
        try:
            with self._client.stream(method, url, timeout=timeout, **kw) as response:
                if response.is_redirect and "location" in response.headers:
                    return Answer(url, response.status_code, "", b""), response.headers["location"]
                if response.headers.get("content-encoding", "identity").lower() != "identity":
                    raise FetchFailed(
                        f"{_site(url)} sent a compressed answer though asked not to, so it was "
                        "not read."
                    )
                body = self._read(response, url, started)
                kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return Answer(url, response.status_code, kind, body), None
        except httpx.TimeoutException:
            raise FetchFailed(self._too_slow(url)) from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"{_site(url)} could not be reached ({_reason(exc)}).") from None

    def _read(self, response: httpx.Response, url: str, started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            raise FetchFailed(self._too_large(url))
        chunks, size = [], 0
        for chunk in response.iter_raw():
            self.check_cancel()
            size += len(chunk)
            if size > self._max_bytes:
                raise FetchFailed(self._too_large(url))
            now = self._clock()
            # A server trickling bytes keeps each read alive: bound the whole answer too.
            if now - started > self._request_seconds or now > self._deadline:
                raise FetchFailed(self._too_slow(url))
            chunks.append(chunk)
        return b"".join(chunks)

    def check_cancel(self) -> None:
        """ReceiveCancelled once the user stopped the action."""
        if self._cancel.is_set():
            raise ReceiveCancelled()

    @property
    def clock(self) -> Callable[[], float]:
        return self._clock

    def _too_slow(self, url: str) -> str:
        return (
            f"{_site(url)} did not answer in time (each step may take {self._request_seconds:g} s,"
            f" the whole action {self._action_seconds:g} s)."
        )

    def _too_large(self, url: str) -> str:
        return (
            f"{_site(url)} sent an answer larger than {self._max_bytes // 2**20 or 1} MB, so it "
            "was not read."
        )


def _loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and is_loopback(parts.hostname or "")


def _site(url: str) -> str:
    return urlsplit(url).netloc or url[:100]


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return text[:200]


def fetch_https(url: str, *, tls: ssl.SSLContext | None = None) -> bytes:
    """GET an HTTPS `url` for refresh-status / did-web refresh: the body of a 200 answer."""
    if not url.startswith("https://"):
        raise FetchFailed("it is not an HTTPS address, so it was not fetched.")
    with Session(tls=tls, action_seconds=REQUEST_SECONDS, loopback_http=False) as session:
        answer = session.get(url)
    if answer.status != 200:
        raise FetchFailed(f"the server answered {answer.status}.")
    return answer.body
