"""The early-warning indicators (domain/on_track.py) from hand-built records: each rule, missing
data, conflicting records, unsigned records never counted as the school's; and the CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from backpack_app.domain.on_track import (
    INDICATORS,
    Checked,
    GradeLevel,
    indicators,
    not_counted_sentences,
)
from backpack_app.domain.records import CATEGORIES, Record
from backpack_app.domain.vocabulary import Category, Provenance

_ids = itertools.count(1)
SIGNED, UNSIGNED = Provenance.SCHOOL_SIGNED, Provenance.SCHOOL_UNSIGNED


def record(category, title, *, day, provenance=SIGNED, issued=None, **details) -> Record:
    now = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    results = details.pop("results", {})
    return Record(
        id=f"rec-{next(_ids):04d}",
        learner_id="L1",
        category=category,
        title=title,
        date=dt.date.fromisoformat(day),
        provenance=provenance,
        sensitivity=CATEGORIES[category].sensitivity,
        created=now,
        updated=now,
        details={
            **details,
            "valid_from": issued or now,
            "results": [{"name": k, "value": v} for k, v in results.items()],
        },
    )


def attendance(term, day, enrolled, present, **kw) -> Record:
    return record(
        Category.ATTENDANCE,
        "Attendance summary",
        day=day,
        term=term,
        achievement_type="ext:AttendanceSummary",
        results={"Days enrolled": str(enrolled), "Days present": str(present)},
        **kw,
    )


def behaviour(term, day, incidents, suspensions=0) -> Record:
    return record(
        Category.DISCIPLINE,
        "Behaviour summary",
        day=day,
        term=term,
        achievement_type="ext:BehaviorSummary",
        results={
            "Discipline incidents": str(incidents),
            "Out-of-school suspensions": str(suspensions),
        },
    )


def course(title, code, term, day, grade, *, status="", credits=0.5, **kw) -> Record:
    found = record(
        Category.TRANSCRIPT,
        title,
        day=day,
        term=term,
        code=code,
        grade=grade,
        credits=credits,
        achievement_type="Course",
        **kw,
    )
    if status:
        found.details.results = [{"name": "Final grade", "value": grade, "status": status}]
    return found


def gpa(value, day, school="Lincoln High School", **kw) -> Record:
    return record(
        Category.TRANSCRIPT,
        "Academic record at Lincoln High School",
        day=day,
        term="Spring 2025",
        school=school,
        grade=value,
        achievement_type="LearningProgram",
        results={"Cumulative GPA (0–4 scale)": value},
        **kw,
    )


def by_id(records, grade=None, checks=None):
    return {i.id: i for i in indicators(records, grade=grade, checks=checks)}


def test_nothing_held_is_missing_data_for_every_indicator_with_the_fixed_ids():
    found = indicators([])
    assert [i.id for i in found] == list(INDICATORS)
    assert {i.status for i in found} == {"missing_data"}
    assert all(i.rule and i.missing for i in found)
    assert "grade level" in found[-1].finding


def test_attendance_at_90_percent_is_chronic_absence_per_term_and_year():
    fall = attendance("Fall 2024", "2024-12-20", 80, 78)
    spring = attendance("Spring 2025", "2025-06-06", 90, 81)  # 90%: chronic
    found = by_id([fall, spring])["attendance"]
    assert found.status == "off_track"
    assert [p.status for p in found.trend] == ["on_track", "off_track"]
    assert found.records == (fall.id, spring.id)
    assert "2024-25" in found.finding and "days enrolled (170)" in found.finding
    assert found.next_steps
    good = by_id([attendance("Fall 2024", "2024-12-20", 100, 97)])["attendance"]
    assert good.status == "on_track" and not good.next_steps
    watch = by_id([attendance("Fall 2024", "2024-12-20", 100, 93)])["attendance"]
    assert watch.status == "watch"


def test_a_school_year_with_grades_but_no_attendance_is_named_missing():
    algebra = course("Algebra I", "MATH-1010", "Fall 2023", "2023-12-20", "B")
    found = by_id([algebra, attendance("Fall 2024", "2024-12-20", 80, 79)])["attendance"]
    assert found.missing == ("No attendance records for 2023-24.",)


def test_attendance_only_counts_the_latest_school_year():
    old = attendance("Fall 2023", "2023-12-20", 80, 50)
    new = attendance("Fall 2024", "2024-12-20", 80, 79)
    found = by_id([old, new])["attendance"]
    assert found.status == "on_track"
    assert [p.term for p in found.trend] == ["Fall 2023", "Fall 2024"]


def test_conflicting_attendance_for_one_term_uses_the_latest_and_says_so():
    first = attendance(
        "Fall 2024", "2024-12-20", 80, 60, issued=dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    )
    second = attendance(
        "Fall 2024", "2024-12-20", 80, 79, issued=dt.datetime(2025, 2, 1, tzinfo=dt.UTC)
    )
    found = by_id([second, first])["attendance"]
    assert found.status == "on_track"
    assert set(found.records) == {first.id, second.id}
    assert any("disagree" in n and second.id in n for n in found.notes)


def test_unsigned_records_are_never_counted_as_the_schools_but_are_named():
    paper = attendance("Fall 2024", "2024-12-20", 80, 40, provenance=UNSIGNED)
    found = by_id([paper])["attendance"]
    assert found.status == "missing_data" and paper.id not in found.records
    [skipped] = found.not_counted
    assert skipped.id == paper.id and "the school did not sign it" in skipped.reason
    [said] = not_counted_sentences(found.not_counted)
    assert said.startswith("Not counted: Attendance summary (Fall 2024), because you added it")
    unsigned_gpa = gpa("1.2", "2025-06-06", provenance=UNSIGNED)
    assert by_id([unsigned_gpa])["gpa"].status == "missing_data"
    assert by_id([unsigned_gpa])["gpa"].to_json()["not_counted"][0]["id"] == unsigned_gpa.id


def test_only_checked_and_trusted_school_credentials_count():
    good = attendance("Fall 2024", "2024-12-20", 80, 79)
    held = {
        "revoked": ("revoked", True, "the school has revoked it"),
        "expired": ("expired", True, "it has expired"),
        "tampered": ("invalid_signature", True, "signature does not match its contents"),
        "unknown": ("unknown_issuer", False, "is not in your trust list"),
        "untrusted now": ("verified", False, "is not in your trust list"),
        "offline": ("unverifiable_offline", True, "could not be checked"),
    }
    bad = {name: attendance("Spring 2025", "2025-06-06", 90, 10) for name in held}
    checks = {good.id: Checked("verified", "did:key:z6Mk", True)}
    checks |= {bad[n].id: Checked(v, "did:key:z6Mk", t) for n, (v, t, _why) in held.items()}
    missing_check = attendance("Spring 2025", "2025-06-06", 90, 10)
    found = by_id([good, *bad.values(), missing_check], checks=checks)["attendance"]
    assert found.status == "on_track" and found.records == (good.id,)  # the bad ones: 11%
    reasons = {n.id: n.reason for n in found.not_counted}
    for name, (_v, _t, why) in held.items():
        assert why in reasons[bad[name].id], name
    assert "no signed original is stored" in reasons[missing_check.id]
    tutor = attendance(
        "Spring 2025", "2025-06-06", 90, 10, provenance=Provenance.THIRD_PARTY_ATTESTED
    )
    [by_tutor] = by_id([tutor], checks={tutor.id: Checked("verified", "did:key:z6Mt", True)})[
        "attendance"
    ].not_counted
    assert by_tutor.reason == "someone other than the school signed it"
    body = found.to_json()["not_counted"]
    assert {b["id"] for b in body} == {*(r.id for r in bad.values()), missing_check.id}
    # the same in every indicator that reads such a record
    revoked_gpa = gpa("1.2", "2025-06-06")
    failing = course("Algebra I", "MATH-1010", "Fall 2024", "2024-12-20", "F")
    gone = by_id(
        [revoked_gpa, failing],
        checks={revoked_gpa.id: Checked("revoked"), failing.id: Checked("expired", "x", True)},
    )
    assert gone["gpa"].status == "missing_data" and gone["gpa"].not_counted[0].id == revoked_gpa.id
    assert gone["course_grades"].status == "missing_data"
    assert "it has expired" in gone["course_grades"].not_counted[0].reason


def test_behaviour_suspension_or_repeated_incidents():
    assert by_id([behaviour("Fall 2024", "2024-12-20", 0)])["behavior"].status == "on_track"
    assert by_id([behaviour("Fall 2024", "2024-12-20", 1)])["behavior"].status == "watch"
    two = [behaviour("Fall 2024", "2024-12-20", 1), behaviour("Spring 2025", "2025-06-06", 1)]
    assert by_id(two)["behavior"].status == "off_track"  # repeated over the year
    suspended = by_id([behaviour("Fall 2024", "2024-12-20", 1, suspensions=1)])["behavior"]
    assert suspended.status == "off_track" and "suspensions or expulsions: 1" in suspended.finding


def test_a_failing_grade_in_english_or_maths():
    algebra = course("Algebra I", "MATH-1010", "Fall 2024", "2024-12-20", "F")
    english = course("English 9", "ENG-0900", "Fall 2024", "2024-12-20", "B")
    found = by_id([algebra, english])["course_grades"]
    assert found.status == "off_track" and "Algebra I" in found.finding
    assert set(found.records) == {algebra.id, english.id}
    art = course("Studio Art", "ART-1010", "Fall 2024", "2024-12-20", "D", status="Failed")
    other = by_id([english, art])["course_grades"]
    assert other.status == "watch"  # failing, but not English or maths
    assert by_id([english])["course_grades"].status == "on_track"
    assert by_id([art])["course_grades"].status == "missing_data"


def test_conflicting_copies_of_one_course_grade_are_named():
    older = course(
        "Geometry", "MATH-2010", "Fall 2024", "2024-12-20", "F",
        issued=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    newer = course(
        "Geometry", "MATH-2010", "Fall 2024", "2024-12-20", "C",
        issued=dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    found = by_id([older, newer])["course_grades"]
    assert found.status == "on_track"
    assert any("different grades" in n for n in found.notes)


def test_gpa_only_as_the_school_signed_it():
    assert by_id([gpa("1.8", "2025-06-06")])["gpa"].status == "off_track"
    assert by_id([gpa("3.1", "2025-06-06")])["gpa"].status == "on_track"
    # course grades alone: Backpack computes no GPA from them
    alone = by_id([course("Algebra I", "MATH-1010", "Fall 2024", "2024-12-20", "F")])["gpa"]
    assert alone.status == "missing_data" and "never computes" in alone.rule
    two = by_id([gpa("1.5", "2024-06-06", school="Old"), gpa("2.5", "2025-06-06")])["gpa"]
    assert two.status == "on_track" and any("2 schools" in n for n in two.notes)


def test_ninth_grade_rule_needs_the_grade_level_credits_and_core_fs():
    year = [
        course(f"English 9 part {n}", f"ENG-{n}", "Fall 2024", "2024-12-20", "B", credits=1.0)
        for n in range(3)
    ] + [
        course(f"Biology {n}", f"SCI-{n}", "Spring 2025", "2025-06-06", "A", credits=1.0)
        for n in range(3)
    ]
    assert by_id(year)["ninth_grade_on_track"].status == "missing_data"
    nine = GradeLevel(9)
    assert by_id(year, nine)["ninth_grade_on_track"].status == "on_track"
    one_f = [*year, course("Algebra I", "MATH-1", "Spring 2025", "2025-06-06", "F")]
    watch = by_id(one_f, nine)["ninth_grade_on_track"]
    assert watch.status == "watch"  # (the credits are there: the step is about the F)
    assert watch.next_steps == ("Talk to the teacher and the school counsellor about support.",)
    two_f = [*one_f, course("World History", "SOC-1", "Spring 2025", "2025-06-06", "F")]
    assert by_id(two_f, nine)["ninth_grade_on_track"].status == "off_track"
    few = by_id(year[:2] + year[3:4], nine)["ninth_grade_on_track"]
    assert few.status == "off_track" and "credits earned: 3 " in few.finding
    failed_credit = course("Geometry", "MATH-2", "Spring 2025", "2025-06-06", "F", credits=1.0)
    assert (
        "credits earned: 6 " in by_id([*year, failed_credit], nine)["ninth_grade_on_track"].finding
    )  # (a failed course earns no credit)
    tenth = by_id(year, GradeLevel(10))["ninth_grade_on_track"]
    assert tenth.status == "missing_data" and "grade 10" in tenth.finding


def test_json_shape():
    [first, *_] = indicators([attendance("Fall 2024", "2024-12-20", 80, 60)])
    body = first.to_json()
    assert set(body) >= {"id", "status", "rule", "records"}
    assert json.loads(json.dumps(body))["trend"][0]["term"] == "Fall 2024"


def test_standards_over_time_level_by_term():
    from backpack_app.credentials.standards import standards_over_time

    def scored(title, term, day, level, provenance=SIGNED):
        found = course(title, "ENG-9", term, day, "B", provenance=provenance)
        found.details.results = [
            {"name": "Final grade", "value": "B"},
            {"name": "W.9-10.1: Write arguments", "level": level},
        ]
        found.details.alignments = [
            {"name": "Write arguments", "code": "W.9-10.1", "framework": "CCSS ELA"}
        ]
        return found

    spring = scored("English 9: Literature", "Spring 2025", "2025-06-06", "Proficient")
    fall = scored("English 9", "Fall 2024", "2024-12-20", "Developing")
    paper = scored("English 9", "Fall 2023", "2023-12-20", "Beginning", provenance=UNSIGNED)
    [standard] = standards_over_time([spring, paper, fall])
    assert (standard.code, standard.name) == ("W.9-10.1", "Write arguments")
    assert standard.levels == (
        ("Fall 2024", "English 9", "Developing"),
        ("Spring 2025", "English 9: Literature", "Proficient"),
    )  # in term order; the unsigned paper is not the school's word


def test_missing_attendance_names_each_school_year_with_grades():
    algebra = course("Algebra I", "MATH-1010", "Fall 2024", "2024-12-20", "B")
    found = by_id([algebra])["attendance"]
    assert found.missing == ("No attendance records from the school.",)  # said once
    # the per-year line only when some years have records and others not
    two_years = [algebra, course("Algebra II", "MATH-2", "Fall 2025", "2025-12-20", "B")]
    assert by_id([*two_years, attendance("Fall 2025", "2025-12-20", 80, 79)])[
        "attendance"
    ].missing == ("No attendance records for 2024-25.",)


def test_cli_standards_and_on_track_read_the_schools_signed_record(cli):
    from pathlib import Path

    issued = Path(__file__).parents[1] / "fixtures" / "oneroster" / "issued" / "stu-00001"
    did = "did:key:z6Mkr2qQ5DgkK2Jn7ivjajRpzDABVaF8M4okWeSBsQKmTYG9"
    assert cli("init", "--learner", "Rosa").code == 0
    assert cli("import", "--learner", "Rosa", str(issued / "clr.json")).code == 0
    # its school not trusted yet: nothing of it is the school's word
    assert cli("standards").out.startswith("No school-signed course")
    untrusted = {i["id"]: i for i in json.loads(cli("on-track", "--json").out)}
    assert untrusted["gpa"]["status"] == "missing_data"
    [why] = untrusted["gpa"]["not_counted"]
    assert why["reason"] == "its issuer (Lincoln High School) is not in your trust list"
    text = cli("on-track", "--grade-level", "9").out
    assert "because its issuer (Lincoln High School) is not in your trust list." in text
    assert f"Not counted (backpack show ID): {why['id']}" in text
    # the family's grade level applies the rule, said self-reported (the school's: untrusted)
    assert "as stated by the family (self-reported, not the school's record)" in text
    # trusted (from the credential itself: its issuer, not its id)
    assert cli("trust", "add", str(issued / "clr.json"), "--name", "Lincoln HS").code == 0
    assert did in cli("trust", "list").out
    found = json.loads(cli("standards", "--json").out)
    assert len(found) == 24
    english = next(s for s in found if s["code"] == "W.9-10.1")
    assert english["levels"] == [
        {"term": "Fall 2024", "course": "English 9", "level": "Proficient"}
    ]
    text = cli("standards")
    assert text.code == 0 and "Fall 2024: Proficient (English 9)" in text.out
    indicators = {i["id"]: i for i in json.loads(cli("on-track", "--json").out)}
    assert indicators["gpa"]["status"] == "on_track" and "3.19" in indicators["gpa"]["finding"]
    assert indicators["gpa"]["not_counted"] == []
    ninth = indicators["ninth_grade_on_track"]  # the grade level the school signed (users.csv)
    assert "Grade level 9 as stated by the school's signed records for 2024-25." in ninth["notes"]
    assert ninth["status"] == "off_track" and "credits earned: 4 " in ninth["finding"]
    assert indicators["attendance"]["missing"] == ["No attendance records from the school."]


def test_cli_on_track_with_nothing_held_and_an_unknown_learner(cli):
    assert cli("init", "--learner", "Ana").code == 0
    found = json.loads(cli("on-track", "--json").out)
    assert [(i["id"], i["status"]) for i in found] == [
        (name, "missing_data") for name in INDICATORS
    ]
    unknown = cli("on-track", "--learner", "Nobody")
    assert unknown.code in (1, 2) and "Traceback" not in unknown.err
    assert cli("standards").out.startswith("No school-signed course of Ana")


def test_in_a_backpack_revoked_expired_and_untrusted_credentials_are_not_counted(wallet):
    """Real signed credentials, imported and checked: only the trusted, valid one counts."""
    from backpack_app.domain.trust import TrustedIssuer
    from tests.issuing import course_credential, new_school, status_list, with_status

    school, stranger = new_school(), new_school("Elsewhere Academy")
    wallet.trust_issuers([TrustedIssuer(id=school.did, name=school.name)])
    revoked = with_status(course_credential(school, course="Algebra I", code="M1", grade="F"), 5)
    expired = course_credential(
        school, course="Geometry", code="M2", grade="F", valid_until="2025-03-01T00:00:00Z"
    )
    unknown = course_credential(stranger, course="Algebra II", code="M3", grade="F")
    english = course_credential(school, course="English 9", code="E9", grade="B")
    for doc, signer in ((revoked, school), (expired, school), (unknown, stranger)):
        wallet.import_credentials(json.dumps(signer.sign(doc)).encode(), learner="Ana Rivera")
    wallet.import_credentials(json.dumps(school.sign(english)).encode(), learner="Ana Rivera")
    wallet.import_status_list(json.dumps(school.sign(status_list(school, [5]))).encode())
    wallet.recheck_credentials()
    learner = wallet.learner("Ana Rivera").id
    grades = {i.id: i for i in wallet.on_track(learner)}["course_grades"]
    assert grades.status == "on_track"  # only English 9 counts: three Fs are not the school's
    assert [wallet.get_record(r).title for r in grades.records] == ["English 9"]
    reasons = {n.title.split(" (")[0]: n.reason for n in grades.not_counted}
    assert reasons == {
        "Algebra I": "the school has revoked it",
        "Geometry": "it has expired",
        "Algebra II": "its issuer (Elsewhere Academy) is not in your trust list",
    }
    wallet.untrust_issuer(school.did)  # trusted no more: nothing counts
    grades = {i.id: i for i in wallet.on_track(learner)}["course_grades"]
    assert grades.status == "missing_data" and len(grades.not_counted) == 4


def graded(title, code, term, day, grade, level, *, issued=None, **kw) -> Record:
    """A course record whose signed results end with the student's grade level."""
    found = course(title, code, term, day, grade, credits=1.0, issued=issued, **kw)
    found.details.results = [
        {"name": "Final grade", "value": grade},
        {"name": "Grade level", "value": level, "result_type": "ext:GradeLevel"},
    ]
    return found


