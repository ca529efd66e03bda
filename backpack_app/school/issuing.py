"""Course AchievementCredentials and a ClrCredential for one student, signed by the school.

The mapping (OneRoster → OB 3.0 / CLR 2.0): course → Achievement `Course` with `humanCode` =
courseCode and `fieldOfStudy` = subjects; the final-grade result → `Result`s (letter grade from
textScore, percent from score, each with its ResultDescription); the class's term → `term` and
activity dates. OneRoster carries no credit value, so a term-long class is worth 0.5 credit and
a year-long one 1.0, earned when the course is passed. A final grade's learning objective scores
are the course's competencies (`competencies.py`); a stated GPA is the program (`program.py`).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022
from backpack_app.credentials.vc_jwt import enveloped, sign_vc_jwt, signing_key
from backpack_app.domain.vocabulary import DATA_INTEGRITY, VC_JWT
from backpack_app.school import competencies, program
from backpack_app.school.oneroster import CourseResult, Gpa, Student

VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR201 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
LETTERS = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
PASSING_FLOOR = "D-"
CREDITS = {"term": 0.5, "semester": 0.5, "gradingPeriod": 0.25, "schoolYear": 1.0}


@dataclass(frozen=True)
class Issuer:
    """The school as it signs: name, optional URL, did:key and the private key.

    Its JOSE key for VC-JWT is made on first use and kept for every later token; it stays in
    the process that made it (a spawned worker, getting the issuer pickled, makes its own)."""

    name: str
    url: str
    did: str
    private_key: bytes

    @property
    def method(self) -> str:
        if self.did.startswith("did:web:"):
            return f"{self.did}#key-1"  # as school/did_web_document.py publishes it
        return f"{self.did}#{self.did.split(':')[-1]}"

    def profile(self) -> dict[str, Any]:
        profile: dict[str, Any] = {"id": self.did, "type": ["Profile"], "name": self.name}
        if self.url:
            profile["url"] = self.url
        return profile

    def urn(self, *parts: str) -> str:
        """A stable urn:uuid for a thing this school names (a course, a result description)."""
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '|'.join((self.did, *parts)))}"

    def sign(self, doc: dict[str, Any], *, now: datetime) -> dict[str, Any]:
        return sign_eddsa_rdfc_2022(
            doc, private_key=self.private_key, verification_method=self.method, created=stamp(now)
        )

    @cached_property
    def _jwt_key(self):
        return signing_key(self.private_key)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_jwt_key"}  # it cannot pickle

    def sign_jwt(self, doc: dict[str, Any]) -> str:
        """The credential as a VC-JWT (compact JWS, EdDSA, `kid` = the verification method)."""
        return sign_vc_jwt(doc, key=self._jwt_key, kid=self.method)


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def day(d: date) -> str:
    return f"{d.isoformat()}T00:00:00Z"


def hashed_identity(identity_type: str, value: str, salt: str) -> dict[str, Any]:
    """An IdentityObject holding sha256(value + salt), as OB 3.0 defines it."""
    digest = hashlib.sha256((value + salt).encode("utf-8")).hexdigest()
    return {
        "type": "IdentityObject",
        "identityType": identity_type,
        "hashed": True,
        "identityHash": f"sha256${digest}",
        "salt": salt,
    }


def identities(student: Student, *, salt: str) -> list[dict[str, Any]]:
    """The learner as the family's backpack knows them: SIS sourcedId and email, both hashed."""
    found = [hashed_identity("sisSourcedId", student.sourced_id, salt)]
    if student.email:
        found.append(hashed_identity("emailAddress", student.email.casefold(), salt))
    return found


def random_salt() -> str:
    return secrets.token_hex(8)


def _status(result: CourseResult) -> str:
    if result.status != "fully graded":
        return "InProgress"
    return "Failed" if result.letter.upper() == "F" else "Completed"


def course_achievement(issuer: Issuer, result: CourseResult) -> dict[str, Any]:
    course = result.course
    achievement: dict[str, Any] = {
        "id": issuer.urn("course", course.code),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": course.title,
        "description": f"{course.title} ({course.code}) at {issuer.name}.",
        "criteria": {"narrative": "Complete the course with a final grade of D- or better."},
        "humanCode": course.code,
        "creditsAvailable": CREDITS.get(result.term.kind, 0.5),
        "resultDescription": [],
    }
    if course.subjects:
        achievement["fieldOfStudy"] = course.subjects
    if result.letter:
        achievement["resultDescription"].append(
            {
                "id": issuer.urn("letter-grade"),
                "type": ["ResultDescription"],
                "name": "Final letter grade",
                "resultType": "LetterGrade",
                "allowedValue": LETTERS,
                "requiredValue": PASSING_FLOOR,
            }
        )
    if result.score is not None:
        percent: dict[str, Any] = {
            "id": issuer.urn("percent", str(result.value_min), str(result.value_max)),
            "type": ["ResultDescription"],
            "name": "Final grade (percent)",
            "resultType": "Percent",
        }
        if result.value_min is not None and result.value_max is not None:
            percent["valueMin"], percent["valueMax"] = (
                f"{result.value_min:g}",
                f"{result.value_max:g}",
            )
        achievement["resultDescription"].append(percent)
    return achievement


