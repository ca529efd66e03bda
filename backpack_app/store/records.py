"""Record rows: summary columns for fast lists, details as JSON, attachment references."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlcipher3

from backpack_app.domain.records import (
    CATEGORIES,
    CATEGORY_BY_VALUE,
    PROVENANCE_BY_VALUE,
    SENSITIVITY_BY_VALUE,
    AttachmentRef,
    Category,
    Record,
    RecordSummary,
)

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
) -> list[RecordSummary]:
    """Summaries in creation order, filtered in SQL by learner, categories and title text."""
    where, args = where_clause(learner_id, categories, text)
    sql = (
        "SELECT r.id, r.learner_id, l.name, r.category, r.title, r.provenance, r.sensitivity, "  # noqa: S608 - clauses are constants; values are bound
        "r.date, r.created, coalesce(a.n, 0), json_extract(r.details, '$.status'), "
        "json_extract(r.details, '$.hours'), "
        "coalesce(json_extract(r.details, '$.target_date'), json_extract(r.details, '$.due_date')) "
        "FROM records r JOIN learners l ON l.id = r.learner_id "
        "LEFT JOIN (SELECT record_id, count(*) AS n FROM attachments GROUP BY record_id) a "
        "ON a.record_id = r.id" + where + " ORDER BY r.created, r.id"
    )
    cat, prov, sens = CATEGORY_BY_VALUE, PROVENANCE_BY_VALUE, SENSITIVITY_BY_VALUE
    # fetchall: one guarded call for all rows (iterating calls the cursor's Python __next__ and
    # its damage check once per row, a fifth of listing 10,000)
    return [
        RecordSummary(
            rid, lid, name, cat[c], title, prov[p], sens[s], day, created, count, status, hours, due
        )
        for rid, lid, name, c, title, p, s, day, created, count, status, hours, due in conn.execute(
            sql, args
        ).fetchall()
    ]


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
    return {
        "service_hours": float(hours or 0),
        "milestones": int(milestones or 0),
        "milestones_done": int(done or 0),
        "goals_due": [(title, day) for title, day in due],
        "counts": {CATEGORY_BY_VALUE[c]: int(n) for c, n in counts},
        # (title, category, whether a tutor or a program wrote and signed it)
        "latest": [(t, CATEGORY_BY_VALUE[c], p == "third_party_attested") for t, c, p in latest],
    }
