"""Issuing in worker processes writes exactly the bytes one process writes, in either proof."""

from __future__ import annotations

import itertools
import multiprocessing

import pytest

from backpack_app.files import atomic_write_bytes, sync_tree
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
        assert summary.students == 11 and summary.credentials == 99
    one, two = files_of(tmp_path / "jobs1"), files_of(tmp_path / "jobs2")
    assert len(one) == 11 * 9 + 2
    assert one.keys() == two.keys()
    for name in one:
        assert one[name] == two[name], name
    assert seen[1] == seen[2] == [(n, 11) for n in range(1, 12)]
    assert not [p for p in (tmp_path / "jobs2").rglob(".tmp-*")]


def test_files_written_without_fsync_are_whole_and_then_synced(tmp_path):
    target = tmp_path / "a" / "b.json"
    target.parent.mkdir()
    atomic_write_bytes(target, b"first", durable=False)
    atomic_write_bytes(target, b"second", durable=False)
    sync_tree(tmp_path)
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["b.json"]


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
