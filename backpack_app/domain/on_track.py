"""The early-warning view ("On track"): the ABC indicators, computed from a learner's records.

Pure: records in, indicators out; no I/O, nothing stored, nothing shared (the view is derived,
restricted data: it exists only while someone looks at it). Each indicator says its rule in
words, what it found, the records behind it, a trend by term, what is missing and what the
family can do next. There is never a single score.

Only school-signed records count as the school's data. An official-section record the family
added from a paper (unsigned) is named in the indicator's notes as not counted, never folded in.
A school year runs from August to July ("2024-25").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from backpack_app.domain.records import Record
from backpack_app.domain.vocabulary import Category, Provenance

ON_TRACK, WATCH, OFF_TRACK, MISSING = "on_track", "watch", "off_track", "missing_data"
STATUSES = (ON_TRACK, WATCH, OFF_TRACK, MISSING)
INDICATORS = ("attendance", "behavior", "course_grades", "gpa", "ninth_grade_on_track")
ATTENDANCE_TYPE, BEHAVIOR_TYPE = "ext:AttendanceSummary", "ext:BehaviorSummary"
CHRONIC, WATCH_RATE = 0.90, 0.95
GPA_FLOOR = 2.0
NINTH_GRADE_CREDITS = 5.0  # full-year credits (Carnegie units) by the end of 9th grade
PROGRAM_KINDS = frozenset(
    {
        "learningprogram",
        "secondaryschooldiploma",
        "generaleducationdevelopment",
        "associatedegree",
        "bachelordegree",
        "diploma",
        "degree",
    }
)
_ENGLISH = re.compile(r"\b(english|ela|language arts|literature|reading|writing|eng)\b", re.I)
_MATHS = re.compile(
    r"\b(math|maths|mathematics|algebra|geometry|calculus|pre-?calculus|statistics|"
    r"trigonometry|integrated math)\b",
    re.I,
)
_SCIENCE = re.compile(r"\b(science|biology|chemistry|physics|earth science|environmental)\b", re.I)
_SOCIAL = re.compile(
    r"\b(history|social studies|civics|government|geography|economics|world studies)\b", re.I
)
# The rules in words (a table, not names: tests/core_sentences.py leaves the view's words to
# the window, which marks them in ui/on_track_words.py).
RULES = {
    "attendance": (
        "Chronic absence is missing 10% or more of the days enrolled: attendance at or below "
        "90%, for the school year to date or for any term, is off track; below 95% is worth "
        "watching."
    ),
    "behavior": (
        "Any suspension or expulsion, or two or more discipline incidents in a school year, is "
        "off track; one incident is worth watching."
    ),
    "course_grades": (
        "A failing grade in an English or maths course is off track; a failing grade in "
        "another course is worth watching. A grade fails when the school's record says Failed "
        "(or, where it says nothing, the grade is F)."
    ),
    "gpa": (
        "A GPA below 2.0 that the school signed is off track. Backpack never computes a GPA: "
        "only a grade point average in a school-signed academic record counts."
    ),
}
FAILING_GRADES = frozenset({"F", "F+", "F-", "E", "U", "NC"})


class Said(str):
    """A sentence in English that also keeps its template and values, so the window can say it
    in the learner's language (`t(template).format(**args)`; values that are Said too)."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Said:
        made = super().__new__(cls, template.format(**args) if args else template)
        made.template, made.args = template, args
        return made


def _n(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class TermPoint:
    """One term of an indicator's trend."""

    term: str
    school_year: str
    status: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {
            "term": self.term,
            "school_year": self.school_year,
            "status": self.status,
            "text": self.text,
        }


@dataclass(frozen=True)
class Indicator:
    id: str
    status: str
    rule: str
    finding: str
    records: tuple[str, ...] = ()
    trend: tuple[TermPoint, ...] = ()
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "rule": self.rule,
            "finding": self.finding,
            "records": list(self.records),
            "trend": [p.to_json() for p in self.trend],
            "missing": list(self.missing),
            "notes": list(self.notes),
            "next_steps": list(self.next_steps),
        }


@dataclass(frozen=True)
class GradeLevel:
    """The learner's grade level and who says so (the family, when they type it)."""

    level: int
    stated_by: str = Said("the family")


