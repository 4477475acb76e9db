"""The pull: the server's log since the replica's last sync (the latest entry of each record, on
the user's own connection so row-level security hides what they may not see), applied to the
replica in one SQLite transaction with the new bases; a record changed on both sides since the
last sync is kept aside as a conflict, never overwritten."""
from __future__ import annotations

from dataclasses import dataclass, replace

from core.project.db import transaction
from core.sync import records as rec
from core.sync import replica
from core.sync.serverside import Change, verify


@dataclass(frozen=True)
class Entry:
    seq: int
    change: Change


def fetch(server, since: int) -> tuple[list[Entry], int]:
    """The latest log entry of each record changed after ``since``, and the last seq read."""
    rows = server.raw.execute(
        "SELECT DISTINCT ON (table_name, record_key) seq, table_name, record_key, row_hash, "
        "row_data, company_id, chain_uid FROM sync_log WHERE seq > %s "
        "ORDER BY table_name, record_key, seq DESC", (since,)).fetchall()
    entries = [Entry(r[0], Change(r[1], r[2], None, r[3], r[4], r[5], r[6])) for r in rows]
    return entries, max([since] + [e.seq for e in entries])


def base_record(server, table: str, key: str, row_hash: str | None) -> str | None:
    """The content of a record as it was at a hash (for a conflict's "base" column)."""
    if row_hash is None:
        return None
    row = server.raw.execute("SELECT row_data FROM sync_log WHERE table_name = %s AND "
                             "record_key = %s AND row_hash = %s LIMIT 1",
                             (table, key, row_hash)).fetchone()
    return row[0] if row else None


def _in_scope(conn, state: replica.State, entries: list[Entry]) -> list[Entry]:
    """A replica of some chains only keeps the records of those chains (and the programme's)."""
    if not state.chains:
        return entries
    chains = set(state.chains)
    marks = ",".join("?" * len(chains))
    companies = {r[0] for r in conn.execute(
        "SELECT m.company_id FROM chain_members m JOIN value_chains v ON v.id = m.chain_id "
        f"WHERE v.uid IN ({marks})", tuple(chains))}
    companies |= {e.change.company for e in entries
                  if e.change.table == "chain_members" and e.change.chain in chains}
    return [e for e in entries if (e.change.company is None or e.change.company in companies)
            and (e.change.chain is None or e.change.chain in chains)]


def pull(conn, server, tables: tuple[rec.Table, ...], now: str) -> tuple[int, int, int]:
    """Apply the others' changes; returns (records applied, new conflicts, records deleted)."""
    state = replica.read_state(conn)
    entries, last = fetch(server, state.last_seq)
    with transaction(conn):
        result = _apply(conn, server, tables, _in_scope(conn, state, entries), now)
        replica.write_state(conn, replace(replica.read_state(conn), last_seq=last,
                                          last_sync_at=now))
    return result


def _apply(conn, server, tables, entries: list[Entry], now: str) -> tuple[int, int, int]:
    by_name = rec.by_name(tables)
    wanted = {e.change.table for e in entries}
    local = {}
    for table in tables:
        if table.name in wanted:
            for key, record in rec.read_records(conn, table).items():
                local[(table.name, key)] = rec.record_hash(record), record
    base = replica.bases(conn)
    held = replica.pending_conflicts(conn)
    apply, new_bases, conflicts = [], [], []
    for entry in entries:
        c = entry.change
        if c.table not in by_name or not verify(c):    # a toolkit is known by its bytes
            continue
        pair = (c.table, c.key)
        mine = local.get(pair)
        mine_hash = mine[0] if mine else None
        if mine_hash == c.hash:
            new_bases.append((c.table, c.key, c.hash))
            if pair in held:
                conn.execute("DELETE FROM sync_conflicts WHERE table_name = ? AND record_key = ?",
                             pair)
        elif mine_hash == base.get(pair) and pair not in held:
            apply.append(c)
            new_bases.append((c.table, c.key, c.hash))
        else:
            conflicts.append((c, base.get(pair), mine))
    applied = _write(conn, tables, apply)
    tried = {(c.table, c.key) for c in apply}
    replica.set_bases(conn, [b for b in new_bases if b[:2] in applied or b[:2] not in tried])
    for change, base_hash, mine in conflicts:
        conn.execute(
            "INSERT INTO sync_conflicts (table_name, record_key, base, mine, theirs, theirs_hash, "
            "found_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_key) DO UPDATE "
            "SET mine = excluded.mine, theirs = excluded.theirs, theirs_hash = "
            "excluded.theirs_hash, found_at = excluded.found_at",
            (change.table, change.key, base_record(server, change.table, change.key, base_hash),
             rec.encode(mine[1]) if mine else None, change.data, change.hash, now))
    owners = replica.assessment_companies(conn)
    touched = {rec.company_of(by_name[c.table], rec.decode(c.data), owners)
               for c in apply if c.data and c.table in ("assessments", "companies")}
    touched.discard(None)
    if touched:
        from core.project.latest import refresh_latest
        refresh_latest(conn, sorted(touched))
    deleted = sum(1 for c in apply if c.hash is None)
    return len(applied), len(conflicts), deleted


def _write(conn, tables, changes: list[Change]) -> set[tuple[str, str]]:
    """Apply changes together; if the replica refuses one (a record whose parent it does not
    hold), apply them one by one and keep the others."""
    import sqlite3

    from core.sync.serverside import apply_changes
    conn.execute("SAVEPOINT pull_all")
    try:
        apply_changes(conn, tables, changes)
        conn.execute("RELEASE pull_all")
        return {(c.table, c.key) for c in changes}
    except sqlite3.Error:
        conn.execute("ROLLBACK TO pull_all")
        conn.execute("RELEASE pull_all")
    done = set()
    for change in changes:
        conn.execute("SAVEPOINT pull_one")
        try:
            apply_changes(conn, tables, [change])
            conn.execute("RELEASE pull_one")
            done.add((change.table, change.key))
        except sqlite3.Error:
            conn.execute("ROLLBACK TO pull_one")
            conn.execute("RELEASE pull_one")
    return done
