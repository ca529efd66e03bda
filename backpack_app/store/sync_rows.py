"""The vault as sync items: rows read out as fields (to export), and merged fields written back.

An item's key is the row's local name (`table:primary key`), except a signed credential's
record, keyed by what it is: `cred:<learner>:<sha256 of its original bytes>`, so the same
credential imported on two computers is one item. Attached files are named by their SHA-256
(content-addressed); the local file ids are this computer's own detail.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from backpack_app.domain.sync_merge import ALIVE, Write, canonical, kept_history
from backpack_app.store.sync_schema import DIRTY_SOURCES

HEADER_KEY = "vault:header"
DEVICE_PREFIX = "device:"
CRED_PREFIX = "cred:"
RECORD_PREFIX = "records:"
_RECORD_FIELDS = (
    "learner_id",
    "category",
    "title",
    "description",
    "date",
    "provenance",
    "sensitivity",
    "created",
    "updated",
)
KEPT_REPLY_COLUMNS = (
    "request_id",
    "learner_id",
    "author_did",
    "author_name",
    "kind",
    "title",
    "reasons",
    "reason",
    "received",
    "sha256",
    "size",
)
_CRED_FIELDS = ("format", "original", "credential_id", "issuer_id", "report", "verdict")


@dataclass(frozen=True)
class TableSpec:
    """A table synced row by row, every column a field (bytes as {"$b": base64})."""

    name: str
    pk: str
    columns: tuple[str, ...]
    file: tuple[str, str] | None = None  # (local attachment id column, its sha256 column)
    # A column that says what the row is, whatever its id: the item is keyed by its value's
    # digest (`table:~digest`) and the id is a field, so the same thing added on two
    # computers is one item (a contact's card saved on both).
    natural: str | None = None
    # Columns added after sync shipped: an item a computer without them wrote has none (null).
    optional: frozenset[str] = frozenset()


GENERIC = {
    t.name: t
    for t in (
        TableSpec(
            "learners",
            "id",
            (
                "name",
                "born",
                "controller",
                "emails",
                "sis_ids",
                "did",
                "grade_level",
                "holder_private",
                "created",
            ),
            optional=frozenset({"grade_level"}),
        ),
        TableSpec("trusted_issuers", "id", ("name", "url", "added")),
        TableSpec("receiving_key", "id", ("private", "public", "created")),
        TableSpec("contacts", "id", ("name", "public", "added", "signing_did"), natural="public"),
        TableSpec(
            "shares",
            "id",
            (
                "learner_id",
                "recipient",
                "mode",
                "record_ids",
                "purpose",
                "created",
                "expires",
                "outputs",
                "revoked",
            ),
        ),
        TableSpec(
            "share_publications",
            "id",
            (
                "share_id",
                "bucket",
                "object_key",
                "version_id",
                "endpoint",
                "region",
                "link",
                "link_kind",
                "expires",
                "published",
                "lifecycle",
                "with_code",
                "deleted",
            ),
        ),
        TableSpec(
            "received_shares",
            "id",
            (
                "sha256",
                "size",
                "learner",
                "holder_did",
                "recipient",
                "purpose",
                "created",
                "expires",
                "mode",
                "code",
                "saved",
            ),
            file=("attachment_id", "sha256"),
        ),
        TableSpec("pinned_holders", "learner", ("holder_did", "pinned")),
        TableSpec("status_lists", "url", ("issuer", "credential", "as_of")),
        TableSpec("did_documents", "did", ("document", "as_of")),
        TableSpec("contexts", "url", ("document", "sha256", "added_at")),
        TableSpec("registries", "name", ("source", "document", "sha256", "as_of", "added_at")),
        TableSpec(
            "contribution_requests",
            "id",
            (
                "share_id",
                "learner_id",
                "ask",
                "nonce",
                "signer",
                "shared",
                "created",
                "expires",
            ),
        ),
        TableSpec("asked_of_me", "share_id", ("learner", "ask", "until", "replies", "last_reply")),
        TableSpec("kept_replies", "id", KEPT_REPLY_COLUMNS, file=("attachment_id", "sha256")),
    )
}
# Tables whose rows hold a file of the attachment store (a kept share, a reply kept apart).
FILE_TABLES = {name: spec for name, spec in GENERIC.items() if spec.file is not None}
# Tables that stay on one computer: sync's own bookkeeping.
LOCAL_ONLY = frozenset(
    {
        "sync_meta",
        "sync_items",
        "sync_history",
        "sync_local",
        "sync_dirty",
        "sync_pending",
        "sync_cursors",
    }
)
# Applied in this order, so a row's references exist before it.
_ORDER = ["learners", "records", "cred", *[t for t in GENERIC if t != "learners"]]


def to_json(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return {"$b": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def from_json(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$b"}:
        return base64.b64decode(value["$b"])
    return value


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


# --- reading the vault out ---------------------------------------------------------------
@dataclass
class Item:
    key: str
    local: str
    fields: dict[str, Any]
    files: list[str]  # SHA-256 of the files it needs in the folder


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _records(conn: sqlcipher3.Connection, ids: list[str] | None) -> list[Item]:
    sql = (
        "SELECT r.id, r.learner_id, r.category, r.title, r.description, r.date, r.provenance, "
        "r.sensitivity, r.created, r.updated, r.details, c.format, c.original, c.credential_id, "
        "c.issuer_id, c.report, c.verdict, c.sha256, c.verified_at, pr.learner_id, pc.sha256 "
        "FROM records r LEFT JOIN credentials c ON c.record_id = r.id "
        "LEFT JOIN credentials pc ON pc.record_id = c.parent_record_id "
        "LEFT JOIN records pr ON pr.id = pc.record_id"
    )
    rows: list[tuple] = []
    if ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            rows += conn.execute(f"{sql} WHERE r.id IN ({marks})", part).fetchall()
    files: dict[str, list[dict]] = {}
    wanted = [r[0] for r in rows]
    attachment_sql = (
        "SELECT record_id, name, media_type, size, sha256 FROM attachments "
        "WHERE record_id IN ({}) ORDER BY record_id, position"
    )
    for part in _chunks(wanted):
        for rid, name, media, size, sha in conn.execute(
            attachment_sql.format(",".join("?" * len(part))), part
        ):
            files.setdefault(rid, []).append(
                {"name": name, "media_type": media, "size": size, "sha256": sha}
            )
    items = []
    for row in rows:
        rid, learner = row[0], row[1]
        fields: dict[str, Any] = dict(zip(_RECORD_FIELDS, row[1:10], strict=True))
        for name, value in json.loads(row[10]).items():
            fields["d." + name] = value
        fields["files"] = files.get(rid, [])
        fmt, original, cid, issuer, report, verdict, sha, verified_at, p_learner, p_sha = row[11:]
        key = RECORD_PREFIX + rid
        if sha is not None:
            key = f"{CRED_PREFIX}{learner}:{sha}"
            fields["id"] = rid
            cred = dict(
                zip(_CRED_FIELDS, (fmt, original, cid, issuer, report, verdict), strict=True)
            )
            for name, value in cred.items():
                fields["c." + name] = to_json(value)
            fields["c.verified_at"] = verified_at
            fields["c.parent"] = f"{CRED_PREFIX}{p_learner}:{p_sha}" if p_sha else None
        items.append(Item(key, RECORD_PREFIX + rid, fields, [f["sha256"] for f in fields["files"]]))
    return items


def _generic(conn: sqlcipher3.Connection, spec: TableSpec, ids: list[str] | None) -> list[Item]:
    cols = [spec.pk, *spec.columns]
    sql = f"SELECT {', '.join(cols)} FROM {spec.name}"  # noqa: S608 - constant names
    rows: list[tuple] = []
    if ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            rows += conn.execute(f"{sql} WHERE {spec.pk} IN ({marks})", part).fetchall()
    items = []
    for row in rows:
        local = f"{spec.name}:{row[0]}"
        fields = {c: to_json(v) for c, v in zip(spec.columns, row[1:], strict=True)}
        needs = [fields[spec.file[1]]] if spec.file else []
        key = local
        if spec.natural is not None:
            key = f"{spec.name}:~{digest(canonical(fields[spec.natural]))}"
            fields[spec.pk] = row[0]
        items.append(Item(key, local, fields, needs))
    return items


def read_items(conn: sqlcipher3.Connection, locals_: Iterable[str] | None) -> list[Item]:
    """The items of the given local rows (all rows when None); rows gone yield nothing."""
    by_table: dict[str, list[str]] | None = None
    if locals_ is not None:
        by_table = {}
        for local in locals_:
            table, _, pk = local.partition(":")
            by_table.setdefault(table, []).append(pk)
    items = _records(conn, None if by_table is None else by_table.get("records", []))
    for name, spec in GENERIC.items():
        ids = None if by_table is None else by_table.get(name, [])
        if ids is None or ids:
            items += _generic(conn, spec, ids)
    return items


def file_ids(conn: sqlcipher3.Connection) -> set[str]:
    """The attachment-store files that rows of FILE_TABLES hold."""
    found: set[str] = set()
    for name, spec in FILE_TABLES.items():
        assert spec.file is not None
        found |= {r[0] for r in conn.execute(f"SELECT {spec.file[0]} FROM {name}")}  # noqa: S608 - constant names
    return found


def all_locals(conn: sqlcipher3.Connection) -> list[str]:
    """Every row sync covers, by local name."""
    out = []
    for table, (owner, column) in DIRTY_SOURCES.items():
        if owner == table:
            out += [f"{table}:{r[0]}" for r in conn.execute(f"SELECT {column} FROM {table}")]  # noqa: S608 - constant names
    return out


# --- the merged state kept in the vault -----------------------------------------------------
def winners(
    conn: sqlcipher3.Connection, keys: Iterable[str], *, values: bool = True
) -> dict[tuple[str, str], Write]:
    """The merged state's writes of these items (`values=False`: their values left as JSON
    text, for comparing stamps only)."""
    out = {}
    for part in _chunks(sorted(set(keys))):
        marks = ",".join("?" * len(part))
        for key, name, wall, counter, device, value in conn.execute(
            "SELECT key, field, wall, counter, device, value FROM sync_items "  # noqa: S608 - constant clauses; values bound
            f"WHERE key IN ({marks})",
            part,
        ):
            loaded = json.loads(value) if values else None
            out[(key, name)] = Write(key, name, wall, counter, device, loaded, value)
    return out


def store_winners(conn: sqlcipher3.Connection, writes: Iterable[Write]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sync_items (key, field, wall, counter, device, value) "
        "VALUES (?,?,?,?,?,?)",
        [(w.key, w.field, w.wall, w.counter, w.device, w.text) for w in writes],
    )


def store_history(conn: sqlcipher3.Connection, writes: Iterable[Write]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO sync_history (key, field, wall, counter, device, value) "
        "VALUES (?,?,?,?,?,?)",
        [(w.key, w.field, w.wall, w.counter, w.device, w.text) for w in writes],
    )


def trim_history(
    conn: sqlcipher3.Connection,
    keys: Iterable[str] | None = None,
    known: dict[tuple[str, str], Write] | None = None,
) -> int:
    """Drop the losing writes the bound leaves out (`domain.sync_merge.kept_history`) from the
    history of `keys` (every item's when None; `known`: their current winners, when the caller
    has them); how many were dropped."""
    if keys is None:
        keys = [r[0] for r in conn.execute("SELECT DISTINCT key FROM sync_history")]
    doomed = []
    for part in _chunks(sorted(set(keys))):
        losers: dict[tuple[str, str], list[Write]] = {}
        for w in _history(conn, part):
            losers.setdefault((w.key, w.field), []).append(w)
        top = known if known is not None else winners(conn, part, values=False)
        for slot, ws in losers.items():
            winner = top.get(slot)
            kept = set(kept_history(winner, ws)) if winner is not None else set(ws)
            doomed += [w for w in ws if w not in kept]
    conn.executemany(
        "DELETE FROM sync_history WHERE key = ? AND field = ? AND wall = ? AND counter = ? "
        "AND device = ? AND value = ?",
        [(w.key, w.field, w.wall, w.counter, w.device, w.text) for w in doomed],
    )
    return len(doomed)


def _history(conn: sqlcipher3.Connection, keys: list[str]) -> list[Write]:
    marks = ",".join("?" * len(keys))
    return [
        Write(key, name, wall, counter, device, None, value)
        for key, name, wall, counter, device, value in conn.execute(
            "SELECT key, field, wall, counter, device, value FROM sync_history "  # noqa: S608 - marks only
            f"WHERE key IN ({marks})",
            keys,
        )
    ]


def item_fields(conn: sqlcipher3.Connection, key: str) -> dict[str, Any]:
    return {name: w.value for (_, name), w in winners(conn, [key]).items()}


def local_of(conn: sqlcipher3.Connection, keys: Iterable[str]) -> dict[str, str]:
    out = {}
    for part in _chunks(sorted(set(keys))):
        marks = ",".join("?" * len(part))
        out.update(
            conn.execute(
                f"SELECT key, local FROM sync_local WHERE key IN ({marks})",  # noqa: S608 - marks only
                part,
            ).fetchall()
        )
    return out


def keys_of_locals(conn: sqlcipher3.Connection, locals_: list[str]) -> dict[str, str]:
    out = {}
    for part in _chunks(locals_):
        marks = ",".join("?" * len(part))
        out.update(
            conn.execute(
                f"SELECT key, local FROM sync_local WHERE local IN ({marks})",  # noqa: S608 - marks only
                part,
            ).fetchall()
        )
    return out


def set_local(conn: sqlcipher3.Connection, key: str, local: str | None) -> None:
    if local is None:
        conn.execute("DELETE FROM sync_local WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO sync_local (key, local) VALUES (?,?)", (key, local))


def twin_courses(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    """Credentials held twice after a merge: inside a CLR (imported on one computer) and filed
    on their own (from their own file, on another), the same credential id from the same
    issuer for the same learner, as an import in one backpack would have made one record
    (`credentials.find_same`). Each as (the item inside, the item on its own, the CLR's item),
    each item at most once."""
    found = conn.execute(
        "SELECT li.key, lo.key, lp.key FROM credentials i "
        "JOIN records ri ON ri.id = i.record_id "
        "JOIN credentials o ON o.credential_id = i.credential_id AND o.issuer_id = i.issuer_id "
        "AND o.record_id != i.record_id AND o.parent_record_id IS NULL "
        "JOIN records ro ON ro.id = o.record_id AND ro.learner_id = ri.learner_id "
        "JOIN sync_local li ON li.local = 'records:' || i.record_id "
        "JOIN sync_local lo ON lo.local = 'records:' || o.record_id "
        "JOIN sync_local lp ON lp.local = 'records:' || i.parent_record_id "
        "WHERE i.parent_record_id IS NOT NULL AND i.credential_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM credentials c WHERE c.parent_record_id = o.record_id) "
        "ORDER BY li.key, lo.key"
    ).fetchall()
    used: set[str] = set()
    out = []
    for inner, outer, parent in found:
        if inner not in used and outer not in used:
            used |= {inner, outer}
            out.append((inner, outer, parent))
    return out


# --- writing merged items back --------------------------------------------------------------
class Waiting(Exception):
    """An item that cannot be written yet (its learner, parent or file has not arrived)."""


class AlreadyHere(Exception):
    """An item whose row would repeat one this vault has under another id."""


FetchFile = Callable[[str, str, str], str]  # (sha256, name, media type) -> local attachment id


def kind_of(key: str) -> str:
    if key.startswith(CRED_PREFIX):
        return "cred"
    return key.partition(":")[0]


def apply_order(keys: Iterable[str], parent_of: Callable[[str], str | None]) -> list[str]:
    """Keys in the order they can be written: learners, records, credentials (a CLR before
    the records inside it), the rest; sync's own keys are left out."""
    rank = {k: i for i, k in enumerate(_ORDER)}
    chosen = [k for k in keys if kind_of(k) in rank]

    def depth(key: str) -> int:
        seen, n = {key}, 0
        while (parent := parent_of(key)) and parent not in seen:
            seen.add(parent)
            key, n = parent, n + 1
        return n

    return sorted(chosen, key=lambda k: (rank[kind_of(k)], depth(k), k))


def write_item(
    conn: sqlcipher3.Connection,
    key: str,
    fields: dict[str, Any] | None,
    fetch_file: FetchFile,
) -> list[str]:
    """Make the vault hold `fields` for `key` (None: the item is deleted). Returns the local
    attachment ids no longer used (to remove once committed). Raises Waiting when a learner,
    parent or file is missing; the caller retries at the next sync."""
    old_local = local_of(conn, [key]).get(key)
    kind = kind_of(key)
    unused: list[str] = []
    if fields is None:
        shared = conn.execute(  # the row now stands for another item (a record re-keyed)
            "SELECT 1 FROM sync_local WHERE local = ? AND key != ?", (old_local, key)
        ).fetchone()
        if old_local is not None and shared is None:
            unused += _delete_local(conn, old_local)
        set_local(conn, key, None)
        return unused
    if kind in ("records", "cred"):
        rid = fields.get("id") if kind == "cred" else key.partition(":")[2]
        if not isinstance(rid, str):
            raise Waiting(key)
        local = RECORD_PREFIX + rid
        if old_local is not None and old_local != local:
            unused += _delete_local(conn, old_local)
        unused += _write_record(conn, rid, fields, fetch_file)
        if kind == "cred":
            _write_credential(conn, rid, key, fields)
    else:
        spec = GENERIC[kind]
        pk = key.partition(":")[2]
        if spec.natural is not None:
            pk = fields.get(spec.pk)
            if not isinstance(pk, str):
                raise Waiting(key)
        local = f"{spec.name}:{pk}"
        if old_local is not None and old_local != local:  # the other computer's id won
            unused += _delete_local(conn, old_local)
        try:
            _write_generic(conn, spec, pk, fields, fetch_file)
        except AlreadyHere:
            set_local(conn, key, None)
            return unused
    set_local(conn, key, local)
    return unused


def _delete_local(conn: sqlcipher3.Connection, local: str) -> list[str]:
    table, _, pk = local.partition(":")
    if table == "records":
        ids = [r[0] for r in conn.execute("SELECT id FROM attachments WHERE record_id=?", (pk,))]
        # What is still inside a deleted CLR here is kept by the merge (the records inside it
        # that go are deleted by their own writes): it stands on its own.
        conn.execute(
            "UPDATE credentials SET parent_record_id = NULL WHERE parent_record_id = ?", (pk,)
        )
        conn.execute("DELETE FROM records WHERE id = ?", (pk,))
        return ids
    spec = GENERIC[table]
    ids = []
    if spec.file:
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT {spec.file[0]} FROM {table} WHERE {spec.pk} = ?",  # noqa: S608 - constant names
                (pk,),
            )
        ]
    conn.execute(f"DELETE FROM {table} WHERE {spec.pk} = ?", (pk,))  # noqa: S608 - constant names
    return ids


