"""Encrypted attachment files: one sealed stream per file, keyed from the master key and file id."""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from backpack_app.crypto.keys import derive_subkey
from backpack_app.crypto.stream import SealedWriter, iter_opened, new_stream_id
from backpack_app.errors import CorruptBackpack, DecryptionFailed, MalformedFile, NotFound
from backpack_app.files import PRIVATE_FILE_MODE, atomic_writer, fsync_dir
from backpack_app.paths import make_private_dir

if TYPE_CHECKING:
    from backpack_app.domain.records import AttachmentRef

MAX_ATTACHMENT_BYTES = 4 * 1024**3
COPY_CHUNK = 1024 * 1024
ORPHAN_GRACE_SECONDS = 3600  # another process may be between writing a file and its row


def clean_file_name(name: str) -> str:
    """A display name safe to store and later offer as a file name (no folders, no controls)."""
    base = os.path.basename(name.replace("\\", "/")).strip()
    base = "".join(ch for ch in base if ch.isprintable())[:255]
    return base or "attachment"


class AttachmentStore:
    """Files in `folder`, named by their random 256-bit id (hex)."""

    def __init__(self, folder: Path, master: bytes):
        self.folder = folder
        self._master = master

    def _key(self, file_id: bytes) -> bytes:
        return derive_subkey(self._master, "attachment", context=file_id)

    def path_of(self, attachment_id: str) -> Path:
        if len(attachment_id) != 64 or any(c not in "0123456789abcdef" for c in attachment_id):
            raise NotFound("No such attachment.")
        return self.folder / attachment_id

    def put(self, source: Path) -> AttachmentRef:
        """Encrypt `source` into the store (streamed); the file is durable before this returns."""
        try:
            size = source.stat().st_size
            fh = open(source, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise MalformedFile(f"Cannot read {source.name}: {exc.strerror}.") from exc
        if size > MAX_ATTACHMENT_BYTES:
            fh.close()
            raise MalformedFile(f"{source.name} is larger than Backpack accepts (4 GB).")
        with fh:
            ref = self.put_stream(fh, name=source.name)
        return ref

    def put_stream(
        self, src: BinaryIO, *, name: str, media_type: str | None = None
    ) -> AttachmentRef:
        """Encrypt everything readable from `src`."""
        from backpack_app.domain.records import AttachmentRef

        make_private_dir(self.folder)
        file_id = new_stream_id()
        target = self.folder / file_id.hex()
        digest, size = hashlib.sha256(), 0
        with atomic_writer(target) as out:
            writer = SealedWriter(out, self._key(file_id), file_id)
            while block := src.read(COPY_CHUNK):
                size += len(block)
                if size > MAX_ATTACHMENT_BYTES:
                    raise MalformedFile(f"{name} is larger than Backpack accepts (4 GB).")
                digest.update(block)
                writer.write(block)
            writer.close()
        clean = clean_file_name(name)
        guessed = media_type or mimetypes.guess_type(clean)[0] or "application/octet-stream"
        return AttachmentRef(
            id=file_id.hex(), name=clean, media_type=guessed, size=size, sha256=digest.hexdigest()
        )

    def iter_plaintext(self, ref: AttachmentRef) -> Iterator[bytes]:
        """Decrypt in chunks; raises CorruptBackpack if the file or its digest does not check out."""
        digest = hashlib.sha256()
        try:
            with open(self.path_of(ref.id), "rb") as fh:
                for chunk in iter_opened(
                    fh, self._key(bytes.fromhex(ref.id)), expected_id=bytes.fromhex(ref.id)
                ):
                    digest.update(chunk)
                    yield chunk
        except FileNotFoundError as exc:
            raise CorruptBackpack(f"The file {ref.name} is missing from the backpack.") from exc
        except DecryptionFailed as exc:
            raise CorruptBackpack(f"The stored copy of {ref.name} is damaged.") from exc
        if digest.hexdigest() != ref.sha256:
            raise CorruptBackpack(f"The stored copy of {ref.name} does not match its fingerprint.")

    def reader(self, ref: AttachmentRef) -> ChunkReader:
        """A readable file over the decrypted stored file (never whole in memory)."""
        return ChunkReader(self.iter_plaintext(ref))

    def export(self, ref: AttachmentRef, destination: Path) -> None:
        """Write the decrypted file to `destination`; nothing is left there if it fails."""
        with atomic_writer(destination) as out:
            for chunk in self.iter_plaintext(ref):
                out.write(chunk)
        os.chmod(destination, PRIVATE_FILE_MODE)

    def remove(self, attachment_ids: Iterable[str]) -> None:
        removed = False
        for aid in attachment_ids:
            self.path_of(aid).unlink(missing_ok=True)
            removed = True
        if removed:
            fsync_dir(self.folder)

    def sweep(self, known_ids: set[str], *, now: float) -> int:
        """Delete files no record refers to (left by a crash), once they are clearly abandoned."""
        if not self.folder.is_dir():
            return 0
        cutoff = now - ORPHAN_GRACE_SECONDS
        count = 0
        for entry in self.folder.iterdir():
            stale = entry.stat().st_mtime < cutoff
            unfinished = entry.name.startswith(".tmp-")
            if stale and (unfinished or entry.name not in known_ids):
                entry.unlink(missing_ok=True)
                count += 1
        return count


class ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks (a decrypted stored file)."""

    def __init__(self, chunks: Iterator[bytes]):
        super().__init__()
        self._chunks, self._buf = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[no-untyped-def]
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(target), len(self._buf))
        target[:n], self._buf = self._buf[:n], self._buf[n:]
        return n
