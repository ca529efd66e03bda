"""Standards in a OneRoster 1.2 export: score scales and per-result learning objective scores.

`resultLearningObjectiveIds` gives, per result, a score on each learning objective (a CASE item
when `source` is `case`); `lineItemLearningObjectiveIds` lists the objectives of each line item
(with optional `metadata.*` columns naming the item); `scoreScales` with `lineItemScoreScales` /
`resultScoreScales` give the scale those scores are on. A linked scale whose `type` names
grades ("letter grade", "grading scale") is instead the final grade's grading scale (see
`grading.py`). Only final-grade results carry competencies into credentials. These files are
optional parts: a problem in one degrades that part (a standard issued without its scale, an
objective score left out) and is reported once; it never withholds a student's grades.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from backpack_app.school.columns import OBJECTIVE_METADATA
from backpack_app.school.grading import Grade, Grading

SOURCES = {"case", "unknown"}
GRADE, OBJECTIVE = "grade", "objective"  # what a linked scale scores
UNSCALED = Grading(())  # the export's grading scale is malformed and no --grading file names it
_ENTRY = re.compile(r"\{([^{}:]+):([^{}:]+)\}")


@dataclass(frozen=True)
class Scale:
    """A score scale: its (score, label) pairs in the order the export lists them."""

    sourced_id: str
    title: str
    levels: tuple[tuple[str, str], ...]
    kind: str = OBJECTIVE


@dataclass(frozen=True)
class Competency:
    """A student's score on one learning objective (a CASE item) within a final grade."""

    objective_id: str
    source: str
    code: str
    statement: str
    framework: str
    uri: str
    score: str
    text: str
    scale: Scale | None = None


def parse_scale_values(text: str) -> tuple[tuple[str, str], ...] | None:
    """`{1:Beginning},{2:Developing}` as pairs; None when malformed or a score repeats."""
    entries = [e.strip() for e in text.strip().split(",")]
    pairs = []
    for entry in entries:
        found = _ENTRY.fullmatch(entry)
        if found is None:
            return None
        pairs.append((found[1].strip(), found[2].strip()))
    scores = [score for score, _ in pairs]
    if not pairs or len(set(scores)) != len(scores) or not all(s and n for s, n in pairs):
        return None
    return tuple(pairs)


def scale_kind(scale_type: str) -> str:
    """A scale whose type names grades grades the final grade; any other scores objectives."""
    words = scale_type.casefold()
    return GRADE if "grade" in words or "letter" in words or "grading" in words else OBJECTIVE


def _on_scale(score: str, scale: Scale) -> str | None:
    """The scale's own spelling of `score` ("3.0" is "3"), or None if it is not on it."""
    for value, _ in scale.levels:
        if value == score:
            return value
        try:
            if float(value) == float(score):
                return value
        except ValueError:
            continue
    return None


