"""Every credential `backpack school issue` writes validates against the official 1EdTech JSON
Schemas (draft 2019-09), as Data Integrity JSON and as VC-JWT; the copies are the shared ones."""

from __future__ import annotations

import json

import pytest

from backpack_app.credentials.vc_jwt import enveloped, read_compact_jws
from backpack_app.paths import resource_path
from tests import school_helpers
from tests.official_schemas import issued_errors, schema_errors
from tests.school_helpers import FIXTURE, issue

export_dir = school_helpers.export_dir
key_file = school_helpers.key_file


@pytest.mark.parametrize(("folder", "count"), [("issued", 19), ("issued-vc-jwt", 19)])
def test_the_committed_fixture_validates(folder, count):
    assert issued_errors(FIXTURE / folder) == (count, [])


@pytest.mark.parametrize("proof", ["eddsa-rdfc-2022", "vc-jwt"])
def test_a_sample_run_validates_with_and_without_a_grading_policy(
    cli, key_file, export_dir, tmp_path, proof
):
    for name, extra in (("plain", ()), ("graded", ("--grading", str(export_dir / "grading.toml")))):
        out = tmp_path / name
        assert issue(cli, key_file, export_dir, out, "--proof", proof, *extra).code == 0
        assert issued_errors(out) == (29, [])


def test_the_schemas_refuse_what_was_issued_before(cli, key_file, export_dir, tmp_path):
    """A CLR holding its courses as EnvelopedVerifiableCredentials (the old VC-JWT form) and a
    result status outside OB 3.0's vocabulary both fail: the check has teeth."""
    out = tmp_path / "out"
    assert issue(cli, key_file, export_dir, out, "--proof", "vc-jwt").code == 0
    clr = read_compact_jws((out / "stu-00001" / "clr.jwt").read_text())[1]
    tokens = [p.read_text().strip() for p in sorted((out / "stu-00001").glob("*_term-*.jwt"))]
    clr["credentialSubject"]["verifiableCredential"] = [enveloped(t) for t in tokens]
    assert schema_errors(clr)
    course = json.loads(
        (FIXTURE / "issued" / "stu-00001" / "ART-1010_term-fall-2024.json").read_text()
    )
    assert schema_errors(course) == []
    course["credentialSubject"]["result"][0]["status"] = "Passed"
    assert schema_errors(course)


def test_the_schema_files_are_the_shared_set():
    """Another part of Backpack (the verifier) ships the same files: identical copies merge."""
    folder = resource_path("schemas", "1edtech")
    names = sorted(p.name for p in folder.iterdir())
    assert "SOURCES.md" in names and "clr_v2p0_clrcredential_schema.json" in names
    assert len(names) == 8
