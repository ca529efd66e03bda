"""Standards in a OneRoster 1.2 export: score scales and per-result learning objective scores.

`resultLearningObjectiveIds` gives, per result, a score on each learning objective (a CASE item
when `source` is `case`); `lineItemLearningObjectiveIds` lists the objectives of each line item
(with optional `metadata.*` columns naming the item); `scoreScales` with `lineItemScoreScales` /
`resultScoreScales` give the scale those scores are on. Only final-grade results carry
competencies into credentials; a problem in a student's rows withholds that student, as in
`oneroster.py`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from backpack_app.school.columns import OBJECTIVE_METADATA

SOURCES = {"case", "unknown"}
_ENTRY = re.compile(r"\{([^{}:]+):([^{}:]+)\}")


@dataclass(frozen=True)
class Scale:
    """A score scale: its (score, label) pairs in the order the export lists them."""

    sourced_id: str
    title: str
    levels: tuple[tuple[str, str], ...]


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


class _Standards:
    def __init__(self, reader: Any, line_items: dict[str, dict[str, str]]):
        self.reader, self.line_items = reader, line_items
        self.tables: dict[str, list[tuple[int, dict[str, str]]]] = reader.tables
        self.scales: dict[str, Scale | None] = {}
        self.scale_of: dict[str, str] = {}  # line item or result sourcedId -> scale sourcedId
        self.objectives: dict[tuple[str, str], dict[str, str]] = {}

    def read_scales(self) -> None:
        for line, r in self.tables.get("scoreScales", []):
            levels = parse_scale_values(r["scoreScaleValue"])
            if levels is None:
                self.reader.problem(
                    "scoreScales",
                    line,
                    f"has a malformed scoreScaleValue ({r['scoreScaleValue'][:80]!r}; "
                    "expected {score:label},{score:label},... with each score once)",
                )
            self.scales[r["sourcedId"]] = (
                Scale(r["sourcedId"], r["title"], levels) if levels else None
            )
        for name, column, known in (
            ("lineItemScoreScales", "lineItemSourcedId", self.line_items),
            ("resultScoreScales", "resultSourcedId", self.reader.result_owners),
        ):
            for line, r in self.tables.get(name, []):
                target, scale = r[column].strip(), r["scoreScaleSourcedId"].strip()
                if target not in known:
                    self.reader.problem(name, line, f"names {target!r}, which the export lacks")
                elif scale not in self.scales:
                    self.reader.problem(
                        name, line, f"names the score scale {scale!r}, not in scoreScales.csv"
                    )
                elif self.scale_of.get(target, scale) != scale:
                    self.reader.problem(name, line, f"gives {target!r} a second score scale")
                else:
                    self.scale_of[target] = scale

    def read_objectives(self) -> None:
        for line, r in self.tables.get("lineItemLearningObjectiveIds", []):
            item, objective = r["lineItemSourcedId"].strip(), r["learningObjectiveId"].strip()
            meta = {k: r.get(col, "").strip() for k, col in OBJECTIVE_METADATA.items()}
            if item not in self.line_items:
                self.reader.problem(
                    "lineItemLearningObjectiveIds",
                    line,
                    f"names the line item {item!r}, which is not in lineItems.csv",
                )
            elif not objective or r["source"].strip() not in SOURCES:
                self.reader.problem(
                    "lineItemLearningObjectiveIds",
                    line,
                    f"has no learningObjectiveId or an unknown source ({r['source']!r})",
                )
            elif meta["uri"] and not meta["uri"].startswith(("https://", "http://", "urn:")):
                self.reader.problem(
                    "lineItemLearningObjectiveIds", line, f"has a bad metadata.uri {meta['uri']!r}"
                )
            else:
                self.objectives[(item, objective)] = meta

    def competency(self, line: int, r: dict[str, str], who: str, item: str) -> Competency | None:
        objective, source = r["learningObjectiveId"].strip(), r["source"].strip()
        score, text = r.get("score", "").strip(), r.get("textScore", "").strip()

        def bad(message: str) -> None:
            self.reader.problem("resultLearningObjectiveIds", line, message, who)

        if not objective or source not in SOURCES:
            return bad(f"has no learningObjectiveId or an unknown source ({source!r})")
        listed = "lineItemLearningObjectiveIds" in self.tables
        if listed and (item, objective) not in self.objectives:
            return bad(
                f"names the learning objective {objective!r}, which "
                f"lineItemLearningObjectiveIds.csv does not list for the line item {item!r}"
            )
        scale_id = self.scale_of.get(r["resultSourcedId"].strip()) or self.scale_of.get(item)
        scale = self.scales.get(scale_id) if scale_id else None
        if scale_id and scale is None:
            return bad(f"is scored on the score scale {scale_id!r}, which is malformed")
        if scale is not None:
            on_scale = _on_scale(score, scale)
            if on_scale is None:
                return bad(f"has the score {score!r}, which is not on the scale {scale.title!r}")
            score = on_scale
        elif not score and not text:
            return bad("has neither a score nor a text score")
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


def attach_competencies(reader: Any, line_items: dict[str, dict[str, str]]) -> None:
    """Read scales and objective scores; put each final grade's competencies on its result."""
    standards = _Standards(reader, line_items)
    standards.read_scales()
    standards.read_objectives()
    found: dict[str, list[Competency]] = {}
    seen: set[tuple[str, str]] = set()
    for line, r in standards.tables.get("resultLearningObjectiveIds", []):
        result = r["resultSourcedId"].strip()
        if result not in reader.result_owners:
            reader.problem(
                "resultLearningObjectiveIds",
                line,
                f"names the result {result!r}, which is not in results.csv",
            )
            continue
        who, item = reader.result_owners[result]
        if (result, r["learningObjectiveId"].strip()) in seen:
            reader.problem(
                "resultLearningObjectiveIds",
                line,
                f"repeats the learning objective {r['learningObjectiveId']!r} of this result",
                who,
            )
            continue
        seen.add((result, r["learningObjectiveId"].strip()))
        competency = standards.competency(line, r, who, item)
        if competency is not None:
            found.setdefault(result, []).append(competency)
    for record in reader.export.students.values():
        record.results = [
            dataclasses.replace(res, competencies=tuple(found.get(res.result_id, ())))
            for res in record.results
        ]
