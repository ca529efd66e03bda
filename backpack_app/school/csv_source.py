"""The CSV files of a OneRoster export (a folder or a zip), read as streams of rows.

A district's export is tens of megabytes; holding every file's bytes, text and row dicts at
once peaked near 1 GB for 10,000 students. So no file is read whole: the small shared files
(terms, courses, classes, line items, scales) are kept as row lists, and the per-student ones
(`STREAMED`) are a `Table` that parses its file again on each pass, checking and reporting its
rows (field counts, sourcedIds, repeats) on the first pass only.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from backpack_app.errors import UserError

MAX_FILE_BYTES = 512 * 1024 * 1024
STREAMED = {
    "users",
    "enrollments",
    "roles",
    "results",
    "resultLearningObjectiveIds",
    "resultScoreScales",
    "demographics",
}
Row = tuple[int, dict[str, str]]
# report(file stem, line, message, student): how a table tells the reader about a bad row
Report = Callable[[str, int, str, str], None]


class ExportFiles:
    """The export's CSV files by stem, opened only when read."""

    def __init__(self, source: Path):
        self.zip: zipfile.ZipFile | None = None
        self.paths: dict[str, Path] = {}
        self.members: dict[str, zipfile.ZipInfo] = {}
        if source.is_dir():
            for path in source.glob("*.csv"):
                if path.stat().st_size > MAX_FILE_BYTES:
                    raise UserError(f"{path.name} is too large to read.")
                self.paths[path.stem] = path
        elif zipfile.is_zipfile(source):
            self.zip = zipfile.ZipFile(source)
            for info in self.zip.infolist():
                name = info.filename.rsplit("/", 1)[-1]
                if name.endswith(".csv") and not info.is_dir():
                    if info.file_size > MAX_FILE_BYTES:
                        self.close()
                        raise UserError(f"{name} in the zip is too large to read.")
                    self.members[name[:-4]] = info
        else:
            raise UserError(f"{source} is neither a folder nor a zip of OneRoster CSV files.")

    def __contains__(self, name: str) -> bool:
        return name in self.paths or name in self.members

    def open(self, name: str) -> IO[bytes]:
        if self.zip is not None:
            return self.zip.open(self.members[name])
        return open(self.paths[name], "rb")

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def utf8_error(self, name: str) -> int | None:
        """The offset of the first byte that is not UTF-8, or None (read in chunks)."""
        decoder, offset = codecs.getincrementaldecoder("utf-8")(), 0
        with self.open(name) as fh:
            while chunk := fh.read(1 << 20):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    return offset + exc.start
                offset += len(chunk)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                return offset
        return None

    def header(self, name: str) -> list[str]:
        with self.open(name) as fh:
            text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
            return [h.strip() for h in next(csv.reader(text), [])]

    def rows(
        self, name: str, report: Report | None, owner: Callable | None = None
    ) -> Iterator[Row]:
        """Each non-blank row as (line, {column: value}); a row with the wrong number of fields
        is reported (when `report` is given, with the person `owner` finds in the fields it
        has, whose record it may belong to) and left out."""
        with self.open(name) as fh:
            reader = csv.reader(io.TextIOWrapper(fh, encoding="utf-8-sig", newline=""))
            header = [h.strip() for h in next(reader, [])]
            for values in reader:
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(header):
                    if report is not None:
                        message = f"has {len(values)} fields, the header {len(header)}"
                        partial = dict(zip(header, values, strict=False))
                        who = owner(name, partial) if owner is not None else ""
                        report(name, reader.line_num, message, who)
                    continue
                yield reader.line_num, dict(zip(header, values, strict=True))


def checked_rows(
    rows: Iterator[Row],
    name: str,
    report: Report,
    owner: Callable,
    left_out: set[int],
    repeats: dict[str, int] | None = None,
) -> Iterator[Row]:
    """The rows to keep: a row without a sourcedId, a repeated sourcedId (reported with the
    person the row may belong to) and a `tobedeleted` row are left out (their lines added to
    `left_out`). A repeated sourcedId is added to `repeats` with the line of its first row, which
    was kept before the repeat was seen."""
    seen: dict[str, int] = {}
    for line, row in rows:
        sid = row["sourcedId"].strip()
        if not sid:
            report(name, line, "has no sourcedId", owner(name, row))
        elif sid in seen:
            if repeats is not None:
                repeats.setdefault(sid, seen[sid])
            report(
                name, line, f"repeats the sourcedId {sid!r} of line {seen[sid]}", owner(name, row)
            )
        elif row.get("status", "active").strip().lower() != "tobedeleted":
            seen[sid] = line
            yield line, row
            continue
        left_out.add(line)


class Table:
    """A per-student file as a re-iterable stream of its kept rows (each pass reads it again).

    The first pass checks the rows (`checked_rows`) and reports what is wrong; later passes
    skip the lines it left out, silently."""

    def __init__(self, files: ExportFiles, name: str, report: Report, owner: Callable):
        self.files, self.name, self.report, self.owner = files, name, report, owner
        self.left_out: set[int] | None = None  # known after the first whole pass
        self.repeats: dict[str, int] = {}  # repeated sourcedId -> its first line (first pass)

    def __iter__(self) -> Iterator[Row]:
        if self.left_out is not None:
            left_out = self.left_out
            for line, row in self.files.rows(self.name, None):
                if line not in left_out:
                    yield line, row
            return
        found: set[int] = set()
        rows = self.files.rows(self.name, self.report, self.owner)
        yield from checked_rows(rows, self.name, self.report, self.owner, found, self.repeats)
        self.left_out = found
