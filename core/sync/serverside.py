"""What a push does on the server, inside one server transaction on the user's own connection
(so row-level security checks every write): find the push id (a retry gets the stored answer and
applies nothing), compare each record's server hash with the client's base, apply the ones
nobody else changed, and log them for the others' pulls.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from core.sync import records as rec

SYNC_LOCK = 0x454E5359          # "ENSY": pushes are applied one at a time, in log order


@dataclass(frozen=True)
class Change:
    """One record a client sends: its base hash (at the client's last sync), its new hash and
    content (None: deleted), and whose record it is."""
    table: str
    key: str
    base: str | None
    hash: str | None
    data: str | None                    # records.encode() text
    company: str | None = None
    chain: str | None = None

    def to_json(self) -> list:
        return [self.table, self.key, self.base, self.hash, self.data, self.company, self.chain]

    @classmethod
    def from_json(cls, item: list) -> "Change":
        return cls(*item)


def heads(conn, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], str | None]:
    """The server's current hash of each (table, key) that its log knows (None: deleted)."""
    if not pairs:
        return {}
    rows = conn.raw.execute(
        "SELECT DISTINCT ON (l.table_name, l.record_key) l.table_name, l.record_key, l.row_hash "
        "FROM sync_log l JOIN unnest(%s::text[], %s::text[]) AS w(t, k) "
        "ON l.table_name = w.t AND l.record_key = w.k "
        "ORDER BY l.table_name, l.record_key, l.seq DESC",
        ([p[0] for p in pairs], [p[1] for p in pairs])).fetchall()
    return {(t, k): h for t, k, h in rows}


def write_log(conn, changes: list[Change], push_id: str) -> None:
    """Log applied changes (one entry each) in the order given. Plain INSERTs (pipelined), not
    COPY: PostgreSQL refuses COPY into a table under row-level security."""
    if not changes:
        return
    with conn.raw.cursor() as cur:
        cur.executemany("INSERT INTO sync_log (table_name, record_key, row_hash, push_id, "
                        "company_id, chain_uid, row_data) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        [(c.table, c.key, c.hash, push_id, c.company, c.chain, c.data)
                         for c in changes])


def apply_changes(conn, tables: tuple[rec.Table, ...], changes: list[Change],
                  new: frozenset[tuple[str, str]] = frozenset()) -> None:
    """Write ``changes`` to the store: upserts parent tables first, deletes dependants first;
    the records in ``new`` are known not to exist yet (plain inserts)."""
    by_table: dict[str, list[Change]] = {}
    for c in changes:
        by_table.setdefault(c.table, []).append(c)
    for table in reversed(tables):
        gone = [c.key for c in by_table.get(table.name, ()) if c.hash is None]
        rec.delete_records(conn, table, gone)
    for table in tables:
        written = [c for c in by_table.get(table.name, ()) if c.hash is not None]
        for fresh in (True, False):
            rows = [rec.decode(c.data) for c in written if ((c.table, c.key) in new) == fresh]
            rec.upsert_records(conn, table, rows, new=fresh)


def verify(change: Change) -> bool:
    """Whether a change is what it says: its content hashes to its hash, and a toolkit's
    workbook hashes to the toolkit's sha256 (a toolkit is known by its bytes)."""
    if change.hash is None:
        return change.data is None
    record = rec.decode(change.data)
    if rec.record_hash(record) != change.hash:
        return False
    if change.table == "toolkits":
        import hashlib
        return hashlib.sha256(record.get("workbook") or b"").hexdigest() == record.get("sha256")
    return True


def receive_push(conn, tables: tuple[rec.Table, ...], push_id: str,
                 changes: list[Change]) -> dict:
    """Apply a push once, in one server transaction; returns (and stores) the answer:
    ``applied`` [(table, key)], ``conflicts`` [(table, key, server hash)], ``refused`` [...]."""
    from core.store.pg import psycopg
    with conn.raw.transaction():
        conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (SYNC_LOCK,))
        done = conn.raw.execute("SELECT result FROM sync_pushes WHERE push_id = %s",
                                (push_id,)).fetchone()
        if done:
            return json.loads(done[0])
        current = heads(conn, [(c.table, c.key) for c in changes])
        apply, same, conflicts, refused = [], [], [], []
        for c in changes:
            server = current.get((c.table, c.key))
            if not verify(c):
                refused.append([c.table, c.key])
            elif server == c.hash:
                same.append([c.table, c.key])
            elif server == c.base:
                apply.append(c)
            else:
                conflicts.append([c.table, c.key, server])
        new = frozenset((c.table, c.key) for c in apply if current.get((c.table, c.key)) is None)
        try:
            with conn.raw.transaction():
                apply_changes(conn, tables, apply, new)
        except psycopg.Error:        # one record the server refuses (its rules, its policies)
            apply, more = _one_by_one(conn, tables, apply, new)
            refused += more
        write_log(conn, apply, push_id)
        _refresh_companies(conn, apply)
        answer = {"applied": [[c.table, c.key] for c in apply] + same,
                  "conflicts": conflicts, "refused": refused}
        conn.raw.execute("INSERT INTO sync_pushes (push_id, result) VALUES (%s, %s)",
                         (push_id, json.dumps(answer)))
    return answer


def _one_by_one(conn, tables, changes: list[Change], new) -> tuple[list[Change], list[list]]:
    from core.store.pg import psycopg
    order = {t.name: i for i, t in enumerate(tables)}
    ordered = sorted(changes, key=lambda c: (c.hash is None, order.get(c.table, 0)
                                             * (-1 if c.hash is None else 1)))
    applied, refused = [], []
    for c in ordered:
        try:
            with conn.raw.transaction():
                apply_changes(conn, tables, [c], new)
            applied.append(c)
        except psycopg.Error:
            refused.append([c.table, c.key])
    return applied, refused


def _refresh_companies(conn, applied: list[Change]) -> None:
    touched = {c.company for c in applied if c.company and c.table in
               ("assessments", "companies")}
    if touched:
        from core.project.latest import refresh_latest
        refresh_latest(conn, sorted(touched))
