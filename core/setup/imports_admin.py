"""The import history, and removing one import with everything it added (as one undoable edit):
its assessments (with answers and area scores), the companies and value chains it created when
nothing else refers to them, the chain memberships it added and its own record."""
from __future__ import annotations

import sqlite3

from core.edits import Edit, RowChange, read_row
from core.edits.build import delete, delete_where, update
from core.errors import UserInputError
from core.project.latest import LATEST_COLUMNS, SOURCE_COLUMNS
from core.setup import tables  # noqa: F401 - registers the editable tables

IMPORT_COLUMNS = ("id", "file_name", "sha256", "sheet", "imported_at", "imported_by", "row_count",
                  "added", "updated", "unchanged", "conflicts", "errors", "origin_file")
# A company created by an import stays when any of these refer to it.
KEEPERS = ("plans", "risks", "risk_decisions", "risk_classifications", "supplied_items")


def import_list(conn: sqlite3.Connection) -> list[dict]:
    """Every import, oldest first, with its counts."""
    cur = conn.execute(f"SELECT {', '.join(IMPORT_COLUMNS)} FROM imports ORDER BY id")
    return [dict(zip(IMPORT_COLUMNS, row)) for row in cur.fetchall()]


def remove_import(conn: sqlite3.Connection, import_id: int) -> Edit:
    """The edit removing import ``import_id`` (refused when it completed earlier assessments)."""
    record = read_row(conn, "imports", {"id": int(import_id)})
    if record is None:
        raise UserInputError("setup.unknown_import", import_id=import_id)
    if record.get("updated"):
        raise UserInputError("setup.import_updated_others", import_id=import_id,
                             count=record["updated"])
    ids = [r[0] for r in conn.execute("SELECT id FROM assessments WHERE import_id = ? ORDER BY id",
                                      (import_id,))]
    touched = [r[0] for r in conn.execute(
        "SELECT DISTINCT company_id FROM assessments WHERE import_id = ?", (import_id,))]
    changes: list[RowChange] = []
    for aid in ids:
        changes += delete_where(conn, "area_scores", {"assessment_id": aid}, ("assessment_id", "area"))
        changes += delete(conn, "assessment_answers", {"assessment_id": aid})
        changes += delete(conn, "assessments", {"id": aid})
    changes += delete_where(conn, "chain_members", {"import_id": import_id}, ("chain_id", "company_id"))
    removed_members = {(c.key["chain_id"], c.key["company_id"]) for c in changes
                       if c.table == "chain_members"}
    gone = set()
    for (company,) in conn.execute("SELECT id FROM companies WHERE import_id = ?", (import_id,)).fetchall():
        if _company_removable(conn, company, import_id, removed_members):
            changes += delete(conn, "companies", {"id": company})
            gone.add(company)
    chains = 0
    for (chain_id,) in conn.execute("SELECT id FROM value_chains WHERE import_id = ?",
                                    (import_id,)).fetchall():
        members = conn.execute("SELECT company_id FROM chain_members WHERE chain_id = ?",
                               (chain_id,)).fetchall()
        phases = conn.execute("SELECT COUNT(*) FROM chain_phases WHERE chain_id = ?",
                              (chain_id,)).fetchone()[0]
        if all((chain_id, m[0]) in removed_members for m in members) and not phases:
            changes += delete(conn, "value_chains", {"id": chain_id})
            chains += 1
    for company in touched:
        if company not in gone:
            changes += _latest_after(conn, company, import_id)
    changes += delete(conn, "imports", {"id": int(import_id)})
    return Edit("edit.import_remove", tuple(changes), "import", str(import_id),
                {"import_id": import_id, "file": record["file_name"], "assessments": len(ids),
                 "companies": len(gone), "chains": chains})


def _company_removable(conn, company: str, import_id: int, removed_members: set) -> bool:
    if conn.execute("SELECT 1 FROM assessments WHERE company_id = ? AND import_id IS NOT ?",
                    (company, import_id)).fetchone():
        return False
    if conn.execute("SELECT 1 FROM value_chains WHERE anchor_id = ?", (company,)).fetchone():
        return False
    for chain_id, in conn.execute("SELECT chain_id FROM chain_members WHERE company_id = ?", (company,)):
        if (chain_id, company) not in removed_members:
            return False
    for table in KEEPERS:
        if conn.execute(f"SELECT 1 FROM {table} WHERE company_id = ?", (company,)).fetchone():
            return False
    return True


def _latest_after(conn, company: str, import_id: int) -> list[RowChange]:
    """The company's latest-assessment copies once the import's assessments are gone."""
    row = conn.execute(
        f"SELECT {', '.join(SOURCE_COLUMNS)} FROM assessments WHERE company_id = ? AND "
        "status = 'current' AND import_id IS NOT ? ORDER BY assessed_on DESC, id DESC LIMIT 1",
        (company, import_id)).fetchone()
    values = dict(zip(LATEST_COLUMNS, row or [None] * len(LATEST_COLUMNS)))
    values["open_conflicts"] = conn.execute(
        "SELECT COUNT(*) FROM assessments WHERE company_id = ? AND status = 'conflict' AND "
        "import_id IS NOT ?", (company, import_id)).fetchone()[0]
    return update(conn, "companies", {"id": company}, values)
