"""Exports written by hand, one case each: exactly which students got which statements.

Every run here also holds what it wrote, in both proof forms, to the official 1EdTech JSON
Schemas and to the JS peer's verdict (live with BACKPACK_JS_PEER, else the recorded verdicts of
tests/peer_verdicts.py: the runs use the fixture's test-only key, a fixed clock and salt)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest

from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.grading import NEUTRAL_CRITERION, load_catalog, load_grading
from backpack_app.school.issuing import VC_JWT, Issuer
from backpack_app.school.oneroster import read_export
from tests import school_helpers
from tests.handmade import BASE, POLICY, write_export, write_policy
from tests.official_schemas import issued_errors
from tests.peer_verdicts import check_with_peer
from tests.school_helpers import FIXTURE, FIXTURE_PASSPHRASE, NOW, issue, issuer_from_key_file

key_file = school_helpers.key_file


@cache
def fixture_issuer() -> Issuer:
    """The fixture's test-only school: the same key on every machine, so the same bytes."""
    return issuer_from_key_file(FIXTURE / "school.key", FIXTURE_PASSPHRASE)


def run(tmp_path: Path, *, policy: str | None = None, catalog: str | None = None, **files):
    """Issue the hand-written export in both proof forms, hold both to the official schemas and
    the peer; returns (index.json, {student: {file: credential}}) of the Data Integrity run."""
    export = write_export(tmp_path / "export", **files)
    grading = load_grading(write_policy(tmp_path / "grading.toml", policy)) if policy else None
    credits = None
    if catalog is not None:
        (tmp_path / "catalog.csv").write_text(catalog, encoding="utf-8")
        credits = load_catalog(tmp_path / "catalog.csv")
    out, issuer = tmp_path / "out", fixture_issuer()
    read = read_export(export, grading=grading, catalog=credits)
    for folder, proof in ((out, RunOptions()), (tmp_path / "jwt", RunOptions(proof=VC_JWT))):
        issue_export(read, issuer, folder, proof, now=NOW, salt=lambda: "handmade-salt")
        assert issued_errors(folder)[1] == []
        assert check_with_peer(folder, tmp_path, f"{tmp_path.name}/{folder.name}") == []
    written: dict[str, dict[str, Any]] = {}
    for path in sorted(out.glob("*/*.json")):
        written.setdefault(path.parent.name, {})[path.name] = json.loads(path.read_text())
    return json.loads((out / "index.json").read_text()), written


