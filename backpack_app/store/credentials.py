"""Rows of imported credentials: the original bytes, their digest, and the last report."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlcipher3


@dataclass(frozen=True)
class CredentialRow:
    record_id: str
    parent_record_id: str | None
    format: str
    original: bytes
    sha256: str
    credential_id: str | None
    issuer_id: str | None
    report: dict[str, Any]
    verified_at: str


_COLUMNS = (
    "record_id, parent_record_id, format, original, sha256, credential_id, issuer_id, report, "
    "verified_at"
)  # the order of CredentialRow's fields; the table keeps its small columns first (schema 5)


def insert(conn: sqlcipher3.Connection, row: CredentialRow) -> None:
    conn.execute(
        f"INSERT INTO credentials ({_COLUMNS}, verdict) VALUES (?,?,?,?,?,?,?,?,?,?)",  # noqa: S608 - constant column names; values are bound
        (
            row.record_id,
            row.parent_record_id,
            row.format,
            row.original,
            row.sha256,
            row.credential_id,
            row.issuer_id,
            json.dumps(row.report, ensure_ascii=False),
            row.verified_at,
            row.report["verdict"],
        ),
    )


def _from_row(row: tuple) -> CredentialRow:
    rid, parent, fmt, original, digest, cid, issuer, report, at = row
    return CredentialRow(
        rid, parent, fmt, bytes(original), digest, cid, issuer, json.loads(report), at
    )


def get(conn: sqlcipher3.Connection, record_id: str) -> CredentialRow | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM credentials WHERE record_id=?",  # noqa: S608 - constant column names
        (record_id,),
    ).fetchone()
    return _from_row(row) if row else None


def find_top_level(conn: sqlcipher3.Connection, sha256: str, learner_id: str) -> str | None:
    """The record of a credential imported before with exactly these bytes, for this learner."""
    row = conn.execute(
        "SELECT c.record_id FROM credentials c JOIN records r ON r.id = c.record_id "
        "WHERE c.sha256 = ? AND c.parent_record_id IS NULL AND r.learner_id = ?",
        (sha256, learner_id),
    ).fetchone()
    return row[0] if row else None


def find_same(
    conn: sqlcipher3.Connection,
    learner_id: str,
    *,
    sha256: str,
    credential_id: str | None,
    issuer_id: str | None,
    inside: bool,
) -> str | None:
    """A record of this learner holding the same credential (the same bytes, or the same id
    from the same issuer), inside a CLR (`inside`) or filed on its own."""
    placed = (
        "WHERE c.parent_record_id IS NOT NULL" if inside else "WHERE c.parent_record_id IS NULL"
    )
    row = conn.execute(
        "SELECT c.record_id FROM credentials c JOIN records r ON r.id = c.record_id "  # noqa: S608 - constant clauses; values are bound
        f"{placed} AND r.learner_id = ? AND (c.sha256 = ? "
        "OR (c.credential_id IS NOT NULL AND c.credential_id = ? AND c.issuer_id = ?)) LIMIT 1",
        (learner_id, sha256, credential_id, issuer_id),
    ).fetchone()
    return row[0] if row else None


def set_parent(conn: sqlcipher3.Connection, record_id: str, parent_id: str | None) -> None:
    """Place a record's credential inside a CLR (or, with None, on its own again)."""
    conn.execute(
        "UPDATE credentials SET parent_record_id = ? WHERE record_id = ?", (parent_id, record_id)
    )


def detach_filed_before(conn: sqlcipher3.Connection, record_id: str) -> None:
    """Records inside a CLR that were filed from their own files before the CLR came stand on
    their own again (done before the CLR is deleted, so they stay)."""
    conn.execute(
        "UPDATE credentials SET parent_record_id = NULL WHERE parent_record_id = ? AND "
        "record_id IN (SELECT id FROM records WHERE created < "
        "(SELECT created FROM records WHERE id = ?))",
        (record_id, record_id),
    )


