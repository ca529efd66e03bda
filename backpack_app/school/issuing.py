"""Course AchievementCredentials and a ClrCredential for one student, signed by the school.

The mapping (OneRoster → OB 3.0 / CLR 2.0): course → Achievement `Course` with `humanCode` =
courseCode, `fieldOfStudy` = subjects (else the SCED subject area of its code), `tag` = its
grade levels (courses.grades) and its SCED codes (courses.subjectCodes, as `SCED:02052`) and
`creator` = its org (with orgs.identifier as an `otherIdentifier`); the final-grade result → `Result`s
(textScore with the grading scale's `allowedValue`, percent from score); the class's term →
`term` and activity dates; the student's grade level (users.csv grades, for the export's latest
school year) → a last `Result` of the extension type `ext:GradeLevel` (`grade_level_result`).
A status, a pass threshold and credits are stated only when the
school's grading policy and credits say them (`grading.py`). A final grade's learning objective
scores are the course's competencies (`competencies.py`); a stated GPA is the academic record to
date (`program.py`). Every subject has an `id`: the learner's DID when the export gives one,
else a stable `urn:uuid` the school derives from its key and the student's sourcedId.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022
from backpack_app.credentials.vc_jwt import sign_vc_jwt, signing_key
from backpack_app.domain.vocabulary import DATA_INTEGRITY, VC_JWT
from backpack_app.school import competencies, program
from backpack_app.school.grading import NEUTRAL_CRITERION, Grade
from backpack_app.school.oneroster import CourseResult, Gpa, Org, Student

VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR201 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
JWT_TYP = "JWT"  # OB 3.0 §8.2 (and CLR 2.0) name this `typ` for their tokens


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
        return sign_vc_jwt(doc, key=self._jwt_key, kid=self.method, typ=JWT_TYP)

    def subject_id(self, student: Student) -> str:
        """The learner's DID, else a stable urn:uuid per student and school. It is keyed with the
        school's key, so nobody can work a sourcedId back out of it or forge another school's."""
        if student.did:
            return student.did
        mac = hmac.new(
            self.private_key, b"backpack learner\x00" + student.sourced_id.encode(), "sha256"
        )
        return f"urn:uuid:{uuid.UUID(bytes=mac.digest()[:16], version=4)}"


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


def _grade(result: CourseResult) -> Grade | None:
    """What the school's policy says the final grade means (None: it says nothing)."""
    if result.grading is None or not result.letter:
        return None
    return result.grading.find(result.letter)


def _status(result: CourseResult, grade: Grade | None) -> str | None:
    if result.status != "fully graded":
        return "InProgress"
    return grade.status if grade is not None else None


def org_profile(issuer: Issuer, org: Org) -> dict[str, Any]:
    """The course's org (courses.orgSourcedId) as the achievement's creator."""
    found: dict[str, Any] = {"id": issuer.urn("org", org.sourced_id), "type": ["Profile"]}
    if org.name:
        found["name"] = org.name
    if org.identifier:  # e.g. a state or NCES school code
        found["otherIdentifier"] = [
            {
                "type": "IdentifierEntry",
                "identifier": org.identifier,
                "identifierType": "identifier",
            }
        ]
    return found


def _letter_description(issuer: Issuer, result: CourseResult) -> dict[str, Any]:
    grading = result.grading
    allowed = [g.value for g in grading.grades] if grading is not None else []
    lowest = grading.lowest_pass() if grading is not None else None
    found: dict[str, Any] = {
        "id": issuer.urn("letter-grade", *allowed, "|", lowest or ""),
        "type": ["ResultDescription"],
        "name": "Final grade",
        "resultType": "LetterGrade",
    }
    if allowed:
        found["allowedValue"] = allowed
    if lowest:
        found["requiredValue"] = lowest
    return found


