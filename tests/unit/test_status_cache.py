"""Status lists and did:web documents saved in a real backpack, and the online refresh."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from backpack_app.credentials.dates import friendly_date
from backpack_app.credentials.refresh import references
from backpack_app.credentials.verifier import verify_document
from backpack_app.domain.records import Category
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from backpack_app.errors import FetchFailed, MalformedFile
from backpack_app.online.http import fetch_https
from backpack_app.store import database
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import (
    STATUS_URL,
    clr_credential,
    course_credential,
    new_school,
    new_web_school,
    status_list,
    with_status,
)

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
WEB_DID = "did:web:lincoln-hs.example.org"
DID_URL = "https://lincoln-hs.example.org/.well-known/did.json"


@pytest.fixture(scope="module")
def school():
    return new_school()


def to_bytes(document: dict) -> bytes:
    return json.dumps(document).encode()


def store_credential(wallet, credential: dict) -> None:
    """What `backpack import` leaves behind: a record and the credential's original bytes."""
    record = wallet.add_record(Category.TRANSCRIPT, title=credential.get("name", "Course"))
    original = to_bytes(credential)
    with database.transaction(wallet._conn):
        wallet._conn.execute(
            "INSERT INTO credentials (record_id, format, original, sha256, credential_id, "
            "issuer_id, report, verified_at, verdict) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                record.id,
                "vc-json",
                original,
                hashlib.sha256(original).hexdigest(),
                None,
                None,
                json.dumps({"verdict": "unknown_issuer", "checks": []}),
                "",
                "unknown_issuer",
            ),
        )


def status_of(wallet, credential: dict):
    return verify_document(credential, wallet.verify_context(NOW)).check(CheckId.STATUS)


def test_schema_has_the_publication_tables(wallet):
    assert database.schema_version(wallet._conn) == database.SCHEMA_VERSION
    tables = {r[0] for r in wallet._conn.execute("SELECT name FROM sqlite_master")}
    assert {"status_lists", "did_documents"} <= tables


def test_imported_list_is_used_as_of_its_own_date(wallet, school):
    cred = school.sign(with_status(course_credential(school), 42))
    assert status_of(wallet, cred).status is CheckStatus.WARNING
    found = wallet.import_status_list(to_bytes(school.sign(status_list(school, [42]))))
    assert found.url == STATUS_URL
    report = verify_document(cred, wallet.verify_context(NOW))
    assert report.verdict is Verdict.REVOKED
    assert "as of 1 December 2025" in report.check(CheckId.STATUS).detail


@pytest.mark.parametrize(
    "make",
    [
        lambda s: b"{not json",
        lambda s: to_bytes(status_list(s)),  # unsigned
        lambda s: to_bytes(s.sign(course_credential(s))),  # not a status list
        lambda s: to_bytes(s.sign(status_list(s, encoded="u" + "A" * 40))),
    ],
)
def test_malformed_import_changes_nothing(wallet, school, make):
    cred = school.sign(with_status(course_credential(school), 1))
    with pytest.raises(MalformedFile, match="That status list was not saved"):
        wallet.import_status_list(make(school))
    assert status_of(wallet, cred).status is CheckStatus.WARNING
    assert wallet._conn.execute("SELECT count(*) FROM status_lists").fetchone()[0] == 0


def test_import_did_web_then_verify_and_reopen(wallet, home):
    web = new_web_school(WEB_DID)
    cred = web.sign(course_credential(web))
    assert verify_document(cred, wallet.verify_context(NOW)).verdict is (
        Verdict.UNVERIFIABLE_OFFLINE
    )
    assert wallet.import_did_web(to_bytes(web.did_document())) == WEB_DID
    report = verify_document(cred, wallet.verify_context(NOW))
    assert report.valid
    today = friendly_date(dt.datetime.now(dt.UTC))
    assert report.check(CheckId.ISSUER_KEY).detail == (
        f"Signed with the issuer's own key ({WEB_DID}#key-1). "
        f"Its key is from a copy of the issuer's DID document saved on {today}."
    )
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as again:
        assert verify_document(cred, again.verify_context(NOW)).valid


def test_import_of_a_non_did_web_document_is_refused(wallet):
    with pytest.raises(MalformedFile, match="DID document was not saved"):
        wallet.import_did_web(to_bytes({"id": "did:key:z6Mkabc"}))


class FakeWeb:
    """A local stand-in for the web: address -> bytes, recording what was asked."""

    def __init__(self, pages: dict[str, bytes]):
        self.pages, self.asked = pages, []

    def __call__(self, url: str) -> bytes:
        self.asked.append(url)
        if url not in self.pages:
            raise FetchFailed("the server answered 404 Not Found.")
        return self.pages[url]


