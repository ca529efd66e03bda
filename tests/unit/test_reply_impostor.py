"""A reply to a share by code that gives a saved contact's name but is signed by another key is
kept apart; the contact list and a reply show the same fingerprint for one person; an unsaved
reply's report says what it answers; a damaged reply is not blamed on a code (issue 21).
Real vaults, real crypto, the real CLI."""

from __future__ import annotations

import json

from backpack_app.sharing.contribution import impersonated
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.unit import test_provider_replies as replies
from tests.unit.test_provider_replies import records_and_files, share

family, tutor = replies.family, replies.tutor  # the fixtures of the round trips


def _reply(bp, src, out, name, code):
    return bp.reply(src, out, kind="note", title="Progress", text="Fine.", code=code, name=name)


def test_a_code_reply_giving_a_contacts_name_with_another_key_is_kept_apart(
    family, tutor, tmp_path
):
    made, _ = share(family, tmp_path / "s.backpack", to=None, code=True)
    impostor, _ = Backpack.create(tmp_path / "impostor", PASSPHRASE, kdf=FAST)
    with impostor:
        # The contact is "Ms. Lopez": case and spaces do not matter.
        _reply(
            impostor, tmp_path / "s.backpack", tmp_path / "r.backpack", "  ms.  LOPEZ ", made.code
        )
        _reply(impostor, tmp_path / "s.backpack", tmp_path / "p.backpack", "Chess Club", made.code)
        _reply(impostor, tmp_path / "s.backpack", tmp_path / "n.backpack", "Ms. Lopez", made.code)
        forger = impostor.signing_key().did
    before = records_and_files(family)
    reply, author, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
    assert record_id is None and author is None and reply.reasons == ["name_of_contact"]
    assert reply.apart_reason == (
        "This reply gives the name of your contact Ms. Lopez, but is not signed with the key on "
        "Ms. Lopez's card (anyone who saw your share could write one)."
    )
    assert records_and_files(family)[0] == before[0]
    [row] = family.kept_replies()
    assert row["reasons"] == ["name_of_contact"] and row["author_did"] == forger
    # The family's choice, as for the other reasons; the contact's key is not changed.
    _, _, filed = family.accept_reply(row["id"])
    assert filed and family.kept_replies() == []
    assert family.contacts()[0].signing_did == tutor.signing_key().did
    # --accept-new-key says the key is theirs: filed at once, the contact's key unchanged.
    reply, _, filed = family.open_reply(tmp_path / "n.backpack", save=True, accept_other_key=True)
    assert filed and reply.reasons == ["name_of_contact"] and reply.apart == []
    assert family.contacts()[0].signing_did == tutor.signing_key().did
    # Another name, a key in no contact: filed, and said to be in no contact.
    reply, author, record_id = family.open_reply(tmp_path / "p.backpack", save=True)
    assert record_id and author is None and reply.reasons == []
    # The real tutor, by any spelling of their own name, is filed at once.
    _reply(tutor, tmp_path / "s.backpack", tmp_path / "t.backpack", "MS. LOPEZ", made.code)
    reply, author, record_id = family.open_reply(tmp_path / "t.backpack", save=True)
    assert record_id and author is not None and reply.reasons == []


def test_impersonated_compares_names_and_the_card_keys():
    contacts = [("Mr. Lee (tutor)", "did:key:lee"), ("Old Card", None)]
    assert impersonated("mr.  lee (TUTOR)", "did:key:other", contacts) == contacts[0]
    assert impersonated("Mr. Lee (tutor)", "did:key:lee", contacts) is None
    assert impersonated("Mr. Lee", "did:key:other", contacts) is None
    # A version 1 card names no key to differ from.
    assert impersonated("Old Card", "did:key:other", contacts) is None
    # Two contacts by one name, one of them holding the key: not an impostor.
    both = [*contacts, ("MR. LEE (tutor)", "did:key:other")]
    assert impersonated("Mr. Lee (tutor)", "did:key:other", both) is None


def _cli_reply(cli, home, share_file, out, name, code):
    return cli(
        "reply",
        str(share_file),
        "--kind",
        "note",
        "--title",
        "Progress",
        "--text",
        "Fine.",
        "--name",
        name,
        "--out",
        str(out),
        home_dir=home,
        env={"BACKPACK_SHARE_CODE": code},
    )


