"""The early-warning view ("On track"): the ABC indicators, computed from a learner's records.

Pure: records in, indicators out; no I/O, nothing stored, nothing shared (the view is derived,
restricted data: it exists only while someone looks at it). Each indicator says its rule in
words, what it found, the records behind it, a trend by term, what is missing and what the
family can do next. There is never a single score.

Only true school data counts as the school's: a school-signed record whose stored verification is
good (signature, dates, status) and whose issuer is in the family's trust list (`Checked`, which
the caller reads from the stored reports). Every other record an indicator would read (added from
a paper, revoked, expired, tampered, from an issuer not trusted) is listed in its `not_counted`,
with the reason, never folded in. A grade level the family types is labelled self-reported in the
rule's own words. English and maths are told by the course's SCED subject code, else the subject
the school named, else words of its title (a guess, said so). A school year runs from August to
July ("2024-25").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
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
_SCIENCE = re.compile(
    r"\b((?<!computer )science|biology|chemistry|physics|earth science|environmental)\b", re.I
)  # (computer science is no core science)
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
GRADE_LEVEL_TYPE = "ext:GradeLevel"  # the signed result a school states a grade level with
# SCED (School Codes for the Exchange of Data) subject areas: a course code's first two digits.
SCED_AREAS = {"01": "english", "02": "maths", "03": "science", "04": "social"}
_SCED = re.compile(r"^\s*SCED[:\s]*(\d{5})\b", re.I)
# CEDS grade level codes (what OneRoster's `grades` and Ed-Fi's GradeLevelDescriptor use).
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINALS += ("ninth", "tenth", "eleventh", "twelfth")
_GRADE_WORDS = {"kg": 0, "kindergarten": 0} | {
    f"{word} grade": n for n, word in enumerate(_ORDINALS, start=1)
}
GRADE_LEVEL_NAME = "Grade level"
# The next step when the grade level is unknown: the CLI and the window each say how to give it
# (their option, their box) in place of these words.
ASK_GRADE_LEVEL = "Say the learner's grade level."


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
    not_counted: tuple[NotCounted, ...] = ()

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
            "not_counted": [n.to_json() for n in self.not_counted],
        }


@dataclass(frozen=True)
class GradeLevel:
    """The learner's grade level and who says so: the family, when they type it (self-reported),
    or the school's signed records (with the school year they state it for)."""

    level: int
    stated_by: str = Said("the family (self-reported, not the school's record)")
    self_reported: bool = True
    year: str = ""
    records: tuple[str, ...] = ()


@dataclass(frozen=True)
class Checked:
    """What the backpack's stored check says of a record's signed credential: its verdict
    (domain/vocabulary.Verdict's value), its issuer, and whether that issuer is trusted now."""

    verdict: str
    issuer: str = ""
    trusted: bool = False


@dataclass(frozen=True)
class NotCounted:
    """A record an indicator read but did not count as the school's, and why."""

    id: str
    title: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "reason": self.reason}


def not_counted_sentences(items: Iterable[NotCounted]) -> list[Said]:
    """One sentence per reason, naming every record it keeps out (in their order)."""
    by_reason: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    for item in items:
        by_reason.setdefault(str(item.reason), []).append(item.title)
        reasons.setdefault(str(item.reason), item.reason)
    return [
        Said("Not counted: {title}, because {reason}.", title="; ".join(titles), reason=reasons[r])
        for r, titles in by_reason.items()
    ]


_VERDICT_REASONS = {
    "revoked": "the school has revoked it",
    "expired": "it has expired",
    "not_yet_valid": "it is not valid yet",
    "invalid_signature": "its signature does not match its contents (it may have been changed)",
    "malformed": "it is not a readable credential",
    "unsupported": "it is signed in a way Backpack cannot check",
    "unverifiable_offline": "its signature could not be checked on this computer",
}


