"""Files written by released format versions must keep opening (copied, never modified)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from backpack_app.store.database import SCHEMA_VERSION, schema_version
from backpack_app.wallet import Backpack
from tests.conftest import FAST

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "frozen_v1"
MANIFEST = json.loads((FROZEN / "manifest.json").read_text())


@pytest.fixture
def v1_home(tmp_path) -> Path:
    home = tmp_path / "backpack"
    shutil.copytree(FROZEN / "backpack", home)
    return home


def check_contents(bp: Backpack, tmp_path: Path) -> None:
    assert [lr.name for lr in bp.learners()] == ["Ana Rivera"]
    goal = bp.get_record(MANIFEST["goal"])
    assert goal.title == "Read 20 books"
    assert [n.text for n in goal.details.progress_notes] == ["Seven so far"]
    out = tmp_path / "poem.txt"
    bp.export_attachment(MANIFEST["portfolio"], out)
    assert out.read_text(encoding="utf-8") == MANIFEST["attachment_text"]
    assert len(bp.list_records()) == 3
    assert schema_version(bp._conn) == SCHEMA_VERSION


def test_v1_backpack_opens_with_passphrase_and_recovery_key(v1_home, tmp_path):
    with Backpack.open(v1_home, MANIFEST["passphrase"], kdf=FAST) as bp:
        check_contents(bp, tmp_path)
    with Backpack.open_with_recovery_key(v1_home, MANIFEST["recovery_key"], kdf=FAST) as bp:
        check_contents(bp, tmp_path)


def test_v1_backup_restores(tmp_path):
    target = tmp_path / "restored"
    with Backpack.restore(
        FROZEN / "backup_v1.bpk", target, passphrase=MANIFEST["passphrase"], kdf=FAST
    ) as bp:
        check_contents(bp, tmp_path)
