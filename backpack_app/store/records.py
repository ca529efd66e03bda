"""Record rows: summary columns for fast lists, details as JSON, attachment references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import sqlcipher3

from backpack_app.domain.summaries import (
    CATEGORY_BY_VALUE,
    PROVENANCE_BY_VALUE,
    SENSITIVITY_BY_VALUE,
    RecordSummary,
)
from backpack_app.domain.vocabulary import Category

if TYPE_CHECKING:
    from backpack_app.domain.records import AttachmentRef, Record

_COLUMNS = (
    "id, learner_id, category, title, description, date, provenance, sensitivity, created, "
    "updated, details"
)


def _row_values(record: Record) -> tuple:
    return (
        record.id,
        record.learner_id,
        record.category.value,
        record.title,
        record.description,
        record.date.isoformat() if record.date else None,
        record.provenance.value,
        record.sensitivity.value,
        record.created.isoformat(),
        record.updated.isoformat(),
        record.details.model_dump_json(),
    )


def insert(conn: sqlcipher3.Connection, record: Record) -> None:
    conn.execute(
        f"INSERT INTO records ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608 - constant column names; values are bound
        _row_values(record),
    )
    insert_attachment_refs(conn, record.id, record.attachments, start=0)


def insert_attachment_refs(
    conn: sqlcipher3.Connection, record_id: str, refs: Iterable[AttachmentRef], *, start: int
) -> None:
    conn.executemany(
        "INSERT INTO attachments (id, record_id, position, name, media_type, size, sha256) "
        "VALUES (?,?,?,?,?,?,?)",
        [
            (a.id, record_id, start + i, a.name, a.media_type, a.size, a.sha256)
            for i, a in enumerate(refs)
        ],
    )


def update(conn: sqlcipher3.Connection, record: Record) -> None:
    values = _row_values(record)
    conn.execute(
        "UPDATE records SET learner_id=?, category=?, title=?, description=?, date=?, "
        "provenance=?, sensitivity=?, created=?, updated=?, details=? WHERE id=?",
        (*values[1:], record.id),
    )


def delete(conn: sqlcipher3.Connection, record_id: str) -> list[str]:
    """Delete a record and its attachment rows; returns the attachment ids to remove from disk."""
    ids = [r[0] for r in conn.execute("SELECT id FROM attachments WHERE record_id=?", (record_id,))]
    conn.execute("DELETE FROM records WHERE id=?", (record_id,))
    return ids


def _record(row: tuple, attachments: list[AttachmentRef]) -> Record:
    """A record from its row. Rows were validated when written (and SQLCipher authenticates
    every page), so only the details are parsed by their model; the record is not re-checked,
    which keeps screens of 10,000 records quick."""
    from backpack_app.domain.records import CATEGORIES, Record

    rid, learner_id, category, title, desc, date, prov, sens, created, updated, details = row
    kind = CATEGORY_BY_VALUE[category]
    return Record.model_construct(
        id=rid,
        learner_id=learner_id,
        category=kind,
        title=title,
        description=desc,
        date=dt.date.fromisoformat(date) if date else None,
        provenance=PROVENANCE_BY_VALUE[prov],
        sensitivity=SENSITIVITY_BY_VALUE[sens],
        created=dt.datetime.fromisoformat(created),
        updated=dt.datetime.fromisoformat(updated),
        details=CATEGORIES[kind].details.model_validate_json(details),
        attachments=attachments,
    )


def get(conn: sqlcipher3.Connection, record_id: str) -> Record | None:
    from backpack_app.domain.records import AttachmentRef

    row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id=?", (record_id,)).fetchone()  # noqa: S608 - constant column names; values are bound
    if row is None:
        return None
    attachments = [
        AttachmentRef(id=a, name=n, media_type=m, size=s, sha256=h)
        for a, n, m, s, h in conn.execute(
            "SELECT id, name, media_type, size, sha256 FROM attachments WHERE record_id=? "
            "ORDER BY position",
            (row[0],),
        )
    ]
    return _record(row, attachments)


def where_clause(
    learner_id: str | None, categories: Iterable[Category] | None, text: str | None
) -> tuple[str, list]:
    where, args = [], []
    if learner_id is not None:
        where.append("r.learner_id = ?")
        args.append(learner_id)
    if categories is not None:
        cats = [c.value for c in categories]
        where.append(f"r.category IN ({','.join('?' * len(cats))})")
        args.extend(cats)
    if text:
        where.append("(instr(lower(r.title), ?) > 0 OR instr(lower(r.description), ?) > 0)")
        args.extend([text.lower(), text.lower()])
    return (" WHERE " + " AND ".join(where) if where else ""), args


def summaries(
    conn: sqlcipher3.Connection,
    *,
    learner_id: str | None = None,
    categories: Iterable[Category] | None = None,
    text: str | None = None,
    progress: bool = True,
) -> list[RecordSummary]:
    """Summaries in creation order, filtered in SQL by learner, categories and title text.
    Without `progress`, a goal's or milestone's status, service hours and due dates are not
    read from the details (None): half the query's time, for lists that do not show them."""
    where, args = where_clause(learner_id, categories, text)
    figures = _PROGRESS_COLUMNS if progress else ""
    sql = (
        "SELECT r.id, r.learner_id, l.name, r.category, r.title, r.provenance, r.sensitivity, "  # noqa: S608 - clauses are constants; values are bound
        # (each record's files counted on the attachments' index: joining a grouped count
        # made SQLite build a temporary index for every list, a third of the query)
        "r.date, r.created, "
        f"(SELECT count(*) FROM attachments a WHERE a.record_id = r.id){figures} "
        "FROM records r JOIN learners l ON l.id = r.learner_id"
        + where
        + " ORDER BY r.created, r.id"
    )
    cat, prov, sens = CATEGORY_BY_VALUE, PROVENANCE_BY_VALUE, SENSITIVITY_BY_VALUE
    # fetchall: one guarded call for all rows (iterating calls the cursor's Python __next__ and
    # its damage check once per row, a fifth of listing 10,000)
    found = conn.execute(sql, args).fetchall()
    if not progress:
        return [
            RecordSummary(rid, lid, name, cat[c], title, prov[p], sens[s], day, created, count)
            for rid, lid, name, c, title, p, s, day, created, count in found
        ]
    return [
        RecordSummary(
            rid, lid, name, cat[c], title, prov[p], sens[s], day, created, count, status, hours, due
        )
        for rid, lid, name, c, title, p, s, day, created, count, status, hours, due in found
    ]