def files(written: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """{student: the files issued to them}."""
    return {sid: sorted(found) for sid, found in written.items()}


def grades(written: dict[str, dict[str, Any]]) -> dict[tuple[str, str], tuple]:
    """{(student, course code): (value, status, creditsAvailable, creditsEarned)} per course file."""
    found = {}
    for sid, files in written.items():
        for name, doc in files.items():
            if "_" not in name:
                continue
            subject = doc["credentialSubject"]
            achievement = subject["achievement"]
            first = subject["result"][0]
            found[(sid, achievement["humanCode"])] = (
                first["value"],
                first.get("status"),
                achievement.get("creditsAvailable"),
                subject.get("creditsEarned"),
            )
    return found


def problems(index: dict) -> list[tuple[str, int, str]]:
    return [(p["file"], p["line"], p["column"]) for p in index["problems"]]


# --- grades ----------------------------------------------------------------------------------


def test_without_a_policy_or_scale_no_grade_is_guessed(tmp_path):
    index, written = run(tmp_path)
    assert written == {}
    assert [w["sourcedId"] for w in index["withheld"]] == ["s-ann", "s-ben", "s-cy"]
    assert problems(index) == [("results.csv", n, "textScore") for n in range(2, 7)]
    assert "'W', which no grading scale" in index["withheld"][0]["reasons"][1]


def test_with_a_policy_each_grade_means_what_the_policy_says(tmp_path):
    index, written = run(tmp_path, policy=POLICY)
    assert index["problems"] == [] and index["withheld"] == []
    assert grades(written) == {
        ("s-ann", "BIO-1"): ("A", "Completed", None, None),
        ("s-ann", "ART-2"): ("W", "Withdrew", None, None),
        ("s-ben", "BIO-1"): ("F", "Failed", None, None),
        ("s-ben", "ART-2"): ("B+", "Completed", None, None),
        ("s-cy", "BIO-1"): ("P", "Completed", None, None),
    }
    course = written["s-ann"]["BIO-1_t-fall.json"]["credentialSubject"]
    letter = course["achievement"]["resultDescription"][0]
    assert letter["allowedValue"] == ["W", "I", "F", "P", "D", "B+", "A"]  # lowest first
    assert letter["requiredValue"] == "P"
    assert course["achievement"]["criteria"]["narrative"] == (
        "Pass the course with a D or better, or a P."
    )
    assert "creditsAvailable" not in course["achievement"] and "creditsEarned" not in course


def test_a_grade_the_policy_does_not_name_withholds_only_that_students_clr(tmp_path):
    results = """
        sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,textScore,scoreDate
        r-1,active,2025-06-01,li-bio,s-ann,fully graded,91,A,2024-12-18
        r-2,active,2025-06-01,li-bio,s-ben,fully graded,,NC,2024-12-18
        r-3,active,2025-06-01,li-bio,s-cy,fully graded,,b+,2024-12-18
        r-4,active,2025-06-01,li-art,s-ann,fully graded,,W,2024-08-01
        r-5,active,2025-06-01,li-art,s-ben,fully graded,88,B+,2024-08-01
        """
    index, written = run(tmp_path, policy=POLICY, results=results)
    # Ben's Ceramics grade is still true and issued; his CLR would miss Biology: withheld.
    # Cy's one grade, lowercase b+, is never matched as B+: nothing for Cy.
    assert files(written) == {
        "s-ann": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
        "s-ben": ["ART-2_t-summer.json"],
    }
    assert grades(written) == {
        ("s-ann", "BIO-1"): ("A", "Completed", None, None),
        ("s-ann", "ART-2"): ("W", "Withdrew", None, None),
        ("s-ben", "ART-2"): ("B+", "Completed", None, None),
    }
    assert [(w["sourcedId"], w["withheld"]) for w in index["withheld"]] == [
        ("s-ben", "clr"),
        ("s-cy", "clr"),
    ]
    assert "'NC'" in index["withheld"][0]["reasons"][0]
    assert "'b+'" in index["withheld"][1]["reasons"][0]
    assert [s["sourcedId"] for s in index["students"]] == ["s-ann", "s-ben"]
    assert index["withoutResults"] == []  # Cy is listed as withheld, with the reason


def test_a_clr_only_run_gives_a_student_whose_clr_is_withheld_nothing(tmp_path):
    results = dedent(BASE_RESULTS).replace("fully graded,55,F,", "fully graded,,NC,")
    grading = load_grading(write_policy(tmp_path / "grading.toml"))
    export = read_export(write_export(tmp_path / "export", results=results), grading=grading)
    summary = issue_export(
        export, fixture_issuer(), tmp_path / "clr", RunOptions(format="clr"), now=NOW
    )
    assert sorted(p.name for p in (tmp_path / "clr").iterdir() if p.is_dir()) == ["s-ann", "s-cy"]
    assert list(summary.withheld) == ["s-ben"] and summary.students == 2


def test_the_export_scale_names_the_grades_and_the_policy_what_they_mean(tmp_path):
    scales = """
        sourcedId,status,dateLastModified,title,type,scoreScaleValue
        sc-pf,active,2025-06-01,Pass/fail,grading scale,"{P:Pass},{F:Fail},{A:Excellent},{W:Withdrawn},{B+:Good}"
        """
    links = """
        sourcedId,status,dateLastModified,lineItemSourcedId,scoreScaleSourcedId
        l-1,active,2025-06-01,li-bio,sc-pf
        l-2,active,2025-06-01,li-art,sc-pf
        """
    index, written = run(tmp_path, scoreScales=scales, lineItemScoreScales=links)
    assert index["problems"] == []
    assert grades(written)[("s-cy", "BIO-1")] == ("P", None, None, None)  # named, not judged
    letter = written["s-cy"]["BIO-1_t-fall.json"]["credentialSubject"]["achievement"]
    assert letter["resultDescription"][0]["allowedValue"] == ["P", "F", "A", "W", "B+"]
    assert "requiredValue" not in letter["resultDescription"][0]
    assert letter["criteria"]["narrative"] == NEUTRAL_CRITERION  # no policy: no threshold
    _, judged = run(tmp_path / "2", policy=POLICY, scoreScales=scales, lineItemScoreScales=links)
    assert grades(judged)[("s-cy", "BIO-1")] == ("P", "Completed", None, None)


def test_a_malformed_grade_scale_is_reported_once_and_its_grades_claim_nothing(tmp_path):
    scales = """
        sourcedId,status,dateLastModified,title,type,scoreScaleValue
        sc-bad,active,2025-06-01,Letters,letter grade,A=4;B=3;F=0
        """
    links = """
        sourcedId,status,dateLastModified,lineItemSourcedId,scoreScaleSourcedId
        l-1,active,2025-06-01,li-bio,sc-bad
        l-2,active,2025-06-01,li-art,sc-bad
        """
    index, written = run(tmp_path, scoreScales=scales, lineItemScoreScales=links)
    assert problems(index) == [("scoreScales.csv", 2, "scoreScaleValue")]
    assert index["withheld"] == [] and sorted(written) == ["s-ann", "s-ben", "s-cy"]
    assert set(grades(written).values()) >= {("A", None, None, None), ("W", None, None, None)}
    letter = written["s-ann"]["BIO-1_t-fall.json"]["credentialSubject"]["achievement"]
    assert "allowedValue" not in letter["resultDescription"][0]


# --- credits ---------------------------------------------------------------------------------

COURSES_WITH_CREDITS = """
    sourcedId,status,dateLastModified,title,courseCode,grades,orgSourcedId,subjects,metadata.credits
    c-bio,active,2025-06-01,Biology,BIO-1,"09,10",org-hs,Science,1.0
    c-art,active,2025-06-01,Ceramics,ART-2,10,org-hs,Fine Arts,0.5
    """
EARNED = {
    ("s-ann", "BIO-1"): ("A", "Completed", 1.0, 1.0),
    ("s-ann", "ART-2"): ("W", "Withdrew", 0.5, 0.0),
    ("s-ben", "BIO-1"): ("F", "Failed", 1.0, 0.0),
    ("s-ben", "ART-2"): ("B+", "Completed", 0.5, 0.5),
    ("s-cy", "BIO-1"): ("P", "Completed", 1.0, 1.0),
}


def test_credits_by_the_courses_metadata_column(tmp_path):
    index, written = run(tmp_path, policy=POLICY, courses=COURSES_WITH_CREDITS)
    assert index["problems"] == [] and grades(written) == EARNED


def test_the_academic_record_states_the_gpa_and_the_credit_total(tmp_path):
    categories = dedent(BASE["categories"]) + "cat-gpa,active,2025-06-01,GPA\n"
    line_items = dedent(BASE["lineItems"]) + (
        "li-gpa,active,2025-06-01,Cumulative GPA,k-bio,cat-gpa,t-fall,0,4\n"
    )
    results = dedent(BASE_RESULTS) + (
        "r-g1,active,2025-06-01,li-gpa,s-ann,fully graded,3.9,,2024-12-20\n"
        "r-g2,active,2025-06-01,li-gpa,s-ben,fully graded,2.1,,2024-12-20\n"
    )
    index, written = run(
        tmp_path,
        policy=POLICY,
        courses=COURSES_WITH_CREDITS,
        categories=categories,
        lineItems=line_items,
        results=results,
    )
    assert index["problems"] == [] and grades(written) == EARNED
    assert files(written)["s-cy"] == ["BIO-1_t-fall.json", "clr.json"]  # no GPA stated
    for sid, gpa, total in (("s-ann", "3.90", 1.0), ("s-ben", "2.10", 0.5)):
        record = written[sid]["academic-record.json"]["credentialSubject"]
        assert record["achievement"]["achievementType"] == "LearningProgram"
        assert record["result"][0]["value"] == gpa and record["creditsEarned"] == total
        held = written[sid]["clr.json"]["credentialSubject"]["verifiableCredential"]
        assert held[-1]["credentialSubject"]["creditsEarned"] == total  # the CLR's total


def test_credits_by_the_classes_metadata_column_over_the_course(tmp_path):
    classes = """
        sourcedId,status,dateLastModified,title,courseSourcedId,schoolSourcedId,termSourcedIds,metadata.credits
        k-bio,active,2025-06-01,Biology 1,c-bio,org-hs,t-fall,1.0
        k-art,active,2025-06-01,Ceramics 1,c-art,org-hs,t-summer,
        """
    _, written = run(tmp_path, policy=POLICY, classes=classes)
    found = grades(written)
    assert found[("s-ann", "BIO-1")] == ("A", "Completed", 1.0, 1.0)
    assert found[("s-ben", "ART-2")] == ("B+", "Completed", None, None)  # stated nowhere


def test_credits_by_catalog(tmp_path):
    _, written = run(tmp_path, policy=POLICY, catalog="courseCode,credits\nBIO-1,1\nART-2,0.5\n")
    assert grades(written) == EARNED


def test_a_bad_credits_cell_is_reported_once_and_claims_no_credits(tmp_path):
    courses = COURSES_WITH_CREDITS.replace(",1.0\n", ",one\n")
    index, written = run(tmp_path, policy=POLICY, courses=courses)
    assert problems(index) == [("courses.csv", 2, "metadata.credits")]
    assert grades(written)[("s-cy", "BIO-1")] == ("P", "Completed", None, None)
    assert grades(written)[("s-ben", "ART-2")] == ("B+", "Completed", 0.5, 0.5)


# --- terms, objectives, roles, duplicates -----------------------------------------------------


def test_terms_are_named_in_date_order_with_grade_levels_and_school_code(tmp_path):
    _, written = run(tmp_path, policy=POLICY)
    assert written["s-ann"]["clr.json"]["name"] == (
        "Lincoln High School course record (Summer 2024, Fall 2024)"
    )
    achievement = written["s-ann"]["BIO-1_t-fall.json"]["credentialSubject"]["achievement"]
    assert achievement["tag"] == ["Grade level 09", "Grade level 10"]
    assert achievement["creator"]["name"] == "Hilltop High School"
    assert achievement["creator"]["otherIdentifier"] == [
        {"type": "IdentifierEntry", "identifier": "NCES-360007", "identifierType": "identifier"}
    ]


def test_the_learners_did_is_the_subject_id_when_the_export_gives_it(tmp_path):
    _, written = run(tmp_path, policy=POLICY)
    cy = written["s-cy"]["clr.json"]["credentialSubject"]["id"]
    assert cy == "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
    ann = {d["credentialSubject"]["id"] for d in written["s-ann"].values()}
    assert len(ann) == 1 and ann.pop().startswith("urn:uuid:")


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"startDate": "2024-13-01"}, "startDate", "malformed startDate"),
        ({"endDate": "2024-06-01"}, "endDate", "ends (2024-06-01) before it starts (2024-06-10)"),
    ],
)
def test_a_bad_term_is_reported_once_and_named_without_its_dates(tmp_path, change, column, message):
    sessions = """
        sourcedId,status,dateLastModified,title,type,startDate,endDate
        t-fall,active,2025-06-01,Fall 2024,semester,2024-08-26,2024-12-20
        t-summer,active,2025-06-01,Summer 2024,term,{startDate},{endDate}
        """.format(**{"startDate": "2024-06-10", "endDate": "2024-08-02", **change})
    index, written = run(tmp_path, policy=POLICY, academicSessions=sessions)
    assert problems(index) == [("academicSessions.csv", 3, column)]
    assert message in index["problems"][0]["message"]
    assert index["withheld"] == [] and sorted(written) == ["s-ann", "s-ben", "s-cy"]
    art = written["s-ben"]["ART-2_t-summer.json"]["credentialSubject"]
    assert art["term"] == "Summer 2024" and "activityStartDate" not in art
    bio = written["s-ben"]["BIO-1_t-fall.json"]["credentialSubject"]
    assert bio["activityStartDate"] == "2024-08-26T00:00:00Z"


