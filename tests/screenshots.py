"""Screenshots of every screen with the demo backpack (run under Xvfb, not part of the suite).

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" \\
    .venv/bin/python -m tests.screenshots docs/screenshots [tutor|sync|kept-apart|provider]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from backpack_app.demo import make_demo_backpack
from backpack_app.domain.records import Category
from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.ui.settings import LANGUAGE
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.ui.views.share_dialog import CODE_CHOICE
from backpack_app.wallet import Backpack
from backpack_app.wallet.backpack import utc_now
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import course_credential, new_school


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        wait_for_tasks()
        app.processEvents()


def shot(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))


def record_titled(window: MainWindow, title: str) -> str:
    assert window.wallet is not None
    return next(r.id for r in window.wallet.list_records() if r.title == title)


def import_samples(folder: Path) -> list[Path]:
    """Three files as a family might import them: a course from a school not yet trusted, one
    changed after signing, and one about somebody else."""
    school = new_school("Demo Westside Middle School")
    good = course_credential(school, course="Earth Science", code="SCI7", term="Spring 2023")
    changed = school.sign(course_credential(school, course="Geometry", code="MATH8"))
    changed["credentialSubject"]["result"][0]["value"] = "A+"
    other = course_credential(school, course="Band", email="someone.else@example.org")
    paths = []
    for name, document in (
        ("earth-science.json", school.sign(good)),
        ("geometry.json", changed),
        ("band.json", school.sign(other)),
    ):
        paths.append(folder / name)
        paths[-1].write_text(json.dumps(document), encoding="utf-8")
    return paths


def two_children_files(folder: Path) -> list[Path]:
    """A family's import of two children's files at once: Ana's by her school email, Ben's by
    his student id, and one for a child this backpack does not know, named in the file."""
    from backpack_app.school.issuing import hashed_identity

    school = new_school("Demo Lincoln High School")
    files = []
    for name, course, term, ids, given in (
        (
            "ana-chemistry.json",
            "Chemistry",
            "Fall 2024",
            [("emailAddress", "ana.rivera@example.org")],
            "",
        ),
        ("ben-science-7.json", "Life Science", "Fall 2024", [("sisSourcedId", "S-2002")], ""),
        ("ben-math-7.json", "Math 7", "Spring 2025", [("sisSourcedId", "S-2002")], ""),
        ("cleo-art.json", "Art 5", "Spring 2025", [("sisSourcedId", "S-3003")], "Cleo Rivera"),
    ):
        doc = course_credential(school, course=course, term=term)
        doc["credentialSubject"]["identifier"] = [
            hashed_identity(kind, value, "demo-salt") for kind, value in ids
        ]
        if given:
            doc["credentialSubject"]["name"] = given
        files.append(folder / name)
        files[-1].write_text(json.dumps(school.sign(doc)), encoding="utf-8")
    return files


def share_shots(app: QApplication, window: MainWindow, path: Path) -> None:
    """The share dialog over the Official records tree, with a few records ticked."""
    window.start_share()
    settle(app)
    dialog = window.share_dialog
    for title in ("Biology", "Algebra I", "Community service at the food bank"):
        item = next((i for i in dialog.items.values() if i.text(0) == title), None)
        if item is not None:
            item.setCheckState(0, Qt.CheckState.Checked)
    dialog.purpose.setText("Chemistry tutoring")
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(CODE_CHOICE))
    dialog.want_page.setChecked(True)  # a page any browser can open, with the code
    dialog.resize(720, 720)
    shot(app, dialog, path)
    dialog.reject()


def registry_shots(app: QApplication, window: MainWindow, folder: Path, out: Path, suffix: str):
    """The sample school listed in an issuer registry the user chose (added once), and the
    Earth Science record from it saying so."""
    assert window.wallet is not None
    if not window.wallet.issuer_registries():
        issuer = json.loads((folder / "earth-science.json").read_text())["issuer"]
        registry = folder / "community-registry.json"
        entry = {
            "name": issuer["name"],
            "location": "Springfield, USA",
            "url": "https://ws.example",
        }
        meta = {"created": "2025-10-27T17:57:31Z", "updated": "2025-11-02T09:00:00Z"}
        registry.write_text(json.dumps({"meta": meta, "registry": {issuer["id"]: entry}}))
        window.wallet.add_registry(str(registry), name="DCC Community Registry")
        window._refresh_current()
        settle(app, 40)
    window.main.sidebar.setCurrentRow(1)
    window.main.official.select(record_titled(window, "Earth Science"))
    shot(app, window, out / f"official-records-registry{suffix}.png")


def import_children_shot(
    app: QApplication, window: MainWindow, files: list[Path], path: Path
) -> None:
    window.import_paths(files)
    settle(app, 40)
    window.import_dialog.resize(1000, 320)
    shot(app, window.import_dialog, path)
    window.import_dialog.close()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    dialogs.answer = lambda kind, details: None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["HOME"] = scratch  # paths show as ~/..., as on a family's computer
        first = MainWindow(folder / "Backpack", kdf=FAST)
        first.resize(980, 640)
        first.show()
        first.first_run.learner.setText("Ana Rivera")
        first.first_run.passphrase.setText("maple river lantern 42")
        shot(app, first, out / "first-run.png")
        first.close()

        home = folder / "Demo"
        make_demo_backpack(home, PASSPHRASE, kdf=FAST)
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 780)
        window.show()
        window.unlock.failed("That passphrase does not open this backpack. Try again.")
        shot(app, window, out / "unlock-wrong-passphrase.png")
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 60)
        main = window.main
        main.sidebar.setCurrentRow(0)
        shot(app, window, out / "overview.png")
        main.sidebar.setCurrentRow(1)
        view = main.official
        view.select(record_titled(window, "Biology"))
        shot(app, window, out / "official-records.png")
        main.sidebar.setCurrentRow(2)
        profile = main.profile
        essay = next(i for i, e in enumerate(profile._entries) if e.title.startswith("Essay"))
        profile.table.selectRow(essay)
        settle(app, 40)
        shot(app, window, out / "learner-profile.png")
        main.profile.add_actions[Category.SERVICE].trigger()
        window.editor.title.setText("Riverside Food Bank")
        shot(app, window.editor, out / "profile-editor.png")
        window.editor.reject()
        share_shots(app, window, out / "share-dialog.png")
        main.sidebar.setCurrentRow(3)
        shot(app, window, out / "shares.png")
        window.import_paths(import_samples(folder))
        settle(app, 40)
        shot(app, window.import_dialog, out / "import-results.png")
        window.import_dialog.close()
        assert window.wallet is not None
        window.wallet.add_learner("Ben Rivera", sis_ids=["S-2002"])
        children = two_children_files(folder)
        import_children_shot(app, window, children, out / "import-two-children.png")
        registry_shots(app, window, folder, out, "")
        main.sidebar.setCurrentRow(5)
        shot(app, window, out / "settings.png")
        window.set_language("es")
        settle(app, 60)
        registry_shots(app, window, folder, out, "-es")
        window.main.sidebar.setCurrentRow(5)
        shot(app, window, out / "settings-es.png")
        window.main.sidebar.setCurrentRow(1)
        view = window.main.official
        view.select(record_titled(window, "Biology"))
        shot(app, window, out / "official-records-es.png")
        share_shots(app, window, out / "share-dialog-es.png")
        (folder / "es").mkdir()
        children = two_children_files(folder / "es")  # new files: imported, not "already here"
        import_children_shot(app, window, children, out / "import-two-children-es.png")
        window.set_language("en")
        settle(app, 40)
        window.lock()
        shot(app, window, out / "unlock.png")
        window.close()

        tutor_shots(app, folder, out)
        kept_apart_shots(app, folder, out)
        sync_shots(app, folder, out)
        provider_shots(app, folder / "provider", out)
        third_party_shots(app, folder / "third-party", out)
        for w in (first, window):
            w.deleteLater()
        app.processEvents()


def _show_portfolio(app: QApplication, contents) -> None:
    """The portfolio piece chosen, so its reflection and the picture of its file show."""
    item = contents.item_titled("Bridge model")
    contents.tree.setCurrentItem(item)
    contents.tree.scrollToItem(item)
    settle(app, 40)


def tutor_shots(app: QApplication, folder: Path, out: Path) -> None:
    """The tutor's side: a share read without a backpack (English and Spanish), then kept in
    a backpack's Received."""
    from tests.tutor_share import make_share

    tutor_home = folder / "Tutor"
    tutor_wallet, _ = Backpack.create(tutor_home, PASSPHRASE, kdf=FAST)
    with tutor_wallet:
        card = tutor_wallet.my_card("Ms. López")[0]
    by_code = make_share(folder / "by-code")
    dialogs.answer = lambda kind, details: by_code.code if kind == "text" else None
    for language in ("en", "es"):
        LANGUAGE.set(language)
        guest = MainWindow(folder / "nobody", kdf=FAST, share_file=by_code.path)
        guest.resize(1180, 780)
        guest.show()
        settle(app, 80)
        _show_portfolio(app, guest.guest.panel.contents)
        suffix = "" if language == "en" else "-es"
        shot(app, guest, out / f"shared-without-backpack{suffix}.png")
        guest.close()
        guest.deleteLater()
    dialogs.answer = lambda kind, details: None
    to_card = make_share(folder / "by-card", to_card=card)
    for language in ("en", "es"):
        LANGUAGE.set(language)
        tutor = MainWindow(tutor_home, kdf=FAST, share_file=to_card.path)
        tutor.resize(1180, 780)
        tutor.show()
        tutor.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 80)
        _show_portfolio(app, tutor.main.received.contents)
        suffix = "" if language == "en" else "-es"
        shot(app, tutor, out / f"received{suffix}.png")
        tutor.close()
        tutor.deleteLater()
    LANGUAGE.set("en")
    app.processEvents()


