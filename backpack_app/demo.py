"""A demo backpack: a learner with a transcript from two demo schools, a badge, goals, service
hours and a share, every school record signed by demo keys made on the spot (never real ones)."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from backpack_app.credentials.baking import bake_png
from backpack_app.credentials.demo_school import clr_credential, course_credential, new_school
from backpack_app.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from backpack_app.crypto.sealing import new_receiving_key
from backpack_app.domain.records import Category
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.sharing.cards import Card, card_bytes
from backpack_app.wallet import Backpack

DEMO_LEARNER = "Ana Rivera (demo)"
LINCOLN_COURSES = [
    ("Algebra I", "A-", "MATH101", "Fall 2024", 1.0),
    ("Biology", "B+", "SCI110", "Fall 2024", 1.0),
    ("World History", "A", "SOC120", "Spring 2025", 1.0),
    ("Spanish II", "A", "LANG202", "Spring 2025", 1.0),
]


def _picture(text: str, colour: str) -> bytes:
    image = Image.new("RGB", (160, 160), colour)
    ImageDraw.Draw(image).text((12, 70), text, fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _essay_pdf() -> bytes:
    """A one-page essay, as a learner might attach to their portfolio."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=LETTER)
    page.setTitle("Why bridges stand (demo essay)")
    page.setFont("Helvetica-Bold", 22)
    page.drawString(72, 700, "Why bridges stand")
    page.setFont("Helvetica", 12)
    page.drawString(72, 676, "Ana Rivera - Physics, Spring 2025 (demo)")
    lines = [
        "A bridge carries its load by turning it into forces its parts can bear:",
        "compression in the arch, tension in the cables, both in the truss.",
        "We built three balsa models and loaded each until it failed.",
        "The truss carried 14 kg, the arch 9 kg and the beam 3 kg.",
    ]
    for number, line in enumerate(lines):
        page.drawString(72, 630 - 18 * number, line)
    page.setFillColorRGB(0.11, 0.31, 0.57)
    page.rect(72, 380, 468, 160, fill=1, stroke=0)
    page.setFillColorRGB(1, 1, 1)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(96, 452, "Load carried: truss 14 kg - arch 9 kg - beam 3 kg")
    page.showPage()
    page.save()
    return out.getvalue()


def make_demo_backpack(home: Path, passphrase: str, *, kdf: KdfPolicy = DEFAULT_POLICY) -> str:
    """Create the demo in `home` (which must not hold a backpack); returns its recovery key."""
    lincoln = new_school("Demo Lincoln High School")
    riverside = new_school("Demo Riverside Community College")
    robotics = new_school("Demo Robotics League")
    wallet, recovery = Backpack.create(home, passphrase, kdf=kdf)
    with wallet, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        wallet.add_learner(DEMO_LEARNER, emails=["ana.rivera@example.org"], sis_ids=["S-1001"])
        wallet.trust_issuers([TrustedIssuer(id=lincoln.did, name=lincoln.name)])
        courses = [
            lincoln.sign(course_credential(lincoln, course=c, grade=g, code=k, term=t, credits=cr))
            for c, g, k, t, cr in LINCOLN_COURSES
        ]
        transcript = clr_credential(lincoln, courses, name="Demo Lincoln HS transcript 2024-25")
        college = course_credential(
            riverside, course="Intro to Programming", code="CS101", term="Spring 2025", credits=3
        )
        badge = course_credential(
            robotics, course="Robotics Club Leader", kind="Badge", code="", term="2025", credits=0
        )
        subject = badge["credentialSubject"]  # a badge: no grade, no credits
        for key in ("result", "creditsEarned"):
            del subject[key]
        del subject["achievement"]["creditsAvailable"]
        subject["achievement"].update(
            description="Led the school's robotics club for a season.",
            criteria={"narrative": "Chosen by the club's members."},
        )
        for document in (lincoln.sign(transcript), riverside.sign(college)):
            wallet.import_credentials(json.dumps(document).encode())
        baked = bake_png(_picture("ROBOTICS", "#1d4f91"), json.dumps(robotics.sign(badge)))
        wallet.import_credentials(baked, file="robotics-badge.png")
        poster = folder / "science-fair-poster.png"
        poster.write_bytes(_picture("SCIENCE FAIR", "#2f7d32"))
        essay = folder / "why-bridges-stand.pdf"
        essay.write_bytes(_essay_pdf())
        wallet.add_record(
            Category.GOAL,
            title="Read 20 books this year",
            details={"status": "in_progress", "target_date": "2026-06-01"},
        )
        wallet.add_record(
            Category.SERVICE,
            title="Riverside Food Bank",
            details={"hours": 12.5, "supervisor": "Sra. Muñoz"},
        )
        wallet.add_record(Category.SERVICE, title="Public Library", details={"hours": 6})
        wallet.add_record(Category.ACTIVITY, title="Chess club", details={"role": "Captain"})
        wallet.add_record(Category.MILESTONE, title="Take the SAT", details={"status": "done"})
        wallet.add_record(Category.MILESTONE, title="Submit the FAFSA")
        wallet.add_record(
            Category.PORTFOLIO,
            title="Science fair: water filters",
            details={"reflection": "We tested three sand filters."},
            files=[poster],
        )
        wallet.add_record(
            Category.PORTFOLIO,
            title="Essay: why bridges stand",
            details={"reflection": "Testing the models taught me more than the reading did."},
            files=[essay],
        )
        tutor = new_receiving_key()
        wallet.add_contact(card_bytes(Card(name="Ms. López (demo tutor)", public=tutor.public)))
        wallet.share(
            folder / "demo-share.backpack",
            to="Ms. López (demo tutor)",
            preset="transcript",
            purpose="Math tutoring",
        )
    return recovery
