"""Revocation and suspension from saved status lists, each outcome for its cause."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import gzip
import json
import time

import pytest
from joserfc import jws
from joserfc.jwk import OKPKey

from backpack_app.credentials.status import StatusLists
from backpack_app.credentials.verifier import VerifyContext, verify_document
from backpack_app.domain.status import CachedStatusList
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import (
    STATUS_URL,
    clr_credential,
    course_credential,
    encode_bits,
    new_school,
    status_list,
    with_status,
)

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
pytestmark = pytest.mark.filterwarnings("ignore::joserfc.errors.SecurityWarning")
FETCHED = dt.datetime(2026, 1, 8, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def school():
    return new_school()


def saved(list_credential: dict, *, as_of=FETCHED, url: str = STATUS_URL) -> CachedStatusList:
    return CachedStatusList(url=url, credential=json.dumps(list_credential).encode(), as_of=as_of)


def verify(doc: dict, *lists: CachedStatusList, now=NOW):
    ctx = VerifyContext(now=now, status_lists=StatusLists(lists))
    return verify_document(copy.deepcopy(doc), ctx)


def status_check(report):
    return report.check(CheckId.STATUS)


def test_revoked_bit_fails_with_the_as_of_date(school):
    cred = school.sign(with_status(course_credential(school), 42))
    report = verify(cred, saved(school.sign(status_list(school, [42]))))
    assert report.verdict is Verdict.REVOKED and not report.valid
    assert status_check(report).status is CheckStatus.FAILED
    assert status_check(report).detail == "The issuer revoked this record (as of 8 January 2026)."
    assert report.summary == status_check(report).detail


def test_clear_bit_passes_as_of_the_date_the_list_was_saved(school):
    cred = school.sign(with_status(course_credential(school), 41))
    report = verify(cred, saved(school.sign(status_list(school, [40, 42]))))
    assert report.valid
    assert status_check(report).status is CheckStatus.PASSED
    assert status_check(report).detail == "Not revoked as of 8 January 2026."


def test_suspended_record_is_not_to_be_relied_on(school):
    cred = school.sign(with_status(course_credential(school), 7, purpose="suspension"))
    report = verify(cred, saved(school.sign(status_list(school, [7], purpose="suspension"))))
    assert report.verdict is Verdict.REVOKED
    assert "suspended this record (as of 8 January 2026)" in status_check(report).detail


def test_no_saved_list_is_a_warning_and_still_valid(school):
    cred = school.sign(with_status(course_credential(school), 3))
    report = verify(cred)
    assert report.valid
    assert status_check(report).status is CheckStatus.WARNING
    assert "no copy of its revocation list is saved here" in status_check(report).detail


def test_an_old_list_still_passes_with_its_date_and_a_note(school):
    cred = school.sign(with_status(course_credential(school), 3))
    report = verify(cred, saved(school.sign(status_list(school))), now=NOW.replace(year=2027))
    assert report.valid
    assert status_check(report).status is CheckStatus.PASSED
    assert status_check(report).detail.startswith(
        "Not revoked as of 8 January 2026. That is 366 days ago"
    )


def test_list_signed_by_another_issuer_is_refused(school):
    other = new_school("Mallory Academy")
    cred = school.sign(with_status(course_credential(school), 42))
    report = verify(cred, saved(other.sign(status_list(other))))
    assert report.valid
    assert status_check(report).status is CheckStatus.WARNING
    assert f"published by {other.did}" in status_check(report).detail


def test_list_claiming_the_issuer_but_signed_by_another_is_refused(school):
    other = new_school("Mallory Academy")
    cred = school.sign(with_status(course_credential(school), 42))
    forged = other.sign(status_list(school), verification_method=other.method)
    report = verify(cred, saved(forged))
    assert status_check(report).status is CheckStatus.WARNING
    assert "was not used" in status_check(report).detail
    assert "does not belong to its issuer" in status_check(report).detail


def test_tampered_list_is_refused(school):
    cred = school.sign(with_status(course_credential(school), 42))
    signed_list = school.sign(status_list(school, [42]))
    signed_list["credentialSubject"]["encodedList"] = encode_bits([])  # "un-revoke"
    report = verify(cred, saved(signed_list))
    assert report.valid
    assert status_check(report).status is CheckStatus.WARNING
    assert "signature does not match" in status_check(report).detail


def test_gzip_bomb_is_refused_by_the_size_bound(school):
    bomb = gzip.compress(bytes(64 * 1024 * 1024))
    encoded = "u" + base64.urlsafe_b64encode(bomb).rstrip(b"=").decode()
    cred = school.sign(with_status(course_credential(school), 1))
    started = time.perf_counter()
    report = verify(cred, saved(school.sign(status_list(school, encoded=encoded))))
    assert time.perf_counter() - started < 10
    assert status_check(report).status is CheckStatus.WARNING
    assert "expands to more than 16 MiB" in status_check(report).detail


def test_index_beyond_the_list_is_a_clear_warning(school):
    cred = school.sign(with_status(course_credential(school), 16 * 1024 * 8))
    report = verify(cred, saved(school.sign(status_list(school))))
    assert report.valid
    assert "lies beyond the end of that list (131072 entries)" in status_check(report).detail


@pytest.mark.parametrize(
    ("encoded", "words"),
    [
        ("unot base64!", "not valid base64"),
        ("u" + base64.urlsafe_b64encode(b"plain bytes").decode(), "not GZIP"),
        (encode_bits([], multibase=False), "multibase"),
    ],
)
def test_malformed_list_is_a_clear_warning(school, encoded, words):
    cred = school.sign(with_status(course_credential(school), 1))
    report = verify(cred, saved(school.sign(status_list(school, encoded=encoded))))
    assert report.valid
    assert status_check(report).status is CheckStatus.WARNING
    assert words in status_check(report).detail


@pytest.mark.parametrize("index", ["-1", "x", "1e3", "9" * 13])
def test_unreadable_index_is_a_clear_warning(school, index):
    cred = with_status(course_credential(school), 1)
    cred["credentialStatus"]["statusListIndex"] = index
    report = verify(school.sign(cred), saved(school.sign(status_list(school))))
    assert report.valid
    assert "place in the revocation list is not a number" in status_check(report).detail


def test_status_list_as_a_vc_jwt(school):
    unsigned = status_list(school, [42])
    header = {"alg": "EdDSA", "typ": "vc+jwt", "kid": school.method}
    key = OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "x": base64.urlsafe_b64encode(school.key.public).rstrip(b"=").decode(),
            "d": base64.urlsafe_b64encode(school.key.private).rstrip(b"=").decode(),
        }
    )
    token = jws.serialize_compact(header, json.dumps(unsigned).encode(), key, algorithms=["EdDSA"])
    cred = school.sign(with_status(course_credential(school), 42))
    listed = CachedStatusList(url=STATUS_URL, credential=token.encode(), as_of=FETCHED)
    assert verify(cred, listed).verdict is Verdict.REVOKED


def test_list_of_another_url_is_not_used(school):
    cred = school.sign(with_status(course_credential(school), 42))
    elsewhere = school.sign(status_list(school, [42], url="https://elsewhere.example/1"))
    report = verify(cred, saved(elsewhere))
    assert status_check(report).status is CheckStatus.WARNING


def test_status_list_2021_is_read(school):
    cred = school.sign(with_status(course_credential(school), 5, kind="StatusList2021Entry"))
    revoked = verify(cred, saved(school.sign(status_list(school, [5], kind="2021"))))
    clear = verify(cred, saved(school.sign(status_list(school, [6], kind="2021"))))
    assert revoked.verdict is Verdict.REVOKED
    assert clear.valid and status_check(clear).status is CheckStatus.PASSED


def test_revocation_and_suspension_both_reported(school):
    cred = with_status(course_credential(school), 9)
    cred = school.sign(with_status(cred, 9, purpose="suspension", url=STATUS_URL + "s"))
    report = verify(cred, saved(school.sign(status_list(school))))
    assert report.valid
    assert status_check(report).status is CheckStatus.WARNING
    assert status_check(report).detail == (
        "Not revoked as of 8 January 2026. The issuer can suspend this record, and no copy of its suspension list is saved here, "
        "so suspension was not checked."
    )


def test_a_revoked_record_inside_a_clr_fails_the_clr(school):
    course = school.sign(with_status(course_credential(school), 42))
    clr = school.sign(clr_credential(school, [course]))
    report = verify(clr, saved(school.sign(status_list(school, [42]))))
    assert report.verdict is Verdict.REVOKED
    assert report.nested[0].verdict is Verdict.REVOKED


def test_list_saved_without_a_date_is_as_of_its_own_start(school):
    cred = school.sign(with_status(course_credential(school), 1))
    report = verify(cred, saved(school.sign(status_list(school)), as_of=None))
    assert status_check(report).detail.startswith("Not revoked as of 1 December 2025.")


def test_short_list_like_the_dccs_is_read_with_a_warning(school):
    # The DCC publishes 100,000-bit lists, below the specification's 131,072 (issue #17).
    short = encode_bits([4], size_bytes=100_000 // 8)
    listed = saved(school.sign(status_list(school, encoded=short)))
    fine = verify(school.sign(with_status(course_credential(school), 3)), listed)
    assert fine.valid and status_check(fine).status is CheckStatus.WARNING
    assert status_check(fine).detail.startswith("Not revoked as of 8 January 2026.")
    assert "holds 100,000 entries, fewer than the 131,072" in status_check(fine).detail
    revoked = verify(school.sign(with_status(course_credential(school), 4)), listed)
    assert revoked.verdict is Verdict.REVOKED


def test_status_message_is_shown_and_never_decides(school):
    cred = with_status(course_credential(school), 2, purpose="message")
    entry = cred["credentialStatus"]
    entry["statusSize"] = 1
    entry["statusMessage"] = [
        {"status": "0x0", "message": "pending review"},
        {"status": "0x1", "message": "confirmed by the registrar"},
    ]
    listed = saved(school.sign(status_list(school, [2], purpose="message")))
    report = verify(school.sign(cred), listed)
    assert report.valid
    assert status_check(report).detail == (
        "The issuer's status message for this record (as of 8 January 2026): "
        '"confirmed by the registrar".'
    )
