"""Providers contribute back: family -> tutor -> family, by card and by code, and every reply
the family must not file (real vaults, real crypto)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.domain.records import Category, Provenance
from backpack_app.errors import NotFound, ShareUnreadable, UserError
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
    # Shown on the record it endorses.
    [shown] = family.endorsements_of(food)
    assert shown["record"] == record_id and shown["author"] == "Ms. Lopez"
    assert shown["text"] == "Ana led the food drive." and shown["did"] == tutor.signing_key().did
    assert family.endorsements_of(record_id) == []


def records_and_files(bp):
    return [r.id for r in bp.list_records()], sorted(
        p.name for p in bp.layout.attachments.rglob("*")
    )


def refused(family, path, match, **kwargs):
    before = records_and_files(family)
    with pytest.raises(ReplyRefused, match=match):
        family.open_reply(path, save=True, **kwargs)
    assert records_and_files(family) == before and family.kept_replies() == []


def kept_apart(family, path, match, **kwargs):
    """Opened with --save, the reply is kept apart (why: `match`), not among the records."""
    before = [r.id for r in family.list_records()]
    reply, _, record_id = family.open_reply(path, save=True, **kwargs)
    assert record_id is None and reply.apart and match in reply.apart_reason
    [row] = family.kept_replies()
    assert row["id"] == reply.reply_id and match in row["reason"]
    assert row["author_did"] == reply.author_did and row["learner"] == "Ana Rivera"
    assert [r.id for r in family.list_records()] == before  # not filed, shared nor counted
    assert reply.title not in [r.title for r in family.list_records()]
    # Opening it again keeps it apart once.
    assert family.open_reply(path, save=True, **kwargs)[2] is None
    assert len(family.kept_replies()) == 1
    return row


def test_a_reply_after_the_request_expired_is_kept_apart_until_accepted(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="Late note",
        text="x",
        name="Ms. Lopez",
    )
    later = family._clock() + 3 * DAY
    row = kept_apart(family, tmp_path / "r.backpack", "after your request expired", now=later)
    assert row["reasons"] == ["late"]
    _, author, record_id = family.accept_reply(row["id"])
    record = family.get_record(record_id)
    assert record.provenance is Provenance.THIRD_PARTY_ATTESTED and record.title == "Late note"
    assert author is not None and author.name == "Ms. Lopez"
    assert family.kept_replies() == []
    with pytest.raises(NotFound):
        family.accept_reply(row["id"])


def test_a_reply_signed_by_a_key_the_family_did_not_ask_is_kept_apart(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    # Ms. Lopez passes the share to someone else's backpack, which writes the reply.
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with other:
        opened = tutor.open_share(tmp_path / "s.backpack")
        assert _forge(other, opened, tmp_path / "r.backpack")
        assert _forge(other, opened, tmp_path / "r2.backpack")
        forger = other.signing_key().did
    row = kept_apart(family, tmp_path / "r.backpack", "signed by a key you did not ask")
    assert row["reasons"] == ["other_key"] and row["author_did"] == forger
    files = records_and_files(family)[1]
    # The family says the new key is the tutor's, after the request expired (the reply came
    # in time): filed, and the key remembered from now on.
    family._clock = lambda: dt.datetime.now(dt.UTC) + 40 * DAY
    _, _, record_id = family.accept_reply(row["id"])
    family._clock = lambda: dt.datetime.now(dt.UTC)
    assert family.get_record(record_id).title == "Forged" and family.kept_replies() == []
    assert records_and_files(family)[1] != files  # the kept file went, the filed one stays
    assert family.contacts()[0].signing_did == forger
    assert family.open_reply(tmp_path / "r2.backpack", save=True)[2] is not None


def test_the_cli_keeps_a_forged_reply_apart_lists_it_and_accepts_or_discards_it(
    family, tutor, tmp_path, cli
):
    share(family, tmp_path / "s.backpack")
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with other:
        opened = tutor.open_share(tmp_path / "s.backpack")
        for n in range(3):
            _forge(other, opened, tmp_path / f"r{n}.backpack")
    family.close()
    said = cli("open", str(tmp_path / "r0.backpack"), "--save")
    assert said.code == 1 and "Kept apart, not filed: This reply is signed by a key" in said.err
    assert "backpack replies accept" in said.err and "Traceback" not in said.err
    assert "Forged" not in cli("list").out
    assert cli("open", str(tmp_path / "r1.backpack"), "--save").code == 1
    listed = json.loads(cli("replies", "--json").out)
    assert [r["reasons"] for r in listed] == [["other_key"], ["other_key"]]
    assert listed[0]["author"]["name"] == "Ms. Lopez" and listed[0]["author"]["contact"] is None
    assert "key you did not ask" in listed[0]["reason"] and listed[0]["title"] == "Forged"
    shown = cli("replies").out
    assert listed[0]["id"] in shown and "key you did not ask" in shown
    assert ", not in your contacts: compare the fingerprint with them)" in shown
    assert listed[0]["author"]["contact_since"] is None
    gone = cli("replies", "discard", listed[1]["id"])
    assert gone.code == 0 and len(json.loads(cli("replies", "--json").out)) == 1
    accepted = cli("replies", "accept", listed[0]["id"])
    assert accepted.code == 0 and "third-party attested" in accepted.out, accepted.err
    assert "Forged" in cli("list").out and "No reply is kept apart" in cli("replies").out
    missing = cli("replies", "accept", listed[1]["id"])
    assert missing.code != 0 and "no reply" in missing.err and "Traceback" not in missing.err
    # --accept-new-key files at once (the key is remembered now anyway).
    now = cli("open", str(tmp_path / "r2.backpack"), "--save", "--accept-new-key")
    assert now.code == 0 and "Filed under" in now.out


def test_accept_new_key_files_a_forged_reply_at_once_and_remembers_the_key(
    family, tutor, tmp_path, cli
):
    share(family, tmp_path / "s.backpack")
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with other:
        opened = tutor.open_share(tmp_path / "s.backpack")
        _forge(other, opened, tmp_path / "r.backpack")
        forger = other.signing_key().did
    family.close()
    accepted = cli("open", str(tmp_path / "r.backpack"), "--save", "--accept-new-key")
    assert accepted.code == 0 and "not in your contacts" in accepted.out
    assert "Forged" in cli("list").out and "No reply is kept apart" in cli("replies").out
    assert json.loads(cli("contact", "list", "--json").out)[0]["signing_did"] == forger


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


def test_a_reply_about_another_learner_is_kept_apart_and_discarded(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    opened = tutor.open_share(tmp_path / "s.backpack")
    other = opened.request.model_copy(update={"learner_did": tutor.signing_key().did})
    opened.request = other
    evidence = tmp_path / "ben.txt"
    evidence.write_bytes(b"Ben's worksheet")
    _reply_to(tutor, opened, tmp_path / "r.backpack", kind="note", evidence=evidence)
    files = records_and_files(family)[1]
    row = kept_apart(family, tmp_path / "r.backpack", "about another learner")
    assert row["reasons"] == ["other_learner"] and records_and_files(family)[1] != files
    family.discard_reply(row["id"])
    assert family.kept_replies() == [] and records_and_files(family)[1] == files
    with pytest.raises(NotFound):
        family.discard_reply(row["id"])


def test_an_endorsement_of_a_record_never_shared_is_kept_apart_and_accepted(
    family, tutor, tmp_path
):
    share(family, tmp_path / "s.backpack")
    opened = tutor.open_share(tmp_path / "s.backpack")
    _reply_to(
        tutor,
        opened,
        tmp_path / "r.backpack",
        kind="endorsement",
        endorses="urn:uuid:00000000-0000-4000-8000-000000000000",
    )
    row = kept_apart(family, tmp_path / "r.backpack", "never shared")
    assert row["reasons"] == ["not_shared"] and row["kind"] == "endorsement"
    reply, _, record_id = family.accept_reply(row["id"])
    assert reply.endorsed_record is None
    record = family.get_record(record_id)
    assert record.provenance is Provenance.THIRD_PARTY_ATTESTED and record.description == "Text"


def test_every_reason_is_said_in_one_sentence(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    opened = tutor.open_share(tmp_path / "s.backpack")
    opened.request = opened.request.model_copy(update={"learner_did": "did:example:ben"})
    _reply_to(tutor, opened, tmp_path / "r.backpack", kind="note")
    reply, _, _ = family.open_reply(tmp_path / "r.backpack", now=family._clock() + 3 * DAY)
    assert reply.reasons == ["other_learner", "late"]
    assert reply.apart_reason.startswith("This reply is about another learner than the one you ")
    assert " and came after your request expired on " in reply.apart_reason
    assert reply.apart_reason.count(".") == 1 and family.kept_replies() == []  # not saved


def _reply_to(provider, opened, out, **fields):
    from backpack_app.sharing.cards import CARD_TYPE, parse_card
    from backpack_app.sharing.contribution import (
        Contribution,
        Provider,
        contribution_credential,
        file_source,
        sign_contribution,
        write_reply,
    )

    request, now = opened.request, provider._clock()
    who = Provider(key=provider.signing_key(), name="Ms. Lopez")
    evidence = fields.pop("evidence", None)
    sources = [file_source(evidence)] if evidence else []
    item = Contribution(title="Title", text="Text", files=[f.entry for f in sources], **fields)
    unsigned = contribution_credential(item, learner_did=request.learner_did, provider=who, now=now)
    card = parse_card(json.dumps({"type": CARD_TYPE, **request.card.model_dump()}).encode())
    signed = sign_contribution(unsigned, who.key, now=now)
    return write_reply(
        out, signed, request=request, family=card, provider=who, now=now, files=sources
    )


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


# --- the command line ----------------------------------------------------------------------------
def test_cli_round_trip_by_card_and_by_code(cli, tmp_path):
    tutor = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=tutor).code == 0
    card = tmp_path / "lopez.card"
    assert (
        cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor).code == 0
    )
    assert cli("contact", "add", str(card)).code == 0
    service = cli("add", "service", "--org", "Food Bank", "--hours", "12").out.strip()
    made = cli(
        "share",
        "--to",
        "Ms. Lopez",
        "--records",
        service,
        "--out",
        str(tmp_path / "s.backpack"),
        "--ask-for-contribution",
        "progress notes for spring",
    )
    assert made.code == 0 and "write back" in made.out
    shown = cli("open", str(tmp_path / "s.backpack"), home_dir=tutor)
    assert "progress notes for spring" in shown.out and "1. Food Bank" in shown.out
    reply = cli(
        "reply",
        str(tmp_path / "s.backpack"),
        "--kind",
        "note",
        "--title",
        "Spring tutoring",
        "--text",
        "Ana is making progress.",
        "--hours",
        "6",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "r.backpack"),
        home_dir=tutor,
    )
    assert reply.code == 0, reply.err
    opened = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert opened.code == 0, opened.err
    assert "Written by Ms. Lopez" in opened.out and "in your contacts as Ms. Lopez" in opened.out
    endorse = cli(
        "reply",
        str(tmp_path / "s.backpack"),
        "--kind",
        "endorsement",
        "--endorses",
        "1",
        "--title",
        "Saw it",
        "--text",
        "Ana ran the food drive.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "e.backpack"),
        home_dir=tutor,
    )
    assert endorse.code == 0, endorse.err
    assert cli("open", str(tmp_path / "e.backpack"), "--save").code == 0
    shown = cli("show", service)
    assert "endorsed by Ms. Lopez (third-party attested" in shown.out
    assert "Ana ran the food drive." in shown.out
    assert (
        json.loads(cli("show", service, "--json").out)["endorsements"][0]["author"] == "Ms. Lopez"
    )
    # By code, from a program the family has no card of.
    program = tmp_path / "program-home"
    assert cli("init", home_dir=program).code == 0
    made = cli(
        "share",
        "--code",
        "--records",
        service,
        "--out",
        str(tmp_path / "c.backpack"),
        "--ask-for-contribution",
        "a badge",
        "--code-file",
        str(tmp_path / "code.txt"),
    )
    assert made.code == 0, made.err
    code = (tmp_path / "code.txt").read_text().strip()
    missing = cli(
        "reply",
        str(tmp_path / "c.backpack"),
        "--kind",
        "achievement",
        "--title",
        "Chess",
        "--text",
        "Won.",
        "--name",
        "Chess Club",
        "--out",
        str(tmp_path / "c-r.backpack"),
        home_dir=program,
    )
    assert missing.code == 2 and "code" in missing.err and not (tmp_path / "c-r.backpack").exists()
    reply = cli(
        "reply",
        str(tmp_path / "c.backpack"),
        "--kind",
        "achievement",
        "--title",
        "Chess",
        "--text",
        "Won.",
        "--name",
        "Chess Club",
        "--out",
        str(tmp_path / "c-r.backpack"),
        home_dir=program,
        env={"BACKPACK_SHARE_CODE": code},
    )
    assert reply.code == 0, reply.err
    opened = cli("open", str(tmp_path / "c-r.backpack"), "--save")
    assert opened.code == 0 and "not in your contacts" in opened.out
    listed = json.loads(cli("list", "--json").out)
    attested = {r["title"]: r for r in listed if r["provenance"] == "third_party_attested"}
    assert set(attested) == {"Spring tutoring", "Saw it", "Chess"}
    assert attested["Spring tutoring"]["author"]["name"] == "Ms. Lopez"
    assert attested["Chess"]["author"]["name"] == "Chess Club"
    assert all(len(r["author"]["fingerprint"].split()) == 8 for r in attested.values())


def test_cli_keeps_a_late_reply_apart_with_a_sentence(cli, tmp_path, family, tutor):
    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    family.close()  # the cli fixture opens the same backpack
    before = cli("list", "--json").out
    later = (dt.datetime.now(dt.UTC) + 3 * DAY).isoformat()
    result = cli("open", str(tmp_path / "r.backpack"), "--save", "--at", later)
    assert result.code == 1 and "after your request expired" in result.err
    assert "Traceback" not in result.err and cli("list", "--json").out == before
    shown = json.loads(cli("open", str(tmp_path / "r.backpack"), "--json", "--at", later).out)
    assert shown["kept_apart"]["reasons"] == ["late"] and shown["saved"] is None
    # Opened again in time, it is filed, and no longer kept apart.
    result = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert result.code == 0 and cli("list", "--json").out != before
    assert json.loads(cli("replies", "--json").out) == []


def test_a_reply_kept_apart_under_at_came_then_and_replies_json_says_the_expiry(
    cli, tmp_path, family, tutor
):
    until = family._clock() + 2 * DAY
    share(family, tmp_path / "s.backpack", expires=until)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    family.close()
    later = (dt.datetime.now(dt.UTC) + 30 * DAY).replace(microsecond=0)
    assert cli("open", str(tmp_path / "r.backpack"), "--save", "--at", later.isoformat()).code == 1
    [row] = json.loads(cli("replies", "--json").out)
    # When it came is the moment it was opened at, not this computer's clock.
    assert dt.datetime.fromisoformat(row["received"]) == later
    assert dt.datetime.fromisoformat(row["expires"]) == until
    assert row["reasons"] == ["late"]


def _one_sentence(result, code: int | None = None) -> None:
    """Refused in one sentence, exit `code` (1 or 2 when not said), never a traceback."""
    assert result.code == code if code else result.code in (1, 2), result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("backpack: "), result.err
    assert "Traceback" not in result.err


def test_bad_input_to_reply_and_to_open_reply_is_one_sentence_and_changes_nothing(cli, tmp_path):
    """Truncated, garbled, oversized, a share that asks nothing, a reply opened by the wrong
    backpack: one sentence, exit 1 or 2, no reply written, nothing kept by the family."""
    tutor, other = tmp_path / "tutor-home", tmp_path / "other-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=tutor).code == 0
    assert cli("init", "--learner", "Ben Ortiz", home_dir=other).code == 0
    card = tmp_path / "lopez.card"
    assert (
        cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor).code == 0
    )
    assert cli("contact", "add", str(card)).code == 0
    service = cli("add", "service", "--org", "Food Bank", "--hours", "12").out.strip()

    def share(out, *more):
        made = cli("share", "--to", "Ms. Lopez", "--records", service, "--out", str(out), *more)
        assert made.code == 0, made.err

    share(tmp_path / "s.backpack", "--ask-for-contribution", "progress notes")
    share(tmp_path / "plain.backpack")
    good = (tmp_path / "s.backpack").read_bytes()
    bad = {
        "truncated": good[: len(good) // 2],
        "garbled": bytes(b ^ 0x5A for b in good),
        "empty": b"",
        "text": b"Dear Ms. Lopez, here are Ana's records.\n" * 20,
    }
    for name, data in bad.items():
        (tmp_path / f"{name}.backpack").write_bytes(data)
    with open(tmp_path / "huge.backpack", "wb") as fh:  # 3 GiB, sparse: only its start is read
        fh.write(good[:64])
        fh.truncate(3 * 1024**3)

    def reply(source, out="r.backpack", home=tutor):
        return cli(
            "reply",
            str(source),
            "--kind",
            "note",
            "--title",
            "Week 1",
            "--text",
            "Good start.",
            "--name",
            "Ms. Lopez",
            "--out",
            str(tmp_path / out),
            home_dir=home,
        )

    for name in ("truncated", "garbled", "empty", "text", "huge"):
        _one_sentence(reply(tmp_path / f"{name}.backpack"))
        assert not (tmp_path / "r.backpack").exists(), name
    asks_nothing = reply(tmp_path / "plain.backpack")
    _one_sentence(asks_nothing, 2)
    assert "does not ask you to write back" in asks_nothing.err
    nowhere = reply(tmp_path / "s.backpack", out="no-such-folder/r.backpack")
    _one_sentence(nowhere, 2)
    assert "There is no folder" in nowhere.err
    assert json.loads(cli("received", "--json", home_dir=tutor).out) == []  # owes nothing
    assert reply(tmp_path / "s.backpack").code == 0
    given_a_reply = reply(tmp_path / "r.backpack", out="r2.backpack")  # not a share
    _one_sentence(given_a_reply, 2)
    assert "is a reply written to a family, not their share" in given_a_reply.err
    assert not (tmp_path / "r2.backpack").exists()
    # The family's side: a reply that is damaged, or opened by another backpack.
    written = (tmp_path / "r.backpack").read_bytes()
    (tmp_path / "r-truncated.backpack").write_bytes(written[: len(written) - 100])
    flipped = bytearray(written)
    flipped[-200] ^= 0xFF
    (tmp_path / "r-garbled.backpack").write_bytes(bytes(flipped))
    before = (cli("list", "--json").out, cli("replies", "--json").out)
    files = sorted(p.name for p in (tmp_path / "backpack").rglob("*") if "attach" in str(p))
    for name in ("r-truncated", "r-garbled"):
        damaged = cli("open", str(tmp_path / f"{name}.backpack"), "--save")
        _one_sentence(damaged, 1)
        assert "This reply is damaged" in damaged.err, name
    for home in (other, tutor):  # another family; the tutor who wrote it
        elsewhere = cli("open", str(tmp_path / "r.backpack"), "--save", home_dir=home)
        _one_sentence(elsewhere, 1)
        assert "sealed for Ana Rivera's card (fingerprint " in elsewhere.err
        assert "open it in the backpack that asked for it" in elsewhere.err
    assert json.loads(cli("list", "--json", home_dir=other).out) == []
    for wrong in (["--pin"], ["--files", str(tmp_path / "out")]):
        misused = cli("open", str(tmp_path / "r.backpack"), "--save", *wrong)
        _one_sentence(misused, 2)
        assert "A provider's reply opens with --save, --json, --at" in misused.err
    assert (cli("list", "--json").out, cli("replies", "--json").out) == before
    assert sorted(p.name for p in (tmp_path / "backpack").rglob("*") if "attach" in str(p)) == files
    # The reply itself was fine all along.
    assert cli("open", str(tmp_path / "r.backpack"), "--save").code == 0


def test_cli_reply_carries_files_and_refuses_bad_ones(cli, tmp_path, family, tutor):
    share(family, tmp_path / "s.backpack")
    tutor.close()
    family.close()
    (tmp_path / "worksheet.pdf").write_bytes(b"%PDF-1.4 fractions " * 100)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n robot " * 100)

    def reply(*more):
        return cli(
            "reply",
            str(tmp_path / "s.backpack"),
            "--kind",
            "note",
            "--title",
            "Spring",
            "--text",
            "Ana joined in March.",
            "--name",
            "Ms. Lopez",
            "--out",
            str(tmp_path / "r.backpack"),
            *more,
            home_dir=tmp_path / "tutor",
        )

    for bad, said in (
        (["--file", str(tmp_path / "missing.pdf")], "There is no file"),
        (["--file", str(tmp_path)], "There is no file"),
        (["--hours", "-1"], "--hours is a number of hours"),
        (["--hours", "nan"], "--hours is a number of hours"),
        (["--text", "x" * 50_001], "--text at most 50,000"),
        (["--title", "T" * 501], "--title is at most 500 characters"),
    ):
        refused = reply(*bad)
        _one_sentence(refused, 2)
        assert said in refused.err and not (tmp_path / "r.backpack").exists(), bad
    made = reply("--file", str(tmp_path / "worksheet.pdf"), "--file", str(tmp_path / "photo.png"))
    assert made.code == 0, made.err
    assert cli("open", str(tmp_path / "r.backpack"), "--save").code == 0
    [row] = [r for r in json.loads(cli("list", "--json").out) if r["title"] == "Spring"]
    assert row["attachments"] == 2 and row["provenance"] == "third_party_attested"
    shown = cli("show", row["id"]).out
    assert "file worksheet.pdf" in shown and "file photo.png" in shown
    saved = json.loads(cli("show", row["id"], "--json").out)
    assert [(a["name"], a["media_type"]) for a in saved["attachments"]] == [
        ("worksheet.pdf", "application/pdf"),
        ("photo.png", "image/png"),
    ]


# --- the JS peer ---------------------------------------------------------------------------------
JS_PEER = os.environ.get("BACKPACK_JS_PEER")
needs_js_peer = pytest.mark.skipif(
    not (JS_PEER and shutil.which("node")),
    reason="set BACKPACK_JS_PEER to a set-up js-vc peer folder (and have node) to run",
)


@needs_js_peer
def test_the_js_peer_accepts_every_credential_a_provider_signs(family, tutor, tmp_path, cli):
    """Every kind, with and without files, signed with the tutor's did:key and with a
    program's did:web organisation key: the Digital Bazaar verifier accepts each credential
    as the family filed it (16, and refuses one changed after signing), and the reply's
    presentation with the request's secret and the family's card."""
    from backpack_app.crypto.school_key import open_school_key_file

    share(family, tmp_path / "s.backpack")
    opened = tutor.open_share(tmp_path / "s.backpack")
    evidence = tmp_path / "worksheet.pdf"
    evidence.write_bytes(b"%PDF-1.4 fractions worksheet " * 40)
    picture = tmp_path / "robot.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n robot " * 40)
    shared_id = opened.records[0].document["id"]
    kinds = {
        "note": {"kind": "note", "hours": 4.5},
        "narrative": {"kind": "narrative", "strengths": "Patient", "challenges": "Spelling"},
        "achievement": {"kind": "achievement"},
        "endorsement": {"kind": "endorsement", "endorses": shared_id},
        "note-files": {"kind": "note", "files": [evidence, picture]},
        "narrative-files": {"kind": "narrative", "strengths": "Curious", "files": [evidence]},
        "achievement-files": {"kind": "achievement", "hours": 10, "files": [picture]},
        "endorsement-files": {"kind": "endorsement", "endorses": shared_id, "files": [evidence]},
    }
    # A program's did:web organisation key, made with the school tools.
    org_env = {"BACKPACK_SCHOOL_PASSPHRASE": "bright futures org key 2026"}
    did, key_file = "did:web:bright-futures.example.org", tmp_path / "org.key"
    program = tmp_path / "program"
    assert cli("init", home_dir=program).code == 0
    made = cli("school", "init", "--name", "Bright Futures", "--out", str(key_file), env=org_env)
    assert made.code == 0, made.err
    document = tmp_path / "did.json"
    cli(
        "school",
        "did-web",
        "--key",
        str(key_file),
        "--domain",
        did.removeprefix("did:web:"),
        "--out",
        str(document),
        home_dir=program,
        env=org_env,
    )
    org_key = open_school_key_file(key_file.read_bytes(), org_env["BACKPACK_SCHOOL_PASSPHRASE"])[0]
    family.import_did_web(document.read_bytes())
    # ... answering the family's code share (a card share names the tutor's key).
    made, _ = share(family, tmp_path / "c.backpack", to=None, code=True)
    asked_by_code = tutor.open_share(tmp_path / "c.backpack", code=made.code)
    coded_id = asked_by_code.records[0].document["id"]
    org_kinds = {
        f"org-{name}": {**fields, **({"endorses": coded_id} if "endorses" in fields else {})}
        for name, fields in kinds.items()
    }
    by_key, by_web = tmp_path / "by-key", tmp_path / "by-web"
    by_key.mkdir()
    by_web.mkdir()
    for name, fields in {**kinds, **org_kinds}.items():
        out = tmp_path / f"{name}.backpack"
        fields = dict(fields)
        title, text = f"{name} title", f"What the provider says ({name})."
        organisation = (org_key, did) if name.startswith("org-") else None
        tutor.reply_to(
            asked_by_code if organisation else opened,
            out,
            title=title,
            text=text,
            # (the program writes under its own name: Ms. Lopez's with another key is kept
            # apart as a contact's name under another key)
            name="Bright Futures" if organisation else "Ms. Lopez",
            organisation=organisation,
            **fields,
        )
        reply, _, record_id = family.open_reply(out, save=True)
        assert record_id is not None and reply.report.valid, (name, reply.report.summary)
        assert reply.author_did == (did if organisation else tutor.signing_key().did)
        assert len(reply.files) == len(fields.get("files", []))
        folder = by_web if organisation else by_key
        (folder / f"{name}.json").write_text(json.dumps(reply.credential))
    peer = Path(JS_PEER)
    verdicts = tmp_path / "verdicts.json"
    subprocess.run(
        ["node", str(peer / "verify.mjs"), str(by_key), "--quiet", "--json", str(verdicts)],
        capture_output=True,
        timeout=180,
        cwd=peer,
        check=False,
    )
    results = json.loads(verdicts.read_text())["results"]
    assert len(results) == len(kinds) and {r["verdict"] for r in results} == {"valid"}, results
    # The peer resolves did:key only: the program's document is handed to its loader.
    script = (Path(__file__).parents[1] / "peers" / "verify_did_web.mjs").read_text()
    changed = json.loads((by_web / "org-note.json").read_text())
    changed["name"] = "Changed after signing"
    (tmp_path / "changed.json").write_text(json.dumps(changed))

    def web_peer(*files: Path) -> subprocess.CompletedProcess:
        argv = ["node", "--input-type=module", "-e", script, *map(str, files), "--", str(document)]
        return subprocess.run(argv, cwd=peer, capture_output=True, text=True, timeout=180)

    accepted = web_peer(*sorted(by_web.iterdir()))
    verdicts = json.loads(accepted.stdout)
    assert accepted.returncode == 0 and set(verdicts.values()) == {"valid"}, accepted
    assert len(verdicts) == len(org_kinds)
    refused = web_peer(tmp_path / "changed.json")
    assert refused.returncode == 1 and "invalid" in refused.stdout, refused
    # The reply's presentation the tutor's did:key signed (the request's secret, the card).
    from backpack_app.crypto.sealing import key_digest, open_for_recipient
    from backpack_app.sharing.container import open_bundle
    from backpack_app.sharing.presentation import card_domain

    receiving = family.receiving_key()
    sealed = open_bundle(
        tmp_path / "note-files.backpack", lambda h, _v: open_for_recipient(h.card.jwe, receiving)
    )
    presentation = sealed.manifest["presentation"]
    (tmp_path / "vp.json").write_text(json.dumps(presentation))
    nonce = presentation["proof"]["challenge"]
    assert nonce == opened.request.nonce
    checked = subprocess.run(
        [
            "node",
            str(peer / "verify-presentation.mjs"),
            str(tmp_path / "vp.json"),
            "--challenge",
            nonce,
            "--domain",
            card_domain(key_digest(receiving.public)),
        ],
        cwd=peer,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert checked.returncode == 0, checked.stdout


def test_a_tampered_reply_does_not_open_and_keeps_nothing(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    data = bytearray((tmp_path / "r.backpack").read_bytes())
    data[-40] ^= 1
    (tmp_path / "bad.backpack").write_bytes(bytes(data))
    before = records_and_files(family)
    with pytest.raises(ShareUnreadable):
        family.open_reply(tmp_path / "bad.backpack", save=True)
    assert records_and_files(family) == before and family.kept_replies() == []


def test_a_reply_whose_credential_signature_fails_is_refused_not_kept_apart(
    family, tutor, tmp_path
):
    from backpack_app.sharing.cards import CARD_TYPE, parse_card
    from backpack_app.sharing.contribution import (
        Contribution,
        Provider,
        contribution_credential,
        sign_contribution,
        write_reply,
    )

    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    request, now = tutor.open_share(tmp_path / "s.backpack").request, tutor._clock()
    who = Provider(key=tutor.signing_key(), name="Ms. Lopez")
    item = Contribution(kind="note", title="Honest", text="x")
    signed = sign_contribution(
        contribution_credential(item, learner_did=request.learner_did, provider=who, now=now),
        who.key,
        now=now,
    )
    signed["name"] = "Changed after signing"  # the presentation is signed over this
    card = parse_card(json.dumps({"type": CARD_TYPE, **request.card.model_dump()}).encode())
    write_reply(
        tmp_path / "r.backpack", signed, request=request, family=card, provider=who, now=now
    )
    # Late as well: still refused, never kept apart.
    refused(family, tmp_path / "r.backpack", "does not check out", now=now + 3 * DAY)


def test_a_reply_is_not_a_share_and_opens_only_for_the_family(family, tutor, tmp_path, cli):
    share(family, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    with pytest.raises(ShareUnreadable):
        tutor.open_reply(tmp_path / "r.backpack", save=True)
    family.close()
    shown = json.loads(cli("open", str(tmp_path / "r.backpack"), "--json").out)
    assert shown["author"]["contact"] == "Ms. Lopez" and shown["saved"] is None
    assert shown["provenance"] == "third_party_attested" and shown["report"]["valid"]


def test_a_provider_whose_key_the_family_does_not_know_is_said_so(wallet, tutor, tmp_path):
    # A version 1 card: the family asked, but could not name the key that would answer.
    wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12.5})
    body = json.loads(tutor.my_card("Ms. Lopez")[0])
    old = {"type": "BackpackCard", "version": 1, "name": "Ms. Lopez", "x25519": body["x25519"]}
    wallet.add_contact(json.dumps(old).encode())
    share(wallet, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="t",
        text="x",
        name="Ms. Lopez",
    )
    reply, author, record_id = wallet.open_reply(tmp_path / "r.backpack", save=True)
    assert author is None and record_id and reply.author_did == tutor.signing_key().did


def test_a_writer_the_family_never_saw_is_not_in_your_contacts_everywhere(cli, tmp_path):
    """A request made by code, the tutor's key never seen: every place that shows the entry
    says who wrote it, its key's fingerprint and that it is not a contact's; once the family
    saves the tutor's card, since when it is."""
    tutor = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=tutor).code == 0
    cli("add", "goal", "--title", "Read 20 books")
    made = cli(
        "request-contribution",
        "--code",
        "--ask",
        "a progress note",
        "--out",
        str(tmp_path / "q.backpack"),
        "--code-file",
        str(tmp_path / "code.txt"),
    )
    assert made.code == 0, made.err
    code = (tmp_path / "code.txt").read_text().strip()
    reply = cli(
        "reply",
        str(tmp_path / "q.backpack"),
        "--kind",
        "note",
        "--title",
        "Week 1",
        "--text",
        "Good start.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "r.backpack"),
        home_dir=tutor,
        env={"BACKPACK_SHARE_CODE": code},
    )
    assert reply.code == 0, reply.err
    did = next(w.strip("(),") for w in reply.out.split() if w.startswith("(did:key:"))
    from backpack_app.crypto.sealing import key_fingerprint

    fingerprint = key_fingerprint(did.encode("utf-8"))
    unknown = f"key fingerprint {fingerprint}, not in your contacts"
    opened = cli("open", str(tmp_path / "r.backpack"))
    assert opened.code == 0 and f"Written by Ms. Lopez ({unknown}" in opened.out
    shown = json.loads(cli("open", str(tmp_path / "r.backpack"), "--json").out)
    assert shown["author"] == {
        "name": "Ms. Lopez",
        "did": did,
        "fingerprint": fingerprint,
        "contact": None,
        "contact_since": None,
        "in_contacts": False,
    }
    saved = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert saved.code == 0 and unknown in saved.out and "Filed under" in saved.out
    [row] = [r for r in json.loads(cli("list", "--json").out) if r["title"] == "Week 1"]
    assert row["provenance"] == "third_party_attested" and row["author"] == shown["author"]
    assert "Week 1  - third-party attested by Ms. Lopez" in cli("list").out
    text = cli("show", row["id"]).out
    assert "- third-party attested" in text and f"written by Ms. Lopez ({unknown}" in text
    assert "school:" not in text  # a tutor is no school
    assert json.loads(cli("show", row["id"], "--json").out)["author"] == shown["author"]
    # What the tutor wrote and signed is not the family's to rewrite.
    edited = cli("edit", row["id"], "--title", "Week 1 (great!)")
    assert edited.code == 2 and "wrote and signed, so it cannot be edited" in edited.err
    assert json.loads(cli("show", row["id"], "--json").out)["title"] == "Week 1"
    # The family saves the tutor's card: since when it is a contact's, everywhere.
    card = tmp_path / "lopez.card"
    assert (
        cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor).code == 0
    )
    assert cli("contact", "add", str(card)).code == 0
    today = dt.datetime.now(dt.UTC).date()
    since = f"in your contacts as Ms. Lopez since {today.day} {today.strftime('%B %Y')}"
    assert (
        f"written by Ms. Lopez (key fingerprint {fingerprint}, {since})"
        in cli("show", row["id"]).out
    )
    [row] = [r for r in json.loads(cli("list", "--json").out) if r["title"] == "Week 1"]
    assert (row["author"]["contact"], row["author"]["contact_since"]) == (
        "Ms. Lopez",
        today.isoformat(),
    )
    again = json.loads(cli("open", str(tmp_path / "r.backpack"), "--json").out)
    assert again["author"]["contact_since"] == today.isoformat()
    assert since in cli("open", str(tmp_path / "r.backpack")).out


