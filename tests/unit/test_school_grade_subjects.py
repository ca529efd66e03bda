"""What a school signs for the On track view: the student's grade level (OneRoster users.csv
`grades`, as an `ext:GradeLevel` result of the latest school year's courses) and each course's
SCED codes (courses.csv `subjectCodes`, as `SCED:` tags); schema-valid, read by a backpack."""

from __future__ import annotations

import json

from backpack_app.domain.trust import TrustedIssuer
from backpack_app.school.oneroster import read_export
from tests import school_helpers
from tests.official_schemas import schema_errors
from tests.school_helpers import edit, issue_record, new_issuer, rows

export_dir = school_helpers.export_dir


def _results(credential):
    subject = credential["credentialSubject"]
    kinds = {d["id"]: d for d in subject["achievement"]["resultDescription"]}
    return [
        (kinds[r["resultDescription"]]["resultType"], r.get("value")) for r in subject["result"]
    ]


def test_the_grade_level_and_sced_codes_are_signed_where_the_schemas_allow(export_dir, wallet):
    export = read_export(export_dir)
    assert export.problems == []
    record = export.students["stu-00001"]
    assert record.student.grade == "09"
    assert {r.grade_level for r in record.results} == {"09"}
    issuer = new_issuer()
    signed, clr = issue_record(issuer, record)
    for credential in signed:
        assert schema_errors(credential) == []
        assert _results(credential)[-1] == ("ext:GradeLevel", "09")  # last: the grade is first
        assert _results(credential)[0][0] == "LetterGrade"
        tags = credential["credentialSubject"]["achievement"]["tag"]
        assert any(t.startswith("SCED:") and len(t) == 10 for t in tags)
    assert schema_errors(clr) == []
    # a family that trusts the school: the 9th-grade rule reads the signed grade level
    wallet.trust_issuers([TrustedIssuer(id=issuer.did, name=issuer.name)])
    learner = wallet.add_learner("Rosa Okafor").id
    wallet.import_credentials(json.dumps(clr).encode(), learner=learner)
    found = {i.id: i for i in wallet.on_track(learner)}
    ninth = found["ninth_grade_on_track"]
    assert ninth.finding.startswith("In 2024-25: credits earned:")  # the rule was applied
    assert "Grade level 9 as stated by the school's signed records for 2024-25." in ninth.notes
    assert (
        "Courses whose subject is told by their SCED subject code: 8."
        in found["course_grades"].notes
    )


def test_only_the_latest_school_years_courses_get_the_grade_level(export_dir):
    edit(export_dir, "academicSessions", 3, startDate="2023-08-28", endDate="2023-12-20")
    export = read_export(export_dir)
    record = export.students["stu-00001"]
    by_term = {r.term.title: r.grade_level for r in record.results}
    assert by_term == {"Fall 2024": "", "Spring 2025": "09"}  # users.csv says the grade now


def test_a_grade_list_or_a_code_that_is_no_sced_code_is_a_problem_not_a_guess(export_dir):
    users = rows(export_dir, "users")
    line = next(n for n, r in enumerate(users, start=2) if r["sourcedId"] == "stu-00002")
    edit(export_dir, "users", line, grades="09,10")
    edit(export_dir, "courses", 2, subjectCodes="MATH,02052")
    export = read_export(export_dir)
    said = [str(p) for p in export.problems]
    assert any(s.startswith(f"users.csv:{line} (grades)") and "stu-00002" in s for s in said)
    assert any(s.startswith("courses.csv:2 (subjectCodes)") for s in said)
    assert export.students["stu-00002"].student.grade == ""
    assert "stu-00002" in {r.student.sourced_id for r in export.issuable()}  # not withheld
    algebra = next(r for r in export.students["stu-00001"].results if r.course.code == "MATH-1010")
    assert algebra.course.subject_codes == ("02052",)


def test_a_grade_level_is_never_taken_for_the_records_grade():
    from backpack_app.credentials.mapping import map_credential
    from backpack_app.school.issuing import grade_level_result

    issuer = new_issuer()
    achievement = {"id": "urn:x", "type": ["Achievement"], "name": "Homeroom 9"}
    credential = {
        "type": ["VerifiableCredential", "AchievementCredential"],
        "issuer": {"id": issuer.did, "type": ["Profile"], "name": issuer.name},
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": achievement,
            "result": [grade_level_result(issuer, achievement, "09")],
        },
    }
    mapped = map_credential(credential, issuer=issuer.did)
    assert mapped.details["grade"] == ""
    assert mapped.details["results"][0]["result_type"] == "ext:GradeLevel"