def why_not_counted(record: Record, checked: Checked | None) -> str | None:
    """None when the record is true school data; else the reason, in words."""
    if record.provenance is Provenance.SCHOOL_UNSIGNED:
        return Said("you added it from a paper and the school did not sign it")
    if record.provenance is not Provenance.SCHOOL_SIGNED:
        return Said("someone other than the school signed it")
    if checked is None:
        return Said("no signed original is stored with it")
    if checked.verdict in _VERDICT_REASONS:
        return Said(_VERDICT_REASONS[checked.verdict])
    if checked.verdict not in ("verified", "unknown_issuer"):
        return Said("its signature could not be checked on this computer")
    if not checked.trusted:  # (a good signature stored as unknown_issuer counts once trusted)
        return Said(
            "its issuer ({issuer}) is not in your trust list",
            issuer=getattr(record.details, "school", "") or checked.issuer,
        )
    return None


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
    """One indicator's records: those that count (true school data) and those that do not."""

    signed: list[Record] = field(default_factory=list)
    unsigned: list[NotCounted] = field(default_factory=list)


class _Judge:
    """Which records are true school data (see `why_not_counted`)."""

    def __init__(self, checks: Mapping[str, Checked] | None) -> None:
        self.checks = checks

    def why_not(self, record: Record) -> str | None:
        if self.checks is None:  # the caller checks nothing: school-signed is taken as good
            return why_not_counted(record, Checked("verified", trusted=True))
        return why_not_counted(record, self.checks.get(record.id))

    def counts(self, record: Record) -> bool:
        return self.why_not(record) is None

    def split(self, records: Iterable[Record], keep) -> _Sorted:
        found = _Sorted()
        for record in records:
            if not keep(record):
                continue
            why = self.why_not(record)
            if why is None:
                found.signed.append(record)
            else:
                found.unsigned.append(NotCounted(record.id, _titled(record), why))
        return found


def _titled(record: Record) -> str:
    term = _term(record)
    return f"{record.title} ({term})" if term and term not in record.title else record.title


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


def _summaries(
    records: list[Record], judge: _Judge, category: Category, kind: str
) -> tuple[list[Record], tuple[NotCounted, ...]]:
    """The school's counted per-term summaries of one kind, and what was read but not counted."""
    found = judge.split(records, lambda r: r.category is category)
    return [r for r in found.signed if _kind(r) == kind], tuple(found.unsigned)


def _no_summary(
    indicator: str, finding: str, missing: str, step: str, skipped: tuple[NotCounted, ...]
) -> Indicator:
    """An indicator whose school-signed summaries are missing altogether."""
    return Indicator(
        indicator,
        MISSING,
        RULES[indicator],
        finding,
        missing=(missing,),  # (once: no year has any)
        next_steps=(step,),
        not_counted=skipped,
    )


def _attendance(records: list[Record], judge: _Judge) -> Indicator:
    rule = RULES["attendance"]
    signed, skipped = _summaries(records, judge, Category.ATTENDANCE, ATTENDANCE_TYPE)
    if not signed:
        return _no_summary(
            "attendance",
            "There is no attendance summary signed by the school.",
            "No attendance records from the school.",
            "Ask the school for a signed attendance summary for each term.",
            skipped,
        )
    terms, conflicts = _by_term(signed)
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
            notes=tuple(conflicts),
            not_counted=skipped,
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
        for year in _school_years(records, judge)
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
        notes=tuple(conflicts),
        next_steps=steps,
        not_counted=skipped,
    )


def _school_years(records: list[Record], judge: _Judge) -> list[str]:
    """The school years the school's signed course grades cover, in order."""
    return sorted(
        {school_year(r.date) for r in records if _is_course(r) and r.date and judge.counts(r)}
    )


def _rate_status(rate: float) -> str:
    if rate <= CHRONIC:
        return OFF_TRACK
    return WATCH if rate < WATCH_RATE else ON_TRACK


def _behavior(records: list[Record], judge: _Judge) -> Indicator:
    rule = RULES["behavior"]
    signed, skipped = _summaries(records, judge, Category.DISCIPLINE, BEHAVIOR_TYPE)
    if not signed:
        return _no_summary(
            "behavior",
            "There is no behaviour summary signed by the school.",
            "No behaviour records from the school.",
            "Ask the school whether it keeps a behaviour summary for each term.",
            skipped,
        )
    terms, conflicts = _by_term(signed)
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
        notes=tuple(conflicts),
        next_steps=steps,
        not_counted=skipped,
    )


def _behavior_status(incidents: float, removals: float) -> str:
    if removals > 0 or incidents >= 2:
        return OFF_TRACK
    return WATCH if incidents == 1 else ON_TRACK


