"""Sync benchmark (issue 20): initial setup and join of a large backpack, then an incremental
merge of 100 changes. Times and bytes written.

`python -m benchmarks sync [--records N] [--mb M]` (defaults: 10,000 records, 200 MB of
attachments in 200 files). Target: an incremental merge well under a second.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.domain.records import Category
from backpack_app.store import database
from backpack_app.wallet import Backpack
from backpack_app.wallet.backpack import utc_now

PASSPHRASE = "benchmark passphrase"
# Key stretching is not what is measured here: the cheapest parameters any file may carry.
FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class LockTimer:
    """The longest time a write transaction (BEGIN IMMEDIATE ... COMMIT: the database's write
    lock, which the window waits on) was held, by wrapping `database.transaction`."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._inner = database.transaction

        @contextlib.contextmanager
        def timed(conn) -> Iterator:
            started = time.perf_counter()
            try:
                with self._inner(conn) as c:
                    yield c
            finally:
                self.longest = max(self.longest, time.perf_counter() - started)

        database.transaction = timed  # type: ignore[assignment]

    def reset(self) -> None:
        self.longest = 0.0


def folder_logs(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.bplog"))


def line(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<48} {value:>12,.2f} {unit:<6} {note}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks sync")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args(argv or [])
    root = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    lock = LockTimer()
    files = max(1, args.mb)  # one file of 1 MB per MB
    print(f"sync: {args.records:,} records, {files} attached files of 1 MB, in {root}")
    a, _ = Backpack.create(root / "a", PASSPHRASE, kdf=FAST)
    a.add_learner("Ana Rivera")
    blob = root / "file.bin"
    started = time.perf_counter()
    ids = []
    for n in range(args.records):
        attach = []
        if n < files:
            blob.write_bytes(os.urandom(1024 * 1024))
            attach = [blob]
        ids.append(
            a.add_record(
                Category.SERVICE,
                title=f"Volunteering {n}",
                description="Helped at the food bank on Saturday mornings. " * 3,
                details={"hours": n % 40 + 1, "supervisor": "Ms. Lopez"},
                files=attach,
            ).id
        )
    line("filling the backpack (not sync)", time.perf_counter() - started, "s")
    folder = root / "shared"

    started = time.perf_counter()
    report = a.sync_setup(folder)
    line("setup: first export", time.perf_counter() - started, "s")
    line("  bytes written to the folder", report.bytes_written / 1e6, "MB")
    line("  folder size", folder_bytes(folder) / 1e6, "MB")

    lock.reset()
    started = time.perf_counter()
    b, report = Backpack.sync_join(
        folder, root / "b", passphrase=PASSPHRASE, kdf=FAST, clock=utc_now
    )
    line("join: a new computer from the folder", time.perf_counter() - started, "s")
    line("  items merged", report.changed, "")
    line("  write lock held (longest transaction)", lock.longest, "s")
    line("  new backpack size", folder_bytes(root / "b") / 1e6, "MB")
    assert len(b.list_records()) == args.records

    for n, rid in enumerate(ids[:100]):
        a.edit_record(rid, changes={"title": f"Volunteering, edited {n}"})
    before = folder_bytes(folder)
    started = time.perf_counter()
    report = a.sync()
    line("incremental: export 100 changes", time.perf_counter() - started, "s")
    line("  bytes written to the folder", report.bytes_written / 1e3, "KB")
    lock.reset()
    started = time.perf_counter()
    report = b.sync()
    elapsed = time.perf_counter() - started
    line("incremental: merge 100 changes", elapsed, "s", "(target: well under 1 s)")
    line("  items merged", report.changed, "")
    line("  write lock held", lock.longest, "s")
    line("  folder grew by", (folder_bytes(folder) - before) / 1e3, "KB")
    lock.reset()
    started = time.perf_counter()
    b.sync()
    line("a sync with nothing new", time.perf_counter() - started, "s")
    line("  write lock held", lock.longest, "s")
    assert b.get_record(ids[0]).title == "Volunteering, edited 0"

    for round_ in range(30):  # the same 100 entries edited again and again: history grows
        for n, rid in enumerate(ids[:100]):
            a.edit_record(rid, changes={"title": f"Volunteering, round {round_} {n}"})
        a.sync()
    logs = folder_logs(folder)
    lock.reset()
    started = time.perf_counter()
    report = a.sync(compact=True)
    line("compaction of this computer's log", time.perf_counter() - started, "s")
    line("  write lock held", lock.longest, "s")
    line("  logs in the folder before (30 more edits of 100)", logs / 1e6, "MB")
    line("  after (20 earlier values a field kept)", folder_logs(folder) / 1e6, "MB")
    b_id = next(d.id for d in b.sync_devices() if d.this)
    lock.reset()
    started = time.perf_counter()
    a.sync_remove_device(b_id)
    line("removing a computer (its log goes, compacted)", time.perf_counter() - started, "s")
    line("  write lock held", lock.longest, "s")
    line("  logs left in the folder", len(list(folder.glob("*.bplog"))), "")
    a.close()
    b.close()
    shutil.rmtree(root)


if __name__ == "__main__":
    main()