_PROGRESS_COLUMNS = (
    ", json_extract(r.details, '$.status'), json_extract(r.details, '$.hours'), "
    "coalesce(json_extract(r.details, '$.target_date'), json_extract(r.details, '$.due_date'))"
)


def profile_figures(conn: sqlcipher3.Connection, learner_id: str) -> dict:
    """Service hours, readiness milestones, the goals still due, records per category and the
    latest five, counted in SQL (so an Overview of thousands of records reads no record)."""
    hours, milestones, done = conn.execute(
        "SELECT coalesce(sum(CASE WHEN category = 'service' "
        "THEN json_extract(details, '$.hours') END), 0), "
        "sum(category = 'milestone'), "
        "sum(category = 'milestone' AND json_extract(details, '$.status') = 'done') "
        "FROM records WHERE learner_id = ?",
        (learner_id,),
    ).fetchone()
    due = conn.execute(
        "SELECT title, json_extract(details, '$.target_date') AS due FROM records "
        "WHERE learner_id = ? AND category = 'goal' AND due IS NOT NULL "
        "AND coalesce(json_extract(details, '$.status'), '') NOT IN ('achieved', 'dropped') "
        "ORDER BY due, id LIMIT 5",
        (learner_id,),
    ).fetchall()
    counts = conn.execute(  # a CLR counts through its records (as the signed count does)
        "SELECT category, count(*) FROM records r WHERE learner_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM credentials k WHERE k.parent_record_id = r.id) GROUP BY category",
        (learner_id,),
    ).fetchall()
    latest = conn.execute(
        "SELECT title, category, provenance FROM records WHERE learner_id = ? "
        "ORDER BY created DESC, id DESC LIMIT 5",
        (learner_id,),
    ).fetchall()
    (state_tests,) = conn.execute(
        "SELECT count(*) FROM records WHERE learner_id = ? AND category = 'assessment' "
        "AND provenance = 'school_unsigned' "
        "AND json_extract(details, '$.achievement_type') = 'State assessment'",
        (learner_id,),
    ).fetchone()
    return {
        "service_hours": float(hours or 0),
        "milestones": int(milestones or 0),
        "milestones_done": int(done or 0),
        "goals_due": [(title, day) for title, day in due],
        "counts": {CATEGORY_BY_VALUE[c]: int(n) for c, n in counts},
        "latest": [(title, CATEGORY_BY_VALUE[c], PROVENANCE_BY_VALUE[p]) for title, c, p in latest],
        "state_tests": int(state_tests or 0),  # entered by the family (self-reported)
    }
