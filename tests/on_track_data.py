"""A learner's record for the On track view: a school's signed attendance and behaviour
summaries (from the hand-written Ed-Fi export, with the 9th grade its enrolment states), a failing
maths grade and a passing English one,
imported into a backpack as a family would."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from backpack_app.domain.trust import TrustedIssuer
from backpack_app.school.edfi import read_edfi
from backpack_app.school.edfi_issuing import attendance_credential, behavior_credential
from backpack_app.school.issuing import Issuer
from backpack_app.school.records import Student
from tests.issuing import course_credential, new_school

EDFI = Path(__file__).parent / "fixtures" / "edfi"
NOW = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
EMAIL = "ana.rivera@example.org"


def fill(wallet, learner_id: str, *, trusted: bool = True) -> None:
    """Sign and import Ana's attendance (two terms), behaviour (one) and two course grades;
    the family trusts the school (unless `trusted` is False)."""
    school = new_school()
    if trusted:
        wallet.trust_issuers([TrustedIssuer(id=school.did, name=school.name)])
    issuer = Issuer(school.name, "", school.did, school.key.private)
    export = read_edfi(EDFI)
    student = Student("stu-00002", "Ana", "Rivera", EMAIL)
    grades = export.grades["stu-00002"]  # 9th grade, from the Ed-Fi enrolment
    made = [
        attendance_credential(
            issuer, student, term, now=NOW, salt="s", grade=grades[term.session.name]
        )
        for term in export.attendance["stu-00002"].values()
    ]
    made.append(
        behavior_credential(
            issuer, student, export.behavior["stu-00001"]["Fall 2024"], now=NOW, salt="s"
        )
    )
    signed = [issuer.sign(doc, now=NOW) for doc in made]
    signed.append(
        school.sign(
            course_credential(school, course="Algebra I", grade="F", term="Fall 2024", email=EMAIL)
        )
    )
    signed.append(
        school.sign(
            course_credential(
                school, course="English 9", code="ENG9", grade="B", term="Fall 2024", email=EMAIL
            )
        )
    )
    for doc in signed:
        wallet.import_credentials(json.dumps(doc).encode(), learner=learner_id)
