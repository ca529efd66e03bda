"""Backup files: everything of a backpack in one encrypted file, restorable elsewhere.

Layout: MAGIC(8) | version u16 | header length u32 | the vault header as it was at backup time |
a sealed stream (key: HKDF of the master key with the stream id) holding a tar of
`vault.header`, `records.db` (SQLCipher-encrypted snapshot) and `attachments/<id>`.
Nothing in it is ever plaintext on disk: the tar exists only inside the sealed stream.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from backpack_app.crypto.keys import derive_subkey
from backpack_app.crypto.stream import SealedReader, SealedWriter, new_stream_id, read_stream_header
from backpack_app.errors import (
    BackpackExists,
    CorruptBackpack,
    DecryptionFailed,
    MalformedFile,
)
from backpack_app.files import atomic_writer, fsync_dir, hold_while_open, remove_abandoned
from backpack_app.paths import make_private_dir
from backpack_app.store.header import MAX_HEADER_BYTES, VaultHeader
from backpack_app.store.layout import Layout

if TYPE_CHECKING:  # tarfile loads for a backup or a restore, not on every opening
    import tarfile

MAGIC = b"BPBACKUP"
VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_MEMBER = re.compile(r"^(vault\.header|records\.db|attachments/[0-9a-f]{64})$")
MAX_MEMBERS = 1_000_000
COPY_CHUNK = 1024 * 1024
SNAPSHOT_PREFIX = ".backup-snapshot-"
LEFTOVER_GRACE_SECONDS = 3600  # where a live writer cannot be told from a dead one


def remove_leftovers(layout: Layout, out_path: Path | None = None) -> int:
    """Delete what a backup killed mid-way left: its database snapshot (with SQLite's journal)
    in the backpack folder, and its unfinished output beside `out_path`. Files a running
    backup holds are kept (see `hold_while_open`)."""
    snapshots = [p for p in layout.home.glob(SNAPSHOT_PREFIX + "*") if p.suffix == ".db"]
    count = remove_abandoned(snapshots, older_than=LEFTOVER_GRACE_SECONDS)
    for companion in layout.home.glob(SNAPSHOT_PREFIX + "*.db-*"):  # its journal, once alone
        if not companion.with_name(companion.name.rsplit("-", 1)[0]).exists():
            companion.unlink(missing_ok=True)
            count += 1
    if out_path is not None and out_path.parent.is_dir():
        unfinished = [
            p
            for p in out_path.parent.glob(".tmp-*")
            if p.name.endswith("-" + out_path.name) or _starts_like_a_backup(p)
        ]
        count += remove_abandoned(unfinished, older_than=LEFTOVER_GRACE_SECONDS)
    return count


def _starts_like_a_backup(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _backup_key(master: bytes, stream_id: bytes) -> bytes:
    return derive_subkey(master, "backup", context=stream_id)


def write_backup(
    out_path: Path,
    *,
    layout: Layout,
    header: VaultHeader,
    master: bytes,
    snapshot_db: Callable[[Path], None],
    attachment_ids: list[str],
) -> None:
    """Write a backup atomically; `snapshot_db(path)` must write a consistent DB copy to `path`."""
    header_bytes = header.to_bytes()
    remove_leftovers(layout, out_path)
    snapshot = layout.home / f"{SNAPSHOT_PREFIX}{new_stream_id().hex()[:12]}.db"
    try:
        with open(snapshot, "xb") as held:  # held, so no other process takes it for a leftover
            hold_while_open(held)
            snapshot_db(snapshot)
            _write(out_path, header_bytes, layout, master, snapshot, attachment_ids)
    finally:
        for leftover in layout.home.glob(snapshot.name + "*"):  # with SQLite's journal
            leftover.unlink(missing_ok=True)


def _write(
    out_path: Path,
    header_bytes: bytes,
    layout: Layout,
    master: bytes,
    snapshot: Path,
    attachment_ids: list[str],
) -> None:
    import tarfile

    with atomic_writer(out_path) as out:
        hold_while_open(out)  # a killed backup's temp file is then told from a running one's
        out.write(_PREFIX.pack(MAGIC, VERSION, len(header_bytes)) + header_bytes)
        stream_id = new_stream_id()
        sealed = SealedWriter(out, _backup_key(master, stream_id), stream_id)
        with tarfile.open(fileobj=sealed, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            _add(tar, "vault.header", layout.header)
            _add(tar, "records.db", snapshot)
            for aid in attachment_ids:
                _add(tar, f"attachments/{aid}", layout.attachments / aid)
        sealed.close()


def _add(tar: tarfile.TarFile, name: str, path: Path) -> None:
    import tarfile

    info = tarfile.TarInfo(name)
    info.size = path.stat().st_size
    info.mode = 0o600
    with open(path, "rb") as fh:
        tar.addfile(info, fh)


def read_backup_header(fh: BinaryIO) -> VaultHeader:
    """The vault header stored in a backup (enough to ask for its passphrase)."""
    prefix = fh.read(_PREFIX.size)
    if len(prefix) != _PREFIX.size:
        raise MalformedFile("That file is not a Backpack backup (it is too short).")
    magic, version, length = _PREFIX.unpack(prefix)
    if magic != MAGIC:
        raise MalformedFile("That file is not a Backpack backup.")
    if version != VERSION:
        raise MalformedFile(f"That backup was made by a newer Backpack (format {version}).")
    if length > MAX_HEADER_BYTES:
        raise MalformedFile("That backup is damaged (its header is too large).")
    try:
        return VaultHeader.parse(fh.read(length))
    except CorruptBackpack as exc:
        raise MalformedFile(f"That backup is damaged: {exc}") from exc


def restore_backup(
    backup_path: Path,
    target: Layout,
    *,
    unwrap: Callable[[VaultHeader], bytes],
    verify_db: Callable[[Path, bytes], None],
) -> bytes:
    """Restore into `target.home` (which must not hold a backpack); returns the master key.

    Everything is unpacked into a private staging folder beside the target and checked first
    (authenticated to the last byte, database opens); only then does it take the target's place.
    """
    import tarfile

    if target.exists():
        raise BackpackExists(f"There is already a backpack in {target.home}; restore elsewhere.")
    if target.home.exists() and any(target.home.iterdir()):
        raise BackpackExists(f"{target.home} is not empty; restore into a new or empty folder.")
    target.home.parent.mkdir(parents=True, exist_ok=True)
    staging = target.home.with_name(f".restore-{new_stream_id().hex()[:12]}-{target.home.name}")
    try:
        with open(backup_path, "rb") as fh:
            header = read_backup_header(fh)
            master = unwrap(header)
            _unpack(fh, master, staging)
        staged = Layout(staging)
        if VaultHeader.load(staged.header).to_bytes() != header.to_bytes():
            raise MalformedFile("That backup is damaged (its two key records disagree).")
        verify_db(staged.database, master)
        if target.home.exists():
            target.home.rmdir()
        staging.rename(target.home)
        fsync_dir(target.home.parent)
        return master
    except DecryptionFailed as exc:
        raise MalformedFile("That backup is damaged or was altered; nothing was restored.") from exc
    except (tarfile.TarError, EOFError) as exc:
        raise MalformedFile("That backup is damaged; nothing was restored.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)


def _unpack(fh: BinaryIO, master: bytes, staging: Path) -> None:
    import tarfile

    start = fh.tell()
    _, _, stream_id = read_stream_header(fh)
    fh.seek(start)
    reader = SealedReader(fh, _backup_key(master, stream_id), expected_id=stream_id)
    make_private_dir(staging)
    seen: set[str] = set()
    with tarfile.open(fileobj=reader, mode="r|") as tar:
        for member in tar:
            # Names are checked against the only ones Backpack writes, never used as given.
            if not member.isfile() or not _MEMBER.match(member.name) or member.name in seen:
                raise MalformedFile("That backup holds files Backpack never writes; not restored.")
            seen.add(member.name)
            if len(seen) > MAX_MEMBERS:
                raise MalformedFile("That backup holds too many files; not restored.")
            destination = staging / member.name
            make_private_dir(destination.parent)
            source = tar.extractfile(member)
            assert source is not None
            with atomic_writer(destination) as out:
                while block := source.read(COPY_CHUNK):
                    out.write(block)
    # tar stops at its end marker; read on so the final chunk (and its last flag) is authenticated.
    while reader.read(COPY_CHUNK):
        pass
    if not {"vault.header", "records.db"} <= seen:
        raise MalformedFile("That backup is incomplete; nothing was restored.")
