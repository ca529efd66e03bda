"""Learner holder keys (Ed25519) and their did:key identifiers."""

from __future__ import annotations

from dataclasses import dataclass

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ED25519_PUB_MULTICODEC = b"\xed\x01"


@dataclass(frozen=True)
class HolderKey:
    """An Ed25519 key pair as raw bytes (the private half lives only in the encrypted store)."""

    private: bytes
    public: bytes

    @property
    def did(self) -> str:
        """The did:key naming this key."""
        return did_key_for_ed25519(self.public)


def new_holder_key() -> HolderKey:
    """A fresh Ed25519 key pair."""
    key = Ed25519PrivateKey.generate()
    # (here: `serialization` loads SSH key support, which opening a backpack does without)
    from cryptography.hazmat.primitives import serialization

    raw = serialization.Encoding.Raw
    private = key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return HolderKey(private=private, public=public)


def holder_key_from_seed(seed: bytes) -> HolderKey:
    """The Ed25519 key pair whose 32-byte private seed is `seed` (a derived key)."""
    key = Ed25519PrivateKey.from_private_bytes(seed)
    from cryptography.hazmat.primitives import serialization

    raw = serialization.Encoding.Raw
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return HolderKey(private=seed, public=public)


def did_key_for_ed25519(public: bytes) -> str:
    """did:key with the multibase (base58btc, 'z') multicodec Ed25519 public key."""
    return "did:key:z" + base58.b58encode(ED25519_PUB_MULTICODEC + public).decode("ascii")
