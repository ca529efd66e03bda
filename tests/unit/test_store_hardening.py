"""Damaged database pages and killed backups (issue 14): a sentence, never "a bug"; no leftovers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backpack_app.domain.records import Category
from backpack_app.errors import CorruptBackpack
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096  # SQLCipher 4's page size


def damaged_backpack(home: Path, *, pages: range | None = None) -> list[str]:
    """A backpack of 200 records with one byte changed in each of `pages` of its database
    (default: five pages six tenths into the file, among the records' pages wherever the
    schema's growing set of tables puts them; the first pages, the schema, stay whole: it
    still opens)."""
    bp, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with bp:
        bp.add_learner("Ana")
        ids = [
            bp.add_record(Category.GOAL, title=f"goal {i}", description="x" * 500).id
            for i in range(200)
        ]
    db = home / "records.db"
    data = bytearray(db.read_bytes())
    if pages is None:
        first = len(data) // PAGE * 6 // 10
        pages = range(first, first + 5)
    for page in pages:
        data[page * PAGE + 200] ^= 0xFF
    db.write_bytes(bytes(data))
    return ids


def test_a_damaged_page_is_the_damaged_backpack_message(cli, home):
    ids = damaged_backpack(home)
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp, pytest.raises(CorruptBackpack):
        for rid in ids:
            bp.get_record(rid)
    results = [cli("show", rid) for rid in ids[::10]]
    assert all(r.code in (0, 2) for r in results), [r for r in results if r.code not in (0, 2)]
    damaged = [r for r in results if r.code == 2]
    assert damaged and all("Restore it from a backup" in r.err for r in damaged)
    assert not any("This is a bug" in r.err for r in results)


def test_backup_checks_every_page_first(cli, home, tmp_path):
    damaged_backpack(home)
    out = tmp_path / "b.bpk"
    refused = cli("backup", str(out))
    assert refused.code == 2 and "damaged" in refused.err and "This is a bug" not in refused.err
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))


def test_check_command(cli, home, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    poster = tmp_path / "poster.txt"
    poster.write_bytes(b"poster " * 1000)
    rid = cli("add", "portfolio", "--title", "Fair", "--file", str(poster)).out.strip()
    ok = cli("check")
    assert ok.code == 0 and "checks out" in ok.out
    (stored,) = (home / "attachments").iterdir()
    data = bytearray(stored.read_bytes())
    data[-20] ^= 1
    stored.write_bytes(bytes(data))
    found = cli("check")
    assert found.code == 1 and "poster.txt" in found.out and "Restore it" in found.out
    assert rid


def test_check_command_finds_damaged_pages(cli, home):
    damaged_backpack(home)
    found = cli("check")
    first = (home / "records.db").stat().st_size // PAGE * 6 // 10  # the first damaged page
    assert found.code == 1 and f"HMAC verification failed for page {first + 1}" in found.out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to stop a backup")
def test_a_backup_killed_midway_leaves_nothing_once_the_backpack_is_used_again(home, tmp_path):
    bp, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    poster = tmp_path / "poster.txt"
    poster.write_bytes(b"poster " * 1000)
    with bp:
        bp.add_learner("Ana")
        bp.add_record(Category.PORTFOLIO, title="Fair", files=[poster])
    # The stored file becomes a pipe nobody writes to: the backup stops there, mid-way, as on a
    # stuck disk, after its snapshot and its output file exist (no race with a fast backup).
    (stored,) = (home / "attachments").iterdir()
    content = stored.read_bytes()
    stored.unlink()
    os.mkfifo(stored)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    script = (
        "import sys; from pathlib import Path; from backpack_app.wallet import Backpack; "
        "from tests.conftest import FAST, PASSPHRASE; "
        "bp = Backpack.open(Path(sys.argv[1]), PASSPHRASE, kdf=FAST); "
        "bp.backup(Path(sys.argv[2]))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(home), str(out_dir / "b.bpbk")], cwd=ROOT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if list(out_dir.glob(".tmp-*")) and list(home.glob(".backup-snapshot-*")):
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the backup ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored.unlink()
    stored.write_bytes(content)
    assert list(home.glob(".backup-snapshot-*")) and list(out_dir.glob(".tmp-*"))
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        assert not list(home.glob(".backup-snapshot-*"))  # opening clears the database copy
        bp.backup(out_dir / "b.bpbk")
    assert sorted(p.name for p in out_dir.iterdir()) == ["b.bpbk"]
    assert not list(home.glob(".backup-snapshot-*"))


def test_a_running_backups_files_are_not_taken_for_leftovers(home, tmp_path):
    from backpack_app.files import hold_while_open
    from backpack_app.store.backup import remove_leftovers
    from backpack_app.store.layout import Layout

    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    live = home / ".backup-snapshot-0123456789ab.db"
    with open(live, "xb") as held:
        hold_while_open(held)
        # Another process's view: it cannot take the lock, so it keeps the file.
        code = (
            "import sys; from pathlib import Path; "
            "from backpack_app.store.backup import remove_leftovers; "
            "from backpack_app.store.layout import Layout; "
            "print(remove_leftovers(Layout(Path(sys.argv[1]))))"
        )
        run = subprocess.run(
            [sys.executable, "-c", code, str(home)], cwd=ROOT, capture_output=True, text=True
        )
        assert run.stdout.strip() == "0" and live.exists(), run.stderr
    assert remove_leftovers(Layout(home)) == 1 and not live.exists()