def _need(fields: dict[str, Any], name: str) -> Any:
    if name not in fields:
        raise Waiting(name)
    return fields[name]


def _write_record(
    conn: sqlcipher3.Connection, rid: str, fields: dict[str, Any], fetch_file: FetchFile
) -> list[str]:
    values = [_need(fields, f) for f in _RECORD_FIELDS]
    details = {k[2:]: v for k, v in fields.items() if k.startswith("d.")}
    learner = values[0]
    if conn.execute("SELECT 1 FROM learners WHERE id = ?", (learner,)).fetchone() is None:
        raise Waiting(f"learner {learner}")
    cols = ", ".join(_RECORD_FIELDS)
    updates = ", ".join(f"{c}=excluded.{c}" for c in (*_RECORD_FIELDS, "details"))
    conn.execute(
        f"INSERT INTO records (id, {cols}, details) VALUES ({','.join('?' * 11)}) "  # noqa: S608 - constant names; values bound
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        (rid, *values, json.dumps(details, ensure_ascii=False)),
    )
    wanted = _need(fields, "files")
    current = conn.execute(
        "SELECT id, name, media_type, size, sha256 FROM attachments WHERE record_id = ? "
        "ORDER BY position",
        (rid,),
    ).fetchall()
    as_fields = [{"name": n, "media_type": m, "size": s, "sha256": h} for _, n, m, s, h in current]
    if as_fields == wanted:
        return []
    reusable = {h: aid for aid, _, _, _, h in current}
    rows = []
    for position, f in enumerate(wanted):
        aid = reusable.pop(f["sha256"], None) or fetch_file(f["sha256"], f["name"], f["media_type"])
        rows.append((aid, rid, position, f["name"], f["media_type"], f["size"], f["sha256"]))
    conn.execute("DELETE FROM attachments WHERE record_id = ?", (rid,))
    conn.executemany(
        "INSERT INTO attachments (id, record_id, position, name, media_type, size, sha256) "
        "VALUES (?,?,?,?,?,?,?)",
        rows,
    )
    return list(reusable.values())