def school_year(day: dt.date | None) -> str:
    if day is None:
        return ""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def _worst(statuses: Iterable[str]) -> str:
    found = set(statuses)
    for status in (OFF_TRACK, WATCH, ON_TRACK):
        if status in found:
            return status
    return MISSING


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value >= 0 else None


def _result(record: Record, name: str) -> float | None:
    for entry in getattr(record.details, "results", []):
        if entry.name.casefold() == name.casefold():
            return _number(entry.value)
    return None


def _kind(record: Record) -> str:
    return getattr(record.details, "achievement_type", "")


def _term(record: Record) -> str:
    return getattr(record.details, "term", "") or ""


@dataclass
class _Sorted:
    """One category's records: those that count (school-signed) and those that do not."""

    signed: list[Record] = field(default_factory=list)
    unsigned: list[Record] = field(default_factory=list)

    def note(self, what: str) -> tuple[str, ...]:
        if not self.unsigned:
            return ()
        return (
            Said(
                "{count} {what} you added yourself (not signed by the school) are not counted "
                "here; ask the school for a signed copy.",
                count=len(self.unsigned),
                what=Said(what),
            ),
        )


def _split(records: Iterable[Record], keep) -> _Sorted:
    found = _Sorted()
    for record in records:
        if not keep(record):
            continue
        (found.signed if record.provenance is Provenance.SCHOOL_SIGNED else found.unsigned).append(
            record
        )
    return found


def _by_term(records: list[Record]) -> tuple[list[tuple[str, Record, list[Record]]], list[str]]:
    """The latest-issued record per term (terms in date order), and sentences for terms where
    two records disagree (both are listed; the most recently issued one is used)."""
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(_term(record) or "(no term)", []).append(record)
    chosen, conflicts = [], []
    for term, group in groups.items():
        group.sort(key=lambda r: (r.details.valid_from or r.created, r.created))
        latest = group[-1]
        values = {tuple((e.name, e.value) for e in r.details.results) for r in group}
        if len(values) > 1:
            conflicts.append(
                Said(
                    "Two school records for {term} disagree; the most recently issued one "
                    "({id}) is used.",
                    term=term,
                    id=latest.id,
                )
            )
        chosen.append((term, latest, group))
    chosen.sort(key=lambda t: (t[1].date or dt.date.max, t[0]))
    return chosen, conflicts


def _attendance(records: list[Record]) -> Indicator:
    rule = RULES["attendance"]
    found = _split(
        records, lambda r: r.category is Category.ATTENDANCE and _kind(r) == ATTENDANCE_TYPE
    )
    others = _split(
        records, lambda r: r.category is Category.ATTENDANCE and _kind(r) != ATTENDANCE_TYPE
    )
    notes = found.note("attendance records") + others.note("attendance records")
    if not found.signed:
        return Indicator(
            "attendance",
            MISSING,
            rule,
            "There is no attendance summary signed by the school.",
            missing=(
                "No attendance records from the school.",
                *(
                    Said("No attendance records for {year}.", year=y)
                    for y in _school_years(records)
                ),
            ),
            notes=notes,
            next_steps=("Ask the school for a signed attendance summary for each term.",),
        )
    terms, conflicts = _by_term(found.signed)
    trend, years = [], {}
    for term, record, _group in terms:
        enrolled, present = _result(record, "Days enrolled"), _result(record, "Days present")
        year = school_year(record.date)
        if not enrolled or present is None or present > enrolled:
            trend.append(TermPoint(term, year, MISSING, "The summary has no usable day counts."))
            continue
        rate = present / enrolled
        years.setdefault(year, [0.0, 0.0])
        years[year][0] += present
        years[year][1] += enrolled
        trend.append(
            TermPoint(
                term,
                year,
                _rate_status(rate),
                Said(
                    "{rate} of the days enrolled ({enrolled}); days missed: {missed}",
                    rate=f"{rate:.0%}",
                    enrolled=_n(enrolled),
                    missed=_n(enrolled - present),
                ),
            )
        )
    ids = tuple(r.id for _t, _r, group in terms for r in group)
    if not years:
        return Indicator(
            "attendance",
            MISSING,
            rule,
            "The school's attendance summaries have no usable day counts.",
            records=ids,
            trend=tuple(trend),
            notes=(*conflicts, *notes),
        )
    latest = max(years)
    present, enrolled = years[latest]
    ytd = present / enrolled
    status = _worst([_rate_status(ytd), *(p.status for p in trend if p.school_year == latest)])
    finding = Said(
        "In {year} so far: {rate} of the days enrolled ({enrolled}); days missed: {missed}.",
        year=latest,
        rate=f"{ytd:.0%}",
        enrolled=_n(enrolled),
        missed=_n(enrolled - present),
    )
    steps = (
        ("Talk to the school counsellor about the days missed.", "Add a goal for attendance.")
        if status in (OFF_TRACK, WATCH)
        else ()
    )
    gaps = tuple(
        Said("No attendance records for {year}.", year=year)
        for year in _school_years(records)
        if year not in years
    )
    return Indicator(
        "attendance",
        status,
        rule,
        finding,
        records=ids,
        trend=tuple(trend),
        missing=gaps,
        notes=(*conflicts, *notes),
        next_steps=steps,
    )