def kept_apart_shots(app: QApplication, folder: Path, out: Path) -> None:
    """The family's Received with two providers' replies kept apart (a key not asked; one
    after the request expired), English and Spanish."""
    import datetime as dt

    from tests.unit.test_provider_replies import _forge

    home = folder / "Family"
    family, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    tutor, _ = Backpack.create(folder / "Lopez", PASSPHRASE, kdf=FAST)
    stranger, _ = Backpack.create(folder / "Stranger", PASSPHRASE, kdf=FAST)
    with family, tutor, stranger:
        family.add_learner("Ana Rivera")
        food = family.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        family.add_contact(tutor.my_card("Ms. López")[0])
        family.share(
            folder / "s.backpack",
            to="Ms. López",
            record_ids=[food.id],
            ask_for_contribution="progress notes for spring",
            expires=dt.datetime.now(dt.UTC) + dt.timedelta(days=14),
        )
        _forge(stranger, tutor.open_share(folder / "s.backpack"), folder / "forged.backpack")
        tutor.reply(
            folder / "s.backpack",
            folder / "late.backpack",
            kind="narrative",
            title="Spring tutoring",
            text="Ana came to twelve sessions.",
            strengths="Explains her reasoning clearly.",
            challenges="Rushes word problems.",
            name="Ms. López",
        )
        family.open_reply(folder / "forged.backpack", save=True)
        later = dt.datetime.now(dt.UTC) + dt.timedelta(days=20)
        family.open_reply(folder / "late.backpack", save=True, now=later)
    for language in ("en", "es"):
        LANGUAGE.set(language)
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 780)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 60)
        window.main.sidebar.setCurrentRow(4)
        suffix = "" if language == "en" else "-es"
        shot(app, window, out / f"received-kept-apart{suffix}.png")
        window.close()
        window.deleteLater()
    LANGUAGE.set("en")
    app.processEvents()


