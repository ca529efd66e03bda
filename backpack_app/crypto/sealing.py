"""Encrypting a share for one recipient: an X25519 card key (JWE) or a share code (Argon2id).

Both give the 256-bit content key that seals the bundle body. Every failure to recover it is
the one opaque DecryptionFailed: nothing tells a wrong key from a wrong code or a damaged file.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from backpack_app.crypto.kdf import KdfParams, stretch_passphrase
from backpack_app.errors import DecryptionFailed, UserError

CONTENT_KEY_BYTES = 32
JWE_ALGORITHMS = ["ECDH-ES+A256KW", "A256GCM"]  # pinned: joserfc also knows `dir` and `A256KW`
CODE_BITS = 100
CODE_GROUPS = 5
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LENIENT = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class ReceivingKey:
    """An X25519 key pair as raw bytes; the private half lives only in the encrypted store."""

    private: bytes
    public: bytes


def new_receiving_key() -> ReceivingKey:
    key = X25519PrivateKey.generate()
    # (here: `serialization` loads SSH key support, which opening a backpack does without)
    from cryptography.hazmat.primitives import serialization

    raw = serialization.Encoding.Raw
    private = key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return ReceivingKey(private=private, public=public)


def is_usable_x25519(public: bytes) -> bool:
    """False for a key no share can be sealed to: not 32 bytes, or of small order.

    A small-order point (0, 1, p-1, p, p+1, the two order-8 points, with or without the ignored
    top bit) makes every shared secret all zeros, which a sender's library refuses. Checked by
    doing the exchange with a throwaway key, so every such encoding is caught, listed or not."""
    if len(public) != 32:
        return False
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(public))
    except ValueError:
        return False
    return True


def new_content_key() -> bytes:
    return os.urandom(CONTENT_KEY_BYTES)


def key_digest(public: bytes) -> str:
    """SHA-256 (hex) of a receiving key: what a share's `domain` binds to."""
    return hashlib.sha256(public).hexdigest()


def key_fingerprint(public: bytes) -> str:
    """What two people compare in person: the first 128 bits of the digest, in 8 groups."""
    digest = key_digest(public)[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def seal_for_recipient(content_key: bytes, recipient_public: bytes) -> str:
    """The content key as a compact JWE (ECDH-ES+A256KW, A256GCM) to an X25519 key."""
    if not is_usable_x25519(recipient_public):
        raise UserError(
            "That card's key cannot receive shares (it is not a real key); ask for a new card."
        )
    # joserfc is imported by the two functions that use it: a backpack opened to list its
    # records, or a share opened with a code, needs none of it.
    from joserfc import jwe
    from joserfc.jwk import OKPKey

    public = OKPKey.import_key({"kty": "OKP", "crv": "X25519", "x": _b64url(recipient_public)})
    protected = {"alg": JWE_ALGORITHMS[0], "enc": JWE_ALGORITHMS[1]}
    return jwe.encrypt_compact(protected, content_key, public, algorithms=JWE_ALGORITHMS)


def open_for_recipient(token: str, key: ReceivingKey) -> bytes:
    """Inverse of seal_for_recipient, accepting exactly the pinned algorithms."""
    from joserfc import jwe
    from joserfc.errors import JoseError
    from joserfc.jwk import OKPKey

    private = OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "X25519",
            "x": _b64url(key.public),
            "d": _b64url(key.private),
        }
    )
    try:
        plain = jwe.decrypt_compact(token, private, algorithms=JWE_ALGORITHMS).plaintext
    except (JoseError, ValueError, TypeError, KeyError) as exc:
        raise DecryptionFailed("the share key did not open") from exc
    if plain is None or len(plain) != CONTENT_KEY_BYTES:
        raise DecryptionFailed("the share key did not open")
    return plain


def new_share_code() -> str:
    """100 random bits as five dash-separated groups of four Crockford base32 characters."""
    value = secrets.randbits(CODE_BITS)
    chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(20)))
    return "-".join(chars[i : i + 4] for i in range(0, 20, 4))


def normalize_share_code(text: str) -> str:
    """The 20 characters of a typed code (case, dashes, spaces and O/I/L forgiven)."""
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_LENIENT)
    if len(cleaned) != 20 or any(ch not in _CROCKFORD for ch in cleaned):
        raise UserError("A share code has 20 letters and digits in five groups of four.")
    return cleaned


def code_key(code: str, *, salt: bytes, params: KdfParams) -> bytes:
    """The content key a share code stretches to (Argon2id, bounded parameters)."""
    return stretch_passphrase(normalize_share_code(code), salt, params)