def test_refresh_fetches_documents_and_lists_then_verifies_offline(wallet):
    web = new_web_school(WEB_DID)
    revoked = web.sign(with_status(course_credential(web), 5))
    store_credential(wallet, revoked)
    fake = FakeWeb(
        {
            DID_URL: to_bytes(web.did_document()),
            STATUS_URL: to_bytes(web.sign(status_list(web, [5]))),
        }
    )
    outcomes = wallet.refresh_status(fetch=fake)
    assert fake.asked == [DID_URL, STATUS_URL]
    assert [o.saved for o in outcomes] == [True, True], outcomes
    report = verify_document(revoked, wallet.verify_context(NOW))
    assert report.verdict is Verdict.REVOKED
    today = friendly_date(dt.datetime.now(dt.UTC))  # as of the fetch, not of the list's date
    assert report.check(CheckId.STATUS).detail == f"The issuer revoked this record (as of {today})."


def test_refresh_reports_each_failure_and_saves_nothing_bad(wallet, school):
    store_credential(wallet, school.sign(with_status(course_credential(school), 5)))
    other = school.sign(with_status(course_credential(school), 6, url="http://plain.example/1"))
    store_credential(wallet, other)
    tampered = school.sign(status_list(school, [5]))
    tampered["credentialSubject"]["encodedList"] = status_list(school)["credentialSubject"][
        "encodedList"
    ]
    outcomes = wallet.refresh_status(fetch=FakeWeb({STATUS_URL: to_bytes(tampered)}))
    by_url = {o.url: o for o in outcomes}
    assert not by_url["http://plain.example/1"].saved
    assert "not an HTTPS address" in by_url["http://plain.example/1"].detail
    assert not by_url[STATUS_URL].saved
    assert "signature does not match" in by_url[STATUS_URL].detail
    assert wallet._conn.execute("SELECT count(*) FROM status_lists").fetchone()[0] == 0


def test_refresh_refuses_a_did_document_of_another_did(wallet):
    web = new_web_school(WEB_DID)
    store_credential(wallet, web.sign(course_credential(web)))
    stranger = new_web_school("did:web:elsewhere.example").did_document()
    outcomes = wallet.refresh_status(fetch=FakeWeb({DID_URL: to_bytes(stranger)}))
    assert len(outcomes) == 1 and not outcomes[0].saved
    assert "not of did:web:lincoln-hs.example.org" in outcomes[0].detail
    cred = web.sign(course_credential(web))
    assert verify_document(cred, wallet.verify_context(NOW)).verdict is (
        Verdict.UNVERIFIABLE_OFFLINE
    )


def test_refresh_with_nothing_stored_fetches_nothing(wallet):
    fake = FakeWeb({})
    assert wallet.refresh_status(fetch=fake) == [] and fake.asked == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:1/list", "file:///etc/passwd", "ftp://x/y"])
def test_fetch_refuses_anything_but_https_before_connecting(url):
    with pytest.raises(FetchFailed, match="not an HTTPS address"):
        fetch_https(url)


def test_references_inside_a_clr(school):
    web = new_web_school(WEB_DID)
    course = with_status(course_credential(web), 3, url="https://district.example/s/2")
    clr = clr_credential(school, [course])
    found = references([to_bytes(clr), b"not a credential"])
    assert found.status_urls == {"https://district.example/s/2"}
    assert found.did_webs == {WEB_DID}


def test_list_of_a_did_web_issuer_needs_its_document_first(wallet):
    web = new_web_school(WEB_DID)
    data = to_bytes(web.sign(status_list(web)))
    with pytest.raises(MalformedFile, match="Save the issuer's DID document first"):
        wallet.import_status_list(data)
    wallet.import_did_web(to_bytes(web.did_document()))
    assert wallet.import_status_list(data).issuer == WEB_DID


def test_refresh_after_a_real_import(wallet, school):
    cred = school.sign(with_status(course_credential(school), 77))
    [result] = wallet.import_credentials(to_bytes(cred))
    assert result.report.check(CheckId.STATUS).status is CheckStatus.WARNING
    fake = FakeWeb({STATUS_URL: to_bytes(school.sign(status_list(school, [77])))})
    assert [o.saved for o in wallet.refresh_status(fetch=fake)] == [True]
    assert verify_document(cred, wallet.verify_context(NOW)).verdict is Verdict.REVOKED


def test_saved_news_redoes_the_stored_reports(wallet, school):
    cred = school.sign(with_status(course_credential(school), 78))
    [result] = wallet.import_credentials(to_bytes(cred))
    stored = wallet.credential(result.record_id)
    assert stored.report["verdict"] == "unknown_issuer"
    recipient = next(c for c in stored.report["checks"] if c["id"] == "recipient")
    wallet.import_status_list(to_bytes(school.sign(status_list(school, [78]))))
    stored = wallet.credential(result.record_id)
    assert stored.report["verdict"] == "revoked"
    assert next(c for c in stored.report["checks"] if c["id"] == "recipient") == recipient
    assert wallet.recheck_credentials() == 0  # nothing new: nothing changes
