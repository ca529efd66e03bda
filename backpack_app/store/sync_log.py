"""The files a backpack keeps in a shared sync folder (docs/sync.md).

- `<log id>.bplog`: one device's append-only change log. Plain header: MAGIC(8) | version u16 |
  backpack tag (16) | log id (16). Then records: length u32 | nonce (12) | AES-256-GCM
  ciphertext. A record's associated data is the file header, its index and the tag of the record
  before it, so records cannot be reordered, moved between logs or backpacks, or dropped from
  the middle; a cut or damaged log is read up to its last authenticated record. Each record's
  plaintext is a zlib-compressed JSON batch of writes, padded (`padded_size`) so its size
  tells little about what it holds.
- `<log id>.bpkey`: that device's copy of the vault header (the wrapped master key), which a
  new computer unlocks with the passphrase or recovery key to join.
- `<name>.bpblob`: one attached file, content-addressed (the name is a keyed hash of its SHA-256,
  so a file is copied once and its name says nothing), as a sealed stream, padded.

Keys come from the master key by HKDF with labels of their own (`sync`, `sync-tag`,
`sync-names`, `sync-blob`); the backpack tag tells a log of another backpack from a damaged one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from backpack_app.crypto.keys import derive_subkey, open_sealed, seal
from backpack_app.crypto.stream import SealedWriter, iter_opened, new_stream_id
from backpack_app.errors import DecryptionFailed, MalformedFile
from backpack_app.files import atomic_writer, fsync_dir

MAGIC = b"BPSYNCLG"
VERSION = 1
LOG_SUFFIX = ".bplog"
KEY_SUFFIX = ".bpkey"
BLOB_SUFFIX = ".bpblob"
_HEADER = struct.Struct(">8sH16s16s")
HEADER_BYTES = _HEADER.size
_LENGTH = struct.Struct(">I")
_SIZE = struct.Struct(">Q")
NONCE_BYTES = 12
TAG_BYTES = 16
PAD_STEP = 64 * 1024  # records are padded to a power of two up to this, then to multiples of it
MIN_PAD = 512
MAX_RECORD_BYTES = 64 * 1024 * 1024
MAX_PLAIN_BYTES = 256 * 1024 * 1024  # a record's JSON once inflated
NO_CHAIN = b"\0" * TAG_BYTES


class ForeignLog(Exception):
    """A log written by another backpack (another master key): never read."""


@dataclass(frozen=True)
class SyncKeys:
    """The sync folder's keys, all derived from the backpack's master key."""

    master: bytes = field(repr=False)

    @property
    def sealing(self) -> bytes:
        return derive_subkey(self.master, "sync")

    @property
    def tag(self) -> bytes:
        return derive_subkey(self.master, "sync-tag")[:16]

    def blob_name(self, sha256_hex: str) -> str:
        names = derive_subkey(self.master, "sync-names")
        return hmac.new(names, b"blob\0" + sha256_hex.encode(), hashlib.sha256).hexdigest()[:40]

    def blob_key(self, name: str) -> bytes:
        return derive_subkey(self.master, "sync-blob", context=name.encode())


@dataclass(frozen=True)
class LogPosition:
    """Where the next record of a log starts: byte offset, record index, previous record's tag."""

    offset: int = HEADER_BYTES
    index: int = 0
    chain: bytes = NO_CHAIN


@dataclass
class LogRead:
    """What reading a log from a position gave: its device's batches, where it stopped, and
    why it stopped early (None when it reached the end cleanly)."""

    log_id: bytes
    batches: list[dict[str, Any]]
    end: LogPosition
    problem: str | None = None


def new_log_id() -> bytes:
    return os.urandom(16)


def log_path(folder: Path, log_id: bytes) -> Path:
    return folder / (log_id.hex() + LOG_SUFFIX)


