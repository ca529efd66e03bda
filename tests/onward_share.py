"""Third-party entries shared onward: a family asks a tutor to write back, files the tutor's
note and endorsement, then shares them (with the goal endorsed) with a program, by card (with
a printout) and by code (as a page any browser opens). Real vaults, real keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from backpack_app.domain.records import Category
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

NOTE = "Spring tutoring"
ENDORSEMENT = "Reading goal endorsed"
GOAL = "Read 20 books"


@dataclass
class Onward:
    program_home: Path
    card_share: Path  # for the program's card
    pdf: Path  # its printout
    page: Path  # a code share of the same records, as a page
    code: str
    tutor_did: str


def make_onward(folder: Path) -> Onward:
    family, _ = Backpack.create(folder / "family", PASSPHRASE, kdf=FAST)
    tutor, _ = Backpack.create(folder / "tutor", PASSPHRASE, kdf=FAST)
    program, _ = Backpack.create(folder / "program", PASSPHRASE, kdf=FAST)
    with family, tutor, program:
        family.add_learner("Ana Rivera")
        goal = family.add_record(Category.GOAL, title=GOAL).id
        family.add_contact(tutor.my_card("Ms. Lopez")[0])
        family.share(
            folder / "asked.backpack",
            to="Ms. Lopez",
            record_ids=[goal],
            ask_for_contribution="progress notes for spring",
        )
        worksheet = folder / "worksheet.txt"
        worksheet.write_bytes(b"fractions worksheet " * 40)
        common = {"name": "Ms. Lopez"}
        tutor.reply(
            folder / "asked.backpack",
            folder / "note.backpack",
            kind="note",
            title=NOTE,
            text="Ana works steadily on fractions.",
            hours=6.5,
            files=[worksheet],
            **common,
        )
        tutor.reply(
            folder / "asked.backpack",
            folder / "endorsement.backpack",
            kind="endorsement",
            title=ENDORSEMENT,
            text="She read every one of them with me.",
            endorses="1",
            **common,
        )
        note = family.open_reply(folder / "note.backpack", save=True)[2]
        endorsement = family.open_reply(folder / "endorsement.backpack", save=True)[2]
        family.add_contact(program.my_card("Bright Futures")[0])
        chosen = [note, endorsement, goal]
        family.share(
            folder / "onward.backpack",
            to="Bright Futures",
            record_ids=chosen,
            pdf=folder / "onward.pdf",
        )
        made, _ = family.share(None, code=True, record_ids=chosen, html=folder / "onward.html")
        tutor_did = tutor.signing_key().did
    assert made.code is not None
    return Onward(
        program_home=folder / "program",
        card_share=folder / "onward.backpack",
        pdf=folder / "onward.pdf",
        page=folder / "onward.html",
        code=made.code,
        tutor_did=tutor_did,
    )