def test_objectives_a_result_carries_beyond_its_line_item_are_issued(tmp_path):
    listed = """
        sourcedId,status,dateLastModified,lineItemSourcedId,source,learningObjectiveId,metadata.humanCodingScheme
        lo-1,active,2025-06-01,li-bio,case,urn:uuid:0d1c3a0e-0000-4000-8000-000000000001,HS-LS1-1
        """
    scored = """
        sourcedId,status,dateLastModified,resultSourcedId,source,learningObjectiveId,score,textScore
        ro-1,active,2025-06-01,r-1,case,urn:uuid:0d1c3a0e-0000-4000-8000-000000000001,3,Proficient
        ro-2,active,2025-06-01,r-1,case,urn:uuid:0d1c3a0e-0000-4000-8000-000000000002,2,Developing
        """
    index, written = run(
        tmp_path,
        policy=POLICY,
        lineItemLearningObjectiveIds=listed,
        resultLearningObjectiveIds=scored,
    )
    assert index["problems"] == []
    bio = written["s-ann"]["BIO-1_t-fall.json"]["credentialSubject"]
    codes = [
        d["alignment"][0]["targetCode"]
        for d in bio["achievement"]["resultDescription"]
        if "alignment" in d
    ]
    assert codes == ["HS-LS1-1", "urn:uuid:0d1c3a0e-0000-4000-8000-000000000002"]
    assert [r["value"] for r in bio["result"][2:]] == ["Proficient", "Developing"]
    assert "alignment" not in json.dumps(written["s-ben"])  # Ben's result has no objectives


