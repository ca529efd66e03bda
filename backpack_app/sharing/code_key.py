"""The key of a code share: Argon2id of the share code, with settings fixed per bundle version.

Nothing in a header is trusted before it is authenticated, and the header is authenticated only
with the key derived from it: so its salt and Argon2 settings are checked against the fixed
ones *before* deriving (a hostile header cannot make the reader spend a gigabyte and a minute).
A browser derives the same key: Argon2id(normalized code, salt, 64 MiB, 3 passes, 1 lane, 32
bytes), then the binding below is SHA-256 of a label and that key (docs/bundle-format.md).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

from backpack_app.crypto.kdf import MIB, SALT_BYTES, KdfParams
from backpack_app.crypto.sealing import code_key
from backpack_app.errors import BackpackError, MalformedFile

# Version 2: one setting only (RFC 9106's low-memory choice, lanes 1 for a browser's one thread).
CODE_PARAMS_V2 = KdfParams(memory_kib=64 * MIB, iterations=3, lanes=1)
# Version 1 bundles named their own settings; accepted are only those a version 1 Backpack
# could write (its calibration: 64, 128 or 256 MiB, 2 to 10 passes, one lane).
V1_MEMORY_KIB = (64 * MIB, 128 * MIB, 256 * MIB)
V1_ITERATIONS = range(2, 11)
# A salt is exactly 16 bytes written as base64url with its padding: 22 characters and "==".
_SALT_TEXT = re.compile(r"^[A-Za-z0-9_-]{21}[AQgw]==$")
BINDING_LABEL = b"backpack code share binding\0"
CODE_DOMAIN_V1 = "urn:backpack:code"
CODE_DOMAIN_PREFIX = "urn:backpack:code:"


def salt_text(salt: bytes) -> str:
    """How a salt is written in a header."""
    return base64.urlsafe_b64encode(salt).decode("ascii")


def decode_salt(text: str) -> bytes:
    """The salt of a header: strict base64url of exactly 16 bytes, or MalformedFile."""
    if not _SALT_TEXT.match(text):
        raise MalformedFile("This code share is damaged (its salt is not 16 bytes).")
    try:
        salt = base64.b64decode(text, altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise MalformedFile("This code share is damaged (its salt is not 16 bytes).") from None
    if len(salt) != SALT_BYTES or salt_text(salt) != text:
        raise MalformedFile("This code share is damaged (its salt is not 16 bytes).")
    return salt


def allowed_params(version: int, params: KdfParams) -> bool:
    """Whether a bundle of `version` may name these Argon2id settings."""
    if version == 1:
        return (
            params.memory_kib in V1_MEMORY_KIB
            and params.iterations in V1_ITERATIONS
            and params.lanes == 1
        )
    return params == CODE_PARAMS_V2


def derive_code_key(code: str, *, version: int, salt_b64: str, params: KdfParams) -> bytes:
    """The content key of a code share, after the header's settings passed the fixed check."""
    if not allowed_params(version, params):
        raise MalformedFile(
            "This code share asks for key-stretching settings Backpack never uses; "
            "it was not made by Backpack."
        )
    return code_key(code, salt=decode_salt(salt_b64), params=params)


def stretch_code_ahead(code: str, path: Path) -> None:
    """Start stretching the key of the code share at `path` on another core, for
    `derive_code_key` to take (see `kdf.stretch_ahead`): the command line calls it before it
    imports the share reader and the verifier. Only a bundle file whose header passes the same
    checks; anything else is left for the reader to judge and report."""
    from backpack_app.crypto.kdf import stretch_ahead
    from backpack_app.crypto.sealing import normalize_share_code
    from backpack_app.sharing.container_layout import code_hint

    hint = code_hint(path)
    if hint is None:
        return
    version, salt, memory_kib, iterations, lanes = hint
    params = KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    try:
        if allowed_params(version, params):
            stretch_ahead(normalize_share_code(code), decode_salt(salt), params)
    except (ValueError, BackpackError):
        return


def code_domain(content_key: bytes) -> str:
    """The recipient a version 2 code share's presentation is signed for: this very key.

    Someone who knows the code can re-encrypt the presentation under another code, but that
    gives another key, so the signed recipient no longer matches and the share is refused."""
    return CODE_DOMAIN_PREFIX + hashlib.sha256(BINDING_LABEL + content_key).hexdigest()
