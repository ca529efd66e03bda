"""The façade's sync half: one backpack on several computers through a shared folder.

See docs/sync.md. `sync` runs in one database transaction: read every log from where it was
last read, turn this computer's changed rows into writes, fold both into the merged state
(`domain/sync_merge.py` decides every winner), write the items whose winners changed back into
the vault, copy files, append this computer's writes to its own log, commit.
"""

from __future__ import annotations

import base64
import copy
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.domain.sync_merge import (
    ALIVE,
    HybridClock,
    Replica,
    Write,
    carried_devices,
)
from backpack_app.errors import (
    BackpackExists,
    CorruptBackpack,
    DecryptionFailed,
    MalformedFile,
    NotFound,
    UserError,
    WrongPassphrase,
)
from backpack_app.paths import make_private_dir
from backpack_app.store import database
from backpack_app.store import sync_log as logs
from backpack_app.store import sync_rows as rows
from backpack_app.store.header import VaultHeader
from backpack_app.store.layout import Layout

if TYPE_CHECKING:
    import sqlcipher3

    from backpack_app.crypto.kdf import KdfPolicy
    from backpack_app.domain.records import AttachmentRef
    from backpack_app.store.attachments import AttachmentStore

Progress = Callable[[str, int, int], None]
BATCH_WRITES = 2000
BATCH_BYTES = 4 * 1024 * 1024
COMPACT_AFTER_RECORDS = 500  # a log of more records is rewritten densely (docs/sync.md)


def _quiet(phase: str, done: int, total: int) -> None:
    del phase, done, total


@dataclass
class SyncReport:
    """What one sync did, for a sentence."""

    sent: int = 0  # fields this computer wrote to its log
    received: int = 0  # writes read from the logs
    changed: int = 0  # items written into this vault
    kept_in_history: int = 0  # entries edited here and elsewhere: the earlier edit is history
    files_out: int = 0
    files_in: int = 0
    bytes_written: int = 0  # bytes this computer wrote to the folder
    waiting: int = 0  # items waiting for something still being copied
    compacted: bool = False  # this computer's log was rewritten densely
    removed_logs: int = 0  # logs of removed computers deleted (their writes carried)
    own_log_cut: bool = False  # this computer's log ended in half a record (then cut)
    problems: list[str] = field(default_factory=list)
    damaged_files: set[str] = field(default_factory=set)  # blobs that did not decrypt


@dataclass(frozen=True)
class _LogSeen:
    """One log as this sync read it: where to, who writes it, what was wrong."""

    path: Path
    log_id: str
    device: str | None  # the computer that writes it (None: nothing read from it yet)
    end: logs.LogPosition
    problem: str | None
    save: bool  # its cursor moved

    @property
    def complete(self) -> bool:
        """Read to its end: every write in it is merged."""
        return self.problem is None


@dataclass
class _FolderRead:
    """The folder's logs read before the write transaction, and what the reading assumed."""

    meta: dict[str, str]
    cursors: dict[str, tuple]
    writes: list[Write] = field(default_factory=list)
    logs: list[_LogSeen] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    own_log_cut: bool = False

    def stale(self, meta: dict[str, str], cursors: dict[str, tuple]) -> bool:
        """Another sync (another process) ran since: the reading must be done again."""
        same = ("device", "log", "folder")
        return cursors != self.cursors or any(meta.get(k) != self.meta.get(k) for k in same)

    def writers(self, own: Path, leaving: Iterable[_LogSeen] = ()) -> set[str]:
        """The computers with a log in the folder besides this one's `own` and those `leaving`."""
        gone = {own, *(log.path for log in leaving)}
        return {log.device for log in self.logs if log.device and log.path not in gone}


class _Abandoned(Exception):
    """Another sync appended to this computer's log while a compaction was being written."""


@dataclass
class _Compaction:
    """A compaction decided inside a sync, done after it commits."""

    old: list[tuple[Path, str]]  # (log, its id): this computer's own first, then removed ones
    logged: set[str]  # computers whose logs stay in the folder
    ends: dict[Path, int]  # where each removed computer's log was read to
    cursor: tuple | None = None  # this computer's own log's cursor when the sync committed


@dataclass
class SyncPrepared:
    """The folder read and its files decrypted ahead of a sync (`sync_prepare`), for
    `sync(prepared=...)`."""

    seen: _FolderRead
    prefetched: dict[str, str]  # SHA-256 -> attachment id decrypted into the store


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    this: bool
    removed: bool
    last_change: str | None


@dataclass(frozen=True)
class HistoryEntry:
    field: str
    value: Any
    when: str
    device: str  # its id
    computer: str = ""  # its name, as `sync devices` shows it


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return -1


def _iso(wall_ms: int) -> str:
    return datetime.fromtimestamp(wall_ms / 1000, UTC).isoformat(timespec="seconds")


def _computer_name(name: str | None) -> str:
    """A computer's name for the others: given (checked), else its host name."""
    if name is None:
        import platform

        return platform.node() or "a computer"
    name = " ".join(name.split())
    if not name or len(name) > 60 or not name.isprintable():
        raise UserError("Give the computer a name of 1 to 60 characters, on one line.")
    return name


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _log_problem(who: str, read: logs.LogRead) -> str:
    """One sentence for a log that could not be read to its end."""
    count = read.end.index
    if read.problem == "incomplete":
        if count == 0:
            return (
                f"The log of {who} has no complete change yet (it may still be copying); it "
                "will be read when it arrives."
            )
        return (
            f"The log of {who} ends in the middle of a change, after {_count(count, 'complete one')} "
            "(it may still be copying); the rest will be read when it arrives."
        )
    if count == 0:
        return f"The log of {who} is damaged from its start; nothing in it was merged."
    return (
        f"The log of {who} is damaged after its first {_count(count, 'change')}; they were "
        "merged and the rest was left out."
    )