def provider_shots(app: QApplication, folder: Path, out: Path) -> None:
    """A program's Received across learners (one row a learner, what each family still asks),
    with a share holding a tutor's note and endorsement open: written by the tutor."""
    from tests.onward_share import NOTE, make_onward

    folder.mkdir(parents=True, exist_ok=True)
    onward = make_onward(folder)
    with Backpack.open(onward.program_home, PASSPHRASE, kdf=FAST) as program:
        card = program.my_card("Bright Futures")[0]
        program.open_share(onward.card_share, save=True)
        for family_name, learners in (
            ("Ortiz", [("Dan Ortiz", "attendance for the spring session"), ("Eva Ortiz", None)]),
            ("Nguyen", [("Minh Nguyen", "a badge for the robotics club"), ("Minh Nguyen", None)]),
        ):
            family, _ = Backpack.create(folder / family_name, PASSPHRASE, kdf=FAST)
            with family:
                family.add_contact(card)
                for n, (learner, ask) in enumerate(learners):
                    if learner not in {lr.name for lr in family.learners()}:
                        family.add_learner(learner)
                    goal = family.add_record(Category.GOAL, title="Join a club", learner=learner)
                    path = folder / f"{family_name}-{n}.backpack"
                    family.share(
                        path,
                        to="Bright Futures",
                        learner=learner,
                        record_ids=[goal.id],
                        purpose="After-school robotics" if n else "Spring session",
                        ask_for_contribution=ask,
                    )
                    program.open_share(path, save=True)
    for language in ("en", "es"):
        LANGUAGE.set(language)
        window = MainWindow(onward.program_home, kdf=FAST, share_file=onward.card_share)
        window.resize(1180, 820)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 80)
        contents = window.main.received.contents
        item = contents.item_titled(NOTE)
        if item is not None:
            contents.tree.setCurrentItem(item)
        suffix = "" if language == "en" else "-es"
        shot(app, window, out / f"received-across-learners{suffix}.png")
        window.close()
        window.deleteLater()
    LANGUAGE.set("en")
    app.processEvents()