def course_achievement(issuer: Issuer, result: CourseResult) -> dict[str, Any]:
    course = result.course
    criterion = result.grading.criterion if result.grading is not None else ""
    achievement: dict[str, Any] = {
        "id": issuer.urn("course", course.code),
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": course.title,
        "description": f"{course.title} ({course.code}) at {issuer.name}.",
        "criteria": {"narrative": criterion or NEUTRAL_CRITERION},
        "humanCode": course.code,
    }
    if course.credits is not None:
        achievement["creditsAvailable"] = course.credits
    subjects = course.subjects or next(
        (SCED_SUBJECTS[c[:2]] for c in course.subject_codes if c[:2] in SCED_SUBJECTS), ""
    )
    if subjects:
        achievement["fieldOfStudy"] = subjects
    tags = [f"Grade level {g}" for g in course.grades]
    tags += [f"SCED:{code}" for code in course.subject_codes]
    if tags:
        achievement["tag"] = tags
    if course.org is not None:
        achievement["creator"] = org_profile(issuer, course.org)
    achievement["resultDescription"] = []
    if result.letter:
        achievement["resultDescription"].append(_letter_description(issuer, result))
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


def credits_earned(result: CourseResult) -> float | None:
    """The credits a final grade earned, when the course's credits and the policy say so."""
    grade = _grade(result)
    if result.course.credits is None or result.status != "fully graded":
        return None
    if grade is None or grade.credit is None:
        return None
    return result.course.credits if grade.credit else 0.0


def _activity_dates(subject: dict[str, Any], result: CourseResult) -> None:
    """When the student took the course: their own enrollment dates where enrollments.csv
    states them, else their term's (each only when the export states it usably)."""
    attended = result.attendance
    start = attended.begin if attended is not None and attended.begin else result.term.start
    end = attended.end if attended is not None and attended.end else result.term.end
    if start is not None:
        subject["activityStartDate"] = day(start)
    if end is not None:
        subject["activityEndDate"] = day(end)


def course_credential(
    issuer: Issuer, student: Student, result: CourseResult, *, now: datetime, salt: str
) -> dict[str, Any]:
    """An unsigned AchievementCredential for one final grade."""
    achievement = course_achievement(issuer, result)
    described = [d["id"] for d in achievement["resultDescription"]]
    values = [
        v for v in (result.letter, None if result.score is None else f"{result.score:g}") if v
    ]
    status = _status(result, _grade(result))
    results = [
        {"type": ["Result"], "resultDescription": rd, "value": v}
        for rd, v in zip(described, values, strict=True)
    ]
    if status is not None:
        for found in results:
            found["status"] = status
    results += competencies.add_to_course(issuer, achievement, result.competencies)
    if result.grade_level:  # last: a record's grade is its first result's value
        results.append(grade_level_result(issuer, achievement, result.grade_level))
    subject: dict[str, Any] = {
        "id": issuer.subject_id(student),
        "type": ["AchievementSubject"],
        "identifier": identities(student, salt=salt),
        "achievement": achievement,
        "result": results,
    }
    earned = credits_earned(result)
    if earned is not None:
        subject["creditsEarned"] = earned
    subject["term"] = result.term.title
    _activity_dates(subject, result)
    name = f"{result.course.title} ({result.term.title})"
    awarded = result.score_date or result.term.end or now.date()
    return _envelope(issuer, result.result_id, name, subject, now=now, awarded=awarded)


# SCED subject areas (a code's first two digits) a course with no `subjects` is named by.
SCED_SUBJECTS = {
    "01": "English Language and Literature",
    "02": "Mathematics",
    "03": "Life and Physical Sciences",
    "04": "Social Sciences and History",
}


