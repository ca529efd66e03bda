"""`backpack school`: the key file, issuing from a OneRoster export, and a family receiving it."""

from __future__ import annotations

import hashlib
import json

import pytest

from backpack_app.credentials.trust_file import parse_trust_entries
from backpack_app.school.grading import load_grading
from backpack_app.school.issuing import CLR201, OB303, VC2
from backpack_app.school.oneroster import read_export
from tests import school_helpers
from tests.school_helpers import SCHOOL_ENV, issue, issue_record, new_issuer, rows, write_rows

export_dir = school_helpers.export_dir
key_file = school_helpers.key_file


def sha256(text: str) -> str:
    return "sha256$" + hashlib.sha256(text.encode()).hexdigest()


# --- the key file -------------------------------------------------------------------------


def test_init_prints_the_did_and_seals_the_key(cli, key_file, tmp_path):
    body = json.loads(key_file.read_text())
    assert (body["format"], body["version"], body["kdf"]["algorithm"]) == (
        "backpack-school-key",
        1,
        "argon2id",
    )
    assert body["did"].startswith("did:key:z6Mk") and key_file.stat().st_mode & 0o077 == 0
    entry = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(entry)).code == 0
    [trusted] = parse_trust_entries(entry.read_bytes())
    assert (trusted.id, trusted.name, trusted.url) == (
        body["did"],
        "Lincoln High School",
        "https://lincoln-hs.example.org",
    )
    again = cli("school", "init", "--name", "X", "--out", str(key_file), env=SCHOOL_ENV)
    assert again.code == 2 and "already exists" in again.err


def test_init_without_a_passphrase_or_terminal_is_refused(cli, tmp_path):
    made = cli("school", "init", "--name", "X", "--out", str(tmp_path / "k"))
    assert made.code == 2 and "BACKPACK_SCHOOL_PASSPHRASE" in made.err
    assert not (tmp_path / "k").exists()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (None, "does not open this school key file"),
        (lambda b: {**b, "name": "Evil High"}, "does not open this school key file"),
        (lambda b: {**b, "version": 2}, "version 2"),
        (lambda b: {**b, "format": "other"}, "not a school key file"),
        (lambda b: {**b, "kdf": {**b["kdf"], "memoryKiB": 8}}, "outside the safe range"),
    ],
)
def test_a_wrong_passphrase_or_altered_key_file_signs_nothing(
    cli, key_file, export_dir, tmp_path, change, words
):
    env = SCHOOL_ENV
    if change is None:
        env = {"BACKPACK_SCHOOL_PASSPHRASE": "wrong"}
    else:
        key_file.write_text(json.dumps(change(json.loads(key_file.read_text()))))
    result = issue(cli, key_file, export_dir, tmp_path / "out", env=env)
    assert result.code == 2 and words in result.err, result
    assert not (tmp_path / "out").exists()


# --- the mapping, column by column ------------------------------------------------------------


