"""A teacher at the start of the year: 30 shares from several families, one group a learner,
what each shared and until when, and what each family is still owed (real vaults, real crypto,
the real CLI on the teacher's backpack)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from backpack_app.domain.records import Category
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

FAMILIES = {
    "Rivera": ["Ana Rivera", "Ben Rivera", "Carla Rivera"],
    "Ortiz": ["Dan Ortiz", "Eva Ortiz"],
    "Nguyen": [f"Student {n:02d} Nguyen" for n in range(24)],
}


@pytest.fixture(scope="module")
def teacher_home(tmp_path_factory):
    """The teacher's backpack after 30 shares: 29 learners, Ana Rivera twice; every third
    share asks for a contribution; one of Ana's requests answered."""
    root = tmp_path_factory.mktemp("teacher")
    teacher, _ = Backpack.create(root / "teacher", PASSPHRASE, kdf=FAST)
    card = teacher.my_card("Ms. Lopez")[0]
    made = 0
    for family_name, learners in FAMILIES.items():
        family, _ = Backpack.create(root / family_name, PASSPHRASE, kdf=FAST)
        with family:
            family.add_contact(card)
            for learner in learners:
                family.add_learner(learner)
                family.add_record(Category.GOAL, title=f"{learner}: read 20 books", learner=learner)
            for learner in learners:
                times = 2 if learner == "Ana Rivera" else 1
                for n in range(times):
                    made += 1
                    ask = (
                        f"{'spring' if n else 'autumn'} notes for {learner}"
                        if made % 3 == 1 or learner == "Ana Rivera"
                        else None
                    )
                    ids = [r.id for r in family.list_records(learner=learner)]
                    family.share(
                        root / f"s{made}.backpack",
                        to="Ms. Lopez",
                        learner=learner,
                        record_ids=ids,
                        purpose=f"Class {made}",
                        expires=family._clock() + dt.timedelta(days=10 + made),
                        ask_for_contribution=ask,
                    )
    assert made == 30
    with teacher:
        for n in range(1, made + 1):
            teacher.open_share(root / f"s{n}.backpack", save=True)
        teacher.reply(
            root / "s1.backpack",
            root / "r1.backpack",
            kind="note",
            title="Autumn",
            text="A good start.",
            name="Ms. Lopez",
        )
    return root / "teacher"


def test_one_group_a_learner_with_shares_and_what_is_owed(teacher_home):
    with Backpack.open(teacher_home, PASSPHRASE, kdf=FAST) as teacher:
        groups = teacher.received_by_learner()
        holders = {r.learner: r.holder_did for r in teacher.received()}
    assert len(groups) == 29 and sum(len(g.shares) for g in groups) == 30
    assert [g.learner for g in groups] == sorted((g.learner for g in groups), key=str.casefold)
    ana = next(g for g in groups if g.learner == "Ana Rivera")
    assert ana.holder_did == holders["Ana Rivera"]
    assert [s.purpose for s in ana.shares] == ["Class 1", "Class 2"]
    # The first request was answered; the second is still owed, with its deadline.
    assert [(a["ask"], a["status"]) for a in ana.asked] == [
        ("autumn notes for Ana Rivera", "answered"),
        ("spring notes for Ana Rivera", "owed"),
    ]
    assert [a["ask"] for a in ana.owed] == ["spring notes for Ana Rivera"]
    assert ana.owed[0]["until"][:10] == f"{ana.shares[1].expires:%Y-%m-%d}"
    assert ana.until == ana.shares[1].expires
    ben = next(g for g in groups if g.learner == "Ben Rivera")
    assert len(ben.shares) == 1 and ben.owed == [] and ben.asked == []
    owing = [g.learner for g in groups if g.owed]
    assert len(owing) == 10  # Ana's second, and every third share's request but Ana's first


def test_received_json_and_text_are_grouped_the_same_way(teacher_home, cli):
    shown = cli("received", "--json", home_dir=teacher_home)
    assert shown.code == 0, shown.err
    groups = json.loads(shown.out)
    assert len(groups) == 29
    ana = next(g for g in groups if g["learner"] == "Ana Rivera")
    assert ana["holder"].startswith("did:key:")
    # Each share keeps the keys `received --json` always gave, and what its family asks.
    keys = {"id", "learner", "holder", "recipient", "purpose", "created", "expires", "saved"}
    assert all(keys | {"asked"} == set(s) for g in groups for s in g["shares"])
    assert [s["purpose"] for s in ana["shares"]] == ["Class 1", "Class 2"]
    assert [s["asked"]["status"] for s in ana["shares"]] == ["answered", "owed"]
    assert [o["ask"] for o in ana["owed"]] == ["spring notes for Ana Rivera"]
    text = cli("received", home_dir=teacher_home).out
    block = text[text.index("Ana Rivera (key") : text.index("Ben Rivera")]
    assert "Class 1" in block and "Class 2" in block
    assert "You owe a reply by" in block and '"spring notes for Ana Rivera"' in block
    assert 'asked "autumn notes for Ana Rivera" - 1 reply written' in block
    assert text.count(" (key ") == 29
