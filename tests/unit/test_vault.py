"""The vault: create, unlock, wrong passphrase, recovery key, passphrase change, damage."""

from __future__ import annotations

import json
import struct

import pytest

from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.domain.records import Category
from backpack_app.errors import (
    BackpackExists,
    CorruptBackpack,
    NoBackpack,
    WeakPassphrase,
    WrongPassphrase,
)
from backpack_app.store.header import VaultHeader
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.helpers import files_containing, tree_digest


def test_create_then_open_sees_the_same_records(wallet, home):
    rec = wallet.add_record(Category.GOAL, title="Finish algebra")
    wallet.close()
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as again:
        assert again.get_record(rec.id).title == "Finish algebra"
        assert [lr.name for lr in again.learners()] == ["Ana Rivera"]


def test_files_are_owner_only(wallet, home):
    wallet.add_record(Category.GOAL, title="x")
    for path in [home, *home.rglob("*")]:
        assert path.stat().st_mode & 0o077 == 0, path


def test_wrong_passphrase_is_refused_and_changes_nothing(wallet, home):
    wallet.add_record(Category.GOAL, title="x")
    wallet.close()
    before = tree_digest(home)
    with pytest.raises(WrongPassphrase):
        Backpack.open(home, "not the passphrase", kdf=FAST)
    assert tree_digest(home) == before


def test_no_backpack_and_existing_backpack(home):
    with pytest.raises(NoBackpack):
        Backpack.open(home, PASSPHRASE, kdf=FAST)
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    with pytest.raises(BackpackExists):
        Backpack.create(home, PASSPHRASE, kdf=FAST)


def test_short_passphrase_refused(home):
    with pytest.raises(WeakPassphrase):
        Backpack.create(home, "short", kdf=FAST)
    assert not home.exists()


def test_passphrase_change_and_recovery_key_open_the_same_data(home):
    bp, recovery = Backpack.create(home, PASSPHRASE, kdf=FAST)
    bp.add_learner("Ana")
    rec = bp.add_record(Category.GOAL, title="Same data")
    bp.change_passphrase("a brand new passphrase")
    bp.close()
    with pytest.raises(WrongPassphrase):
        Backpack.open(home, PASSPHRASE, kdf=FAST)
    with Backpack.open(home, "a brand new passphrase", kdf=FAST) as bp2:
        assert bp2.get_record(rec.id).title == "Same data"
    with Backpack.open_with_recovery_key(home, recovery, kdf=FAST) as bp3:
        assert bp3.get_record(rec.id).title == "Same data"


def test_rotating_the_recovery_key_invalidates_the_old_one(home):
    bp, old = Backpack.create(home, PASSPHRASE, kdf=FAST)
    new = bp.rotate_recovery_key()
    bp.close()
    assert new != old
    with pytest.raises(WrongPassphrase):
        Backpack.open_with_recovery_key(home, old, kdf=FAST)
    Backpack.open_with_recovery_key(home, new, kdf=FAST).close()


def test_unlock_upgrades_parameters_below_the_floor(home):
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    assert VaultHeader.load(home / "vault.header").kdf_params.iterations == 2
    stronger = KdfPolicy(floor=KdfParams(64 * 1024, 3, 1), calibrate=False)
    Backpack.open(home, PASSPHRASE, kdf=stronger).close()
    assert VaultHeader.load(home / "vault.header").kdf_params.iterations == 3
    Backpack.open(home, PASSPHRASE, kdf=stronger).close()


def test_no_plaintext_marker_in_any_file(wallet, home, tmp_path):
    doc = tmp_path / "essay.txt"
    doc.write_bytes(b"ATTACHMENT-MARKER-7731 " * 100)
    wallet.add_record(
        Category.PORTFOLIO, title="TITLE-MARKER-4410", description="NOTE-MARKER-5521", files=[doc]
    )
    wallet.add_record(
        Category.GOAL,
        title="goal",
        details={"progress_notes": [{"date": "2025-01-01", "text": "PROGRESS-MARKER-9912"}]},
    )
    for marker in (
        b"TITLE-MARKER-4410",
        b"NOTE-MARKER-5521",
        b"ATTACHMENT-MARKER-7731",
        b"PROGRESS-MARKER-9912",
        b"Ana Rivera",
        b"ana.rivera@example.org",
    ):
        assert files_containing(home, marker) == [], marker