def test_course_and_clr_credentials_map_each_column(export_dir):
    issuer = new_issuer()
    grading = load_grading(export_dir / "grading.toml")
    courses, clr = issue_record(issuer, read_export(export_dir, grading=grading).issuable()[0])
    user = next(u for u in rows(export_dir, "users") if u["sourcedId"] == "stu-00001")
    finals = [
        r
        for r in rows(export_dir, "results")
        if r["studentSourcedId"] == "stu-00001" and r["lineItemSourcedId"].startswith("li-final")
    ]
    catalogue = {c["sourcedId"]: c for c in rows(export_dir, "courses")}
    classes = {c["sourcedId"]: c for c in rows(export_dir, "classes")}
    terms = {s["sourcedId"]: s for s in rows(export_dir, "academicSessions")}
    assert len(courses) == len(finals) == 8
    identities = [
        {
            "type": "IdentityObject",
            "identityType": "sisSourcedId",
            "hashed": True,
            "identityHash": sha256("stu-00001s4lt"),
            "salt": "s4lt",
        },
        {
            "type": "IdentityObject",
            "identityType": "emailAddress",
            "hashed": True,
            "identityHash": sha256(user["email"] + "s4lt"),
            "salt": "s4lt",
        },
    ]
    for credential, row in zip(courses, finals, strict=True):
        klass = classes[row["classSourcedId"]]
        course, term = catalogue[klass["courseSourcedId"]], terms[klass["termSourcedIds"]]
        subject = credential["credentialSubject"]
        achievement = subject["achievement"]
        assert credential["@context"] == [VC2, OB303]
        assert credential["type"] == ["VerifiableCredential", "AchievementCredential"]
        assert credential["name"] == f"{course['title']} ({term['title']})"
        assert credential["issuer"] == {
            "id": issuer.did,
            "type": ["Profile"],
            "name": "Lincoln High School",
            "url": "https://lincoln-hs.example.org",
        }
        assert (
            credential["validFrom"] == "2025-06-20T12:00:00Z"
            and credential["proof"]["created"] == "2025-06-20T12:00:00Z"
        )
        assert credential["awardedDate"] == f"{row['scoreDate']}T00:00:00Z"
        assert (achievement["achievementType"], achievement["name"], achievement["humanCode"]) == (
            "Course",
            course["title"],
            course["courseCode"],
        )
        assert (
            achievement["fieldOfStudy"] == course["subjects"]
            and achievement["creditsAvailable"] == 0.5
        )
        letter, percent = achievement["resultDescription"][:2]
        assert (letter["resultType"], percent["resultType"]) == ("LetterGrade", "Percent")
        assert (percent["valueMin"], percent["valueMax"]) == ("0", "100")
        passed = row["textScore"] != "F"
        status = "Completed" if passed else "Failed"
        assert subject["result"][:2] == [
            {
                "type": ["Result"],
                "resultDescription": letter["id"],
                "value": row["textScore"],
                "status": status,
            },
            {
                "type": ["Result"],
                "resultDescription": percent["id"],
                "value": f"{float(row['score']):g}",
                "status": status,
            },
        ]
        assert subject["creditsEarned"] == (0.5 if passed else 0.0)
        assert subject["term"] == term["title"]
        assert (subject["activityStartDate"], subject["activityEndDate"]) == (
            f"{term['startDate']}T00:00:00Z",
            f"{term['endDate']}T00:00:00Z",
        )
        assert subject["identifier"] == identities
    assert clr["@context"] == [VC2, CLR201, OB303]
    assert clr["type"] == ["VerifiableCredential", "ClrCredential"] and clr["partial"] is False
    assert clr["credentialSubject"]["identifier"] == identities
    assert clr["credentialSubject"]["verifiableCredential"][:-1] == courses  # then the program
    assert clr["name"] == "Lincoln High School course record (Fall 2024, Spring 2025)"


# --- a run, and a family receiving it ------------------------------------------------------------


def test_issue_writes_each_student_apart_with_a_manifest(cli, key_file, export_dir, tmp_path):
    out = tmp_path / "out"
    result = issue(cli, key_file, export_dir, out)
    assert result.code == 0, result
    assert "Issued 29 signed credentials for 3 students" in result.out
    assert "No results, nothing issued: stu-00004" in result.out
    index = json.loads((out / "index.json").read_text())
    assert [s["sourcedId"] for s in index["students"]] == ["stu-00001", "stu-00002", "stu-00003"]
    assert index["withoutResults"] == ["stu-00004"] and index["problems"] == []
    assert not (out / "stu-00004").exists()
    listed = rows(out, "index")
    assert len(listed) == 29 and all((out / r["path"]).is_file() for r in listed)
    users = {u["sourcedId"]: u for u in rows(export_dir, "users")}
    for student in index["students"]:
        sid = student["sourcedId"]
        folder_text = "".join(p.read_text() for p in (out / sid).iterdir())
        for other in {"stu-00001", "stu-00002", "stu-00003", "stu-00004"} - {sid}:
            assert users[other]["email"] not in folder_text
        for path in (out / sid).iterdir():
            doc = json.loads(path.read_text())
            subjects = [doc["credentialSubject"]] + [
                c["credentialSubject"]
                for c in doc["credentialSubject"].get("verifiableCredential", [])
            ]
            for subject in subjects:
                sis, email = subject["identifier"]
                assert sis["identityHash"] == sha256(sid + sis["salt"])
                assert email["identityHash"] == sha256(users[sid]["email"] + email["salt"])
        own = {
            (r["lineItemSourcedId"][len("li-final-") :], r["textScore"])
            for r in rows(export_dir, "results")
            if r["studentSourcedId"] == sid and r["textScore"]
        }
        clr = json.loads((out / sid / "clr.json").read_text())
        got = {
            (
                c["credentialSubject"]["achievement"]["humanCode"],
                c["credentialSubject"]["result"][0]["value"],
            )
            for c in clr["credentialSubject"]["verifiableCredential"]
            if c["credentialSubject"]["achievement"]["achievementType"] == "Course"
        }
        assert got == own


