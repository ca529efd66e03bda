"""Standards (learning objective scores on a scale), the GPA and demographics: read, issued, filed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backpack_app.credentials.mapping import map_credential
from backpack_app.school.oneroster import read_export
from backpack_app.school.standards import parse_scale_values
from tests import school_helpers
from tests.school_helpers import edit, issue, issue_record, new_issuer, rows

export_dir = school_helpers.export_dir
key_file = school_helpers.key_file


def issued(export_dir: Path, sid: str):
    """The signed course credentials and CLR of student `sid`, from a new school."""
    record = next(r for r in read_export(export_dir).issuable() if r.student.sourced_id == sid)
    return issue_record(new_issuer(), record)


def test_each_final_grade_carries_its_standards_column_by_column(export_dir):
    courses, _ = issued(export_dir, "stu-00001")
    objectives = {
        (r["lineItemSourcedId"], r["learningObjectiveId"]): r
        for r in rows(export_dir, "lineItemLearningObjectiveIds")
    }
    [scale] = [r for r in rows(export_dir, "scoreScales") if r["type"] == "standards"]
    scaled = {
        r["lineItemSourcedId"]
        for r in rows(export_dir, "lineItemScoreScales")
        if r["scoreScaleSourcedId"] == scale["sourcedId"]
    }
    scores = [
        r
        for r in rows(export_dir, "resultLearningObjectiveIds")
        if r["resultSourcedId"].startswith("res-final-stu-00001-")
    ]
    assert scale["scoreScaleValue"] == "{1:Beginning},{2:Developing},{3:Proficient},{4:Advanced}"
    assert len(scores) == 3 * len(courses) == 24
    seen = 0
    for credential in courses:
        achievement = credential["credentialSubject"]["achievement"]
        code = achievement["humanCode"]
        item = f"li-final-{code}"
        mine = [r for r in scores if r["resultSourcedId"] == f"res-final-stu-00001-{code}"]
        described = {d["id"]: d for d in achievement["resultDescription"]}
        results = credential["credentialSubject"]["result"][2:-1]  # last: the grade level
        assert "alignment" not in achievement  # each standard's is on its description
        assert len(results) == len(mine) == 3
        for row, result in zip(mine, results, strict=True):
            meta = objectives[(item, row["learningObjectiveId"])]
            expected = {
                "type": ["Alignment"],
                "targetName": meta["metadata.fullStatement"],
                "targetUrl": meta["metadata.uri"],
                "targetCode": meta["metadata.humanCodingScheme"],
                "targetFramework": meta["metadata.framework"],
                "targetType": "CFItem",
            }
            assert "alignment" not in result
            assert meta["metadata.uri"].endswith(row["learningObjectiveId"][len("urn:uuid:") :])
            description = described[result["resultDescription"]]
            assert description["alignment"] == [expected]
            assert description["name"] == (
                f"{meta['metadata.humanCodingScheme']}: {meta['metadata.fullStatement']}"
            )
            if item in scaled:
                assert description["resultType"] == "RubricCriterionLevel"
                levels = description["rubricCriterionLevel"]
                assert [(lv["points"], lv["name"]) for lv in levels] == [
                    ("1", "Beginning"),
                    ("2", "Developing"),
                    ("3", "Proficient"),
                    ("4", "Advanced"),
                ]
                assert all(lv["type"] == ["RubricCriterionLevel"] for lv in levels)
                [reached] = [lv for lv in levels if lv["id"] == result["achievedLevel"]]
                assert (reached["points"], reached["name"]) == (row["score"], row["textScore"])
                assert "value" not in result
            else:  # Studio Art: no score scale, text scores only
                assert description["resultType"] == "PerformanceLevel"
                assert result["value"] == row["textScore"] and "achievedLevel" not in result
            seen += 1
    assert seen == 24


def test_the_clr_lists_competencies_and_the_program_with_the_stated_gpa(export_dir):
    courses, clr = issued(export_dir, "stu-00001")
    subject = clr["credentialSubject"]
    gpa = next(r for r in rows(export_dir, "results") if r["sourcedId"] == "res-gpa-stu-00001")
    program = subject["verifiableCredential"][-1]
    assert subject["verifiableCredential"][:-1] == courses
    achievement = program["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "LearningProgram"  # never a diploma it was not told
    assert achievement["name"] == "Academic record at Lincoln High School"
    assert "graduation requirements." not in json.dumps(program)
    [rd] = achievement["resultDescription"]
    assert (rd["resultType"], rd["valueMin"], rd["valueMax"]) == ("GradePointAverage", "0", "4")
    assert program["credentialSubject"]["result"] == [
        {"type": ["Result"], "resultDescription": rd["id"], "value": gpa["score"]}
    ]
    assert program["credentialSubject"]["term"] == "Spring 2025"
    assert program["awardedDate"] == f"{gpa['scoreDate']}T00:00:00Z"
    kinds = [a["achievementType"] for a in subject["achievement"]]
    assert kinds[0] == "LearningProgram" and set(kinds[1:]) == {"Competency"}
    aligned = {
        a["targetCode"]
        for c in courses
        for d in c["credentialSubject"]["achievement"]["resultDescription"]
        for a in d.get("alignment", [])
    }
    assert {a["humanCode"] for a in subject["achievement"][1:]} == aligned  # each once
    course_ids = {c["credentialSubject"]["achievement"]["id"] for c in courses}
    links = {(a["sourceId"], a["targetId"]) for a in subject["association"]}
    assert all(a["associationType"] == "isChildOf" for a in subject["association"])
    assert {(c, achievement["id"]) for c in course_ids} <= links
    for competency in subject["achievement"][1:]:
        assert competency["alignment"][0]["targetType"] == "CFItem"
        assert any(source == competency["id"] and t in course_ids for source, t in links)


def test_a_student_without_a_stated_gpa_gets_no_program(export_dir):
    assert not any(r["sourcedId"] == "res-gpa-stu-00002" for r in rows(export_dir, "results"))
    courses, clr = issued(export_dir, "stu-00002")
    subject = clr["credentialSubject"]
    assert subject["verifiableCredential"] == courses
    assert {a["achievementType"] for a in subject["achievement"]} == {"Competency"}
    course_ids = {c["credentialSubject"]["achievement"]["id"] for c in courses}
    assert all(a["targetId"] in course_ids for a in subject["association"])
    assert "GradePointAverage" not in json.dumps(clr)


def test_the_family_side_maps_levels_alignments_and_the_gpa(export_dir):
    courses, clr = issued(export_dir, "stu-00001")
    algebra = next(
        c for c in courses if c["credentialSubject"]["achievement"]["humanCode"] == "MATH-1010"
    )
    mapped = map_credential(algebra, issuer="did:example")
    assert mapped.details["grade"] == algebra["credentialSubject"]["result"][0]["value"]
    standards = mapped.details["results"][2:-1]  # last: the grade level
    assert [r["name"].split(":")[0] for r in standards] == [
        "HSA-REI.B.3",
        "HSA-CED.A.1",
        "HSF-IF.A.1",
    ]
    assert all(
        r["level"] in {"Beginning", "Developing", "Proficient", "Advanced"} for r in standards
    )
    assert [a["code"] for a in mapped.details["alignments"]] == [
        "HSA-REI.B.3",
        "HSA-CED.A.1",
        "HSF-IF.A.1",
    ]
    assert mapped.details["alignments"][0]["framework"] == (
        "Common Core State Standards for Mathematics"
    )
    program = map_credential(clr["credentialSubject"]["verifiableCredential"][-1], issuer="x")
    gpa = program.details["results"][0]
    assert (program.category.value, gpa["name"], program.details["grade"]) == (
        "transcript",
        "Cumulative GPA (0–4 scale)",
        gpa["value"],
    )


def test_alignments_on_results_alone_are_mapped_too():
    credential = {
        "type": ["VerifiableCredential", "AchievementCredential"],
        "credentialSubject": {
            "achievement": {
                "name": "Reading",
                "achievementType": "Competency",
                "resultDescription": [
                    {
                        "id": "urn:rd",
                        "name": "Reading level",
                        "alignment": [{"targetName": "RL.1", "targetUrl": "https://c/1"}],
                        "rubricCriterionLevel": [{"id": "urn:l2", "name": "Meets"}],
                    }
                ],
            },
            "result": [{"resultDescription": "urn:rd", "achievedLevel": "urn:l2"}],
        },
    }
    mapped = map_credential(credential, issuer="x")
    assert mapped.category.value == "gradebook"
    assert mapped.details["results"][0]["level"] == "Meets"
    assert [a["url"] for a in mapped.details["alignments"]] == ["https://c/1"]


def test_demographics_are_read_but_never_issued(cli, key_file, export_dir, tmp_path):
    out = tmp_path / "out"
    result = issue(cli, key_file, export_dir, out)
    assert result.code == 0, result
    text = "".join(p.read_text() for p in out.rglob("*.json"))
    for row in rows(export_dir, "demographics"):
        assert row["birthDate"] not in text
    assert "hispanicOrLatino" not in text and "birthDate" not in text


def test_each_students_standards_are_their_own(export_dir):
    """Every level in a student's credentials comes from that student's own result rows."""
    names = {"1": "Beginning", "2": "Developing", "3": "Proficient", "4": "Advanced"}
    for sid in ("stu-00001", "stu-00002", "stu-00003"):
        courses, _ = issued(export_dir, sid)
        got = set()
        for c in courses:
            code = c["credentialSubject"]["achievement"]["humanCode"]
            mapped = map_credential(c, issuer="x")
            got |= {
                (code, r["name"].split(": ")[0], r["level"] or r["value"])
                for r in mapped.details["results"][2:-1]  # last: the grade level
            }
        codes = {
            r["learningObjectiveId"]: r["metadata.humanCodingScheme"]
            for r in rows(export_dir, "lineItemLearningObjectiveIds")
        }
        own = {
            (
                r["resultSourcedId"].rsplit("-", 2)[-2]
                + "-"
                + r["resultSourcedId"].rsplit("-", 1)[-1],
                codes[r["learningObjectiveId"]],
                names.get(r["score"], r["textScore"]),
            )
            for r in rows(export_dir, "resultLearningObjectiveIds")
            if r["resultSourcedId"].startswith(f"res-final-{sid}-")
        }
        assert got == own


@pytest.mark.parametrize(
    ("name", "line", "changes", "words", "withheld"),
    [
        (
            "resultLearningObjectiveIds",
            2,
            {"resultSourcedId": "res-nobody"},
            "names the result 'res-nobody', which is not in results.csv",
            "",
        ),
        (
            "resultLearningObjectiveIds",
            4,
            {"score": "7"},
            "has the score '7', not on the scale 'Standards mastery (4 levels)'",
            "",
        ),
        (
            "resultLearningObjectiveIds",
            2,
            {"source": "mystery"},
            "unknown source ('mystery')",
            "",
        ),
        (
            "lineItemLearningObjectiveIds",
            2,
            {"lineItemSourcedId": "li-gone"},
            "names the line item 'li-gone', which is not in lineItems.csv",
            "",
        ),
        (
            "lineItemScoreScales",
            2,
            {"scoreScaleSourcedId": "scale-gone"},
            "names the score scale 'scale-gone', not in scoreScales.csv",
            "",
        ),
        ("demographics", 2, {"birthDate": "2010-13-40"}, "malformed birthDate", ""),
        ("demographics", 3, {"birthDate": "05/06/2010"}, "malformed birthDate", ""),
        ("demographics", 2, {"sourcedId": "stu-nobody"}, "not in users.csv", ""),
        ("demographics", 2, {"asian": "yes"}, "not true or false", ""),
        ("results", 0, {"score": "five"}, "has a GPA that is not a number ('five')", "stu-00001"),
        ("results", 0, {"score": "4.7"}, "has the GPA 4.7 outside its scale", "stu-00001"),
    ],
)
def test_each_bad_new_input_is_reported_where_it_is(
    export_dir, name, line, changes, words, withheld
):
    if name == "results":  # the GPA row of stu-00001
        line = 2 + next(
            i
            for i, r in enumerate(rows(export_dir, "results"))
            if r["sourcedId"] == "res-gpa-stu-00001"
        )
    edit(export_dir, name, line, **changes)
    export = read_export(export_dir)
    [problem] = [p for p in export.problems if p.file == f"{name}.csv"]
    assert problem.line == line and words in problem.message, problem
    assert problem.student == withheld
    issuable = {r.student.sourced_id: r for r in export.issuable()}
    if withheld:  # a bad GPA: no GPA and no CLR for that student; their courses still stand
        record = issuable[withheld]
        assert record.clr_withheld and record.gpa is None and len(record.results) == 8
    elif name != "lineItemLearningObjectiveIds":  # (that one unlists a standard others use)
        assert {"stu-00001", "stu-00002", "stu-00003"} <= set(issuable)


def test_a_malformed_standards_scale_is_reported_once_and_withholds_no_one(export_dir):
    line = 2 + next(
        i for i, r in enumerate(rows(export_dir, "scoreScales")) if r["type"] == "standards"
    )
    edit(export_dir, "scoreScales", line, scoreScaleValue="1=Beginning;2=Developing")
    export = read_export(export_dir)
    assert [(p.file, p.line, p.column) for p in export.problems] == [
        ("scoreScales.csv", line, "scoreScaleValue")
    ]
    issued = export.issuable()
    assert [r.student.sourced_id for r in issued] == ["stu-00001", "stu-00002", "stu-00003"]
    scored = [c for r in issued for res in r.results for c in res.competencies]
    assert scored and all(c.scale is None for c in scored)  # the standards, without the scale


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("{1:Beginning},{2:Developing}", (("1", "Beginning"), ("2", "Developing"))),
        (" {A : Excellent} , {B:Good} ", (("A", "Excellent"), ("B", "Good"))),
        ("", None),
        ("1:Beginning,2:Developing", None),
        ("{1:Beginning},{1:Again}", None),
        ("{1:a:b}", None),
        ("{:Nothing}", None),
        ("{1:Beginning},", None),
    ],
)
def test_score_scale_values_parse_only_in_the_binding_form(text, pairs):
    assert parse_scale_values(text) == pairs


def test_a_family_files_the_clr_with_standards_and_gpa_under_the_right_learner(
    cli, key_file, export_dir, tmp_path
):
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out).code == 0
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    assert cli("init").code == 0
    assert cli("learner", "add", "First", "--sis-id", "stu-00001").code == 0
    assert cli("learner", "add", "Third", "--sis-id", "stu-00003").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    imported = cli("import", "--json", str(out / "stu-00003" / "clr.json"))
    assert imported.code == 0, imported
    [entry] = json.loads(imported.out)
    assert (entry["outcome"], entry["learner"]) == ("imported", "Third")
    listed = json.loads(cli("list", "--learner", "Third", "--json").out)
    assert listed and not json.loads(cli("list", "--learner", "First", "--json").out)
    shown = [json.loads(cli("show", r["id"], "--json").out) for r in listed]
    details = [s["details"] for s in shown]
    assert {s["category"] for s in shown} == {"transcript"}
    program = [d for d in details if d["achievement_type"] == "LearningProgram"]
    gpa = next(r for r in rows(export_dir, "results") if r["sourcedId"] == "res-gpa-stu-00003")
    assert [d["grade"] for d in program] == [gpa["score"]]
    courses = [d for d in details if d["achievement_type"] == "Course"]
    assert len(courses) == 8
    for d in courses:
        assert len(d["alignments"]) == 3 and all(a["url"] for a in d["alignments"])
        assert all(r["level"] or r["value"] for r in d["results"][2:])
