"""Conformance with 1EdTech's official JSON Schemas for Open Badges 3.0 and CLR 2.0, as a named
check: a credential that does not follow them gets a warning naming the first few places, never
a refusal (its signature, issuer, dates and status decide). The schemas are shipped as they were
published (`resources/schemas/1edtech/`, see SOURCES.md there) and checked offline."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft201909Validator, FormatChecker

from backpack_app.paths import resource_path

# credential type -> (what it is called, schema file)
SCHEMAS = {
    "ClrCredential": ("CLR 2.0", "clr_v2p0_clrcredential_schema.json"),
    "AchievementCredential": ("Open Badges 3.0", "ob_v3p0_achievementcredential_schema.json"),
    "OpenBadgeCredential": ("Open Badges 3.0", "ob_v3p0_achievementcredential_schema.json"),
}
SHOWN_PATHS = 3


@cache
def _validator(name: str) -> Draft201909Validator:
    schema = json.loads((resource_path("schemas") / "1edtech" / name).read_text(encoding="utf-8"))
    return Draft201909Validator(schema, format_checker=FormatChecker())


def _path(error: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)


def schema_finding(types: list[str], document: dict[str, Any]) -> tuple[bool, str] | None:
    """(follows the schema, one sentence) for an OB 3.0 or CLR 2.0 credential; None otherwise."""
    found = next((SCHEMAS[t] for t in types if t in SCHEMAS), None)
    if found is None:
        return None
    spec, name = found
    errors = sorted(_validator(name).iter_errors(document), key=lambda e: list(e.absolute_path))
    if not errors:
        detail = f"It follows 1EdTech's JSON Schema for {spec} credentials."
        return True, detail
    paths = list(dict.fromkeys(_path(e) for e in errors))
    shown = ", ".join(paths[:SHOWN_PATHS]) + (" and more" if len(paths) > SHOWN_PATHS else "")
    detail = (
        f"It does not follow 1EdTech's JSON Schema for {spec} credentials at {shown}; "
        "this is a conformance warning, not a sign of tampering."
    )
    return False, detail
