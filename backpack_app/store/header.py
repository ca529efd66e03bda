"""The vault header: magic, format version, KDF parameters and the two wraps of the master key.

It is the only file that must be readable before unlocking. Layout:
MAGIC(8) | version u16 | length u32 | UTF-8 JSON body (see `HeaderBody`).
"""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backpack_app.crypto.kdf import SALT_BYTES, KdfParams, stretch_passphrase
from backpack_app.crypto.keys import (
    derive_key_from_secret,
    open_sealed,
    random_bytes,
    seal,
)
from backpack_app.domain.strict import as_json, read_strict
from backpack_app.errors import CorruptBackpack, DecryptionFailed, MalformedFile, WrongPassphrase
from backpack_app.files import atomic_write_bytes
from backpack_app.store.header_layout import MAGIC, MAX_HEADER_BYTES, PREFIX, VERSION

_PREFIX = PREFIX


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# The body's parts are frozen dataclasses read strictly (domain/strict.py): exactly these
# fields, of exactly these JSON types, as pydantic's strict mode read them before; without
# pydantic, so that opening a backpack to list its records loads no model library.
@dataclass(frozen=True)
class KdfBlock:
    algorithm: str
    memory_kib: int
    iterations: int
    lanes: int
    salt: str

    @property
    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes)


@dataclass(frozen=True)
class Wrap:
    nonce: str
    ciphertext: str
    salt: str = ""


@dataclass(frozen=True)
class HeaderBody:
    vault_id: str
    created: str
    kdf: KdfBlock
    passphrase_wrap: Wrap
    recovery_wrap: Wrap

    @classmethod
    def from_json(cls, data: object) -> HeaderBody:
        """The body from its parsed JSON; ValueError unless it is exactly a header body."""
        return read_strict(cls, data)

    def to_json(self) -> dict[str, Any]:
        return as_json(self)


