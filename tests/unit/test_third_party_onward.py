"""Sharing onward: a tutor's note and endorsement the family filed travel with their signatures
unchanged, and the program that opens the share sees them as third-party attested, written by
the tutor (their did:key, verified): in `open --json`, `open`'s text and the printout. The label
is never taken from the share's manifest alone (real vaults, real crypto)."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from pypdf import PdfReader

from backpack_app.credentials.verifier import VerifyContext, verify_document
from backpack_app.sharing.contribution import (
    Contribution,
    Provider,
    contribution_credential,
    sign_contribution,
)
from backpack_app.sharing.receive import ReceivedRecord, third_party_author
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.onward_share import ENDORSEMENT, GOAL, NOTE, make_onward


@pytest.fixture(scope="module")
def onward(tmp_path_factory):
    return make_onward(tmp_path_factory.mktemp("onward"))


def test_the_program_sees_who_wrote_each_entry_in_open_json(onward, cli):
    shown = cli("open", str(onward.card_share), "--json", home_dir=onward.program_home)
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    records = {r["title"]: r for r in data["records"]}
    assert set(records) == {NOTE, ENDORSEMENT, GOAL}
    for title in (NOTE, ENDORSEMENT):
        record = records[title]
        assert record["provenance"] == "third_party_attested" and not record["self_reported"]
        assert record["author"]["name"] == "Ms. Lopez"
        assert record["author"]["did"] == onward.tutor_did
        assert record["author"]["verified"] is True
        # The program does not trust the tutor's key as a school: said so, and that is all.
        assert record["report"]["verdict"] == "unknown_issuer" and record["valid"]
    assert records[GOAL]["provenance"] == "self_reported" and records[GOAL]["author"] is None
    written = {w["title"]: w for w in data["contents"]["third_party"]}
    assert written[NOTE]["kind"] == "note" and written[NOTE]["hours"] == 6.5
    assert written[NOTE]["text"] == "Ana works steadily on fractions."
    assert len(written[NOTE]["files"]) == 1
    assert written[ENDORSEMENT]["endorses"] == GOAL
    assert written[ENDORSEMENT]["author"]["did"] == onward.tutor_did
    # No third-party entry poses as a school's record.
    assert data["contents"]["transcript"] == []


def test_open_says_who_wrote_them(onward, cli):
    shown = cli("open", str(onward.card_share), home_dir=onward.program_home)
    assert shown.code == 0, shown.err
    assert "Written by others (third-party attested" in shown.out
    assert f"written by Ms. Lopez (key {onward.tutor_did}" in shown.out
    assert "signature verified" in shown.out
    assert "Endorses: Read 20 books" in shown.out
    assert "not in your trust list" not in shown.out


def test_the_printout_says_who_wrote_them(onward):
    printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(onward.pdf).pages)
    assert printed.count("written by Ms. Lopez (third-party attested") == 2
    assert "Written by others - third-party attested" in printed
    assert printed.replace(" ", "").count(onward.tutor_did) == 2
    assert printed.count("Signature verified (the writer's own key)") == 2
    assert "not in your trust list" not in printed  # the family knows its tutor's key


def _signed_about(tmp_path, learner_did: str, *, kind: str = "note", endorses=None):
    with Backpack.create(tmp_path / "writer", PASSPHRASE, kdf=FAST)[0] as writer:
        key = writer.signing_key()
    provider = Provider(key=key, name="Ms. Lopez")
    item = Contribution(kind=kind, title="Week 1", text="Good.", endorses=endorses)  # type: ignore[arg-type]
    now = dt.datetime.now(dt.UTC)
    unsigned = contribution_credential(item, learner_did=learner_did, provider=provider, now=now)
    return sign_contribution(unsigned, key, now=now), key.did


def _record(document, *, self_reported=False) -> ReceivedRecord:
    report = verify_document(copy.deepcopy(document), VerifyContext(now=dt.datetime.now(dt.UTC)))
    return ReceivedRecord(
        report=report, self_reported=self_reported, title="Week 1", document=document
    )


def test_the_label_needs_the_signed_credential_to_bear_it_out(tmp_path):
    ana = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
    signed, did = _signed_about(tmp_path, ana)
    author = third_party_author([_record(signed)], 0, ana)
    assert author is not None and author.name == "Ms. Lopez" and author.did == did
    # About another learner than the share's holder: no label.
    assert third_party_author([_record(signed)], 0, "did:key:z6MkOtherLearner") is None
    # Altered after signing (the name it gives its writer): its signature fails, no label.
    forged = copy.deepcopy(signed)
    forged["issuer"]["name"] = "Principal Skinner"
    assert third_party_author([_record(forged)], 0, ana) is None
    # Signed by the learner's own key: self-reported, whatever the manifest says.
    assert third_party_author([_record(signed, self_reported=True)], 0, ana) is None
    assert third_party_author([_record(signed)], 0, did) is None
    # An endorsement of a record the share does not carry: no label.
    endorsement, _ = _signed_about(
        tmp_path / "e", ana, kind="endorsement", endorses="urn:uuid:not-in-this-share"
    )
    assert third_party_author([_record(endorsement)], 0, ana) is None
    assert third_party_author([_record(endorsement), _record(signed)], 0, ana) is None
