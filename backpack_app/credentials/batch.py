"""Verify many credential files: in order, one report each, on every core for large batches.

Small batches stay in this process (starting workers costs more than they save). Large ones
go to a process pool in chunks; the reports come back in input order. If a worker dies (a
crash, the memory limit), its chunk is retried one file at a time in a fresh worker, and a
file that kills that one too gets a report saying so: every file gets exactly one report.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from backpack_app.credentials.verifier import VerifyContext, malformed_report, verify_bytes
from backpack_app.domain.verification import Report

# multiprocessing and the process pool are imported when a batch is large enough to use them:
# a command that verifies one file should not pay for them.
if TYPE_CHECKING:
    import multiprocessing.context

MAX_FILE_BYTES = 64 * 1024 * 1024  # beyond this a file is not read at all
SERIAL_BELOW = 16  # files; fewer than this are verified in this process
CHUNK_FILES = 24  # at most, per task: few round trips, yet every worker gets several tasks
CRASHED = "The checker stopped while reading this file, so it could not be checked."


def read_input(path: str | Path) -> bytes | Report:
    """A file's bytes, or a report saying why it cannot be read (never read past the bound)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return malformed_report(f"The file cannot be read ({exc.strerror}).", file=str(path))
    if len(data) > MAX_FILE_BYTES:
        return malformed_report("The file is far larger than any credential.", file=str(path))
    return data


def verify_file(path: str, ctx: VerifyContext) -> Report:
    """Read and verify one file; an unreadable or oversized file gets a report too."""
    data = read_input(path)
    return data if isinstance(data, Report) else verify_bytes(data, ctx, file=path)


def _verify_chunk(paths: Sequence[str], ctx: VerifyContext) -> list[Report]:
    return [verify_file(p, ctx) for p in paths]


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes start: fork while this process is single-threaded, else spawn."""
    # fork is fastest (workers inherit imports and warm caches) but unsafe once threads run
    # (a GUI); then start clean workers instead.
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _isolated(path: str, ctx: VerifyContext) -> Report:
    """One file in a worker of its own, so a crash it causes is reported, not spread."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(1, mp_context=worker_context()) as pool:
            return pool.submit(_verify_chunk, [path], ctx).result()[0]
    except BrokenProcessPool:
        return malformed_report(CRASHED, file=path)


def _in_pool(chunks: list[list[str]], ctx: VerifyContext, workers: int) -> list[Report]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from backpack_app.credentials import context_cache

    # pyld and the processed contexts load once here, and forked workers start with them.
    context_cache.load_once()
    done: dict[int, list[Report]] = {}
    while len(done) < len(chunks):
        pending = [i for i in range(len(chunks)) if i not in done]
        broken = None
        with ProcessPoolExecutor(workers, mp_context=worker_context()) as pool:
            futures = {}
            with contextlib.suppress(BrokenProcessPool):  # it may break while we submit
                for i in pending:
                    futures[i] = pool.submit(_verify_chunk, chunks[i], ctx)
            for i in pending:
                if i in futures:
                    try:
                        done[i] = futures[i].result()
                        continue
                    except BrokenProcessPool:  # a worker died and took the pool with it
                        pass
                broken = i
                break
        if broken is not None:
            # Keep what finished; isolate this chunk's files; a new pool takes the rest.
            for i, future in futures.items():
                if i not in done and future.done() and future.exception() is None:
                    done[i] = future.result()
            done[broken] = [_isolated(p, ctx) for p in chunks[broken]]
    return [report for i in range(len(chunks)) for report in done[i]]


def verify_files(
    paths: Sequence[str], ctx: VerifyContext, *, workers: int | None = None
) -> list[Report]:
    """One report per path, in the same order; batches of SERIAL_BELOW or more run in parallel."""
    paths = list(paths)
    workers = workers or available_cores()
    if len(paths) < SERIAL_BELOW or workers < 2:
        return _verify_chunk(paths, ctx)
    size = max(1, min(CHUNK_FILES, -(-len(paths) // (4 * workers))))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    return _in_pool(chunks, ctx, min(workers, len(chunks)))
