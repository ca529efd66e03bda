"""The vault header's byte layout, and the key-stretching inputs it names, read without pydantic.

`header.VaultHeader` parses and validates the whole header before its key is used. The command
line reads only the salt and the Argon2 settings here, to start the stretching on another core
while it imports the rest (`crypto/kdf.py: stretch_ahead`, whose bounds check still applies).
"""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

from backpack_app.crypto.kdf import KdfParams

MAGIC = b"BPVAULT\0"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
PREFIX = struct.Struct(">8sHI")


def stretching_inputs(path: Path) -> tuple[bytes, KdfParams] | None:
    """(salt, Argon2 settings) the header at `path` names, or None when it is not readable as
    a header (`VaultHeader.load` then says what is wrong)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_HEADER_BYTES + 1)
        if not PREFIX.size <= len(data) <= MAX_HEADER_BYTES:
            return None
        magic, version, length = PREFIX.unpack_from(data)
        if (magic, version, length) != (MAGIC, VERSION, len(data) - PREFIX.size):
            return None
        kdf = json.loads(data[PREFIX.size :].decode("utf-8"))["kdf"]
        params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        if not all(type(v) is int for v in (params.memory_kib, params.iterations, params.lanes)):
            return None
        return base64.b64decode(kdf["salt"].encode("ascii"), validate=True), params
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