class VaultHeader:
    """Parsed header plus the operations that need or change the wrapped master key."""

    def __init__(self, body: HeaderBody):
        self.body = body

    # --- reading and writing -------------------------------------------------------------
    @classmethod
    def parse(cls, data: bytes) -> VaultHeader:
        """Parse and bound-check header bytes; CorruptBackpack when they are not a header."""
        if len(data) < _PREFIX.size or len(data) > MAX_HEADER_BYTES:
            raise CorruptBackpack("The backpack's key file is damaged (wrong size).")
        magic, version, length = _PREFIX.unpack_from(data)
        if magic != MAGIC:
            raise CorruptBackpack("The backpack's key file is damaged (not a Backpack key file).")
        if version != VERSION:
            raise CorruptBackpack(
                f"This backpack was made by a newer Backpack (format {version}); update the app."
            )
        if length != len(data) - _PREFIX.size:
            raise CorruptBackpack("The backpack's key file is damaged (truncated or extended).")
        try:
            body = HeaderBody.from_json(json.loads(data[_PREFIX.size :].decode("utf-8")))
            if body.kdf.algorithm != "argon2id" or len(unb64(body.kdf.salt)) != SALT_BYTES:
                raise ValueError("kdf")
            for wrap in (body.passphrase_wrap, body.recovery_wrap):
                if len(unb64(wrap.nonce)) != 12 or len(unb64(wrap.ciphertext)) != 48:
                    raise ValueError("wrap")
            if len(unb64(body.recovery_wrap.salt)) != SALT_BYTES:
                raise ValueError("recovery salt")
        except (ValueError, UnicodeDecodeError) as exc:
            raise CorruptBackpack(
                "The backpack's key file is damaged (unreadable contents)."
            ) from exc
        try:
            body.kdf.params.check_bounds()
        except MalformedFile as exc:
            raise CorruptBackpack(f"The backpack's key file is damaged: {exc}") from exc
        return cls(body)

    @classmethod
    def load(cls, path: Path) -> VaultHeader:
        """Read the header file at `path`."""
        with open(path, "rb") as fh:
            data = fh.read(MAX_HEADER_BYTES + 1)
        return cls.parse(data)

    def to_bytes(self) -> bytes:
        body = json.dumps(self.body.to_json(), sort_keys=True, separators=(",", ":")).encode()
        return _PREFIX.pack(MAGIC, VERSION, len(body)) + body

    def save(self, path: Path) -> None:
        """Replace the header file atomically."""
        atomic_write_bytes(path, self.to_bytes())

    # --- key wrapping ---------------------------------------------------------------------
    @property
    def kdf_params(self) -> KdfParams:
        return self.body.kdf.params

    def _ad(self, slot: str) -> bytes:
        kdf = self.body.kdf
        return (
            f"backpack/v1/wrap/{slot}|{self.body.vault_id}|{kdf.algorithm}|{kdf.memory_kib}|"
            f"{kdf.iterations}|{kdf.lanes}|{kdf.salt}"
        ).encode()

    @classmethod
    def create(
        cls,
        master: bytes,
        *,
        passphrase: str,
        recovery_secret: bytes,
        params: KdfParams,
        created: str,
    ) -> VaultHeader:
        """A header for a new vault; the master key wrapped by passphrase and by recovery key."""
        placeholder = Wrap(nonce="", ciphertext="")
        body = HeaderBody(
            vault_id=random_bytes(16).hex(),
            created=created,
            kdf=KdfBlock(
                algorithm="argon2id",
                memory_kib=params.memory_kib,
                iterations=params.iterations,
                lanes=params.lanes,
                salt="",
            ),
            passphrase_wrap=placeholder,
            recovery_wrap=placeholder,
        )
        header = cls(body)
        header = header.with_passphrase(master, passphrase, params)
        return header.with_recovery_secret(master, recovery_secret)

    def with_passphrase(self, master: bytes, passphrase: str, params: KdfParams) -> VaultHeader:
        """A copy whose passphrase wrap uses `passphrase` with fresh salt and `params`."""
        salt = random_bytes(SALT_BYTES)
        kdf = KdfBlock(
            algorithm="argon2id",
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
            salt=b64(salt),
        )
        staged = VaultHeader(dataclasses.replace(self.body, kdf=kdf))
        kek = stretch_passphrase(passphrase, salt, params)
        nonce, ct = seal(kek, master, associated_data=staged._ad("passphrase"))
        wrap = Wrap(nonce=b64(nonce), ciphertext=b64(ct))
        return VaultHeader(dataclasses.replace(staged.body, passphrase_wrap=wrap))

    def with_recovery_secret(self, master: bytes, secret: bytes) -> VaultHeader:
        """A copy whose recovery wrap uses `secret`; any older recovery key stops working."""
        salt = random_bytes(SALT_BYTES)
        kek = derive_key_from_secret(secret, salt=salt, label="recovery-kek")
        ad = f"backpack/v1/wrap/recovery|{self.body.vault_id}".encode()
        nonce, ct = seal(kek, master, associated_data=ad)
        wrap = Wrap(nonce=b64(nonce), ciphertext=b64(ct), salt=b64(salt))
        return VaultHeader(dataclasses.replace(self.body, recovery_wrap=wrap))

    def unwrap_with_passphrase(self, passphrase: str) -> bytes:
        """The master key, or WrongPassphrase."""
        kdf = self.body.kdf
        kek = stretch_passphrase(passphrase, unb64(kdf.salt), kdf.params)
        wrap = self.body.passphrase_wrap
        try:
            return open_sealed(
                kek,
                unb64(wrap.nonce),
                unb64(wrap.ciphertext),
                associated_data=self._ad("passphrase"),
            )
        except DecryptionFailed as exc:
            raise WrongPassphrase() from exc

    def unwrap_with_recovery_secret(self, secret: bytes) -> bytes:
        """The master key, or WrongPassphrase naming the recovery key."""
        wrap = self.body.recovery_wrap
        kek = derive_key_from_secret(secret, salt=unb64(wrap.salt), label="recovery-kek")
        ad = f"backpack/v1/wrap/recovery|{self.body.vault_id}".encode()
        try:
            return open_sealed(kek, unb64(wrap.nonce), unb64(wrap.ciphertext), associated_data=ad)
        except DecryptionFailed as exc:
            raise WrongPassphrase("recovery key") from exc