def test_a_request_on_its_own_shares_nothing_and_is_answered(cli, tmp_path):
    tutor = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=tutor).code == 0
    card = tmp_path / "lopez.card"
    assert (
        cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor).code == 0
    )
    assert cli("contact", "add", str(card)).code == 0
    cli("add", "goal", "--title", "Read 20 books")
    asked = cli(
        "request-contribution",
        "--to",
        "Ms. Lopez",
        "--ask",
        "a progress note",
        "--out",
        str(tmp_path / "q.backpack"),
    )
    assert asked.code == 0 and "shares no record" in asked.out, asked.err
    shown = json.loads(cli("open", str(tmp_path / "q.backpack"), "--json", home_dir=tutor).out)
    assert shown["records"] == [] and shown["contribution_request"]["ask"] == "a progress note"
    reply = cli(
        "reply",
        str(tmp_path / "q.backpack"),
        "--kind",
        "note",
        "--title",
        "Week 1",
        "--text",
        "Good start.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "r.backpack"),
        home_dir=tutor,
    )
    assert reply.code == 0, reply.err
    assert cli("open", str(tmp_path / "r.backpack"), "--save").code == 0
    listed = json.loads(cli("list", "--json").out)
    assert [r["title"] for r in listed if r["provenance"] == "third_party_attested"] == ["Week 1"]
    no_ask = cli(
        "request-contribution",
        "--to",
        "Ms. Lopez",
        "--ask",
        "  ",
        "--out",
        str(tmp_path / "x.backpack"),
    )
    assert no_ask.code == 2 and not (tmp_path / "x.backpack").exists()


