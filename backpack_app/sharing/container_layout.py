"""The `.backpack` container's byte layout, and the code stretching its header names, read
without pydantic.

`container.read_header` parses and validates the whole header (its models load pydantic, a
tenth of a second). The command line reads only a code share's salt and Argon2 settings here,
to start the code's stretching on another core before it imports the reader
(`code_key.stretch_code_ahead`, which still checks them against the fixed settings).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

MAGIC = b"BPSHARE\0"
# 2: code shares use fixed Argon2id settings and their presentation is signed for the code's key.
VERSION = 2
READABLE_VERSIONS = (1, 2)
PREFIX = struct.Struct(">8sHI")
MAX_HEADER_BYTES = 64 * 1024


def code_hint(path: Path) -> tuple[int, str, int, int, int] | None:
    """(format version, salt text, memory KiB, passes, lanes) a code share's header at `path`
    names, or None when it is no code share readable so (the reader then judges the file)."""
    try:
        with open(path, "rb") as fh:
            prefix = fh.read(PREFIX.size)
            if len(prefix) < PREFIX.size:
                return None
            magic, version, length = PREFIX.unpack(prefix)
            if magic != MAGIC or version not in READABLE_VERSIONS or length > MAX_HEADER_BYTES:
                return None
            header = json.loads(fh.read(length))
        code = header["code"]
        if header.get("mode") != "code" or not isinstance(code, dict):
            return None
        hint = (code["salt"], code["memory_kib"], code["iterations"], code["lanes"])
        if type(hint[0]) is not str or not all(type(v) is int for v in hint[1:]):
            return None
        return (version, *hint)
    except (OSError, ValueError, TypeError, KeyError):
        return None
