"""Rows for sharing: this backpack's receiving key, saved contacts, and the share log."""

from __future__ import annotations

import datetime as dt
import json

import sqlcipher3

from backpack_app.crypto.sealing import key_fingerprint
from backpack_app.domain.sharing import Contact, ShareLogEntry


def receiving_key(conn: sqlcipher3.Connection) -> tuple[bytes, bytes] | None:
    row = conn.execute("SELECT private, public FROM receiving_key WHERE id = 1").fetchone()
    return (bytes(row[0]), bytes(row[1])) if row else None


def set_receiving_key(
    conn: sqlcipher3.Connection, private: bytes, public: bytes, *, created: str
) -> None:
    conn.execute(
        "INSERT INTO receiving_key (id, private, public, created) VALUES (1, ?, ?, ?)",
        (private, public, created),
    )


def insert_contact(conn: sqlcipher3.Connection, contact: Contact) -> None:
    conn.execute(
        "INSERT INTO contacts (id, name, public, added, signing_did) VALUES (?,?,?,?,?)",
        (contact.id, contact.name, contact.public, contact.added.isoformat(), contact.signing_did),
    )


def contacts(conn: sqlcipher3.Connection) -> list[Contact]:
    """Every saved contact; the fingerprint is computed from the key, never stored."""
    return [
        Contact(
            id=i,
            name=n,
            public=bytes(p),
            fingerprint=key_fingerprint(bytes(p)),
            added=dt.datetime.fromisoformat(a),
            signing_did=did,
        )
        for i, n, p, a, did in conn.execute(
            "SELECT id, name, public, added, signing_did FROM contacts ORDER BY name"
        )
    ]


def insert_share(conn: sqlcipher3.Connection, entry: ShareLogEntry) -> None:
    conn.execute(
        "INSERT INTO shares (id, learner_id, recipient, mode, record_ids, purpose, created, "
        "expires, outputs) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            entry.id,
            entry.learner_id,
            entry.recipient,
            entry.mode,
            json.dumps(entry.records),
            entry.purpose,
            entry.created.isoformat(),
            entry.expires.isoformat(),
            json.dumps(entry.outputs),
        ),
    )


def shares(conn: sqlcipher3.Connection) -> list[ShareLogEntry]:
    rows = conn.execute(
        "SELECT s.id, s.learner_id, l.name, s.recipient, s.mode, s.record_ids, s.purpose, "
        "s.created, s.expires, s.outputs, s.revoked FROM shares s "
        "JOIN learners l ON l.id = s.learner_id ORDER BY s.created, s.id"
    )
    return [
        ShareLogEntry(
            id=i,
            learner_id=lid,
            learner=name,
            recipient=rcp,
            mode=mode,
            records=json.loads(recs),
            purpose=purpose,
            created=dt.datetime.fromisoformat(created),
            expires=dt.datetime.fromisoformat(expires),
            outputs=json.loads(outputs),
            revoked=dt.datetime.fromisoformat(revoked) if revoked else None,
        )
        for i, lid, name, rcp, mode, recs, purpose, created, expires, outputs, revoked in rows
    ]


def revoke_share(conn: sqlcipher3.Connection, share_id: str, *, when: str) -> bool:
    cur = conn.execute(
        "UPDATE shares SET revoked = ? WHERE id = ? AND revoked IS NULL", (when, share_id)
    )
    return cur.rowcount > 0
