"""Ids of things in a backpack: a readable prefix and 48 random bits (`rec-3e140ec5313e`)."""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(6)}"