class Standards:
    """The export's score scales, learning objectives and objective scores."""

    def __init__(self, reader: Any, line_items: dict[str, dict[str, str]], result_ids: set[str]):
        self.reader, self.line_items, self.result_ids = reader, line_items, result_ids
        self.tables: dict[str, list[tuple[int, dict[str, str]]]] = reader.tables
        self.scales: dict[str, Scale | None] = {}
        # (line item or result sourcedId, GRADE or OBJECTIVE) -> scale sourcedId
        self.scale_of: dict[tuple[str, str], str] = {}
        self.objectives: dict[tuple[str, str], dict[str, str]] = {}
        self.kinds: dict[str, str] = {}  # scale sourcedId -> GRADE or OBJECTIVE
        self.broken: set[str] = set()  # line items and results whose scale link is broken

    def read_scales(self) -> None:
        for line, r in self.tables.get("scoreScales", []):
            levels = parse_scale_values(r["scoreScaleValue"])
            if levels is None:
                self.reader.problem(
                    "scoreScales",
                    line,
                    f"has a malformed scoreScaleValue ({r['scoreScaleValue'][:80]!r}; "
                    "expected {score:label},{score:label},... with each score once); "
                    "what it scores is issued without it",
                    column="scoreScaleValue",
                )
            kind = scale_kind(r.get("type", ""))
            self.scales[r["sourcedId"]] = (
                Scale(r["sourcedId"], r["title"], levels, kind) if levels else None
            )
            self.kinds[r["sourcedId"]] = kind
        for name, column, known in (
            ("lineItemScoreScales", "lineItemSourcedId", self.line_items),
            ("resultScoreScales", "resultSourcedId", self.result_ids),
        ):
            for line, r in self.tables.get(name, []):
                self._link(name, line, r[column].strip(), r["scoreScaleSourcedId"].strip(), known)

    def _link(self, name: str, line: int, target: str, scale: str, known) -> None:
        kind = self.kinds.get(scale, OBJECTIVE)
        if target not in known:
            self.reader.problem(name, line, f"names {target!r}, which the export lacks")
        elif scale not in self.scales:
            self.broken.add(target)
            self.reader.problem(
                name,
                line,
                f"names the score scale {scale!r}, not in scoreScales.csv",
                column="scoreScaleSourcedId",
            )
        elif self.scale_of.get((target, kind), scale) != scale:
            self.reader.problem(name, line, f"gives {target!r} a second {kind} scale")
        else:
            self.scale_of[(target, kind)] = scale

    def _linked(self, result: str, item: str, kind: str) -> tuple[str, Scale | None] | None:
        scale_id = self.scale_of.get((result, kind)) or self.scale_of.get((item, kind))
        return (scale_id, self.scales.get(scale_id)) if scale_id else None

    def grading_for(self, result: str, item: str, policy: Grading | None) -> Grading | None:
        """What a final grade is read against: the export's grading scale (each value with the
        policy's meaning, when the policy names it), else the policy; None: nothing names it."""
        linked = self._linked(result, item, GRADE)
        if linked is None:  # a broken link (reported once) may have meant a grading scale
            return policy or (UNSCALED if {result, item} & self.broken else None)
        scale = linked[1]
        if scale is None:  # malformed, reported once: the policy decides, else no claims
            return policy or UNSCALED
        grades = [(policy.find(v) if policy else None) or Grade(v) for v, _ in scale.levels]
        return Grading(tuple(grades), policy.criterion if policy else "")

    def read_objectives(self) -> None:
        for line, r in self.tables.get("lineItemLearningObjectiveIds", []):
            item, objective = r["lineItemSourcedId"].strip(), r["learningObjectiveId"].strip()
            meta = {k: r.get(col, "").strip() for k, col in OBJECTIVE_METADATA.items()}
            if item not in self.line_items:
                self.reader.problem(
                    "lineItemLearningObjectiveIds",
                    line,
                    f"names the line item {item!r}, which is not in lineItems.csv",
                    column="lineItemSourcedId",
                )
            elif not objective or r["source"].strip() not in SOURCES:
                self.reader.problem(
                    "lineItemLearningObjectiveIds",
                    line,
                    f"has no learningObjectiveId or an unknown source ({r['source']!r})",
                )
            elif meta["uri"] and not meta["uri"].startswith(("https://", "http://", "urn:")):
                self.reader.problem(
                    "lineItemLearningObjectiveIds",
                    line,
                    f"has a bad metadata.uri {meta['uri']!r}; the objective is named without it",
                    column="metadata.uri",
                )
                self.objectives[(item, objective)] = {**meta, "uri": ""}
            else:
                self.objectives[(item, objective)] = meta

    def competency(self, line: int, r: dict[str, str], item: str) -> Competency | None:
        """One objective score; a bad one is reported and left out (the grade stands)."""
        objective, source = r["learningObjectiveId"].strip(), r["source"].strip()
        score, text = r.get("score", "").strip(), r.get("textScore", "").strip()

        def bad(message: str, column: str = "") -> None:
            self.reader.problem(
                "resultLearningObjectiveIds", line, message + "; this score is left out", "", column
            )

        if not objective or source not in SOURCES:
            return bad(f"has no learningObjectiveId or an unknown source ({source!r})")
        linked = self._linked(r["resultSourcedId"].strip(), item, OBJECTIVE)
        scale = linked[1] if linked else None  # a malformed scale was reported once
        if scale is not None:
            on_scale = _on_scale(score, scale)
            if on_scale is None:
                return bad(f"has the score {score!r}, not on the scale {scale.title!r}", "score")
            score = on_scale
        elif not score and not text:
            return bad("has neither a score nor a text score")
        # An objective its line item does not list is still the export's statement: issued.
        meta = self.objectives.get((item, objective), {})
        return Competency(
            objective,
            source,
            meta.get("code", ""),
            meta.get("statement", ""),
            meta.get("framework", ""),
            meta.get("uri", ""),
            score,
            text,
            scale,
        )

    def attach_competencies(self) -> None:
        """Read objective scores; put each final grade's competencies on its result."""
        reader = self.reader
        self.read_objectives()
        found: dict[str, list[Competency]] = {}
        seen: set[tuple[str, str]] = set()
        for line, r in self.tables.get("resultLearningObjectiveIds", []):
            result = r["resultSourcedId"].strip()
            if result not in reader.result_owners:
                reader.problem(
                    "resultLearningObjectiveIds",
                    line,
                    f"names the result {result!r}, which is not in results.csv",
                    column="resultSourcedId",
                )
                continue
            _, item = reader.result_owners[result]
            key = (result, r["learningObjectiveId"].strip())
            if key in seen:
                reader.problem(
                    "resultLearningObjectiveIds",
                    line,
                    f"repeats the learning objective {r['learningObjectiveId']!r} of this "
                    "result; the first is kept",
                )
                continue
            seen.add(key)
            competency = self.competency(line, r, item)
            if competency is not None:
                found.setdefault(result, []).append(competency)
        for record in reader.export.students.values():
            record.results = [
                dataclasses.replace(res, competencies=tuple(found.get(res.result_id, ())))
                for res in record.results
            ]