def test_issued_credentials_verify_and_a_family_files_them_under_the_right_learner(
    cli, key_file, export_dir, tmp_path
):
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out).code == 0
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    files = sorted(str(p) for p in (out / "stu-00002").iterdir())
    checked = cli("verify", "--trust", str(trust), *files)
    assert checked.code == 0, checked
    assert "issuer is not in your trust list" not in checked.out
    users = {u["sourcedId"]: u for u in rows(export_dir, "users")}
    assert cli("init").code == 0
    assert cli("learner", "add", "First", "--email", users["stu-00001"]["email"]).code == 0
    assert cli("learner", "add", "Second", "--sis-id", "stu-00002").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    imported = cli("import", "--json", str(out / "stu-00002" / "clr.json"))
    assert imported.code == 0, imported
    [entry] = json.loads(imported.out)
    assert (entry["outcome"], entry["learner"]) == ("imported", "Second")
    first = cli("import", "--json", str(out / "stu-00001" / "MATH-1010_term-fall-2024.json"))
    assert first.code == 0, first
    [entry] = json.loads(first.out)
    assert (entry["outcome"], entry["learner"]) == ("imported", "First")
    listed = cli("list", "--learner", "Second", "--json")
    records = json.loads(listed.out)
    assert records and {r["category"] for r in records} == {"transcript"}


def test_a_tampered_issued_credential_is_rejected(cli, key_file, export_dir, tmp_path):
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out).code == 0
    path = next((out / "stu-00001").glob("*_term-*.json"))
    doc = json.loads(path.read_text())
    doc["credentialSubject"]["result"][0]["value"] = "A+"
    path.write_text(json.dumps(doc))
    assert cli("verify", str(path)).code == 1
    clr_path = out / "stu-00001" / "clr.json"
    clr = json.loads(clr_path.read_text())
    clr["credentialSubject"]["verifiableCredential"][0]["credentialSubject"]["creditsEarned"] = 9
    clr_path.write_text(json.dumps(clr))
    assert cli("verify", str(clr_path)).code == 1


def test_bad_rows_are_skipped_by_default_and_fail_strict(cli, key_file, export_dir, tmp_path):
    results = rows(export_dir, "results")
    results[0]["score"] = "eighty"  # stu-00001's English 1 final grade
    write_rows(export_dir, "results", results)
    strict = issue(cli, key_file, export_dir, tmp_path / "strict", "--strict")
    assert strict.code == 1
    assert "results.csv:2 (score): has a score that is not a number" in strict.err
    assert not (tmp_path / "strict").exists()
    policy = str(export_dir / "grading.toml")  # so the academic record states credits
    lenient = issue(cli, key_file, export_dir, tmp_path / "lenient", "--grading", policy)
    assert (
        lenient.code == 0
        and "results.csv:2 (score):" in lenient.err
        and "Reported 1 problems" in lenient.out
        and "CLR withheld (their other course credentials issued): stu-00001 (results.csv:2 "
        "(score): has a score"
        in lenient.out
    )
    # What stays true of stu-00001: the other seven courses, and the GPA the export states
    # without a credit total; no CLR (it would miss English 1) and no English 1 credential.
    made = sorted(p.name for p in (tmp_path / "lenient" / "stu-00001").iterdir())
    assert "clr.json" not in made and not any(n.startswith("ENG-1010") for n in made)
    assert len(made) == 8 and "academic-record.json" in made
    record = json.loads((tmp_path / "lenient" / "stu-00001" / "academic-record.json").read_text())
    assert "creditsEarned" not in record["credentialSubject"]
    index = json.loads((tmp_path / "lenient" / "index.json").read_text())
    assert [s["sourcedId"] for s in index["students"]] == ["stu-00001", "stu-00002", "stu-00003"]
    other = json.loads((tmp_path / "lenient" / "stu-00003" / "academic-record.json").read_text())
    assert "creditsEarned" in other["credentialSubject"]  # no one else is touched
    assert index["problems"][0] == {
        "file": "results.csv",
        "line": 2,
        "column": "score",
        "message": "has a score that is not a number ('eighty')",
        "student": "stu-00001",
    }
    assert index["withheld"] == [
        {
            "sourcedId": "stu-00001",
            "withheld": "clr",
            "reasons": ["results.csv:2 (score): has a score that is not a number ('eighty')"],
        }
    ]


def test_a_missing_file_fails_the_run(cli, key_file, export_dir, tmp_path):
    (export_dir / "lineItems.csv").unlink()
    result = issue(cli, key_file, export_dir, tmp_path / "out")
    assert result.code == 1 and "lineItems.csv: is missing" in result.err


def test_students_term_and_format_select_what_is_written(cli, key_file, export_dir, tmp_path):
    out = tmp_path / "out"
    result = issue(
        cli,
        key_file,
        export_dir,
        out,
        "--students",
        "stu-00002,stu-00003",
        "--term",
        "Spring 2025",
        "--format",
        "clr",
    )
    assert result.code == 0, result
    assert sorted(p.name for p in out.iterdir()) == [
        "index.csv",
        "index.json",
        "stu-00002",
        "stu-00003",
    ]
    assert [p.name for p in (out / "stu-00002").iterdir()] == ["clr.json"]
    clr = json.loads((out / "stu-00002" / "clr.json").read_text())
    assert clr["partial"] is True
    assert {
        c["credentialSubject"]["term"] for c in clr["credentialSubject"]["verifiableCredential"]
    } == {"Spring 2025"}
    ob3 = issue(
        cli, key_file, export_dir, tmp_path / "ob3", "--students", "stu-00001", "--format", "ob3"
    )
    written = sorted(p.name for p in (tmp_path / "ob3" / "stu-00001").iterdir())
    assert ob3.code == 0 and len(written) == 9 and "academic-record.json" in written
    unknown = issue(cli, key_file, export_dir, tmp_path / "u", "--students", "stu-99999")
    assert (
        unknown.code == 0
        and "Not a student in this export, nothing issued: stu-99999" in unknown.out
    )
    assert not (tmp_path / "ob3" / "stu-00001" / "clr.json").exists()
    busy = issue(cli, key_file, export_dir, out)
    assert busy.code == 2 and "not an empty folder" in busy.err