def course_credential(
    issuer: Issuer, student: Student, result: CourseResult, *, now: datetime, salt: str
) -> dict[str, Any]:
    """An unsigned AchievementCredential for one final grade."""
    achievement = course_achievement(issuer, result)
    described = [d["id"] for d in achievement["resultDescription"]]
    values = [
        v for v in (result.letter, None if result.score is None else f"{result.score:g}") if v
    ]
    status = _status(result)
    results = [
        {"type": ["Result"], "resultDescription": rd, "value": v, "status": status}
        for rd, v in zip(described, values, strict=True)
    ]
    results += competencies.add_to_course(issuer, achievement, result.competencies)
    earned = achievement["creditsAvailable"] if status == "Completed" else 0.0
    subject = {
        "type": ["AchievementSubject"],
        "identifier": identities(student, salt=salt),
        "achievement": achievement,
        "result": results,
        "creditsEarned": earned,
        "term": result.term.title,
        "activityStartDate": day(result.term.start),
        "activityEndDate": day(result.term.end),
    }
    name = f"{result.course.title} ({result.term.title})"
    awarded = result.score_date or result.term.end
    return _envelope(issuer, result.result_id, name, subject, now=now, awarded=awarded)


def _envelope(issuer: Issuer, source_id: str, name: str, subject, *, now, awarded) -> dict:
    """An AchievementCredential around a subject; its id is stable per export row and run."""
    return {
        "@context": [VC2, OB303],
        "id": issuer.urn("credential", source_id, stamp(now)),
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": name,
        "issuer": issuer.profile(),
        "validFrom": stamp(now),
        "awardedDate": day(awarded),
        "credentialSubject": subject,
    }


def program_credential(
    issuer: Issuer, student: Student, gpa: Gpa, *, now: datetime, salt: str
) -> dict[str, Any]:
    """An unsigned AchievementCredential: the school's program and the learner's GPA."""
    subject = program.program_subject(issuer, gpa, identifier=identities(student, salt=salt))
    name = f"{subject['achievement']['name']}: cumulative GPA ({gpa.term.title})"
    awarded = gpa.score_date or gpa.term.end
    return _envelope(issuer, gpa.result_id, name, subject, now=now, awarded=awarded)


def clr_credential(
    issuer: Issuer,
    student: Student,
    courses: list[dict[str, Any]],
    *,
    now: datetime,
    salt: str,
    partial: bool,
    parts: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], []),
) -> dict[str, Any]:
    """An unsigned ClrCredential holding the student's signed course (and program) credentials;
    `parts` are its subject's `achievement[]` and `association[]` (program.clr_parts)."""
    terms = sorted(
        {
            c["credentialSubject"]["term"]
            for c in courses
            if c["credentialSubject"]["achievement"].get("achievementType") == "Course"
        }
    )
    subject: dict[str, Any] = {
        "type": ["ClrSubject"],
        "identifier": identities(student, salt=salt),
    }
    achievements, associations = parts
    if achievements:
        subject["achievement"] = achievements
    subject["verifiableCredential"] = courses
    if associations:
        subject["association"] = associations
    return {
        "@context": [VC2, CLR201, OB303],
        "id": issuer.urn("clr", student.sourced_id, stamp(now)),
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": f"{issuer.name} course record ({', '.join(terms)})",
        "partial": partial,
        "issuer": issuer.profile(),
        "validFrom": stamp(now),
        "credentialSubject": subject,
    }


def issue_student(
    issuer: Issuer,
    student: Student,
    results: list[CourseResult],
    *,
    now: datetime,
    partial: bool,
    salt: Callable[[], str] = random_salt,
    gpa: Gpa | None = None,
    proof: str = DATA_INTEGRITY,
) -> tuple[list[Any], Any]:
    """Signed course credentials and the signed CLR holding them (with the program credential
    when the export states a GPA), for one student only (with `proof=VC_JWT`: their tokens,
    the CLR holding each as an enveloped token)."""
    student_salt = salt()
    unsigned = [course_credential(issuer, student, r, now=now, salt=student_salt) for r in results]
    if gpa is not None:
        unsigned.append(program_credential(issuer, student, gpa, now=now, salt=student_salt))
    if proof == VC_JWT:
        signed: list[Any] = [issuer.sign_jwt(c) for c in unsigned]
        held: list[Any] = [enveloped(token) for token in signed]
    else:
        signed = held = [issuer.sign(c, now=now) for c in unsigned]
    clr = clr_credential(
        issuer,
        student,
        unsigned,
        now=now,
        salt=student_salt,
        partial=partial,
        parts=program.clr_parts(issuer, results, gpa),
    )
    clr["credentialSubject"]["verifiableCredential"] = held
    sealed = issuer.sign_jwt(clr) if proof == VC_JWT else issuer.sign(clr, now=now)
    return signed[: len(results)], sealed
