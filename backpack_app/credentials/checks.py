"""The checks every verification shares: its context, the list of named checks, and how a
signature, a trust-list lookup and a validity period are recorded (no format knowledge here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from backpack_app.credentials.dates import friendly_date
from backpack_app.credentials.did import KeyResolver
from backpack_app.credentials.registries import IssuerRegistry, listed_in
from backpack_app.credentials.status import StatusLists
from backpack_app.domain.trust import TrustList
from backpack_app.domain.verification import Check, CheckId, CheckStatus, Report, Verdict
from backpack_app.errors import CredentialProblem, UnresolvableKey

CLOCK_SKEW = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Ob2Key:
    """A saved copy of an OB 2.0 issuer's CryptographicKey: its PEM, id and owner when known."""

    pem: str
    id: str | None = None
    owner: str | None = None


@dataclass
class VerifyContext:
    """What a verification depends on besides the credential: the time, the trust list, and
    saved copies of what issuers publish online (did:web documents, status lists)."""

    now: dt.datetime
    trust: TrustList = field(default_factory=TrustList)
    keys: KeyResolver = field(default_factory=KeyResolver)
    status_lists: StatusLists = field(default_factory=StatusLists)
    # Saved copies of Open Badges 2.0 issuer keys (CryptographicKey), given by the user.
    ob2_keys: tuple[Ob2Key, ...] = ()
    # Check OB 3.0 / CLR 2.0 credentials against 1EdTech's JSON Schemas (a named warning check).
    # About as costly as the signature check itself, so on where a person reads one report (the
    # window, import, `verify --schemas`) and off for bulk checks.
    schemas: bool = False
    # Issuer registries the user chose (snapshots), in the order they were added.
    registries: tuple[IssuerRegistry, ...] = ()

    def issuer_words(self, issuer: str | None, name: str | None) -> str:
        """How a summary names the issuer: as the user's trust list or a chosen registry
        names it, else by what it calls itself."""
        trusted = self.trust.get(issuer) if issuer else None
        if trusted:
            return trusted.name
        try:
            registry, listed = listed_in(self.registries, issuer or "")
        except KeyError:
            return f'calls itself "{name}"' if name else issuer or "unknown"
        return f"{listed}, listed in {registry.listing()}"


class Checks:
    """The named checks of one report, in the order they were made."""

    def __init__(self) -> None:
        self.items: list[Check] = []
        # Why the signature could not be checked offline, when it could not.
        self.offline_reason: str | None = None

    def add(self, check_id: CheckId, status: CheckStatus, detail: str) -> None:
        self.items.append(Check(id=check_id, status=status, detail=detail))

    def detail(self, check_id: CheckId) -> str:
        """The sentence of the first check with this id ("" when there is none)."""
        return next((c.detail for c in self.items if c.id is check_id), "")


def worst(verdicts: list[Verdict]) -> Verdict:
    """The worst of `verdicts` (verified when there are none)."""
    return min(verdicts, default=Verdict.VERIFIED, key=list(Verdict).index)


def malformed_report(reason: str, *, file: str | None) -> Report:
    """The report of a file that is not a credential Backpack can read."""
    return Report(
        file=file,
        verdict=Verdict.MALFORMED,
        summary=f"This is not a credential Backpack can read: {reason}",
        checks=[Check(id=CheckId.FORMAT, status=CheckStatus.FAILED, detail=reason)],
    )


def record_period(
    checks: Checks, start: dt.datetime | None, until: dt.datetime | None, *, now: dt.datetime
) -> list[Verdict]:
    """Record whether `now` falls between `start` and `until` (with a little clock skew);
    either may be absent (VC 2.0 makes both optional)."""
    if start is not None and now + CLOCK_SKEW < start:
        checks.add(
            CheckId.VALIDITY, CheckStatus.FAILED, f"It is not valid until {friendly_date(start)}."
        )
        return [Verdict.NOT_YET_VALID]
    if until is not None and now - CLOCK_SKEW > until:
        checks.add(CheckId.VALIDITY, CheckStatus.FAILED, f"It expired on {friendly_date(until)}.")
        return [Verdict.EXPIRED]
    span = (f"valid from {friendly_date(start)}" if start else "valid with no start date") + (
        f" until {friendly_date(until)}" if until else ", with no end date"
    )
    checks.add(CheckId.VALIDITY, CheckStatus.PASSED, f"It is {span}.")
    return []