def test_roles_csv_is_read_and_students_without_records_are_listed(tmp_path):
    users = dedent(
        """
        sourcedId,status,dateLastModified,enabledUser,userIds,givenName,familyName,email
        s-ann,active,2025-06-01,true,,Ann,Ash,ann@hilltop.example
        s-ben,active,2025-06-01,true,,Ben,Birch,ben@hilltop.example
        s-cy,active,2025-06-01,true,,Cy,Cedar,cy@hilltop.example
        s-dee,active,2025-06-01,true,,Dee,Dogwood,dee@hilltop.example
        s-eve,active,2025-06-01,true,,Eve,Elm,eve@hilltop.example
        """
    )
    roles = """
        sourcedId,status,dateLastModified,userSourcedId,roleType,role,orgSourcedId
        ro-1,active,2025-06-01,s-dee,primary,student,org-hs
        ro-2,active,2025-06-01,s-eve,primary,student,org-hs
        """
    enrollments = dedent(BASE_ENROLLMENTS) + "e-9,active,2025-06-01,k-art,org-hs,s-eve,student\n"
    index, written = run(tmp_path, policy=POLICY, users=users, roles=roles, enrollments=enrollments)
    assert sorted(written) == ["s-ann", "s-ben", "s-cy"]
    assert index["withoutResults"] == ["s-dee", "s-eve"]  # no enrollment; enrolled, no result


