"""Rows of the contributions a family asked for in its shares (providers' replies)."""

from __future__ import annotations

import json
from typing import Any

import sqlcipher3

_COLUMNS = "id, share_id, learner_id, ask, nonce, signer, shared, created, expires"


def insert_request(conn: sqlcipher3.Connection, row: dict[str, Any]) -> None:
    """`row` has the keys of `_COLUMNS`; `shared` maps shared credential ids to record ids."""
    conn.execute(
        f"INSERT INTO contribution_requests ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",  # noqa: S608 - constant column names; values are bound
        (
            row["id"],
            row["share_id"],
            row["learner_id"],
            row["ask"],
            row["nonce"],
            row["signer"],
            json.dumps(row["shared"]),
            row["created"],
            row["expires"],
        ),
    )


def get_request(conn: sqlcipher3.Connection, request_id: str) -> dict[str, Any] | None:
    found = conn.execute(
        f"SELECT {_COLUMNS} FROM contribution_requests WHERE id = ?",  # noqa: S608 - constant column names
        (request_id,),
    ).fetchone()
    if found is None:
        return None
    row = dict(zip([c.strip() for c in _COLUMNS.split(",")], found, strict=True))
    row["shared"] = json.loads(row["shared"])
    return row


def endorsement_records(conn: sqlcipher3.Connection, learner_id: str) -> list[str]:
    """The learner's third-party endorsements (filed replies), oldest first."""
    return [
        rid
        for (rid,) in conn.execute(
            "SELECT id FROM records WHERE learner_id = ? AND provenance = 'third_party_attested' "
            "AND json_extract(details, '$.achievement_type') = 'endorsement' ORDER BY created, id",
            (learner_id,),
        )
    ]
