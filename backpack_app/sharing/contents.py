"""What a share says, arranged as the family's own views show it (no Qt: the CLI's text, its
JSON and the window all read this one model).

School-signed records become the transcript: each school, its GPA (only one the school signed),
then its terms in date order with their courses, grades, credits and scored standards.
Everything the learner's own key states becomes the Learner Profile: goals with target dates
and notes, service with hours, portfolio pieces with reflections and their files. Every value
comes from the sender's file, so every one is type-checked and cut to the model's limits
(`credentials/mapping.py`) before anyone shows it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from backpack_app.credentials.dates import parse_datetime
from backpack_app.credentials.mapping import ACHIEVEMENT_CATEGORIES, map_credential
from backpack_app.credentials.recipient import subject_of
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.credentials.standards import Standard, scored_standards
from backpack_app.credentials.vc_jwt import ENVELOPED_PREFIX as ENVELOPED_JWT_PREFIX
from backpack_app.credentials.vc_jwt import peek_credential
from backpack_app.domain.verification import Report, Verdict
from backpack_app.domain.vocabulary import Category
from backpack_app.errors import CredentialProblem
from backpack_app.sharing.container import FileEntry
from backpack_app.sharing.receive import Author, OpenedShare, ReceivedRecord

# Achievement types of a whole program (a diploma, a degree): its grade is a GPA.
PROGRAM_KINDS = frozenset(
    kind
    for kind, category in ACHIEVEMENT_CATEGORIES.items()
    if category is Category.TRANSCRIPT and kind != "course"
)


@functools.cache
def detail_keys() -> tuple[str, ...]:
    """The details a learner's entry can state (`sharing/presentation.py` writes them as
    "- target date: 2026-06-01" lines of the subject's narrative), in a stable order (read
    from the models when a narrative is read: opening a share loads no model before)."""
    from backpack_app.domain.details import Details

    return tuple(
        dict.fromkeys(
            key
            for model in Details.__args__  # type: ignore[attr-defined]
            for key in model.model_fields
            if key not in ("progress_notes", "results", "alignments", "evidence")
        )
    )


_LINE = re.compile(r"^- (progress (\d{4}-\d{2}-\d{2})|[a-z][a-z ]{0,40}): ?(.*)$")
TEXT_LIMIT = 50_000


@dataclass(frozen=True)
class SignedLine:
    """One achievement a school signed: a course, a GPA, an award."""

    title: str
    school: str
    term: str
    code: str
    grade: str
    credits: float | None
    date: dt.date | None
    verdict: Verdict
    summary: str
    is_gpa: bool = False
    standards: list[Standard] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "term": self.term,
            "code": self.code,
            "grade": self.grade,
            "gpa": self.is_gpa,
            "credits": self.credits,
            "date": self.date.isoformat() if self.date else None,
            "verdict": self.verdict.value,
            "summary": self.summary,
            "standards": [s.to_json() for s in self.standards],
        }


@dataclass
class Term:
    name: str
    lines: list[SignedLine] = field(default_factory=list)


@dataclass
class SchoolRecords:
    """A school's records in the share: its GPA first, then its terms, then the rest."""

    name: str
    gpa: list[SignedLine] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    other: list[SignedLine] = field(default_factory=list)

    @property
    def credits(self) -> float | None:
        found = [ln.credits for t in self.terms for ln in t.lines if ln.credits is not None]
        return sum(found) if found else None

    def to_json(self) -> dict[str, Any]:
        return {
            "school": self.name,
            "gpa": [g.to_json() for g in self.gpa],
            "terms": [
                {"term": t.name, "courses": [ln.to_json() for ln in t.lines]} for t in self.terms
            ],
            "other": [ln.to_json() for ln in self.other],
            "credits": self.credits,
        }


@dataclass(frozen=True)
class ProfileEntry:
    """One thing the learner's own key states (self-reported: no school vouches for it)."""

    category: Category | None
    title: str
    description: str
    fields: list[tuple[str, str]]  # (a `detail_keys()` key, its value), in the order written
    notes: list[tuple[str, str]]  # (ISO date, text): a goal's progress notes
    files: list[FileEntry]
    signature_ok: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category.value if self.category else None,
            "title": self.title,
            "description": self.description,
            "details": dict(self.fields),
            "notes": [{"date": d, "text": t} for d, t in self.notes],
            "files": [f.sha256 for f in self.files],
            "self_reported": True,
            "signature_valid": self.signature_ok,
        }


