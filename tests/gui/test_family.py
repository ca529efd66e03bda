"""The family's people from the window: another learner (selected at once, refused inline when
its name is empty or taken) and a contact saved from their card (file or QR picture, confirmed
by its fingerprint; damaged, tampered and foreign files refused), which the share dialog then
offers. A card's QR opened as a share points to the button."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from backpack_app.domain.records import Category
from backpack_app.sharing.qr import card_payload, write_qr
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock


def _open_window(qtbot, home):
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() >= 1, timeout=20_000)
    return window


def _new_backpack(tmp_path, name="bp"):
    wallet, _ = Backpack.create(tmp_path / name, PASSPHRASE, kdf=FAST)
    return wallet


def _learner_dialog(qtbot, window):
    qtbot.mouseClick(window.main.add_learner, Qt.MouseButton.LeftButton)
    dialog = window.learner_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _submit(dialog, name, born="", emails=""):
    dialog.name.setText(name)
    dialog.born.setText(born)
    dialog.emails.setText(emails)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _learner_names(window):
    wait_for_tasks()
    return sorted(lr.name for lr in window.wallet.learners())


# --- learners ------------------------------------------------------------------------------
def test_add_learner_selects_the_new_learner_and_refreshes_the_pages(qtbot, tmp_path, answers):
    seen, _ = answers
    with _new_backpack(tmp_path) as wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.GOAL, title="Ana's goal")
    window = _open_window(qtbot, tmp_path / "bp")
    main = window.main
    qtbot.waitUntil(lambda: main.profile.rowCount() == 1, timeout=20_000)
    assert main.add_learner.isVisibleTo(window)
    dialog = _learner_dialog(qtbot, window)
    _submit(dialog, "  Ben Rivera ", "2013-04-05", "ben@example.org, ben.r@example.org")
    qtbot.waitUntil(lambda: main.learner_box.currentText() == "Ben Rivera", timeout=20_000)
    assert not dialog.isVisible()
    assert [main.learner_box.itemText(i) for i in range(main.learner_box.count())] == [
        "Ana Rivera",
        "Ben Rivera",
    ]
    # The pages are Ben's now: his (empty) profile, his name in the overview.
    qtbot.waitUntil(lambda: main.profile.rowCount() == 0, timeout=20_000)
    assert "Ben Rivera" in main.overview_text.text()
    wait_for_tasks()
    ben = window.wallet.learner("Ben Rivera")
    assert main.learner_box.currentData() == ben.id
    assert str(ben.born) == "2013-04-05"
    assert ben.emails == ["ben@example.org", "ben.r@example.org"]
    assert ben.did.startswith("did:key:")  # a signing key of his own
    assert not any(kind == "problem" for kind, _ in seen)
    # Switching back still works: both learners are in the switcher.
    main.learner_box.setCurrentIndex(0)
    main.learner_box.activated.emit(0)
    qtbot.waitUntil(lambda: main.profile.rowCount() == 1, timeout=20_000)


def test_a_taken_or_empty_name_is_an_inline_error_and_nothing_changes(qtbot, tmp_path, answers):
    seen, _ = answers
    with _new_backpack(tmp_path) as wallet:
        wallet.add_learner("Ana Rivera")
    window = _open_window(qtbot, tmp_path / "bp")
    main = window.main
    dialog = _learner_dialog(qtbot, window)
    _submit(dialog, "ana rivera")  # the core compares names without case
    qtbot.waitUntil(lambda: "already a learner called" in dialog.error.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.add.isEnabled()
    for name, born, emails, words in (
        ("   ", "", "", "Write the learner's name"),
        ("Ben", "5 April 2013", "", "YYYY-MM-DD"),
        ("Ben", "2999-01-01", "", "in the future"),
        ("Ben", "", "ben at example.org", "needs an @"),
    ):
        dialog.error.clear()
        _submit(dialog, name, born, emails)
        qtbot.waitUntil(lambda w=words: w in dialog.error.text(), timeout=20_000)
        assert dialog.isVisible()
    assert _learner_names(window) == ["Ana Rivera"]
    assert main.learner_box.count() == 1 and main.learner_box.currentText() == "Ana Rivera"
    assert not any(kind == "problem" for kind, _ in seen)  # inline, no modal dialog
    # Corrected, it is added.
    _submit(dialog, "Ben", "", "")
    qtbot.waitUntil(lambda: main.learner_box.currentText() == "Ben", timeout=20_000)
    assert _learner_names(window) == ["Ana Rivera", "Ben"]


def test_a_recipients_backpack_with_no_learner_can_add_its_first(qtbot, tmp_path, answers):
    _new_backpack(tmp_path).close()
    window = make_window(qtbot, tmp_path / "bp")
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.main, timeout=20_000)
    assert window.main.learner_box.count() == 0
    _submit(_learner_dialog(qtbot, window), "Cleo")
    qtbot.waitUntil(lambda: window.main.learner_box.currentText() == "Cleo", timeout=20_000)


# --- contacts ------------------------------------------------------------------------------
def _tutor_card(tmp_path, name="Ms. López"):
    """A tutor's own backpack exports its card and QR picture, as "Export my card…" does."""
    with _new_backpack(tmp_path, "tutor") as tutor:
        card, fingerprint = tutor.my_card(name)
    (tmp_path / "lopez.card").write_bytes(card)
    write_qr(card_payload(card), tmp_path / "lopez.png")
    return tmp_path / "lopez.card", tmp_path / "lopez.png", fingerprint


