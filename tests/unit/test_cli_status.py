"""The CLI for status lists and did:web: import-status, refresh-status, did-web, verify options."""

from __future__ import annotations

import json

import pytest

from backpack_app.errors import FetchFailed
from backpack_app.store import database
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import (
    STATUS_URL,
    course_credential,
    new_school,
    new_web_school,
    status_list,
    with_status,
)
from tests.unit.test_status_cache import store_credential

WEB_DID = "did:web:lincoln-hs.example.org"
AT = "2025-12-10T00:00:00Z"


@pytest.fixture(scope="module")
def school():
    return new_school()


def write(tmp_path, name: str, document: dict) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document))
    return str(path)


def test_verify_with_a_status_file_reports_revocation(cli, tmp_path, school):
    cred = write(tmp_path, "c.json", school.sign(with_status(course_credential(school), 4)))
    revoked = write(tmp_path, "l.json", school.sign(status_list(school, [4])))
    clear = write(tmp_path, "k.json", school.sign(status_list(school)))
    result = cli("verify", cred, "--at", AT, "--status", revoked, passphrase=None)
    assert result.code == 1
    assert "Revoked by the issuer. The issuer revoked this record (as of 1 December 2025)." in (
        result.out
    )
    result = cli("verify", cred, "--at", AT, "--status", clear, passphrase=None)
    assert result.code == 0
    assert "  passed: status: Not revoked as of 1 December 2025.\n" in result.out
    result = cli("verify", cred, "--at", AT, "--status", clear, "--json", passphrase=None)
    assert result.code == 0
    checks = {c["id"]: c for c in json.loads(result.out)[0]["checks"]}
    assert checks["status"] == {
        "id": "status",
        "status": "passed",
        "detail": "Not revoked as of 1 December 2025.",
    }


def test_verify_with_a_did_doc_file(cli, tmp_path):
    web = new_web_school(WEB_DID)
    cred = write(tmp_path, "c.json", web.sign(course_credential(web)))
    doc = write(tmp_path, "did.json", web.did_document())
    assert cli("verify", cred, "--at", AT, passphrase=None).code == 1
    assert cli("verify", cred, "--at", AT, "--did-doc", doc, passphrase=None).code == 0


def test_verify_with_a_bad_status_file_says_why_and_still_reports(cli, tmp_path, school):
    # issue #17: one bad --status file is a warning on the reports that needed it, never an
    # abort with no report at all.
    plain = write(tmp_path, "c.json", school.sign(course_credential(school)))
    listed = write(tmp_path, "s.json", school.sign(with_status(course_credential(school), 3)))
    unsigned = write(tmp_path, "l.json", status_list(school))
    result = cli("verify", "--json", plain, listed, "--status", unsigned, passphrase=None)
    assert result.code == 0 and result.err == ""
    reports = json.loads(result.out)
    assert [r["verdict"] for r in reports] == ["unknown_issuer", "unknown_issuer"]
    status = next(c for c in reports[1]["checks"] if c["id"] == "status")
    assert status["status"] == "warning"
    assert "was not used" in status["detail"] and "It carries no signature." in status["detail"]
    garbage = tmp_path / "g.json"
    garbage.write_bytes(b"not a list at all")
    result = cli("verify", plain, "--status", str(garbage), passphrase=None)
    assert result.code == 0
    assert "is not a status list Backpack can use, so it was not used" in result.err


def test_import_status_and_did_web_import(cli, tmp_path, home):
    assert cli("init").code == 0
    web = new_web_school(WEB_DID)
    result = cli("did-web", "import", write(tmp_path, "did.json", web.did_document()))
    assert result.code == 0 and result.out == f"Saved the DID document of {WEB_DID}.\n"
    result = cli("import-status", write(tmp_path, "l.json", web.sign(status_list(web))))
    assert result.code == 0, result
    assert result.out == (
        f"Saved the status list {STATUS_URL} of {WEB_DID} (as of 1 December 2025).\n"
    )


def test_malformed_import_status_exits_2_and_changes_nothing(cli, tmp_path, home):
    assert cli("init").code == 0
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"@context": 5')
    result = cli("import-status", str(path))
    assert result.code == 2 and "That status list was not saved" in result.err
    assert "Traceback" not in result.err
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet:
        assert wallet._conn.execute("SELECT count(*) FROM status_lists").fetchone()[0] == 0


def test_refresh_status_says_what_it_fetched_and_what_failed(cli, home, monkeypatch, school):
    assert cli("init", "--learner", "Ana").code == 0
    result = cli("refresh-status")
    assert result.code == 0 and "nothing was fetched" in result.out
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet:
        store_credential(wallet, school.sign(with_status(course_credential(school), 1)))
        other = with_status(course_credential(school), 1, url="https://gone.example/list")
        store_credential(wallet, school.sign(other))
    pages = {STATUS_URL: json.dumps(school.sign(status_list(school))).encode()}

    def fake_fetch(url: str) -> bytes:
        if url not in pages:
            raise FetchFailed("the server answered 404 Not Found.")
        return pages[url]

    monkeypatch.setattr("backpack_app.wallet.publications.fetch_https", fake_fetch)
    result = cli("refresh-status")
    assert result.code == 1
    assert result.out.splitlines() == [
        "failed  https://gone.example/list: the server answered 404 Not Found.",
        f"fetched {STATUS_URL}: saved the list of {school.did}.",
    ]
    assert "Traceback" not in result.err
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as wallet:
        assert database.schema_version(wallet._conn) == database.SCHEMA_VERSION
        assert wallet._conn.execute("SELECT url FROM status_lists").fetchall() == [(STATUS_URL,)]


def test_did_web_refresh_of_an_unreachable_issuer(cli, monkeypatch):
    assert cli("init").code == 0

    def offline(url: str) -> bytes:
        raise FetchFailed("it could not be reached (no network).")

    monkeypatch.setattr("backpack_app.wallet.publications.fetch_https", offline)
    result = cli("did-web", "refresh", WEB_DID)
    assert result.code == 1
    assert result.out == f"failed  {WEB_DID}: it could not be reached (no network).\n"
