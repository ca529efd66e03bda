"""The window keeps apart a reply to a share by code that gives a saved contact's name but is
signed by another key (English and Spanish), files one from a key in no contact saying so, and
shows beside each contact the key fingerprint their replies show (issue 21)."""

from __future__ import annotations

import pytest

from backpack_app.domain.records import Category
from backpack_app.sharing.cards import signing_fingerprint
from backpack_app.ui.app import MainWindow
from backpack_app.ui.i18n import install_language
from backpack_app.ui.views.kept_apart import apart_words
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import unlock


@pytest.fixture
def english_after():
    yield
    install_language("en")


def _replies(tmp_path):
    """Ana's family (a contact, Ms. López), a share by code, and two replies to it from a
    backpack that is not Ms. López's: one giving her name, one its own."""
    tutor, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    impostor, _ = Backpack.create(tmp_path / "impostor", PASSPHRASE, kdf=FAST)
    with tutor, family, impostor:
        family.add_learner("Ana Rivera")
        family.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12})
        family.add_contact(tutor.my_card("Ms. López")[0])
        made, _ = family.share(
            tmp_path / "s.backpack",
            to=None,
            code=True,
            category=Category.SERVICE,
            ask_for_contribution="progress notes",
        )
        for name, out in (("ms. lópez", "r.backpack"), ("Chess Club", "p.backpack")):
            impostor.reply(
                tmp_path / "s.backpack",
                tmp_path / out,
                kind="note",
                title=f"By {name}",
                text="x",
                code=made.code,
                name=name,
            )
        return signing_fingerprint(tutor.signing_key().did)


def _window(qtbot, tmp_path, reply):
    window = MainWindow(tmp_path / "family", kdf=FAST, share_file=tmp_path / reply)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    return window


def test_a_reply_giving_a_contacts_name_is_kept_apart_in_the_window(
    qtbot, tmp_path, answers, english_after
):
    seen, replies = answers
    lopez = _replies(tmp_path)
    window = _window(qtbot, tmp_path, "r.backpack")
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    [said] = [d["text"] for kind, d in seen if kind == "inform"]
    assert "is kept apart, not filed: This reply gives the name of your contact Ms. López" in said
    apart = window.main.received.apart
    qtbot.waitUntil(lambda: apart.table.rowCount() == 1, timeout=30_000)
    assert apart.table.model().index(0, 3).data() == "a contact's name, another key"
    assert "gives the name of your contact ms. lópez, but is not signed" in apart.reason.text()
    assert "By ms. lópez" not in [r.title for r in window.wallet.list_records()]
    # The contacts show the fingerprint the real Ms. López's replies show.
    contacts = window.main.settings.contacts
    assert contacts.model().index(0, 2).data() == lopez
    # The family's choice, as for any reason.
    replies["confirm"] = True
    apart.accept.click()
    qtbot.waitUntil(lambda: not apart.isVisible(), timeout=30_000)
    assert "By ms. lópez" in [r.title for r in window.wallet.list_records()]
    # In Spanish.
    assert install_language("es")
    spanish = apart_words(["name_of_contact"], None, "Ms. López")
    assert spanish.startswith("Esta respuesta da el nombre de su contacto Ms. López, pero no")


def test_a_reply_from_a_key_in_no_contact_is_filed_saying_so(qtbot, tmp_path, answers):
    seen, _ = answers
    _replies(tmp_path)
    _window(qtbot, tmp_path, "p.backpack")
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in seen), timeout=30_000)
    [said] = [d["text"] for kind, d in seen if kind == "inform"]
    assert "filed under Ana Rivera as third-party attested" in said
    assert "not in your contacts" in said
