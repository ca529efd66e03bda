"""The SQLCipher database: opened with a raw key, WAL, and migrated to the current schema."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from backpack_app.errors import CorruptBackpack
from backpack_app.store.sync_schema import MIGRATION as SYNC_MIGRATION
from backpack_app.store.sync_schema import triggers_for

DatabaseError = sqlcipher3.DatabaseError
# SQLITE_CORRUPT and SQLITE_NOTADB (primary codes): a page that fails its HMAC or its structure.
CORRUPTION_CODES = frozenset({11, 26})
DAMAGED = "The backpack's record database is damaged."


def is_corruption(exc: BaseException) -> bool:
    """Whether an SQLite error says the file itself is damaged (not a constraint or a lock)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, DatabaseError) and code is not None and (code & 0xFF) in CORRUPTION_CODES


def _guarded(call, *args):
    try:
        return call(*args)
    except DatabaseError as exc:
        if is_corruption(exc):
            raise CorruptBackpack(DAMAGED) from exc
        raise


class _Cursor(sqlcipher3.Cursor):
    """A cursor whose damaged-page errors are CorruptBackpack, wherever the page is read."""

    def execute(self, *args):  # type: ignore[override]
        return _guarded(super().execute, *args)

    def executemany(self, *args):  # type: ignore[override]
        return _guarded(super().executemany, *args)

    def fetchone(self):  # type: ignore[override]
        return _guarded(super().fetchone)

    def fetchmany(self, *args):  # type: ignore[override]
        return _guarded(super().fetchmany, *args)

    def fetchall(self):  # type: ignore[override]
        return _guarded(super().fetchall)

    def __next__(self):
        return _guarded(super().__next__)


class _Connection(sqlcipher3.Connection):
    """SQLCipher finds a damaged page only when it reads it, in any statement: every statement
    goes through `_Cursor`, so the user hears "damaged, restore a backup", never "a bug"."""

    def cursor(self, factory=_Cursor):  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, *args):  # type: ignore[override]
        return self.cursor().execute(*args)

    def executemany(self, *args):  # type: ignore[override]
        return self.cursor().executemany(*args)