def _school_years(records: list[Record]) -> list[str]:
    """The school years the school's signed course grades cover, in order."""
    return sorted(
        {
            school_year(r.date)
            for r in records
            if _is_course(r) and r.provenance is Provenance.SCHOOL_SIGNED and r.date
        }
    )


def _rate_status(rate: float) -> str:
    if rate <= CHRONIC:
        return OFF_TRACK
    return WATCH if rate < WATCH_RATE else ON_TRACK


def _behavior(records: list[Record]) -> Indicator:
    rule = RULES["behavior"]
    found = _split(
        records, lambda r: r.category is Category.DISCIPLINE and _kind(r) == BEHAVIOR_TYPE
    )
    others = _split(
        records, lambda r: r.category is Category.DISCIPLINE and _kind(r) != BEHAVIOR_TYPE
    )
    notes = found.note("discipline records") + others.note("discipline records")
    if not found.signed:
        return Indicator(
            "behavior",
            MISSING,
            rule,
            "There is no behaviour summary signed by the school.",
            missing=("No behaviour records from the school.",),
            notes=notes,
            next_steps=("Ask the school whether it keeps a behaviour summary for each term.",),
        )
    terms, conflicts = _by_term(found.signed)
    trend, years = [], {}
    for term, record, _group in terms:
        incidents = _result(record, "Discipline incidents") or 0
        removals = sum(
            _result(record, n) or 0
            for n in ("In-school suspensions", "Out-of-school suspensions", "Expulsions")
        )
        year = school_year(record.date)
        totals = years.setdefault(year, [0.0, 0.0])
        totals[0] += incidents
        totals[1] += removals
        trend.append(
            TermPoint(
                term,
                year,
                _behavior_status(incidents, removals),
                Said(
                    "incidents: {incidents}; suspensions or expulsions: {removals}",
                    incidents=_n(incidents),
                    removals=_n(removals),
                ),
            )
        )
    latest = max(years)
    incidents, removals = years[latest]
    status = _behavior_status(incidents, removals)
    steps = (
        ("Talk to the school counsellor about what happened.", "Add a goal with the school.")
        if status in (OFF_TRACK, WATCH)
        else ()
    )
    return Indicator(
        "behavior",
        status,
        rule,
        Said(
            "In {year}: discipline incidents: {incidents}; suspensions or expulsions: {removals}.",
            year=latest,
            incidents=_n(incidents),
            removals=_n(removals),
        ),
        records=tuple(r.id for _t, _r, group in terms for r in group),
        trend=tuple(trend),
        notes=(*conflicts, *notes),
        next_steps=steps,
    )


def _behavior_status(incidents: float, removals: float) -> str:
    if removals > 0 or incidents >= 2:
        return OFF_TRACK
    return WATCH if incidents == 1 else ON_TRACK


def _course_text(record: Record) -> str:
    return f"{record.title} {getattr(record.details, 'code', '')}"


def _is_core(record: Record) -> bool:
    """English or maths, by the course's title or code."""
    text = _course_text(record)
    return bool(_ENGLISH.search(text) or _MATHS.search(text))


def _failed(record: Record) -> bool:
    results = getattr(record.details, "results", [])
    if any(e.status.casefold() == "failed" for e in results):
        return True
    return record.details.grade.strip().upper() in FAILING_GRADES


def _is_course(record: Record) -> bool:
    return record.category is Category.TRANSCRIPT and _kind(record).casefold() == "course"