def children(conn: sqlcipher3.Connection, record_id: str) -> list[str]:
    """Records of the credentials inside a CLR, in their order."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT c.record_id FROM credentials c JOIN records r ON r.id = c.record_id "
            "WHERE c.parent_record_id = ? ORDER BY r.created, r.id",
            (record_id,),
        )
    ]


def parent_of(conn: sqlcipher3.Connection, record_id: str) -> str | None:
    row = conn.execute(
        "SELECT parent_record_id FROM credentials WHERE record_id=?", (record_id,)
    ).fetchone()
    return row[0] if row else None


def update_report(
    conn: sqlcipher3.Connection, record_id: str, report: dict[str, Any], *, verified_at: str
) -> None:
    conn.execute(
        "UPDATE credentials SET report = ?, verdict = ?, verified_at = ? WHERE record_id = ?",
        (json.dumps(report, ensure_ascii=False), report["verdict"], verified_at, record_id),
    )


def all_rows(conn: sqlcipher3.Connection, learner_id: str | None = None) -> list[CredentialRow]:
    sql = (
        f"SELECT {', '.join('c.' + c.strip() for c in _COLUMNS.split(','))} "  # noqa: S608 - constant column names
        "FROM credentials c JOIN records r ON r.id = c.record_id"
        + (" WHERE r.learner_id = ?" if learner_id else "")
    )
    return [_from_row(r) for r in conn.execute(sql, (learner_id,) if learner_id else ())]


# A CLR is the document holding its records: counted through them, not as one more record.
NOT_A_CONTAINER = "NOT EXISTS (SELECT 1 FROM credentials k WHERE k.parent_record_id = c.record_id)"


def verdicts(conn: sqlcipher3.Connection, learner_id: str) -> dict[str, tuple[str, str]]:
    """{record id: (stored verdict, issuer id)} of one learner's credentials (read without
    their originals)."""
    return {
        rid: (verdict or "", issuer or "")
        for rid, verdict, issuer in conn.execute(
            "SELECT c.record_id, c.verdict, c.issuer_id FROM credentials c "
            "JOIN records r ON r.id = c.record_id WHERE r.learner_id = ?",
            (learner_id,),
        )
    }


def signed_counts(conn: sqlcipher3.Connection, learner_id: str) -> tuple[int, int, int]:
    """(school-signed records, of which verified, third-party attested ones) of one learner:
    a CLR's records each, not the CLR; a tutor's or a program's signed entry is no school's."""
    signed, verified, attested = conn.execute(
        "SELECT coalesce(sum(r.provenance != 'third_party_attested'), 0), "  # noqa: S608 - constant clauses; values are bound
        "coalesce(sum(c.verdict = 'verified' AND r.provenance != 'third_party_attested'), 0), "
        "coalesce(sum(r.provenance = 'third_party_attested'), 0) "
        "FROM credentials c INDEXED BY credentials_listed JOIN records r ON r.id = c.record_id "
        f"WHERE r.learner_id = ? AND {NOT_A_CONTAINER}",
        (learner_id,),
    ).fetchone()
    return int(signed), int(verified), int(attested)


def signed_transcript(conn: sqlcipher3.Connection, learner_id: str) -> list[tuple]:
    """(grade, achievement type, school, term, credits, verdict, date) of each school-signed
    transcript record of a learner (CLRs' contents, not the CLRs themselves)."""
    return conn.execute(
        "SELECT json_extract(r.details, '$.grade'), json_extract(r.details, '$.achievement_type'), "  # noqa: S608 - constant clauses; values are bound
        "json_extract(r.details, '$.school'), json_extract(r.details, '$.term'), "
        "json_extract(r.details, '$.credits'), c.verdict, r.date "
        "FROM credentials c INDEXED BY credentials_listed JOIN records r ON r.id = c.record_id "
        f"WHERE r.learner_id = ? AND r.category = 'transcript' AND {NOT_A_CONTAINER}",
        (learner_id,),
    ).fetchall()
