"""Text chunks of PNG files (iTXt, tEXt), read and written within explicit bounds.

Written by hand with `struct` and `zlib` rather than with an image library: we never decode
pixels, and this way every bound (file size, chunk count, CRC of each chunk, decompressed
size of a compressed iTXt) is ours and tested.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from backpack_app.errors import MalformedCredential

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_BYTES = 16 * 1024 * 1024
MAX_CHUNKS = 10_000
MAX_TEXT_BYTES = 8 * 1024 * 1024  # the same bound as a credential file
MAX_CHUNK_LENGTH = 2**31 - 1  # PNG's own limit on one chunk


@dataclass(frozen=True)
class Chunk:
    type: bytes
    data: bytes
    offset: int  # where the chunk (its length field) starts in the file


@dataclass(frozen=True)
class TextChunk:
    keyword: str
    text: str
    chunk_type: str  # "iTXt" or "tEXt"


def is_png(data: bytes) -> bool:
    return data[:8] == PNG_SIGNATURE


def read_chunks(data: bytes) -> list[Chunk]:
    """Every chunk up to IEND, each with a checked length and CRC; MalformedCredential if not."""
    if len(data) > MAX_IMAGE_BYTES:
        raise MalformedCredential(
            f"The image is larger than the {MAX_IMAGE_BYTES // 2**20} MB a badge image may be."
        )
    if not is_png(data):
        raise MalformedCredential("It is not a PNG image.")
    chunks: list[Chunk] = []
    pos = len(PNG_SIGNATURE)
    while True:
        if len(chunks) >= MAX_CHUNKS:
            raise MalformedCredential(f"The image has more than {MAX_CHUNKS} chunks.")
        if pos + 12 > len(data):
            raise MalformedCredential("The image ends in the middle of a chunk (truncated).")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if length > MAX_CHUNK_LENGTH or pos + 12 + length > len(data):
            raise MalformedCredential("A chunk of the image claims to be longer than the file.")
        if not kind.isalpha():
            raise MalformedCredential("The image has a chunk with an invalid name.")
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise MalformedCredential(
                f"A {kind.decode('ascii')} chunk of the image is damaged (bad CRC)."
            )
        if not chunks and kind != b"IHDR":
            raise MalformedCredential("The image does not start with its header chunk (IHDR).")
        chunks.append(Chunk(type=kind, data=body, offset=pos))
        pos += 12 + length
        if kind == b"IEND":
            return chunks


def _inflate(data: bytes) -> bytes:
    """zlib-decompress at most MAX_TEXT_BYTES; a bomb is refused, never expanded in full."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, MAX_TEXT_BYTES)
    except zlib.error as exc:
        raise MalformedCredential("A compressed text chunk of the image is damaged.") from exc
    if inflater.unconsumed_tail:
        raise MalformedCredential(
            f"A compressed text chunk of the image expands beyond {MAX_TEXT_BYTES // 2**20} MB."
        )
    if not inflater.eof:
        raise MalformedCredential("A compressed text chunk of the image is truncated.")
    return out


def parse_text_chunk(chunk: Chunk) -> TextChunk | None:
    """The keyword and text of an iTXt or tEXt chunk (None for other chunks)."""
    if chunk.type == b"tEXt":
        keyword, sep, text = chunk.data.partition(b"\0")
        if not sep:
            raise MalformedCredential("A tEXt chunk of the image has no keyword.")
        return TextChunk(keyword.decode("latin-1"), text.decode("latin-1"), "tEXt")
    if chunk.type != b"iTXt":
        return None
    keyword, sep, rest = chunk.data.partition(b"\0")
    if not sep or len(rest) < 2 or not 1 <= len(keyword) <= 79:
        raise MalformedCredential("An iTXt chunk of the image is malformed.")
    compressed, method, rest = rest[0], rest[1], rest[2:]
    _language, sep1, rest = rest.partition(b"\0")
    _translated, sep2, text = rest.partition(b"\0")
    if not (sep1 and sep2) or compressed not in (0, 1) or (compressed and method != 0):
        raise MalformedCredential("An iTXt chunk of the image is malformed.")
    if compressed:
        text = _inflate(text)
    elif len(text) > MAX_TEXT_BYTES:
        raise MalformedCredential("A text chunk of the image is larger than a credential may be.")
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedCredential("An iTXt chunk of the image is not UTF-8 text.") from exc
    return TextChunk(keyword.decode("latin-1"), decoded, "iTXt")


def text_chunks(data: bytes, keywords: set[str]) -> list[TextChunk]:
    """The text chunks of a PNG whose keyword is one of `keywords`, after checking every chunk."""
    wanted = {k.encode("latin-1") for k in keywords}
    found = []
    for chunk in read_chunks(data):
        if chunk.type in (b"iTXt", b"tEXt") and chunk.data.partition(b"\0")[0] in wanted:
            parsed = parse_text_chunk(chunk)
            if parsed is not None:
                found.append(parsed)
    return found


def _chunk_bytes(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def insert_itxt(data: bytes, keyword: str, text: str) -> bytes:
    """The PNG with an uncompressed iTXt chunk (`keyword`, `text`) right after its header."""
    chunks = read_chunks(data)
    body = keyword.encode("latin-1") + b"\0\0\0\0\0" + text.encode("utf-8")
    after_header = chunks[1].offset
    return data[:after_header] + _chunk_bytes(b"iTXt", body) + data[after_header:]
