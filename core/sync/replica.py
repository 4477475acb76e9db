"""The replica's side: which server it belongs to, each record's hash at the last sync, and its
local changes (records whose hash differs from that base — found by comparing, not by triggers,
so every writer is covered: workbench, command line, import, merge, undo)."""
from __future__ import annotations

import json
from dataclasses import dataclass

from core.sync import records as rec
from core.sync.serverside import Change


@dataclass(frozen=True)
class State:
    server: str
    role: str
    kind: str
    chains: tuple[str, ...]           # uids of the value chains held (empty: all)
    programme_uid: str
    last_seq: int
    last_sync_at: str | None
    pending_push_id: str | None
    pending_payload: str | None


def read_state(conn) -> State | None:
    """The replica's sync state, or None for a project that is not a replica."""
    try:
        row = conn.execute("SELECT server, role, kind, chains, programme_uid, last_seq, "
                           "last_sync_at, pending_push_id, pending_payload FROM sync_state "
                           "WHERE id = 1").fetchone()
    except Exception:            # noqa: BLE001 - an older file without the table: not a replica
        return None
    if row is None:
        return None
    return State(row[0], row[1], row[2], tuple(json.loads(row[3] or "[]")), row[4], int(row[5]),
                 row[6], row[7], row[8])


def write_state(conn, state: State) -> None:
    conn.execute(
        "INSERT INTO sync_state (id, server, role, kind, chains, programme_uid, last_seq, "
        "last_sync_at, pending_push_id, pending_payload) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET server = excluded.server, role = excluded.role, "
        "kind = excluded.kind, chains = excluded.chains, programme_uid = excluded.programme_uid, "
        "last_seq = excluded.last_seq, last_sync_at = excluded.last_sync_at, "
        "pending_push_id = excluded.pending_push_id, pending_payload = excluded.pending_payload",
        (state.server, state.role, state.kind, json.dumps(list(state.chains), ensure_ascii=False),
         state.programme_uid, state.last_seq, state.last_sync_at, state.pending_push_id,
         state.pending_payload))


def bases(conn) -> dict[tuple[str, str], str]:
    return {(t, k): h for t, k, h in
            conn.execute("SELECT table_name, record_key, row_hash FROM sync_base").fetchall()}


def set_bases(conn, items: list[tuple[str, str, str | None]]) -> None:
    """Record (table, key, hash) as synced; a None hash forgets the record (deleted on both)."""
    keep = [(t, k, h) for t, k, h in items if h is not None]
    gone = [(t, k) for t, k, h in items if h is None]
    if keep:
        conn.executemany("INSERT INTO sync_base (table_name, record_key, row_hash) VALUES (?, ?, ?) "
                         "ON CONFLICT (table_name, record_key) DO UPDATE SET row_hash = "
                         "excluded.row_hash", keep)
    if gone:
        conn.executemany("DELETE FROM sync_base WHERE table_name = ? AND record_key = ?", gone)


def snapshot(conn, tables: tuple[rec.Table, ...]) -> dict[tuple[str, str], tuple[str, dict]]:
    """Every local record: (table, key) -> (hash, record)."""
    out = {}
    for table in tables:
        for key, record in rec.read_records(conn, table).items():
            out[(table.name, key)] = (rec.record_hash(record), record)
    return out


def pending_conflicts(conn) -> set[tuple[str, str]]:
    return {(t, k) for t, k in conn.execute("SELECT table_name, record_key FROM sync_conflicts")}


def assessment_companies(conn) -> dict[str, str]:
    return dict(conn.execute("SELECT uid, company_id FROM assessments").fetchall())


def local_changes(conn, tables: tuple[rec.Table, ...]) -> list[Change]:
    """The records changed, added or deleted since the last sync (conflicts waiting excluded)."""
    current = snapshot(conn, tables)
    base = bases(conn)
    held = pending_conflicts(conn)
    by_name = rec.by_name(tables)
    owners = assessment_companies(conn)
    changes = []
    for pair in sorted(set(current) | set(base), key=lambda p: p):
        if pair in held:
            continue
        now = current.get(pair)
        before = base.get(pair)
        now_hash = now[0] if now else None
        if now_hash == before:
            continue
        table = by_name.get(pair[0])
        if table is None:
            continue
        record = now[1] if now else None
        company = chain = None
        if record is not None:
            company = rec.company_of(table, record, owners)
            chain = rec.chain_of(table, record)
        else:
            company, chain = _owner_of_key(table, pair[1], owners)
        changes.append(Change(pair[0], pair[1], before, now_hash, rec.encode(record), company,
                              chain))
    return changes


def _owner_of_key(table: rec.Table, key: str, owners: dict[str, str]):
    values = dict(zip(table.key, json.loads(key)))
    company = rec.company_of(table, values, owners) if (
        table.company_column in values or "assessment_id" in values) else None
    chain = values.get("chain_id") if table.ref("chain_id") else (
        values.get("uid") if table.name == "value_chains" else None)
    return company, chain


def count_waiting(conn) -> int:
    """How many local changes wait to be pushed."""
    return len(local_changes(conn, rec.registry(conn)))