def _course_text(record: Record) -> str:
    return f"{record.title} {getattr(record.details, 'code', '')}"


_AREA_WORDS = (("english", _ENGLISH), ("maths", _MATHS), ("science", _SCIENCE), ("social", _SOCIAL))
SCED, SUBJECT, KEYWORDS = "sced", "subject", "keywords"


def subject_area(record: Record) -> tuple[str | None, str]:
    """The course's core subject area (english, maths, science, social or None) and how it was
    told: by its SCED subject code (`sced`), by the subject the school named (`subject`), or by
    words of its title and code (`keywords`: a guess, used only when the record says neither)."""
    details = record.details
    for tag in getattr(details, "tags", []):
        found = _SCED.match(tag)
        if found:
            return SCED_AREAS.get(found.group(1)[:2]), SCED
    named = getattr(details, "field_of_study", "")
    if named.strip():
        return next((area for area, words in _AREA_WORDS if words.search(named)), None), SUBJECT
    text = _course_text(record)
    return next((area for area, words in _AREA_WORDS if words.search(text)), None), KEYWORDS


def _is_core(record: Record) -> bool:
    """English or maths (see `subject_area`)."""
    return subject_area(record)[0] in ("english", "maths")


_HOW_WORDS = {  # (the count after a colon: "1 courses" is never said)
    SCED: "Courses whose subject is told by their SCED subject code: {count}.",
    SUBJECT: "Courses whose subject is told by the subject the school named: {count}.",
    KEYWORDS: "Courses whose subject is guessed from words in their title (the school's "
    "record names no subject): {count}.",
}


def _how_sorted(records: Iterable[Record]) -> tuple[str, ...]:
    """Sentences saying how the courses were told apart (English, maths or other), and where
    a course's SCED code and the subject the school named disagree (the code is used)."""
    counts = {SCED: 0, SUBJECT: 0, KEYWORDS: 0}
    disagree = []
    for record in records:
        area, how = subject_area(record)
        counts[how] += 1
        named = getattr(record.details, "field_of_study", "")
        said = next((a for a, words in _AREA_WORDS if words.search(named)), None)
        if how == SCED and None not in (said, area) and said != area:
            disagree.append(
                Said(
                    "The school's SCED code and the subject it named ({subject}) disagree for "
                    "{course}; the code is used.",
                    subject=named,
                    course=record.title,
                )
            )
    return (*(Said(_HOW_WORDS[how], count=n) for how, n in counts.items() if n), *disagree)


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


def _course_grades(records: list[Record], judge: _Judge) -> Indicator:
    rule = RULES["course_grades"]
    found = judge.split(records, _is_course)
    skipped = tuple(found.unsigned)
    how = _how_sorted(found.signed)
    if not any(_is_core(r) for r in found.signed):
        return Indicator(
            "course_grades",
            MISSING,
            rule,
            "There is no English or maths grade signed by the school.",
            missing=("No English or maths course grades from the school.",),
            notes=how,
            next_steps=("Import the school's signed course record (transcript).",),
            not_counted=skipped,
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
                "courses failing: {failing} of {count}",
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
        notes=(*conflicts, *how),
        next_steps=steps,
        not_counted=skipped,
    )


def _gpa_value(record: Record) -> float | None:
    for entry in record.details.results:
        if "gpa" in entry.name.casefold() or "grade point" in entry.name.casefold():
            return _number(entry.value)
    return _number(record.details.grade)


def _gpa(records: list[Record], judge: _Judge) -> Indicator:
    rule = RULES["gpa"]
    found = judge.split(
        records,
        lambda r: (
            r.category is Category.TRANSCRIPT
            and _kind(r).replace(" ", "").casefold() in PROGRAM_KINDS
            and _gpa_value(r) is not None
        ),
    )
    skipped = tuple(found.unsigned)
    if not found.signed:
        return Indicator(
            "gpa",
            MISSING,
            rule,
            "There is no GPA signed by the school.",
            missing=("No GPA signed by the school.",),
            next_steps=("Ask the school for a signed academic record stating the GPA.",),
            not_counted=skipped,
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
        notes=tuple(conflicts),
        next_steps=("Talk to the school counsellor about a plan.",) if status == OFF_TRACK else (),
        not_counted=skipped,
    )


