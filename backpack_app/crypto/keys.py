"""The key hierarchy: one random master key, HKDF sub-keys by label, AES-GCM key wrapping."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backpack_app.errors import DecryptionFailed

KEY_BYTES = 32
NONCE_BYTES = 12
LABEL_PREFIX = b"backpack/v1/"


def new_master_key() -> bytes:
    """A fresh random 256-bit master key."""
    return os.urandom(KEY_BYTES)


def random_bytes(n: int) -> bytes:
    """Cryptographically random bytes (salts, ids)."""
    return os.urandom(n)


def derive_subkey(master: bytes, label: str, *, context: bytes = b"") -> bytes:
    """HKDF-SHA256 sub-key of `master` for one purpose (`label`), optionally per object (`context`)."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=LABEL_PREFIX + label.encode("ascii") + b"\0" + context,
    )
    return hkdf.derive(master)


def derive_key_from_secret(secret: bytes, *, salt: bytes, label: str) -> bytes:
    """HKDF-SHA256 key from a high-entropy secret (a recovery key) and a random salt."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=LABEL_PREFIX + label.encode("ascii"),
    )
    return hkdf.derive(secret)


def seal(key: bytes, plaintext: bytes, *, associated_data: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a random nonce; returns (nonce, ciphertext)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated_data)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, *, associated_data: bytes) -> bytes:
    """Inverse of `seal`; any mismatch raises the one opaque DecryptionFailed."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated_data)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed("decryption failed") from exc
