"""Issuing in worker processes: each worker signs and writes whole students, the parent gets
back only their manifest rows, in order.

- The job (with the school's private key) goes to each worker once, as the pool's initializer
  argument, not with every task. The pool is local: with `fork` the worker inherits it in
  memory, with `spawn` it travels through the pipe multiprocessing opens between this process
  and its own child, which no other user can read. The key never touches the disk. (Workers
  fork only while this process has one thread, as for batch verification; else they spawn.)
- Students go in chunks, and at most `IN_FLIGHT_PER_WORKER` chunks per worker wait at any
  time, so memory stays bounded however large the export (results are a few paths each).
- A worker keeps its JSON-LD context caches across chunks (they are per process), so the
  contexts are processed once per worker rather than per student.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from backpack_app.credentials.batch import worker_context
from backpack_app.school.oneroster import StudentRecord
from backpack_app.school.student_files import Job, StudentRows, write_student

CHUNK = 8
IN_FLIGHT_PER_WORKER = 3

_job: Job | None = None  # this worker's job, set once by the pool's initializer


def _start_worker(job: Job) -> None:
    global _job
    _job = job


def _write_chunk(chunk: list[tuple[StudentRecord, str]]) -> list[StudentRows]:
    assert _job is not None, "the pool's initializer sets the job"
    return [write_student(_job, record, salt) for record, salt in chunk]


def _chunks(tasks: Iterable[tuple[StudentRecord, str]], size: int):
    it = iter(tasks)
    while chunk := list(islice(it, size)):
        yield chunk


def write_in_workers(
    job: Job, tasks: Iterable[tuple[StudentRecord, str]], *, workers: int, chunk: int = CHUNK
) -> Iterator[StudentRows]:
    """Each (student, salt)'s rows, in the order given, written by `workers` processes."""
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=worker_context(),
        initializer=_start_worker,
        initargs=(job,),
    ) as pool:
        pending: deque[Future[list[StudentRows]]] = deque()
        try:
            for part in _chunks(tasks, chunk):
                pending.append(pool.submit(_write_chunk, part))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # a failed student (or a stopped run) stops the chunks not yet started
            for future in pending:
                future.cancel()