def _write_credential(
    conn: sqlcipher3.Connection, rid: str, key: str, fields: dict[str, Any]
) -> None:
    parent_key = fields.get("c.parent")
    parent = None
    if parent_key:
        local = local_of(conn, [parent_key]).get(parent_key)
        alive = winners(conn, [parent_key]).get((parent_key, ALIVE))
        if local is None and (alive is None or alive.value is True):
            raise Waiting(f"parent {parent_key}")
        # A CLR deleted on another computer: what was placed inside it stands on its own.
        parent = local.partition(":")[2] if local is not None else None
    sha = key.rsplit(":", 1)[1]
    values = [from_json(_need(fields, "c." + f)) for f in _CRED_FIELDS]
    conn.execute(
        "INSERT INTO credentials (record_id, parent_record_id, format, original, credential_id, "
        "issuer_id, report, verdict, sha256, verified_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(record_id) DO UPDATE SET parent_record_id=excluded.parent_record_id, "
        "format=excluded.format, original=excluded.original, "
        "credential_id=excluded.credential_id, issuer_id=excluded.issuer_id, "
        "report=excluded.report, verdict=excluded.verdict, sha256=excluded.sha256, "
        "verified_at=excluded.verified_at",
        (rid, parent, *values, sha, _need(fields, "c.verified_at")),
    )


