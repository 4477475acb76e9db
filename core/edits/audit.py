"""Reading the audit log: who changed what, when, from what to what."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str | None
    action: str
    subject_kind: str | None
    subject_id: str | None
    table: str
    key: dict[str, Any]
    field: str | None
    old: Any
    new: Any
    edit_uid: str


def audit_entries(conn: sqlite3.Connection, subject_kind: str | None = None,
                  subject_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
    """The newest ``limit`` entries, for one subject when given (newest first)."""
    sql = ("SELECT at, who, action, subject_kind, subject_id, table_name, record_key, field,"
           " old_value, new_value, edit_uid FROM audit_log")
    args: list[Any] = []
    if subject_kind is not None:
        sql += " WHERE subject_kind = ? AND subject_id = ?"
        args += [subject_kind, subject_id]
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(int(limit))
    return [AuditEntry(at, who, action, kind, sid, table, json.loads(key), field,
                       _load(old), _load(new), edit_uid)
            for at, who, action, kind, sid, table, key, field, old, new, edit_uid
            in conn.execute(sql, args)]


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)
