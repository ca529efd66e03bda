"""Backups: one encrypted file, restorable elsewhere with the passphrase or recovery key."""

from __future__ import annotations

import pytest

from backpack_app.domain.records import Category
from backpack_app.errors import BackpackExists, MalformedFile, WrongPassphrase
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.helpers import files_containing


@pytest.fixture
def filled(home, tmp_path):
    bp, recovery = Backpack.create(home, PASSPHRASE, kdf=FAST)
    # A name long enough not to turn up by chance in 2 MB of ciphertext (3 bytes would, 1 in 8).
    bp.add_learner("Ana Rivera-Quintero")
    bp.add_learner("Ben")
    files = []
    for i in range(3):
        f = tmp_path / f"work{i}.bin"
        f.write_bytes(b"BACKUP-ATTACHMENT-MARKER " + bytes([i]) * (300_000 * (i + 1)))
        files.append(f)
    bp.add_record(
        Category.PORTFOLIO, title="BACKUP-TITLE-MARKER", learner="Ana Rivera-Quintero", files=files
    )
    bp.add_record(Category.SERVICE, title="Food bank", learner="Ben", details={"hours": 4})
    bp.add_record(Category.HEALTH, title="Allergy plan", learner="Ben", files=files[:1])
    yield bp, recovery
    bp.close()


def snapshot(bp: Backpack, out_dir):
    rows = bp.list_records()
    records = {r.id: bp.get_record(r.id) for r in rows}
    contents = {}
    for rec in records.values():
        for ref in rec.attachments:
            contents[ref.id] = b"".join(bp.attachments.iter_plaintext(ref))
    return records, contents, [lr.model_dump() for lr in bp.learners()]


@pytest.mark.parametrize("unlock", ["passphrase", "recovery"])
def test_backup_restores_elsewhere_identically(filled, tmp_path, unlock):
    bp, recovery = filled
    backup = tmp_path / "family.bpk"
    bp.backup(backup)
    before = snapshot(bp, tmp_path)
    target = tmp_path / "other-machine" / "backpack"
    kwargs = {"passphrase": PASSPHRASE} if unlock == "passphrase" else {"recovery_key": recovery}
    with Backpack.restore(backup, target, kdf=FAST, **kwargs) as restored:
        assert snapshot(restored, tmp_path) == before
    with Backpack.open(target, PASSPHRASE, kdf=FAST) as again:
        assert len(again.list_records()) == 3
    assert files_containing(tmp_path / "other-machine", b"BACKUP-TITLE-MARKER") == []
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".restore-")]


def test_backup_file_has_no_plaintext(filled, tmp_path):
    bp, _ = filled
    bp.backup(tmp_path / "b.bpk")
    for marker in (
        b"BACKUP-TITLE-MARKER",
        b"BACKUP-ATTACHMENT-MARKER",
        b"Allergy plan",
        b"Ana Rivera-Quintero",
    ):
        assert marker not in (tmp_path / "b.bpk").read_bytes()
    assert not [p for p in bp.layout.home.iterdir() if p.name.startswith(".backup-snapshot")]


def test_old_backup_keeps_the_passphrase_it_was_made_with(filled, tmp_path):
    bp, recovery = filled
    bp.backup(tmp_path / "old.bpk")
    bp.change_passphrase("a newer passphrase")
    bp.rotate_recovery_key()
    Backpack.restore(tmp_path / "old.bpk", tmp_path / "r1", passphrase=PASSPHRASE, kdf=FAST).close()
    Backpack.restore(tmp_path / "old.bpk", tmp_path / "r2", recovery_key=recovery, kdf=FAST).close()
    with pytest.raises(WrongPassphrase):
        Backpack.restore(
            tmp_path / "old.bpk", tmp_path / "r3", passphrase="a newer passphrase", kdf=FAST
        )
    assert not (tmp_path / "r3").exists()


def test_restore_refuses_to_overwrite(filled, tmp_path, home):
    bp, _ = filled
    bp.backup(tmp_path / "b.bpk")
    with pytest.raises(BackpackExists):
        Backpack.restore(tmp_path / "b.bpk", home, passphrase=PASSPHRASE, kdf=FAST)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(BackpackExists):
        Backpack.restore(tmp_path / "b.bpk", busy, passphrase=PASSPHRASE, kdf=FAST)
    assert (busy / "keep.txt").read_text() == "mine"


def _damage(data: bytes, where: str) -> bytes:
    if where == "truncated":
        return data[: len(data) - 5000]
    if where == "cut-at-chunk":
        return data[: len(data) // 2]
    if where == "extended":
        return data + b"\0" * 10
    if where == "magic":
        return b"NOTABKUP" + data[8:]
    position = {"header": 30, "middle": len(data) // 2, "end": len(data) - 1}[where]
    flipped = bytearray(data)
    flipped[position] ^= 0x40
    return bytes(flipped)


@pytest.mark.parametrize(
    "where", ["truncated", "cut-at-chunk", "extended", "magic", "header", "middle", "end"]
)
def test_damaged_backup_restores_nothing(filled, tmp_path, where):
    bp, _ = filled
    good = tmp_path / "b.bpk"
    bp.backup(good)
    bad = tmp_path / "bad.bpk"
    bad.write_bytes(_damage(good.read_bytes(), where))
    target = tmp_path / "target"
    with pytest.raises((MalformedFile, WrongPassphrase)):
        Backpack.restore(bad, target, passphrase=PASSPHRASE, kdf=FAST)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restore-")] == []


def test_restore_of_a_file_that_is_not_a_backup(tmp_path):
    junk = tmp_path / "junk.bpk"
    junk.write_bytes(b"hello")
    with pytest.raises(MalformedFile):
        Backpack.restore(junk, tmp_path / "t", passphrase=PASSPHRASE, kdf=FAST)


def test_cli_backup_and_restore(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    cli("add", "goal", "--title", "Backed up goal")
    assert cli("backup", str(tmp_path / "b.bpk")).code == 0
    target = tmp_path / "restored"
    done = cli("restore", str(tmp_path / "b.bpk"), home_dir=target)
    assert done.code == 0 and "Restored 1 record into" in done.out
    assert "Backed up goal" in cli("list", home_dir=target).out
    again = cli("restore", str(tmp_path / "b.bpk"), home_dir=target)
    assert again.code == 2 and "already a backpack" in again.err
