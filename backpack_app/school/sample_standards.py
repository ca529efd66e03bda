"""The sample export's standards-based gradebook, GPA and demographics rows.

Three published standards per course (CCSS, NGSS, C3, World-Readiness, NCAS and CSTA codes and
statements; the CASE identifiers and URIs are made up), scored on a four-level scale on each
final grade. Oddities kept on purpose: Studio Art's final grade has no score scale (its
standards carry text scores only), Spanish II re-assesses a Spanish I standard, and one student
in four has no GPA in the export.
"""

from __future__ import annotations

import random
import uuid

CASE_HOST = "https://case.example.org/uri/"
SCALE_ID = "scale-standards-4"
SCALE = [("1", "Beginning"), ("2", "Developing"), ("3", "Proficient"), ("4", "Advanced")]
UNSCALED = {"ART-1010"}
TEXT_LEVELS = ["Approaching", "Meets", "Exceeds"]
MATH = "Common Core State Standards for Mathematics"
ELA = "Common Core State Standards for English Language Arts"
NGSS = "Next Generation Science Standards"
C3 = "C3 Framework for Social Studies State Standards"
WL = "World-Readiness Standards for Learning Languages"
ARTS = "National Core Arts Standards"
CS = "CSTA K-12 Computer Science Standards"
INTERPERSONAL = (
    "COMM.1.1",
    "Interact and negotiate meaning in spoken, signed, or written conversations.",
    WL,
)
# course code -> [(code, statement, framework)]
STANDARDS: dict[str, list[tuple[str, str, str]]] = {
    "MATH-1010": [
        ("HSA-REI.B.3", "Solve linear equations and inequalities in one variable.", MATH),
        (
            "HSA-CED.A.1",
            "Create equations and inequalities in one variable and use them to solve problems.",
            MATH,
        ),
        (
            "HSF-IF.A.1",
            "Understand that a function assigns to each input exactly one output.",
            MATH,
        ),
    ],
    "MATH-1020": [
        ("HSG-CO.C.10", "Prove theorems about triangles.", MATH),
        (
            "HSG-SRT.B.5",
            "Use congruence and similarity criteria for triangles to solve problems.",
            MATH,
        ),
        (
            "HSG-GPE.B.7",
            "Use coordinates to compute perimeters of polygons and areas of triangles.",
            MATH,
        ),
    ],
    "ENG-1010": [
        ("W.9-10.1", "Write arguments to support claims, using valid reasoning and evidence.", ELA),
        (
            "RI.9-10.1",
            "Cite strong and thorough textual evidence to support analysis of a text.",
            ELA,
        ),
        ("SL.9-10.1", "Participate effectively in a range of collaborative discussions.", ELA),
    ],
    "ENG-1020": [
        ("RL.9-10.2", "Determine a theme of a text and analyze its development.", ELA),
        (
            "RL.9-10.4",
            "Determine the meaning of words and phrases as they are used in a text.",
            ELA,
        ),
        (
            "W.9-10.2",
            "Write informative texts that convey complex ideas clearly and accurately.",
            ELA,
        ),
    ],
    "SCI-1010": [
        (
            "HS-LS1-1",
            "Explain how the structure of DNA determines the structure of proteins.",
            NGSS,
        ),
        ("HS-LS2-2", "Use mathematical representations of factors affecting biodiversity.", NGSS),
        (
            "HS-LS3-1",
            "Ask questions about the role of DNA and chromosomes in inherited traits.",
            NGSS,
        ),
    ],
    "SCI-1020": [
        ("HS-ESS1-5", "Evaluate evidence of the movements of crust and of plate tectonics.", NGSS),
        ("HS-ESS2-4", "Model how the flow of energy in Earth's systems changes climate.", NGSS),
        (
            "HS-ESS3-1",
            "Explain how natural resources and hazards have influenced human activity.",
            NGSS,
        ),
    ],
    "HIST-1010": [
        ("D2.His.1.9-12", "Evaluate how historical events were shaped by time and place.", C3),
        (
            "D2.His.10.9-12",
            "Detect possible limitations in various kinds of historical evidence.",
            C3,
        ),
        (
            "D2.Geo.7.9-12",
            "Analyze how the diffusion of ideas has influenced migration patterns.",
            C3,
        ),
    ],
    "HIST-1020": [
        ("D2.Civ.1.9-12", "Distinguish the powers and responsibilities of civic institutions.", C3),
        ("D2.Civ.3.9-12", "Analyze the impact of constitutions, laws and treaties.", C3),
        ("D2.Civ.10.9-12", "Analyze the role of personal interests in applying civic virtues.", C3),
    ],
    "SPA-1010": [
        INTERPERSONAL,
        ("COMM.1.2", "Understand, interpret, and analyze what is heard, read, or viewed.", WL),
        ("COMM.1.3", "Present information, concepts, and ideas to a variety of audiences.", WL),
    ],
    "SPA-1020": [
        INTERPERSONAL,  # re-assessed at the next level
        ("CULT.2.1", "Relate the practices of the cultures studied to their perspectives.", WL),
        ("COMP.4.1", "Compare the language studied with their own.", WL),
    ],
    "ART-1010": [
        ("VA:Cr1.1.HSI", "Use multiple approaches to begin creative endeavors.", ARTS),
        ("VA:Cr2.1.HSI", "Engage in making a work of art without a preconceived plan.", ARTS),
        ("VA:Re7.1.HSI", "Hypothesize ways in which art influences perception.", ARTS),
    ],
    "CS-1020": [
        ("3A-AP-13", "Create prototypes that use algorithms to solve computational problems.", CS),
        ("3A-AP-17", "Decompose problems into smaller components through systematic analysis.", CS),
        ("3A-AP-21", "Evaluate and refine computational artifacts to make them more usable.", CS),
    ],
}
GRADE_POINTS = {
    "A+": 4.0, "A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3,
    "C": 2.0, "C-": 1.7, "D+": 1.3, "D": 1.0, "D-": 0.7, "F": 0.0,
}  # fmt: skip