def _courses(records: list[Record]) -> tuple[list[tuple[Record, list[Record]]], list[str]]:
    """Each course and term once (the latest issued), with the sentences where copies differ."""
    groups: dict[tuple[str, str], list[Record]] = {}
    for record in records:
        key = (record.details.code or record.title, _term(record))
        groups.setdefault(key, []).append(record)
    chosen, conflicts = [], []
    for (_code, term), group in groups.items():
        group.sort(key=lambda r: (r.details.valid_from or r.created, r.created))
        if len({r.details.grade for r in group}) > 1:
            conflicts.append(
                Said(
                    "Two school records for {course} ({term}) give different grades; the most "
                    "recently issued one is used.",
                    course=group[-1].title,
                    term=term,
                )
            )
        chosen.append((group[-1], group))
    return chosen, conflicts


def _course_grades(records: list[Record]) -> Indicator:
    rule = RULES["course_grades"]
    found = _split(records, _is_course)
    notes = found.note("course records")
    if not any(_is_core(r) for r in found.signed):
        return Indicator(
            "course_grades",
            MISSING,
            rule,
            "There is no English or maths grade signed by the school.",
            missing=("No English or maths course grades from the school.",),
            notes=notes,
            next_steps=("Import the school's signed course record (transcript).",),
        )
    chosen, conflicts = _courses(found.signed)
    by_term: dict[str, list[str]] = {}
    days: dict[str, dt.date] = {}
    failing_core, failing_other = [], []
    for record, _group in chosen:
        term = _term(record)
        status = (OFF_TRACK if _is_core(record) else WATCH) if _failed(record) else ON_TRACK
        by_term.setdefault(term, []).append(status)
        if record.date is not None:
            days[term] = min(days.get(term, record.date), record.date)
        if status == OFF_TRACK:
            failing_core.append(record)
        elif status == WATCH:
            failing_other.append(record)
    trend = tuple(
        TermPoint(
            term,
            school_year(days.get(term)),
            _worst(statuses),
            Said(
                "failing: {failing} of {count} courses",
                failing=sum(s != ON_TRACK for s in statuses),
                count=len(statuses),
            ),
        )
        for term, statuses in sorted(by_term.items(), key=lambda t: days.get(t[0], dt.date.max))
    )
    status = OFF_TRACK if failing_core else WATCH if failing_other else ON_TRACK
    if failing_core:
        finding = Said(
            "Failing in English or maths: {courses}.",
            courses=", ".join(f"{r.title} ({_term(r)}, {r.details.grade})" for r in failing_core),
        )
    elif failing_other:
        finding = Said(
            "No failing grade in English or maths; failing elsewhere: {courses}.",
            courses=", ".join(r.title for r in failing_other),
        )
    else:
        finding = Said("No failing grade in English or maths.")
    steps = (
        (
            "Talk to the teacher and the school counsellor about support.",
            "Add a goal for the course.",
        )
        if status != ON_TRACK
        else ()
    )
    return Indicator(
        "course_grades",
        status,
        rule,
        finding,
        records=tuple(r.id for _r, group in chosen for r in group),
        trend=trend,
        notes=(*conflicts, *notes),
        next_steps=steps,
    )


def _gpa_value(record: Record) -> float | None:
    for entry in record.details.results:
        if "gpa" in entry.name.casefold() or "grade point" in entry.name.casefold():
            return _number(entry.value)
    return _number(record.details.grade)