def test_a_duplicate_result_withholds_that_grade_and_its_students_clr(tmp_path):
    results = (
        dedent(BASE_RESULTS) + "r-2,active,2025-06-01,li-bio,s-ben,fully graded,75,B+,2024-12-18\n"
    )
    index, written = run(tmp_path, policy=POLICY, results=results)
    # Which Biology grade is Ben's (F or B+) is unknown: neither is issued, nor his CLR.
    assert files(written) == {
        "s-ann": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
        "s-ben": ["ART-2_t-summer.json"],
        "s-cy": ["BIO-1_t-fall.json", "clr.json"],
    }
    assert index["withheld"] == [
        {
            "sourcedId": "s-ben",
            "withheld": "clr",
            "reasons": ["results.csv:7: repeats the sourcedId 'r-2' of line 3"],
        }
    ]
    assert grades(written)[("s-ben", "ART-2")] == ("B+", "Completed", None, None)


def test_a_result_id_repeated_for_another_student_withholds_both_grades(tmp_path):
    results = (
        dedent(BASE_RESULTS) + "r-3,active,2025-06-01,li-art,s-cy,fully graded,90,A,2024-08-01\n"
    )
    index, written = run(tmp_path, policy=POLICY, results=results)
    # r-3 is Cy's Biology grade and, again, a Ceramics grade of Cy's: neither is issued.
    assert files(written) == {
        "s-ann": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
        "s-ben": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
    }
    assert [w["sourcedId"] for w in index["withheld"]] == ["s-cy"]
    results = (
        dedent(BASE_RESULTS) + "r-3,active,2025-06-01,li-art,s-ann,fully graded,90,A,2024-08-01\n"
    )
    index, written = run(tmp_path / "2", policy=POLICY, results=results)
    # now the repeat is Ann's: her CLR is withheld, and Cy's r-3 is in doubt too
    assert files(written) == {
        "s-ann": ["ART-2_t-summer.json", "BIO-1_t-fall.json"],
        "s-ben": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
    }
    assert index["withheld"] == [
        {
            "sourcedId": "s-ann",
            "withheld": "clr",
            "reasons": ["results.csv:7: repeats the sourcedId 'r-3' of line 4"],
        },
        {
            "sourcedId": "s-cy",
            "withheld": "clr",
            "reasons": [
                "results.csv:4 (sourcedId): shares its sourcedId 'r-3' with a later row; "
                "neither grade is issued"
            ],
        },
    ]


