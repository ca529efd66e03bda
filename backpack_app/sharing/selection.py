"""Choosing what to share: by id, by category or by preset, with the privacy rules applied.

`restricted` records (supports, discipline, health) are never taken by a category or a preset,
only by their id together with an explicit `include_restricted`. `private` ones are left out of
presets unless chosen by id or category.
"""

from __future__ import annotations

from collections.abc import Sequence

from backpack_app.domain.records import CATEGORIES, Category, RecordSummary, Section, Sensitivity
from backpack_app.errors import UserError

PRESETS: dict[str, frozenset[Category]] = {
    "transcript": frozenset(
        {Category.TRANSCRIPT, Category.GRADEBOOK, Category.ASSESSMENT, Category.LICENCE}
    ),
    "learner-profile": frozenset(c for c, i in CATEGORIES.items() if i.section is Section.PROFILE),
    "directory": frozenset({Category.AWARD, Category.RECOGNITION}),
}


def choose(
    summaries: Sequence[RecordSummary],
    *,
    ids: Sequence[str] = (),
    category: Category | None = None,
    preset: str | None = None,
    include_restricted: bool = False,
) -> list[RecordSummary]:
    """The records to share, in the backpack's order; UserError when the choice breaks a rule."""
    if sum(bool(x) for x in (ids, category, preset)) != 1:
        raise UserError("Choose what to share: record ids, a category, or a preset.")
    if preset is not None and preset not in PRESETS:
        raise UserError(f"There is no preset {preset!r}; choose one of {', '.join(PRESETS)}.")
    if ids:
        by_id = {s.id: s for s in summaries}
        chosen = [by_id[i] for i in dict.fromkeys(ids)]
        restricted = [s for s in chosen if s.sensitivity is Sensitivity.RESTRICTED]
        if restricted and not include_restricted:
            raise UserError(
                f"{restricted[0].title} is restricted (supports, discipline or health); "
                "share it only by adding --include-restricted."
            )
        return chosen
    wanted = {category} if category else PRESETS[preset or ""]
    chosen = [
        s
        for s in summaries
        if s.category in wanted
        and s.sensitivity is not Sensitivity.RESTRICTED
        and (category is not None or s.sensitivity is not Sensitivity.PRIVATE)
    ]
    if not chosen:
        held_back = any(s.category in wanted for s in summaries)
        raise UserError(
            "Every record of that choice is private or restricted; share such records by id "
            "with --records (restricted ones also need --include-restricted)."
            if held_back
            else "No records match that choice."
        )
    return chosen