def record_proof(
    checks: Checks,
    proof: Callable[[], str],
    *,
    whose: Literal["issuer", "holder"] = "issuer",
    keys: KeyResolver | None = None,
) -> list[Verdict]:
    """Run a signature check and record its outcome; a malformed credential propagates."""
    try:
        key = proof()
    except CredentialProblem as exc:
        verdict = Verdict(exc.verdict)
        if verdict is Verdict.MALFORMED:
            raise
        if verdict is Verdict.UNSUPPORTED:
            checks.add(CheckId.PROOF, CheckStatus.NOT_CHECKED, str(exc))
            checks.add(
                CheckId.ISSUER_KEY,
                CheckStatus.NOT_CHECKED,
                "Not checked, because Backpack cannot check this kind of signature.",
            )
        elif verdict is Verdict.UNVERIFIABLE_OFFLINE and not isinstance(exc, UnresolvableKey):
            # e.g. a vocabulary (@context) Backpack does not have: the key is not the problem
            checks.offline_reason = str(exc)
            checks.add(CheckId.PROOF, CheckStatus.NOT_CHECKED, str(exc))
            checks.add(
                CheckId.ISSUER_KEY,
                CheckStatus.NOT_CHECKED,
                "Not checked, because the signature could not be checked.",
            )
        elif verdict is Verdict.UNVERIFIABLE_OFFLINE:
            checks.offline_reason = str(exc)
            checks.add(
                CheckId.PROOF,
                CheckStatus.NOT_CHECKED,
                "The signature could not be checked without the issuer's key."
                if whose == "issuer"
                else "The signature could not be checked without the holder's key.",
            )
            checks.add(CheckId.ISSUER_KEY, CheckStatus.NOT_CHECKED, str(exc))
        else:
            checks.add(CheckId.PROOF, CheckStatus.FAILED, str(exc))
            checks.add(
                CheckId.ISSUER_KEY,
                CheckStatus.NOT_CHECKED,
                "Not checked, because the signature failed.",
            )
        return [verdict]
    checks.add(
        CheckId.PROOF,
        CheckStatus.PASSED,
        "The signature matches the content: nothing was changed after signing.",
    )
    note = keys.source_note(key) if keys else ""
    checks.add(
        CheckId.ISSUER_KEY,
        CheckStatus.PASSED,
        f"Signed with the issuer's own key ({key}).{note}"
        if whose == "issuer"
        else f"Signed with the holder's own key ({key}).{note}",
    )
    return []


def record_trust(
    checks: Checks,
    issuer: str | None,
    name: str | None,
    trust: TrustList,
    registries: tuple[IssuerRegistry, ...] = (),
) -> list[Verdict]:
    """Record whether the issuer is in the user's trust list or a registry the user chose."""
    trusted = trust.get(issuer) if issuer else None
    if trusted:
        checks.add(
            CheckId.ISSUER_TRUST,
            CheckStatus.PASSED,
            f"Issued by {trusted.name}, which is in your trust list.",
        )
        return []
    try:
        registry, listed = listed_in(registries, issuer or "")
    except KeyError:
        pass
    else:
        checks.add(
            CheckId.ISSUER_TRUST,
            CheckStatus.PASSED,
            f"Issued by {listed}, listed in {registry.listing()}, a registry you chose.",
        )
        return []
    if issuer is None:
        detail = "Its issuer is named only through a web address, which is not fetched offline."
    else:
        who = (
            f'The issuer {issuer} calls itself "{name}", but it' if name else f"The issuer {issuer}"
        )
        detail = f"{who} is not in your trust list."
    checks.add(CheckId.ISSUER_TRUST, CheckStatus.WARNING, detail)
    return [Verdict.UNKNOWN_ISSUER]


def summary(verdict: Verdict, who: str, checks: Checks) -> str:
    """The one sentence that explains `verdict` (for the issuer `who`) from the checks."""
    detail = checks.detail
    if verdict is Verdict.VERIFIED:
        return f"Verified: issued by {who} and unchanged since."
    if verdict is Verdict.UNKNOWN_ISSUER:
        return f"The signature is genuine, but the issuer ({who}) is not in your trust list."
    if verdict is Verdict.INVALID_SIGNATURE:
        reason = detail(CheckId.PROOF)
        return f"Do not rely on this record: {reason[0].lower()}{reason[1:]}"
    if verdict is Verdict.UNSUPPORTED:
        return f"This record cannot be checked here: {detail(CheckId.PROOF)}"
    if verdict is Verdict.UNVERIFIABLE_OFFLINE:
        reason = checks.offline_reason or detail(CheckId.ISSUER_KEY)
        return f"This record cannot be checked offline: {reason}"
    if verdict is Verdict.REVOKED:
        return detail(CheckId.STATUS)
    return f"This record is not current: {detail(CheckId.VALIDITY)}"