def _gpa(records: list[Record]) -> Indicator:
    rule = RULES["gpa"]
    found = _split(
        records,
        lambda r: (
            r.category is Category.TRANSCRIPT
            and _kind(r).replace(" ", "").casefold() in PROGRAM_KINDS
            and _gpa_value(r) is not None
        ),
    )
    notes = found.note("GPA records")
    if not found.signed:
        return Indicator(
            "gpa",
            MISSING,
            rule,
            "There is no GPA signed by the school.",
            missing=("No GPA signed by the school.",),
            notes=notes,
            next_steps=("Ask the school for a signed academic record stating the GPA.",),
        )
    ordered = sorted(found.signed, key=lambda r: (r.date or dt.date.min, r.created))
    latest = ordered[-1]
    value = _gpa_value(latest) or 0.0
    trend = tuple(
        TermPoint(
            _term(r) or school_year(r.date),
            school_year(r.date),
            OFF_TRACK if (_gpa_value(r) or 0) < GPA_FLOOR else ON_TRACK,
            Said("GPA {gpa} ({school})", gpa=_n(_gpa_value(r) or 0), school=r.details.school),
        )
        for r in ordered
    )
    schools = {r.details.school for r in ordered}
    conflicts = (
        (
            Said(
                "GPAs from {count} schools are held; the most recent one ({school}) is used.",
                count=len(schools),
                school=latest.details.school,
            ),
        )
        if len(schools) > 1
        else ()
    )
    status = OFF_TRACK if value < GPA_FLOOR else ON_TRACK
    return Indicator(
        "gpa",
        status,
        rule,
        Said(
            "The school signed a GPA of {gpa} ({school}, {term}).",
            gpa=_n(value),
            school=latest.details.school,
            term=_term(latest),
        ),
        records=tuple(r.id for r in ordered),
        trend=trend,
        notes=(*conflicts, *notes),
        next_steps=("Talk to the school counsellor about a plan.",) if status == OFF_TRACK else (),
    )


def _ninth_grade(records: list[Record], grade: GradeLevel | None) -> Indicator:
    rule = Said(
        "In 9th grade, a student is on track with at least {credits} full-year credits by the "
        "end of the year and at most one semester F in a core course (English, maths, science, "
        "social studies).",
        credits=_n(NINTH_GRADE_CREDITS),
    )
    if grade is None:
        return Indicator(
            "ninth_grade_on_track",
            MISSING,
            rule,
            "The learner's grade level is not known, so the 9th-grade rule cannot be applied.",
            missing=("The grade level.",),
            next_steps=("Say the learner's grade level.",),
        )
    if grade.level != 9:
        return Indicator(
            "ninth_grade_on_track",
            MISSING,
            rule,
            Said(
                "The learner is in grade {level} (as {who} says); this rule is for the "
                "9th-grade year.",
                level=grade.level,
                who=grade.stated_by,
            ),
            notes=(_stated(grade),),
        )
    found = _split(records, _is_course)
    chosen, conflicts = _courses(found.signed)
    if not chosen:
        return Indicator(
            "ninth_grade_on_track",
            MISSING,
            rule,
            "There are no course grades signed by the school for this year.",
            missing=("No course grades from the school for 9th grade.",),
            notes=(_stated(grade), *found.note("course records")),
        )
    year = max(school_year(r.date) for r, _g in chosen)
    this_year = [r for r, _g in chosen if school_year(r.date) == year]
    credits = sum(r.details.credits or 0 for r in this_year)
    core_fs = [
        r
        for r in this_year
        if _failed(r)
        and any(p.search(_course_text(r)) for p in (_ENGLISH, _MATHS, _SCIENCE, _SOCIAL))
    ]
    terms = {_term(r) for r in this_year}
    no_credits = all(r.details.credits is None for r in this_year)
    if len(core_fs) > 1:
        status = OFF_TRACK
    elif credits < NINTH_GRADE_CREDITS:
        status = WATCH if len(terms) < 2 else OFF_TRACK
    else:
        status = WATCH if core_fs else ON_TRACK
    missing = ("The school's records state no credits for these courses.",) if no_credits else ()
    return Indicator(
        "ninth_grade_on_track",
        MISSING if no_credits and len(core_fs) <= 1 else status,
        rule,
        Said(
            "In {year}: credits earned: {credits} (terms: {terms}); semester F in core courses: "
            "{fs}.",
            year=year,
            credits=_n(credits),
            terms=len(terms),
            fs=len(core_fs),
        ),
        records=tuple(r.id for r in this_year),
        missing=missing,
        notes=(
            *conflicts,
            _stated(grade),
            *found.note("course records"),
        ),
        next_steps=("Talk to the school counsellor about credit recovery.",)
        if status != ON_TRACK
        else (),
    )


def _stated(grade: GradeLevel) -> Said:
    return Said("Grade level {level} as stated by {who}.", level=grade.level, who=grade.stated_by)


def indicators(records: Iterable[Record], *, grade: GradeLevel | None = None) -> list[Indicator]:
    """The five indicators, in the fixed order of INDICATORS, from one learner's records."""
    held = list(records)
    return [
        _attendance(held),
        _behavior(held),
        _course_grades(held),
        _gpa(held),
        _ninth_grade(held, grade),
    ]
