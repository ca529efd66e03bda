"""results.csv, row by row: each final grade checked and read against its grading scale, each
stated GPA kept (the latest), and every problem scoped to the student whose result it is."""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import Any

from backpack_app.school.records import CourseResult, Gpa
from backpack_app.school.standards import UNSCALED

UNKNOWN_CATEGORY = "\x00unknown"  # a line item whose categorySourcedId names no category
SCORE_STATUSES = {"exempt", "fully graded", "not submitted", "partially graded", "submitted"}


def parse_date(text: str) -> date:
    """A calendar date, or the date of an ISO 8601 date-time; ValueError otherwise."""
    text = text.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).date()


class ResultRows:
    """What reading a result needs: the reader (for problems and records) and the export's
    line items, classes, terms, final and GPA categories, students and scales."""

    def __init__(self, reader: Any, line_items, classes, sessions, categories, students, standards):
        self.reader, self.line_items = reader, line_items
        self.classes, self.sessions = classes, sessions
        self.final, self.gpa = categories
        self.students, self.standards = students, standards

    def read(self, line: int, r: dict[str, str]) -> None:
        """One results.csv row: a final grade, a GPA, or nothing for a record (homework)."""
        final, gpa = self.final, self.gpa
        who = r["studentSourcedId"].strip()
        item = self.line_items.get(r["lineItemSourcedId"])
        record = self.reader.export.students.get(who)
        if record is None:
            why = "not a student" if who not in self.students else "not in users.csv"
            self.reader.problem("results", line, f"is for {who!r}, who is {why}")
            return
        who = record.student.sourced_id  # one string per student, not one per row
        if item is None:
            self._unknown_item(line, r, who)
            return
        if r.get("classSourcedId", "").strip() not in ("", item["classSourcedId"]):
            self.reader.problem(
                "results",
                line,
                f"names the class {r['classSourcedId']!r}, but its line item belongs to {item['classSourcedId']!r}",
                who,
            )
            return
        category = item["categorySourcedId"]
        if category not in final and category not in gpa:
            return  # homework and running grades are not read: they make no course record
        status = sys.intern(r["scoreStatus"].strip())
        if status not in SCORE_STATUSES:
            self.reader.problem(
                "results", line, f"has an unknown scoreStatus {status!r}", who, "scoreStatus"
            )
            return
        if category in gpa:
            if status == "fully graded":
                self._gpa(line, r, item, who)
            return
        if status == "exempt":
            return  # an exemption makes no course record
        self.reader.result_owners[r["sourcedId"].strip()] = (who, item["sourcedId"])
        self._final_grade(line, r, item, who, status)

    def _final_grade(self, line: int, r: dict[str, str], item: dict[str, str], who, status) -> None:
        score = None
        try:
            if r["score"].strip():
                score = float(r["score"])
            value_min = (
                float(item["resultValueMin"]) if item.get("resultValueMin", "").strip() else None
            )
            value_max = (
                float(item["resultValueMax"]) if item.get("resultValueMax", "").strip() else None
            )
        except ValueError:
            self.reader.problem(
                "results", line, f"has a score that is not a number ({r['score']!r})", who, "score"
            )
            return
        if (
            score is not None
            and value_min is not None
            and value_max is not None
            and not value_min <= score <= value_max
        ):
            self.reader.problem(
                "results",
                line,
                f"has the score {score} outside {value_min}–{value_max}",
                who,
                "score",
            )
            return
        letter = sys.intern(r["textScore"].strip())  # a few grades, thousands of times each
        if score is None and not letter:
            self.reader.problem("results", line, "has neither a score nor a text score", who)
            return
        grading = self.standards.grading_for(r["sourcedId"], item["sourcedId"], self.reader.grading)
        if letter and grading is not UNSCALED and (grading is None or grading.find(letter) is None):
            where = (
                "the grading scale this line item uses"
                if grading is not None
                else "no grading scale in the export (scoreScales.csv) and no --grading file"
            )
            self.reader.problem(
                "results",
                line,
                f"has the grade {letter[:40]!r}, which {where} names; a grade is never guessed",
                who,
                "textScore",
            )
            return
        try:
            when = parse_date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.reader.problem(
                "results", line, f"has a malformed scoreDate ({r['scoreDate']!r})", who, "scoreDate"
            )
            return
        course, term = self.classes[item["classSourcedId"]]
        term = self.sessions.get(item["academicSessionSourcedId"], term)
        self.reader.export.students[who].results.append(
            CourseResult(
                r["sourcedId"],
                course,
                term,
                score,
                value_min,
                value_max,
                letter,
                status,
                when,
                grading=grading,
                attendance=self.reader.attendance.get((who, item["classSourcedId"])),
            )
        )

    def _unknown_item(self, line: int, r: dict[str, str], who: str) -> None:
        """A result whose line item is absent, or left out for a problem reported there: only a
        final grade withholds its student (their record would miss a course)."""
        item = r["lineItemSourcedId"]
        where = self.reader.left_out.get(item)
        if where is None:
            self.reader.problem(
                "results",
                line,
                f"names the line item {item!r}, which is not in lineItems.csv",
                who,
                "lineItemSourcedId",
            )
            return
        category = self.reader.item_category.get(item)
        if category in self.final:
            self.reader.problem(
                "results",
                line,
                f"is a final grade in a class left out for the problem at {where}; "
                "the record would miss a course",
                who,
            )
        elif category == UNKNOWN_CATEGORY:
            self.reader.problem(
                "results",
                line,
                f"is a result of a line item left out for the problem at {where}; if it is a "
                "final grade, the record would miss a course",
                who,
            )

    def _gpa(self, line: int, r: dict[str, str], item: dict[str, str], who: str) -> None:
        """A GPA result: a number within the line item's range; the latest one counts."""
        try:
            value = float(r["score"])
            low = float(item["resultValueMin"]) if item.get("resultValueMin", "").strip() else None
            high = float(item["resultValueMax"]) if item.get("resultValueMax", "").strip() else None
            when = parse_date(r["scoreDate"]) if r.get("scoreDate", "").strip() else None
        except ValueError:
            self.reader.problem(
                "results", line, f"has a GPA that is not a number ({r['score']!r})", who, "score"
            )
            return
        lowest, highest = (0.0 if low is None else low), (10.0 if high is None else high)
        if not lowest <= value <= highest:
            self.reader.problem(
                "results", line, f"has the GPA {value:g} outside its scale", who, "score"
            )
            return
        fallback = self.classes[item["classSourcedId"]][1]
        term = self.sessions.get(item["academicSessionSourcedId"], fallback)
        found = Gpa(r["sourcedId"], value, low, high, term, when)
        record = self.reader.export.students[who]
        if record.gpa is None or _gpa_order(found) >= _gpa_order(record.gpa):
            record.gpa = found


def _gpa_order(gpa: Gpa) -> tuple[date, date]:
    """Which of two GPAs is the later one: by the term's end, then the score date."""
    end = gpa.term.end or date.min
    return end, gpa.score_date or end
