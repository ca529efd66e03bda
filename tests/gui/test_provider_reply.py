"""Writing back from the Received view: a share that asks for a contribution offers "Write
back to the family"; the reply is signed, saved, and the family files it as third-party
attested, labelled so in the official records."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from backpack_app.crypto.sealing import key_fingerprint
from backpack_app.domain.records import Category
from backpack_app.ui.app import MainWindow
from backpack_app.ui.i18n import t
from backpack_app.ui.models.official import THIRD_PARTY_PILL, load_official
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import unlock


def test_a_tutor_writes_back_and_the_family_files_it(qtbot, tmp_path, answers):
    seen, replies = answers
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with tutor, family:
        learner = family.add_learner("Ana Rivera")
        family.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        family.add_contact(tutor.my_card("Ms. López")[0])
        family.share(
            tmp_path / "s.backpack",
            to="Ms. López",
            category=Category.SERVICE,
            ask_for_contribution="progress notes for spring",
        )
    window = MainWindow(tmp_path / "tutor", kdf=FAST, share_file=tmp_path / "s.backpack")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    panel = window.main.received.panel
    qtbot.waitUntil(lambda: panel.write_back.isVisible(), timeout=30_000)
    assert "progress notes for spring" in panel.ask.text()
    kept = window.main.received.kept
    qtbot.waitUntil(lambda: kept.rowCount() == 1, timeout=30_000)

    def asked_cell():  # the share's row, under its learner's
        return kept.learner_row("Ana Rivera").child(0).text(3)

    qtbot.waitUntil(lambda: asked_cell() == "You owe: progress notes for spring", timeout=30_000)
    owed = kept.learner_row("Ana Rivera").text(3)
    assert owed.startswith("progress notes for spring (by 20")
    panel.write_back.click()
    dialog = window.reply_dialog
    dialog.title.setText("Spring tutoring")
    dialog.text.setPlainText("Ana is making steady progress with fractions.")
    dialog.hours.setText("six")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "number" in dialog.problem.text() and not (tmp_path / "r.backpack").exists()
    dialog.hours.setText("6,5")
    ok.click()
    assert "who is writing" in dialog.problem.text()
    dialog.writer.setText("Ms. López")
    # Files, as `reply --file`: the same limits, said in the dialog; none attached twice.
    worksheet = tmp_path / "worksheet.txt"
    worksheet.write_bytes(b"fractions " * 300)
    huge = tmp_path / "huge.bin"
    with open(huge, "wb") as fh:
        fh.truncate(256 * 1024 * 1024 + 1)  # sparse: one byte over the most a reply carries
    replies["open_files"] = [huge]
    dialog.attach.click()
    assert "larger than 256 MiB" in dialog.problem.text() and dialog.files.count() == 0
    many = []
    for n in range(21):
        many.append(tmp_path / f"page{n}.txt")
        many[-1].write_text(f"page {n}")
    replies["open_files"] = many
    dialog.attach.click()
    assert "at most 20 files" in dialog.problem.text() and dialog.files.count() == 0
    replies["open_files"] = [worksheet, many[0]]
    dialog.attach.click()
    replies["open_files"] = [worksheet]
    dialog.attach.click()
    assert dialog.problem.text() == "" and dialog.files.count() == 2
    assert dialog.files.item(0).text() == "worksheet.txt (3 KB)"
    dialog.files.setCurrentRow(1)
    dialog.detach.click()
    assert dialog.files.count() == 1
    replies["save_file"] = tmp_path / "r.backpack"
    ok.click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    assert (tmp_path / "r.backpack").exists()
    qtbot.waitUntil(
        lambda: asked_cell() == "Answered (1): progress notes for spring", timeout=30_000
    )
    assert kept.learner_row("Ana Rivera").text(3) == ""  # nothing owed any more
    with Backpack.open(tmp_path / "family", PASSPHRASE, kdf=FAST) as family:
        reply, author, record_id = family.open_reply(tmp_path / "r.backpack", save=True)
        assert reply.hours == 6.5 and author is not None and author.name == "Ms. López"
        assert [f.name for f in reply.files] == ["worksheet.txt"]
        rows = load_official(family, learner.id)
    [row] = [r for r in rows if r.id == record_id]
    assert row.pill == t(THIRD_PARTY_PILL) and row.entry.school == "Ms. López"


def test_the_share_dialog_asks_the_recipient_to_write_back(qtbot, tmp_path, answers):
    from PySide6.QtCore import Qt

    from tests.gui.test_window_flows import ana_window

    _seen, replies = answers
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    with tutor:
        card = tutor.my_card("Ms. Lee")[0]
        window = ana_window(qtbot, tmp_path)
        window.wallet.add_record(Category.GOAL, title="Read 20 books")
        window.wallet.add_contact(card)
        window.start_share()
        qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
        dialog = window.share_dialog
        dialog.recipient.setCurrentIndex(dialog.recipient.findData("Ms. Lee"))
        next(iter(dialog.items.values())).setCheckState(0, Qt.CheckState.Checked)
        dialog.ask.setText("progress notes for spring")
        replies["save_file"] = tmp_path / "s.backpack"
        dialog.make.click()
        qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=30_000)
        opened = tutor.open_share(tmp_path / "s.backpack")
    assert opened.request is not None and opened.request.ask == "progress notes for spring"
    assert opened.request.learner_did == opened.holder_did


def test_the_family_opens_a_reply_in_the_window_and_it_is_filed(qtbot, tmp_path, answers):
    seen, _replies = answers
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with tutor, family:
        family.add_learner("Ana Rivera")
        family.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        family.add_contact(tutor.my_card("Ms. López")[0])
        family.share(
            tmp_path / "s.backpack",
            to="Ms. López",
            category=Category.SERVICE,
            ask_for_contribution="progress notes",
        )
        tutor.reply(
            tmp_path / "s.backpack",
            tmp_path / "r.backpack",
            kind="note",
            title="Week 1",
            text="A good start.",
            name="Ms. López",
        )
    window = MainWindow(tmp_path / "family", kdf=FAST, share_file=tmp_path / "r.backpack")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    [said] = [d["text"] for kind, d in seen if kind == "inform"]
    assert "“Week 1” is filed under Ana Rivera as third-party attested" in said
    assert "in your contacts as Ms. López" in said
    assert not [kind for kind, _ in seen if kind == "problem"]
    titles = [r.title for r in window.wallet.list_records()]
    assert "Week 1" in titles


def _forged_replies(tmp_path):
    """A family (Ana) that asked Ms. López, and two replies to it by a key it did not ask."""
    from tests.unit.test_provider_replies import _forge

    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with tutor, family, other:
        family.add_learner("Ana Rivera")
        family.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        family.add_contact(tutor.my_card("Ms. López")[0])
        family.share(
            tmp_path / "s.backpack",
            to="Ms. López",
            category=Category.SERVICE,
            ask_for_contribution="progress notes",
        )
        opened = tutor.open_share(tmp_path / "s.backpack")
        for n in range(2):
            _forge(other, opened, tmp_path / f"r{n}.backpack")


def test_a_reply_kept_apart_is_shown_with_why_and_accepted_or_discarded(qtbot, tmp_path, answers):
    seen, replies = answers
    _forged_replies(tmp_path)
    with Backpack.open(tmp_path / "family", PASSPHRASE, kdf=FAST) as family:
        family.open_reply(tmp_path / "r1.backpack", save=True)  # kept apart already
    window = MainWindow(tmp_path / "family", kdf=FAST, share_file=tmp_path / "r0.backpack")
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    [said] = [d["text"] for kind, d in seen if kind == "inform"]
    assert "“Forged” by Ms. Lopez is kept apart, not filed: This reply is signed by a key" in said
    apart = window.main.received.apart
    qtbot.waitUntil(lambda: apart.table.rowCount() == 2, timeout=30_000)
    assert apart.isVisible() and "key you did not ask" in apart.table.model().index(0, 3).data()
    assert "This reply is signed by a key you did not ask" in apart.reason.text()
    assert "Written by Ms. Lopez (key fingerprint " in apart.reason.text()
    assert "not in your contacts: compare the fingerprint with them)." in apart.reason.text()
    assert "Forged" not in [r.title for r in window.wallet.list_records()]
    replies["confirm"] = False  # "Discard this reply?" — no: nothing happens
    apart.discard.click()
    assert apart.table.rowCount() == 2 and len(window.wallet.kept_replies()) == 2
    replies["confirm"] = True
    apart.discard.click()
    qtbot.waitUntil(lambda: apart.table.rowCount() == 1, timeout=30_000)
    apart.accept.click()
    qtbot.waitUntil(lambda: not apart.isVisible(), timeout=30_000)
    assert window.wallet.kept_replies() == []
    assert [r.title for r in window.wallet.list_records()].count("Forged") == 1
    asked = [d["text"] for kind, d in seen if kind == "confirm"]
    assert "anyway?" in asked[-1] and "key you did not ask" in asked[-1]


def test_the_write_back_dialog_writes_a_narrative(qtbot, tmp_path):
    from backpack_app.ui.views.reply_dialog import ReplyDialog

    dialog = ReplyDialog(None, learner="Ana", ask="notes", records=["Food Bank"])
    qtbot.addWidget(dialog)
    asked = []
    dialog.reply_requested.connect(asked.append)
    assert not dialog.strengths.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("narrative"))
    assert dialog.strengths.isEnabled() and dialog.challenges.isEnabled()
    dialog.title.setText("Spring")
    dialog.text.setPlainText("Ana joined in March.")
    dialog.writer.setText("Ms. López")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "strengths, challenges or both" in dialog.problem.text() and not asked
    dialog.strengths.setPlainText("Kind to others")
    ok.click()
    [request] = asked
    assert (request.kind, request.strengths, request.challenges) == (
        "narrative",
        "Kind to others",
        None,
    )


def test_a_filed_narrative_shows_its_strengths_and_challenges(qtbot, tmp_path):
    from tests.gui.test_window_flows import ana_window

    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    window = ana_window(qtbot, tmp_path)
    wallet = window.wallet
    with tutor:
        food = wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        wallet.add_contact(tutor.my_card("Ms. López")[0])
        wallet.share(
            tmp_path / "s.backpack", to="Ms. López", record_ids=[food.id], ask_for_contribution="x"
        )
        tutor.reply(
            tmp_path / "s.backpack",
            tmp_path / "r.backpack",
            kind="narrative",
            title="Spring narrative",
            text="Ana joined in March.",
            strengths="Explains her reasoning.",
            challenges="Rushes word problems.",
            name="Ms. López",
        )
    _, _, record_id = wallet.open_reply(tmp_path / "r.backpack", save=True)
    window._refresh_current()
    window.main.sidebar.setCurrentRow(1)
    view = window.main.official
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    view.select(record_id)
    shown = view.detail.issuer
    qtbot.waitUntil(lambda: "Strengths" in shown.text(), timeout=20_000)
    assert "Result (Strengths): <b>Explains her reasoning.</b>" in shown.text()
    assert "Result (Challenges): <b>Rushes word problems.</b>" in shown.text()


def test_a_writer_the_family_never_saw_is_shown_apart_from_schools(qtbot, tmp_path, answers):
    """A request made by code, the tutor's key never seen: the window says who wrote the
    entry, its key's fingerprint and that it is not a contact's (then since when it is), and
    never counts it as signed by a school."""
    from tests.gui.test_window_flows import ana_window

    seen, _ = answers
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    window = ana_window(qtbot, tmp_path)
    wallet = window.wallet
    with tutor:
        made, _ = wallet.request_contribution(tmp_path / "q.backpack", ask="notes", code=True)
        tutor.reply(
            tmp_path / "q.backpack",
            tmp_path / "r.backpack",
            kind="note",
            title="Week 1",
            text="A good start.",
            code=made.code,
            name="Ms. López",
        )
        card = tutor.my_card("Ms. López")[0]
        fingerprint = key_fingerprint(tutor.signing_key().did.encode("utf-8"))
    window.file_reply(tmp_path / "r.backpack")
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    [said] = [d["text"] for kind, d in seen if kind == "inform"]
    assert f"written by Ms. López (key fingerprint {fingerprint}, not in your contacts" in said
    record_id = next(r.id for r in wallet.list_records() if r.title == "Week 1")
    main = window.main
    main.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: "third-party attested" in main.overview_text.text(), timeout=20_000)
    overview = main.overview_text.text()
    assert "<b>1</b> written and signed by tutors or programs" in overview
    assert "signed by schools" not in overview  # no school signed anything here
    assert "Week 1 <i>(Teacher narratives · third-party attested)</i>" in overview
    main.sidebar.setCurrentRow(1)
    view = main.official
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    view.select(record_id)
    shown = view.detail.issuer
    qtbot.waitUntil(lambda: "Written by" in shown.text(), timeout=20_000)
    assert f"Written by Ms. López (key fingerprint {fingerprint}, not in your contacts" in (
        shown.text()
    )
    assert t(THIRD_PARTY_PILL) in view.detail.summary.text()
    # The tree's School column names the writer as such, never as a school.
    assert view.tree.currentIndex().siblingAtColumn(2).data() == "✍ written by Ms. López"
    # The family saves the tutor's card: the panel says since when it is a contact's.
    wallet.add_contact(card)
    window._read_credential(record_id)  # as when the row is chosen again
    qtbot.waitUntil(lambda: "in your contacts as Ms. López since" in shown.text(), timeout=20_000)
    # Choosing what to share, the entry says who wrote it.
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    assert window.share_dialog.items[record_id].text(0) == "Week 1 · ✍ written by Ms. López"


def test_endorsements_are_shown_on_the_records_they_endorse(qtbot, tmp_path):
    """A tutor endorses a school's course and a Learner Profile entry the family shared: the
    Official records panel says so on the course, the Learner Profile on the entry."""
    import json

    from tests.gui.test_window_flows import ana_window
    from tests.issuing import course_credential, new_school

    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    window = ana_window(qtbot, tmp_path)
    wallet = window.wallet
    school = new_school()
    signed = json.dumps(school.sign(course_credential(school))).encode()
    [course] = wallet.import_credentials(signed, learner=wallet.learners()[0].id)
    assert course.record_id, course.message
    food = wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
    with tutor:
        wallet.add_contact(tutor.my_card("Ms. López")[0])
        wallet.share(
            tmp_path / "s.backpack",
            to="Ms. López",
            record_ids=[course.record_id, food.id],
            ask_for_contribution="x",
        )
        opened = tutor.open_share(tmp_path / "s.backpack")
        for n, shared in enumerate(opened.records):
            tutor.reply_to(
                opened,
                tmp_path / f"r{n}.backpack",
                kind="endorsement",
                title=f"About {shared.title}",
                text=f"I saw {shared.title} myself.",
                endorses=shared.document["id"],
                name="Ms. López",
            )
            assert wallet.open_reply(tmp_path / f"r{n}.backpack", save=True)[2]
    course_title = wallet.get_record(course.record_id).title
    window._refresh_current()
    main = window.main
    qtbot.waitUntil(lambda: "endorsed by" in " ".join(_cells(main.profile.table)), timeout=20_000)
    assert "Food Bank · ✍ endorsed by Ms. López" in _cells(main.profile.table)
    main.sidebar.setCurrentRow(1)
    view = main.official
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=20_000)
    view.select(course.record_id)
    shown = view.detail.issuer
    qtbot.waitUntil(lambda: "Endorsed by" in shown.text(), timeout=20_000)
    said = f"✍ Endorsed by Ms. López (third-party attested): I saw {course_title} myself."
    assert said in shown.text() and "Food Bank" not in shown.text()


def _cells(table) -> list[str]:
    model = table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_reply_for_another_backpack_says_whose_card_it_was_sealed_for(qtbot, tmp_path, answers):
    from tests.gui.test_window_flows import ana_window

    seen, _ = answers
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with tutor, family:
        family.add_learner("Ben Ortiz")
        made, _ = family.request_contribution(tmp_path / "q.backpack", ask="notes", code=True)
        tutor.reply(
            tmp_path / "q.backpack",
            tmp_path / "r.backpack",
            kind="note",
            title="Week 1",
            text="Good.",
            code=made.code,
            name="Ms. López",
        )
    window = ana_window(qtbot, tmp_path)
    window.file_reply(tmp_path / "r.backpack")
    qtbot.waitUntil(lambda: any(kind == "problem" for kind, _ in seen), timeout=30_000)
    said = " ".join(str(d) for kind, d in seen if kind == "problem")
    assert "sealed for Ben Ortiz's card (fingerprint " in said, said
    assert window.wallet.kept_replies() == [] and window.wallet.list_records() == []
