"""The committed OneRoster fixture: issuing it again gives the same bytes, and both verifiers agree."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from backpack_app.crypto.school_key import open_school_key_file
from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.issuing import Issuer
from backpack_app.school.oneroster import read_export

FIXTURE = Path(__file__).parents[1] / "fixtures" / "oneroster"
ISSUED = FIXTURE / "issued"


def credentials() -> list[Path]:
    return sorted(ISSUED.glob("*/*.json"))


def test_issuing_the_fixture_export_again_gives_the_same_bytes(tmp_path):
    key, info = open_school_key_file(
        (FIXTURE / "school.key").read_bytes(), "fixture school passphrase"
    )
    issuer = Issuer(info.name, info.url, info.did, key.private)
    export = read_export(FIXTURE / "export")
    now = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
    issue_export(
        export, issuer, tmp_path / "out", RunOptions(), now=now, salt=lambda: "fixture-salt-01"
    )
    made = {
        p.relative_to(tmp_path / "out"): p.read_bytes()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    }
    kept = {p.relative_to(ISSUED): p.read_bytes() for p in ISSUED.rglob("*") if p.is_file()}
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
    assert kinds.count("Course") == 8 and kinds[-1] == "SecondarySchoolDiploma"
    assert {a["achievementType"] for a in subject["achievement"][1:]} == {"Competency"}
    other = json.loads((ISSUED / "stu-00002" / "clr.json").read_text())
    assert "GradePointAverage" not in json.dumps(other)
    text = "".join(p.read_text() for p in credentials())
    assert "RubricCriterionLevel" in text and '"targetType": "CFItem"' in text
    assert "birthDate" not in text
