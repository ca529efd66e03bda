"""An issuing run: read the export, sign each student's records, write them with a manifest.

Each student's files go in a folder of their own, built only from that student's rows; the
manifest (index.json / index.csv) is for the records office and lists who got what, who had
no results, and every problem found in the export.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from backpack_app.domain.vocabulary import ISSUE_FORMATS, PROOFS
from backpack_app.errors import UserError
from backpack_app.files import atomic_write_bytes, atomic_writer, sync_tree
from backpack_app.school.edfi import EdFiExport
from backpack_app.school.issuing import DATA_INTEGRITY, VC_JWT, Issuer, random_salt, stamp
from backpack_app.school.oneroster import Export, Problem, StudentRecord
from backpack_app.school.pool import CHUNK, write_in_workers
from backpack_app.school.student_files import (
    Job,
    StudentRows,
    encode,
    safe_name,
    write_student,
)

FORMATS = ISSUE_FORMATS


@dataclass
class RunOptions:
    students: set[str] | None = None
    term: str | None = None
    format: str = "both"
    strict: bool = False
    jobs: int = 1
    proof: str = DATA_INTEGRITY


@dataclass
class Summary:
    students: int = 0
    credentials: int = 0
    without_results: list[str] = field(default_factory=list)
    withheld: dict[str, list[str]] = field(default_factory=dict)  # student -> reasons
    withheld_entirely: set[str] = field(default_factory=set)  # the rest lost only their CLR
    skipped_rows: int = 0
    seconds: float = 0.0
    refused: bool = False

    def line(self) -> str:
        rate = self.credentials / self.seconds if self.seconds else 0.0
        withheld = len(self.withheld)
        whose = "student's" if withheld == 1 else "students'"
        return (
            f"Issued {_n(self.credentials, 'signed credential')} for "
            f"{_n(self.students, 'student')} ({rate:.0f}/s, {self.seconds:.1f} s); "
            f"{_n(len(self.without_results), 'student')} without results (listed in index.json, "
            f"nothing issued); {withheld} {whose} CLR "
            f"withheld for a problem in their own rows (listed with the reason; the course "
            f"credentials read without a problem issued); "
            f"{_n(self.skipped_rows, 'problem')} reported."
        )


def _n(count: int, word: str) -> str:
    """'1 student', '3 students'."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def _selected(export: Export, options: RunOptions) -> list[StudentRecord]:
    chosen = []
    for record in export.issuable():
        if options.students is not None and record.student.sourced_id not in options.students:
            continue
        results = record.results
        if options.term:
            results = [r for r in results if options.term in (r.term.title, r.term.sourced_id)]
        if record.clr_withheld and options.format == "clr":
            continue  # their CLR is withheld and no other file is asked for
        if results:
            chosen.append(StudentRecord(record.student, results, record.gpa, record.clr_withheld))
    return chosen


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula (names come from the SIS)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def issue_export(
    export: Export,
    issuer: Issuer,
    out: Path,
    options: RunOptions,
    *,
    now: datetime,
    progress: Callable[[int, int], None] = lambda done, total: None,
    salt: Callable[[], str] = random_salt,
    edfi: EdFiExport | None = None,
) -> Summary:
    """Sign and write every selected student's records into `out` (new or empty), and their
    attendance and behaviour summaries when `edfi` is given (see `attach_edfi`)."""
    if options.format not in FORMATS:
        raise UserError(f"--format must be one of {', '.join(FORMATS)}.")
    if options.proof not in PROOFS:
        raise UserError(f"--proof must be one of {', '.join(PROOFS)}.")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UserError(f"{out} is not an empty folder; choose a new one so runs never mix.")
    started = time.perf_counter()
    summary = Summary(skipped_rows=len(export.problems))
    if export.fatal or (options.strict and export.problems):
        summary.refused = True
        return summary
    records = _selected(export, options)
    summary.without_results = [
        s.sourced_id
        for s in export.without_results()
        if options.students is None or s.sourced_id in options.students
    ]
    summary.withheld = {
        sid: reasons
        for sid, reasons in export.withheld_reasons().items()
        if options.students is None or sid in options.students
    }
    summary.withheld_entirely = export.withheld_entirely() & set(summary.withheld)
    out.mkdir(parents=True, exist_ok=True)
    job = Job(issuer, out, options.format, options.proof, now=now, partial=bool(options.term))
    # Salts are drawn here, in order, so the files do not depend on how the work is split.
    tasks = [(record, salt()) for record in records]
    if options.jobs <= 1 or len(records) < 2:
        written: Iterator[StudentRows] = (write_student(job, r, s) for r, s in tasks)
    else:
        chunk = max(1, min(CHUNK, len(records) // (4 * options.jobs)))
        written = write_in_workers(job, tasks, workers=options.jobs, chunk=chunk)
    entries = []
    for done, (record, rows) in enumerate(zip(records, written, strict=True), start=1):
        summary.students += 1
        summary.credentials += rows.credentials
        entries.append((record.student, rows.files))
        progress(done, len(records))
    if edfi is not None:
        summary.credentials += _write_edfi(edfi, export, job, options, entries, salt)
    sync_tree(out)  # every credential is on disk before the manifest says it is there
    summary.seconds = time.perf_counter() - started
    _write_index(out, issuer, export, entries, summary, now=now)
    return summary


def _write_index(
    out: Path, issuer: Issuer, export: Export, entries, summary: Summary, *, now: datetime
) -> None:
    index = {
        "issuer": {"id": issuer.did, "name": issuer.name, "url": issuer.url},
        "issued": stamp(now),
        "students": [
            {
                "sourcedId": s.sourced_id,
                "givenName": s.given_name,
                "familyName": s.family_name,
                "files": [{"type": k, "path": p} for k, p in files],
            }
            for s, files in entries
        ],
        "withoutResults": summary.without_results,
        "withheld": [
            {
                "sourcedId": sid,
                "withheld": "all" if sid in summary.withheld_entirely else "clr",
                "reasons": reasons,
            }
            for sid, reasons in summary.withheld.items()
        ],
        "problems": [
            {
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "message": p.message,
                "student": p.student,
            }
            for p in export.problems
        ],
    }
    # Both are written as they are encoded, never whole in memory: for 10,000 students the
    # text and its bytes took 50 MB at the very end of a run (the run's peak).
    with atomic_writer(out / "index.json") as fh, _text(fh) as text:
        for chunk in json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(index):
            text.write(chunk)
        text.write("\n")  # the bytes of student_files.dump_json
    with atomic_writer(out / "index.csv") as fh, _text(fh) as text:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(["sourcedId", "givenName", "familyName", "type", "path"])
        for s, files in entries:
            for kind, path in files:
                writer.writerow(
                    [_cell(v) for v in (s.sourced_id, s.given_name, s.family_name, kind, path)]
                )


@contextlib.contextmanager
def _text(fh: BinaryIO) -> Iterator[io.TextIOWrapper]:
    """UTF-8 text written through to `fh`, which stays open for its writer to finish."""
    text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
    yield text
    text.flush()
    text.detach()


def attach_edfi(export: Export, edfi: EdFiExport) -> None:
    """Report the Ed-Fi export's problems with the OneRoster export's, and every Ed-Fi student
    who is not a student of the OneRoster export (matched on studentUniqueId = sourcedId)."""
    export.problems.extend(edfi.problems)
    for sid in edfi.students():
        if sid not in export.students:
            export.problems.append(
                Problem(
                    "Ed-Fi export",
                    0,
                    f"student {sid} is not a student of the OneRoster export; nothing is "
                    "issued for their attendance or behaviour",
                )
            )


def _write_edfi(edfi: EdFiExport, export: Export, job: Job, options: RunOptions, entries, salt):
    """Sign and write each selected student's per-term summaries; returns how many."""
    from backpack_app.school.edfi_issuing import attendance_credential, behavior_credential

    files_of = {student.sourced_id: files for student, files in entries}
    count = 0
    for sid in edfi.students():
        record = export.students.get(sid)
        if record is None or (options.students is not None and sid not in options.students):
            continue
        made = []
        for kind, terms, build in (
            ("attendance", edfi.attendance.get(sid, {}), attendance_credential),
            ("behavior", edfi.behavior.get(sid, {}), behavior_credential),
        ):
            for name, term in terms.items():
                if edfi.is_withheld(sid, kind, name) or options.term not in (None, name):
                    continue
                grade = edfi.grades.get(sid, {}).get(name, "")
                unsigned = build(
                    job.issuer, record.student, term, now=job.now, salt=salt(), grade=grade
                )
                made.append((f"{kind}_{safe_name(name)}", unsigned))
        if not made:
            continue
        folder = job.out / safe_name(sid)
        folder.mkdir(exist_ok=True)
        if sid not in files_of:
            files_of[sid] = []
            entries.append((record.student, files_of[sid]))
        ext = ".jwt" if job.proof == VC_JWT else ".json"
        for stem, unsigned in made:
            signed = (
                job.issuer.sign_jwt(unsigned)
                if job.proof == VC_JWT
                else job.issuer.sign(unsigned, now=job.now)
            )
            atomic_write_bytes(folder / f"{stem}{ext}", encode(signed), durable=False)
            files_of[sid].append(("AchievementCredential", f"{folder.name}/{stem}{ext}"))
            count += 1
    return count
