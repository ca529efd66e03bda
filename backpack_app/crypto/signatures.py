"""Ed25519 on raw keys: signature checks, signing, and the JWKs JOSE needs."""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# `serialization` (with its SSH and cipher modules) and `ec` load for the JWKs only: checking
# an Ed25519 signature, what every verification does, needs neither.


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


def ed25519_private_jwk(private_key: bytes) -> dict[str, str]:
    """The private JWK (RFC 8037 OKP) of a raw 32-byte Ed25519 key, for signing a JWS."""
    from cryptography.hazmat.primitives import serialization

    public = Ed25519PrivateKey.from_private_bytes(private_key).public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "d": _b64url(private_key), "x": _b64url(raw)}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