def third_party_shots(app: QApplication, folder: Path, out: Path) -> None:
    """The family's Official records once a tutor's note and endorsement are filed: written by
    the tutor (key fingerprint, in your contacts since...), never as a school's."""
    from tests.onward_share import NOTE, make_onward

    folder.mkdir(parents=True, exist_ok=True)
    make_onward(folder)
    for language in ("en", "es"):
        LANGUAGE.set(language)
        window = MainWindow(folder / "family", kdf=FAST)
        window.resize(1180, 780)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 80)
        window.main.sidebar.setCurrentRow(1)
        window.main.official.select(record_titled(window, NOTE))
        suffix = "" if language == "en" else "-es"
        shot(app, window, out / f"official-records-third-party{suffix}.png")
        window.close()
        window.deleteLater()
    LANGUAGE.set("en")
    app.processEvents()


def sync_shots(app: QApplication, folder: Path, out: Path) -> None:
    """One backpack on two computers: Settings after "Set up…" on the family desktop, its
    Computers dialog once Ana's laptop joined, an entry edited on both with its earlier
    versions, and the join dialog of a new computer (English and Spanish)."""
    import platform
    from unittest import mock

    home, shared = folder / "Desktop backpack", folder / "Dropbox" / "Backpack"
    shared.parent.mkdir(parents=True, exist_ok=True)
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.SERVICE, title="Food bank", details={"hours": 12})
    dialogs.answer = lambda kind, details: shared if kind == "directory" else None
    with mock.patch.object(platform, "node", return_value="family-desktop"):
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 780)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 60)
        window.main.settings.sync_setup.clicked.emit()
        settle(app, 60)
        assert window.wallet is not None and window.wallet.sync_folder is not None
        entry = record_titled(window, "Food bank")
        window.wallet.edit_record(entry, changes={"title": "Riverside Food Bank"})
        window.wallet.sync()
    with mock.patch.object(platform, "node", return_value="ana-laptop"):
        laptop, _ = Backpack.sync_join(
            shared, folder / "Laptop backpack", passphrase=PASSPHRASE, kdf=FAST, clock=utc_now
        )
        with laptop:
            laptop.edit_record(entry, details={"hours": 14})
            laptop.sync()
    window.sync_now()
    settle(app, 60)
    for language in ("en", "es"):
        suffix = "" if language == "en" else "-es"
        if language == "es":
            window.set_language("es")
            settle(app, 60)
        window.main.sidebar.setCurrentRow(5)
        shot(app, window, out / f"settings-sync{suffix}.png")
        window.show_computers()
        settle(app, 40)
        shot(app, window.computers_dialog, out / f"sync-computers{suffix}.png")
        window.computers_dialog.close()
        window.edit_entry(entry)
        settle(app, 40)
        shot(app, window.editor, out / f"profile-earlier-versions{suffix}.png")
        window.editor.discard()
        newcomer = MainWindow(folder / f"New computer {language}", kdf=FAST)
        newcomer.resize(980, 640)
        newcomer.show()
        newcomer.join_sync()
        settle(app)
        joining = newcomer.join_dialog
        joining.folder.setText("~/Dropbox/Backpack")
        joining.passphrase.setText("maple river lantern 42")
        shot(app, joining, out / f"sync-join{suffix}.png")
        joining.reject()
        newcomer.close()
        newcomer.deleteLater()
    window.set_language("en")
    settle(app, 40)
    window.close()
    window.deleteLater()
    dialogs.answer = lambda kind, details: None
    LANGUAGE.set("en")
    app.processEvents()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    only = {
        "tutor": tutor_shots,
        "sync": sync_shots,
        "kept-apart": kept_apart_shots,
        "provider": provider_shots,
        "third-party": third_party_shots,
    }.get(sys.argv[2] if sys.argv[2:] else "")
    if only is not None:  # only the tutor's views, sync's, or the replies kept apart
        target.mkdir(parents=True, exist_ok=True)
        qt_app = QApplication.instance() or QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory() as scratch:
            os.environ["HOME"] = scratch
            only(qt_app, Path(scratch), target)
    else:
        main(target)
