"""Issuer registries in the window (issue #17): Settings lists the registries the user chose
with their "as of" dates, adds one from a file or, after asking, from a web address (a real
HTTPS server on this computer), and removes one; nothing is relied on by default, and a record
from a listed school says "listed in REGISTRY (as of DATE)" in both languages."""

from __future__ import annotations

import http.server
import json
import ssl
import threading
from typing import ClassVar

import pytest

from backpack_app.ui import dialogs
from backpack_app.ui.i18n import install_language
from backpack_app.ui.tasks import wait_for_tasks
from tests.gui.test_window_flows import ana_window, found_in
from tests.issuing import course_credential, new_school
from tests.unit.test_fetch_https import self_signed
from tests.unit.test_registries import dcc_registry

LISTED = "listed in DCC Community Registry (as of 2 November 2025)"


@pytest.fixture
def queued_answers():
    """Dialogs answered in turn from per-kind queues; every question is recorded."""
    seen: list[tuple[str, dict]] = []
    queues: dict[str, list] = {}

    def answer(kind, details):
        seen.append((kind, details))
        return queues[kind].pop(0) if queues.get(kind) else None

    dialogs.answer = answer
    yield seen, queues
    dialogs.answer = None
    wait_for_tasks()


@pytest.fixture
def spanish_restored():
    yield
    install_language("en")


def window_with_a_course(qtbot, tmp_path):
    """Ana's window holding one course from a school no trust list names."""
    school = new_school("Lincoln High School")
    course = tmp_path / "algebra.json"
    course.write_text(json.dumps(school.sign(course_credential(school, course="Algebra I"))))
    window = ana_window(qtbot, tmp_path)
    wait_for_tasks()
    window.wallet.import_credentials(course.read_bytes(), learner="Ana Rivera")
    window._refresh_current()
    view = window.main.official
    qtbot.waitUntil(lambda: "Algebra I" in dict(view.rows_shown()), timeout=20_000)
    return window, school


def registry_file(tmp_path, school):
    path = tmp_path / "community.json"
    path.write_text(json.dumps(dcc_registry((school.did, "Lincoln High School"))))
    return path


def summary_of(qtbot, window, title):
    view = window.main.official
    view.tree.setCurrentIndex(found_in(view.model, title))
    qtbot.waitUntil(lambda: view.detail.checks.rowCount() > 0, timeout=10_000)
    return view.detail.summary.text()


def test_a_registry_from_a_file_is_listed_shown_in_verdicts_and_removed(
    qtbot, tmp_path, queued_answers
):
    seen, queues = queued_answers
    window, school = window_with_a_course(qtbot, tmp_path)
    settings, view = window.main.settings, window.main.official
    assert settings.registries.rowCount() == 0  # nothing is relied on by default
    assert dict(view.rows_shown())["Algebra I"] == "⚠ Issuer not in your trust list"
    path = registry_file(tmp_path, school)
    queues.update(open_files=[[path]], text=["DCC Community Registry"])
    settings.registry_file.click()
    qtbot.waitUntil(lambda: settings.registries.rowCount() == 1, timeout=20_000)
    cells = [settings.registries.rows.data(settings.registries.rows.index(0, c)) for c in range(4)]
    assert cells == ["DCC Community Registry", "2 November 2025", "1", str(path)]
    assert [d["default"] for k, d in seen if k == "text"] == ["community"]  # the file's name
    qtbot.waitUntil(lambda: dict(view.rows_shown())["Algebra I"] == "✔ Verified", timeout=20_000)
    informed = next(d["text"] for k, d in seen if k == "inform")
    assert "DCC Community Registry (as of 2 November 2025) lists 1 schools" in informed
    assert LISTED in summary_of(qtbot, window, "Algebra I")
    checks = [view.detail.checks.item(r, 2).text() for r in range(view.detail.checks.rowCount())]
    assert any(LISTED in c for c in checks)
    # Removing it asks first; a "no" keeps it.
    settings.registries.selectRow(0)
    queues["confirm"] = [False]
    settings.registry_remove.click()
    wait_for_tasks()
    assert len(window.wallet.issuer_registries()) == 1
    queues["confirm"] = [True]
    settings.registry_remove.click()
    qtbot.waitUntil(lambda: settings.registries.rowCount() == 0, timeout=20_000)
    assert window.wallet.issuer_registries() == ()
    qtbot.waitUntil(
        lambda: dict(view.rows_shown())["Algebra I"] == "⚠ Issuer not in your trust list",
        timeout=20_000,
    )
    question = [d["text"] for k, d in seen if k == "confirm"][-1]
    assert "DCC Community Registry" in question


