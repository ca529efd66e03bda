"""State assessment results from a family's student score-report CSV, or typed in by hand.

Pure: text in, scores or one plain sentence out. Column names vary by state, so each field is
found under any of a few names (case and spaces ignored); other columns (student name, id) are
not read. A bad row fails the whole file with its line number: a score report half imported
misleads.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from backpack_app.errors import UserError

MAX_BYTES = 1024 * 1024
MAX_ROWS = 500
COLUMNS = {
    "test": ("test", "testname", "assessment", "assessmentname"),
    "subject": ("subject", "contentarea", "testsubject"),
    "year": ("schoolyear", "year", "administrationyear", "testyear"),
    "scale_score": ("scalescore", "score", "overallscalescore"),
    "level": (
        "performancelevel",
        "proficiencylevel",
        "achievementlevel",
        "level",
        "overallperformancelevel",
    ),
}
ACHIEVEMENT_TYPE = "State assessment"
# How every view labels an assessment the family entered (a state score report's results above
# all): self-reported, whatever paper it was copied from; no one signed it.
SELF_REPORTED_LABEL = "self-reported (entered by the family from a score report)"


@dataclass(frozen=True)
class StateScore:
    test: str
    subject: str
    year: str
    scale_score: str  # as the report prints it ("" when it gives none)
    level: str

    @property
    def title(self) -> str:
        return f"{self.test or 'State test'}: {self.subject} ({self.year})"

    def details(self) -> dict:
        results = []
        if self.scale_score:
            results.append({"name": "Scale score", "value": self.scale_score})
        if self.level:
            results.append({"name": "Proficiency level", "value": self.level})
        return {
            "term": self.year,
            "score": self.scale_score,
            "grade": self.level,
            "achievement_type": ACHIEVEMENT_TYPE,
            "results": results,
        }


def _key(name: str) -> str:
    return "".join(name.split()).replace("_", "").casefold()


def checked_score(
    subject: str, year: str, scale_score: str = "", level: str = "", test: str = ""
) -> StateScore:
    """One score as typed or read; UserError (a sentence) when it cannot be one."""
    subject, year, scale_score = subject.strip(), year.strip(), scale_score.strip()
    level, test = level.strip(), test.strip()
    if not subject or not year:
        raise UserError("A state test result needs its subject and school year.")
    if not scale_score and not level:
        raise UserError("A state test result needs a scale score or a proficiency level.")
    if scale_score:
        try:
            value = float(scale_score.replace(",", ""))
        except ValueError:
            raise UserError(f"The scale score {scale_score[:40]!r} is not a number.") from None
        if not 0 <= value <= 100_000:
            raise UserError(f"The scale score {scale_score[:40]!r} is out of range.")
    for text in (subject, year, scale_score, level, test):
        if len(text) > 200:
            raise UserError("A field of the state test result is longer than 200 characters.")
    return StateScore(test, subject, year, scale_score, level)


def read_score_report(data: bytes) -> list[StateScore]:
    """Every row of a score-report CSV; UserError naming the line when one is unusable."""
    if len(data) > MAX_BYTES:
        raise UserError("The score report is larger than 1 MB; it is not a student score report.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("The score report is not UTF-8 text (save it as CSV UTF-8).") from None
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise UserError(f"The score report is not a CSV file ({exc}).") from None
    where: dict[str, int] = {}
    for index, name in enumerate(header):
        for field, names in COLUMNS.items():
            if _key(name) in names and field not in where:
                where[field] = index
    missing = [f for f in ("subject", "year") if f not in where]
    if missing or ("scale_score" not in where and "level" not in where):
        raise UserError(
            "The score report needs the columns Subject and School Year, and Scale Score or "
            "Performance Level (see README)."
        )
    found = []
    try:
        for line, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(found) >= MAX_ROWS:
                raise UserError(f"The score report has more than {MAX_ROWS} rows.")
            cells = {f: row[i] if i < len(row) else "" for f, i in where.items()}
            try:
                found.append(checked_score(**cells))
            except UserError as exc:
                said = str(exc)  # (lower-case after the colon: one sentence)
                raise UserError(
                    f"Line {line} of the score report: {said[:1].lower()}{said[1:]}"
                ) from None
    except csv.Error as exc:
        raise UserError(f"The score report is not a CSV file ({exc}).") from None
    if not found:
        raise UserError("The score report has no results.")
    return found
