"""Spanish: the catalogue covers every marked string, and switching changes the screens."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backpack_app.ui.app import MainWindow
from backpack_app.ui.i18n import install_language
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "backpack_es.ts"


def sources(ts: Path) -> dict[str, str | None]:
    root = ET.parse(ts).getroot()
    return {
        m.find("source").text: (m.find("translation").text, m.find("translation").get("type"))
        for m in root.iter("message")
    }


def test_every_marked_string_is_in_the_catalogue_and_translated(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "backpack_app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    marked, catalogue = set(sources(fresh)), sources(CATALOGUE)
    assert marked - set(catalogue) == set(), "run pyside6-lupdate and translate the new strings"
    untranslated = [s for s, (text, kind) in catalogue.items() if not text or kind == "unfinished"]
    assert untranslated == []


@pytest.fixture
def spanish_restored():
    yield
    install_language("en")


def test_switching_to_spanish_changes_what_the_window_says(
    qtbot, tmp_path, answers, spanish_restored
):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
    window = MainWindow(home, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock.unlock.text() == "Unlock"
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.unlock_requested.emit(PASSPHRASE)
    qtbot.waitUntil(
        lambda: window.wallet is not None and window.main.learner_box.count() == 1, timeout=20_000
    )
    window.main.sidebar.setCurrentRow(5)
    window.main.search.setText("books")  # what the user was looking at stays
    settings = window.main.settings
    settings.language.setCurrentIndex(settings.language.findData("es"))
    settings.language.activated.emit(settings.language.currentIndex())
    qtbot.waitUntil(lambda: window.main.sidebar.item(0).text() == "Resumen", timeout=20_000)
    assert window.main.sidebar.currentRow() == 5  # still on the same page
    assert window.main.search.text() == "books"
    assert window.main.sidebar.item(1).text() == "Expediente oficial"
    assert window.wallet is not None  # switching loses nothing: still unlocked
    window.lock()
    assert window.unlock.unlock.text() == "Desbloquear"
    window.set_language("en")
    assert window.unlock.unlock.text() == "Unlock"


def test_the_windows_words_for_core_labels_match_the_core():
    from backpack_app.domain.records import CATEGORIES
    from backpack_app.domain.verification import VERDICT_WORDS
    from backpack_app.ui.terms import CATEGORY_WORDS, VERDICT_TEXT

    assert {c: info.label for c, info in CATEGORIES.items()} == CATEGORY_WORDS
    assert VERDICT_TEXT == VERDICT_WORDS


def test_every_sensitivity_has_words_in_both_languages(qapp):
    from backpack_app.domain.records import Sensitivity
    from backpack_app.ui.i18n import install_language
    from backpack_app.ui.terms import sensitivity_words

    english = {s: sensitivity_words(s) for s in Sensitivity}
    install_language("es")
    try:
        spanish = {s: sensitivity_words(s) for s in Sensitivity}
    finally:
        install_language("en")
    assert english[Sensitivity.PRIVATE] == "private"
    assert spanish[Sensitivity.PRIVATE] == "privado"
    assert spanish[Sensitivity.RESTRICTED] == "⚠ restringido"


def test_the_marked_core_sentences_are_every_sentence_the_core_says():
    from tests.core_sentences import TARGET, module_text

    assert TARGET.read_text(encoding="utf-8") == module_text(), (
        "the core's sentences changed: run python -m tests.core_sentences, then lupdate"
    )


def test_core_sentences_reach_the_window_in_spanish_with_their_parts(qapp, spanish_restored):
    from backpack_app.errors import CorruptBackpack, NotFound
    from backpack_app.ui.errors import user_message
    from backpack_app.ui.terms import core_words

    expired = "It expired on 1 March 2025."
    assert core_words(expired) == expired  # English until Spanish is chosen
    assert install_language("es")
    spanish = core_words(expired)
    assert spanish != expired and "1 de marzo de 2025" in spanish  # the date in Spanish too
    # Parts may be empty, and a sentence lowered after a colon is still found.
    assert "Signed" not in core_words("Signed with the issuer's own key (did:key:z6Mk#z6Mk).")
    lowered = core_words(
        "Do not rely on this record: the signature does not match the content: it was changed "
        "after signing, or signed by another key."
    )
    assert "signature" not in lowered and lowered.count("firma") >= 1
    # A sentence that carries another: both are translated.
    nested = (
        "This record cannot be checked offline: "
        "The issuer's key is named by a web address, which cannot be checked offline."
    )
    translated = core_words(nested)
    assert "offline" not in translated and "This record" not in translated
    # A name with a title ("Ms. Lopez", a tutor) is not where a sentence ends.
    tutor = core_words(
        'The signature is genuine, but the issuer (calls itself "Ms. Lopez") is not in your '
        "trust list."
    )
    assert "signature" not in tutor and "calls itself" not in tutor and "Ms. Lopez" in tutor
    # Errors reach the user through the one mapping, translated there.
    assert user_message(NotFound("There is no learner called Bo.")) != (
        "There is no learner called Bo."
    )
    assert "Bo" in user_message(NotFound("There is no learner called Bo."))
    corrupt = user_message(CorruptBackpack("The backpack's record database is missing or empty."))
    assert "record database" not in corrupt
    # Words the core never said are shown as they are, not mangled.
    assert core_words("Something only a future version says.") == (
        "Something only a future version says."
    )


def test_a_language_without_its_catalogue_is_said_and_english_stays(qtbot, tmp_path, answers):
    from backpack_app.ui.app import MainWindow
    from backpack_app.ui.i18n import current_language

    seen, _ = answers
    window = MainWindow(tmp_path / "bp")
    qtbot.addWidget(window)
    window.set_language("xx")  # as Spanish is in a checkout where `make` never ran
    assert current_language() == "en"
    assert any(kind == "problem" and "not available" in d["text"] for kind, d in seen)
    window.set_language("en")


def test_every_verdict_has_a_pill_a_tone_and_spanish_words(qapp):
    from backpack_app.domain.verification import Verdict
    from backpack_app.ui.models.official import PILL_TEXT
    from backpack_app.ui.models.official_tree import pill_tone
    from backpack_app.ui.terms import VERDICT_TEXT

    assert set(PILL_TEXT) == set(Verdict) == set(VERDICT_TEXT)
    # "unsupported" is a check Backpack cannot make, never shown as tampering (red).
    assert pill_tone(Verdict.UNSUPPORTED) == "warn"
    install_language("es")
    try:
        from backpack_app.ui.i18n import t

        assert t(PILL_TEXT[Verdict.UNSUPPORTED]) == "? Método de firma no admitido"
        assert t(VERDICT_TEXT[Verdict.UNSUPPORTED]).startswith("Firmado de un modo")
    finally:
        install_language("en")