@dataclass(frozen=True)
class WrittenEntry:
    """A third-party attested entry (a tutor's note, a program's badge, an endorsement): who
    wrote it, from its own signature (`receive.third_party_author`), and what it says."""

    kind: str  # "note", "narrative", "achievement" or "endorsement"
    title: str
    text: str
    author: Author
    hours: float | None
    endorses: str  # the title of the record it endorses, in this share ("" if not one)
    date: dt.date | None
    files: list[FileEntry]
    verdict: Verdict

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "text": self.text,
            "author": self.author.to_json(),
            "hours": self.hours,
            "endorses": self.endorses or None,
            "date": self.date.isoformat() if self.date else None,
            "files": [f.sha256 for f in self.files],
            "provenance": "third_party_attested",
            "verdict": self.verdict.value,
        }


@dataclass
class ShareContents:
    schools: list[SchoolRecords]
    profile: list[ProfileEntry]
    loose_files: list[FileEntry]  # files no record names (a badge's picture, a school's PDF)
    third_party: list[WrittenEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "transcript": [s.to_json() for s in self.schools],
            "profile": [p.to_json() for p in self.profile],
            "third_party": [w.to_json() for w in self.third_party],
            "other_files": [f.sha256 for f in self.loose_files],
        }


def share_contents(opened: OpenedShare) -> ShareContents:
    """The share's records arranged for reading: transcript by school and term, then profile."""
    by_sha = {f.sha256: f for f in opened.files}
    lines: list[SignedLine] = []
    profile: list[ProfileEntry] = []
    written: list[WrittenEntry] = []
    titles = {r.document.get("id"): r.title for r in opened.records if isinstance(r.document, dict)}
    for record in opened.records:
        if record.self_reported:
            profile.append(_profile_entry(record, by_sha))
        elif record.author is not None:
            written.append(_written_entry(record, by_sha, titles))
        elif record.document is not None:
            lines.extend(_signed_lines(record.document, record.report))
        else:  # unreadable: still listed, with what its check found
            lines.append(_unreadable(record))
    named = {sha for entry in [*profile, *written] for sha in (f.sha256 for f in entry.files)}
    order = list(Category)
    profile.sort(key=lambda e: order.index(e.category) if e.category else len(order))
    return ShareContents(
        schools=_by_school(_once(lines)),
        profile=profile,
        loose_files=[f for f in opened.files if f.sha256 not in named],
        third_party=written,
    )


def _written_entry(
    record: ReceivedRecord, files: dict[str, FileEntry], titles: dict[Any, str]
) -> WrittenEntry:
    # (the reply's reader loads only for a share holding what a provider wrote)
    from backpack_app.sharing.contribution import NARRATIVE_TYPE, NOTE_TYPE, hours_of

    document = record.document or {}
    subject = subject_of(document)
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, dict) else {}
    if "EndorsementCredential" in types_of(document):
        kind, text = "endorsement", _text(subject.get("endorsementComment"))
    elif achievement.get("achievementType") in (NOTE_TYPE, NARRATIVE_TYPE):
        kind = "note" if achievement.get("achievementType") == NOTE_TYPE else "narrative"
        text = _text(subject.get("narrative"))
    else:
        kind, text = "achievement", _text(achievement.get("description"))
    try:
        day: dt.date | None = parse_datetime(document.get("validFrom"), "date").date()
    except CredentialProblem:
        day = None
    assert record.author is not None  # (the caller's test)
    return WrittenEntry(
        kind=kind,
        title=record.title,
        text=text,
        author=record.author,
        hours=hours_of(subject) if kind != "endorsement" else None,
        endorses=titles.get(subject.get("id"), "") if kind == "endorsement" else "",
        date=day,
        files=[files[sha] for sha in record.evidence if sha in files],
        verdict=record.report.verdict,
    )


# --- school-signed records ---------------------------------------------------------------
def _inner_document(item: Any) -> dict[str, Any] | None:
    if isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
        envelope = item.get("id")
        if not isinstance(envelope, str) or not envelope.startswith(ENVELOPED_JWT_PREFIX):
            return None
        try:
            return peek_credential(envelope[len(ENVELOPED_JWT_PREFIX) :])
        except CredentialProblem:
            return None
    return item if isinstance(item, dict) else None


def _signed_lines(document: dict[str, Any], report: Report) -> list[SignedLine]:
    """A credential's lines: a CLR's own credentials (each with its own check), else itself."""
    if "ClrCredential" not in types_of(document):
        return [_line(document, report)]
    inner = as_list(subject_of(document).get("verifiableCredential"))
    found = []
    for item, nested in zip(inner, report.nested, strict=False):
        child = _inner_document(item)
        if child is not None:
            # A CLR that fails its own check cannot vouch for what it carries.
            found.append(_line(child, nested if report.valid else report))
    return found


