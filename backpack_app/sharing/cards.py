"""A recipient's card: a name and an X25519 public key, as a small JSON file (or a QR code).

Version 2 adds the backpack's signing key as a `did:key` (Ed25519, `"did"`): what a family
expects a provider's reply to be signed with. Version 1 cards (no signing key) still read.

The fingerprint is never read from a card: each side computes it from the key and people
compare the two in person.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from backpack_app.credentials.did import multikey_public
from backpack_app.crypto.sealing import is_usable_x25519, key_fingerprint
from backpack_app.errors import CredentialProblem, MalformedFile

CARD_TYPE = "BackpackCard"
CARD_VERSION = 2
READABLE_CARD_VERSIONS = (1, 2)
MAX_CARD_BYTES = 16 * 1024


@dataclass(frozen=True)
class Card:
    name: str
    public: bytes
    signing_did: str | None = None  # version 2: the Ed25519 did:key its replies are signed with


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def card_bytes(card: Card) -> bytes:
    """The card file's content."""
    version = CARD_VERSION if card.signing_did else 1
    body = {"type": CARD_TYPE, "version": version, "name": card.name}
    body["x25519"] = _b64url(card.public)
    if card.signing_did:
        body["did"] = card.signing_did
    return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def parse_card(data: bytes) -> Card:
    """A card from a file's bytes, or MalformedFile saying in one sentence what is wrong."""
    if len(data) > MAX_CARD_BYTES:
        raise MalformedFile("That file is far larger than a Backpack card.")
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise MalformedFile("That file is not a Backpack card.") from None
    if not isinstance(body, dict) or body.get("type") != CARD_TYPE:
        raise MalformedFile("That file is not a Backpack card.")
    if body.get("version") not in READABLE_CARD_VERSIONS:
        raise MalformedFile("That card was made by a newer Backpack; update to use it.")
    name, key = body.get("name"), body.get("x25519")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise MalformedFile("That card has no usable name.")
    try:
        public = base64.urlsafe_b64decode(str(key) + "=" * (-len(str(key)) % 4))
    except (binascii.Error, ValueError):
        raise MalformedFile("That card's key is damaged.") from None
    if not isinstance(key, str) or len(public) != 32:
        raise MalformedFile("That card's key is damaged.")
    if not is_usable_x25519(public):
        raise MalformedFile("That card's key cannot receive shares (it is not a real key).")
    signing_did = _signing_did(body.get("did")) if body["version"] >= 2 else None
    return Card(name=name.strip(), public=public, signing_did=signing_did)


def _signing_did(value: object) -> str:
    """A version 2 card's signing key: an Ed25519 did:key, or MalformedFile."""
    if not isinstance(value, str) or not value.startswith("did:key:"):
        raise MalformedFile("That card's signing key is missing or damaged.")
    try:
        algorithm, _ = multikey_public(value[len("did:key:") :], what="signing key")
    except CredentialProblem:
        raise MalformedFile("That card's signing key is missing or damaged.") from None
    if algorithm != "Ed25519":
        raise MalformedFile("That card's signing key is missing or damaged.")
    return value


def signing_fingerprint(did: str | None) -> str:
    """The fingerprint of a card's signing key (its did:key), as a provider's reply shows the
    key that signed it: the number a family compares ("" for a version 1 card, which has none)."""
    return key_fingerprint(did.encode("utf-8")) if did else ""