def objective_id(code: str) -> str:
    """A made-up but stable CASE identifier (a UUID URN) for a standard's code."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, CASE_HOST + code)}"


LETTER_SCALE_ID = "scale-letter"
# The school's letter grades, lowest first (the order OB 3.0's allowedValue keeps).
LETTER_GRADES = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"]
GRADING_POLICY = """# The grading policy of the sample school, for `backpack school issue --grading`.
# Each grade: its value (as results.csv's textScore spells it), whether it passes, whether it
# earns the course's credits, and optionally the OB 3.0 status it gives (Completed when it
# passes, else Failed). Grades are listed highest first.
criterion = "Complete the course with a final grade of D- or better."

""" + "".join(
    f'[[grade]]\nvalue = "{g}"\npasses = {str(g != "F").lower()}\ncredit = {str(g != "F").lower()}\n\n'
    for g in reversed(LETTER_GRADES)
)


def scale_rows(tables) -> None:
    """The letter-grade scale and the four-level standards scale, and each final-grade line
    item's links to them."""
    tables.add(
        "scoreScales",
        sourcedId=LETTER_SCALE_ID,
        title="Letter grades",
        type="letter grade",
        orgSourcedId="org-lhs",
        scoreScaleValue=",".join(f"{{{g}:{g}}}" for g in LETTER_GRADES),
    )
    for code in STANDARDS:
        tables.add(
            "lineItemScoreScales",
            sourcedId=f"liss-letter-{code}",
            lineItemSourcedId=f"li-final-{code}",
            scoreScaleSourcedId=LETTER_SCALE_ID,
        )
    tables.add(
        "scoreScales",
        sourcedId=SCALE_ID,
        title="Standards mastery (4 levels)",
        type="standards",
        orgSourcedId="org-lhs",
        scoreScaleValue=",".join(f"{{{score}:{label}}}" for score, label in SCALE),
    )
    for code in STANDARDS:
        if code not in UNSCALED:
            tables.add(
                "lineItemScoreScales",
                sourcedId=f"liss-{code}",
                lineItemSourcedId=f"li-final-{code}",
                scoreScaleSourcedId=SCALE_ID,
            )


def objective_rows(tables, course: str) -> None:
    """The standards a course's final-grade line item assesses, named in metadata.* columns."""
    for n, (code, statement, framework) in enumerate(STANDARDS[course], start=1):
        uid = objective_id(code)
        tables.add(
            "lineItemLearningObjectiveIds",
            sourcedId=f"lilo-{course}-{n}",
            lineItemSourcedId=f"li-final-{course}",
            source="case",
            learningObjectiveId=uid,
            **{
                "metadata.humanCodingScheme": code,
                "metadata.fullStatement": statement,
                "metadata.framework": framework,
                "metadata.uri": CASE_HOST + uid.removeprefix("urn:uuid:"),
            },
        )


def competency_rows(tables, rng: random.Random, result: str, course: str, percent: float):
    """One score per standard of the course, near the final grade's level."""
    for n, (code, *_) in enumerate(STANDARDS[course], start=1):
        base = 1 + min(3, max(0, int((percent - 55) / 11)))
        level = min(4, max(1, base + rng.choice((-1, 0, 0, 0, 1))))
        if course in UNSCALED:
            score, text = "", TEXT_LEVELS[min(2, max(0, level - 2))]
        else:
            score, text = str(level), SCALE[level - 1][1]
        tables.add(
            "resultLearningObjectiveIds",
            sourcedId=f"rlo-{result}-{n}",
            resultSourcedId=result,
            source="case",
            learningObjectiveId=objective_id(code),
            score=score,
            textScore=text,
        )


def gpa_of(letters: list[str]) -> float:
    return round(sum(GRADE_POINTS[x] for x in letters) / len(letters), 2)


def demographics_row(tables, rng: random.Random, sid: str) -> None:
    """Made-up demographics: read and checked by `issue`, never put into a credential."""
    born = f"{rng.choice((2009, 2010))}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    flags = {f: "false" for f in ("americanIndianOrAlaskaNative", "asian", "white")}
    flags[rng.choice(sorted(flags))] = "true"
    tables.add(
        "demographics",
        sourcedId=sid,
        birthDate=born,
        sex=rng.choice(("female", "male", "unspecified")),
        hispanicOrLatinoEthnicity=rng.choice(("true", "false")),
        **flags,
    )
