"""Recovery keys: 160 random bits written as eight dash-separated groups of Crockford base32."""

from __future__ import annotations

import base64
import os

from backpack_app.errors import UserError

RECOVERY_BITS = 160
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TO_CROCKFORD = str.maketrans(_RFC4648, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _RFC4648)
# Crockford's decoding leniency: letters people confuse with digits read as those digits.
_LENIENT = str.maketrans({"O": "0", "I": "1", "L": "1"})
GROUP = 4


def crockford_encode(data: bytes) -> str:
    """Crockford base32 of `data` (length a multiple of 5 bytes, so no padding)."""
    return base64.b32encode(data).decode("ascii").translate(_TO_CROCKFORD)


def crockford_decode(text: str) -> bytes:
    """Inverse of crockford_encode; tolerant of case, dashes, spaces and O/I/L."""
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_LENIENT)
    if not cleaned or any(ch not in _CROCKFORD for ch in cleaned) or len(cleaned) % 8:
        raise UserError(
            "That is not a well-formed key: it uses letters or a length Backpack never writes."
        )
    return base64.b32decode(cleaned.translate(_FROM_CROCKFORD))


def group(text: str, size: int = GROUP) -> str:
    """`ABCDEFGH` -> `ABCD-EFGH`."""
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def new_recovery_secret() -> bytes:
    """160 random bits."""
    return os.urandom(RECOVERY_BITS // 8)


def format_recovery_key(secret: bytes) -> str:
    """The form shown to the user once: `K7QF-2M9D-...` (8 groups of 4)."""
    return group(crockford_encode(secret))


def parse_recovery_key(text: str) -> bytes:
    """The 20 secret bytes from a typed or pasted recovery key."""
    secret = crockford_decode(text)
    if len(secret) != RECOVERY_BITS // 8:
        raise UserError("A recovery key has 32 characters in 8 groups of 4; this one does not.")
    return secret
