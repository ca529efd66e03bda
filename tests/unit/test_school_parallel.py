"""Issuing in worker processes writes exactly the bytes one process writes, in either proof."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os

import pytest

from backpack_app.school import pool
from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.issuing import DATA_INTEGRITY, VC_JWT
from backpack_app.school.oneroster import read_export
from backpack_app.school.sample import write_sample
from tests.school_helpers import NOW, files_of, new_issuer


def counting_salts():
    counter = itertools.count()
    return lambda: f"salt-{next(counter):04d}"


@pytest.mark.parametrize("proof", [DATA_INTEGRITY, VC_JWT])
def test_jobs_1_and_jobs_2_write_identical_files(tmp_path, proof):
    write_sample(tmp_path / "export", 12)
    export = read_export(tmp_path / "export")
    issuer = new_issuer()
    seen: dict[int, list[tuple[int, int]]] = {}
    for jobs in (1, 2):
        progress = seen.setdefault(jobs, [])
        summary = issue_export(
            export,
            issuer,
            tmp_path / f"jobs{jobs}",
            RunOptions(jobs=jobs, proof=proof),
            now=NOW,
            salt=counting_salts(),
            progress=lambda done, total, log=progress: log.append((done, total)),
        )
        # 8 courses and a CLR each, and the academic record of the 8 with a stated GPA
        assert summary.students == 11 and summary.credentials == 11 * 9 + 8
    one, two = files_of(tmp_path / "jobs1"), files_of(tmp_path / "jobs2")
    assert len(one) == 11 * 9 + 8 + 2
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name
    assert seen[1] == seen[2] == [(n, 11) for n in range(1, 12)]
    assert not [p for p in (tmp_path / "jobs2").rglob(".tmp-*")]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("system_sync", [True, False], ids=["os.sync", "fsync-each-file"])
def test_every_credential_is_synced_before_the_manifest_names_it(
    tmp_path, monkeypatch, system_sync, jobs
):
    """Students' files are written without an fsync each; the run makes them durable in one
    sync before it writes index.json, so a crash never leaves a manifest naming lost files.
    Where the system has no `sync()` (Windows), the run fsyncs each file instead."""
    write_sample(tmp_path / "export", 5)
    export = read_export(tmp_path / "export")
    out = tmp_path / "out"
    synced_before_manifest: set[int] = set()  # inodes made durable while index.json was absent
    syncs = []

    def manifest_absent() -> bool:
        return not (out / "index.json").exists()

    def sync() -> None:  # observed only: files in a test's tmp_path need not reach the disk
        syncs.append(manifest_absent())
        if manifest_absent():
            synced_before_manifest.update(p.stat().st_ino for p in out.rglob("*") if p.is_file())

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if manifest_absent():
            synced_before_manifest.add(os.fstat(fd).st_ino)
        real_fsync(fd)

    if system_sync:
        monkeypatch.setattr(os, "sync", sync, raising=False)
    else:
        monkeypatch.delattr(os, "sync", raising=False)
    monkeypatch.setattr(os, "fsync", fsync)
    options = RunOptions(jobs=jobs)
    issue_export(export, new_issuer(), out, options, now=NOW, salt=counting_salts())
    index = json.loads((out / "index.json").read_text())
    listed = [out / f["path"] for student in index["students"] for f in student["files"]]
    assert len(listed) == 4 * 9 + 3  # and the academic record of the three with a GPA
    assert syncs == ([True] if system_sync else [])  # one sync, before the manifest
    assert {p.stat().st_ino for p in listed} <= synced_before_manifest


def test_spawned_workers_get_the_job_once_and_write_the_same_files(tmp_path, monkeypatch):
    """Where fork is unavailable or unsafe, workers start clean and get the job from the pool."""
    monkeypatch.setattr(pool, "worker_context", lambda: multiprocessing.get_context("spawn"))
    write_sample(tmp_path / "export", 5)
    export = read_export(tmp_path / "export")
    issuer = new_issuer()
    for jobs in (1, 2):
        options = RunOptions(jobs=jobs, proof=VC_JWT)
        issue_export(export, issuer, tmp_path / f"j{jobs}", options, now=NOW, salt=counting_salts())
    assert files_of(tmp_path / "j1") == files_of(tmp_path / "j2")