def test_a_filed_reply_is_shared_onward_with_its_signature_unchanged(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="Spring tutoring",
        text="Steady progress.",
        name="Ms. Lopez",
    )
    reply, _, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    counselor, _ = Backpack.create(tmp_path / "counselor", PASSPHRASE, kdf=FAST)
    with counselor:
        family.add_contact(counselor.my_card("Mr. Kim")[0])
        family.share(
            tmp_path / "k.backpack", to="Mr. Kim", record_ids=[record_id], pdf=tmp_path / "k.pdf"
        )
        opened = counselor.open_share(tmp_path / "k.backpack")
    from pypdf import PdfReader

    printed = " ".join(p.extract_text() for p in PdfReader(tmp_path / "k.pdf").pages)
    assert "written by Ms. Lopez (third-party attested)" in " ".join(printed.split())
    [record] = opened.records
    assert record.report.valid and not record.self_reported
    assert record.document == reply.credential  # exactly as the provider signed it
    assert record.report.issuer_id == tutor.signing_key().did
    assert record.report.issuer_name == "Ms. Lopez" and record.title == "Spring tutoring"


def test_a_provider_sees_across_learners_what_they_still_owe(cli, tmp_path):
    tutor = tmp_path / "tutor-home"
    assert cli("init", home_dir=tutor).code == 0
    card = tmp_path / "lopez.card"
    assert (
        cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor).code == 0
    )
    for n, learner in enumerate(("Ana Rivera", "Ben Ortiz")):
        family = tmp_path / f"family-{n}"
        assert cli("init", "--learner", learner, home_dir=family).code == 0
        assert cli("contact", "add", str(card), home_dir=family).code == 0
        cli("add", "goal", "--title", "Read 20 books", home_dir=family)
        made = cli(
            "request-contribution",
            "--to",
            "Ms. Lopez",
            "--ask",
            f"notes for {learner}",
            "--out",
            str(tmp_path / f"q{n}.backpack"),
            home_dir=family,
        )
        assert made.code == 0, made.err
        assert cli("open", str(tmp_path / f"q{n}.backpack"), "--save", home_dir=tutor).code == 0
    reply = cli(
        "reply",
        str(tmp_path / "q0.backpack"),
        "--kind",
        "note",
        "--title",
        "Week 1",
        "--text",
        "Good.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "r.backpack"),
        home_dir=tutor,
    )
    assert reply.code == 0, reply.err
    groups = json.loads(cli("received", "--json", home_dir=tutor).out)
    rows = [s for g in groups for s in g["shares"]]
    owed = {r["learner"]: (r["asked"]["ask"], r["asked"]["status"]) for r in rows}
    assert owed == {
        "Ana Rivera": ("notes for Ana Rivera", "answered"),
        "Ben Ortiz": ("notes for Ben Ortiz", "owed"),
    }
    assert "You owe a reply by" in cli("received", home_dir=tutor).out


