"""The trust list rows: issuers the user chose to recognise."""

from __future__ import annotations

import sqlcipher3

from backpack_app.domain.trust import TrustedIssuer, TrustList


def load(conn: sqlcipher3.Connection) -> TrustList:
    rows = conn.execute("SELECT id, name, url FROM trusted_issuers ORDER BY name")
    return TrustList.of([TrustedIssuer(id=i, name=n, url=u) for i, n, u in rows])


def upsert(conn: sqlcipher3.Connection, issuer: TrustedIssuer, *, added: str) -> None:
    conn.execute(
        "INSERT INTO trusted_issuers (id, name, url, added) VALUES (?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name=excluded.name, url=excluded.url",
        (issuer.id, issuer.name, issuer.url, added),
    )


def remove(conn: sqlcipher3.Connection, issuer_id: str) -> bool:
    return conn.execute("DELETE FROM trusted_issuers WHERE id=?", (issuer_id,)).rowcount > 0