def grade_value(text: str) -> int | None:
    """A grade level from a CEDS code ("09", "KG") or an Ed-Fi descriptor's code value
    ("Ninth grade"); None for what is not a grade from kindergarten to 12 (PK, UG, Other...)."""
    code = text.rsplit("#", 1)[-1].strip().casefold()
    if code.isdigit():
        level = int(code)
        return level if 1 <= level <= 12 else None
    return _GRADE_WORDS.get(code)


def _stated_levels(record: Record) -> list[int]:
    return [
        level
        for entry in getattr(record.details, "results", [])
        if entry.result_type == GRADE_LEVEL_TYPE or entry.name == GRADE_LEVEL_NAME
        if (level := grade_value(entry.value)) is not None
    ]


def school_grade_level(
    records: Iterable[Record], judge: _Judge | None = None
) -> tuple[GradeLevel | None, tuple[str, ...]]:
    """The grade level the school's counted records state (the 9th-grade year when one says
    9, else the latest year's), with sentences where they disagree within a year."""
    judge = judge or _Judge(None)
    by_year: dict[str, list[tuple[Record, int]]] = {}
    for record in records:
        levels = _stated_levels(record)
        if levels and record.date and judge.counts(record):
            by_year.setdefault(school_year(record.date), []).extend((record, lv) for lv in levels)
    if not by_year:
        return None, ()
    notes: list[str] = []
    chosen: dict[str, tuple[int, tuple[str, ...]]] = {}
    for year, stated in sorted(by_year.items()):
        stated.sort(key=lambda p: (p[0].details.valid_from or p[0].created, p[0].created))
        level = stated[-1][1]
        if len({lv for _r, lv in stated}) > 1:
            notes.append(
                Said(
                    "The school's records for {year} state different grade levels; the most "
                    "recently issued one (grade {level}) is used.",
                    year=year,
                    level=level,
                )
            )
        chosen[year] = (level, tuple(dict.fromkeys(r.id for r, _lv in stated)))
    year = next((y for y, (lv, _ids) in sorted(chosen.items()) if lv == 9), max(chosen))
    level, ids = chosen[year]
    who = Said("the school's signed records for {year}", year=year)
    return GradeLevel(level, who, self_reported=False, year=year, records=ids), tuple(notes)


