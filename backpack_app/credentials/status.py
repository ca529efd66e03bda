"""Revocation and suspension from saved status lists (Bitstring Status List v1.0, StatusList2021).

A status list is itself a credential signed by the issuer; its `encodedList` is a GZIP-compressed
bitstring (base64url with the multibase 'u' prefix for Bitstring, plain base64 for 2021), read
most significant bit first. A saved copy tells the status as of when it was obtained, no later.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.credentials.did import OFFLINE, KeyResolver, issuer_id
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.proofs import verify_linked_data_proofs
from backpack_app.credentials.shapes import as_list, check_shape, types_of, vc_version
from backpack_app.credentials.vc_jwt import (
    credential_of,
    looks_like_jwt,
    read_compact_jws,
    verify_vc_jwt,
)
from backpack_app.domain.status import CachedStatusList
from backpack_app.domain.verification import CheckStatus, Verdict
from backpack_app.errors import CredentialProblem, MalformedCredential

MAX_BITSTRING_BYTES = 16 * 1024 * 1024
MIN_BITSTRING_BITS = 16 * 1024 * 8
CLOCK_SKEW = dt.timedelta(minutes=5)
STALE_AFTER = dt.timedelta(days=30)
# entry type -> (list credential type, list subject type)
KINDS = {
    "BitstringStatusListEntry": ("BitstringStatusListCredential", "BitstringStatusList"),
    "StatusList2021Entry": ("StatusList2021Credential", "StatusList2021"),
}
PURPOSES = ("revocation", "suspension")
MESSAGE = "message"


@dataclass(frozen=True)
class StatusList:
    """A status list whose signature, issuer and dates were checked, with its bits."""

    url: str
    issuer: str
    kind: str
    purposes: frozenset[str]
    bits: bytes
    as_of: dt.datetime

    def bit(self, index: int) -> int:
        """The status bit at `index`, most significant bit of each byte first."""
        return (self.bits[index // 8] >> (7 - index % 8)) & 1

    @property
    def size(self) -> int:
        return len(self.bits) * 8

    @property
    def short_note(self) -> str:
        """A warning for a list below the specification's 16 KB minimum (the DCC publishes
        100,000-bit lists): still read, because its bits mean the same."""
        if self.size >= MIN_BITSTRING_BITS:
            return ""
        return (
            f" Its list holds {self.size:,} entries, fewer than the {MIN_BITSTRING_BITS:,} the "
            "specification asks for (which hides less about whose record is checked)."
        )


def _decode_bits(encoded: Any, *, multibase: bool) -> bytes:
    if not isinstance(encoded, str) or not encoded:
        raise MalformedCredential("Its list of statuses (encodedList) is missing.")
    if multibase:
        if not encoded.startswith("u"):
            raise MalformedCredential("Its encodedList is not multibase base64url ('u...').")
        encoded = encoded[1:]
    try:
        text = encoded.replace("-", "+").replace("_", "/")
        compressed = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedCredential("Its encodedList is not valid base64.") from exc
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        bits = inflater.decompress(compressed, MAX_BITSTRING_BYTES + 1)
    except zlib.error as exc:
        raise MalformedCredential("Its encodedList is not GZIP-compressed data.") from exc
    if len(bits) > MAX_BITSTRING_BYTES:
        raise MalformedCredential(
            f"Its list expands to more than {MAX_BITSTRING_BYTES // 2**20} MiB, "
            "far beyond any real status list, so it was not read."
        )
    if not inflater.eof:
        raise MalformedCredential("Its encodedList is cut short.")
    if not bits:
        raise MalformedCredential("Its list of statuses is empty.")
    return bits


def _check_dates(document: dict[str, Any], as_of: dt.datetime | None) -> dt.datetime:
    """The as-of moment (the list's start date when none is given), checked inside its window."""
    start_name, end_name = (
        ("validFrom", "validUntil")
        if vc_version(document) == 2
        else ("issuanceDate", "expirationDate")
    )
    start = parse_datetime(document.get(start_name), start_name)
    moment = as_of or start
    end = document.get(end_name)
    if moment + CLOCK_SKEW < start:
        raise MalformedCredential(f"The list is not valid until {friendly_date(start)}.")
    if end is not None and moment - CLOCK_SKEW > parse_datetime(end, end_name):
        raise MalformedCredential("The list had already expired when it was saved.")
    return moment


def read_status_list(
    data: bytes, *, url: str | None = None, as_of: dt.datetime | None, keys: KeyResolver = OFFLINE
) -> StatusList:
    """Check a status list credential (signature, dates, list) or raise a CredentialProblem."""
    if looks_like_jwt(data):
        try:
            document = verify_vc_jwt(data.decode("ascii"), keys=keys)[0]
        except UnicodeDecodeError as exc:
            raise MalformedCredential("It is not a readable token.") from exc
    else:
        document = parse_json(data)
    check_shape(document)
    issuer = issuer_id(document)
    kinds = [k for k, _ in KINDS.values() if k in types_of(document)]
    if len(kinds) != 1:
        raise MalformedCredential("It is not a status list credential.")
    subject_type = dict(KINDS.values())[kinds[0]]
    subjects = as_list(document.get("credentialSubject"))
    if len(subjects) != 1 or subject_type not in types_of(subjects[0]):
        raise MalformedCredential(f"Its subject is not a {subject_type}.")
    list_id = document.get("id")
    if not isinstance(list_id, str) or (url is not None and list_id != url):
        raise MalformedCredential(f"It does not say it is the list published at {url}.")
    if not looks_like_jwt(data):
        verify_linked_data_proofs(document, issuer, keys=keys)
    moment = _check_dates(document, as_of)
    purposes = frozenset(p for p in as_list(subjects[0].get("statusPurpose")) if isinstance(p, str))
    bits = _decode_bits(
        subjects[0].get("encodedList"), multibase=kinds[0] == "BitstringStatusListCredential"
    )
    return StatusList(
        url=list_id, issuer=issuer, kind=kinds[0], purposes=purposes, bits=bits, as_of=moment
    )


def claimed_list_url(data: bytes) -> str | None:
    """The address a status list file says it stands for (its `id`), read without checking
    anything; None when it does not even say that."""
    try:
        if looks_like_jwt(data):
            document = credential_of(read_compact_jws(data.decode("ascii"))[1])
        else:
            document = parse_json(data)
    except (CredentialProblem, UnicodeDecodeError):
        return None
    url = document.get("id") if isinstance(document, dict) else None
    return url if isinstance(url, str) and url else None


class StatusLists:
    """Saved status lists by URL, each checked at most once per verification run."""

    def __init__(self, cached: Iterable[CachedStatusList] = ()):
        self._cached = {c.url: c for c in cached}
        self._read: dict[str, StatusList | CredentialProblem] = {}

    def with_fallback(self, extra: Iterable[CachedStatusList]) -> StatusLists:
        """These lists, and for any other address the copy in `extra` (e.g. the copies a share
        includes: the recipient's own saved copies come first)."""
        merged = {c.url: c for c in extra}
        merged.update(self._cached)
        return StatusLists(merged.values())

    def get(self, url: str, *, keys: KeyResolver) -> StatusList | None:
        """The checked list saved for `url`, None when none is saved; raises when it is bad."""
        saved = self._cached.get(url)
        if saved is None:
            return None
        if url not in self._read:
            try:
                self._read[url] = read_status_list(
                    saved.credential, url=url, as_of=saved.as_of, keys=keys
                )
            except CredentialProblem as exc:
                self._read[url] = exc
        found = self._read[url]
        if isinstance(found, CredentialProblem):
            raise found
        return found


@dataclass(frozen=True)
class StatusFinding:
    status: CheckStatus
    detail: str
    verdict: Verdict | None = None


def _index(entry: dict[str, Any]) -> int:
    value = entry.get("statusListIndex")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.isdigit() or len(value) > 12:
        raise MalformedCredential("Its place in the revocation list is not a number.")
    return int(value)


def _check_entry(
    entry: Any, issuer: str, lists: StatusLists, keys: KeyResolver, now: dt.datetime
) -> StatusFinding | None:
    kind = entry.get("type") if isinstance(entry, dict) else None
    if kind not in KINDS:
        return StatusFinding(
            CheckStatus.WARNING,
            "The issuer publishes its status in a form Backpack does not read"
            + (f" ({kind})" if isinstance(kind, str) else "")
            + ", so revocation was not checked.",
        )
    purpose = entry.get("statusPurpose")
    if purpose == MESSAGE:
        return _message(entry, lists, keys)
    if purpose not in PURPOSES:
        return None  # refresh notices and the like: not about whether to rely on it
    url = entry.get("statusListCredential")
    if not isinstance(url, str) or not url:
        return StatusFinding(CheckStatus.WARNING, "It does not say where its status list is.")
    if entry.get("statusSize", 1) != 1:
        return StatusFinding(
            CheckStatus.WARNING,
            "Its status uses several bits a record, which Backpack does not read.",
        )
    try:
        index = _index(entry)
        found = lists.get(url, keys=keys)
    except CredentialProblem as exc:
        return StatusFinding(
            CheckStatus.WARNING,
            f"The saved copy of its {purpose} list was not used, so {purpose} was not checked: "
            f"{exc}",
        )
    if found is None:
        verb = "revoke" if purpose == "revocation" else "suspend"
        return StatusFinding(
            CheckStatus.WARNING,
            f"The issuer can {verb} this record, and no copy of its {purpose} list is saved "
            f"here, so {purpose} was not checked.",
        )
    problem = None
    if found.issuer != issuer:
        problem = f"that list was published by {found.issuer}, not by the issuer of this record"
    elif found.kind != KINDS[kind][0]:
        problem = f"that list is a {found.kind}, not the kind its entry names"
    elif found.purposes and purpose not in found.purposes:
        problem = f"that list is not a {purpose} list"
    elif index >= found.size:
        problem = f"its place ({index}) lies beyond the end of that list ({found.size} entries)"
    if problem:
        return StatusFinding(
            CheckStatus.WARNING, f"The {purpose} status could not be checked: {problem}."
        )
    when = friendly_date(found.as_of)
    if found.bit(index):
        detail = (
            f"The issuer revoked this record (as of {when})."
            if purpose == "revocation"
            else f"The issuer suspended this record (as of {when}); do not rely on it "
            "unless the issuer lifts the suspension."
        )
        return StatusFinding(CheckStatus.FAILED, detail + found.short_note, Verdict.REVOKED)
    detail = (
        f"Not revoked as of {when}." if purpose == "revocation" else f"Not suspended as of {when}."
    )
    if now - found.as_of > STALE_AFTER:
        detail += f" That is {(now - found.as_of).days} days ago; refresh the list for newer news."
    if found.short_note:
        return StatusFinding(CheckStatus.WARNING, detail + found.short_note)
    return StatusFinding(CheckStatus.PASSED, detail)


def _message(entry: dict[str, Any], lists: StatusLists, keys: KeyResolver) -> StatusFinding | None:
    """A status message (Bitstring Status List `message` purpose): the issuer's words for the
    record's status, shown as they are; they never change the verdict."""
    url = entry.get("statusListCredential")
    messages = entry.get("statusMessage")
    if (
        not isinstance(url, str)
        or entry.get("statusSize", 1) != 1
        or not isinstance(messages, list)
    ):
        return None
    try:
        found = lists.get(url, keys=keys)
        index = _index(entry)
    except CredentialProblem:
        return None
    if found is None or index >= found.size:
        return None
    code = f"0x{found.bit(index)}"
    text = next(
        (m.get("message") for m in messages if isinstance(m, dict) and m.get("status") == code),
        None,
    )
    if not isinstance(text, str) or not text.strip():
        return None
    return StatusFinding(
        CheckStatus.PASSED,
        detail=f"The issuer's status message for this record (as of {friendly_date(found.as_of)}): "
        f'"{text.strip()[:200]}".',
    )


def check_status(
    document: dict[str, Any],
    issuer: str,
    lists: StatusLists,
    *,
    keys: KeyResolver,
    now: dt.datetime,
) -> StatusFinding:
    """What the saved status lists say about this credential, as one check."""
    entries = as_list(document.get("credentialStatus"))
    findings = [f for f in (_check_entry(e, issuer, lists, keys, now) for e in entries) if f]
    if not findings:
        return StatusFinding(
            CheckStatus.NOT_CHECKED, "The issuer does not publish revocation for this record."
        )
    failed = [f for f in findings if f.status is CheckStatus.FAILED]
    if failed:
        return StatusFinding(CheckStatus.FAILED, _join(failed), Verdict.REVOKED)
    # What could be checked is said too: "Not revoked as of ...; suspension not checked".
    warned = any(f.status is CheckStatus.WARNING for f in findings)
    return StatusFinding(CheckStatus.WARNING if warned else CheckStatus.PASSED, _join(findings))


def _join(findings: list[StatusFinding]) -> str:
    return " ".join(dict.fromkeys(f.detail for f in findings))
