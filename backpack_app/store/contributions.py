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


def records_named(
    conn: sqlcipher3.Connection, learner_id: str, credential_ids: list[str]
) -> dict[str, str]:
    """The learner's records holding credentials of these ids: {credential id: record id}."""
    found: dict[str, str] = {}
    for start in range(0, len(credential_ids), 500):
        chunk = credential_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for credential_id, record_id in conn.execute(
            "SELECT c.credential_id, c.record_id FROM credentials c JOIN records r "  # noqa: S608 - only placeholders are added; values are bound
            f"ON r.id = c.record_id WHERE r.learner_id = ? AND c.credential_id IN ({marks}) "
            "ORDER BY r.created, r.id",
            (learner_id, *chunk),
        ):
            found.setdefault(credential_id, record_id)
    return found


def learner_record_ids(conn: sqlcipher3.Connection, learner_id: str) -> list[str]:
    return [
        rid for (rid,) in conn.execute("SELECT id FROM records WHERE learner_id = ?", (learner_id,))
    ]


def note_asked(
    conn: sqlcipher3.Connection, share_id: str, *, learner: str, ask: str, until: str
) -> None:
    """Remember what a family asked of this backpack in a share (once)."""
    conn.execute(
        "INSERT INTO asked_of_me (share_id, learner, ask, until) VALUES (?,?,?,?) "
        "ON CONFLICT(share_id) DO NOTHING",
        (share_id, learner, ask, until),
    )


def note_replied(conn: sqlcipher3.Connection, share_id: str, *, when: str) -> None:
    conn.execute(
        "UPDATE asked_of_me SET replies = replies + 1, last_reply = ? WHERE share_id = ?",
        (when, share_id),
    )


def asked_of_me(conn: sqlcipher3.Connection) -> list[dict[str, Any]]:
    names = ("share_id", "learner", "ask", "until", "replies", "last_reply")
    return [
        dict(zip(names, row, strict=True))
        for row in conn.execute(
            "SELECT share_id, learner, ask, until, replies, last_reply FROM asked_of_me "
            "ORDER BY learner COLLATE NOCASE, until"
        )
    ]


# --- replies kept apart ------------------------------------------------------------------------
_KEPT = (
    "id, request_id, learner_id, author_did, author_name, kind, title, reasons, reason, received, "
    "attachment_id, sha256, size"
)


def keep_reply(conn: sqlcipher3.Connection, row: dict[str, Any]) -> None:
    """`row` has the keys of `_KEPT`; `reasons` is a list of APART's keys."""
    names = [c.strip() for c in _KEPT.split(",")]
    values = [json.dumps(row[n]) if n == "reasons" else row[n] for n in names]
    conn.execute(
        f"INSERT INTO kept_replies ({_KEPT}) VALUES ({','.join('?' * len(names))})",  # noqa: S608 - constant column names; values are bound
        values,
    )


def kept_replies(conn: sqlcipher3.Connection, reply_id: str | None = None) -> list[dict[str, Any]]:
    """Replies kept apart (oldest first), or the one of `reply_id`."""
    names = [c.strip() for c in _KEPT.split(",")]
    where, args = ("WHERE id = ?", (reply_id,)) if reply_id is not None else ("", ())
    rows = []
    for found in conn.execute(
        f"SELECT {_KEPT} FROM kept_replies {where} ORDER BY received, id",  # noqa: S608 - constant clauses; values are bound
        args,
    ):
        row = dict(zip(names, found, strict=True))
        row["reasons"] = json.loads(row["reasons"])
        rows.append(row)
    return rows


def drop_kept_reply(conn: sqlcipher3.Connection, reply_id: str) -> None:
    conn.execute("DELETE FROM kept_replies WHERE id = ?", (reply_id,))


def new_signer(conn: sqlcipher3.Connection, request_id: str, old: str | None, new: str) -> None:
    """The family says `new` is the key of the person asked: the request and the contact whose
    card carried `old` take it from now on."""
    conn.execute("UPDATE contribution_requests SET signer = ? WHERE id = ?", (new, request_id))
    if old is not None:
        conn.execute("UPDATE contacts SET signing_did = ? WHERE signing_did = ?", (new, old))
