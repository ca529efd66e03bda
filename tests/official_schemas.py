"""The official 1EdTech JSON Schemas (resources/schemas/1edtech/, draft 2019-09, SOURCES.md):
what the tests hold every credential `backpack school issue` writes to, in both proof forms."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft201909Validator, FormatChecker

from backpack_app.credentials.vc_jwt import read_compact_jws
from backpack_app.paths import resource_path

FOR_TYPE = {
    "AchievementCredential": (
        "ob_v3p0_achievementcredential_schema.json",
        "clr_v2p0_achievementcredential_schema.json",
    ),
    "ClrCredential": ("clr_v2p0_clrcredential_schema.json",),
}


@cache
def validator(name: str) -> Draft201909Validator:
    schema = json.loads(resource_path("schemas", "1edtech", name).read_text(encoding="utf-8"))
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema, format_checker=FormatChecker())


def schema_errors(credential: dict[str, Any], where: str = "") -> list[str]:
    """Every way `credential` (and each credential a CLR holds) breaks its official schemas."""
    kind = (
        "ClrCredential"
        if "ClrCredential" in credential.get("type", [])
        else "AchievementCredential"
    )
    errors = [
        f"{where} {name} {e.json_path}: {e.message[:200]}"
        for name in FOR_TYPE[kind]
        for e in validator(name).iter_errors(credential)
    ]
    if kind == "ClrCredential":
        for n, inner in enumerate(credential["credentialSubject"]["verifiableCredential"]):
            if isinstance(inner, dict) and "AchievementCredential" in inner.get("type", []):
                errors += schema_errors(inner, f"{where} [inner {n}]")
    return errors


def issued_errors(folder: Path) -> tuple[int, list[str]]:
    """(how many credentials, their schema errors) for an issuing run's folder: every .json
    credential and every .jwt token's payload (the VC 2.0 credential with its claims)."""
    count, errors = 0, []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".json" and path.name != "index.json":
            doc = json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jwt":
            doc = read_compact_jws(path.read_text(encoding="ascii"))[1]
        else:
            continue
        count += 1
        errors += schema_errors(doc, str(path.relative_to(folder)))
    return count, errors
