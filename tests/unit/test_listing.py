"""Long lists of records with their verdicts: one indexed query, the credentials' rows unread."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backpack_app.domain.records import CATEGORIES, Category, Section
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.domain.verification import Verdict
from backpack_app.store import database, listing
from tests.issuing import clr_credential, course_credential, new_school

OFFICIAL = [c for c, info in CATEGORIES.items() if info.section is Section.OFFICIAL]


@pytest.fixture(scope="module")
def school():
    return new_school()


def test_listed_records_carry_verdicts_parents_and_transcript_columns(wallet, school):
    courses = [school.sign(course_credential(school, course=n)) for n in ("Art", "Biology")]
    clr = wallet.import_credentials(
        json.dumps(school.sign(clr_credential(school, courses))).encode()
    )
    goal = wallet.add_record(Category.GOAL, title="Read 20 books")
    unsigned = wallet.add_record(Category.ATTENDANCE, title="Attendance 2024")
    listed = {e.id: e for e in wallet.listed_records()}
    top = listed[clr[0].record_id]
    assert top.verdict is Verdict.UNKNOWN_ISSUER and top.parent_record_id is None
    for child in clr[0].child_record_ids:
        entry, details = listed[child], wallet.get_record(child).details
        assert entry.parent_record_id == top.id and entry.verdict is Verdict.UNKNOWN_ISSUER
        assert (entry.school, entry.term, entry.code, entry.grade, entry.credits) == (
            details.school,
            details.term,
            details.code,
            details.grade,
            details.credits,
        )
        assert entry.code and entry.kind == details.achievement_type == "Course"
        assert entry.verified_at == wallet.credential(child).verified_at
    assert listed[goal.id].verdict is None and listed[unsigned.id].verdict is None
    assert (listed[goal.id].school, listed[goal.id].credits) == ("", None)  # not in its details
    assert listed[goal.id].standards_json == ""
    official = wallet.listed_records(categories=OFFICIAL)
    assert [e.title for e in official][-3:] == ["Art", "Biology", "Attendance 2024"]
    assert [e.title for e in wallet.listed_records(categories=OFFICIAL, text="bIo")] == ["Biology"]


def test_a_recheck_changes_the_listed_verdict(wallet, school):
    result = wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
    wallet.trust_issuers([TrustedIssuer(id=school.did, name=school.name)])
    assert wallet.recheck_credentials() == 1
    (entry,) = wallet.listed_records()
    assert entry.id == result[0].record_id and entry.verdict is Verdict.VERIFIED
    assert wallet.profile_figures()["verified"] == 1


def test_the_list_reads_the_index_not_the_credentials(wallet, school):
    """The credentials' rows hold the signed bytes and reports (a page or more each): the list
    and the Overview's counts must be answered from the index alone. The statements checked
    are the ones the store really runs, caught as they run."""
    wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
    ran: list[str] = []
    wallet._conn.set_trace_callback(ran.append)
    try:
        wallet.listed_records(categories=OFFICIAL)
        wallet.profile_figures()
    finally:
        wallet._conn.set_trace_callback(None)
    reading = [sql for sql in ran if "credentials c" in sql]
    assert len(reading) == 3, ran  # the list's query, the signed count, the signed GPA
    plans = [
        " ".join(row[3] for row in wallet._conn.execute("EXPLAIN QUERY PLAN " + sql))
        for sql in reading
    ]
    assert all("COVERING INDEX credentials_listed" in plan for plan in plans), plans


def test_schema_4_credentials_gain_their_verdicts(tmp_path, school):
    """A backpack written before the verdict column opens with each verdict read from its report."""
    conn = database.sqlcipher3.connect(str(tmp_path / "records.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    for version in range(4):
        for statement in database.MIGRATIONS[version].split(";"):
            if statement.strip():
                conn.execute(statement)
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO learners VALUES ('l1', 'Ana', NULL, 'parent', '[]', '[]', 'did:key:z', x'00', "
        "'2025-01-01T00:00:00+00:00')"
    )
    reports = {
        "r1": json.dumps({"verdict": "verified", "checks": []}),
        "r2": json.dumps({"verdict": "revoked", "checks": []}),
        "r3": "{not json",  # damaged: the migration goes on, the record shows as unreadable
    }
    for rid, report in reports.items():
        conn.execute(
            "INSERT INTO records VALUES (?, 'l1', 'transcript', ?, '', NULL, 'school_signed', "
            "'normal', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', ?)",
            (rid, f"Course {rid}", "{}"),
        )
        conn.execute(
            "INSERT INTO credentials VALUES (?, NULL, 'vc-json', x'7b7d', 'd', NULL, NULL, ?, "
            "'2025-01-02T00:00:00+00:00')",
            (rid, report),
        )
    database.migrate(conn)
    assert database.schema_version(conn) == database.SCHEMA_VERSION
    listed = listing.listed_records(conn, learner_id="l1")
    assert [(e.id, e.verdict) for e in listed] == [
        ("r1", Verdict.VERIFIED),
        ("r2", Verdict.REVOKED),
        ("r3", Verdict.MALFORMED),
    ]
    assert listed[0].verified_at == "2025-01-02T00:00:00+00:00"
    conn.close()


def test_a_course_aligned_to_standards_lists_its_results_and_alignments(wallet):
    issued = Path(__file__).parents[1] / "fixtures" / "oneroster" / "issued" / "stu-00001"
    rosa = wallet.add_learner("Rosa Okafor").id
    wallet.import_credentials((issued / "ENG-1010_term-fall-2024.json").read_bytes(), learner=rosa)
    (entry,) = wallet.listed_records()
    details = wallet.get_record(entry.id).details
    results, alignments = json.loads(entry.standards_json)
    assert results == [r.model_dump() for r in details.results]
    assert alignments == [a.model_dump() for a in details.alignments] and alignments


@pytest.mark.parametrize(
    "title",
    [
        "Read 20 books",
        'A "quoted" title \\ with a backslash',
        "line\nbreak\ttab\x01\x1f control",
        "Café — 数学 🎓 ünïcödé",
        "\u2028\u2029 separators",
    ],
)
def test_list_json_rows_are_written_as_json_writes_them(title):
    """`list --json` writes its rows in one pass (cli/output.py: _summary_json), to the byte
    what json.dumps of each row's `to_json` wrote; a row with an author goes through json."""
    import io

    from backpack_app.cli.output import print_records
    from backpack_app.domain.summaries import RecordSummary
    from backpack_app.domain.vocabulary import Provenance, Sensitivity

    made = "2025-01-01T08:00:00.123456+00:00"
    rows = [
        RecordSummary(
            "rec_1", "lrn_1", 'Ana "A" Rivera', Category.GOAL, title,
            Provenance.SELF_REPORTED, Sensitivity.NORMAL, None, made, 0,
        ),
        RecordSummary(
            "rec_2", "lrn_1", "Ana", Category.HEALTH, title,
            Provenance.SCHOOL_UNSIGNED, Sensitivity.RESTRICTED, "2025-02-03", made, 12,
        ),
        RecordSummary(
            "rec_3", "lrn_2", "Bo", Category.AWARD, title,
            Provenance.THIRD_PARTY_ATTESTED, Sensitivity.NORMAL, None, made, 1,
            author={"name": f"Ms. {title}", "did": "did:key:z6Mk", "fingerprint": "ab12"},
        ),
    ]  # fmt: skip
    out = io.StringIO()
    print_records(rows, out, as_json=True)
    lines = [json.dumps(r.to_json(), ensure_ascii=False) for r in rows]
    assert out.getvalue() == "[\n  " + ",\n  ".join(lines) + "\n]\n"
    assert json.loads(out.getvalue())[0]["title"] == title
    out = io.StringIO()
    print_records([], out, as_json=True)
    assert out.getvalue() == "[]\n"
