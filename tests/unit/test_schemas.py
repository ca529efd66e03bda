"""Schema conformance as a named check: OB 3.0 and CLR 2.0 credentials against 1EdTech's JSON
Schemas (shipped byte-identical from shared/schemas/1edtech); a failure is a warning naming the
first places, never a refusal (issue #17)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from backpack_app.credentials.verifier import VerifyContext, verify_document
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import clr_credential, course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "schemas" / "1edtech"  # CI and a checkout have shared/ beside


def verify(doc, *, schemas=True):
    return verify_document(doc, VerifyContext(now=NOW, schemas=schemas))


def test_conforming_course_and_clr_pass_the_schema_check():
    school = new_school()
    course = school.sign(course_credential(school))
    for doc, spec in (
        (course, "Open Badges 3.0"),
        (school.sign(clr_credential(school, [course])), "CLR 2.0"),
    ):
        check = verify(doc).check(CheckId.SCHEMA)
        assert check.status is CheckStatus.PASSED and spec in check.detail


def test_non_conforming_credential_is_a_warning_naming_where():
    school = new_school()
    doc = course_credential(school)
    del doc["credentialSubject"]["achievement"]["criteria"]  # OB 3.0 requires it
    report = verify(school.sign(doc))
    assert report.verdict is Verdict.UNKNOWN_ISSUER  # the signature still decides
    check = report.check(CheckId.SCHEMA)
    assert check.status is CheckStatus.WARNING
    assert "$.credentialSubject.achievement" in check.detail
    assert "not a sign of tampering" in check.detail


def test_schema_check_is_off_for_bulk_checks_and_on_in_the_cli_when_asked(cli, tmp_path):
    school = new_school()
    doc = school.sign(course_credential(school))
    assert verify(doc, schemas=False).check(CheckId.SCHEMA) is None
    path = tmp_path / "c.json"
    path.write_text(json.dumps(doc))
    out = cli("verify", "--json", "--schemas", str(path), passphrase=None).out
    assert any(c["id"] == "schema" for c in json.loads(out)[0]["checks"])


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/schemas is not beside the project")
def test_shipped_schemas_are_byte_identical_to_the_shared_ones():
    ours = ROOT / "resources" / "schemas" / "1edtech"
    names = sorted(p.name for p in SHARED.iterdir())
    assert sorted(p.name for p in ours.iterdir()) == names
    for name in names:
        assert (ours / name).read_bytes() == (SHARED / name).read_bytes(), name
