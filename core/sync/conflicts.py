"""Conflicts waiting in a replica: a record changed here and on the server since the last sync.
Each is shown field by field (base / mine / theirs) and decided by keeping mine (pushed at the
next sync) or theirs (taken now); nothing is overwritten until someone decides."""
from __future__ import annotations

import json

from core.edits.apply import write_audit
from core.errors import UserInputError
from core.project.db import transaction
from core.sync import records as rec
from core.sync import replica
from core.sync.api import FieldDifference, SyncConflict
from core.sync.serverside import Change, apply_changes

SUBJECTS = (("companies", "company", "id"), ("value_chains", "chain", "name"),
            ("demands", "demand", "id"))


def _subject(table: rec.Table, record: dict | None) -> tuple[str | None, str | None]:
    if record is None:
        return None, None
    for name, kind, column in SUBJECTS:
        if table.name == name:
            return kind, record.get(column)
    if table.company_column and record.get(table.company_column) is not None:
        return "company", record.get(table.company_column)
    return None, None


def _readable(table: rec.Table, key: str) -> str:
    values = [str(v) for v in json.loads(key)]
    return f"{table.name} {' / '.join(values)}"


def list_conflicts(conn) -> list[SyncConflict]:
    """The conflicts waiting, oldest first."""
    tables = rec.by_name(rec.registry(conn))
    out = []
    for cid, name, key, base, mine, theirs in conn.execute(
            "SELECT id, table_name, record_key, base, mine, theirs FROM sync_conflicts "
            "ORDER BY id").fetchall():
        table = tables.get(name)
        if table is None:
            continue
        b, m, t = rec.decode(base), rec.decode(mine), rec.decode(theirs)
        fields = [c for c in table.columns
                  if (m or {}).get(c) != (t or {}).get(c) and not isinstance(
                      (m or t or {}).get(c), (bytes, bytearray))]
        diffs = tuple(FieldDifference(c, (b or {}).get(c), (m or {}).get(c), (t or {}).get(c))
                      for c in fields)
        kind, subject = _subject(table, m or t or b)
        out.append(SyncConflict(cid, name, kind, subject, _readable(table, key), diffs,
                                mine_deleted=m is None, theirs_deleted=t is None))
    return out


def resolve(conn, conflict_id: int, keep: str, who: str | None = None) -> None:
    """Keep ``mine`` (the server's version becomes the base, so mine is pushed next) or
    ``theirs`` (the server's version replaces mine now); the decision is written to the audit
    log (which travels to the team at the next sync)."""
    if keep not in ("mine", "theirs"):
        raise UserInputError("sync.bad_keep", keep=keep)
    row = conn.execute("SELECT table_name, record_key, mine, theirs, theirs_hash "
                       "FROM sync_conflicts WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        raise UserInputError("sync.no_such_conflict", id=conflict_id)
    name, key, mine, theirs, theirs_hash = row
    tables = rec.registry(conn)
    table = rec.by_name(tables).get(name)
    with transaction(conn):
        if keep == "theirs":
            apply_changes(conn, tables, [Change(name, key, None, theirs_hash, theirs)])
        kept, dropped = (mine, theirs) if keep == "mine" else (theirs, mine)
        kind, subject = _subject(table, rec.decode(mine) or rec.decode(theirs)) if table else (
            None, None)
        write_audit(conn, f"sync.kept_{keep}", kind, subject, name, {"record": json.loads(key)},
                    None, rec.decode(dropped), rec.decode(kept), who)
        replica.set_bases(conn, [(name, key, theirs_hash)])
        conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