def test_a_request_made_on_one_computer_is_answered_on_the_other(family, tutor, tmp_path):
    from tests.sync_helpers import join

    family.sync_setup(tmp_path / "synced")
    other = join(tmp_path / "synced", tmp_path / "b")
    with other:
        share(family, tmp_path / "s.backpack")  # asked here, after the other computer joined
        family.sync()
        other.sync()
        assert other.contacts()[0].signing_did == tutor.signing_key().did
        tutor.reply(
            tmp_path / "s.backpack",
            tmp_path / "r.backpack",
            kind="note",
            title="Week 1",
            text="Good.",
            name="Ms. Lopez",
        )
        _, author, record_id = other.open_reply(tmp_path / "r.backpack", save=True)
        assert record_id and author is not None and author.name == "Ms. Lopez"
        other.sync()
        family.sync()
        assert "Week 1" in [r.title for r in family.list_records()]


def test_a_reply_kept_apart_on_one_computer_is_accepted_on_the_other(family, tutor, tmp_path):
    from tests.sync_helpers import join

    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    evidence = tmp_path / "worksheet.txt"
    evidence.write_bytes(b"fractions " * 100)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="Late note",
        text="x",
        files=[evidence],
        name="Ms. Lopez",
    )
    kept_apart(family, tmp_path / "r.backpack", "after your request", now=family._clock() + 3 * DAY)
    family.sync_setup(tmp_path / "synced")
    other = join(tmp_path / "synced", tmp_path / "b")
    with other:
        [row] = other.kept_replies()
        assert "after your request expired" in row["reason"]
        _, _, record_id = other.accept_reply(row["id"])
        assert [a.name for a in other.get_record(record_id).attachments] == ["worksheet.txt"]
        other.sync()
        family.sync()
    assert family.kept_replies() == []
    assert "Late note" in [r.title for r in family.list_records()]


