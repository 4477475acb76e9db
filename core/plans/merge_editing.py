"""Merging what the plan editor adds (schema 007) from another consultant's file: the plan's
agreement (status, date, signatories, baseline, revision), its revision history and the
certification decisions. An agreement in the source fills a target plan still in draft; a
decision is copied when the target has none, else the later decision wins."""
from __future__ import annotations

import sqlite3

AGREEMENT = ("status", "agreed_on", "signed_buyer", "signed_supplier", "signed_consultant",
             "baseline", "revision")


def _has(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is not None


def merge_plan_editing(target: sqlite3.Connection, source: sqlite3.Connection) -> dict:
    """Copy agreements, revisions and certification decisions of ``source`` (see module doc)."""
    out = {"agreements": 0, "revisions": 0, "decisions": 0}
    if not (_has(source, "certification_decisions") and _has(target, "certification_decisions")):
        return out
    cols = ", ".join(AGREEMENT)
    for row in source.execute(f"SELECT company_id, {cols} FROM plans WHERE status = 'agreed'").fetchall():
        company, values = row[0], row[1:]
        mine = target.execute("SELECT status FROM plans WHERE company_id = ?", (company,)).fetchone()
        if mine is not None and mine[0] != "agreed":
            target.execute(f"UPDATE plans SET {', '.join(f'{c} = ?' for c in AGREEMENT)} "
                           "WHERE company_id = ?", (*values, company))
            out["agreements"] += 1
    for row in source.execute("SELECT company_id, revision, on_date, change, subject FROM plan_revisions"):
        exists = target.execute("SELECT 1 FROM plans WHERE company_id = ?", (row[0],)).fetchone()
        taken = target.execute("SELECT 1 FROM plan_revisions WHERE company_id = ? AND revision = ?",
                               row[:2]).fetchone()
        if exists and not taken:
            target.execute("INSERT INTO plan_revisions (company_id, revision, on_date, change, subject) "
                           "VALUES (?, ?, ?, ?, ?)", row)
            out["revisions"] += 1
    for row in source.execute("SELECT company_id, uid, decision, decided_on, note, decided_by "
                              "FROM certification_decisions"):
        if target.execute("SELECT 1 FROM companies WHERE id = ?", (row[0],)).fetchone() is None:
            continue
        mine = target.execute("SELECT decided_on FROM certification_decisions WHERE company_id = ?",
                              (row[0],)).fetchone()
        if mine is None:
            target.execute("INSERT INTO certification_decisions (company_id, uid, decision, decided_on, "
                           "note, decided_by) VALUES (?, ?, ?, ?, ?, ?)", row)
        elif row[3] > mine[0]:
            target.execute("UPDATE certification_decisions SET decision = ?, decided_on = ?, note = ?, "
                           "decided_by = ? WHERE company_id = ?", (row[2], row[3], row[4], row[5], row[0]))
        else:
            continue
        out["decisions"] += 1
    return out
