"""Issuer keys from DIDs: did:key (Ed25519, P-256 Multikey) resolved offline, without a network."""

from __future__ import annotations

from dataclasses import dataclass

import base58

from backpack_app.errors import InvalidProof, MalformedCredential, UnresolvableKey

ED25519_PUB = b"\xed\x01"
P256_PUB = b"\x80\x24"


@dataclass(frozen=True)
class PublicKey:
    """A resolved verification method: who controls it, its algorithm and raw key bytes."""

    controller: str
    method_id: str
    algorithm: str  # "Ed25519" or "P-256"
    key: bytes


def decode_multibase_base58(value: str, *, what: str) -> bytes:
    """Multibase base58btc ('z' prefix) to bytes."""
    if not isinstance(value, str) or not value.startswith("z") or len(value) > 4096:
        raise InvalidProof(f"The {what} is not in the expected multibase form.")
    try:
        return base58.b58decode(value[1:])
    except ValueError as exc:
        raise InvalidProof(f"The {what} is not valid base58.") from exc


def _did_key_public(fingerprint: str) -> tuple[str, bytes]:
    raw = decode_multibase_base58(fingerprint, what="did:key")
    if raw.startswith(ED25519_PUB) and len(raw) == 34:
        return "Ed25519", raw[2:]
    if raw.startswith(P256_PUB) and len(raw) == 35:
        return "P-256", raw[2:]
    raise InvalidProof("The issuer's did:key uses a key type Backpack does not accept.")


def resolve_verification_method(method_id: str) -> PublicKey:
    """Resolve a verification method id offline; did:web and others need a cached document."""
    if not isinstance(method_id, str) or not method_id:
        raise InvalidProof("The signature does not name the key that made it.")
    did, _, fragment = method_id.partition("#")
    if did.startswith("did:key:"):
        fingerprint = did[len("did:key:") :]
        if fragment and fragment != fingerprint:
            raise InvalidProof("The signature names a key that its did:key does not contain.")
        algorithm, key = _did_key_public(fingerprint)
        return PublicKey(
            controller=did, method_id=f"{did}#{fingerprint}", algorithm=algorithm, key=key
        )
    if did.startswith("did:web:"):
        raise UnresolvableKey(
            f"The issuer's key is published on the web ({did}) and no copy of it is saved here."
        )
    if did.startswith("did:"):
        method = did.split(":")[1] if did.count(":") >= 2 else did
        raise UnresolvableKey(
            f"The issuer uses a kind of identifier ({method}) that cannot be checked offline."
        )
    raise UnresolvableKey(
        "The issuer's key is named by a web address, which cannot be checked offline."
    )


def issuer_id(credential: dict) -> str:
    """The credential's issuer as a string id (issuer may be a string or a Profile object)."""
    issuer = credential.get("issuer")
    value = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not isinstance(value, str) or not value:
        raise MalformedCredential("It does not say who issued it.")
    return value


def issuer_name(credential: dict) -> str | None:
    issuer = credential.get("issuer")
    name = issuer.get("name") if isinstance(issuer, dict) else None
    return name if isinstance(name, str) and name.strip() else None
