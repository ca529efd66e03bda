"""Rows for sharing: this backpack's receiving key, saved contacts, and the share log."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import sqlcipher3

from backpack_app.crypto.sealing import key_fingerprint

if TYPE_CHECKING:
    from backpack_app.domain.sharing import Contact, Publication, ShareLogEntry


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
    from backpack_app.domain.sharing import Contact

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
    """The share log, oldest first, each share with the pages published of it."""
    from backpack_app.domain.sharing import ShareLogEntry

    published: dict[str, list[Publication]] = {}
    for publication in publications(conn):
        published.setdefault(publication.share_id, []).append(publication)
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
            publications=published.get(i, []),
        )
        for i, lid, name, rcp, mode, recs, purpose, created, expires, outputs, revoked in rows
    ]


def revoke_share(conn: sqlcipher3.Connection, share_id: str, *, when: str) -> bool:
    cur = conn.execute(
        "UPDATE shares SET revoked = ? WHERE id = ? AND revoked IS NULL", (when, share_id)
    )
    return cur.rowcount > 0


_SELECT_PUBLICATIONS = (
    "SELECT id, share_id, bucket, object_key, version_id, endpoint, region, link, link_kind, expires, "
    "published, lifecycle, with_code, deleted FROM share_publications "
)


def insert_publication(conn: sqlcipher3.Connection, p: Publication) -> None:
    conn.execute(
        "INSERT INTO share_publications (id, share_id, bucket, object_key, version_id, endpoint, "
        "region, link, link_kind, expires, published, lifecycle, with_code, deleted) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            p.id,
            p.share_id,
            p.bucket,
            p.key,
            p.version_id,
            p.endpoint,
            p.region,
            p.link,
            p.link_kind,
            p.expires.isoformat(),
            p.published.isoformat(),
            p.lifecycle,
            int(p.with_code),
            p.deleted.isoformat() if p.deleted else None,
        ),
    )


def publications(conn: sqlcipher3.Connection, *, share_id: str | None = None) -> list[Publication]:
    """Published pages (of one share, or all), oldest first."""
    from backpack_app.domain.sharing import Publication

    if share_id is None:
        rows = conn.execute(_SELECT_PUBLICATIONS + "ORDER BY published, id")
    else:
        rows = conn.execute(
            _SELECT_PUBLICATIONS + "WHERE share_id = ? ORDER BY published, id", (share_id,)
        )
    return [
        Publication(
            id=i,
            share_id=sid,
            bucket=bucket,
            key=key,
            version_id=version,
            endpoint=endpoint,
            region=region,
            link=link,
            link_kind=kind,
            expires=dt.datetime.fromisoformat(expires),
            published=dt.datetime.fromisoformat(published),
            lifecycle=lifecycle,
            with_code=bool(with_code),
            deleted=dt.datetime.fromisoformat(deleted) if deleted else None,
        )
        for i, sid, bucket, key, version, endpoint, region, link, kind, expires, published, lifecycle, with_code, deleted in rows
    ]


def mark_publication_deleted(
    conn: sqlcipher3.Connection, publication_id: str, *, when: str
) -> None:
    conn.execute(
        "UPDATE share_publications SET deleted = ? WHERE id = ? AND deleted IS NULL",
        (when, publication_id),
    )