# One entry per schema version; entry N migrates version N to N+1. Never edit a shipped entry.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        born TEXT,
        controller TEXT NOT NULL,
        emails TEXT NOT NULL,
        sis_ids TEXT NOT NULL,
        did TEXT NOT NULL,
        holder_private BLOB NOT NULL,
        created TEXT NOT NULL
    );
    CREATE TABLE records (
        id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE RESTRICT,
        category TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        date TEXT,
        provenance TEXT NOT NULL,
        sensitivity TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        details TEXT NOT NULL
    );
    CREATE INDEX records_by_learner ON records(learner_id, category, created);
    CREATE INDEX records_by_category ON records(category, created);
    CREATE INDEX records_by_created ON records(created, id);
    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL
    );
    CREATE INDEX attachments_by_record ON attachments(record_id, position);
    """,
    """
    CREATE TABLE trusted_issuers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT,
        added TEXT NOT NULL
    );
    CREATE TABLE credentials (
        record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
        parent_record_id TEXT REFERENCES records(id) ON DELETE CASCADE,
        format TEXT NOT NULL,
        original BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        credential_id TEXT,
        issuer_id TEXT,
        report TEXT NOT NULL,
        verified_at TEXT NOT NULL
    );
    CREATE INDEX credentials_by_digest ON credentials(sha256);
    CREATE INDEX credentials_by_parent ON credentials(parent_record_id);
    """,
    """
    CREATE TABLE receiving_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private BLOB NOT NULL,
        public BLOB NOT NULL,
        created TEXT NOT NULL
    );
    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        public BLOB NOT NULL UNIQUE,
        added TEXT NOT NULL
    );
    CREATE TABLE shares (
        id TEXT PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners(id),
        recipient TEXT NOT NULL,
        mode TEXT NOT NULL,
        record_ids TEXT NOT NULL,
        purpose TEXT NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL,
        outputs TEXT NOT NULL,
        revoked TEXT
    );
    CREATE INDEX shares_by_created ON shares(created);
    CREATE TABLE received_shares (
        id TEXT PRIMARY KEY,
        attachment_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        learner TEXT NOT NULL,
        holder_did TEXT NOT NULL,
        recipient TEXT NOT NULL,
        purpose TEXT NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL,
        mode TEXT NOT NULL,
        code TEXT,
        saved TEXT NOT NULL
    );
    CREATE TABLE pinned_holders (
        learner TEXT PRIMARY KEY COLLATE NOCASE,
        holder_did TEXT NOT NULL,
        pinned TEXT NOT NULL
    );
    """,
    """
    CREATE TABLE status_lists (
        url TEXT PRIMARY KEY,
        issuer TEXT NOT NULL,
        credential BLOB NOT NULL,
        as_of TEXT NOT NULL
    );
    CREATE TABLE did_documents (
        did TEXT PRIMARY KEY,
        document BLOB NOT NULL,
        as_of TEXT NOT NULL
    );
    """,
    # A credential's verdict in a column of its own, and an index holding what a list of
    # records needs of each credential: a list reads the index alone, never the rows, whose
    # signed bytes and report fill a page or more each.
    """
    ALTER TABLE credentials ADD COLUMN verdict TEXT NOT NULL DEFAULT 'malformed';
    UPDATE credentials SET verdict = CASE WHEN json_valid(report)
        THEN coalesce(json_extract(report, '$.verdict'), 'malformed') ELSE 'malformed' END;
    CREATE INDEX credentials_listed ON credentials(record_id, parent_record_id, verdict,
        verified_at);
    """,
    # JSON-LD contexts the user added (`backpack context add`), with their sha256.
    """
    CREATE TABLE contexts (
        url TEXT PRIMARY KEY,
        document BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    """,
    # Issuer registries the user chose (snapshots: bytes, sha256, as-of date), in added order.
    """
    CREATE TABLE registries (
        name TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        document BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        as_of TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    """,
    # Share pages published to object storage (`backpack publish`): where, until when, and
    # when Backpack deleted them (revoke, cleanup).
    """
    CREATE TABLE share_publications (
        id TEXT PRIMARY KEY,
        share_id TEXT NOT NULL REFERENCES shares(id),
        bucket TEXT NOT NULL,
        object_key TEXT NOT NULL,
        version_id TEXT,
        endpoint TEXT,
        region TEXT NOT NULL,
        link TEXT NOT NULL,
        link_kind TEXT NOT NULL,
        expires TEXT NOT NULL,
        published TEXT NOT NULL,
        lifecycle TEXT NOT NULL,
        with_code INTEGER NOT NULL,
        deleted TEXT
    );
    CREATE INDEX share_publications_by_share ON share_publications(share_id);
    """,
    # Sync (docs/sync.md): the merged state, history, cursors, and the triggers noting changes.
    SYNC_MIGRATION,
    # Providers' replies: a contact's signing key (card version 2), and the contributions a
    # family asked for in a share (what, until when, the secret a reply must answer, whose
    # key may answer, and which shared credentials an endorsement may name).
    """
    ALTER TABLE contacts ADD COLUMN signing_did TEXT;
    CREATE TABLE contribution_requests (
        id TEXT PRIMARY KEY,
        share_id TEXT NOT NULL,
        learner_id TEXT NOT NULL REFERENCES learners(id),
        ask TEXT NOT NULL,
        nonce TEXT NOT NULL,
        signer TEXT,
        shared TEXT NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL
    );
    """
    + triggers_for(("contribution_requests",)),
    # The provider's side: what each family asked of this backpack in a share (kept, or
    # answered), and how many replies were written to it: what is still owed.
    """
    CREATE TABLE asked_of_me (
        share_id TEXT PRIMARY KEY,
        learner TEXT NOT NULL,
        ask TEXT NOT NULL,
        until TEXT NOT NULL,
        replies INTEGER NOT NULL DEFAULT 0,
        last_reply TEXT
    );
    """
    + triggers_for(("asked_of_me",)),
    # Providers' replies kept apart until the family accepts or discards them: the reply's
    # `.backpack` file (in the attachment store), whose, about what, and why in one sentence.
    """
    CREATE TABLE kept_replies (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL,
        learner_id TEXT NOT NULL REFERENCES learners(id),
        author_did TEXT NOT NULL,
        author_name TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        reasons TEXT NOT NULL,
        reason TEXT NOT NULL,
        received TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL
    );
    """
    + triggers_for(("kept_replies",)),
    # The grade level the family gives (self-reported), kept with the learner so the On track
    # view's 9th-grade rule has it without asking each time (a synced column of `learners`).
    """
    ALTER TABLE learners ADD COLUMN grade_level INTEGER;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open the encrypted database (or make it, with `create`) and bring its schema up to date."""
    if not create and (not path.is_file() or path.stat().st_size == 0):
        raise CorruptBackpack("The backpack's record database is missing or empty.")
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, factory=_Connection
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # SQLCipher only notices a wrong key or a damaged file on the first real read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if not create and schema_version(conn) == 0:
            raise DatabaseError("an existing backpack's database has no schema")
        migrate(conn)
        restrict_permissions(path)
    except (DatabaseError, CorruptBackpack) as exc:
        conn.close()
        raise CorruptBackpack(
            "The backpack's record database is damaged or does not belong to this key file."
        ) from exc
    return conn


def integrity_problems(conn: sqlcipher3.Connection, *, limit: int = 20) -> list[str]:
    """Every page's HMAC (`cipher_integrity_check`), then SQLite's own structure check; [] if
    the database is whole. Reads the whole file: seconds for a large backpack."""
    try:
        rows = [*conn.execute("PRAGMA cipher_integrity_check")]
        rows += conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except CorruptBackpack as exc:
        return [str(exc.__cause__ or exc)]
    lines = [line for r in rows for line in str(r[0]).splitlines()]
    return [line for line in lines if line not in ("ok", "*** in database main ***")][:limit]


def restrict_permissions(path: Path) -> None:
    """Owner-only modes for the database and its WAL files, whatever the process umask."""
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.chmod(0o600)


def schema_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlcipher3.Connection) -> None:
    """Apply every migration newer than the stored version, each in its own transaction."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise CorruptBackpack(
            f"This backpack's records use a newer format ({current}); update the app to open it."
        )
    for version in range(current, SCHEMA_VERSION):
        with transaction(conn):
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")


def _statements(script: str) -> Iterator[str]:
    """The statements of a script, a trigger's `BEGIN ...; END` kept whole."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlcipher3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


@contextlib.contextmanager
def transaction(conn: sqlcipher3.Connection) -> Iterator[sqlcipher3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