def test_a_file_that_is_not_a_registry_changes_nothing(qtbot, tmp_path, queued_answers):
    seen, queues = queued_answers
    window, _school = window_with_a_course(qtbot, tmp_path)
    bad = tmp_path / "notes.json"
    bad.write_text('{"registry": {}}')
    queues.update(open_files=[[bad]], text=["Notes"])
    window.main.settings.registry_file.click()
    qtbot.waitUntil(lambda: any(k == "problem" for k, _ in seen), timeout=20_000)
    problem = next(d["text"] for k, d in seen if k == "problem")
    assert problem == (
        "notes.json was not added: That file is not an issuer registry in the DCC format "
        "(no registry)."
    )
    assert window.wallet.issuer_registries() == ()


class RegistryPages(http.server.BaseHTTPRequestHandler):
    body = b""
    requests: ClassVar[list[str]] = []

    def do_GET(self):
        self.requests.append(self.path)
        if self.path != "/registry.json":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def registry_server(tmp_path, monkeypatch):
    """A real HTTPS server on this computer, its certificate trusted through SSL_CERT_FILE (as
    a system's own certificate store would be)."""
    cert_file, key_file = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    RegistryPages.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RegistryPages)
    serving = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    serving.load_cert_chain(cert_file, key_file)
    httpd.socket = serving.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", RegistryPages
    httpd.shutdown()
    httpd.server_close()


def test_a_registry_from_a_web_address_is_fetched_only_after_asking(
    qtbot, tmp_path, queued_answers, registry_server
):
    seen, queues = queued_answers
    base, pages = registry_server
    window, school = window_with_a_course(qtbot, tmp_path)
    pages.body = json.dumps(dcc_registry((school.did, "Lincoln High School"))).encode()
    settings = window.main.settings
    url = f"{base}/registry.json"
    # Plain http is refused before anything is asked or fetched.
    queues["text"] = ["http://registry.example/registry.json"]
    settings.registry_address.click()
    problem = next(d["text"] for k, d in seen if k == "problem")
    assert "is not a web address Backpack fetches (https only)" in problem
    # "No" to going online: nothing is fetched.
    queues.update(text=[url, "Community"], confirm=[False])
    settings.registry_address.click()
    wait_for_tasks()
    question = [d for k, d in seen if k == "confirm"][-1]
    assert question["title"] == "Go online?" and "127.0.0.1" in question["text"]
    assert pages.requests == [] and window.wallet.issuer_registries() == ()
    # An address that is not there: said in a sentence, nothing kept.
    queues.update(text=[f"{base}/missing.json", "Community"], confirm=[True])
    settings.registry_address.click()
    qtbot.waitUntil(lambda: sum(k == "problem" for k, _ in seen) == 2, timeout=20_000)
    problem = [d["text"] for k, d in seen if k == "problem"][-1]
    assert problem == f"{base}/missing.json could not be fetched: the server answered 404."
    assert window.wallet.issuer_registries() == ()
    pages.requests.clear()
    # "Yes": fetched once, kept as of now (not the date the file states).
    queues.update(text=[url, "Community"], confirm=[True])
    settings.registry_address.click()
    qtbot.waitUntil(lambda: settings.registries.rowCount() == 1, timeout=20_000)
    assert pages.requests == ["/registry.json"]
    (registry,) = window.wallet.issuer_registries()
    assert registry.source == url and registry.as_of.date() == window.wallet._clock().date()
    view = window.main.official
    qtbot.waitUntil(lambda: dict(view.rows_shown())["Algebra I"] == "✔ Verified", timeout=20_000)
    assert "listed in Community (as of" in summary_of(qtbot, window, "Algebra I")


def test_the_listing_is_said_in_spanish(qtbot, tmp_path, queued_answers, spanish_restored):
    window, school = window_with_a_course(qtbot, tmp_path)
    window.wallet.add_registry(
        str(registry_file(tmp_path, school)), name="Registro comunitario DCC"
    )
    window.set_language("es")
    settings = window.main.settings
    qtbot.waitUntil(lambda: settings.registries.rowCount() == 1, timeout=20_000)
    assert settings.registries.rows.data(settings.registries.rows.index(0, 1)) == (
        "2 de noviembre de 2025"
    )
    assert settings.registry_file.text() == "Añadir un registro desde un archivo…"
    summary = summary_of(qtbot, window, "Algebra I")
    assert "que figura en Registro comunitario DCC (a fecha de 2 de noviembre de 2025)" in summary