def padded_size(n: int) -> int:
    """The size a record of n bytes is padded to: a power of two (at least 512) up to 64 KiB,
    then a multiple of 64 KiB. A title's length never shows; only the rough size of a batch."""
    if n > PAD_STEP:
        return -(-n // PAD_STEP) * PAD_STEP
    size = MIN_PAD
    while size < n:
        size *= 2
    return size


def _encode(batch: dict[str, Any]) -> bytes:
    packed = zlib.compress(json.dumps(batch, separators=(",", ":")).encode(), 6)
    body = _LENGTH.pack(len(packed)) + packed
    return body + b"\0" * (padded_size(len(body)) - len(body))


def _decode(plain: bytes) -> dict[str, Any]:
    (length,) = _LENGTH.unpack_from(plain)
    inflater = zlib.decompressobj()
    text = inflater.decompress(plain[_LENGTH.size : _LENGTH.size + length], MAX_PLAIN_BYTES)
    if inflater.unconsumed_tail:
        raise ValueError("record too large")
    batch = json.loads(text)
    if not isinstance(batch, dict) or not isinstance(batch.get("writes"), list):
        raise ValueError("not a batch")
    return batch


def _ad(header: bytes, index: int, chain: bytes) -> bytes:
    return header + struct.pack(">Q", index) + chain


def create_log(folder: Path, keys: SyncKeys, log_id: bytes) -> LogPosition:
    """Start an empty log (its header only)."""
    header = _HEADER.pack(MAGIC, VERSION, keys.tag, log_id)
    with atomic_writer(log_path(folder, log_id)) as fh:
        fh.write(header)
    return LogPosition()


def _read_header(fh: BinaryIO, keys: SyncKeys) -> tuple[bytes, bytes]:
    header = fh.read(HEADER_BYTES)
    if len(header) != HEADER_BYTES:
        raise MalformedFile("too short to be a sync log")
    magic, version, tag, log_id = _HEADER.unpack(header)
    if magic != MAGIC or version != VERSION:
        raise MalformedFile("not a Backpack sync log")
    if not hmac.compare_digest(tag, keys.tag):
        raise ForeignLog("another backpack's log")
    return header, log_id


def read_log(path: Path, keys: SyncKeys, start: LogPosition | None = None) -> LogRead:
    """The batches of a log from `start` (default: its beginning) up to its last authenticated
    record. Raises ForeignLog for another backpack's log, MalformedFile for a file that is no
    log at all; damage inside is reported in `problem`, never raised."""
    start = start or LogPosition()
    aead_key = keys.sealing
    with open(path, "rb") as fh:
        header, log_id = _read_header(fh, keys)
        fh.seek(start.offset)
        position, batches = start, []
        while True:
            prefix = fh.read(_LENGTH.size)
            if not prefix:
                return LogRead(log_id, batches, position)
            if len(prefix) < _LENGTH.size:
                return LogRead(log_id, batches, position, "incomplete")
            (length,) = _LENGTH.unpack(prefix)
            if not NONCE_BYTES + TAG_BYTES <= length <= MAX_RECORD_BYTES:
                return LogRead(log_id, batches, position, "damaged")
            sealed = fh.read(length)
            if len(sealed) < length:
                return LogRead(log_id, batches, position, "incomplete")
            try:
                plain = open_sealed(
                    aead_key,
                    sealed[:NONCE_BYTES],
                    sealed[NONCE_BYTES:],
                    associated_data=_ad(header, position.index, position.chain),
                )
                batch = _decode(plain)
            except (DecryptionFailed, ValueError, struct.error, zlib.error):
                return LogRead(log_id, batches, position, "damaged")
            batches.append(batch)
            position = LogPosition(
                position.offset + _LENGTH.size + length, position.index + 1, sealed[-TAG_BYTES:]
            )


def append_batches(
    path: Path, keys: SyncKeys, position: LogPosition, batches: Iterable[dict[str, Any]]
) -> LogPosition:
    """Write batches after `position` (anything beyond it, such as half a record left by a
    killed process, is cut first) and make them durable; returns the new end."""
    aead_key = keys.sealing
    with open(path, "r+b") as fh:
        header, _ = _read_header(fh, keys)
        fh.seek(position.offset)
        fh.truncate()
        for batch in batches:
            nonce, ct = seal(
                aead_key,
                _encode(batch),
                associated_data=_ad(header, position.index, position.chain),
            )
            record = nonce + ct
            fh.write(_LENGTH.pack(len(record)) + record)
            position = LogPosition(
                position.offset + _LENGTH.size + len(record), position.index + 1, ct[-TAG_BYTES:]
            )
        fh.flush()
        os.fsync(fh.fileno())
    return position


def log_files(folder: Path) -> list[Path]:
    """Every log in the folder, sync tools' conflict copies included (`X.sync-conflict-….bplog`,
    `X (conflicted copy).bplog`): each is read like any other log."""
    return sorted(p for p in folder.iterdir() if p.name.endswith(LOG_SUFFIX) and p.is_file())


def key_files(folder: Path) -> list[Path]:
    """Header copies, newest first."""
    found = [p for p in folder.iterdir() if p.name.endswith(KEY_SUFFIX) and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


# --- attached files -------------------------------------------------------------------------
def blob_path(folder: Path, keys: SyncKeys, sha256_hex: str) -> Path:
    return folder / (keys.blob_name(sha256_hex) + BLOB_SUFFIX)


def put_blob(
    folder: Path, keys: SyncKeys, sha256_hex: str, size: int, chunks: Iterable[bytes]
) -> int:
    """Copy a file of `size` bytes into the folder once (content-addressed); the bytes written
    (0 if it is there). Its plaintext is the size (u64), the file, and zeros up to
    `padded_size`, so a blob's size tells the file's only roughly."""
    target = blob_path(folder, keys, sha256_hex)
    if target.exists():
        return 0
    stream_id = new_stream_id()
    with atomic_writer(target) as out:
        writer = SealedWriter(out, keys.blob_key(target.stem), stream_id)
        writer.write(_SIZE.pack(size))
        written = 0
        for chunk in chunks:
            written += len(chunk)
            writer.write(chunk)
        if written != size:
            raise DecryptionFailed("the file changed while it was copied")
        padding = padded_size(_SIZE.size + size) - _SIZE.size - size
        while padding > 0:
            step = min(padding, 1024 * 1024)
            writer.write(b"\0" * step)
            padding -= step
        writer.close()
    return target.stat().st_size


def open_blob(folder: Path, keys: SyncKeys, sha256_hex: str) -> Iterator[bytes]:
    """A file's plaintext chunks; FileNotFoundError while it is still being copied there,
    DecryptionFailed when it is damaged or is not the file its name promises."""
    path = blob_path(folder, keys, sha256_hex)
    digest = hashlib.sha256()
    head, left = b"", -1
    with open(path, "rb") as fh:
        for chunk in iter_opened(fh, keys.blob_key(path.stem)):
            if left < 0:
                head += chunk
                if len(head) < _SIZE.size:
                    continue
                (left,), chunk = _SIZE.unpack(head[: _SIZE.size]), head[_SIZE.size :]
            part = chunk[:left]
            left -= len(part)
            if part:
                digest.update(part)
                yield part
    if left != 0 or digest.hexdigest() != sha256_hex:
        raise DecryptionFailed("blob digest mismatch")


def make_folder_durable(folder: Path) -> None:
    fsync_dir(folder)
