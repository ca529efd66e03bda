"""Signature checks on raw keys (verification only; signing lives with the keys that sign)."""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def ed25519_signature_valid(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True only when `signature` is a valid Ed25519 signature of `message` by `public_key`."""
    if len(public_key) != 32 or len(signature) != 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def ed25519_sign(private_key: bytes, message: bytes) -> bytes:
    """Ed25519 signature of `message` with a raw 32-byte private key."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(message)
