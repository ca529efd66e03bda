"""What a grade means and what a course is worth: the school's policy, never a constant.

OneRoster 1.2 states a final grade's text (`textScore`) but not whether it passes or earns
credit, and it has no credits column. So a grade's meaning comes from the grading-policy file
the office passes (`--grading FILE`, TOML, see README), its allowed values from that file or
from a grade scale in the export (`scoreScales.csv`), and a course's credits from the export's
`metadata.credits` column or a catalog file (`--catalog FILE`, CSV `courseCode,credits`).
Nothing else is assumed: without them, no status, threshold or credit is claimed.
"""

from __future__ import annotations

import csv
import io
import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backpack_app.errors import UserError

MAX_POLICY_BYTES = 256 * 1024
STATUSES = ("Completed", "Failed", "Withdrew", "InProgress", "OnHold", "Provisional", "Enrolled")
NEUTRAL_CRITERION = "Take the course; the final grade is the one the school's records state."


@dataclass(frozen=True)
class Grade:
    """One grade value and what the school's policy says it means (None: the policy is silent)."""

    value: str
    passes: bool | None = None
    credit: bool | None = None
    status: str | None = None


@dataclass(frozen=True)
class Grading:
    """The grades a final grade may take, lowest first (OB 3.0 `allowedValue` order)."""

    grades: tuple[Grade, ...]
    criterion: str = ""

    def find(self, value: str) -> Grade | None:
        return next((g for g in self.grades if g.value == value), None)

    def lowest_pass(self) -> str | None:
        """The lowest passing value, when the passing values are the top of the order."""
        passing = [g.passes for g in self.grades]
        if None in passing or True not in passing:
            return None
        first = passing.index(True)
        return self.grades[first].value if all(passing[first:]) else None


def _read(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_POLICY_BYTES:
            raise UserError(f"The {what} {path} is too large to be one.")
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read the {what} {path}: {exc.strerror}.") from exc


def _grade(entry: Any, n: int) -> Grade:
    where = f"grade {n} of the grading policy"
    if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
        raise UserError(f"The {where} has no value (each needs value, passes and credit).")
    value = entry["value"].strip()
    passes, credit = entry.get("passes"), entry.get("credit", entry.get("passes"))
    if not value or not isinstance(passes, bool) or not isinstance(credit, bool):
        raise UserError(f"The {where} ({value!r}) needs passes and credit as true or false.")
    status = entry.get("status", "Completed" if passes else "Failed")
    if status not in STATUSES:
        raise UserError(
            f"The {where} ({value!r}) has the status {status!r}; use one of {', '.join(STATUSES)}."
        )
    unknown = set(entry) - {"value", "passes", "credit", "status"}
    if unknown:
        raise UserError(f"The {where} ({value!r}) has unknown keys: {', '.join(sorted(unknown))}.")
    return Grade(value, passes, credit, status)


def load_grading(path: Path) -> Grading:
    """The grading policy in `path` (TOML: `criterion`, then `grade` entries highest first)."""
    try:
        doc = tomllib.loads(_read(path, "grading policy").decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UserError(f"The grading policy {path} is not a TOML file: {exc}.") from exc
    entries = doc.get("grade")
    if not isinstance(entries, list) or not entries:
        raise UserError(f"The grading policy {path} lists no grade (a [[grade]] table each).")
    grades = [_grade(e, n) for n, e in enumerate(entries, start=1)]
    values = [g.value for g in grades]
    if len(set(values)) != len(values):
        raise UserError(f"The grading policy {path} lists a grade value twice.")
    criterion = doc.get("criterion", "")
    if not isinstance(criterion, str):
        raise UserError(f"The grading policy {path} has a criterion that is not text.")
    return Grading(tuple(reversed(grades)), criterion.strip())


def parse_credits(text: str) -> float | None:
    """A credit value (a finite number ≥ 0, at most 100); None when it is not one."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and 0 <= value <= 100 else None


def load_catalog(path: Path) -> dict[str, float]:
    """{course code: credits} from a CSV file with the columns courseCode and credits."""
    try:
        text = _read(path, "catalog").decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(f"The catalog {path} is not UTF-8 text.") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not {"courseCode", "credits"} <= set(reader.fieldnames or []):
        raise UserError(f"The catalog {path} needs the columns courseCode and credits.")
    found: dict[str, float] = {}
    for row in reader:
        code, credits = (row.get("courseCode") or "").strip(), parse_credits(row["credits"] or "")
        if not code or credits is None:
            raise UserError(
                f"Line {reader.line_num} of the catalog {path} needs a course code and credits "
                "(a number from 0 to 100)."
            )
        if code in found:
            raise UserError(f"The catalog {path} lists the course {code!r} twice.")
        found[code] = credits
    return found
