"""Cards version 2 carry the backpack's signing key (an Ed25519 did:key); version 1 still reads."""

from __future__ import annotations

import json

import pytest

from backpack_app.credentials.did import multikey_public
from backpack_app.errors import MalformedFile
from backpack_app.sharing.cards import card_bytes, parse_card
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE


def test_a_card_carries_the_signing_key_that_stays_the_same(tmp_path):
    bp, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    with bp:
        data, fingerprint = bp.my_card("Ms. Lopez")
        did = bp.signing_key().did
    body = json.loads(data)
    assert body["version"] == 2 and body["did"] == did and did.startswith("did:key:z6Mk")
    assert multikey_public(did[len("did:key:") :], what="key")[0] == "Ed25519"
    with Backpack.open(tmp_path / "tutor", PASSPHRASE, kdf=FAST) as again:
        assert again.signing_key().did == did  # derived from the vault's key: stable
        assert again.my_card("Ms. Lopez") == (data, fingerprint)
    card = parse_card(data)
    assert card.signing_did == did and card_bytes(card) == data


def test_a_version_1_card_still_reads_and_saves_without_a_signing_key(tmp_path):
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with tutor, family:
        body = json.loads(tutor.my_card("Ms. Lopez")[0])
        old = {"type": "BackpackCard", "version": 1, "name": "Ms. Lopez", "x25519": body["x25519"]}
        contact = family.add_contact(json.dumps(old).encode())
        assert contact.signing_did is None and family.contacts()[0].signing_did is None
        assert parse_card(json.dumps(old).encode()).signing_did is None


def test_a_version_2_contact_remembers_the_signing_key(tmp_path):
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with tutor, family:
        family.add_contact(tutor.my_card("Ms. Lopez")[0])
        assert family.contacts()[0].signing_did == tutor.signing_key().did
        assert family.contacts()[0].to_json()["signing_did"] == tutor.signing_key().did


@pytest.mark.parametrize(
    "did",
    [
        None,
        "did:web:example.org",
        "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169",  # P-256, not Ed25519
        "did:key:z6MkNOTBASE58!!",
        "did:key:z6Mk" + "1" * 5,
    ],
)
def test_a_version_2_card_without_a_usable_signing_key_is_refused(tmp_path, did):
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    with tutor:
        body = json.loads(tutor.my_card("Ms. Lopez")[0])
    body["did"] = did
    with pytest.raises(MalformedFile, match="signing key"):
        parse_card(json.dumps(body).encode())


def test_a_card_of_a_later_version_asks_for_an_update():
    body = {"type": "BackpackCard", "version": 3, "name": "x", "x25519": "AA"}
    with pytest.raises(MalformedFile, match="newer Backpack"):
        parse_card(json.dumps(body).encode())
