"""Issuer keys from DIDs, offline: did:key from the identifier, did:web from a saved document."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import base58

from backpack_app.credentials import did_web
from backpack_app.credentials.dates import friendly_date
from backpack_app.domain.status import CachedDidDocument
from backpack_app.errors import (
    InvalidProof,
    MalformedCredential,
    UnresolvableKey,
    UnsupportedProof,
)

ED25519_PUB = b"\xed\x01"
P256_PUB = b"\x80\x24"
P384_PUB = b"\x81\x24"
# multicodec prefix -> (algorithm, length of prefix and compressed key)
MULTIKEY_PREFIXES = {ED25519_PUB: ("Ed25519", 34), P256_PUB: ("P-256", 35), P384_PUB: ("P-384", 51)}


@dataclass(frozen=True)
class PublicKey:
    """A resolved verification method: who controls it, its algorithm and raw key bytes."""

    controller: str
    method_id: str
    algorithm: str  # "Ed25519", "P-256" or "P-384"
    key: bytes


def decode_multibase_base58(value: str, *, what: str) -> bytes:
    """Multibase base58btc ('z' prefix) to bytes."""
    if not isinstance(value, str) or not value.startswith("z") or len(value) > 4096:
        raise InvalidProof(f"The {what} is not in the expected multibase form.")
    try:
        return base58.b58decode(value[1:])
    except ValueError as exc:
        raise InvalidProof(f"The {what} is not valid base58.") from exc


def multikey_public(value: str, *, what: str) -> tuple[str, bytes]:
    """(algorithm, raw key) of a multibase multicodec public key (Ed25519, P-256 or P-384;
    an EC key as its compressed point)."""
    raw = decode_multibase_base58(value, what=what)
    algorithm, length = MULTIKEY_PREFIXES.get(raw[:2], ("", 0))
    if algorithm and len(raw) == length:
        return algorithm, raw[2:]
    raise UnsupportedProof(f"The issuer's {what} is a kind of key Backpack cannot check.")


def resolve_verification_method(method_id: str) -> PublicKey:
    """Resolve a verification method id offline; did:web and others need a cached document."""
    if not isinstance(method_id, str) or not method_id:
        raise InvalidProof("The signature does not name the key that made it.")
    did, _, fragment = method_id.partition("#")
    if did.startswith("did:key:"):
        fingerprint = did[len("did:key:") :]
        if fragment and fragment != fingerprint:
            raise InvalidProof("The signature names a key that its did:key does not contain.")
        algorithm, key = multikey_public(fingerprint, what="did:key")
        return PublicKey(
            controller=did, method_id=f"{did}#{fingerprint}", algorithm=algorithm, key=key
        )
    if did.startswith("did:jwk:"):
        return _did_jwk_key(did, fragment)
    if did.startswith("did:web:"):
        raise UnresolvableKey(
            f"The issuer's key is published on the web ({did}) and no copy of it is saved here."
        )
    if did.startswith("did:"):
        method = did.split(":")[1] if did.count(":") >= 2 else did
        raise UnresolvableKey(
            f"The issuer uses a kind of identifier ({method}) that cannot be checked offline."
        )
    if method_id.startswith(("https://", "http://")):
        raise UnresolvableKey(
            "The issuer's key is named by a web address, which cannot be checked offline."
        )
    raise UnresolvableKey(
        f"The issuer's key is named {method_id[:120]}, which is not a DID Backpack can "
        "resolve, so it cannot be checked offline."
    )


def _did_jwk_key(did: str, fragment: str) -> PublicKey:
    """did:jwk: the identifier is the key (a base64url JWK); its one method is `#0`."""
    if fragment not in ("", "0"):
        raise InvalidProof("The signature names a key that its did:jwk does not contain.")
    encoded = did[len("did:jwk:") :]
    try:
        jwk = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidProof("Its did:jwk is not a readable key.") from exc
    algorithm, key = did_web.key_from_jwk(jwk)
    return PublicKey(controller=did, method_id=f"{did}#0", algorithm=algorithm, key=key)


def _method_key(method: dict[str, Any]) -> tuple[str, bytes]:
    kind = method.get("type")
    if kind in ("Multikey", "Ed25519VerificationKey2020"):
        algorithm, key = multikey_public(method.get("publicKeyMultibase", ""), what="published key")
        if kind == "Ed25519VerificationKey2020" and algorithm != "Ed25519":
            raise InvalidProof("The issuer's published key does not match its declared type.")
        return algorithm, key
    if kind in ("JsonWebKey2020", "JsonWebKey"):
        return did_web.key_from_jwk(method.get("publicKeyJwk"))
    raise UnsupportedProof(f"The issuer publishes its key as {kind!r}, which Backpack cannot read.")


class KeyResolver:
    """Finds the key of a verification method offline; did:web only from saved documents."""

    def __init__(
        self,
        did_documents: Iterable[dict[str, Any]] = (),
        *,
        saved_on: Mapping[str, dt.datetime] | None = None,
    ) -> None:
        self._documents = {d["id"]: d for d in did_documents}
        self._saved_on = dict(saved_on or {})

    @classmethod
    def from_saved(cls, saved: Iterable[CachedDidDocument]) -> KeyResolver:
        """A resolver over saved documents; one that is not the document of its DID is left out."""
        documents, saved_on = [], {}
        for entry in saved:
            with contextlib.suppress(MalformedCredential):
                documents.append(did_web.parse_did_document(entry.document, expected=entry.did))
                saved_on[entry.did] = entry.as_of
        return cls(documents, saved_on=saved_on)

    def source_note(self, method_id: str) -> str:
        """Where a resolved key came from, when that is a saved copy rather than the id itself."""
        did = method_id.partition("#")[0]
        if did not in self._documents:
            return ""
        when = self._saved_on.get(did)
        return " Its key is from a copy of the issuer's DID document" + (
            f" saved on {friendly_date(when)}." if when else "."
        )

    def resolve(self, method_id: str, *, purpose: str = "assertionMethod") -> PublicKey:
        """The key `method_id` names, if its controller lists it for `purpose`; raises otherwise."""
        if not isinstance(method_id, str) or not method_id.startswith(did_web.PREFIX):
            return resolve_verification_method(method_id)
        did, _, fragment = method_id.partition("#")
        document = self._documents.get(did)
        if document is None:
            return resolve_verification_method(method_id)
        if not fragment:
            raise InvalidProof("The signature does not say which of its issuer's keys made it.")
        method = did_web.find_method(document, method_id, purpose=purpose)
        algorithm, key = _method_key(method)
        return PublicKey(controller=did, method_id=method_id, algorithm=algorithm, key=key)


OFFLINE = KeyResolver()


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
