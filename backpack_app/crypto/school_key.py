"""A school's Ed25519 signing key at rest: a small versioned JSON file, the key sealed under a
passphrase (Argon2id, then AES-256-GCM). Name, URL and DID stay readable and are authenticated
as associated data, so a trust entry can be written without the passphrase but not forged into
a file that still opens.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from backpack_app.crypto.holder import HolderKey, did_key_for_ed25519, new_holder_key
from backpack_app.crypto.kdf import SALT_BYTES, KdfParams, stretch_passphrase
from backpack_app.crypto.keys import open_sealed, random_bytes, seal
from backpack_app.errors import DecryptionFailed, MalformedFile, UserError, WrongPassphrase

FORMAT = "backpack-school-key"
VERSION = 1
MAX_KEY_FILE_BYTES = 16 * 1024


class WrongSchoolPassphrase(WrongPassphrase):
    """The passphrase does not open this school key file (or the file was altered)."""

    def __init__(self) -> None:
        UserError.__init__(
            self, "That passphrase does not open this school key file (or the file was altered)."
        )


@dataclass(frozen=True)
class SchoolKeyInfo:
    """What a key file says openly about its school."""

    name: str
    url: str
    did: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def new_school_key_file(
    *, name: str, url: str, passphrase: str, params: KdfParams
) -> tuple[bytes, SchoolKeyInfo]:
    """A fresh Ed25519 key, sealed under `passphrase`: returns (file bytes, its open part)."""
    key = new_holder_key()
    salt = random_bytes(SALT_BYTES)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "url": url,
        "did": key.did,
        "kdf": {
            "algorithm": "argon2id",
            "memoryKiB": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
            "salt": _b64(salt),
        },
    }
    wrap = stretch_passphrase(passphrase, salt, params)
    nonce, ciphertext = seal(wrap, key.private, associated_data=_header_bytes(header))
    body = {**header, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}
    return json.dumps(body, indent=2).encode("utf-8") + b"\n", SchoolKeyInfo(name, url, key.did)


def _parse(data: bytes) -> dict[str, Any]:
    if len(data) > MAX_KEY_FILE_BYTES:
        raise MalformedFile("That is not a school key file (too large).")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise MalformedFile("That is not a school key file.") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise MalformedFile("That is not a school key file.")
    if body.get("version") != VERSION:
        raise MalformedFile(
            f"That school key file has version {body.get('version')!r}; this app reads version {VERSION}."
        )
    for field in ("name", "url", "did", "nonce", "ciphertext"):
        if not isinstance(body.get(field), str):
            raise MalformedFile(f"That school key file lacks its {field}.")
    if not isinstance(body.get("kdf"), dict):
        raise MalformedFile("That school key file lacks its key-stretching settings.")
    return body


def read_school_key_info(data: bytes) -> SchoolKeyInfo:
    """Name, URL and DID of a key file, without opening the key."""
    body = _parse(data)
    return SchoolKeyInfo(body["name"], body["url"], body["did"])


def open_school_key_file(data: bytes, passphrase: str) -> tuple[HolderKey, SchoolKeyInfo]:
    """The signing key inside a key file; WrongPassphrase if it does not open."""
    body = _parse(data)
    kdf = body["kdf"]
    try:
        if kdf.get("algorithm") != "argon2id":
            raise ValueError
        params = KdfParams(
            memory_kib=int(kdf["memoryKiB"]),
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
        )
        salt, nonce, ciphertext = (
            base64.b64decode(x, validate=True)
            for x in (kdf["salt"], body["nonce"], body["ciphertext"])
        )
    except (KeyError, TypeError, ValueError):
        raise MalformedFile("That school key file's settings cannot be read.") from None
    params.check_bounds()
    header = {k: v for k, v in body.items() if k not in ("nonce", "ciphertext")}
    wrap = stretch_passphrase(passphrase, salt, params)
    try:
        private = open_sealed(wrap, nonce, ciphertext, associated_data=_header_bytes(header))
    except DecryptionFailed:
        raise WrongSchoolPassphrase from None
    public = (
        Ed25519PrivateKey.from_private_bytes(private)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    if did_key_for_ed25519(public) != body["did"]:
        raise MalformedFile("That school key file's DID does not belong to its key.")
    return HolderKey(private=private, public=public), SchoolKeyInfo(
        body["name"], body["url"], body["did"]
    )
