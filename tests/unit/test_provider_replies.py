"""Providers contribute back: family -> tutor -> family, by card and by code, and every reply
the family must not file (real vaults, real crypto)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from backpack_app.domain.records import Category, Provenance
from backpack_app.errors import UserError
from backpack_app.sharing.contribution import ReplyRefused
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

DAY = dt.timedelta(days=1)


@pytest.fixture
def tutor(tmp_path):
    bp, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    yield bp
    bp.close()


@pytest.fixture
def family(wallet, tutor):
    wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12.5})
    wallet.add_record(Category.GOAL, title="Read 20 books")
    wallet.add_contact(tutor.my_card("Ms. Lopez")[0])
    return wallet


def share(family, out, **kwargs):
    ids = [r.id for r in family.list_records() if r.title == "Food Bank"]
    kwargs.setdefault("to", "Ms. Lopez")
    return family.share(out, record_ids=ids, ask_for_contribution="progress notes", **kwargs)


def test_card_round_trip_files_a_signed_note_as_third_party_attested(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    evidence = tmp_path / "worksheet.txt"
    evidence.write_bytes(b"fractions worksheet " * 50)
    opened, _ = tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="Spring tutoring",
        text="Ana works hard on fractions.",
        hours=6.5,
        files=[evidence],
        name="Ms. Lopez",
    )
    assert opened.request is not None and opened.request.ask == "progress notes"
    reply, author, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    assert reply.kind == "note" and reply.hours == 6.5 and reply.report.valid
    assert reply.author_did == tutor.signing_key().did and author is not None
    assert author.name == "Ms. Lopez"
    record = family.get_record(record_id)
    assert record.provenance is Provenance.THIRD_PARTY_ATTESTED
    assert record.category is Category.NARRATIVE and record.details.school == "Ms. Lopez"
    assert record.description == "Ana works hard on fractions."
    assert [a.name for a in record.attachments] == ["worksheet.txt"]
    listed = next(r.to_json() for r in family.list_records() if r.id == record_id)
    assert listed["provenance"] == "third_party_attested"
    assert listed["author"]["name"] == "Ms. Lopez"
    assert listed["author"]["did"] == tutor.signing_key().did
    assert listed["author"]["fingerprint"] == reply.author_fingerprint
    # Opening it again files nothing twice.
    assert family.open_reply(tmp_path / "r.backpack", save=True)[2] == record_id


def test_code_round_trip_files_an_achievement(family, tutor, tmp_path):
    made, _ = share(family, tmp_path / "s.backpack", to=None, code=True)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="achievement",
        title="Chess club champion",
        text="Won the spring tournament.",
        code=made.code,
        name="Riverside Chess Club",
    )
    _, author, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    # A code share names no key; the reply's key is still known if a saved card carries it.
    assert author is not None and author.name == "Ms. Lopez"
    record = family.get_record(record_id)
    assert record.category is Category.AWARD and record.title == "Chess club champion"
    assert record.provenance is Provenance.THIRD_PARTY_ATTESTED


def test_an_endorsement_of_a_shared_record_is_filed_naming_it(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="endorsement",
        title="I saw this work",
        text="Ana led the food drive.",
        endorses="1",
        name="Ms. Lopez",
    )
    reply, _, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    food = next(r.id for r in family.list_records() if r.title == "Food Bank")
    assert reply.kind == "endorsement" and reply.endorsed_record == food
    assert family.get_record(record_id).description.startswith("Endorses Food Bank:")


def records_and_files(bp):
    return [r.id for r in bp.list_records()], sorted(
        p.name for p in bp.layout.attachments.rglob("*")
    )


def refused(family, path, match, **kwargs):
    before = records_and_files(family)
    with pytest.raises(ReplyRefused, match=match):
        family.open_reply(path, save=True, **kwargs)
    assert records_and_files(family) == before


def test_a_reply_after_the_request_expired_is_refused(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    refused(
        family, tmp_path / "r.backpack", "after your request expired", now=family._clock() + 3 * DAY
    )


def test_a_reply_signed_by_a_key_the_family_did_not_ask_is_refused(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    # Ms. Lopez passes the share to someone else's backpack, which writes the reply.
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with other:
        opened = tutor.open_share(tmp_path / "s.backpack")
        forged = _forge(other, opened, tmp_path / "r.backpack")
    assert forged
    refused(family, tmp_path / "r.backpack", "key you did not ask")


def _forge(provider, opened, out):
    """A reply to `opened`'s request written with `provider`'s key (what a thief could do)."""
    from backpack_app.sharing.cards import CARD_TYPE, parse_card
    from backpack_app.sharing.contribution import (
        Contribution,
        Provider,
        contribution_credential,
        sign_contribution,
        write_reply,
    )

    request, now = opened.request, provider._clock()
    who = Provider(key=provider.signing_key(), name="Ms. Lopez")
    item = Contribution(kind="note", title="Forged", text="Not from Ms. Lopez")
    signed = sign_contribution(
        contribution_credential(item, learner_did=request.learner_did, provider=who, now=now),
        who.key,
        now=now,
    )
    card = parse_card(json.dumps({"type": CARD_TYPE, **request.card.model_dump()}).encode())
    return write_reply(out, signed, request=request, family=card, provider=who, now=now)


def test_a_reply_about_another_learner_is_refused(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    opened = tutor.open_share(tmp_path / "s.backpack")
    other = opened.request.model_copy(update={"learner_did": tutor.signing_key().did})
    opened.request = other
    _reply_to(tutor, opened, tmp_path / "r.backpack", kind="note")
    refused(family, tmp_path / "r.backpack", "another learner")


def test_an_endorsement_of_a_record_never_shared_is_refused(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    opened = tutor.open_share(tmp_path / "s.backpack")
    _reply_to(
        tutor,
        opened,
        tmp_path / "r.backpack",
        kind="endorsement",
        endorses="urn:uuid:00000000-0000-4000-8000-000000000000",
    )
    refused(family, tmp_path / "r.backpack", "never shared")


def _reply_to(provider, opened, out, **fields):
    from backpack_app.sharing.cards import CARD_TYPE, parse_card
    from backpack_app.sharing.contribution import (
        Contribution,
        Provider,
        contribution_credential,
        sign_contribution,
        write_reply,
    )

    request, now = opened.request, provider._clock()
    who = Provider(key=provider.signing_key(), name="Ms. Lopez")
    item = Contribution(title="Title", text="Text", **fields)
    unsigned = contribution_credential(item, learner_did=request.learner_did, provider=who, now=now)
    card = parse_card(json.dumps({"type": CARD_TYPE, **request.card.model_dump()}).encode())
    signed = sign_contribution(unsigned, who.key, now=now)
    return write_reply(out, signed, request=request, family=card, provider=who, now=now)


def test_a_share_without_a_request_cannot_be_replied_to(family, tutor, tmp_path):
    ids = [r.id for r in family.list_records() if r.title == "Food Bank"]
    family.share(tmp_path / "s.backpack", to="Ms. Lopez", record_ids=ids)
    with pytest.raises(UserError, match="does not ask you to write back"):
        tutor.reply(
            tmp_path / "s.backpack",
            tmp_path / "r.backpack",
            kind="note",
            title="t",
            text="x",
            name="Ms. Lopez",
        )
    assert not (tmp_path / "r.backpack").exists()