def ninth(records, grade=None, checks=None):
    return by_id(records, grade, checks)["ninth_grade_on_track"]


def test_the_grade_level_the_school_signed_applies_the_ninth_grade_rule():
    year = [
        graded(f"English {n}", f"E{n}", "Fall 2024", "2024-12-20", "B", "09") for n in range(3)
    ] + [graded(f"Biology {n}", f"S{n}", "Spring 2025", "2025-06-06", "A", "09") for n in range(3)]
    found = ninth(year)
    assert found.status == "on_track" and "credits earned: 6" in found.finding
    assert "Grade level 9 as stated by the school's signed records for 2024-25." in found.notes
    # the family's word does not override the school's; the difference is said
    told = ninth(year, GradeLevel(10))
    assert told.status == "on_track"
    assert any(
        "You gave grade 10; the school's signed records say grade 9" in n for n in told.notes
    )
    # an Ed-Fi descriptor's words read the same as a CEDS code
    words = [graded("Algebra I", "M1", "Fall 2024", "2024-12-20", "B", "Ninth grade")]
    assert "Grade level 9" in " ".join(ninth(words).notes)


def test_a_grade_level_only_the_family_gives_is_labelled_self_reported():
    year = [course(f"English {n}", f"E{n}", "Fall 2024", "2024-12-20", "B") for n in range(2)]
    found = ninth(year, GradeLevel(9))
    assert found.status != "missing_data"
    assert any("the family (self-reported, not the school's record)" in n for n in found.notes)
    assert "else the one the family gives (self-reported)" in found.rule


