"""A synthetic OneRoster 1.2 CSV export of one high school, deterministic for a given seed.

No public OneRoster 1.2 gradebook sample exists, so tests, the demo and benchmarks use this one:
a district and a high school, a school year with two terms, a course catalogue per term, one
class per course and term, a final-grade line item per class (percent and letter grade) and a
homework line item, plus deliberate oddities: a student enrolled but without results, a teacher
with a password column filled in, a withdrawn (tobedeleted) enrollment and a failing grade. Each
final grade also scores the course's standards (`sample_standards.py`), most students have a GPA
(a homeroom line item in the "GPA" category) and every student has a demographics row.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from backpack_app.school import sample_standards as standards
from backpack_app.school.columns import ABSENT_IN_SAMPLE, COLUMNS

SCHOOL_YEAR = ("ay-2024", "2024-2025", "schoolYear", "2024-08-26", "2025-06-06", "", "2025")
TERMS = [
    ("term-fall-2024", "Fall 2024", "term", "2024-08-26", "2024-12-20", "ay-2024", "2025"),
    ("term-spring-2025", "Spring 2025", "term", "2025-01-06", "2025-06-06", "ay-2024", "2025"),
]
# (course code, title, subject, term index)
CATALOGUE = [
    ("MATH-1010", "Algebra I", "Mathematics", 0),
    ("MATH-1020", "Geometry", "Mathematics", 1),
    ("ENG-1010", "English 9", "English Language Arts", 0),
    ("ENG-1020", "English 9: Literature", "English Language Arts", 1),
    ("SCI-1010", "Biology", "Science", 0),
    ("SCI-1020", "Earth Science", "Science", 1),
    ("HIST-1010", "World History", "Social Studies", 0),
    ("HIST-1020", "Civics", "Social Studies", 1),
    ("SPA-1010", "Spanish I", "World Languages", 0),
    ("SPA-1020", "Spanish II", "World Languages", 1),
    ("ART-1010", "Studio Art", "Fine Arts", 0),
    ("CS-1020", "Introduction to Programming", "Computer Science", 1),
]
# Each course's SCED code (courses.csv subjectCodes): its first two digits are the SCED subject
# area (01 English, 02 mathematics, 03 science, 04 social studies...), which is what a backpack's
# On track view reads to tell English and maths from other courses.
SCED_CODES = {
    "MATH-1010": "02052",
    "MATH-1020": "02072",
    "ENG-1010": "01001",
    "ENG-1020": "01051",
    "SCI-1010": "03051",
    "SCI-1020": "03001",
    "HIST-1010": "04051",
    "HIST-1020": "04151",
    "SPA-1010": "06101",
    "SPA-1020": "06102",
    "ART-1010": "05154",
    "CS-1020": "10011",
}
COURSES_PER_TERM = 4
GRADING_FILE = "grading.toml"
HOMEROOM = "class-HR-09-1"
GIVEN = [
    "Ana",
    "Ben",
    "Chloé",
    "Dmitri",
    "Esperanza",
    "Farah",
    "Gabriel",
    "Hana",
    "Ivan",
    "Jamal",
    "Keiko",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Pablo",
    "Quinn",
    "Rosa",
    "Sami",
    "Tomás",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
]
FAMILY = [
    "Rivera",
    "Nguyen",
    "Okafor",
    "Müller",
    "Smith",
    "García",
    "Kowalski",
    "Haddad",
    "Tanaka",
    "Johnson",
    "Silva",
    "Patel",
    "O'Brien",
    "Dubois",
    "Rossi",
    "Kim",
]
DATE_MODIFIED = "2025-06-10T02:00:00.000Z"
LETTERS = [
    (93, "A"),
    (90, "A-"),
    (87, "B+"),
    (83, "B"),
    (80, "B-"),
    (77, "C+"),
    (73, "C"),
    (70, "C-"),
    (67, "D+"),
    (60, "D"),
]


def letter_for(percent: float) -> str:
    """The usual US letter grade for a percentage."""
    return next((letter for floor, letter in LETTERS if percent >= floor), "F")


class _Tables:
    """The export being built: one list of rows per file, each row in the file's column order."""

    def __init__(self) -> None:
        self.rows: dict[str, list[list[str]]] = {n: [] for n in COLUMNS if n != "manifest"}

    def add(self, file: str, **values: str) -> None:
        values = {"status": "active", "dateLastModified": DATE_MODIFIED, **values}
        self.rows[file].append([str(values.get(col, "")) for col in COLUMNS[file]])

    def person(self, sid: str, role: str, **fields: str) -> None:
        """A user with their primary role at the school."""
        self.add(
            "users", sourcedId=sid, enabledUser="true", primaryOrgSourcedId="org-lhs", **fields
        )
        self.add(
            "roles",
            sourcedId=f"role-{sid}",
            userSourcedId=sid,
            roleType="primary",
            role=role,
            orgSourcedId="org-lhs",
        )

    def enroll(self, sid: str, klass: str, role: str, **fields: str) -> None:
        self.add(
            "enrollments",
            classSourcedId=klass,
            schoolSourcedId="org-lhs",
            userSourcedId=sid,
            role=role,
            **fields,
        )

    def school(self) -> None:
        self.add(
            "orgs",
            sourcedId="org-district",
            name="Riverside Unified School District",
            type="district",
            identifier="RUSD",
        )
        self.add(
            "orgs",
            sourcedId="org-lhs",
            name="Lincoln High School",
            type="school",
            identifier="LHS",
            parentSourcedId="org-district",
        )
        for sid, title, kind, start, end, parent, year in [SCHOOL_YEAR, *TERMS]:
            self.add(
                "academicSessions",
                sourcedId=sid,
                title=title,
                type=kind,
                startDate=start,
                endDate=end,
                parentSourcedId=parent,
                schoolYear=year,
            )
        self.add("categories", sourcedId="cat-final", title="Final Grade", weight="1.0")
        self.add("categories", sourcedId="cat-homework", title="Homework", weight="0.2")
        self.add("categories", sourcedId="cat-gpa", title="GPA", weight="0")

    def catalogue(self, rng: random.Random) -> None:
        """Courses, one class each (in its term), a teacher, and the class's line items."""
        for n, (code, title, subject, term) in enumerate(CATALOGUE, start=1):
            course, klass, teacher = f"course-{code}", f"class-{code}-1", f"teacher-{n:03d}"
            self.add(
                "courses",
                sourcedId=course,
                schoolYearSourcedId="ay-2024",
                title=title,
                courseCode=code,
                grades="09",
                orgSourcedId="org-lhs",
                subjects=subject,
                subjectCodes=SCED_CODES[code],
                **{"metadata.credits": "0.5"},
            )
            self.add(
                "classes",
                sourcedId=klass,
                title=f"{title} - Section 1",
                grades="09",
                courseSourcedId=course,
                classCode=f"{code}-1",
                classType="scheduled",
                location=f"Room {100 + n}",
                schoolSourcedId="org-lhs",
                termSourcedIds=TERMS[term][0],
                subjects=subject,
                periods=str(1 + n % 6),
            )
            # An oddity some SIS exports have: a filled-in password column. Never copied.
            password = "Summer2025!" if n == 1 else ""
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            self.person(
                teacher,
                "teacher",
                username=f"t{n:03d}",
                givenName=given,
                familyName=family,
                identifier=f"T{n:03d}",
                email=f"t{n:03d}@lincoln-hs.example.org",
                password=password,
            )
            self.enroll(
                teacher, klass, "teacher", sourcedId=f"enr-{teacher}-{klass}", primary="true"
            )
            for kind, category, label, top in (
                ("final", "cat-final", "Final grade", "100"),
                ("hw", "cat-homework", "Homework 1", "10"),
            ):
                self.add(
                    "lineItems",
                    sourcedId=f"li-{kind}-{code}",
                    title=f"{title}: {label}",
                    assignDate=TERMS[term][3],
                    dueDate=TERMS[term][4],
                    classSourcedId=klass,
                    categorySourcedId=category,
                    academicSessionSourcedId=TERMS[term][0],
                    resultValueMin="0",
                    resultValueMax=top,
                    schoolSourcedId="org-lhs",
                )
            standards.objective_rows(self, code)
        standards.scale_rows(self)
        self.homeroom()

    def homeroom(self) -> None:
        """Where the SIS states each student's cumulative GPA: a line item in category GPA."""
        spring = TERMS[-1]
        self.add(
            "courses",
            sourcedId="course-HR-09",
            schoolYearSourcedId="ay-2024",
            title="Homeroom 9",
            courseCode="HR-09",
            grades="09",
            orgSourcedId="org-lhs",
        )
        self.add(
            "classes",
            sourcedId=HOMEROOM,
            title="Homeroom 9",
            grades="09",
            courseSourcedId="course-HR-09",
            classCode="HR-09-1",
            classType="homeroom",
            schoolSourcedId="org-lhs",
            termSourcedIds=spring[0],
        )
        self.add(
            "lineItems",
            sourcedId="li-gpa",
            title="Cumulative GPA",
            assignDate=spring[3],
            dueDate=spring[4],
            classSourcedId=HOMEROOM,
            categorySourcedId="cat-gpa",
            academicSessionSourcedId=spring[0],
            resultValueMin="0",
            resultValueMax="4",
            schoolSourcedId="org-lhs",
        )

    def student(
        self, rng: random.Random, extra: random.Random, s: int, *, with_results: bool
    ) -> None:
        """A ninth-grader with four courses a term, a final grade and a homework score in each,
        their standards scores, a GPA (for most) and a demographics row."""
        sid = f"stu-{s:05d}"
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        email = f"{given.lower()}.{family.lower().replace(chr(39), '')}.{s}@students.lincoln-hs.example.org"
        self.person(
            sid,
            "student",
            username=f"s{s:05d}",
            userIds=f"{{LHS:{s:06d}}}",
            givenName=given,
            familyName=family,
            identifier=f"LHS-{s:06d}",
            email=email,
            grades="09",
        )
        standards.demographics_row(self, extra, sid)
        self.enroll(sid, HOMEROOM, "student", sourcedId=f"enr-{sid}-HR-09", primary="false")
        letters: list[str] = []
        for term, pool in enumerate([c for c in CATALOGUE if c[3] == i] for i in range(len(TERMS))):
            start, end = TERMS[term][3], TERMS[term][4]
            for code, *_ in rng.sample(pool, COURSES_PER_TERM):
                klass = f"class-{code}-1"
                self.enroll(
                    sid,
                    klass,
                    "student",
                    sourcedId=f"enr-{sid}-{code}",
                    primary="false",
                    beginDate=start,
                    endDate=end,
                )
                if not with_results:
                    continue
                percent = round(min(100.0, max(40.0, rng.gauss(84, 9))), 1)
                graded = {
                    "studentSourcedId": sid,
                    "classSourcedId": klass,
                    "scoreStatus": "fully graded",
                }
                self.add(
                    "results",
                    sourcedId=f"res-final-{sid}-{code}",
                    lineItemSourcedId=f"li-final-{code}",
                    score=f"{percent}",
                    textScore=letter_for(percent),
                    scoreDate=end,
                    **graded,
                )
                letters.append(letter_for(percent))
                standards.competency_rows(self, extra, f"res-final-{sid}-{code}", code, percent)
                self.add(
                    "results",
                    sourcedId=f"res-hw-{sid}-{code}",
                    lineItemSourcedId=f"li-hw-{code}",
                    score=str(rng.randint(5, 10)),
                    scoreDate=start,
                    **graded,
                )
        if letters and s % 4 != 2:  # one student in four: the SIS states no GPA
            self.add(
                "results",
                sourcedId=f"res-gpa-{sid}",
                lineItemSourcedId="li-gpa",
                studentSourcedId=sid,
                classSourcedId=HOMEROOM,
                scoreStatus="fully graded",
                score=f"{standards.gpa_of(letters):.2f}",
                scoreDate=TERMS[-1][4],
            )