# --- a narrative with strengths and challenges -------------------------------------------------
def test_a_narrative_carries_strengths_and_challenges_signed_and_filed(family, tutor, tmp_path):
    from backpack_app.credentials.verifier import VerifyContext, verify_document
    from backpack_app.domain.verification import CheckId, CheckStatus

    share(family, tmp_path / "s.backpack")
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="narrative",
        title="Spring narrative",
        text="Ana joined in March.",
        strengths="Persistent with hard problems.",
        challenges="Asks for help late.",
        hours=12,
        name="Ms. Lopez",
    )
    reply, _, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    assert (reply.kind, reply.text) == ("narrative", "Ana joined in March.")
    assert reply.strengths == "Persistent with hard problems." and reply.hours == 12
    assert reply.challenges == "Asks for help late."
    subject = reply.credential["credentialSubject"]
    # Any Open Badges viewer shows the sections in the narrative (Markdown)...
    assert subject["narrative"] == (
        "Ana joined in March.\n\n## Strengths\n\nPersistent with hard problems.\n\n"
        "## Challenges\n\nAsks for help late."
    )
    assert subject["achievement"]["achievementType"] == "ext:BackpackNarrative"
    # ... and each is a result of its own, described by the achievement.
    described = {d["name"]: d["resultType"] for d in subject["achievement"]["resultDescription"]}
    assert described == {
        "Hours attended": "ext:BackpackHours",
        "Strengths": "ext:BackpackStrengths",
        "Challenges": "ext:BackpackChallenges",
    }
    record = family.get_record(record_id)
    assert record.category is Category.NARRATIVE and record.description == "Ana joined in March."
    assert [(r.name, r.value) for r in record.details.results] == [
        ("Hours attended", "12"),
        ("Strengths", "Persistent with hard problems."),
        ("Challenges", "Asks for help late."),
    ]
    # Every kind a provider signs conforms to the official OB 3.0 schema.
    ctx = VerifyContext(now=family._clock(), schemas=True)
    check = verify_document(json.loads(json.dumps(reply.credential)), ctx).check(CheckId.SCHEMA)
    assert check.status is CheckStatus.PASSED, check.detail