def test_a_line_item_in_an_unknown_category_is_reported_once_and_withholds_only_clrs(tmp_path):
    line_items = dedent(BASE["lineItems"]).replace(
        "li-art,active,2025-06-01,Ceramics final,k-art,cat-final",
        "li-art,active,2025-06-01,Ceramics final,k-art,cat-fnal",
    )
    index, written = run(tmp_path, policy=POLICY, lineItems=line_items)
    assert problems(index)[0] == ("lineItems.csv", 3, "categorySourcedId")
    # Ann's and Ben's Ceramics results might be final grades: their CLRs are withheld, their
    # Biology grades issued; Cy took no Ceramics and is untouched.
    assert files(written) == {
        "s-ann": ["BIO-1_t-fall.json"],
        "s-ben": ["BIO-1_t-fall.json"],
        "s-cy": ["BIO-1_t-fall.json", "clr.json"],
    }
    assert [(w["sourcedId"], w["withheld"]) for w in index["withheld"]] == [
        ("s-ann", "clr"),
        ("s-ben", "clr"),
    ]


def test_a_results_row_with_missing_fields_withholds_the_clr_of_the_student_it_names(tmp_path):
    results = dedent(BASE_RESULTS) + "r-6,active,2025-06-01,li-bio,s-cy,fully graded\n"
    index, written = run(tmp_path, policy=POLICY, results=results)
    assert problems(index) == [("results.csv", 7, "")]
    assert index["withheld"] == [
        {
            "sourcedId": "s-cy",
            "withheld": "clr",
            "reasons": ["results.csv:7: has 6 fields, the header 9"],
        }
    ]
    assert files(written)["s-cy"] == ["BIO-1_t-fall.json"]
    assert "clr.json" in files(written)["s-ann"] and "clr.json" in files(written)["s-ben"]


