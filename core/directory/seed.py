"""What a nearly-qualifying supplier lacks, seeded as an action of its improvement plan."""
from __future__ import annotations

import sqlite3
import uuid

from core import catalogue
from core.directory.matching import Requirement
from core.edits import Edit, RowChange
from core.edits.build import insert
from core.project.timeutil import now


def next_action_id(conn: sqlite3.Connection, company_id: str) -> str:
    numbers = [int(a[1:]) for (a,) in conn.execute(
        "SELECT action_id FROM plan_actions WHERE company_id = ?", (company_id,))
        if a[:1] == "A" and a[1:].isdigit()]
    return f"A{max(numbers, default=0) + 1:02d}"


def seed_action_edit(conn: sqlite3.Connection, company_id: str, demand_id: str, demand_title: str,
                     missing: list[Requirement], language: str, describe) -> Edit:
    """The edit adding one plan action "<what is missing> (for demand D001: title)" to the
    supplier's plan (creating the plan when it has none). ``describe`` names a requirement."""
    what = ", ".join(describe(r) for r in missing)
    title = catalogue.text("directory.seed_title", language, what=what, demand=demand_id,
                           title=demand_title)
    stamp = now()
    changes: list[RowChange] = []
    if conn.execute("SELECT 1 FROM plans WHERE company_id = ?", (company_id,)).fetchone() is None:
        changes.append(insert("plans", {"company_id": company_id},
                              {"uid": str(uuid.uuid4()), "updated_at": stamp}))
    position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM plan_actions "
                            "WHERE company_id = ?", (company_id,)).fetchone()[0]
    action_id = next_action_id(conn, company_id)
    changes.append(insert("plan_actions", {"company_id": company_id, "action_id": action_id},
                          {"uid": str(uuid.uuid4()), "position": position, "title": title,
                           "status": "not_started", "percent": 0, "programme_share": 0.75,
                           "buyer_share": 0.25, "supplier_share": 0.0, "updated_at": stamp,
                           "notes": catalogue.text("directory.seed_note", language,
                                                   demand=demand_id)}))
    return Edit("edit.match_seed_action", tuple(changes), "company", company_id,
                {"company": company_id, "action": action_id, "demand": demand_id})