def test_the_cli_says_one_fingerprint_per_person_and_keeps_an_impostor_apart(cli, tmp_path):
    lee, impostor = tmp_path / "tutor-home", tmp_path / "impostor-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=lee).code == 0
    assert cli("init", home_dir=impostor).code == 0
    card = tmp_path / "lee.card"
    exported = cli("card", "export", "--name", "Mr. Lee (tutor)", "--out", str(card), home_dir=lee)
    assert exported.code == 0 and "signed with key fingerprint" in exported.out
    added = cli("contact", "add", str(card))
    assert added.code == 0 and "signed with key fingerprint" in added.out
    service = cli("add", "service", "--org", "Food Bank", "--hours", "12").out.strip()
    code_file = tmp_path / "code.txt"
    made = cli(
        "share",
        "--code",
        "--records",
        service,
        "--out",
        str(tmp_path / "s.backpack"),
        "--ask-for-contribution",
        "notes",
        "--code-file",
        str(code_file),
    )
    assert made.code == 0, made.err
    code = code_file.read_text().strip()
    share_file = tmp_path / "s.backpack"
    good, bad, other = (tmp_path / f"{n}.backpack" for n in ("good", "bad", "other"))
    assert _cli_reply(cli, lee, share_file, good, "Mr. Lee (tutor)", code).code == 0
    assert _cli_reply(cli, impostor, share_file, bad, "Mr. Lee (tutor)", code).code == 0
    assert _cli_reply(cli, impostor, share_file, other, "Chess Club", code).code == 0

    # The contact list shows the fingerprint a reply shows, "writes with key".
    [saved] = json.loads(cli("contact", "list", "--json").out)
    listed = cli("contact", "list").out
    assert f"writes with key {saved['signing_fingerprint']}" in listed
    shown = json.loads(cli("open", str(good), "--json").out)
    assert shown["author"]["fingerprint"] == saved["signing_fingerprint"]
    assert shown["author"]["in_contacts"] and shown["author"]["contact"] == "Mr. Lee (tutor)"
    # Unsaved, the report says what the saved copy's says.
    [recipient] = [c for c in shown["report"]["checks"] if c["id"] == "recipient"]
    assert recipient["detail"] == "It answers your request about Ana Rivera."
    said = cli("open", str(good), "--save")
    assert said.code == 0 and "the key on Mr. Lee (tutor)'s card" in said.out
    assert saved["signing_fingerprint"] in said.out

    # The impostor: kept apart, saying whose name it takes.
    kept = cli("open", str(bad), "--save")
    assert kept.code == 1 and "Traceback" not in kept.err
    assert "gives the name of your contact Mr. Lee (tutor), but is not signed" in kept.err
    assert saved["signing_fingerprint"] not in kept.out
    [row] = json.loads(cli("replies", "--json").out)
    assert row["reasons"] == ["name_of_contact"] and row["author"]["in_contacts"] is False
    assert "Progress" not in cli("list").out.split("Food Bank")[0]
    # A key in no contact, under another name: filed, and said so in text and JSON.
    unknown = cli("open", str(other), "--save")
    assert unknown.code == 0 and "not in your contacts" in unknown.out
    assert json.loads(cli("open", str(other), "--json").out)["author"]["in_contacts"] is False
    accepted = cli("replies", "accept", row["id"])
    assert accepted.code == 0 and "not in your contacts" in accepted.out, accepted.err


def test_a_damaged_reply_opened_with_a_code_says_damaged_not_wrong_code(
    family, tutor, tmp_path, cli
):
    made, _ = share(family, tmp_path / "s.backpack", to=None, code=True)
    _reply(tutor, tmp_path / "s.backpack", tmp_path / "r.backpack", "Ms. Lopez", made.code)
    data = bytearray((tmp_path / "r.backpack").read_bytes())
    at = data.index(b'"kind"')
    data[at : at + 6] = b'"k#nd"'  # the header no longer reads
    (tmp_path / "bad.backpack").write_bytes(bytes(data))
    (tmp_path / "code.txt").write_text(made.code)
    family.close()
    said = cli("open", str(tmp_path / "bad.backpack"), "--code-file", str(tmp_path / "code.txt"))
    assert said.code == 1 and "damaged" in said.err and "Wrong code" not in said.err
    assert "Traceback" not in said.err
    # A code share with a wrong code still says so.
    (tmp_path / "code.txt").write_text("-".join(reversed(made.code.split("-"))))
    wrong = cli("open", str(tmp_path / "s.backpack"), "--code-file", str(tmp_path / "code.txt"))
    assert wrong.code == 1 and "Wrong code" in wrong.err