def test_a_repeated_users_row_withholds_everything_of_that_student_only(tmp_path):
    users = (
        dedent(BASE["users"]) + "s-ben,active,2025-06-01,true,,Ben,Birch,benb@elsewhere.example\n"
    )
    index, written = run(tmp_path, policy=POLICY, users=users)
    # which email (and so which identity hash) is Ben's is unknown: nothing is issued to him
    assert files(written) == {
        "s-ann": ["ART-2_t-summer.json", "BIO-1_t-fall.json", "clr.json"],
        "s-cy": ["BIO-1_t-fall.json", "clr.json"],
    }
    assert index["withheld"] == [
        {
            "sourcedId": "s-ben",
            "withheld": "all",
            "reasons": ["users.csv:6: repeats the sourcedId 's-ben' of line 3"],
        }
    ]


# --- enrollment and line item dates -----------------------------------------------------------

ENROLLMENTS_WITH_DATES = """
    sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,beginDate,endDate
    e-1,active,2025-06-01,k-bio,org-hs,s-ann,student,2024-08-26,2024-12-20
    e-2,active,2025-06-01,k-bio,org-hs,s-ben,student,2024-09-16,
    e-3,active,2025-06-01,k-bio,org-hs,s-cy,student,{cy_begin},{cy_end}
    e-4,active,2025-06-01,k-art,org-hs,s-ann,student,,
    e-5,active,2025-06-01,k-art,org-hs,s-ben,student,2024-06-10,2024-07-12
    e-6,active,2025-06-01,k-bio,org-hs,t-tom,teacher,,
    """


def activity(written, sid: str, name: str) -> tuple[str | None, str | None]:
    subject = written[sid][name]["credentialSubject"]
    return subject.get("activityStartDate"), subject.get("activityEndDate")


def test_a_students_enrollment_dates_date_their_course(tmp_path):
    enrollments = ENROLLMENTS_WITH_DATES.format(cy_begin="2024-10-01", cy_end="2024-11-15")
    line_items = (
        dedent(BASE["lineItems"])
        .replace("resultValueMax\n", "resultValueMax,assignDate,dueDate\n")
        .replace(",0,100\n", ",0,100,sometime,2024-12-31\n")
    )
    index, written = run(tmp_path, policy=POLICY, enrollments=enrollments, lineItems=line_items)
    assert index["problems"] == []  # lineItems' assignDate and dueDate are not read (README)
    fall = ("2024-08-26T00:00:00Z", "2024-12-20T00:00:00Z")
    assert activity(written, "s-ann", "BIO-1_t-fall.json") == fall  # the term's own dates
    assert activity(written, "s-ann", "ART-2_t-summer.json") == (
        "2024-06-10T00:00:00Z",
        "2024-08-02T00:00:00Z",
    )  # no enrollment dates: the term's
    assert activity(written, "s-ben", "BIO-1_t-fall.json") == (  # joined late
        "2024-09-16T00:00:00Z",
        "2024-12-20T00:00:00Z",
    )
    assert activity(written, "s-ben", "ART-2_t-summer.json") == (  # left early (withdrew)
        "2024-06-10T00:00:00Z",
        "2024-07-12T00:00:00Z",
    )
    assert activity(written, "s-cy", "BIO-1_t-fall.json") == (
        "2024-10-01T00:00:00Z",
        "2024-11-15T00:00:00Z",
    )
    inner = written["s-cy"]["clr.json"]["credentialSubject"]["verifiableCredential"][0]
    assert inner["credentialSubject"]["activityStartDate"] == "2024-10-01T00:00:00Z"