def _write_generic(
    conn: sqlcipher3.Connection,
    spec: TableSpec,
    pk: str,
    fields: dict[str, Any],
    fetch_file: FetchFile,
) -> None:
    values = [
        from_json(fields.get(c) if c in spec.optional else _need(fields, c)) for c in spec.columns
    ]
    cols = [spec.pk, *spec.columns]
    row = [pk, *values]
    if spec.file is not None:
        id_col, sha_col = spec.file
        sha = fields[sha_col]
        found = conn.execute(
            f"SELECT {id_col} FROM {spec.name} WHERE {spec.pk} = ? AND {sha_col} = ?",  # noqa: S608 - constant names
            (pk, sha),
        ).fetchone()
        aid = found[0] if found else fetch_file(sha, spec.name, "application/octet-stream")
        cols.append(id_col)
        row.append(aid)
    updates = ", ".join(f"{c}=excluded.{c}" for c in cols[1:])
    sql = (
        f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({','.join('?' * len(cols))}) "  # noqa: S608 - constant names; values bound
        f"ON CONFLICT({spec.pk}) DO UPDATE SET {updates}"
    )
    if _inserted(conn, sql, row):
        return
    if "name" in spec.columns:
        # Two computers added a learner or contact of the same name: both are kept, this one
        # shown with a number (a local label only; the merged name is unchanged).
        index, name = cols.index("name"), values[spec.columns.index("name")]
        taken = {
            r[0]
            for r in conn.execute(f"SELECT name FROM {spec.name}")  # noqa: S608 - constant names
        }
        row[index] = next(f"{name} ({n})" for n in range(2, 10_000) if f"{name} ({n})" not in taken)
        if _inserted(conn, sql, row):
            return
    # Still refused: the same thing under another id (a contact whose card was saved on both
    # computers): it is here already.
    raise AlreadyHere(spec.name)


def _inserted(conn: sqlcipher3.Connection, sql: str, row: list) -> bool:
    conn.execute("SAVEPOINT upsert")
    try:
        conn.execute(sql, row)
    except sqlcipher3.IntegrityError:
        conn.execute("ROLLBACK TO upsert")
        conn.execute("RELEASE upsert")
        return False
    conn.execute("RELEASE upsert")
    return True


def diff(item: Item, known: dict[tuple[str, str], Write]) -> list[tuple[str, Any]]:
    """The (field, value) pairs of a local item that differ from the merged state: every field
    when the item is new (or comes back), else those whose value changed."""
    alive = known.get((item.key, ALIVE))
    reborn = alive is None or alive.value is not True
    out: list[tuple[str, Any]] = [(ALIVE, True)] if reborn else []
    for name, value in item.fields.items():
        old = known.get((item.key, name))
        if reborn or old is None or old.text != canonical(value):
            out.append((name, value))
    for (key, name), old in known.items():  # `known`: this item's fields only
        if key == item.key and name != ALIVE and name not in item.fields and old.value is not None:
            out.append((name, None))  # a details field this version no longer has
    return out
