"""`backpack school issue --edfi`: per-term attendance and behaviour summaries from a hand-written
Ed-Fi ODS/API JSON export, signed, schema-valid, scoped problems, and filed by a family."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from backpack_app.school.edfi import read_edfi
from tests import school_helpers
from tests.official_schemas import issued_errors
from tests.school_helpers import issue

export_dir = school_helpers.export_dir
key_file = school_helpers.key_file

EDFI = Path(__file__).parent.parent / "fixtures" / "edfi"


@pytest.fixture
def edfi_dir(tmp_path: Path) -> Path:
    shutil.copytree(EDFI, tmp_path / "edfi")
    return tmp_path / "edfi"


def _load(folder: Path, name: str) -> list:
    return json.loads((folder / f"{name}.json").read_text())


def _save(folder: Path, name: str, rows) -> None:
    (folder / f"{name}.json").write_text(json.dumps(rows))


def _results(path: Path) -> dict[str, str]:
    doc = json.loads(path.read_text())
    names = {
        d["id"]: d["name"] for d in doc["credentialSubject"]["achievement"]["resultDescription"]
    }
    return {names[r["resultDescription"]]: r["value"] for r in doc["credentialSubject"]["result"]}


def test_the_reader_counts_days_and_incidents_per_term():
    found = read_edfi(EDFI)
    assert found.problems == []
    fall = found.attendance["stu-00001"]["Fall 2024"]
    assert (fall.enrolled, fall.count("present"), fall.count("excused")) == (10, 8, 1)
    assert fall.count("unexcused") == 1
    assert set(found.attendance["stu-00002"]) == {"Fall 2024", "Spring 2025"}
    behaviour = found.behavior["stu-00001"]["Fall 2024"]
    assert behaviour.incidents == {"INC-0001", "INC-0002"}
    assert behaviour.actions["out_of_school"] == 1
    assert found.grades["stu-00001"] == {"Fall 2024": "09", "Spring 2025": "09"}
    quiet = found.behavior["stu-00002"]["Spring 2025"]  # attended, no discipline record
    assert not quiet.incidents and set(quiet.actions.values()) == {0}


@pytest.mark.parametrize("proof", ["eddsa-rdfc-2022", "vc-jwt"])
def test_issue_with_edfi_writes_signed_summaries_that_validate(
    cli, key_file, export_dir, edfi_dir, tmp_path, proof
):
    out = tmp_path / "out"
    run = issue(cli, key_file, export_dir, out, "--edfi", str(edfi_dir), "--proof", proof)
    assert run.code == 0, run
    ext = ".jwt" if proof == "vc-jwt" else ".json"
    first = out / "stu-00001"
    assert (first / f"attendance_Fall_2024-{_digest('Fall 2024')}{ext}").exists()
    count, errors = issued_errors(out)
    assert errors == []
    # the OneRoster run's, 3 attendance summaries and 3 behaviour summaries (one with the
    # incidents, two of zeros: terms attended without a discipline record)
    assert count == 29 + 6
    index = json.loads((out / "index.json").read_text())
    files = {
        f["path"] for s in index["students"] if s["sourcedId"] == "stu-00001" for f in s["files"]
    }
    assert any(p.startswith("stu-00001/behavior_") for p in files)
    if proof == "eddsa-rdfc-2022":
        attendance = next(first.glob("attendance_*.json"))
        assert _results(attendance) == {
            "Days enrolled": "10",
            "Days present": "8",
            "Excused absences": "1",
            "Unexcused absences": "1",
            "Grade level": "09",  # Ed-Fi StudentSchoolAssociation entryGradeLevelDescriptor
        }
        behaviour = next(first.glob("behavior_*.json"))
        assert _results(behaviour)["Discipline incidents"] == "2"
        assert _results(behaviour)["Out-of-school suspensions"] == "1"
        doc = json.loads(attendance.read_text())
        assert doc["credentialSubject"]["achievement"]["achievementType"] == "ext:AttendanceSummary"
        assert doc["credentialSubject"]["term"] == "Fall 2024"


def _digest(name: str) -> str:
    import hashlib

    return hashlib.sha256(name.encode()).hexdigest()[:10]


def test_a_family_files_attendance_as_private_and_behaviour_as_restricted(
    cli, key_file, export_dir, edfi_dir, tmp_path
):
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out, "--edfi", str(edfi_dir)).code == 0
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    assert cli("init").code == 0
    assert cli("learner", "add", "First", "--sis-id", "stu-00001").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    paths = [str(p) for p in sorted((out / "stu-00001").glob("[ab]*_*.json"))]
    assert len(paths) == 2
    imported = cli("import", "--json", *paths)
    assert imported.code == 0, imported
    listed = {r["category"]: r for r in json.loads(cli("list", "--json").out)}
    assert listed["attendance"]["sensitivity"] == "private"
    assert listed["discipline"]["sensitivity"] == "restricted"
    assert listed["discipline"]["provenance"] == "school_signed"


def test_bad_rows_withhold_only_that_students_term(cli, key_file, export_dir, edfi_dir, tmp_path):
    events = _load(edfi_dir, "StudentSchoolAttendanceEvents")
    events[0]["attendanceEventCategoryDescriptor"] = "uri://x#Sleeping"
    events.append({**events[12], "attendanceEventCategoryDescriptor": "uri://x#Excused Absence"})
    events.append({"eventDate": "2024-09-02"})  # no student: skipped, reported
    _save(edfi_dir, "StudentSchoolAttendanceEvents", events)
    links = _load(edfi_dir, "StudentDisciplineIncidentBehaviorAssociations")
    links.append(
        {
            "disciplineIncidentReference": {"incidentIdentifier": "NOPE", "schoolId": 1},
            "studentReference": {"studentUniqueId": "stu-00002"},
        }
    )
    _save(edfi_dir, "StudentDisciplineIncidentBehaviorAssociations", links)
    out = tmp_path / "out"
    run = issue(cli, key_file, export_dir, out, "--edfi", str(edfi_dir))
    assert run.code == 0, run
    assert "StudentSchoolAttendanceEvents.json:1: has an unknown" in run.err
    assert "student stu-00001's attendance for Fall 2024 is not issued" in run.err
    assert "another event says present" in run.err  # the conflicting day of stu-00002
    assert "StudentSchoolAttendanceEvents.json:" + str(len(events)) in run.err
    assert "'NOPE', which is not in DisciplineIncidents.json" in run.err
    assert not list((out / "stu-00001").glob("attendance_*"))
    assert list((out / "stu-00001").glob("behavior_*"))  # behaviour untouched
    assert list((out / "stu-00001").glob("MATH-*"))  # and the courses too
    second = sorted(p.name for p in (out / "stu-00002").glob("attendance_*"))
    assert [n.split("-")[0] for n in second] == ["attendance_Spring_2025"]
    index = json.loads((out / "index.json").read_text())
    assert index["withheld"] == []  # nobody's OneRoster record is withheld
    assert len(index["problems"]) == 4


def test_a_bad_edfi_folder_is_one_sentence(cli, key_file, export_dir, edfi_dir, tmp_path):
    (edfi_dir / "Sessions.json").write_text("{not json")
    run = issue(cli, key_file, export_dir, tmp_path / "out", "--edfi", str(edfi_dir))
    assert run.code == 0 and "Sessions.json: is not JSON" in run.err
    assert not list((tmp_path / "out" / "stu-00001").glob("attendance_*"))
    missing = issue(cli, key_file, export_dir, tmp_path / "o2", "--edfi", str(tmp_path / "nope"))
    assert missing.code in (1, 2) and "Traceback" not in missing.err
    assert "is not a folder" in missing.err
    strict = issue(cli, key_file, export_dir, tmp_path / "o3", "--edfi", str(edfi_dir), "--strict")
    assert strict.code == 1


def test_edfi_students_missing_from_oneroster_are_reported(
    cli, key_file, export_dir, edfi_dir, tmp_path
):
    events = _load(edfi_dir, "StudentSchoolAttendanceEvents")
    events.append({**events[0], "studentReference": {"studentUniqueId": "stu-99999"}})
    _save(edfi_dir, "StudentSchoolAttendanceEvents", events)
    run = issue(cli, key_file, export_dir, tmp_path / "out", "--edfi", str(edfi_dir))
    assert run.code == 0
    assert "student stu-99999 is not a student of the OneRoster export" in run.err
    assert not (tmp_path / "out" / "stu-99999").exists()


def test_on_track_reads_what_the_school_issued(cli, key_file, export_dir, edfi_dir, tmp_path):
    """The family imports the school's files and `on-track --json` reads them: five
    indicators with the fixed ids, the signed summaries behind attendance and behaviour."""
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out, "--edfi", str(edfi_dir)).code == 0
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    assert cli("init").code == 0
    assert cli("learner", "add", "First", "--sis-id", "stu-00001").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    paths = [str(p) for p in sorted((out / "stu-00001").glob("*.json"))]
    assert cli("import", *paths).code == 0
    run = cli("on-track", "--learner", "First", "--json")
    assert run.code == 0, run
    found = {i["id"]: i for i in json.loads(run.out)}
    assert list(found) == [
        "attendance",
        "behavior",
        "course_grades",
        "gpa",
        "ninth_grade_on_track",
    ]
    assert found["attendance"]["status"] == "off_track"  # 8 of 10 days
    assert len(found["attendance"]["records"]) == 1
    assert found["behavior"]["status"] == "off_track"  # a suspension
    ninth = found["ninth_grade_on_track"]  # the grade level both exports signed
    assert "Grade level 9 as stated by the school's signed records for 2024-25." in ninth["notes"]
    assert set(ninth["records"]) >= set(found["attendance"]["records"])
    assert {i["status"] for i in found.values()} <= {
        "on_track",
        "watch",
        "off_track",
        "missing_data",
    }
    listed = {r["id"] for r in json.loads(cli("list", "--json").out)}
    assert set(found["attendance"]["records"]) <= listed
    text = cli("on-track", "--learner", "First", "--grade-level", "9")
    assert text.code == 0 and "Attendance: OFF TRACK" in text.out
    assert cli("on-track", "--grade-level", "13").code == 2


def test_hostile_or_odd_records_are_problems_never_a_crash(tmp_path):
    folder = tmp_path / "edfi"
    shutil.copytree(EDFI, folder)
    (folder / "DisciplineIncidents.json").write_text("[" * 100_000 + "]" * 100_000)
    _save(
        folder,
        "StudentSchoolAttendanceEvents",
        [
            7,
            {"studentReference": ["stu-00001"]},
            {
                "studentReference": {"studentUniqueId": "stu-00001"},
                "sessionReference": {"sessionName": ["Fall 2024"]},
            },
            {
                "studentReference": {"studentUniqueId": "stu-00002"},
                "sessionReference": {"sessionName": "Fall 2024"},
                "eventDate": 20240902,
                "attendanceEventCategoryDescriptor": None,
            },
        ],
    )
    (folder / "DisciplineActions.json").write_text('{"not": "a list"}')
    found = read_edfi(folder)
    said = [str(p) for p in found.problems]
    assert any("DisciplineIncidents.json: nests deeper" in p for p in said)
    assert any("StudentSchoolAttendanceEvents.json:1: is not a JSON object" in p for p in said)
    assert any("DisciplineActions.json: is not a JSON array" in p for p in said)
    assert found.attendance == {}
    assert found.is_withheld("stu-00002", "attendance", "Fall 2024")


def test_grade_levels_by_term_from_enrolments_and_their_conflicts(tmp_path):
    folder = tmp_path / "edfi"
    shutil.copytree(EDFI, folder)
    rows = _load(folder, "StudentSchoolAssociations")
    rows[1]["exitWithdrawDate"] = "2024-12-20"  # stu-00002 left after Fall...
    rows.append(
        {  # ...and came back in Spring, in 10th grade
            "studentReference": {"studentUniqueId": "stu-00002"},
            "entryDate": "2025-01-06",
            "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Tenth grade",
        }
    )
    rows.append(
        {  # two enrolments of stu-00001 in Spring disagree: no grade for Spring
            "studentReference": {"studentUniqueId": "stu-00001"},
            "entryDate": "2025-02-01",
            "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Eighth grade",
        }
    )
    rows.append(
        {
            "studentReference": {"studentUniqueId": "stu-00003"},
            "entryDate": "2024-08-26",
            "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ungraded",
        }
    )
    rows.append({"studentReference": {"studentUniqueId": "stu-00004"}, "entryDate": 7})
    _save(folder, "StudentSchoolAssociations", rows)
    found = read_edfi(folder)
    assert found.grades["stu-00002"] == {"Fall 2024": "09", "Spring 2025": "10"}
    assert found.grades["stu-00001"] == {"Fall 2024": "09"}
    assert "stu-00003" not in found.grades
    said = [str(p) for p in found.problems]
    assert any(
        p.startswith("StudentSchoolAssociations.json:4:") and "grade 08 in Spring 2025" in p
        for p in said
    )
    assert any("'uri://ed-fi.org/GradeLevelDescriptor#Ungraded'" in p for p in said)
    assert any(p.startswith("StudentSchoolAssociations.json:6: names no") for p in said)
    assert found.attendance["stu-00001"]  # nothing else is withheld


def test_the_sample_writes_an_edfi_export_beside_the_oneroster_one(cli, key_file, tmp_path):
    """`school sample` writes DIR/edfi; `school issue --edfi` reads it without a problem and
    signs each student's summaries; a family's On track view reads them."""
    sample = tmp_path / "sample"
    made = cli("school", "sample", "--students", "4", "--out", str(sample))
    assert made.code == 0 and f"--edfi {sample / 'edfi'}" in made.out
    found = read_edfi(sample / "edfi")
    assert found.problems == []
    assert set(found.students()) == {f"stu-0000{n}" for n in range(1, 5)}
    assert found.grades["stu-00004"] == {"Fall 2024": "09", "Spring 2025": "09"}
    third = found.attendance["stu-00003"]["Fall 2024"]  # chronic absence
    assert (third.enrolled, third.count("present")) == (10, 7)
    assert len(found.behavior["stu-00001"]["Fall 2024"].incidents) == 1
    assert found.behavior["stu-00002"]["Spring 2025"].actions["out_of_school"] == 1
    out = tmp_path / "out"
    run = issue(cli, key_file, sample, out, "--edfi", str(sample / "edfi"))
    assert run.code == 0 and "0 problems reported" in run.out, run.out
    count, errors = issued_errors(out)
    assert errors == [] and count > 0
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    assert cli("init").code == 0
    assert cli("learner", "add", "Third", "--sis-id", "stu-00003").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    assert cli("import", *map(str, sorted((out / "stu-00003").glob("*.json")))).code == 0
    found = {i["id"]: i for i in json.loads(cli("on-track", "--json").out)}
    assert found["attendance"]["status"] == "off_track"  # 14 of 20 days
    assert "70% of the days enrolled (20)" in found["attendance"]["finding"]
    assert found["behavior"]["status"] == "on_track"


def test_without_the_discipline_files_no_term_is_said_to_be_without_incidents(tmp_path):
    folder = tmp_path / "edfi"
    shutil.copytree(EDFI, folder)
    (folder / "StudentDisciplineIncidentBehaviorAssociations.json").unlink()
    found = read_edfi(folder)
    assert "stu-00002" not in found.behavior  # unknown, not zero
    (folder / "StudentDisciplineIncidentBehaviorAssociations.json").write_text("not json")
    assert "stu-00002" not in read_edfi(folder).behavior
