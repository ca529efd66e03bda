"""The tables sync keeps in the vault, and the triggers that note every changed row.

Each synced table gets three triggers (insert, update, delete) that add the row's local name
(`table:primary key`) to `sync_dirty` in the same transaction as the change, once sync is set
up. Every code path that changes a row is covered, including ones written later, without
calling anything: `backpack sync` then compares only those rows with what was last exported.
"""

from __future__ import annotations

# table -> the column naming the row that a change belongs to (attachments and credentials
# belong to their record).
DIRTY_SOURCES: dict[str, tuple[str, str]] = {
    "learners": ("learners", "id"),
    "records": ("records", "id"),
    "attachments": ("records", "record_id"),
    "credentials": ("records", "record_id"),
    "trusted_issuers": ("trusted_issuers", "id"),
    "receiving_key": ("receiving_key", "id"),
    "contacts": ("contacts", "id"),
    "shares": ("shares", "id"),
    # A page published on one computer can be revoked or cleaned up from another.
    "share_publications": ("share_publications", "id"),
    "received_shares": ("received_shares", "id"),
    "pinned_holders": ("pinned_holders", "learner"),
    "status_lists": ("status_lists", "url"),
    "did_documents": ("did_documents", "did"),
    "contexts": ("contexts", "url"),
    "registries": ("registries", "name"),
    # Tables made after sync's own migration: their triggers come with them (`triggers_for`).
    "contribution_requests": ("contribution_requests", "id"),
    "asked_of_me": ("asked_of_me", "share_id"),
    "kept_replies": ("kept_replies", "id"),
}
# The tables whose triggers sync's own migration made (as shipped; never changes).
_FIRST_SYNCED = tuple(DIRTY_SOURCES)[: tuple(DIRTY_SOURCES).index("registries") + 1]

_TABLES = """
CREATE TABLE sync_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_items (
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    wall INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    device TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (key, field)
) WITHOUT ROWID;
CREATE TABLE sync_history (
    key TEXT NOT NULL,
    field TEXT NOT NULL,
    wall INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    device TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (key, field, wall, counter, device, value)
) WITHOUT ROWID;
CREATE TABLE sync_local (key TEXT PRIMARY KEY, local TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX sync_local_by_local ON sync_local(local);
CREATE TABLE sync_dirty (local TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE sync_pending (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE sync_cursors (
    file TEXT PRIMARY KEY,
    log_id TEXT NOT NULL,
    device TEXT,
    offset INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    chain BLOB NOT NULL,
    problem TEXT,
    read_at TEXT NOT NULL
);
"""


def triggers_for(tables: tuple[str, ...]) -> str:
    """The three triggers of each of `tables` (a migration that adds a synced table adds
    them with it)."""
    parts = []
    for table in tables:
        owner, column = DIRTY_SOURCES[table]
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            parts.append(
                f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} "  # noqa: S608 - constant names
                "WHEN EXISTS (SELECT 1 FROM sync_meta WHERE name = 'device') BEGIN "
                # Not `INSERT OR IGNORE`: the statement that fires a trigger imposes its own
                # conflict policy on the trigger's body (an upsert would make this fail).
                f"INSERT INTO sync_dirty (local) SELECT '{owner}:' || {row}.{column} "
                "WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE local = "
                f"'{owner}:' || {row}.{column}); END;"
            )
    return "\n".join(parts)


MIGRATION = _TABLES + triggers_for(_FIRST_SYNCED)
