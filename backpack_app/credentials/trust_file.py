"""Trust files a school or the user publishes: who an issuer is, by DID, with its name."""

from __future__ import annotations

from pathlib import Path

from backpack_app.credentials.parsing import parse_json
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.errors import MalformedCredential, MalformedFile

MAX_TRUST_FILE_BYTES = 1024 * 1024


def parse_trust_entries(data: bytes) -> list[TrustedIssuer]:
    """Accepts one entry, a list of entries, or {"issuers": [...]}; `did` may stand for `id`."""
    if len(data) > MAX_TRUST_FILE_BYTES:
        raise MalformedFile("That trust file is too large.")
    try:
        value = parse_json(data)
    except MalformedCredential as exc:
        raise MalformedFile(f"That trust file cannot be read: {exc}") from exc
    if isinstance(value, dict) and isinstance(value.get("issuers"), list):
        value = value["issuers"]
    entries = value if isinstance(value, list) else [value]
    if any(isinstance(e, dict) and ("credentialSubject" in e or "@context" in e) for e in entries):
        # a credential has an id and a name too, but its id is not its issuer's
        raise MalformedFile("That is a credential, not a trust file.")
    try:
        return [
            TrustedIssuer.model_validate(
                {**e, "id": e.get("id") or e.get("did")} if isinstance(e, dict) else e
            )
            for e in entries
        ]
    except ValueError as exc:
        raise MalformedFile("That trust file does not list issuers as {id or did, name}.") from exc


def read_trust_file(path: Path) -> TrustList:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MalformedFile(f"Cannot read the trust file {path}: {exc.strerror}.") from exc
    return TrustList.of(parse_trust_entries(data))