def generate(students: int, *, seed: int = 2025) -> dict[str, list[list[str]]]:
    """The export's tables as {file stem: rows (without header)}."""
    rng = random.Random(seed)  # noqa: S311 - sample data, reproducible by design
    # standards, GPA and demographics draw from their own stream, so grades stay as they were
    extra = random.Random(f"standards-{seed}")  # noqa: S311
    tables = _Tables()
    tables.school()
    tables.catalogue(rng)
    for s in range(1, students + 1):
        # The last student is enrolled but has no results yet (a transfer-in): no record for them.
        tables.student(rng, extra, s, with_results=students == 1 or s < students)
    if students > 2:  # a dropped enrollment still in the file, marked for deletion
        tables.enroll(
            "stu-00001",
            "class-ART-1010-1",
            "student",
            sourcedId="enr-dropped",
            status="tobedeleted",
            primary="false",
        )
    return tables.rows


def write_sample(out: Path, students: int, *, seed: int = 2025) -> list[Path]:
    """Write the export as CSV files (UTF-8, with a manifest) into `out`; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    tables = generate(students, seed=seed)
    written = [name for name, rows in tables.items() if rows]  # the binding allows no empty file
    manifest = [["oneroster.version", "1.2"], ["file.academicSessions", "bulk"]]
    manifest += [[f"file.{name}", "bulk"] for name in written if name != "academicSessions"]
    manifest += [
        [f"file.{name}", "absent"]
        for name in [*(n for n in tables if n not in written), *ABSENT_IN_SAMPLE]
    ]
    manifest += [
        ["source.systemName", "Backpack sample SIS"],
        ["source.systemCode", "backpack-sample"],
    ]
    paths = [_write(out / "manifest.csv", COLUMNS["manifest"], manifest)]
    for name in written:
        paths.append(_write(out / f"{name}.csv", COLUMNS[name], tables[name]))
    # The school's grading policy, beside the CSV files (the reader reads only those).
    (out / GRADING_FILE).write_text(standards.GRADING_POLICY, encoding="utf-8")
    return [*paths, out / GRADING_FILE]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path
