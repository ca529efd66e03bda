"""Records of every category and learners: round trips, rules, edits, filters."""

from __future__ import annotations

import datetime as dt

import pytest

from backpack_app.domain.learners import Controller
from backpack_app.domain.records import CATEGORIES, Category, Provenance, Section, Sensitivity
from backpack_app.errors import AmbiguousLearner, NotFound, UserError
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

DETAILS = {
    Category.TRANSCRIPT: {
        "school": "Lincoln HS",
        "term": "Fall 2024",
        "code": "MATH101",
        "grade": "A",
        "credits": 1.0,
    },
    Category.ASSESSMENT: {"score": "Level 4", "school": "State"},
    Category.GOAL: {
        "target_date": "2026-06-01",
        "status": "in_progress",
        "progress_notes": [{"date": "2025-09-01", "text": "Started"}],
    },
    Category.PORTFOLIO: {"reflection": "I learned to revise."},
    Category.SERVICE: {"hours": 12.5, "start_date": "2025-01-01", "supervisor": "Ms. Lee"},
    Category.ACTIVITY: {"role": "Captain", "start_date": "2024-09-01"},
    Category.EMPLOYMENT: {"role": "Intern", "kind": "internship"},
    Category.RESEARCH: {"kind": "study_abroad", "location": "Valparaíso"},
    Category.RECOGNITION: {"awarded_by": "City Council"},
    Category.MILESTONE: {"status": "done", "due_date": "2026-01-15", "track": "college"},
    Category.INTEREST: {"kind": "strength"},
    Category.CHARACTER: {"observed_by": "Coach"},
}


@pytest.mark.parametrize("category", list(Category))
def test_every_category_round_trips_through_a_reopened_backpack(wallet, home, category):
    rec = wallet.add_record(
        category,
        title=f"Título {category.value}",
        description="Ñandú",
        date=dt.date(2025, 3, 1),
        details=DETAILS.get(category, {}),
    )
    wallet.close()
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as again:
        got = again.get_record(rec.id)
    assert got == rec
    info = CATEGORIES[category]
    assert got.sensitivity is info.sensitivity
    expected = (
        Provenance.SELF_REPORTED if info.section is Section.PROFILE else Provenance.SCHOOL_UNSIGNED
    )
    assert got.provenance is expected


@pytest.mark.parametrize(
    ("category", "sensitivity"),
    [
        (Category.SUPPORTS, "restricted"),
        (Category.DISCIPLINE, "restricted"),
        (Category.HEALTH, "restricted"),
        (Category.DEMOGRAPHICS, "private"),
        (Category.ATTENDANCE, "private"),
        (Category.CHARACTER, "private"),
        (Category.GOAL, "normal"),
    ],
)
def test_default_sensitivity(category, sensitivity):
    assert CATEGORIES[category].sensitivity.value == sensitivity


@pytest.mark.parametrize(
    ("category", "details"),
    [
        (Category.SERVICE, {"hours": -1}),
        (Category.GOAL, {"status": "finished-ish"}),
        (Category.GOAL, {"unknown_field": 1}),
        (Category.MILESTONE, {"track": "space"}),
        (Category.TRANSCRIPT, {"credits": "lots"}),
    ],
)
def test_invalid_details_are_refused_and_nothing_is_stored(wallet, category, details):
    with pytest.raises(UserError):
        wallet.add_record(category, title="bad", details=details)
    assert wallet.list_records() == []


def test_edit_progress_note_and_files(wallet, tmp_path):
    goal = wallet.add_record(Category.GOAL, title="Read 20 books")
    edited = wallet.edit_record(
        goal.id,
        changes={"title": "Read 25 books"},
        details={"status": "in_progress"},
        progress_note="12 so far",
    )
    assert edited.title == "Read 25 books"
    assert edited.details.status.value == "in_progress"
    assert [n.text for n in edited.details.progress_notes] == ["12 so far"]
    f = tmp_path / "list.txt"
    f.write_text("books")
    with_file = wallet.edit_record(goal.id, add_files=[f])
    assert [a.name for a in with_file.attachments] == ["list.txt"]
    with pytest.raises(UserError):
        wallet.edit_record(goal.id, changes={"title": ""})
    assert wallet.get_record(goal.id).title == "Read 25 books"


def test_progress_notes_only_for_goals(wallet):
    rec = wallet.add_record(Category.ACTIVITY, title="Chess")
    with pytest.raises(UserError):
        wallet.edit_record(rec.id, progress_note="won")


def test_delete_removes_record_and_its_files(wallet, home, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    rec = wallet.add_record(Category.PORTFOLIO, title="p", files=[f])
    assert len(list((home / "attachments").iterdir())) == 1
    wallet.delete_record(rec.id)
    with pytest.raises(NotFound):
        wallet.get_record(rec.id)
    assert list((home / "attachments").iterdir()) == []


def test_list_filters_by_learner_category_and_text(wallet):
    wallet.add_learner("Ben", born=dt.date(2012, 5, 1))
    wallet.add_record(Category.GOAL, title="Ana goal", learner="Ana Rivera")
    wallet.add_record(Category.GOAL, title="Ben goal", learner="ben")
    wallet.add_record(Category.SERVICE, title="Food bank", learner="Ben")
    assert {r.title for r in wallet.list_records(learner="Ben")} == {"Ben goal", "Food bank"}
    assert {r.title for r in wallet.list_records(categories=[Category.GOAL])} == {
        "Ana goal",
        "Ben goal",
    }
    assert [r.title for r in wallet.list_records(text="FOOD")] == ["Food bank"]


def test_several_learners_need_a_name(wallet):
    wallet.add_learner("Ben")
    with pytest.raises(AmbiguousLearner):
        wallet.add_record(Category.GOAL, title="whose?")
    with pytest.raises(NotFound):
        wallet.add_record(Category.GOAL, title="x", learner="Nobody")
    with pytest.raises(UserError):
        wallet.add_learner("ben")


def test_learner_has_did_key_identifiers_and_handover(wallet):
    ana = wallet.learner("Ana Rivera")
    assert ana.did.startswith("did:key:z6Mk")
    assert ana.emails == ["ana.rivera@example.org"] and ana.sis_ids == ["S-1001"]
    ben = wallet.add_learner("Ben", born=dt.date(2008, 11, 23))
    assert not ben.handover_due(today=dt.date(2026, 11, 22))
    assert ben.handover_due(today=dt.date(2026, 11, 23))
    handed = wallet.update_learner(ben.model_copy(update={"controller": Controller.LEARNER}))
    assert wallet.learner("Ben").controller is Controller.LEARNER
    assert not handed.handover_due(today=dt.date(2030, 1, 1))


def test_unique_id_prefix_is_accepted(wallet):
    rec = wallet.add_record(Category.GOAL, title="g")
    assert wallet.get_record(rec.id[:10]).id == rec.id


def test_sensitivity_can_be_raised(wallet):
    rec = wallet.add_record(Category.GOAL, title="g", sensitivity=Sensitivity.PRIVATE)
    assert rec.sensitivity is Sensitivity.PRIVATE
