"""Languages of the window: Qt translators loaded from compiled catalogues (`.qm`, built from
the `.ts` sources in resources/i18n when Backpack is installed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from backpack_app.paths import resource_path

LANGUAGES = {"en": "English", "es": "Español"}
CONTEXT = "Backpack"  # the context of strings marked outside a widget class
_installed: list[QTranslator] = []
_language = ["en"]


def install_language(code: str) -> bool:
    """Use `code` for every string shown from now on; False when no catalogue is found."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en"
    if code == "en" or app is None:
        return code == "en"
    translator = QTranslator()
    if not translator.load(str(resource_path("i18n", f"backpack_{code}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    qt = qt_catalogue(code)  # Qt's own words: file dialogs, "Close", "Cancel"…
    if qt is not None:
        app.installTranslator(qt)
        _installed.append(qt)
    _language[0] = code
    return True


def qt_catalogue(code: str) -> QTranslator | None:
    """Qt's own catalogue (`qtbase_<code>.qm`): shipped beside ours in the packaged app, else
    the one in Qt's translations folder; None when neither is there (Qt's words stay English)."""
    translator = QTranslator()
    for folder in (
        resource_path("i18n"),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        if translator.load(f"qtbase_{code}", str(folder)):
            return translator
    return None


def current_language() -> str:
    """The code of the language the window speaks now ("en" when no catalogue is loaded)."""
    return _language[0]


def translating() -> bool:
    """Whether a catalogue other than English is in use."""
    return bool(_installed)


def t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP(CONTEXT, ...), in the current language."""
    return QCoreApplication.translate(CONTEXT, text)
