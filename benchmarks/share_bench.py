"""Sharing benchmarks: make a share of 50 credentials and 20 MB of files, then open and check it.

Targets (issue 4): share in at most 1.5 s, open and verify in at most 1.5 s.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.domain.records import Category
from backpack_app.sharing.pdf import PdfRecord, PdfShare, render_pdf
from backpack_app.sharing.qr import read_qr, write_qr
from backpack_app.wallet import Backpack
from tests.issuing import clr_credential, course_credential, new_school

# Vault unlocking is measured elsewhere; here the cheapest in-bounds stretching keeps setup short.
FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)
TARGET_SECONDS = 1.5


def _family(root: Path) -> tuple[Backpack, Backpack]:
    family, _ = Backpack.create(root / "family", "benchmark passphrase", kdf=FAST)
    tutor, _ = Backpack.create(root / "tutor", "benchmark passphrase", kdf=FAST)
    family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
    school = new_school()
    for i in range(45):
        doc = school.sign(course_credential(school, course=f"Course {i}"))
        family.import_credentials(json.dumps(doc).encode())
    courses = [school.sign(course_credential(school, course=f"CLR course {i}")) for i in range(4)]
    family.import_credentials(json.dumps(school.sign(clr_credential(school, courses))).encode())
    for i in range(4):
        path = root / f"work-{i}.bin"
        path.write_bytes(os.urandom(5 * 1024 * 1024))
        family.add_record(Category.PORTFOLIO, title=f"Project {i}", files=[path])
    card, _ = tutor.my_card("Tutor")
    family.add_contact(card)
    return family, tutor


def _pdf_and_qr() -> None:
    share = PdfShare(
        share_id="00000000-0000-4000-8000-000000000000",
        learner="Ana Rivera Núñez",
        recipient="Ms. López",
        purpose="Tutoring",
        created=dt.datetime.now(dt.UTC),
        expires=dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
        holder_fingerprint="60b5 4b59 60b9 91c8 b2be 47cb 4ef4 2456",
        school_records=[
            PdfRecord(
                f"Course {i}",
                "Courses and transcript",
                "grade A, credits 1.0, Fall 2025",
                'calls itself "Lincoln High School"',
                "Verified",
            )
            for i in range(150)
        ],
        profile_records=[PdfRecord(f"Goal {i}", "Goals", "in progress", "", "") for i in range(40)],
    )
    render_pdf(share, qr_text="BP1R:x:" + "0" * 64, encrypted=False)  # fonts loaded once
    start = time.perf_counter()
    data = render_pdf(share, qr_text="BP1R:x:" + "0" * 64, encrypted=False)
    took = time.perf_counter() - start
    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(f"  {f'printable PDF, {pages} pages':<42} {took:>8.3f} s  (target <= 1.0 for 10)")
    with tempfile.TemporaryDirectory() as folder:
        png = Path(folder) / "q.png"
        payload = "BP1R:" + "x" * 36 + ":" + "0" * 64
        start = time.perf_counter()
        write_qr(payload, png)
        encode = time.perf_counter() - start
        start = time.perf_counter()
        assert read_qr(png) == payload
        decode = time.perf_counter() - start
    print(f"  {'QR encode / decode':<42} {encode:>8.3f} s / {decode:.3f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        family, tutor = _family(root)
        with family, tutor:
            ids = [
                r.id
                for r in family.list_records()
                if r.category in (Category.TRANSCRIPT, Category.PORTFOLIO)
            ]
            out = root / "share.backpack"
            start = time.perf_counter()
            family.share(out, to="Tutor", record_ids=ids)
            made = time.perf_counter() - start
            start = time.perf_counter()
            opened = tutor.open_share(out)
            took = time.perf_counter() - start
            assert opened.valid
            credentials = len(opened.records) + sum(len(r.report.nested) for r in opened.records)
            size = out.stat().st_size / 2**20
    print(f"Share {credentials} credentials + {len(opened.files)} files ({size:.1f} MB bundle):")
    print(f"  {'make (sign, encrypt, write)':<42} {made:>8.3f} s  (target <= {TARGET_SECONDS})")
    print(f"  {'open and verify everything':<42} {took:>8.3f} s  (target <= {TARGET_SECONDS})")
    _pdf_and_qr()
    _code_key()


def _code_key() -> None:
    """A code share's key at the fixed version 2 settings, and a header asking for 1 GiB x 10
    passes x 4 lanes (it took 19 s and 1.1 GB to refuse before issue 14)."""
    from backpack_app.crypto.kdf import MIB
    from backpack_app.errors import MalformedFile
    from backpack_app.sharing.code_key import CODE_PARAMS_V2, derive_code_key

    code, salt = "7K2M-Q9XD-7K2M-Q9XD-7K2M", "c3Nzc3Nzc3Nzc3Nzc3Nzcw=="
    start = time.perf_counter()
    derive_code_key(code, version=2, salt_b64=salt, params=CODE_PARAMS_V2)
    derived = time.perf_counter() - start
    greedy = KdfParams(memory_kib=1024 * MIB, iterations=10, lanes=4)
    start = time.perf_counter()
    try:
        derive_code_key(code, version=2, salt_b64=salt, params=greedy)
    except MalformedFile:
        refused = time.perf_counter() - start
    print(f"  {'code-share key (64 MiB, 3 passes)':<42} {derived:>8.3f} s  (target <= 1.0)")
    print(f"  {'greedy code-share header refused':<42} {refused * 1000:>8.3f} ms (target <= 1)")
