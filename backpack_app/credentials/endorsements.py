"""Endorsements inside an Open Badges 3.0 credential: third parties' signed statements about
the credential, its achievement or its issuer, each verified as a credential of its own.

Their verdicts never change the endorsed credential's: the credential's own signature covers
their content, and an endorsement is a claim by someone else, shown as such.
"""

from __future__ import annotations

from typing import Any

from backpack_app.credentials.recipient import subject_of
from backpack_app.credentials.shapes import as_list
from backpack_app.domain.verification import CheckId, CheckStatus, Report

MAX_ENDORSEMENTS = 50
MAX_LEVEL = 2  # a credential or a CLR's course; endorsements of endorsements are not followed
ENDORSEMENT_LEVEL = 10  # the nesting level endorsements are verified at (past MAX_LEVEL)


def endorsements_in(credential: dict[str, Any]) -> list[Any]:
    """Endorsements on the credential, its achievement and its issuer profile."""
    holders: list[Any] = [credential]
    achievement = subject_of(credential).get("achievement")
    if isinstance(achievement, dict):
        holders.append(achievement)
    if isinstance(credential.get("issuer"), dict):
        holders.append(credential["issuer"])
    return [e for holder in holders for e in as_list(holder.get("endorsement"))]


def check_endorsements(
    credential: dict[str, Any], verify_one: Any, *, level: int
) -> tuple[list[Report], tuple[CheckId, CheckStatus, str] | None]:
    """Reports for each endorsement (by `verify_one(item)`) and the check to add, if any."""
    found = endorsements_in(credential) if level < MAX_LEVEL else []
    if not found:
        return [], None
    if len(found) > MAX_ENDORSEMENTS:
        return [], (
            CheckId.ENDORSEMENTS,
            CheckStatus.WARNING,
            f"It carries more than {MAX_ENDORSEMENTS} endorsements; they were not checked.",
        )
    reports = [verify_one(item) for item in found]
    good = [r for r in reports if r.valid]
    names = sorted({r.issuer_name or r.issuer_id or "someone" for r in good})
    who = f" (from {', '.join(names)}, as they call themselves)" if names else ""
    n = len(reports)
    if len(good) == n:
        detail = ("The endorsement verifies" if n == 1 else f"All {n} endorsements verify") + who
        return reports, (CheckId.ENDORSEMENTS, CheckStatus.PASSED, detail + ".")
    detail = f"{n - len(good)} of the {n} endorsements do not verify and should not be relied on"
    if good:
        detail += f"; the others verify{who}"
    return reports, (CheckId.ENDORSEMENTS, CheckStatus.WARNING, detail + ".")
