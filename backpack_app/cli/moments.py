"""`--at` moments, read the same by every command that takes one (kept apart from the command
modules, so that `open` does not load the verifier's batch code to read a date)."""

from __future__ import annotations

import datetime as dt

from backpack_app.errors import UserError


def parse_at(text: str | None) -> dt.datetime:
    if text is None:
        return dt.datetime.now(dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"--at {text!r} is not a date and time like 2027-03-12T09:00:00Z."
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
