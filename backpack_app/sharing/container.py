"""The `.backpack` container: magic, version, a header, and one sealed stream (docs/bundle-format.md).

Every byte is authenticated: the header is the stream's associated data, the stream detects
reordering, truncation and trailing bytes. The header is a hint for display; decisions are made
on the signed presentation inside.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from backpack_app.credentials.parsing import parse_json
from backpack_app.crypto.stream import SealedReader, SealedWriter, new_stream_id
from backpack_app.domain.strict import as_json, limits, read_strict
from backpack_app.errors import (
    DecryptionFailed,
    MalformedCredential,
    MalformedFile,
    ShareUnreadable,
)
from backpack_app.files import atomic_writer

# (the byte layout lives apart, for a reader that needs no model: `container_layout.py`)
from backpack_app.sharing.container_layout import (
    MAGIC,
    MAX_HEADER_BYTES,
    PREFIX,
    READABLE_VERSIONS,
    VERSION,
)

# What the encrypted manifest says it is (written by `compose`, checked by `receive`).
MANIFEST_FORMAT = "backpack-share"
MANIFEST_VERSION = 1
_PREFIX = PREFIX
_ENTRY = struct.Struct(">BQ")
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_TOTAL_FILE_BYTES = 1024 * 1024 * 1024
MAX_FILES = 1_000
KIND_MANIFEST, KIND_FILE = 1, 2
COPY_CHUNK = 1024 * 1024


# The header and the list of files are read strictly into frozen dataclasses
# (domain/strict.py: exactly these fields, text as text, whole numbers as integers, within
# these limits), without pydantic: reading a share loads no model library.
@dataclass(frozen=True)
class RecipientHint:
    name: str = field(metadata=limits(max_length=300))
    fingerprint: str = field(metadata=limits(max_length=200))


@dataclass(frozen=True)
class CardKey:
    jwe: str = field(metadata=limits(max_length=8_000))


@dataclass(frozen=True)
class CodeKey:
    salt: str = field(metadata=limits(max_length=64))
    memory_kib: int
    iterations: int
    lanes: int


@dataclass(frozen=True)
class BundleHeader:
    """Display hints and what unlocks the content key; never a basis for a decision."""

    share_id: str = field(metadata=limits(max_length=100))
    mode: Literal["card", "code"]
    # "reply": a provider's answer to a contribution request (sharing/contribution.py);
    # absent in a share. Older Backpacks refuse a header with it, as they cannot file replies.
    kind: Literal["reply"] | None = None
    recipient: RecipientHint = field(kw_only=True)
    expires: str = field(kw_only=True, metadata=limits(max_length=64))
    card: CardKey | None = field(default=None, kw_only=True)
    code: CodeKey | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class FileEntry:
    sha256: str = field(metadata=limits(pattern="^[0-9a-f]{64}$"))
    name: str = field(metadata=limits(max_length=255))
    media_type: str = field(metadata=limits(max_length=200))
    size: int = field(metadata=limits(ge=0, le=MAX_FILE_BYTES))

    def to_json(self) -> dict[str, Any]:
        return as_json(self)


@dataclass(frozen=True)
class FileSource:
    """A file to put in a bundle: its entry and a way to read its bytes in chunks."""

    entry: FileEntry
    chunks: Callable[[], Iterator[bytes]]


def _header_bytes(header: BundleHeader, version: int = VERSION) -> bytes:
    body = json.dumps(
        as_json(header, exclude_none=True), ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    return _PREFIX.pack(MAGIC, version, len(body)) + body


def write_bundle(
    target: Path,
    header: BundleHeader,
    content_key: bytes,
    *,
    manifest: dict[str, Any],
    files: Sequence[FileSource] = (),
    version: int = VERSION,
) -> None:
    """Write the container atomically: a crash or an error leaves no partial file."""
    head = _header_bytes(header, version)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise MalformedFile("The chosen records are too large for one share.")
    with atomic_writer(target) as out:
        out.write(head)
        sealed = SealedWriter(out, content_key, new_stream_id(), associated_data=head)
        sealed.write(_ENTRY.pack(KIND_MANIFEST, len(manifest_bytes)) + manifest_bytes)
        for source in files:
            sealed.write(_ENTRY.pack(KIND_FILE, source.entry.size))
            digest, written = hashlib.sha256(), 0
            for chunk in source.chunks():
                digest.update(chunk)
                written += len(chunk)
                sealed.write(chunk)
            if written != source.entry.size or digest.hexdigest() != source.entry.sha256:
                raise MalformedFile(f"The file {source.entry.name} changed while it was shared.")
        sealed.close()


def read_header(src: BinaryIO) -> tuple[BundleHeader, bytes]:
    """The header (parsed) and the exact bytes the body is bound to (see `format_version`)."""
    prefix = src.read(_PREFIX.size)
    if len(prefix) < _PREFIX.size or prefix[:8] != MAGIC:
        raise MalformedFile("This is not a Backpack share.")
    _, version, length = _PREFIX.unpack(prefix)
    if version not in READABLE_VERSIONS:
        raise MalformedFile(
            f"This share was made by a newer Backpack (format {version}); update to open it."
        )
    if length > MAX_HEADER_BYTES:
        raise ShareUnreadable()
    body = src.read(length)
    try:
        header = read_strict(BundleHeader, json.loads(body))
    except ValueError:
        raise ShareUnreadable() from None
    return header, prefix + body


def format_version(head: bytes) -> int:
    """The bundle format version of header bytes `read_header` returned."""
    return _PREFIX.unpack(head[: _PREFIX.size])[1]


def _read_exact(reader: BinaryIO, size: int) -> bytes:
    parts, left = [], size
    while left:
        part = reader.read(min(left, COPY_CHUNK))
        if not part:
            raise ShareUnreadable()
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _entry(reader: BinaryIO, kind: int) -> int:
    got, size = _ENTRY.unpack(_read_exact(reader, _ENTRY.size))
    if got != kind:
        raise ShareUnreadable()
    return size


@dataclass
class BundleContents:
    header: BundleHeader
    version: int
    manifest: dict[str, Any]
    files: list[FileEntry]


def _manifest(reader: BinaryIO) -> tuple[dict[str, Any], list[FileEntry]]:
    size = _entry(reader, KIND_MANIFEST)
    if size > MAX_MANIFEST_BYTES:
        raise MalformedFile("The share's contents are larger than Backpack accepts (16 MB).")
    try:
        manifest = parse_json(_read_exact(reader, size), limit=MAX_MANIFEST_BYTES)
        listed = manifest.get("files", [])
        if len(listed) > MAX_FILES:
            raise MalformedFile(f"The share lists more than {MAX_FILES} files.")
        files = [read_strict(FileEntry, f) for f in listed]
    except (ValueError, AttributeError, TypeError, MalformedCredential):
        raise MalformedFile("The share's list of contents is not in Backpack's format.") from None
    if sum(f.size for f in files) > MAX_TOTAL_FILE_BYTES:
        raise MalformedFile("The share's files add up to more than Backpack accepts (1 GB).")
    return manifest, files


def open_bundle(
    source: Path | BinaryIO,
    unlock: Callable[[BundleHeader, int], bytes],
    *,
    keep_file: Callable[[FileEntry], BinaryIO | None] | None = None,
) -> BundleContents:
    """Decrypt and check a bundle; file digests are verified while streaming (`keep_file` may
    return a writable file for each, to keep it). `unlock(header, format_version)` gives the
    content key. Any cryptographic failure: ShareUnreadable."""
    if isinstance(source, Path):
        with open(source, "rb") as fh:
            return open_bundle(fh, unlock, keep_file=keep_file)
    header, head = read_header(source)
    version = format_version(head)
    try:
        key = unlock(header, version)
        reader = SealedReader(source, key, associated_data=head)
        manifest, files = _manifest(reader)
        for entry in files:
            if _entry(reader, KIND_FILE) != entry.size:
                raise ShareUnreadable()
            _copy_checked(reader, entry, keep_file(entry) if keep_file else None)
        if reader.read(1):
            raise ShareUnreadable()
    except DecryptionFailed:
        raise ShareUnreadable() from None
    return BundleContents(header=header, version=version, manifest=manifest, files=files)


def _copy_checked(reader: BinaryIO, entry: FileEntry, sink: BinaryIO | None) -> None:
    digest, left = hashlib.sha256(), entry.size
    while left:
        chunk = _read_exact(reader, min(COPY_CHUNK, left))
        digest.update(chunk)
        if sink is not None:
            sink.write(chunk)
        left -= len(chunk)
    if digest.hexdigest() != entry.sha256:
        raise ShareUnreadable()