def test_sample_command_writes_an_export(cli, tmp_path):
    made = cli("school", "sample", "--students", "5", "--out", str(tmp_path / "s"))
    assert made.code == 0 and "5 students" in made.out
    assert read_export(tmp_path / "s").problems == []
    assert cli("school", "sample", "--students", "0", "--out", str(tmp_path / "z")).code == 2


def test_index_csv_cells_never_start_a_formula(cli, key_file, export_dir, tmp_path):
    users = rows(export_dir, "users")
    student = next(u for u in users if u["sourcedId"] == "stu-00001")
    student["givenName"] = '=HYPERLINK("http://x.example/","click")'
    write_rows(export_dir, "users", users)
    assert issue(cli, key_file, export_dir, tmp_path / "out").code == 0
    listed = rows(tmp_path / "out", "index")
    assert {r["givenName"] for r in listed if r["sourcedId"] == "stu-00001"} == {
        "'" + student["givenName"]
    }


def test_jobs_sign_in_processes_with_the_same_result(cli, key_file, export_dir, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert issue(cli, key_file, export_dir, one).code == 0
    result = issue(cli, key_file, export_dir, two, "--jobs", "2")
    assert result.code == 0 and "Issued 29 signed credentials" in result.out, result
    assert sorted(p.relative_to(one) for p in one.rglob("*.json")) == sorted(
        p.relative_to(two) for p in two.rglob("*.json")
    )
    assert cli("verify", str(two / "stu-00003" / "clr.json")).code == 0
    assert issue(cli, key_file, export_dir, tmp_path / "x", "--jobs", "0").code == 2


def test_did_web_document_and_records_signed_under_it(cli, key_file, export_dir, tmp_path):
    doc_path, trust = tmp_path / "did.json", tmp_path / "trust.json"
    made = cli(
        "school",
        "did-web",
        "--key",
        str(key_file),
        "--domain",
        "lincoln-hs.example.org",
        "--out",
        str(doc_path),
    )
    assert made.code == 0 and made.out.strip() == "did:web:lincoln-hs.example.org"
    document = json.loads(doc_path.read_text())
    did_key = json.loads(key_file.read_text())["did"]
    assert document["verificationMethod"][0]["publicKeyMultibase"] == did_key.split(":")[-1]
    assert document["assertionMethod"] == ["did:web:lincoln-hs.example.org#key-1"]
    out = tmp_path / "out"
    result = issue(
        cli,
        key_file,
        export_dir,
        out,
        "--did-web",
        "lincoln-hs.example.org",
        "--students",
        "stu-00001",
    )
    assert result.code == 0, result
    clr = out / "stu-00001" / "clr.json"
    signed = json.loads(clr.read_text())
    assert signed["issuer"]["id"] == "did:web:lincoln-hs.example.org"
    assert signed["proof"]["verificationMethod"] == "did:web:lincoln-hs.example.org#key-1"
    assert (
        cli(
            "school",
            "trust-entry",
            "--key",
            str(key_file),
            "--did-web",
            "lincoln-hs.example.org",
            "--out",
            str(trust),
        ).code
        == 0
    )
    checked = cli("verify", "--did-doc", str(doc_path), "--trust", str(trust), str(clr))
    assert checked.code == 0, checked
    assert (
        cli("verify", str(clr)).code != 0
    )  # without the document, the key cannot be checked offline
    bad = cli(
        "school",
        "did-web",
        "--key",
        str(key_file),
        "--domain",
        "192.168.1.1",
        "--out",
        str(tmp_path / "x.json"),
    )
    assert bad.code == 2 and not (tmp_path / "x.json").exists()


def test_the_command_line_offers_the_formats_and_proofs_issuing_knows():
    """The parser names them without importing the school modules (a fast start)."""
    from backpack_app.cli import school_commands
    from backpack_app.school import issuing
    from backpack_app.school.batch import FORMATS

    assert school_commands.FORMATS == FORMATS
    assert set(school_commands.PROOFS) == {issuing.DATA_INTEGRITY, issuing.VC_JWT}
