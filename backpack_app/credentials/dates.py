"""Dates in credentials: parsed strictly, and shown in words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backpack_app.errors import MalformedCredential


def parse_datetime(value: Any, name: str) -> dt.datetime:
    """An ISO 8601 date-time (UTC when it names no zone); MalformedCredential otherwise."""
    if not isinstance(value, str) or len(value) > 64:
        raise MalformedCredential(f"Its {name} is not a date and time.")
    try:
        parsed = dt.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError as exc:
        raise MalformedCredential(f"Its {name} ({value}) is not a date and time.") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def friendly_date(moment: dt.datetime) -> str:
    return f"{moment.day} {moment.strftime('%B %Y')}"
