"""Attachments: encrypted, streamed, bound to their id, checked against their SHA-256."""

from __future__ import annotations

import hashlib
import os
import time
import tracemalloc

import pytest

from backpack_app.domain.records import Category
from backpack_app.errors import CorruptBackpack, MalformedFile
from backpack_app.store.attachments import clean_file_name


@pytest.fixture
def two_files(wallet, tmp_path):
    a, b = tmp_path / "a.pdf", tmp_path / "b.png"
    a.write_bytes(b"%PDF-1.7 first " * 5000)
    b.write_bytes(b"\x89PNG second " * 7000)
    rec = wallet.add_record(Category.PORTFOLIO, title="Art", files=[a, b])
    return rec, a, b


def test_round_trip_with_digest_and_media_type(wallet, two_files, tmp_path):
    rec, a, _ = two_files
    refs = {r.name: r for r in rec.attachments}
    assert refs["a.pdf"].media_type == "application/pdf"
    assert refs["b.png"].media_type == "image/png"
    assert refs["a.pdf"].sha256 == hashlib.sha256(a.read_bytes()).hexdigest()
    out = tmp_path / "out.pdf"
    wallet.export_attachment(rec.id, out, name="a.pdf")
    assert out.read_bytes() == a.read_bytes()
    assert out.stat().st_mode & 0o077 == 0


def test_tampered_attachment_is_refused_and_nothing_is_written(wallet, two_files, home, tmp_path):
    rec, _, _ = two_files
    stored = home / "attachments" / rec.attachments[0].id
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 1
    stored.write_bytes(bytes(data))
    out = tmp_path / "out.pdf"
    with pytest.raises(CorruptBackpack):
        wallet.export_attachment(rec.id, out, name="a.pdf")
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_swapped_attachment_files_are_refused(wallet, two_files, home, tmp_path):
    rec, _, _ = two_files
    first, second = (home / "attachments" / r.id for r in rec.attachments)
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    for name in ("a.pdf", "b.png"):
        with pytest.raises(CorruptBackpack):
            wallet.export_attachment(rec.id, tmp_path / name, name=name)


def test_missing_attachment_file_is_a_clear_error(wallet, two_files, home, tmp_path):
    rec, _, _ = two_files
    (home / "attachments" / rec.attachments[1].id).unlink()
    with pytest.raises(CorruptBackpack, match="missing"):
        wallet.export_attachment(rec.id, tmp_path / "x", name="b.png")


def test_unreadable_source_stores_nothing(wallet, home, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("fine")
    with pytest.raises(MalformedFile):
        wallet.add_record(Category.PORTFOLIO, title="p", files=[good, tmp_path / "missing.txt"])
    assert wallet.list_records() == []
    assert not (home / "attachments").exists() or list((home / "attachments").iterdir()) == []


def test_orphans_from_a_crash_are_swept_only_when_stale(wallet, two_files, home):
    rec, _, _ = two_files
    orphan = home / "attachments" / ("ab" * 32)
    orphan.write_bytes(b"left by a crash")
    unfinished = home / "attachments" / ".tmp-1234-x"
    unfinished.write_bytes(b"half")
    header_temp = home / ".tmp-5678-vault.header"
    header_temp.write_bytes(b"half a header")
    assert wallet.sweep_orphans() == 0
    old = time.time() - 7200
    for p in (orphan, unfinished, header_temp):
        os.utime(p, (old, old))
    assert wallet.sweep_orphans() == 3
    assert not header_temp.exists()
    assert sorted(p.name for p in (home / "attachments").iterdir()) == sorted(
        r.id for r in rec.attachments
    )


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\essay.docx", "essay.docx"),
        ("bad\x00name\n.txt", "badname.txt"),
        ("", "attachment"),
    ],
)
def test_file_names_are_cleaned(given, kept):
    assert clean_file_name(given) == kept


@pytest.mark.slow
def test_200_mb_attachment_round_trips_with_bounded_memory(wallet, tmp_path):
    size = 200 * 1024 * 1024
    source = tmp_path / "video.bin"
    digest = hashlib.sha256()
    block = os.urandom(1024 * 1024)
    with open(source, "wb") as fh:
        for i in range(size // len(block)):
            chunk = bytes([i % 251]) + block[1:]
            digest.update(chunk)
            fh.write(chunk)
    tracemalloc.start()
    rec = wallet.add_record(Category.PORTFOLIO, title="Film", files=[source])
    out = tmp_path / "back.bin"
    wallet.export_attachment(rec.id, out)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert rec.attachments[0].size == size
    assert rec.attachments[0].sha256 == digest.hexdigest()
    check = hashlib.sha256()
    with open(out, "rb") as fh:
        while block := fh.read(1 << 20):
            check.update(block)
    assert check.hexdigest() == digest.hexdigest()
    assert peak < 16 * 1024 * 1024, f"peak traced memory {peak / 2**20:.1f} MiB"