def grade_level_result(issuer: Issuer, achievement: dict[str, Any], grade: str) -> dict[str, Any]:
    """The student's grade level as a Result: OB 3.0 has no grade-level property, so it is a
    result of the extension result type `ext:GradeLevel` (ResultType is an extensible
    vocabulary) whose value is the CEDS grade level code ("09"), described in the achievement."""
    described = {
        "id": issuer.urn("grade-level"),
        "type": ["ResultDescription"],
        "name": "Grade level",
        "resultType": "ext:GradeLevel",
    }
    achievement.setdefault("resultDescription", []).append(described)
    return {"type": ["Result"], "resultDescription": described["id"], "value": grade}


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
    issuer: Issuer,
    student: Student,
    gpa: Gpa,
    results: list[CourseResult],
    *,
    now: datetime,
    salt: str,
) -> dict[str, Any]:
    """An unsigned AchievementCredential: the learner's academic record at the school to date,
    with the GPA the export states (and the credits earned, when every course states them)."""
    subject = program.program_subject(issuer, gpa, identifier=identities(student, salt=salt))
    subject = {"id": issuer.subject_id(student), **subject}
    earned = [credits_earned(r) for r in results]
    if earned and None not in earned:
        subject["creditsEarned"] = sum(e for e in earned if e is not None)
    name = f"{subject['achievement']['name']}: cumulative GPA ({gpa.term.title})"
    awarded = gpa.score_date or gpa.term.end or now.date()
    return _envelope(issuer, gpa.result_id, name, subject, now=now, awarded=awarded)


def terms_in_order(results: list[CourseResult]) -> list[str]:
    """The terms of these results by their start date (undated ones last), each once."""
    dated = sorted(
        {(r.term.start or date.max, r.term.end or date.max, r.term.title) for r in results}
    )
    return list(dict.fromkeys(title for *_, title in dated))


def clr_credential(
    issuer: Issuer,
    student: Student,
    courses: list[dict[str, Any]],
    *,
    now: datetime,
    salt: str,
    partial: bool,
    terms: list[str],
    parts: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], []),
) -> dict[str, Any]:
    """An unsigned ClrCredential holding the student's signed course (and program) credentials;
    `parts` are its subject's `achievement[]` and `association[]` (program.clr_parts)."""
    subject: dict[str, Any] = {
        "id": issuer.subject_id(student),
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
    with_clr: bool = True,
    complete: bool = True,
) -> tuple[list[Any], Any]:
    """Signed course credentials (then the academic record's, when the export states a GPA)
    and the signed CLR holding them (None without `with_clr`), for one student only.
    `complete=False`: a problem in the student's own rows left a grade out, so the academic
    record states no credit total (it would not be the total to date).

    With `proof=VC_JWT` each credential is a token (`typ` JWT, as OB 3.0 says) and the CLR a
    token too; the CLR holds each credential as JSON with its Data Integrity proof, the one form
    CLR 2.0's `verifiableCredential` (AchievementCredential objects) and its JSON Schema accept
    for a credential inside a JWT-secured CLR (see README)."""
    student_salt = salt()
    unsigned = [course_credential(issuer, student, r, now=now, salt=student_salt) for r in results]
    if gpa is not None:
        unsigned.append(
            # a run for one term, or a record missing a grade, states no credit total: it would
            # not be the total to date
            program_credential(
                issuer,
                student,
                gpa,
                results if complete and not partial else [],
                now=now,
                salt=student_salt,
            )
        )
    tokens = [issuer.sign_jwt(c) for c in unsigned] if proof == VC_JWT else None
    if tokens is not None and not with_clr:  # the Data Integrity copies are for a CLR to hold
        return tokens, None
    held = [issuer.sign(c, now=now) for c in unsigned]
    signed: list[Any] = held if tokens is None else tokens
    if not with_clr:
        return signed, None
    clr = clr_credential(
        issuer,
        student,
        held,
        now=now,
        salt=student_salt,
        partial=partial,
        terms=terms_in_order(results),
        parts=program.clr_parts(issuer, results, gpa),
    )
    sealed = issuer.sign_jwt(clr) if proof == VC_JWT else issuer.sign(clr, now=now)
    return signed, sealed
