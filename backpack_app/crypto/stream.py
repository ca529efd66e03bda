"""Chunked AES-256-GCM for large files, streamed so memory stays bounded.

Layout: MAGIC(8) | version u16 | chunk size u32 | stream id (32) then chunks of
nonce(12) | ciphertext(+16 tag). Every chunk's associated data is the whole header, the chunk
index and a last-chunk flag, so chunks cannot be reordered, moved between files or cut off.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backpack_app.errors import DecryptionFailed

MAGIC = b"BPSTREAM"
VERSION = 1
STREAM_ID_BYTES = 32
DEFAULT_CHUNK = 1024 * 1024
CHUNK_BOUNDS = (4096, 16 * 1024 * 1024)
_HEADER = struct.Struct(">8sHI32s")
NONCE = 12
TAG = 16
HEADER_BYTES = _HEADER.size


def new_stream_id() -> bytes:
    """A random 256-bit id; never a counter, so a restored copy cannot repeat one."""
    return os.urandom(STREAM_ID_BYTES)


def _chunk_ad(header: bytes, index: int, last: bool, extra: bytes = b"") -> bytes:
    # `extra` binds the stream to its container (a share's header); empty for attachments.
    return header + struct.pack(">QB", index, 1 if last else 0) + extra


class SealedWriter(io.RawIOBase):
    """A write-only file object that encrypts what it is given into `dst`."""

    def __init__(
        self,
        dst: BinaryIO,
        key: bytes,
        stream_id: bytes,
        chunk_size: int = DEFAULT_CHUNK,
        *,
        associated_data: bytes = b"",
    ):
        super().__init__()
        self._extra = associated_data
        self._dst, self._aead, self._chunk = dst, AESGCM(key), chunk_size
        self._header = _HEADER.pack(MAGIC, VERSION, chunk_size, stream_id)
        self._buf = bytearray()
        self._index = 0
        dst.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._buf += data
        # Keep at least one byte back: the chunk written at close must carry the last flag.
        while len(self._buf) > self._chunk:
            self._emit(bytes(self._buf[: self._chunk]), last=False)
            del self._buf[: self._chunk]
        return len(data)

    def _emit(self, plain: bytes, *, last: bool) -> None:
        nonce = os.urandom(NONCE)
        ad = _chunk_ad(self._header, self._index, last, self._extra)
        self._dst.write(nonce + self._aead.encrypt(nonce, plain, ad))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buf), last=True)
            self._buf.clear()
        super().close()


def read_stream_header(src: BinaryIO) -> tuple[bytes, int, bytes]:
    """(header bytes, chunk size, stream id) or DecryptionFailed if it is not a stream we wrote."""
    header = src.read(HEADER_BYTES)
    if len(header) != HEADER_BYTES:
        raise DecryptionFailed("stream header truncated")
    magic, version, chunk, stream_id = _HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or not CHUNK_BOUNDS[0] <= chunk <= CHUNK_BOUNDS[1]:
        raise DecryptionFailed("not a sealed stream")
    return header, chunk, stream_id


def iter_opened(
    src: BinaryIO,
    key: bytes,
    *,
    expected_id: bytes | None = None,
    associated_data: bytes = b"",
) -> Iterator[bytes]:
    """Yield plaintext chunks; raise DecryptionFailed on any tampering, truncation or extra bytes."""
    header, chunk, stream_id = read_stream_header(src)
    if expected_id is not None and stream_id != expected_id:
        raise DecryptionFailed("stream id mismatch")
    aead = AESGCM(key)
    raw_len = NONCE + chunk + TAG
    current = src.read(raw_len)
    index = 0
    while True:
        if len(current) < NONCE + TAG:
            raise DecryptionFailed("chunk truncated")
        following = src.read(raw_len) if len(current) == raw_len else b""
        last = not following
        try:
            ad = _chunk_ad(header, index, last, associated_data)
            plain = aead.decrypt(current[:NONCE], current[NONCE:], ad)
        except InvalidTag as exc:
            raise DecryptionFailed("chunk failed to authenticate") from exc
        yield plain
        if last:
            if src.read(1):
                raise DecryptionFailed("bytes after the last chunk")
            return
        current, index = following, index + 1


class SealedReader(io.RawIOBase):
    """A read-only file object over `iter_opened` (for tarfile's streaming mode)."""

    def __init__(
        self,
        src: BinaryIO,
        key: bytes,
        *,
        expected_id: bytes | None = None,
        associated_data: bytes = b"",
    ):
        super().__init__()
        self._chunks = iter_opened(
            src, key, expected_id=expected_id, associated_data=associated_data
        )
        self._buf = b""
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[no-untyped-def]
        while not self._buf and not self._eof:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                self._eof = True
        n = min(len(target), len(self._buf))
        target[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