def test_the_cli_writes_a_narrative_and_shows_it(cli, tmp_path, family, tutor):
    share(family, tmp_path / "s.backpack")
    tutor.close()
    family.close()
    tutor_home = tmp_path / "tutor"

    def reply(*more):
        return cli(
            "reply",
            str(tmp_path / "s.backpack"),
            "--title",
            "Spring",
            "--text",
            "Ana joined in March.",
            "--name",
            "Ms. Lopez",
            "--out",
            str(tmp_path / "r.backpack"),
            *more,
            home_dir=tutor_home,
        )

    wrong = reply("--kind", "note", "--strengths", "Kind")
    assert wrong.code == 2 and "only a narrative" in wrong.err
    assert reply("--kind", "narrative").code == 2 and not (tmp_path / "r.backpack").exists()
    made = reply("--kind", "narrative", "--strengths", "Kind to others", "--challenges", "Spelling")
    assert made.code == 0 and "a narrative for" in made.out, made.err
    opened = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert opened.code == 0 and "Strengths: Kind to others" in opened.out
    assert "Challenges: Spelling" in opened.out
    record = next(r for r in json.loads(cli("list", "--json").out) if r["title"] == "Spring")
    shown = cli("show", record["id"])
    assert "Kind to others" in shown.out and "Spelling" in shown.out


def test_a_reply_kept_apart_is_checked_backed_up_and_restored(family, tutor, tmp_path):
    share(family, tmp_path / "s.backpack", expires=family._clock() + 2 * DAY)
    tutor.reply(
        tmp_path / "s.backpack",
        tmp_path / "r.backpack",
        kind="note",
        title="Late note",
        text="x",
        name="Ms. Lopez",
    )
    row = kept_apart(family, tmp_path / "r.backpack", "expired", now=family._clock() + 3 * DAY)
    assert family.check() == [] and family.sweep_orphans() == 0
    family.backup(tmp_path / "b.bpk")
    with Backpack.restore(
        tmp_path / "b.bpk", tmp_path / "restored", passphrase=PASSPHRASE, kdf=FAST
    ) as restored:
        assert [r["id"] for r in restored.kept_replies()] == [row["id"]]
        _, _, record_id = restored.accept_reply(row["id"])
        assert restored.get_record(record_id).title == "Late note"