def _nothing_to_join(folder: Path, seen: _FolderRead) -> str:
    """Why a join found nothing to start from, in one sentence."""
    if not seen.problems:
        return (
            f"{folder} holds no changes to join from yet; on the computer that has the "
            "backpack, run 'backpack sync', then try again (nothing was made here)."
        )
    if any("may still be copying" in p for p in seen.problems):
        return (
            f"The changes in {folder} have not finished copying; try again once the folder is "
            "up to date (nothing was made here)."
        )
    return (
        f"The logs in {folder} could not be read (damaged, or another backpack's); on the "
        "computer that has the backpack, run 'backpack sync --compact' to write its log again, "
        "then try again (nothing was made here)."
    )


class _Blobs:
    """Reads a blob's chunks as a file object for AttachmentStore.put_stream."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._buf = chunks, b""

    def read(self, n: int) -> bytes:
        while len(self._buf) < n:
            try:
                self._buf += next(self._chunks)
            except StopIteration:
                break
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


class SyncActions:
    """Mixed into `Backpack`."""

    _conn: sqlcipher3.Connection
    _master: bytes
    _header: VaultHeader
    layout: Layout
    attachments: AttachmentStore
    _clock: Callable[[], datetime]

    # --- state ------------------------------------------------------------------------------
    def _meta(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT name, value FROM sync_meta").fetchall())

    def _set_meta(self, **values: str) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_meta (name, value) VALUES (?,?)", list(values.items())
        )

    @property
    def sync_folder(self) -> Path | None:
        folder = self._meta().get("folder")
        return Path(folder) if folder else None

    @property
    def last_synced(self) -> str | None:
        return self._meta().get("last_synced")

    # --- setting up -------------------------------------------------------------------------
    def sync_setup(
        self,
        folder: Path,
        *,
        progress: Progress = _quiet,
        joining: bool = False,
        name: str | None = None,
    ) -> SyncReport:
        """Start syncing this backpack through `folder` and write all of it there now; `name`:
        this computer's name for the others (its host name if None)."""
        meta = self._meta()
        if "device" in meta:
            raise UserError(f"This backpack already syncs through {meta['folder']}.")
        name = _computer_name(name)
        folder = Path(folder).absolute()
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise UserError(f"Cannot use {folder} as a sync folder ({exc.strerror}).") from None
        keys = logs.SyncKeys(self._master)
        for path in logs.log_files(folder):
            try:
                logs.read_log(path, keys, logs.LogPosition(offset=path.stat().st_size))
            except logs.ForeignLog:
                raise UserError(
                    f"{folder} already holds another backpack's sync files; choose another folder."
                ) from None
            except MalformedFile:
                continue
        if not joining:
            # The receiving key (the card) is made now, so every computer that joins has the
            # same one: two computers each making their own later would leave one card dead.
            self.receiving_key()  # type: ignore[attr-defined]
        log_id = logs.new_log_id()
        with database.transaction(self._conn):
            self._set_meta(
                device="dev-" + os.urandom(6).hex(),
                log=log_id.hex(),
                folder=str(folder),
                clock="0 0",
                name=name,
            )
            self._conn.executemany(
                "INSERT OR IGNORE INTO sync_dirty (local) VALUES (?)",
                [(x,) for x in rows.all_locals(self._conn)],
            )
            logs.create_log(folder, keys, log_id)
        try:
            return self.sync(progress=progress, joining=joining)
        except BaseException:
            if joining:  # nothing is left in the shared folder by a join that was refused
                logs.log_path(folder, log_id).unlink(missing_ok=True)
            raise

    @classmethod
    def sync_join(
        cls,
        folder: Path,
        home: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        kdf: KdfPolicy,
        clock: Callable[[], datetime],
        progress: Progress = _quiet,
        name: str | None = None,
    ) -> tuple[Any, SyncReport]:
        """Make the backpack kept in `folder` on this computer, in the new folder `home`,
        unlocking it with its passphrase (or recovery key); `name` as for `sync_setup`."""
        from backpack_app.crypto.keys import derive_subkey
        from backpack_app.crypto.recovery import parse_recovery_key

        _computer_name(name)  # refused before anything is made
        layout = Layout(home)
        if layout.exists():
            raise BackpackExists(f"There is already a backpack in {home}.")
        folder = Path(folder).absolute()
        copies = logs.key_files(folder) if folder.is_dir() else []
        headers: list[VaultHeader] = []
        for path in copies:
            try:
                header = VaultHeader.load(path)
            except (CorruptBackpack, OSError):
                continue
            if all(h.to_bytes() != header.to_bytes() for h in headers):
                headers.append(header)
        if not headers:
            raise NotFound(
                f"{folder} holds no backpack to join; on the computer that has it, run "
                "'backpack sync setup FOLDER' first."
            )
        secret = parse_recovery_key(recovery_key) if recovery_key is not None else None
        for header in headers:
            try:
                if secret is not None:
                    master = header.unwrap_with_recovery_secret(secret)
                else:
                    assert passphrase is not None
                    master = header.unwrap_with_passphrase(passphrase)
                break
            except WrongPassphrase:
                continue
        else:
            raise WrongPassphrase("recovery key" if secret is not None else "passphrase")
        existed = home.exists()
        before = set(home.iterdir()) if existed else set()
        make_private_dir(home)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
        database.connect(layout.database, derive_subkey(master, "database"), create=True).close()
        header.save(layout.header)
        try:
            wallet = cls(layout, header, master, kdf=kdf, clock=clock)  # type: ignore[call-arg]
            try:
                with database.transaction(wallet._conn):
                    wallet._set_meta(header_digest=rows.digest(header.to_bytes().hex()))
                report = wallet.sync_setup(folder, progress=progress, joining=True, name=name)
            except BaseException:
                wallet.close()
                raise
        except BaseException:
            import shutil  # nothing half-made is left where the user will try again

            if not existed:
                shutil.rmtree(home, ignore_errors=True)
            for made in set(home.iterdir()) - before if existed else ():
                if made.is_dir() and not made.is_symlink():
                    shutil.rmtree(made, ignore_errors=True)
                else:
                    made.unlink(missing_ok=True)
            raise
        return wallet, report

    def sync_after_restore(self) -> None:
        """A restored backpack that synced becomes a new computer with a new log: the
        computer it was copied from may still be writing its own (two writers of one log would
        break its chain). It still reads that log from where the backup left off."""
        if "device" in self._meta():
            with database.transaction(self._conn):
                self._set_meta(device="dev-" + os.urandom(6).hex(), log=logs.new_log_id().hex())

    # --- syncing ----------------------------------------------------------------------------
    def sync(
        self,
        *,
        progress: Progress = _quiet,
        extra: list[tuple[str, str, Any]] = (),
        compact: bool = False,
        joining: bool = False,
        prepared: SyncPrepared | None = None,
    ) -> SyncReport:
        """Merge the other computers' changes and export this one's (see module doc).
        `joining`: the first sync of a computer joining; refused (nothing written) when the
        folder gave it nothing to start from (no authenticated change, no vault header)."""
        meta = self._meta()
        if "device" not in meta:
            raise UserError(
                "This backpack does not sync yet; start with 'backpack sync setup FOLDER' "
                "(or 'backpack sync join FOLDER' on a new computer)."
            )
        folder = Path(meta["folder"])
        if not folder.is_dir():
            raise UserError(f"The sync folder {folder} is not there (is its drive connected?).")
        keys, report = logs.SyncKeys(self._master), SyncReport()
        # Reading and decrypting the logs, and the files they bring, happen before the write
        # transaction: another process writing to this backpack (the window while the command
        # line syncs) waits only for the merge itself. `prepared`: done already, on another
        # connection (`sync_prepare`); read again in the transaction if another sync ran since.
        if prepared is not None and prepared.seen.meta.get("folder") == meta["folder"]:
            seen, prefetched = prepared.seen, prepared.prefetched
        else:
            if prepared is not None:
                self.attachments.remove(prepared.prefetched.values())
            seen = self._read_logs(folder, keys, meta, progress)
            if joining and not any(w.key == rows.HEADER_KEY for w in seen.writes):
                raise UserError(_nothing_to_join(folder, seen))
            prefetched = self._prefetch_files(seen.writes, keys, folder, progress)
        try:
            return self._sync_locked(
                folder, keys, seen, prefetched, report, progress, extra, compact
            )
        except BaseException:
            self.attachments.remove(prefetched.values())  # none is used: nothing committed
            raise

    def sync_prepare(self, *, progress: Progress = _quiet) -> SyncPrepared | None:
        """What `sync` does before its write transaction (read the folder's logs, decrypt the
        files they bring), on a database connection of its own: callable on another thread
        than the one using this backpack, while it goes on writing. None when there is nothing
        to read (no sync set up, the folder is not there: `sync` says why)."""
        from backpack_app.crypto.keys import derive_subkey

        conn = database.connect(self.layout.database, derive_subkey(self._master, "database"))
        try:
            reader = copy.copy(self)  # the same backpack, reading through `conn`
            reader._conn = conn
            meta = reader._meta()
            if "device" not in meta or not Path(meta["folder"]).is_dir():
                return None
            folder, keys = Path(meta["folder"]), logs.SyncKeys(self._master)
            seen = reader._read_logs(folder, keys, meta, progress)
            return SyncPrepared(seen, reader._prefetch_files(seen.writes, keys, folder, progress))
        finally:
            conn.close()

    def _sync_locked(
        self,
        folder: Path,
        keys: logs.SyncKeys,
        seen: _FolderRead,
        prefetched: dict[str, str],
        report: SyncReport,
        progress: Progress,
        extra: list[tuple[str, str, Any]],
        compact: bool,
    ) -> SyncReport:
        unused: list[str] = []
        with database.transaction(self._conn):
            meta = self._meta()
            if seen.stale(meta, self._cursors()):  # another sync ran meanwhile: read again
                seen = self._read_logs(folder, keys, meta, progress)
            self._note_reads(seen, report)
            me = meta["device"]
            own_log = logs.log_path(folder, bytes.fromhex(meta["log"]))
            clock = HybridClock(*map(int, meta["clock"].split()))
            remote = seen.writes
            for w in remote:
                clock.observe(w.wall, w.counter)
            local, header_digest = self._local_writes(clock, me, meta, extra)
            report.sent = len(local)
            self._fold(local, report)
            changed = self._fold(remote, report, set(local))
            report.received = len(remote)
            if self._removed(me):  # nothing of this sync is kept
                raise UserError(
                    "This computer was removed from syncing on another computer, so its changes "
                    "are no longer merged; to sync again, keep a backup of this backpack and run "
                    "'backpack sync join FOLDER' into a new, empty backpack folder (this one keeps "
                    "the removed computer's identity, which the others no longer accept)."
                )
            pending = [r[0] for r in self._conn.execute("SELECT key FROM sync_pending")]
            unused, header = self._apply(changed | set(pending), keys, report, progress, prefetched)
            if any(k.startswith(rows.CRED_PREFIX) for k in changed):
                twins = self._twin_writes(clock, me)
                self._fold(twins, report)
                more, _ = self._apply(
                    {w.key for w in twins}, keys, report, progress, {}, retry=False
                )
                unused += more
                local = [*local, *twins]
                report.sent = len(local)
            if header is not None:
                header_digest = rows.digest(header.hex())
            self._copy_files_out(local, keys, folder, report, progress)
            if not own_log.exists():  # deleted from the folder: start again, resending all
                own_log = self._new_log(folder, keys, me, report, seen.writers(own_log))
                local = []  # they are in it already
            if local or report.own_log_cut:
                progress("writing", 0, len(local))
                start = self._own_position(own_log, keys, report, me)
                end = logs.append_batches(own_log, keys, start, self._batches(me, local))
                report.bytes_written += end.offset - start.offset
                log_id = own_log.name[: -len(logs.LOG_SUFFIX)]
                self._save_cursor(own_log.name, log_id, me, end, None)
                progress("writing", len(local), len(local))
            # Removed computers' logs this computer has merged whole go at compaction, their
            # writes carried into its new log.
            doomed = [
                log
                for log in seen.logs
                if log.complete and log.device not in (None, me) and self._removed(log.device)
            ]
            plan = None
            if compact or doomed or self._own_records(own_log) >= COMPACT_AFTER_RECORDS:
                rows.trim_history(self._conn)  # the snapshot leaves out what the bound drops
                plan = _Compaction(
                    old=[
                        (own_log, own_log.name[: -len(logs.LOG_SUFFIX)]),
                        *((d.path, d.log_id) for d in doomed),
                    ],
                    logged=seen.writers(own_log, doomed),
                    ends={d.path: d.end.offset for d in doomed},
                )
            if report.damaged_files:
                n = len(report.damaged_files)
                report.problems.append(
                    f"{_count(n, 'attached file')} in the folder could not be read (still being "
                    "copied, or damaged); the entries that use them wait and are tried again at "
                    "each sync."
                )
            self._conn.execute("DELETE FROM sync_dirty")
            self._set_meta(
                clock=f"{clock.wall} {clock.counter}",
                last_synced=self._clock().isoformat(timespec="seconds"),
                header_digest=header_digest,
            )
        self.attachments.remove(unused)
        if header is not None:
            self._adopt_header(header)
        report.bytes_written += self._write_key_copy(folder, own_log.name[: -len(logs.LOG_SUFFIX)])
        if plan is not None:
            plan.cursor = self._cursors().get(own_log.name)
            try:
                self._compact(folder, keys, me, plan, report, progress)
            except (OSError, database.DatabaseError) as exc:  # a full disk, a busy backpack
                why = exc.strerror if isinstance(exc, OSError) else str(exc)
                report.problems.append(
                    f"This computer's log in the folder could not be rewritten ({why}); "
                    "it will be tried again at the next sync."
                )
        return report

    def _twin_writes(self, clock: HybridClock, me: str) -> list[Write]:
        """A course that came in its own file on one computer and inside a CLR on another
        becomes one record, as an import does in one backpack: the one from its own file is
        placed inside the CLR, the CLR's copy deleted. Every computer that notices writes the
        same values, so it does not matter how many do."""
        now_ms = int(self._clock().timestamp() * 1000)
        writes = []
        for inner, outer, parent in rows.twin_courses(self._conn):
            for key, name, value in ((outer, "c.parent", parent), (inner, ALIVE, False)):
                wall, counter = clock.tick(now_ms)
                writes.append(Write(key, name, wall, counter, me, value))
        return writes

    def _removed(self, device: str) -> bool:
        key = rows.DEVICE_PREFIX + device
        alive = rows.winners(self._conn, [key]).get((key, ALIVE))
        return alive is not None and alive.value is False

    def _own_records(self, own_log: Path) -> int:
        row = self._conn.execute(
            "SELECT idx FROM sync_cursors WHERE file = ?", (own_log.name,)
        ).fetchone()
        return int(row[0]) if row else 0

    def _new_log(
        self, folder: Path, keys: logs.SyncKeys, me: str, report: SyncReport, logged: set[str]
    ) -> Path:
        """Start this computer's log again (it was deleted from the folder), inside the sync's
        transaction."""
        path, log_id, end = self._write_snapshot(folder, keys, me, logged)
        report.bytes_written += end.offset
        self._save_cursor(path.name, log_id, me, end, None)
        self._set_meta(log=log_id)
        return path

    def _write_snapshot(
        self, folder: Path, keys: logs.SyncKeys, me: str, logged: set[str]
    ) -> tuple[Path, str, logs.LogPosition]:
        """A new log for this computer holding every write the merged state keeps (value or
        history) that was made here or by a computer with no log left in the folder
        (`logged`: the computers that have one), with their own stamps, in stamp order."""
        authors = {
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT device FROM sync_items UNION SELECT DISTINCT device FROM sync_history"
            )
        }
        carried = sorted(carried_devices(me, authors, logged))
        marks = ",".join("?" * len(carried))
        kept = [
            Write(k, f, wall, counter, dev, json.loads(value), value)
            for table in ("sync_items", "sync_history")
            for k, f, wall, counter, dev, value in self._conn.execute(
                f"SELECT key, field, wall, counter, device, value FROM {table} "  # noqa: S608 - constant names, marks
                f"WHERE device IN ({marks})",
                carried,
            )
        ]
        kept.sort(key=lambda w: w.order)
        log_id = logs.new_log_id()
        path = logs.log_path(folder, log_id)
        logs.create_log(folder, keys, log_id)
        try:
            end = logs.append_batches(path, keys, logs.LogPosition(), self._batches(me, kept))
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path, log_id.hex(), end

    def _compact(
        self,
        folder: Path,
        keys: logs.SyncKeys,
        me: str,
        plan: _Compaction,
        report: SyncReport,
        progress: Progress,
    ) -> None:
        """Replace this computer's log (and the removed computers' logs of `plan`) by a
        snapshot, after the sync committed: the snapshot is read and written without the write
        lock, which is taken only to adopt it, and only if no other sync (another process)
        appended to this computer's log meanwhile (else the next sync compacts)."""
        conn = self._conn
        progress("compacting", 0, 1)
        conn.execute("BEGIN")  # one consistent read of the merged state; writers go on
        try:
            path, log_id, end = self._write_snapshot(folder, keys, me, plan.logged)
        finally:
            conn.execute("ROLLBACK")
        progress("compacting", 1, 1)
        try:
            with database.transaction(conn):
                own = plan.old[0][0].name
                current = self._cursors().get(own)
                if self._meta().get("log") != plan.old[0][1] or current != plan.cursor:
                    raise _Abandoned
                self._save_cursor(path.name, log_id, me, end, None)
                self._set_meta(log=log_id)
                conn.executemany(
                    "DELETE FROM sync_cursors WHERE file = ?", [(p.name,) for p, _ in plan.old]
                )
        except BaseException as exc:  # not adopted: the new log goes, the old one stays
            path.unlink(missing_ok=True)
            if isinstance(exc, _Abandoned):
                return
            raise
        report.bytes_written += end.offset + self._write_key_copy(folder, log_id)
        report.compacted, report.removed_logs = True, len(plan.old) - 1
        for path, old_id in plan.old:  # the new log holds what they held, durably
            if _size(path) > plan.ends.get(path, _size(path)):
                continue  # a removed computer wrote more since it was read: read it next time
            path.unlink(missing_ok=True)
            (folder / (old_id + logs.KEY_SUFFIX)).unlink(missing_ok=True)

    def _cursors(self) -> dict[str, tuple]:
        return {
            r[0]: r[1:]
            for r in self._conn.execute(
                "SELECT file, log_id, device, offset, idx, chain, problem FROM sync_cursors"
            )
        }

    def _read_logs(
        self, folder: Path, keys: logs.SyncKeys, meta: dict[str, str], progress: Progress
    ) -> _FolderRead:
        """Every log's writes from where it was last read (nothing is written to the vault)."""
        cursors = self._cursors()
        seen = _FolderRead(meta=meta, cursors=cursors)
        names = self._device_names()
        own = meta["log"] + logs.LOG_SUFFIX
        paths = logs.log_files(folder)
        for n, path in enumerate(paths):
            progress("reading", n, len(paths))
            cursor = cursors.get(path.name)
            start = logs.LogPosition(cursor[2], cursor[3], bytes(cursor[4])) if cursor else None
            try:
                read = logs.read_log(path, keys, start)
                if read.problem and start is not None and read.end == start:
                    read = logs.read_log(path, keys, None)  # rewritten since: read it again
            except logs.ForeignLog:
                seen.problems.append(f"{path.name} belongs to another backpack; it was left out.")
                continue
            except FileNotFoundError:  # removed since listed (another computer compacted)
                continue
            except (MalformedFile, OSError):
                seen.problems.append(f"{path.name} is not a Backpack sync log; it was left out.")
                continue
            device = cursor[1] if cursor else None
            for batch in read.batches:
                device = str(batch.get("device", device))
                for entry in batch["writes"]:
                    try:
                        key, name, wall, counter, dev, value = entry
                        seen.writes.append(
                            Write(str(key), str(name), int(wall), int(counter), str(dev), value)
                        )
                    except (TypeError, ValueError):
                        continue
            if read.problem and path.name == own:
                seen.own_log_cut = True  # half a record from a killed sync: cut at append
            elif read.problem:
                seen.problems.append(
                    _log_problem(names.get(device or "", "another computer"), read)
                )
            seen.logs.append(
                _LogSeen(
                    path,
                    read.log_id.hex(),
                    device,
                    read.end,
                    read.problem,
                    save=cursor is None or bool(read.batches) or read.problem != cursor[5],
                )
            )
        progress("reading", len(paths), len(paths))
        return seen

    def _note_reads(self, seen: _FolderRead, report: SyncReport) -> None:
        """Save where each log was read to, and what was wrong with it."""
        report.problems += seen.problems
        report.own_log_cut = seen.own_log_cut
        for log in seen.logs:
            if log.save:
                self._save_cursor(log.path.name, log.log_id, log.device, log.end, log.problem)

    def _prefetch_files(
        self, writes: list[Write], keys: logs.SyncKeys, folder: Path, progress: Progress
    ) -> dict[str, str]:
        """Decrypt the files the latest remote writes name and this computer lacks into the
        attachment store before the write transaction; SHA-256 -> local attachment id (those
        the merge does not use are removed after it)."""
        latest: dict[tuple[str, str], Write] = {}
        for w in writes:
            if w.field in ("files", ALIVE) or (
                w.key.partition(":")[0] in rows.FILE_TABLES and w.field == "sha256"
            ):
                slot = (w.key, w.field)
                if slot not in latest or w.order > latest[slot].order:
                    latest[slot] = w
        wanted: dict[str, tuple[str, str]] = {}
        for (key, name), w in latest.items():
            gone = latest.get((key, ALIVE))
            if name == ALIVE or (gone is not None and gone.value is False):
                continue  # an item deleted in what was read: its files are not wanted
            if name == "sha256":
                wanted.setdefault(str(w.value), ("file", "application/octet-stream"))
            elif isinstance(w.value, list):
                for f in w.value:
                    if isinstance(f, dict) and isinstance(f.get("sha256"), str):
                        media = str(f.get("media_type") or "application/octet-stream")
                        wanted.setdefault(f["sha256"], (str(f.get("name", "file")), media))
        out: dict[str, str] = {}
        todo = [sha for sha in sorted(wanted) if self._local_file(sha) is None]
        for n, sha in enumerate(todo):
            progress("fetching files", n, len(todo))
            try:
                ref = self.attachments.put_stream(
                    _Blobs(logs.open_blob(folder, keys, sha)),
                    name=wanted[sha][0],
                    media_type=wanted[sha][1],
                )
            except (FileNotFoundError, DecryptionFailed, MalformedFile, OSError):
                continue  # the merge fetches it again, and says what is wrong
            if ref.sha256 != sha:
                self.attachments.remove([ref.id])
                continue
            out[sha] = ref.id
        progress("fetching files", len(todo), len(todo))
        return out

    def _save_cursor(
        self, file: str, log_id: str, device: str | None, end: logs.LogPosition, problem
    ) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO sync_cursors (file, log_id, device, offset, idx, chain, "
            "problem, read_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                file,
                log_id,
                device,
                end.offset,
                end.index,
                end.chain,
                problem,
                self._clock().isoformat(timespec="seconds"),
            ),
        )

    def _own_position(
        self, path: Path, keys: logs.SyncKeys, report: SyncReport, me: str
    ) -> logs.LogPosition:
        """Where to append: after the last authenticated record of this computer's log."""
        row = self._conn.execute(
            "SELECT offset, idx, chain FROM sync_cursors WHERE file = ?", (path.name,)
        ).fetchone()
        start = logs.LogPosition(row[0], row[1], bytes(row[2])) if row else None
        read = logs.read_log(path, keys, start)
        if read.batches:  # written by a sync that was killed before it committed
            self._fold(
                [
                    Write(k, f, int(wl), int(c), str(d), v)
                    for b in read.batches
                    for k, f, wl, c, d, v in b["writes"]
                ],
                report,
            )
        return read.end

    def _batches(self, me: str, writes: list[Write]) -> Iterator[dict[str, Any]]:
        batch: list[list] = []
        size = 0
        for w in writes:
            batch.append([w.key, w.field, w.wall, w.counter, w.device, w.value])
            size += len(w.text) + len(w.key) + 40
            if len(batch) >= BATCH_WRITES or size >= BATCH_BYTES:
                yield {"device": me, "writes": batch}
                batch, size = [], 0
        if batch:
            yield {"device": me, "writes": batch}

    def _local_writes(
        self,
        clock: HybridClock,
        me: str,
        meta: dict[str, str],
        extra: list[tuple[str, str, Any]],
    ) -> tuple[list[Write], str]:
        """This computer's changes since it last synced, as writes stamped now."""
        conn = self._conn
        dirty = [r[0] for r in conn.execute("SELECT local FROM sync_dirty")]
        items = rows.read_items(conn, dirty)
        present = {i.key for i in items}
        gone = [k for k in rows.keys_of_locals(conn, dirty) if k not in present]
        device_key = "device:" + me
        known = rows.winners(conn, [*present, *gone, device_key])
        by_key: dict[str, dict[tuple[str, str], Write]] = {}
        for slot, w in known.items():
            by_key.setdefault(slot[0], {})[slot] = w
        now_ms = int(self._clock().timestamp() * 1000)
        writes: list[Write] = []

        def write(key: str, name: str, value: Any) -> None:
            wall, counter = clock.tick(now_ms)
            writes.append(Write(key, name, wall, counter, me, value))

        if (device_key, ALIVE) not in known:
            write(device_key, ALIVE, True)
            write(device_key, "name", meta.get("name") or _computer_name(None))
        for item in items:
            for name, value in rows.diff(item, by_key.get(item.key, {})):
                write(item.key, name, value)
            rows.set_local(conn, item.key, item.local)
        for key in gone:
            alive = known.get((key, ALIVE))
            if alive is not None and alive.value is True:
                write(key, ALIVE, False)
            rows.set_local(conn, key, None)
        header = self.layout.header.read_bytes()
        header_digest = rows.digest(header.hex())
        if meta.get("header_digest") != header_digest:
            write(rows.HEADER_KEY, "bytes", base64.b64encode(header).decode("ascii"))
        for key, name, value in extra:
            write(key, name, value)
        return writes, header_digest

    def _fold(
        self, writes: list[Write], report: SyncReport, local: set[Write] | None = None
    ) -> set[str]:
        """Fold writes into the merged state kept in the vault; the keys whose content changed.
        With `local` (this computer's writes of this sync), entries where a remote write and a
        local one competed are counted as kept in history."""
        if not writes:
            return set()
        replica = Replica(winners=rows.winners(self._conn, {w.key for w in writes}))
        before = dict(replica.winners)
        changed: set[str] = set()
        competed: set[str] = set()
        for w in writes:
            change = replica.add(w)
            if change is not None:
                changed.add(w.key)
            if local is None or w.field in (ALIVE, "updated"):
                continue
            lost = change is None and replica.winners.get((w.key, w.field)) != w
            if lost or (change is not None and change.displaced in local):
                competed.add(w.key)
        rows.store_winners(
            self._conn, [w for slot, w in replica.winners.items() if before.get(slot) != w]
        )
        rows.store_history(self._conn, [w for ws in replica.history.values() for w in ws])
        rows.trim_history(self._conn, {key for key, _ in replica.history}, replica.winners)
        report.kept_in_history += len(competed)
        return changed

    def _apply(
        self,
        keys: set[str],
        sync_keys: logs.SyncKeys,
        report: SyncReport,
        progress: Progress,
        prefetched: dict[str, str],
        *,
        retry: bool = True,
    ) -> tuple[list[str], bytes | None]:
        """Write the merged content of `keys` into the vault; (attachment ids to remove, a
        newer vault header to adopt)."""
        conn = self._conn
        folder = Path(self._meta()["folder"])
        header = None
        if rows.HEADER_KEY in keys:
            value = rows.item_fields(conn, rows.HEADER_KEY).get("bytes")
            if isinstance(value, str) and base64.b64decode(value) != self._header.to_bytes():
                header = base64.b64decode(value)
        parents: dict[str, str | None] = {}

        def parent_of(key: str) -> str | None:
            if key not in parents:
                parents[key] = (
                    rows.item_fields(conn, key).get("c.parent")
                    if key.startswith(rows.CRED_PREFIX)
                    else None
                )
            return parents[key]

        ordered = rows.apply_order(keys, parent_of)
        unused: list[str] = []
        fetched: list[str] = []

        def fetch_file(sha: str, name: str, media_type: str) -> str:
            if sha in prefetched:
                fetched.append(prefetched[sha])
                report.files_in += 1
                return prefetched.pop(sha)
            try:
                ref = self.attachments.put_stream(
                    _Blobs(logs.open_blob(folder, sync_keys, sha)),
                    name=name,
                    media_type=media_type,
                )
            except FileNotFoundError:
                raise rows.Waiting(f"file {sha}") from None
            except DecryptionFailed:
                report.damaged_files.add(sha)  # said once for all of them (`_note_files`)
                raise rows.Waiting(f"file {sha}") from None
            fetched.append(ref.id)
            if ref.sha256 != sha:
                raise rows.Waiting(f"file {sha}")
            report.files_in += 1
            return ref.id

        if retry:  # the pending items are among `keys`: whatever still waits is noted again
            conn.execute("DELETE FROM sync_pending")
        batch: dict[str, dict[str, Any]] = {}
        for n, key in enumerate(ordered):
            if n % 500 == 0:
                progress("applying", n, len(ordered))
                batch = {}  # the next 500 items' fields, read at once
                for (k, name), w in rows.winners(conn, ordered[n : n + 500]).items():
                    batch.setdefault(k, {})[name] = w.value
            fields = batch.get(key, {})
            alive = fields.pop(ALIVE, None) is True
            conn.execute("SAVEPOINT item")
            try:
                unused += rows.write_item(conn, key, fields if alive else None, fetch_file)
                conn.execute("RELEASE item")
                report.changed += 1
            except (rows.Waiting, database.DatabaseError, KeyError, TypeError, ValueError):
                conn.execute("ROLLBACK TO item")
                conn.execute("RELEASE item")
                conn.execute("INSERT OR IGNORE INTO sync_pending (key) VALUES (?)", (key,))
                report.waiting += 1
        progress("applying", len(ordered), len(ordered))
        used = {r[0] for r in conn.execute("SELECT id FROM attachments")}
        used |= rows.file_ids(conn)
        unused += [aid for aid in [*fetched, *prefetched.values()] if aid not in used]
        prefetched.clear()
        return [aid for aid in unused if aid not in used], header

    def _copy_files_out(
        self,
        writes: list[Write],
        keys: logs.SyncKeys,
        folder: Path,
        report: SyncReport,
        progress: Progress,
    ) -> None:
        wanted: set[str] = set()
        for w in writes:
            if w.field == "files" and isinstance(w.value, list):
                wanted |= {f["sha256"] for f in w.value if isinstance(f, dict)}
            elif w.key.partition(":")[0] in rows.FILE_TABLES and w.field == "sha256":
                wanted.add(str(w.value))
        for n, sha in enumerate(sorted(wanted)):
            progress("copying files", n, len(wanted))
            ref = self._local_file(sha)
            if ref is None:
                continue
            written = logs.put_blob(
                folder, keys, sha, ref.size, self.attachments.iter_plaintext(ref)
            )
            report.bytes_written += written
            report.files_out += 1 if written else 0
        progress("copying files", len(wanted), len(wanted))

    def _local_file(self, sha: str) -> AttachmentRef | None:
        from backpack_app.domain.records import AttachmentRef

        row = self._conn.execute(
            "SELECT id, name, media_type, size FROM attachments WHERE sha256 = ? LIMIT 1", (sha,)
        ).fetchone()
        for table in rows.FILE_TABLES:  # a kept share, a reply kept apart
            row = (
                row
                or self._conn.execute(
                    "SELECT attachment_id, 'file', 'application/octet-stream', size "  # noqa: S608 - constant names
                    f"FROM {table} WHERE sha256 = ? LIMIT 1",
                    (sha,),
                ).fetchone()
            )
        if row is None:
            return None
        return AttachmentRef(id=row[0], name=row[1], media_type=row[2], size=row[3], sha256=sha)

    def _adopt_header(self, data: bytes) -> None:
        """A newer vault header from another computer (a new passphrase or recovery key)."""
        try:
            header = VaultHeader.parse(data)
        except CorruptBackpack:
            return
        if header.body.vault_id != self._header.body.vault_id:
            return
        header.save(self.layout.header)
        self._header = header

    def _write_key_copy(self, folder: Path, log_id: str) -> int:
        """This computer's copy of the vault header in the folder, for a new computer to join."""
        target = folder / (log_id + logs.KEY_SUFFIX)
        data = self._header.to_bytes()
        if target.exists() and target.read_bytes() == data:
            return 0
        from backpack_app.files import atomic_write_bytes

        atomic_write_bytes(target, data)
        return len(data)

    # --- devices and history ----------------------------------------------------------------
    def _device_names(self) -> dict[str, str]:
        """Each computer's name as shown: two of the same name are told apart by the order
        they first joined in ("vm", "vm (2)"), the same on every computer (docs/sync.md)."""
        names: dict[str, str] = {}
        first: dict[str, tuple] = {}  # device -> stamp of its first `_alive = true`
        for table in ("sync_items", "sync_history"):
            for key, name, wall, counter, author, value in self._conn.execute(
                "SELECT key, field, wall, counter, device, value FROM "  # noqa: S608 - constant names
                f"{table} WHERE key >= 'device:' AND key < 'device;' AND field IN ('name', ?)",
                (ALIVE,),
            ):
                dev = key[len("device:") :]
                if name == "name" and table == "sync_items":
                    names[dev] = str(json.loads(value))
                elif name == ALIVE and json.loads(value) is True:
                    first[dev] = min(
                        first.get(dev, (wall, counter, author)), (wall, counter, author)
                    )
        seen: dict[str, int] = {}
        shown = {}
        for dev in sorted(names, key=lambda d: (first.get(d, (2**63,)), d)):
            n = seen[names[dev]] = seen.get(names[dev], 0) + 1
            shown[dev] = names[dev] if n == 1 else f"{names[dev]} ({n})"
        return shown

    def sync_rename(self, name: str) -> SyncReport:
        """Give this computer another name for the others (sent by a sync now)."""
        me = self._meta().get("device")
        if me is None:
            raise UserError("This backpack does not sync yet; see 'backpack sync setup'.")
        name = _computer_name(name)
        with database.transaction(self._conn):
            self._set_meta(name=name)
        return self.sync(extra=[(rows.DEVICE_PREFIX + me, "name", name)])

    def sync_devices(self) -> list[Device]:
        """Every computer that syncs this backpack (removed ones too, marked)."""
        me = self._meta().get("device")
        if me is None:
            raise UserError("This backpack does not sync yet; see 'backpack sync setup'.")
        names = self._device_names()
        alive = {
            key[len("device:") :]: json.loads(value)
            for key, value in self._conn.execute(
                "SELECT key, value FROM sync_items WHERE key >= 'device:' AND key < 'device;' "
                "AND field = ?",
                (ALIVE,),
            )
        }
        latest = dict(
            self._conn.execute("SELECT device, max(wall) FROM sync_items GROUP BY device")
        )
        return [
            Device(
                id=dev,
                name=names.get(dev, "?"),
                this=dev == me,
                removed=alive.get(dev) is False,
                last_change=_iso(latest[dev]) if dev in latest else None,
            )
            for dev in sorted(names)
        ]

    def sync_remove_device(self, device_id: str) -> Device:
        """Stop merging a computer's further changes (what it wrote stays merged)."""
        matches = [
            d for d in self.sync_devices() if d.id == device_id or d.id.startswith(device_id)
        ]
        if len(matches) != 1:
            raise NotFound(
                f"No computer {device_id} syncs this backpack (see 'backpack sync devices')."
            )
        device = matches[0]
        if device.this:
            raise UserError("That is this computer; remove it from another one.")
        if not device.removed:
            self.sync(extra=[("device:" + device.id, ALIVE, False)])
        return device

    def sync_history(self, record_id: str) -> list[HistoryEntry]:
        """Earlier values of an entry's fields (edits that lost to a later one), oldest first;
        bounded per field (docs/sync.md: the latest 20, none 400 days older than the value)."""
        local = "records:" + record_id
        row = self._conn.execute("SELECT key FROM sync_local WHERE local = ?", (local,)).fetchone()
        key = row[0] if row else local
        names = self._device_names()
        return [
            HistoryEntry(name, json.loads(value), _iso(wall), device, names.get(device, device))
            for name, value, wall, device in self._conn.execute(
                "SELECT field, value, wall, device FROM sync_history WHERE key = ? AND field != ? "
                "ORDER BY wall, counter, device",
                (key, ALIVE),
            )
        ]