def _family_window(qtbot, tmp_path):
    with _new_backpack(tmp_path) as wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.GOAL, title="Read 20 books")
    return _open_window(qtbot, tmp_path / "bp")


def _contacts_shown(window):
    table = window.main.settings.contacts
    return [
        [table.rows.data(table.rows.index(r, c)) for c in range(2)] for r in range(table.rowCount())
    ]


def _add_contact(qtbot, window, replies, path, *, confirm=True):
    replies["open_files"] = [path]
    replies["confirm"] = confirm
    qtbot.mouseClick(window.main.settings.add_contact, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    qtbot.wait(50)  # the read's answer, then the save's
    wait_for_tasks()


def test_a_contact_saved_from_their_card_is_offered_as_a_recipient(qtbot, tmp_path, answers):
    seen, replies = answers
    card, _qr, fingerprint = _tutor_card(tmp_path)
    window = _family_window(qtbot, tmp_path)
    settings = window.main.settings
    assert settings.add_contact.isVisibleTo(window.main.pages.widget(5))
    _add_contact(qtbot, window, replies, card)
    qtbot.waitUntil(lambda: _contacts_shown(window) == [["Ms. López", fingerprint]], timeout=20_000)
    # The filter offers both formats "Export my card…" writes.
    chooser = next(d for kind, d in seen if kind == "open_files")
    assert "*.card" in chooser["filters"] and "*.png" in chooser["filters"]
    # The name and fingerprint were shown, and confirmed, before anything was saved.
    asked = [d["text"] for kind, d in seen if kind == "confirm"]
    assert len(asked) == 1 and "Ms. López" in asked[0] and fingerprint in asked[0]
    assert any(kind == "inform" and fingerprint in d["text"] for kind, d in seen)
    assert not settings.contact_problem.isVisibleTo(settings)
    assert [c.fingerprint for c in window.wallet.contacts()] == [fingerprint]
    # The share dialog offers it, and a share made for it opens only with the tutor's key.
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    recipients = [
        window.share_dialog.recipient.itemText(i)
        for i in range(window.share_dialog.recipient.count())
    ]
    assert f"Ms. López  ({fingerprint})" in recipients
    window.share_dialog.reject()
    window.wallet.share(tmp_path / "s.backpack", to="Ms. López", preset="learner-profile")
    with Backpack.open(tmp_path / "tutor", PASSPHRASE, kdf=FAST) as tutor:
        opened = tutor.open_share(tmp_path / "s.backpack")
    assert opened.valid and [r.title for r in opened.records] == ["Read 20 books"]


def test_a_contact_is_saved_from_their_cards_qr_picture(qtbot, tmp_path, answers):
    _seen, replies = answers
    _card, qr, fingerprint = _tutor_card(tmp_path)
    window = _family_window(qtbot, tmp_path)
    _add_contact(qtbot, window, replies, qr)
    qtbot.waitUntil(lambda: _contacts_shown(window) == [["Ms. López", fingerprint]], timeout=20_000)


def test_declining_the_fingerprint_saves_nothing(qtbot, tmp_path, answers):
    seen, replies = answers
    card, _qr, _fingerprint = _tutor_card(tmp_path)
    window = _family_window(qtbot, tmp_path)
    _add_contact(qtbot, window, replies, card, confirm=False)
    assert any(kind == "confirm" for kind, _ in seen)
    assert window.wallet.contacts() == [] and _contacts_shown(window) == []


def test_bad_tampered_and_foreign_files_are_refused_and_change_nothing(qtbot, tmp_path, answers):
    seen, replies = answers
    card, _qr, _fingerprint = _tutor_card(tmp_path)
    body = json.loads(card.read_bytes())
    tampered, newer, garbage, credential, picture = (
        tmp_path / n for n in ("t.card", "n.card", "g.card", "c.json", "p.png")
    )
    tampered.write_text(json.dumps({**body, "x25519": body["x25519"][:-6]}))
    newer.write_text(json.dumps({**body, "version": 99}))
    garbage.write_bytes(b"\x00\x01 not a card at all")
    credential.write_text(json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"]}))
    write_qr("just some text", picture)
    window = _family_window(qtbot, tmp_path)
    window.wallet.share(tmp_path / "s.backpack", code=True, preset="learner-profile")
    share_qr = tmp_path / "s-qr.png"  # a share's QR as an older Backpack made them
    write_qr(f"BP1R:{'1' * 36}:{'0' * 64}", share_qr)
    settings = window.main.settings
    for path, words in (
        (tampered, "key is damaged"),
        (newer, "newer Backpack"),
        (garbage, "not a Backpack card"),
        (credential, "not a Backpack card"),
        (tmp_path / "s.backpack", "not a Backpack card"),
        (share_qr, "is a share, not a card"),
        (picture, "not one Backpack made"),
        (tmp_path / "gone.card", "The system refused"),
    ):
        settings.show_contact_problem("")
        _add_contact(qtbot, window, replies, path)
        qtbot.waitUntil(lambda w=words: w in settings.contact_problem.text(), timeout=20_000)
        assert settings.contact_problem.isVisibleTo(settings), path
    assert not any(kind in ("confirm", "problem") for kind, _ in seen)  # refused before asking
    assert window.wallet.contacts() == [] and _contacts_shown(window) == []


def test_a_card_saved_twice_is_refused_after_the_first(qtbot, tmp_path, answers):
    _seen, replies = answers
    card, qr, fingerprint = _tutor_card(tmp_path)
    window = _family_window(qtbot, tmp_path)
    _add_contact(qtbot, window, replies, card)
    qtbot.waitUntil(lambda: len(_contacts_shown(window)) == 1, timeout=20_000)
    _add_contact(qtbot, window, replies, qr)
    settings = window.main.settings
    qtbot.waitUntil(lambda: "already saved as Ms. López" in settings.contact_problem.text())
    assert [c.fingerprint for c in window.wallet.contacts()] == [fingerprint]
    assert _contacts_shown(window) == [["Ms. López", fingerprint]]


def test_a_cards_qr_opened_in_received_points_to_the_contacts_button(qtbot, tmp_path, answers):
    _seen, _replies = answers
    _card, qr, _fingerprint = _tutor_card(tmp_path)
    window = _family_window(qtbot, tmp_path)
    window.open_share_file(qr)
    page = window.main.received
    qtbot.waitUntil(lambda: "card, not a share" in page.problem.text(), timeout=20_000)
    assert window.main.settings.add_contact.text() in page.problem.text()
    assert "backpack contact add" not in page.problem.text()


def test_a_second_person_with_a_contacts_name_is_saved_under_another(qtbot, tmp_path, answers):
    seen, replies = answers
    card, _qr, first = _tutor_card(tmp_path)
    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other_card, _other_qr, second = _tutor_card(other_folder)  # another Ms. López, another key
    window = _family_window(qtbot, tmp_path)
    _add_contact(qtbot, window, replies, card)
    qtbot.waitUntil(lambda: len(_contacts_shown(window)) == 1, timeout=20_000)
    replies["text"] = "Ms. López (piano)"
    _add_contact(qtbot, window, replies, other_card)
    qtbot.waitUntil(lambda: len(_contacts_shown(window)) == 2, timeout=20_000)
    asked = [d for kind, d in seen if kind == "text"]
    assert len(asked) == 1 and "already a contact called Ms. López" in asked[0]["label"]
    assert sorted(_contacts_shown(window)) == [
        ["Ms. López", first],
        ["Ms. López (piano)", second],
    ]