def test_conflicting_and_uncounted_grade_levels():
    older = graded(
        "English 9", "E9", "Fall 2024", "2024-12-20", "B", "09",
        issued=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    newer = graded(
        "Algebra I", "M1", "Fall 2024", "2024-12-20", "B", "10",
        issued=dt.datetime(2025, 2, 1, tzinfo=dt.UTC),
    )  # fmt: skip
    found = ninth([older, newer])
    assert "grade 10" in found.finding  # the most recently issued says 10
    assert any("state different grade levels" in n for n in found.notes)
    # a revoked record's grade level is not the school's word: only the family's is left
    checks = {older.id: Checked("revoked"), newer.id: Checked("revoked")}
    revoked = ninth([older, newer], checks=checks)
    assert revoked.status == "missing_data" and "not known" in revoked.finding
    # a 10th grader's 9th-grade year (stated by an earlier record) is the year the rule reads
    tenth = graded("Geometry", "M2", "Fall 2025", "2025-12-19", "B", "10")
    back = ninth([older, tenth])
    assert "In 2024-25" in back.finding


def test_english_and_maths_by_subject_code_then_subject_then_title_words():
    sced = course("Foundations", "X1", "Fall 2024", "2024-12-20", "F", tags=["SCED:02052"])
    found = by_id([sced])["course_grades"]
    assert found.status == "off_track"  # maths by its SCED code; its title says nothing
    assert found.notes == ("Courses whose subject is told by their SCED subject code: 1.",)
    # the code wins over words in the title that would mislead
    misled = course(
        "English for Engineers", "X2", "Fall 2024", "2024-12-20", "F", tags=["SCED:21007"]
    )
    passing = course("Algebra I", "M1", "Fall 2024", "2024-12-20", "B", field_of_study="Math")
    both = by_id([misled, passing])["course_grades"]
    assert both.status == "watch"  # failing, but not English or maths
    assert "Courses whose subject is told by the subject the school named: 1." in both.notes
    named = course("Seminar", "X3", "Fall 2024", "2024-12-20", "F", field_of_study="Mathematics")
    assert by_id([named])["course_grades"].status == "off_track"
    guessed = by_id([course("Algebra I", "M1", "Fall 2024", "2024-12-20", "F")])["course_grades"]
    assert guessed.status == "off_track"
    assert any("guessed from words in their title" in n for n in guessed.notes)
    # the code and the named subject disagree: the code is used, and the note says so
    torn = course(
        "Reading Lab", "X4", "Fall 2024", "2024-12-20", "F",
        tags=["SCED:02052"], field_of_study="English Language Arts",
    )  # fmt: skip
    found = by_id([torn])["course_grades"]
    assert (
        found.status == "off_track" and "Failing in English or maths: Reading Lab" in found.finding
    )
    assert (
        "The school's SCED code and the subject it named (English Language Arts) disagree for "
        "Reading Lab; the code is used." in found.notes
    )
    # a code outside the core areas beside a named subject is no disagreement
    coding = course(
        "Introduction to Programming", "CS1", "Fall 2024", "2024-12-20", "F",
        tags=["SCED:10011"], field_of_study="Computer Science",
    )  # fmt: skip
    assert not any("disagree" in n for n in by_id([coding, passing])["course_grades"].notes)
    from backpack_app.domain.on_track import subject_area

    coding.details.tags = []
    assert subject_area(coding) == (None, "subject")  # computer science is no core science
    # a school-named subject that is not English or maths is taken at its word
    art = course("Math in Art", "A1", "Fall 2024", "2024-12-20", "F", field_of_study="Fine Arts")
    assert by_id([art])["course_grades"].status == "missing_data"


def ninth_on(records, today):
    found = indicators(records, grade=GradeLevel(9), today=dt.date.fromisoformat(today))
    return found[-1]


def test_mid_year_the_ninth_grade_rule_says_on_pace_or_watch_never_off_track_for_credits():
    """Chicago's Freshman On-Track is judged at the END of 9th grade: mid-year, credits not
    yet earnable are not off track; two semester F's in core courses already are."""
    fall = [  # four semester courses (half a full-year credit each), first semester only
        course(f"Course {n}", f"GEN-{n}", "Fall 2024", "2024-12-20", "B", credits=0.5)
        for n in range(4)
    ]
    behind = ninth_on(fall, "2025-01-15")  # 2 credits by December: the pace is about 2.5
    assert behind.status == "watch"
    assert any("behind the pace for 5 by its end" in n for n in behind.notes)
    assert behind.next_steps == (
        "Talk to the school counsellor about the credits still to earn this year.",
    )
    assert "Before the year is over, fewer credits are not off track" in behind.rule
    more = [*fall, course("Biology", "SCI-9", "Fall 2024", "2024-12-20", "A", credits=1.0)]
    on_pace = ninth_on(more, "2025-01-15")
    assert on_pace.status == "on_track" and on_pace.next_steps == ()
    assert any("3 credits so far is on pace for 5" in n for n in on_pace.notes)
    # the year over (today past July, or its last term recorded): off track, credit recovery
    assert ninth_on(fall, "2025-08-15").status == "off_track"
    spring = course("Art", "ART-1", "Spring 2025", "2025-06-06", "A", credits=0.5)
    over = ninth_on([*fall, spring], "2025-06-10")
    assert over.status == "off_track"
    assert over.next_steps == ("Talk to the school counsellor about credit recovery.",)
    # two semester F's in core courses break the rule whatever is still to come
    two_f = [
        *more,
        course("English 9", "ENG-9", "Fall 2024", "2024-12-20", "F"),
        course("Algebra I", "MATH-1", "Fall 2024", "2024-12-20", "F"),
    ]
    assert ninth_on(two_f, "2025-01-15").status == "off_track"


def test_the_family_grade_level_is_kept_with_the_learner_and_the_cli_says_how(cli):
    assert cli("init", "--learner", "Ana").code == 0
    first = cli("on-track").out
    assert (
        "Next: Say the learner's grade level: backpack on-track --grade-level N (kept with the "
        "learner from then on, self-reported)." in first
    )
    given = cli("on-track", "--grade-level", "9")
    assert given.code == 0
    assert "Kept grade level 9 with Ana (self-reported)" in given.out
    again = cli("on-track", "--grade-level", "9").out
    assert "Kept grade level" not in again  # (nothing new to keep)
    [ana] = json.loads(cli("learner", "list", "--json").out)
    assert ana["grade_level"] == 9
    ninth = json.loads(cli("on-track", "--json").out)[-1]  # no option: the kept one
    assert (
        "Grade level 9 as stated by the family (self-reported, not the school's record)."
        in (ninth["notes"])
    )
    assert "--grade-level" not in cli("on-track").out
    bad = cli("on-track", "--grade-level", "13")
    assert bad.code == 2 and "Traceback" not in bad.err


def test_the_kept_grade_level_syncs_and_an_item_from_before_it_still_applies(wallet):
    from backpack_app.store import database
    from backpack_app.store.sync_rows import read_items, write_item

    ana = wallet.set_grade_level("Ana Rivera", 9)
    assert wallet.learner(ana.id).grade_level == 9
    conn = wallet._conn  # (the store itself: no mock)
    [item] = read_items(conn, [f"learners:{ana.id}"])
    assert item.fields["grade_level"] == 9
    older = {k: v for k, v in item.fields.items() if k != "grade_level"}  # a computer before it
    with database.transaction(conn):
        write_item(conn, "learners:lrn-older", {**older, "name": "Ana Older"}, None)
    assert wallet.learner("Ana Older").grade_level is None
    assert wallet.set_grade_level(ana.id, None).grade_level is None


def test_trusting_a_school_rechecks_its_records_only_and_the_list_shows_it(wallet, cli, home):
    """After `trust add` (or trusting in the window), that school's stored verdicts change at
    once in the official list; another issuer's records are not checked again."""
    from backpack_app.domain.verification import Verdict
    from tests.issuing import course_credential, new_school

    school, stranger = new_school(), new_school("Elsewhere Academy")
    for doc, signer in (
        (course_credential(school, course="English 9", code="E9", grade="B"), school),
        (course_credential(stranger, course="Algebra II", code="M3", grade="C"), stranger),
    ):
        wallet.import_credentials(json.dumps(signer.sign(doc)).encode(), learner="Ana Rivera")

    def listed():
        return {r.title: (r.verdict, r.verified_at) for r in wallet.listed_records()}

    before = listed()
    assert {v for v, _at in before.values()} == {Verdict.UNKNOWN_ISSUER}
    wallet.close()
    card = cli("trust", "add", school.did, "--name", school.name)
    assert card.code == 0, card
    assert "1 record has a new verdict" in card.out
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    with Backpack.open(home, PASSPHRASE, kdf=FAST) as reopened:
        after = {r.title: (r.verdict, r.verified_at) for r in reopened.listed_records()}
        assert after["English 9"][0] is Verdict.VERIFIED
        assert after["Algebra II"] == before["Algebra II"]  # not checked again
        assert reopened.recheck_credentials(issuers=[stranger.did]) == 0
    gone = cli("trust", "remove", school.did)
    assert gone.code == 0 and "1 record has a new verdict" in gone.out
