"""The committed OneRoster fixture: issuing it again gives the same bytes, and both verifiers agree."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.grading import load_grading
from backpack_app.school.oneroster import read_export
from tests.school_helpers import (
    FIXTURE,
    FIXTURE_GRADING,
    FIXTURE_PASSPHRASE,
    NOW,
    files_of,
    issuer_from_key_file,
)

ISSUED = FIXTURE / "issued"


def credentials() -> list[Path]:
    return sorted(ISSUED.glob("*/*.json"))


def test_issuing_the_fixture_export_again_gives_the_same_bytes(tmp_path):
    issuer = issuer_from_key_file(FIXTURE / "school.key", FIXTURE_PASSPHRASE)
    export = read_export(FIXTURE / "export", grading=load_grading(FIXTURE_GRADING))
    issue_export(
        export, issuer, tmp_path / "out", RunOptions(), now=NOW, salt=lambda: "fixture-salt-01"
    )
    made, kept = files_of(tmp_path / "out"), files_of(ISSUED)
    assert made.keys() == kept.keys()
    for name, data in kept.items():
        assert made[name] == data, name


def test_our_verifier_accepts_every_fixture_credential(cli):
    result = cli("verify", *map(str, credentials()))
    assert result.code == 0, result
    assert result.out.count("Verified, but the issuer is not in your trust list") >= len(
        credentials()
    )


def test_the_recorded_peer_verdict_covers_these_exact_bytes():
    recorded = json.loads((FIXTURE / "peer-verdict.json").read_text())
    by_file = {r["file"]: r for r in recorded["results"]}
    assert sorted(by_file) == [str(p.relative_to(ISSUED)) for p in credentials()]
    for path in credentials():
        entry = by_file[str(path.relative_to(ISSUED))]
        assert entry["verdict"] == "valid"
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_fixture_holds_standards_a_gpa_and_no_demographics():
    clr = json.loads((ISSUED / "stu-00001" / "clr.json").read_text())
    subject = clr["credentialSubject"]
    kinds = [
        c["credentialSubject"]["achievement"]["achievementType"]
        for c in subject["verifiableCredential"]
    ]
    assert kinds.count("Course") == 8 and kinds[-1] == "LearningProgram"
    assert {a["achievementType"] for a in subject["achievement"][1:]} == {"Competency"}
    other = json.loads((ISSUED / "stu-00002" / "clr.json").read_text())
    assert "GradePointAverage" not in json.dumps(other)
    text = "".join(p.read_text() for p in credentials())
    assert "RubricCriterionLevel" in text and '"targetType": "CFItem"' in text
    assert "birthDate" not in text
