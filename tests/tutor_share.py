"""A share as a family sends it to a tutor, with every kind of record the tutor must see:
a CLR with two terms, a GPA and a scored standard (and one course also as its own file), a
badge, a goal with a target date and a note, service hours, a portfolio piece with a reflection,
a picture and a PDF."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from backpack_app.domain.records import Category
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import clr_credential, course_credential, new_school

STANDARD_NAME = "W.9-10.1: Write arguments to support claims"
LEVEL = "Proficient"


def _with_standard(course: dict) -> dict:
    """The course scored one standard on a rubric (as `school/competencies.py` writes it)."""
    doc = copy.deepcopy(course)
    achievement = doc["credentialSubject"]["achievement"]
    achievement["resultDescription"] = [
        {
            "id": "urn:example:standard:w1",
            "type": ["ResultDescription"],
            "name": STANDARD_NAME,
            "resultType": "RubricCriterionLevel",
            "alignment": [
                {
                    "type": ["Alignment"],
                    "targetName": "Write arguments to support claims",
                    "targetUrl": "https://case.example.org/W.9-10.1",
                    "targetCode": "W.9-10.1",
                    "targetFramework": "Common Core ELA",
                }
            ],
            "rubricCriterionLevel": [
                {"id": "urn:example:level:3", "type": ["RubricCriterionLevel"], "name": LEVEL}
            ],
        }
    ]
    doc["credentialSubject"]["result"].append(
        {
            "type": ["Result"],
            "resultDescription": "urn:example:standard:w1",
            "achievedLevel": "urn:example:level:3",
        }
    )
    return doc


def _picture() -> bytes:
    """A drawing of a truss bridge, as a learner might photograph their model."""
    image = Image.new("RGB", (480, 300), (214, 234, 248))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 230, 480, 300), fill=(60, 130, 90))
    draw.line((40, 200, 440, 200), fill=(90, 60, 30), width=8)
    tops = [(40 + 80 * i, 120) for i in range(6)]
    draw.line(tops, fill=(90, 60, 30), width=6)
    for i in range(5):
        x = 40 + 80 * i
        draw.line((x, 200, x + 80, 120), fill=(120, 80, 40), width=4)
        draw.line((x, 120, x, 200), fill=(120, 80, 40), width=4)
    draw.line((440, 120, 440, 200), fill=(120, 80, 40), width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Why bridges stand")
    page.save()
    return out.getvalue()


def fill_family(family: Backpack, folder: Path) -> None:
    """Ana's records of every kind, in `family` (which has Ana as its learner)."""
    school = new_school()
    english = school.sign(
        _with_standard(
            course_credential(
                school,
                course="English 9",
                code="ENG9",
                term="Fall 2024",
                grade="B+",
                valid_from="2024-12-20T00:00:00Z",
                credits=0.5,
            )
        )
    )
    biology = school.sign(
        course_credential(
            school,
            course="Biology",
            code="SCI9",
            term="Spring 2025",
            grade="A-",
            valid_from="2025-06-10T00:00:00Z",
            credits=0.5,
        )
    )
    gpa = school.sign(
        course_credential(
            school,
            course="High School Program",
            code="",
            term="",
            grade="3.6",
            kind="Diploma",
            credits=0.0,
        )
    )
    badge = school.sign(
        course_credential(school, course="Robotics Club", code="", term="", kind="Badge")
    )
    # The later term first, as a CLR may list them: the view sorts terms by date.
    clr = school.sign(clr_credential(school, [biology, english, gpa]))
    for doc in (clr, english, badge):
        family.import_credentials(json.dumps(doc).encode())
    picture, pdf = folder / "bridge.png", folder / "essay.pdf"
    picture.write_bytes(_picture())
    pdf.write_bytes(_pdf())
    family.add_record(
        Category.GOAL,
        title="Read 20 books",
        description="Mostly science fiction",
        details={
            "target_date": "2026-06-01",
            "status": "in_progress",
            "progress_notes": [{"date": "2025-10-01", "text": "Halfway there"}],
        },
    )
    family.add_record(
        Category.SERVICE,
        title="Riverside Food Bank",
        details={"hours": 12.5, "supervisor": "Mr. Diaz"},
    )
    family.add_record(
        Category.PORTFOLIO,
        title="Bridge model",
        details={"reflection": "I learned how trusses spread a load.\nNext time: steel."},
        files=[picture, pdf],
    )


@dataclass
class TutorShare:
    path: Path
    code: str | None
    share_id: str


def make_share(folder: Path, *, code: bool = True, to_card: bytes | None = None) -> TutorShare:
    """Ana's family shares everything with a code (or with the card given)."""
    family_home = folder / "family"
    family, _ = Backpack.create(family_home, PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        fill_family(family, folder)
        ids = [r.id for r in family.list_records()]
        out = folder / "ana-for-ms-lopez.backpack"
        if to_card is not None:
            family.add_contact(to_card, name="Ms. López")
            made, _ = family.share(out, to="Ms. López", record_ids=ids, purpose="Tutoring")
        else:
            made, _ = family.share(
                out,
                code=True,
                record_ids=ids,
                purpose="Tutoring",
                expires=dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
            )
    return TutorShare(out, made.code, made.share_id)