def _line(document: dict[str, Any], report: Report) -> SignedLine:
    mapped = map_credential(document, issuer=report.issuer_id or "")
    details = mapped.details
    kind = str(details.get("achievement_type", "")).replace(" ", "").casefold()
    return SignedLine(
        title=mapped.title,
        school=report.issuer_name or details.get("school", ""),
        term=details.get("term", ""),
        code=details.get("code", ""),
        grade=details.get("grade", ""),
        credits=details.get("credits"),
        date=mapped.date,
        verdict=report.verdict,
        summary=report.summary,
        is_gpa=bool(details.get("grade")) and kind in PROGRAM_KINDS,
        standards=scored_standards(details.get("results", []), details.get("alignments", [])),
    )


def _unreadable(record: ReceivedRecord) -> SignedLine:
    report = record.report
    return SignedLine(
        title=record.title,
        school=report.issuer_name or "",
        term="",
        code="",
        grade="",
        credits=None,
        date=None,
        verdict=report.verdict,
        summary=report.summary,
    )


def _once(lines: list[SignedLine]) -> list[SignedLine]:
    """A course a CLR carries and that also came as its own file is one line."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for ln in lines:
        key = (ln.school, ln.term, ln.code, ln.title, ln.grade)
        if key not in seen:
            seen.add(key)
            kept.append(ln)
    return kept


def _by_school(lines: list[SignedLine]) -> list[SchoolRecords]:
    schools: dict[str, SchoolRecords] = {}
    terms: dict[tuple[str, str], Term] = {}
    for ln in lines:
        school = schools.setdefault(ln.school, SchoolRecords(ln.school))
        if ln.is_gpa:
            school.gpa.append(ln)
        elif ln.term:
            if (ln.school, ln.term) not in terms:
                terms[(ln.school, ln.term)] = Term(ln.term)
                school.terms.append(terms[(ln.school, ln.term)])
            terms[(ln.school, ln.term)].lines.append(ln)
        else:
            school.other.append(ln)
    far = dt.date.max
    for school in schools.values():
        # Terms in date order (their earliest record first); a term without dates goes last.
        school.terms.sort(key=lambda t: min((ln.date or far for ln in t.lines), default=far))
    return list(schools.values())


# --- what the learner states ---------------------------------------------------------------
def _profile_entry(record: ReceivedRecord, files: dict[str, FileEntry]) -> ProfileEntry:
    document = record.document or {}
    subject = subject_of(document)
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, dict) else {}
    description = _text(achievement.get("description"))
    fields, notes = parse_narrative(_text(subject.get("narrative")))
    return ProfileEntry(
        category=_category(achievement, fields),
        title=record.title,
        description="" if description == record.title else description,
        fields=fields,
        notes=notes,
        files=[files[sha] for sha in record.evidence if sha in files],
        signature_ok=record.report.valid,
    )


def _text(value: Any) -> str:
    return value.strip()[:TEXT_LIMIT] if isinstance(value, str) else ""


def _category(achievement: dict[str, Any], fields: list[tuple[str, str]]) -> Category | None:
    """What kind of entry: the tag the sender's Backpack writes, else guessed from its details
    (shares made before the tag existed)."""
    for tag in as_list(achievement.get("tag")):
        if isinstance(tag, str) and tag in Category.__members__.values():
            return Category(tag)
    keys = {k for k, _ in fields}
    for key, category in (
        ("target_date", Category.GOAL),
        ("hours", Category.SERVICE),
        ("reflection", Category.PORTFOLIO),
        ("due_date", Category.MILESTONE),
        ("awarded_by", Category.RECOGNITION),
        ("observed_by", Category.CHARACTER),
    ):
        if key in keys:
            return category
    return None


def parse_narrative(narrative: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The details and progress notes of a self-reported entry, from the narrative lines its
    sender wrote; a line that starts no known detail continues the one before it."""
    fields: list[list[str]] = []
    notes: list[list[str]] = []
    current: list[str] | None = None
    for line in narrative.splitlines():
        match = _LINE.match(line)
        key = match.group(1).replace(" ", "_") if match else ""
        if match and match.group(2):
            current = [match.group(2), match.group(3)]
            notes.append(current)
        elif match and key in detail_keys():
            current = [key, match.group(3)]
            fields.append(current)
        elif current is not None:
            current[1] += "\n" + line
    return [(k, v.strip()) for k, v in fields], [(d, t.strip()) for d, t in notes]