def _ninth_grade(
    records: list[Record], judge: _Judge, given: GradeLevel | None, today: dt.date
) -> Indicator:
    rule = Said(
        "In 9th grade, a student is on track with at least {credits} full-year credits by the "
        "end of the year (a semester course earns half of one; a failed course none) and at "
        "most one semester F in a core course (English, maths, science, social studies). "
        "Before the year is over, fewer credits are not off track: the credits so far are "
        "compared with the pace to {credits} by the end of the year. The grade level is the "
        "one the school's signed records state, else the one the family gives "
        "(self-reported).",
        credits=_n(NINTH_GRADE_CREDITS),
    )
    grade, notes = school_grade_level(records, judge)
    if grade is not None and given is not None and given.level != grade.level:
        notes += (
            Said(
                "You gave grade {given}; the school's signed records say grade {level} "
                "({year}), which is used.",
                given=given.level,
                level=grade.level,
                year=grade.year,
            ),
        )
    grade = grade or given
    if grade is None:
        return Indicator(
            "ninth_grade_on_track",
            MISSING,
            rule,
            "The learner's grade level is not known, so the 9th-grade rule cannot be applied.",
            missing=("The grade level.",),
            next_steps=(ASK_GRADE_LEVEL,),
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
            records=grade.records,
            notes=(_stated(grade), *notes),
        )
    found = judge.split(records, _is_course)
    skipped = tuple(found.unsigned)
    chosen, conflicts = _courses(found.signed)
    year = grade.year or max((school_year(r.date) for r, _g in chosen), default="")
    this_year = [r for r, _g in chosen if school_year(r.date) == year]
    if not this_year:
        return Indicator(
            "ninth_grade_on_track",
            MISSING,
            rule,
            "There are no course grades signed by the school for this year.",
            records=grade.records,
            missing=("No course grades from the school for 9th grade.",),
            notes=(_stated(grade), *notes),
            not_counted=skipped,
        )
    credits = sum(r.details.credits or 0 for r in this_year if not _failed(r))
    core_fs = [r for r in this_year if _failed(r) and subject_area(r)[0] is not None]
    terms = {_term(r) for r in this_year}
    no_credits = all(r.details.credits is None for r in this_year)
    share = _year_gone(year, [r.date for r in this_year if r.date], today)
    pace = NINTH_GRADE_CREDITS * share
    if len(core_fs) > 1:  # (already broken, whatever is still to come)
        status, how = OFF_TRACK, ""
    elif credits >= NINTH_GRADE_CREDITS:
        status, how = (WATCH if core_fs else ON_TRACK), ""
    elif share >= 1:  # the year is over: the credits it lacks can no longer be earned in it
        status, how = OFF_TRACK, ""
    elif credits >= pace:
        status = WATCH if core_fs else ON_TRACK
        how = Said(
            "The year is not over: {credits} credits so far is on pace for {need} by its end "
            "(about {pace} by now).",
            credits=_n(credits),
            need=_n(NINTH_GRADE_CREDITS),
            pace=_n(round(pace * 2) / 2),
        )
    else:
        status = WATCH
        how = Said(
            "The year is not over: {credits} credits so far is behind the pace for {need} by "
            "its end (about {pace} by now); the rest can still be earned this year.",
            credits=_n(credits),
            need=_n(NINTH_GRADE_CREDITS),
            pace=_n(round(pace * 2) / 2),
        )
    missing = ("The school's records state no credits for these courses.",) if no_credits else ()
    if status == OFF_TRACK:
        steps: tuple[str, ...] = ("Talk to the school counsellor about credit recovery.",)
    else:  # (watch: for an F in a core course, credits behind the pace, or both)
        steps = ("Talk to the teacher and the school counsellor about support.",) * bool(core_fs)
        if credits < min(pace, NINTH_GRADE_CREDITS):
            steps += ("Talk to the school counsellor about the credits still to earn this year.",)
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
        records=tuple(dict.fromkeys((*grade.records, *(r.id for r in this_year)))),
        missing=missing,
        notes=(
            *((how,) if how else ()),
            *conflicts,
            _stated(grade),
            *notes,
            *_how_sorted(this_year),
        ),
        next_steps=steps,
        not_counted=skipped,
    )


def _year_gone(year: str, days: list[dt.date], today: dt.date) -> float:
    """How much of the school year `year` ("2024-25") its course records cover, from 0 to 1:
    1 once it has ended (today past July) or a record is dated in its last months (May to
    July: the last term is recorded); else the share of August to June up to the latest."""
    if not year[:4].isdigit():  # (no dated records: nothing says the year is still running)
        return 1.0
    start = dt.date(int(year[:4]), 8, 1)
    end = dt.date(start.year + 1, 6, 1)
    if today >= dt.date(start.year + 1, 8, 1) or any(d >= dt.date(end.year, 5, 1) for d in days):
        return 1.0
    latest = max(days, default=start)  # (credits come at a term's end: its record's date)
    return max(0.0, min(1.0, (latest - start).days / (end - start).days))


def _stated(grade: GradeLevel) -> Said:
    return Said("Grade level {level} as stated by {who}.", level=grade.level, who=grade.stated_by)


def counted(records: Iterable[Record], checks: Mapping[str, Checked] | None) -> list[Record]:
    """The records that are true school data (what the Standards by term view reads too)."""
    judge = _Judge(checks)
    return [r for r in records if judge.counts(r)]


def indicators(
    records: Iterable[Record],
    *,
    grade: GradeLevel | None = None,
    checks: Mapping[str, Checked] | None = None,
    today: dt.date | None = None,
) -> list[Indicator]:
    """The five indicators, in the fixed order of INDICATORS, from one learner's records.

    `checks`: each school-signed record's stored check, by record id (a record missing from it
    is not counted); None takes every school-signed record as checked and trusted (for callers
    that hold records without their credentials). `grade`: the grade level the family gives
    (self-reported), used only when the school's counted records state none. `today`: whether
    the 9th-grade year is over (mid-year, credits not yet earnable are not off track)."""
    held = list(records)
    judge = _Judge(checks)
    return [
        _attendance(held, judge),
        _behavior(held, judge),
        _course_grades(held, judge),
        _gpa(held, judge),
        _ninth_grade(held, judge, grade, today or dt.date.today()),
    ]
