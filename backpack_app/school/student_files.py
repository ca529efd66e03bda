"""One student's folder: sign their records and write them, returning only the manifest rows.

This is the unit of work of an issuing run, done in the parent (`--jobs 1`) or in a worker
process; either way the bytes depend only on the job, the student's rows and the salt drawn
for them, so the output is the same whatever the number of processes.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backpack_app.files import atomic_write_bytes
from backpack_app.school.issuing import VC_JWT, Issuer, issue_student
from backpack_app.school.oneroster import StudentRecord

RECORD_FILE = "academic-record"  # never a course file's name: those hold an underscore


@dataclass(frozen=True)
class Job:
    """What every student's work shares: who signs, where, in which formats, and when."""

    issuer: Issuer
    out: Path
    format: str  # clr, ob3 or both
    proof: str  # eddsa-rdfc-2022 or vc-jwt
    now: datetime
    partial: bool


@dataclass(frozen=True)
class StudentRows:
    """What the parent keeps of a written student: the files (type, path) and a count."""

    files: list[tuple[str, str]]
    credentials: int


def safe_name(sourced_id: str) -> str:
    """A file name for a sourcedId; unusual ids get a digest so two never share a folder."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", sourced_id)[:80].lstrip(".") or "_"
    if safe != sourced_id:
        safe += "-" + hashlib.sha256(sourced_id.encode()).hexdigest()[:10]
    return safe


def dump_json(doc: dict) -> bytes:
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def encode(secured) -> bytes:
    return secured.encode("ascii") + b"\n" if isinstance(secured, str) else dump_json(secured)


def write_student(job: Job, record: StudentRecord, salt: str) -> StudentRows:
    """Sign one student's course credentials and CLR and write the files `job.format` asks for.

    Files are not fsynced one by one: the run makes the whole folder durable once, before it
    writes the manifest (see `files.sync_tree`)."""
    courses, clr = issue_student(
        job.issuer,
        record.student,
        record.results,
        now=job.now,
        partial=job.partial,
        salt=lambda: salt,
        gpa=record.gpa,
        proof=job.proof,
        with_clr=job.format in ("clr", "both") and not record.clr_withheld,
        complete=not record.clr_withheld,
    )
    ext = ".jwt" if job.proof == VC_JWT else ".json"
    folder = job.out / safe_name(record.student.sourced_id)
    folder.mkdir()
    files: list[tuple[str, str]] = []
    if clr is not None:
        atomic_write_bytes(folder / f"clr{ext}", encode(clr), durable=False)
        files.append(("ClrCredential", f"clr{ext}"))
    if job.format in ("ob3", "both"):
        for course, result in zip(courses, record.results, strict=False):
            name = f"{safe_name(result.course.code)}_{safe_name(result.term.sourced_id)}{ext}"
            atomic_write_bytes(folder / name, encode(course), durable=False)
            files.append(("AchievementCredential", name))
        if record.gpa is not None:  # the academic record to date, with its GPA: a file too
            atomic_write_bytes(folder / f"{RECORD_FILE}{ext}", encode(courses[-1]), durable=False)
            files.append(("AchievementCredential", f"{RECORD_FILE}{ext}"))
    return StudentRows(
        files=[(kind, f"{folder.name}/{name}") for kind, name in files],
        credentials=len(courses) + (clr is not None),
    )
