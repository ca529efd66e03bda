"""What a receive asks of the person (consent, a transaction code), tells them (progress), and
hands back (the credentials as received, not yet checked)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from backpack_app.errors import ReceiveFailed
from backpack_app.online.models import TxCode

MAX_CREDENTIALS = 100
MAX_CREDENTIAL_BYTES = 4 * 1024 * 1024
# The steps `progress` is told about, in order (interfaces word them). "credential" comes with
# its number and how many were offered; the others with (0, 0).
STEPS = (
    "offer",
    "metadata",
    "sign-in",
    "token",
    "nonce",
    "credential",
    "exchange",
    "request",
    "sending",
    "checking",
)


def _go_ahead(domain: str, name: str | None) -> None:
    """Running `backpack receive` is the consent: go ahead."""


def _no_code(tx_code: TxCode) -> str:
    raise ReceiveFailed("The issuer asks for a transaction code, and none was given.")


def _silent(step: str, number: int = 0, total: int = 0) -> None:
    pass


def _open_browser(url: str) -> None:
    import webbrowser

    webbrowser.open(url)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Asks:
    """The interface's side of a receive. `confirm` raises ReceiveCancelled to stop before the
        first request that spends the offer; `tx_code` returns the code the user typed; `sign_in`
    opens the school's sign-in page (the system's browser) and returns at once."""

    confirm: Callable[[str, str | None], None] = _go_ahead
    tx_code: Callable[[TxCode], str] = _no_code
    progress: Callable[..., None] = _silent  # (step, number=0, total=0)
    sign_in: Callable[[str], None] = _open_browser  # show the school's sign-in page at this URL
    now: Callable[[], dt.datetime] = _utc_now


@dataclass(frozen=True)
class Preview:
    """What the window shows before the offer is spent: who offers how many credentials, and
    whether a transaction code will be asked (a VC-API link says only its domain)."""

    domain: str
    name: str | None = None
    count: int | None = None
    tx_code: TxCode | None = None
    sign_in: bool = False  # the offer is received after a sign-in in the browser


@dataclass(frozen=True)
class ReceivedCredential:
    """One credential as the issuer sent it: bytes to verify and keep, and what it was offered as."""

    data: bytes
    label: str

    @classmethod
    def of(cls, item: Any, *, label: str) -> ReceivedCredential:
        """A JSON credential (kept compact, as a presentation's are) or a VC-JWT's token."""
        if isinstance(item, str):
            data = item.strip().encode("ascii", "replace")
        elif isinstance(item, dict):
            data = json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        else:
            raise ReceiveFailed("The issuer sent a credential that is neither JSON nor a token.")
        if len(data) > MAX_CREDENTIAL_BYTES:
            raise ReceiveFailed("The issuer sent a credential larger than any record needs.")
        return cls(data=data, label=label)


@dataclass
class Received:
    """Who sent what: the issuer's name (from its metadata, if it gives one) and domain."""

    issuer_name: str | None
    domain: str
    credentials: list[ReceivedCredential] = field(default_factory=list)

    def add(self, item: ReceivedCredential) -> None:
        if len(self.credentials) >= MAX_CREDENTIALS:
            raise ReceiveFailed(f"The issuer sent more than {MAX_CREDENTIALS} credentials.")
        self.credentials.append(item)
