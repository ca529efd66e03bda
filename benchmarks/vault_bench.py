"""Vault benchmarks: unlock (and the KDF's share), adding records, listing 10,000, attachments.

Targets (issue 2): list and filter 10,000 records in at most 50 ms.
"""

from __future__ import annotations

import hashlib
import os
import resource
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from backpack_app.crypto.kdf import DEFAULT_POLICY, stretch_passphrase
from backpack_app.domain.records import Category
from backpack_app.store import database, records
from backpack_app.store.header import unb64
from backpack_app.wallet import Backpack

PASSPHRASE = "benchmark passphrase"
LIST_TARGET_MS = 50.0


def timed(fn: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """Median seconds over `repeat` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def report(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<44} {value:>10.2f} {unit:<6} {note}")


def bench_unlock(home: Path) -> None:
    Backpack.create(home, PASSPHRASE)[0].close()
    unlock, _ = timed(lambda: Backpack.open(home, PASSPHRASE).close(), repeat=5)
    with Backpack.open(home, PASSPHRASE) as bp:
        params = bp.kdf_params
        salt = unb64(bp._header.body.kdf.salt)
    kdf, _ = timed(lambda: stretch_passphrase(PASSPHRASE, salt, params), repeat=5)
    report(
        "unlock (calibrated Argon2id)",
        unlock * 1000,
        "ms",
        f"m={params.memory_kib // 1024} MiB t={params.iterations} p={params.lanes}",
    )
    report("  of which key stretching", kdf * 1000, "ms", f"{100 * kdf / unlock:.0f}% of unlock")


def bench_records(home: Path) -> None:
    with Backpack.open(home, PASSPHRASE, kdf=DEFAULT_POLICY) as bp:
        bp.add_learner("Ana")
        bp.add_learner("Ben")
        cats = list(Category)
        start = time.perf_counter()
        for i in range(1000):
            bp.add_record(
                cats[i % len(cats)],
                title=f"record {i}",
                learner="Ana" if i % 2 else "Ben",
                description="a description of moderate length " * 3,
            )
        added = time.perf_counter() - start
        report(
            "add 1,000 records (one commit each)",
            added * 1000,
            "ms",
            f"{1000 / added:.0f} records/s",
        )
        # Fill up to 10,000 in one transaction: setup, not measured.
        template = bp.get_record(bp.list_records()[0].id)
        with database.transaction(bp._conn):
            for i in range(9000):
                records.insert(
                    bp._conn,
                    template.model_copy(
                        update={
                            "id": f"rec-fill{i:08d}",
                            "title": f"filled {i}",
                            "category": cats[i % len(cats)],
                        }
                    ),
                )
        total = len(bp.list_records())
        list_all, _ = timed(bp.list_records, repeat=7)
        by_cat, rows = timed(lambda: bp.list_records(categories=[Category.GOAL]), repeat=7)
        by_learner, _ = timed(lambda: bp.list_records(learner="Ana"), repeat=7)
        by_text, _ = timed(lambda: bp.list_records(text="filled 12"), repeat=7)
        tracemalloc.start()
        bp.list_records()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    verdict = lambda s: "ok" if s * 1000 <= LIST_TARGET_MS else "OVER TARGET"  # noqa: E731
    report(f"list all {total:,} records", list_all * 1000, "ms", verdict(list_all))
    report("  filter by category", by_cat * 1000, "ms", f"{len(rows)} rows, {verdict(by_cat)}")
    report("  filter by learner", by_learner * 1000, "ms", verdict(by_learner))
    report("  search title/description text", by_text * 1000, "ms", verdict(by_text))
    report("  peak Python memory while listing", peak / 2**20, "MiB")


def bench_attachment(home: Path, scratch: Path) -> None:
    size = 200 * 1024 * 1024
    source = scratch / "big.bin"
    block = os.urandom(1 << 20)
    with open(source, "wb") as fh:
        for _ in range(size >> 20):
            fh.write(block)
    with Backpack.open(home, PASSPHRASE) as bp:
        put, rec = timed(
            lambda: bp.add_record(Category.PORTFOLIO, title="big", learner="Ana", files=[source])
        )
        out = scratch / "out.bin"
        get, _ = timed(lambda: bp.export_attachment(rec.id, out))
    same = hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(source.read_bytes()).digest()
    report("200 MB attachment in (encrypt+fsync)", size / put / 1e6, "MB/s", f"{put:.2f} s")
    report(
        "200 MB attachment out (decrypt+verify)",
        size / get / 1e6,
        "MB/s",
        f"{get:.2f} s, identical: {same}",
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home, scratch = Path(tmp) / "bp", Path(tmp)
        print(f"Backpack vault benchmarks ({os.cpu_count()} cores)")
        bench_unlock(home)
        bench_records(home)
        bench_attachment(home, scratch)
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        report("peak resident memory of the whole run", peak_rss, "MiB")
