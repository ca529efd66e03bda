"""Starting the app: the window under Qt offscreen, and the no-display message."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from backpack_app import __version__
from backpack_app.main import NO_DISPLAY, display_available
from backpack_app.ui.app import ICON_SIZES, MainWindow, app_icon
from backpack_app.ui.views.settings_view import SettingsView


def test_a_new_home_opens_on_first_run(qtbot, tmp_path):
    window = MainWindow(tmp_path / "nothing-here")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Backpack"
    assert window.stack.currentWidget() is window.first_run
    assert not (tmp_path / "nothing-here").exists()  # nothing is made until the user asks


def test_display_detection():
    assert display_available({"QT_QPA_PLATFORM": "offscreen"})
    if sys.platform.startswith("linux"):
        assert not display_available({})
        assert display_available({"DISPLAY": ":0"})


def _env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(extra)
    return env


def test_without_display_the_app_says_so_in_one_sentence(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "backpack_app"],
        env=_env(BACKPACK_HOME=str(tmp_path / "home")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == NO_DISPLAY
    assert "Traceback" not in result.stderr


def test_offscreen_app_starts_and_keeps_running(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "backpack_app"],
        env=_env(QT_QPA_PLATFORM="offscreen", BACKPACK_HOME=str(tmp_path / "home")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(3)
        assert proc.poll() is None, proc.communicate()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_app_can_report_its_first_screen_and_quit(tmp_path):
    """BACKPACK_EXIT_AFTER_SHOW: how packaging/smoke.sh checks the bundle and times its start."""
    result = subprocess.run(
        [sys.executable, "-m", "backpack_app"],
        env=_env(
            QT_QPA_PLATFORM="offscreen",
            BACKPACK_HOME=str(tmp_path / "home"),
            BACKPACK_EXIT_AFTER_SHOW="1",
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"Backpack {__version__}: first run window shown at " in result.stdout


def test_the_window_icon_comes_in_every_shipped_size(qapp):
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_settings_name_the_version_in_about(qtbot):
    view = SettingsView()
    qtbot.addWidget(view)
    assert view.about.text() == f"Backpack {__version__}"