@pytest.mark.parametrize(
    ("begin", "end", "column", "words"),
    [
        ("2024-10-32", "2024-11-15", "beginDate", "malformed beginDate ('2024-10-32'"),
        ("2024-10-01", "15/11/2024", "endDate", "malformed endDate ('15/11/2024'"),
        ("2024-11-15", "2024-10-01", "endDate", "ends (2024-10-01) before it begins (2024-11-15)"),
    ],
)
def test_a_bad_enrollment_date_is_reported_by_column_and_withholds_no_one(
    tmp_path, begin, end, column, words
):
    enrollments = ENROLLMENTS_WITH_DATES.format(cy_begin=begin, cy_end=end)
    index, written = run(tmp_path, policy=POLICY, enrollments=enrollments)
    assert problems(index) == [("enrollments.csv", 4, column)]
    assert words in index["problems"][0]["message"]
    assert index["problems"][0]["student"] == "" and index["withheld"] == []
    assert files(written)["s-cy"] == ["BIO-1_t-fall.json", "clr.json"]
    cy = activity(written, "s-cy", "BIO-1_t-fall.json")
    if column == "beginDate":  # the date that is usable stands, the other is the term's
        assert cy == ("2024-08-26T00:00:00Z", "2024-11-15T00:00:00Z")
    elif "before" in words:  # neither date can be trusted: the term's
        assert cy == ("2024-08-26T00:00:00Z", "2024-12-20T00:00:00Z")
    else:
        assert cy == ("2024-10-01T00:00:00Z", "2024-12-20T00:00:00Z")


# --- the command line ---------------------------------------------------------------------------


def test_grading_and_catalog_files_on_the_command_line(cli, key_file, tmp_path):
    export = write_export(tmp_path / "export")
    policy = write_policy(tmp_path / "grading.toml")
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("courseCode,credits\nBIO-1,1\nART-2,0.5\n")
    out = tmp_path / "out"
    done = issue(cli, key_file, export, out, "--grading", str(policy), "--catalog", str(catalog))
    assert done.code == 0, done
    assert "Issued 8 signed credentials for 3 students" in done.out
    bad = write_policy(tmp_path / "bad.toml", '[[grade]]\nvalue = "A"\npasses = "yes"\n')
    refused = issue(cli, key_file, export, tmp_path / "no", "--grading", str(bad))
    assert refused.code == 2 and "needs passes and credit as true or false" in refused.err
    assert not (tmp_path / "no").exists()
    catalog.write_text("courseCode,credits\nBIO-1,lots\n")
    refused = issue(cli, key_file, export, tmp_path / "no", "--catalog", str(catalog))
    assert refused.code == 2 and "Line 2 of the catalog" in refused.err
    strict = issue(cli, key_file, export, tmp_path / "strict", "--strict")
    assert strict.code == 1 and not (tmp_path / "strict").exists()


BASE_ENROLLMENTS = """
    sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role
    e-1,active,2025-06-01,k-bio,org-hs,s-ann,student
    e-2,active,2025-06-01,k-bio,org-hs,s-ben,student
    e-3,active,2025-06-01,k-bio,org-hs,s-cy,student
    e-4,active,2025-06-01,k-art,org-hs,s-ann,student
    e-5,active,2025-06-01,k-art,org-hs,s-ben,student
    """
BASE_RESULTS = """
    sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,textScore,scoreDate
    r-1,active,2025-06-01,li-bio,s-ann,fully graded,91,A,2024-12-18
    r-2,active,2025-06-01,li-bio,s-ben,fully graded,55,F,2024-12-18
    r-3,active,2025-06-01,li-bio,s-cy,fully graded,,P,2024-12-18
    r-4,active,2025-06-01,li-art,s-ann,fully graded,,W,2024-08-01
    r-5,active,2025-06-01,li-art,s-ben,fully graded,88,B+,2024-08-01
    """


def test_a_bad_demographics_row_is_reported_by_column_and_withholds_no_one(tmp_path):
    demographics = """
        sourcedId,status,dateLastModified,birthDate,sex,asian
        s-ann,active,2025-06-01,2009-02-30,female,false
        s-ben,active,2025-06-01,2009-05-01,male,maybe
        """
    index, written = run(tmp_path, policy=POLICY, demographics=demographics)
    assert problems(index) == [
        ("demographics.csv", 2, "birthDate"),
        ("demographics.csv", 3, "asian"),
    ]
    assert index["withheld"] == [] and sorted(written) == ["s-ann", "s-ben", "s-cy"]
    assert "2009" not in json.dumps(written)  # nothing of it is issued
