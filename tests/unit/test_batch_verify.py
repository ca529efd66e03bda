"""Verifying many files at once: on a process pool for large batches, yet in input order, one
report per file (unreadable ones and files that crash a worker included), same verdicts as one
at a time."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
from concurrent import futures
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from backpack_app.credentials import batch
from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.verification import Verdict

PEER = Path(__file__).resolve().parents[1] / "fixtures" / "peer"
SIGNED_AT = dt.datetime.fromisoformat(
    json.loads((PEER / "manifest.json").read_text())["signedAt"].replace("Z", "+00:00")
)
CTX = VerifyContext(now=SIGNED_AT)
needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="workers must inherit a patch"
)


@pytest.fixture
def mixed(tmp_path) -> list[str]:
    """Peer fixtures of every kind, valid and not, with unreadable entries among them."""
    files = sorted(
        str(p)
        for pattern in ("*.json", "*.jwt", "negative/*.json", "negative/*.jwt")
        for p in PEER.glob(pattern)
        if p.name != "manifest.json" and not p.name.endswith(".expect.json")
    )
    (tmp_path / "folder.json").mkdir()
    unreadable = [str(tmp_path / "missing.json"), str(tmp_path / "folder.json")]
    # Spread them through the list, and repeat one file: order must hold with duplicates.
    return files[:10] + unreadable[:1] + files[10:] + unreadable[1:] + files[:3]


def _summary(reports):
    return [(r.file, r.verdict, r.summary) for r in reports]


def test_parallel_reports_match_serial_in_order(mixed):
    assert len(mixed) >= batch.SERIAL_BELOW * 4
    serial = batch.verify_files(mixed, CTX, workers=1)
    parallel = batch.verify_files(mixed, CTX, workers=2)
    assert [r.file for r in parallel] == mixed
    assert _summary(parallel) == _summary(serial)
    assert [len(r.nested) for r in parallel] == [len(r.nested) for r in serial]
    verdicts = {r.verdict for r in parallel}
    assert {Verdict.UNKNOWN_ISSUER, Verdict.MALFORMED, Verdict.INVALID_SIGNATURE} <= verdicts


def test_unreadable_files_get_one_report_each(mixed, tmp_path):
    reports = batch.verify_files(mixed, CTX, workers=2)
    assert len(reports) == len(mixed)
    missing = [r for r in reports if r.file == str(tmp_path / "missing.json")]
    folder = [r for r in reports if r.file == str(tmp_path / "folder.json")]
    assert len(missing) == len(folder) == 1
    assert missing[0].verdict is folder[0].verdict is Verdict.MALFORMED
    assert "cannot be read" in missing[0].summary


def test_small_batches_stay_in_process(mixed, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a small batch started worker processes")

    monkeypatch.setattr(futures, "ProcessPoolExecutor", no_pool)  # batch imports it when used
    small = mixed[: batch.SERIAL_BELOW - 1]
    assert [r.file for r in batch.verify_files(small, CTX, workers=2)] == small


def _crash_on_marker(real):
    def verify_bytes(data, ctx, *, file=None):
        if b"CRASH-THE-WORKER" in data:
            os._exit(3)  # as a segfault or the out-of-memory killer would
        return real(data, ctx, file=file)

    return verify_bytes


@needs_fork
def test_a_worker_crash_loses_no_report(mixed, tmp_path, monkeypatch):
    bombs = []
    for i in range(2):
        bombs.append(tmp_path / f"bomb-{i}.json")
        bombs[-1].write_text('{"note": "CRASH-THE-WORKER"}')
    files = [*mixed[:20], str(bombs[0]), *mixed[20:], str(bombs[1])]
    expected = _summary(batch.verify_files(mixed, CTX, workers=1))
    monkeypatch.setattr(batch, "verify_bytes", _crash_on_marker(batch.verify_bytes))
    monkeypatch.setattr(batch, "worker_context", lambda: multiprocessing.get_context("fork"))
    reports = batch.verify_files(files, CTX, workers=2)
    assert [r.file for r in reports] == files
    crashed = [r for r in reports if r.file in {str(b) for b in bombs}]
    assert all(r.verdict is Verdict.MALFORMED and batch.CRASHED in r.summary for r in crashed)
    assert _summary(r for r in reports if r not in crashed) == expected


def test_cli_verify_of_a_large_batch_keeps_order(cli, mixed):
    result = cli("verify", "--json", "--at", SIGNED_AT.isoformat(), *mixed, passphrase=None)
    reports = json.loads(result.out)
    assert [r["file"] for r in reports] == mixed
    assert result.code == 1  # the negatives and unreadable files are not valid
    serial = batch.verify_files(mixed, CTX, workers=1)
    assert [r["verdict"] for r in reports] == [r.verdict.value for r in serial]


class _PoolBreakingOnSubmit:
    """In-process stand-in for a pool whose 2nd and 3rd submissions find it broken (a worker
    died meanwhile), as happens when a worker crashes while tasks are still being handed out."""

    submitted = 0

    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        type(self).submitted += 1
        if type(self).submitted in (2, 3):
            raise BrokenProcessPool("a worker died")
        future = Future()
        future.set_result(fn(*args))
        return future


def test_a_pool_that_breaks_while_tasks_are_submitted_loses_no_report(mixed, monkeypatch):
    monkeypatch.setattr(futures, "ProcessPoolExecutor", _PoolBreakingOnSubmit)
    reports = batch.verify_files(mixed, CTX, workers=2)
    assert [r.file for r in reports] == mixed
    crashed = [i for i, r in enumerate(reports) if batch.CRASHED in r.summary]
    assert len(crashed) == 1  # the one file whose isolated retry found the pool broken
    expected = _summary(batch.verify_files(mixed, CTX, workers=1))
    assert [s for i, s in enumerate(_summary(reports)) if i not in crashed] == [
        s for i, s in enumerate(expected) if i not in crashed
    ]
