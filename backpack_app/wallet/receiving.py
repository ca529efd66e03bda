"""The façade's receive half: take what a school's link offers, online, then check and keep each
credential exactly as an imported file is (a mixin of `Backpack`, like importing.py).

The online package is imported inside `receive_link`, so nothing of the HTTP client is loaded
until the user asks for a receive.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from backpack_app.errors import MalformedCredential, NotFound, ReceiveCancelled
from backpack_app.store import learners as learner_rows

# The importer, the verifier and the models load in the methods that use them (every
# command that opens the backpack imports this mixin).
if TYPE_CHECKING:
    from backpack_app.credentials.importing import Found, ImportResult
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.verification import Report
    from backpack_app.online import Asks, Link, Preview, Received

NOT_STORED = "Nothing of it was stored."


@dataclass
class Receipt:
    """What a receive brought: from whom, for whom, and each credential's import result."""

    issuer_name: str | None
    domain: str
    learner: Learner
    results: list[ImportResult] = field(default_factory=list)

    @property
    def all_stored(self) -> bool:
        """True when every credential was stored (or was already here) and is genuine."""
        from backpack_app.credentials.importing import Outcome

        return bool(self.results) and all(
            r.outcome is not Outcome.REFUSED and r.report.valid for r in self.results
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "issuer": {"name": self.issuer_name, "domain": self.domain},
            "learner": self.learner.name,
            "results": [r.to_json() for r in self.results],
        }


def _with_jwt_subject(found: Found) -> Found:
    """A VC 1.1 JWT names its subject in the signed `sub` claim instead of credentialSubject.id
    (VC Data Model 1.1, JWT decoding): put it back, so the holder binding and the recipient
    check read the key the credential is bound to."""
    from backpack_app.credentials.vc_jwt import read_compact_jws

    document = found.document
    subject = (document or {}).get("credentialSubject")
    if found.token is None or not isinstance(subject, dict) or "id" in subject:
        return found
    try:
        sub = read_compact_jws(found.token)[1].get("sub")
    except MalformedCredential:
        return found
    if not isinstance(sub, str):
        return found
    document = {**(document or {}), "credentialSubject": {**subject, "id": sub}}
    return dataclasses.replace(found, document=document)


class ReceiveActions:
    """Receive methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], datetime]

    def preview_link(
        self, link: Link, *, tls: Any = None, limits: dict[str, float] | None = None
    ) -> Preview:
        """Online, spending nothing: who offers how many credentials (for the window to ask)."""
        from backpack_app.online import Session, preview

        with Session(tls=tls, **(limits or {})) as session:  # type: ignore[arg-type]
            return preview(session, link)

    def receive_link(
        self,
        link: str | Link,
        *,
        learner: str | None = None,
        asks: Asks | None = None,
        cancel: threading.Event | None = None,
        tls: Any = None,  # an ssl.SSLContext trusting a test server; None: the system's
        limits: dict[str, float] | None = None,  # request_seconds, action_seconds, max_bytes
    ) -> Receipt:
        """Online: receive every credential `link` offers to a learner's key, then verify each
        offline and keep the genuine ones bound to that key; nothing is kept if a step fails."""
        from backpack_app.online import Asks, Holder, Session, read_link, receive

        owner = self.learner(learner)  # type: ignore[attr-defined]
        private = learner_rows.holder_private_key(self._conn, owner.id)
        if private is None:
            raise NotFound(f"There is no learner called {owner.name}.")
        parsed = read_link(link) if isinstance(link, str) else link
        asks = asks or Asks(now=self._clock)
        holder = Holder(did=owner.did, private=private, name=owner.name)
        with Session(cancel=cancel, tls=tls, **(limits or {})) as session:  # type: ignore[arg-type]
            got = receive(session, parsed, holder, asks)
        cancel = cancel or threading.Event()
        if cancel.is_set():
            raise ReceiveCancelled()
        asks.progress("checking")
        return self._keep_issued(got, owner, cancel)

    def _keep_issued(self, got: Received, owner: Learner, cancel: threading.Event) -> Receipt:
        """Every credential checked first; then, unless the user stopped meanwhile, the genuine
        ones stored (a stop during the short storing itself lets it finish)."""
        from backpack_app.credentials.importing import ImportResult, Outcome, credentials_in
        from backpack_app.credentials.verifier import malformed_report

        ctx = self.verify_context()  # type: ignore[attr-defined]
        everyone = self.learners()  # type: ignore[attr-defined]
        receipt = Receipt(got.issuer_name, got.domain, owner)
        slots: list[ImportResult | tuple[Found, Report, str]] = []
        for item in got.credentials:
            origin = f"{got.domain} ({item.label})"
            try:
                found = credentials_in(item.data)
            except MalformedCredential as exc:
                report = malformed_report(str(exc), file=origin)
                slots.append(ImportResult(origin, Outcome.REFUSED, report, NOT_STORED))
                continue
            slots.extend(self._checked(one, ctx, owner, origin) for one in found)
        if cancel.is_set():
            raise ReceiveCancelled()
        for slot in slots:
            if isinstance(slot, ImportResult):
                receipt.results.append(slot)
                continue
            found, report, origin = slot
            receipt.results.append(
                self._import_one(found, ctx, everyone, owner, origin, report=report)  # type: ignore[attr-defined]
            )
        if receipt.issuer_name is None:  # a VC-API exchange says its name only in what it issues
            names = {r.report.issuer_name for r in receipt.results if r.report.issuer_name}
            receipt.issuer_name = ", ".join(sorted(names)) or None
        return receipt

    def _checked(
        self, found: Found, ctx: VerifyContext, owner: Learner, origin: str
    ) -> ImportResult | tuple[Found, Report, str]:
        """A refusal, or the credential with its report, ready to be stored for `owner`."""
        from backpack_app.credentials.importing import (
            REFUSED,
            ImportResult,
            Outcome,
            verify_found,
            with_check,
        )
        from backpack_app.credentials.recipient import subject_of
        from backpack_app.domain.verification import Check, CheckId, CheckStatus

        report = verify_found(found, ctx, file=origin)
        if report.verdict in REFUSED or found.document is None:
            return ImportResult(origin, Outcome.REFUSED, report, NOT_STORED)
        found = _with_jwt_subject(found)
        assert found.document is not None
        subject = subject_of(found.document).get("id")
        if subject != owner.did:
            bound = subject if isinstance(subject, str) else "no key"
            check = Check(
                id=CheckId.RECIPIENT,
                status=CheckStatus.FAILED,
                detail=f"It is bound to another holder ({bound[:120]}), not to {owner.name}'s "
                "key, so it was not stored.",
            )
            report = with_check(report, check)
            return ImportResult(origin, Outcome.REFUSED, report, NOT_STORED)
        return found, report, origin
