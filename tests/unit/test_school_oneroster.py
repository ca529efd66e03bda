"""The synthetic OneRoster 1.2 export and the reader: determinism, grouping, and each bad input."""

from __future__ import annotations

import csv
import zipfile

import pytest

from backpack_app.school.columns import COLUMNS, REQUIRED
from backpack_app.school.oneroster import read_export
from backpack_app.school.sample import write_sample
from tests import school_helpers
from tests.school_helpers import edit, rows

export_dir = school_helpers.export_dir


def test_sample_is_deterministic_per_seed(tmp_path):
    paths = {}
    for run, seed in (("a", 7), ("b", 7), ("c", 8)):
        write_sample(tmp_path / run, 30, seed=seed)
        paths[run] = {p.name: p.read_bytes() for p in (tmp_path / run).iterdir()}
    assert paths["a"] == paths["b"]
    assert paths["a"]["results.csv"] != paths["c"]["results.csv"]


def test_sample_has_the_standard_headers_and_a_1_2_manifest(export_dir):
    manifest = (export_dir / "manifest.csv").read_text()
    for name, header in COLUMNS.items():
        if f"file.{name},absent" in manifest:  # the binding allows no file without rows
            assert not (export_dir / f"{name}.csv").exists()
            continue
        with open(export_dir / f"{name}.csv", encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == header
    assert "oneroster.version,1.2" in manifest and "file.results,bulk" in manifest
    assert "file.demographics,bulk" in manifest and "file.resultScoreScales,absent" in manifest


def test_sample_reads_cleanly_grouped_per_student(export_dir):
    export = read_export(export_dir)
    assert export.problems == [] and not export.fatal
    issuable = export.issuable()
    assert [r.student.sourced_id for r in issuable] == ["stu-00001", "stu-00002", "stu-00003"]
    assert [s.sourced_id for s in export.without_results()] == ["stu-00004"]
    for record in issuable:
        assert len(record.results) == 8  # four courses a term, final grades only
        assert {r.term.title for r in record.results} == {"Fall 2024", "Spring 2025"}
        assert all(
            r.result_id.endswith(record.student.sourced_id + "-" + r.course.code)
            for r in record.results
        )


def test_password_column_is_never_kept(export_dir):
    assert "Summer2025!" in (export_dir / "users.csv").read_text()
    assert "Summer2025!" not in repr(read_export(export_dir))


def test_zip_and_byte_order_mark_read_the_same(export_dir, tmp_path):
    users = export_dir / "users.csv"
    users.write_bytes(b"\xef\xbb\xbf" + users.read_bytes())
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in export_dir.iterdir():
            zf.write(path, f"nightly/{path.name}")
    from_dir, from_zip = read_export(export_dir), read_export(archive)
    assert from_dir.problems == [] and from_zip.problems == []
    assert from_dir.students == from_zip.students


BAD_ROWS = [
    # (file, line, changes, words in the problem, student withheld)
    ("results", 2, {"lineItemSourcedId": "li-nope"}, "line item 'li-nope'", "stu-00001"),
    ("results", 2, {"score": "A+"}, "not a number", "stu-00001"),
    ("results", 2, {"score": "150"}, "outside", "stu-00001"),
    ("results", 2, {"scoreDate": "2024-31-12"}, "malformed scoreDate", "stu-00001"),
    ("results", 2, {"score": "", "textScore": ""}, "neither a score", "stu-00001"),
    ("results", 2, {"classSourcedId": "class-ART-1010-1"}, "its line item belongs", "stu-00001"),
    ("results", 2, {"studentSourcedId": "teacher-001"}, "not a student", ""),
    ("results", 2, {"scoreStatus": "graded"}, "unknown scoreStatus 'graded'", "stu-00001"),
    ("academicSessions", 3, {"startDate": "24/08/2024"}, "malformed startDate", ""),
    ("academicSessions", 3, {"endDate": "2024-02-30"}, "malformed endDate", ""),
    ("academicSessions", 3, {"endDate": "2024-08-01"}, "ends (2024-08-01) before it starts", ""),
    ("results", 2, {"textScore": "b+"}, "grade 'b+', which the grading scale", "stu-00001"),
    ("classes", 2, {"courseSourcedId": "course-nope"}, "course 'course-nope'", ""),
    ("lineItems", 2, {"classSourcedId": "class-nope"}, "class 'class-nope'", ""),
]


@pytest.mark.parametrize(("name", "line", "changes", "words", "withheld"), BAD_ROWS)
def test_each_bad_row_is_a_problem_with_file_and_line(
    export_dir, name, line, changes, words, withheld
):
    edit(export_dir, name, line, **changes)
    export = read_export(export_dir)
    assert not export.fatal
    [problem] = [p for p in export.problems if p.file == f"{name}.csv"]
    assert problem.line == line and words in problem.message, problem
    assert str(problem).startswith(f"{name}.csv:{line}")
    issuable = {r.student.sourced_id: r for r in export.issuable()}
    if withheld:  # the student's CLR is withheld; their seven other final grades still stand
        assert problem.student == withheld
        assert issuable[withheld].clr_withheld and len(issuable[withheld].results) == 7
        assert withheld not in {s.sourced_id for s in export.without_results()}
        assert not any(r.clr_withheld for sid, r in issuable.items() if sid != withheld)
    else:  # a shared part's problem is reported once and withholds only the CLRs of the
        # students whose own final grade it makes unreadable
        assert problem.student == ""
        lost = {p.student for p in export.problems if p.student}
        whole = {sid for sid, r in issuable.items() if not r.clr_withheld}
        assert whole == {"stu-00001", "stu-00002", "stu-00003"} - lost and whole
        assert {sid for sid, r in issuable.items() if r.clr_withheld} == lost


def test_a_bad_term_date_names_its_column_and_keeps_the_term_without_dates(export_dir):
    edit(export_dir, "academicSessions", 3, startDate="24/08/2024")
    export = read_export(export_dir)
    [problem] = export.problems
    assert str(problem).startswith("academicSessions.csv:3 (startDate): has a malformed startDate")
    assert [len(r.results) for r in export.issuable()] == [8, 8, 8]
    fall = [r.term for r in export.issuable()[0].results if r.term.title == "Fall 2024"]
    assert fall and all(t.start is None and t.end is None for t in fall)


def test_duplicate_sourced_id_is_reported_at_the_second_line(export_dir):
    edit(export_dir, "results", 2, sourcedId="res-twice")
    edit(export_dir, "results", 4, sourcedId="res-twice")
    export = read_export(export_dir)
    [problem] = [p for p in export.problems if p.file == "results.csv"]
    assert (problem.file, problem.line) == ("results.csv", 4)
    assert "repeats the sourcedId 'res-twice' of line 2" in problem.message


def test_an_exempt_final_grade_makes_no_course_record(export_dir):
    edit(export_dir, "results", 2, scoreStatus="exempt")
    export = read_export(export_dir)
    assert export.problems == []
    assert len(export.issuable()[0].results) == 7


def test_a_repeated_user_withholds_that_student(export_dir):
    users = export_dir / "users.csv"
    lines = users.read_text(encoding="utf-8").splitlines(keepends=True)
    twin = next(line for line in lines if line.startswith("stu-00002,"))
    users.write_text("".join(lines) + twin.replace("@students", "@elsewhere"), encoding="utf-8")
    export = read_export(export_dir)
    [problem] = export.problems
    assert (problem.file, problem.line, problem.student) == (
        "users.csv",
        len(lines) + 1,
        "stu-00002",
    )
    assert [r.student.sourced_id for r in export.issuable()] == ["stu-00001", "stu-00003"]


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_a_missing_required_file_stops_the_run(export_dir, name):
    (export_dir / f"{name}.csv").unlink()
    export = read_export(export_dir)
    assert export.fatal and export.issuable() == []
    assert [(p.file, p.message) for p in export.problems] == [
        (f"{name}.csv", "is missing (the export needs it)")
    ]


def test_a_missing_column_names_file_and_header_line(export_dir):
    path = export_dir / "courses.csv"
    path.write_text(path.read_text().replace("courseCode", "code", 1))
    export = read_export(export_dir)
    assert export.fatal
    [problem] = export.problems
    assert str(problem) == "courses.csv:1: lacks the column(s) courseCode"


def test_a_wrong_manifest_version_stops_the_run(export_dir):
    path = export_dir / "manifest.csv"
    path.write_text(path.read_text().replace("oneroster.version,1.2", "oneroster.version,1.1"))
    export = read_export(export_dir)
    assert export.fatal and "not 1.2" in str(export.problems[0])
    assert export.problems[0].file == "manifest.csv"


def test_a_file_that_is_not_utf8_stops_the_run_at_its_byte(export_dir):
    path = export_dir / "results.csv"
    data = path.read_bytes()
    late = "r-x,active,,li,stu-00001,,fully graded,1,Caf\xe9,\r\n".encode("latin-1")
    path.write_bytes(data + late)
    export = read_export(export_dir)
    assert export.fatal
    at = len(data) + late.index(b"\xe9")
    assert [str(p) for p in export.problems] == [f"results.csv: is not UTF-8 (byte {at})"]


def test_a_streamed_files_bad_rows_are_reported_once_though_it_is_read_twice(export_dir):
    """results.csv is read in more than one pass (never whole): each problem is said once."""
    edit(export_dir, "results", 3, sourcedId="")
    path = export_dir / "results.csv"
    last = len(rows(export_dir, "results")) + 2
    path.write_text(path.read_text() + "res-short,active\r\n")
    export = read_export(export_dir)
    found = [(p.line, p.message) for p in export.problems]
    assert found == [(3, "has no sourcedId"), (last, "has 2 fields, the header 15")]
