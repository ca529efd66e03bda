"""Rows for the Received area (shares kept read-only) and remembered holder keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple, dataclass
from typing import Any

import sqlcipher3


@dataclass(frozen=True)
class ReceivedRow:
    """A share kept here; its `.backpack` file lives encrypted in the attachment store."""

    id: str
    attachment_id: str
    sha256: str
    size: int
    learner: str
    holder_did: str
    recipient: str
    purpose: str
    created: dt.datetime
    expires: dt.datetime
    mode: str
    code: str | None
    saved: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "learner": self.learner,
            "holder": self.holder_did,
            "recipient": self.recipient,
            "purpose": self.purpose,
            "created": self.created.isoformat(),
            "expires": self.expires.isoformat(),
            "saved": self.saved.isoformat(),
        }


_COLUMNS = (
    "id, attachment_id, sha256, size, learner, holder_did, recipient, purpose, created, expires, mode, code, "
    "saved"
)


_DATETIME_FIELDS = (8, 9, 12)  # created, expires, saved (the order of the dataclass)


def insert(conn: sqlcipher3.Connection, row: ReceivedRow) -> None:
    values = [v.isoformat() if isinstance(v, dt.datetime) else v for v in astuple(row)]
    conn.execute(
        f"INSERT INTO received_shares ({_COLUMNS}) VALUES ({','.join('?' * len(values))})",  # noqa: S608 - constant column names; values are bound
        values,
    )


def _row(values: tuple) -> ReceivedRow:
    fields = list(values)
    for index in _DATETIME_FIELDS:
        fields[index] = dt.datetime.fromisoformat(fields[index])
    return ReceivedRow(*fields)


def all_received(conn: sqlcipher3.Connection) -> list[ReceivedRow]:
    sql = f"SELECT {_COLUMNS} FROM received_shares ORDER BY saved, id"  # noqa: S608 - constant column names
    return [_row(r) for r in conn.execute(sql)]


def get(conn: sqlcipher3.Connection, share_id: str) -> ReceivedRow | None:
    sql = f"SELECT {_COLUMNS} FROM received_shares WHERE id = ?"  # noqa: S608 - constant column names
    found = conn.execute(sql, (share_id,)).fetchone()
    return _row(found) if found else None


def delete(conn: sqlcipher3.Connection, share_id: str) -> None:
    conn.execute("DELETE FROM received_shares WHERE id = ?", (share_id,))


def pinned_holder(conn: sqlcipher3.Connection, learner: str) -> str | None:
    row = conn.execute(
        "SELECT holder_did FROM pinned_holders WHERE learner = ?", (learner,)
    ).fetchone()
    return row[0] if row else None


def pin_holder(conn: sqlcipher3.Connection, learner: str, holder_did: str, *, when: str) -> None:
    conn.execute(
        "INSERT INTO pinned_holders (learner, holder_did, pinned) VALUES (?,?,?) "
        "ON CONFLICT(learner) DO UPDATE SET holder_did = excluded.holder_did, "
        "pinned = excluded.pinned",
        (learner, holder_did, when),
    )


def attachment_ids(conn: sqlcipher3.Connection) -> list[str]:
    """Attachment-store files that hold kept shares (so sweeps and backups count them)."""
    return [r[0] for r in conn.execute("SELECT attachment_id FROM received_shares")]
