"""Saved copies of what issuers publish online: status list credentials and did:web documents."""

from __future__ import annotations

import datetime as dt

import sqlcipher3

from backpack_app.domain.status import CachedDidDocument, CachedStatusList


def status_lists(conn: sqlcipher3.Connection) -> list[CachedStatusList]:
    rows = conn.execute("SELECT url, credential, as_of FROM status_lists ORDER BY url")
    return [
        CachedStatusList(url=u, credential=bytes(c), as_of=dt.datetime.fromisoformat(a))
        for u, c, a in rows
    ]


def save_status_list(
    conn: sqlcipher3.Connection, *, url: str, issuer: str, credential: bytes, as_of: dt.datetime
) -> None:
    conn.execute(
        "INSERT INTO status_lists (url, issuer, credential, as_of) VALUES (?,?,?,?) "
        "ON CONFLICT(url) DO UPDATE SET issuer=excluded.issuer, credential=excluded.credential, "
        "as_of=excluded.as_of",
        (url, issuer, credential, as_of.isoformat()),
    )


def added_contexts(conn: sqlcipher3.Connection) -> dict[str, bytes]:
    """The JSON-LD contexts the user added, by URL."""
    rows = conn.execute("SELECT url, document FROM contexts ORDER BY url")
    return {url: bytes(document) for url, document in rows}


def save_context(
    conn: sqlcipher3.Connection, *, url: str, document: bytes, sha256: str, added: dt.datetime
) -> None:
    conn.execute(
        "INSERT INTO contexts (url, document, sha256, added_at) VALUES (?,?,?,?) "
        "ON CONFLICT(url) DO UPDATE SET document=excluded.document, sha256=excluded.sha256, "
        "added_at=excluded.added_at",
        (url, document, sha256, added.isoformat()),
    )


def registries(conn: sqlcipher3.Connection) -> list[tuple[str, str, bytes, dt.datetime]]:
    """The issuer registries the user added: (name, source, bytes, as of), in added order."""
    rows = conn.execute(
        "SELECT name, source, document, as_of FROM registries ORDER BY added_at, name"
    )
    return [(n, s, bytes(d), dt.datetime.fromisoformat(a)) for n, s, d, a in rows]


def save_registry(
    conn: sqlcipher3.Connection,
    *,
    name: str,
    source: str,
    document: bytes,
    sha256: str,
    as_of: dt.datetime,
    added: dt.datetime,
) -> None:
    conn.execute(
        "INSERT INTO registries (name, source, document, sha256, as_of, added_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET source=excluded.source, "
        "document=excluded.document, sha256=excluded.sha256, as_of=excluded.as_of",
        (name, source, document, sha256, as_of.isoformat(), added.isoformat()),
    )


def delete_registry(conn: sqlcipher3.Connection, name: str) -> bool:
    """Forget the registry the user added as `name`; False when there is none."""
    return conn.execute("DELETE FROM registries WHERE name = ?", (name,)).rowcount > 0


def did_documents(conn: sqlcipher3.Connection) -> list[CachedDidDocument]:
    rows = conn.execute("SELECT did, document, as_of FROM did_documents ORDER BY did")
    return [
        CachedDidDocument(did=d, document=bytes(doc), as_of=dt.datetime.fromisoformat(a))
        for d, doc, a in rows
    ]


def save_did_document(conn: sqlcipher3.Connection, saved: CachedDidDocument) -> None:
    conn.execute(
        "INSERT INTO did_documents (did, document, as_of) VALUES (?,?,?) "
        "ON CONFLICT(did) DO UPDATE SET document=excluded.document, as_of=excluded.as_of",
        (saved.did, saved.document, saved.as_of.isoformat()),
    )
