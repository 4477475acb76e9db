"""The audit log of one company or one value chain as rows for display (language-aware)."""
from __future__ import annotations

import json
import sqlite3
from collections import defaultdict

from core import catalogue
from core.edits import audit_entries


def audit_rows(conn: sqlite3.Connection, kind: str, subject: str, language: str,
               name: str | None = None, limit: int = 500) -> list[dict]:
    """``at, who, action, field, old, new`` per changed field, newest first."""
    rows = []
    for e in audit_entries(conn, kind, subject, limit):
        code = e.action[:-5] if e.action.endswith(".undo") else e.action
        label = field_label(e.table, e.field, language)
        phase = e.key.get("phase", "")
        params = defaultdict(str, name=name or subject, company=subject, field=label,
                             phase=catalogue.label(f"setup.phase_{phase}", language, phase),
                             new=name or subject,
                             import_id=subject, file="", count="")
        try:
            action = catalogue.entries()[code].get(language, catalogue.entries()[code]["en"]) \
                .format_map(params) if catalogue.has(code) else code
        except (KeyError, ValueError, IndexError):
            action = code
        if e.action.endswith(".undo"):
            action = catalogue.text("edit.undo_prefix", language, label=action)
        rows.append({"at": e.at.replace("T", " ")[:19], "who": e.who or "", "action": action,
                     "field": label, "old": _show(e.old), "new": _show(e.new)})
    return rows


def field_label(table: str, field: str | None, language: str) -> str:
    """The words for a changed column (or a whole record of ``table``)."""
    if field is None:
        return catalogue.label(f"setup.column.{table}", language, table)
    if table == "companies":
        name = "sales" if field == "annual_sales" else field
        code = f"setup.field_{name}"
    else:
        code = f"setup.column.{table}.{field}"
    # Then the words shared by every table (a plan action's status, a risk's owner...).
    return catalogue.label(code if catalogue.has(code) else f"field.{field}", language, field)


def _show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None and k not in
                         ("uid", "created_at", "updated_at"))[:120]
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
