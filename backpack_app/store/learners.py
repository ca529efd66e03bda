"""Learner rows: profile fields plus the holder key's private half."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:
    from backpack_app.domain.learners import Learner


_COLUMNS = "id, name, born, controller, emails, sis_ids, did, created, grade_level"


def _from_row(row: tuple) -> Learner:
    from backpack_app.domain.learners import Controller, Learner

    lid, name, born, controller, emails, sis_ids, did, created, grade_level = row
    return Learner(
        id=lid,
        name=name,
        born=date.fromisoformat(born) if born else None,
        controller=Controller(controller),
        emails=json.loads(emails),
        sis_ids=json.loads(sis_ids),
        did=did,
        created=datetime.fromisoformat(created),
        grade_level=grade_level,
    )


def _profile_values(learner: Learner) -> tuple:
    """The columns a user can change, in the order of `_PROFILE_COLUMNS`."""
    return (
        learner.name,
        learner.born.isoformat() if learner.born else None,
        learner.controller.value,
        json.dumps(learner.emails),
        json.dumps(learner.sis_ids),
        learner.grade_level,
    )


def insert(conn: sqlcipher3.Connection, learner: Learner, *, holder_private: bytes) -> None:
    conn.execute(
        "INSERT INTO learners (id, name, born, controller, emails, sis_ids, grade_level, did, "
        "created, holder_private) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            learner.id,
            *_profile_values(learner),
            learner.did,
            learner.created.isoformat(),
            holder_private,
        ),
    )


def update(conn: sqlcipher3.Connection, learner: Learner) -> None:
    conn.execute(
        "UPDATE learners SET name=?, born=?, controller=?, emails=?, sis_ids=?, grade_level=? "
        "WHERE id=?",
        (*_profile_values(learner), learner.id),
    )


def all_learners(conn: sqlcipher3.Connection) -> list[Learner]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM learners ORDER BY created, name").fetchall()  # noqa: S608 - constant column names
    return [_from_row(r) for r in rows]


def holder_private_key(conn: sqlcipher3.Connection, learner_id: str) -> bytes | None:
    row = conn.execute("SELECT holder_private FROM learners WHERE id=?", (learner_id,)).fetchone()
    return bytes(row[0]) if row else None