def _rewrite_header(path, mutate):
    data = path.read_bytes()
    body = json.loads(data[14:])
    mutate(body)
    raw = json.dumps(body).encode()
    path.write_bytes(data[:10] + struct.pack(">I", len(raw)) + raw)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:40]),
        lambda p: p.write_bytes(b"XXXXXXXX" + p.read_bytes()[8:]),
        lambda p: p.write_bytes(p.read_bytes() + b"trailing"),
        lambda p: p.write_bytes(p.read_bytes()[:8] + b"\x00\x09" + p.read_bytes()[10:]),
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(memory_kib=8 * 1024)),
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(iterations=1000)),
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(salt="!!")),
        lambda p: _rewrite_header(p, lambda b: b.pop("recovery_wrap")),
        # The body is read strictly (store/header.py, as pydantic's strict mode did): exact
        # JSON types, no unknown or missing field.
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(iterations=True)),
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(iterations=3.0)),
        lambda p: _rewrite_header(p, lambda b: b["kdf"].update(memory_kib="65536")),
        lambda p: _rewrite_header(p, lambda b: b.update(created=20250101)),
        lambda p: _rewrite_header(p, lambda b: b.update(extra="x")),
        lambda p: _rewrite_header(p, lambda b: b["passphrase_wrap"].update(extra="x")),
        lambda p: _rewrite_header(p, lambda b: b["recovery_wrap"].update(salt=None)),
        lambda p: _rewrite_header(p, lambda b: b.update(kdf=[])),
        lambda p: _rewrite_header(p, lambda b: b.pop("vault_id")),
        lambda p: p.write_bytes(p.read_bytes()[:14] + b"[]" + p.read_bytes()[14:][2:]),
    ],
    ids=[
        "empty",
        "truncated",
        "bad-magic",
        "trailing",
        "future-version",
        "weak-memory",
        "huge-iterations",
        "bad-salt",
        "missing-wrap",
        "boolean-number",
        "float-number",
        "number-as-text",
        "text-as-number",
        "unknown-field",
        "unknown-nested-field",
        "null-text",
        "object-as-list",
        "missing-field",
        "not-json",
    ],
)
def test_damaged_header_is_a_clear_error(wallet, home, damage):
    wallet.close()
    damage(home / "vault.header")
    with pytest.raises(CorruptBackpack):
        Backpack.open(home, PASSPHRASE, kdf=FAST)


def test_a_header_reads_back_to_the_same_bytes(wallet, home):
    """Read and written without pydantic, the header keeps its format to the byte."""
    from backpack_app.store.header import VaultHeader

    data = (home / "vault.header").read_bytes()
    assert VaultHeader.parse(data).to_bytes() == data
    body = json.loads(data[14:])
    assert set(body) == {"vault_id", "created", "kdf", "passphrase_wrap", "recovery_wrap"}
    assert set(body["passphrase_wrap"]) == {"nonce", "ciphertext", "salt"}


def test_header_kdf_params_edited_within_bounds_fail_as_wrong_passphrase(wallet, home):
    wallet.close()
    _rewrite_header(home / "vault.header", lambda b: b["kdf"].update(iterations=3))
    with pytest.raises(WrongPassphrase):
        Backpack.open(home, PASSPHRASE, kdf=FAST)


@pytest.mark.parametrize("keep", [0, 100, 4096, 10_000])
def test_truncated_database_is_a_clear_error(wallet, home, keep):
    for i in range(50):
        wallet.add_record(Category.GOAL, title=f"goal {i}")
    wallet._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wallet.close()
    db = home / "records.db"
    db.write_bytes(db.read_bytes()[:keep])
    with pytest.raises(CorruptBackpack), Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        bp.list_records()


def test_restretch_needs_the_passphrase_and_keeps_it_opening(home, fast_kdf):
    import pytest as _pytest

    from backpack_app.errors import WrongPassphrase
    from backpack_app.wallet import Backpack
    from tests.conftest import PASSPHRASE

    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=fast_kdf)
    with wallet:
        with _pytest.raises(WrongPassphrase):
            wallet.restretch("not it at all", target_seconds=0.05)
        params = wallet.restretch(PASSPHRASE, target_seconds=0.05)
        assert params.memory_kib >= 64 * 1024 and params.iterations >= 2
    Backpack.open(home, PASSPHRASE, kdf=fast_kdf).close()
