"""Merging the risk tables of another consultant's project file (called by project merge).

Runs inside the caller's transaction, after companies are merged. Hand-entered risks match by
``uid`` (the same risk copied between files): identical ones merge, differing ones are listed as
conflicts and the target keeps its version (the source file keeps its own). A risk with a new uid
is added; when its id is already taken in the company (two consultants both wrote ``R-001``)
it gets the next free id. Decisions on derived risks match by (company, risk id) the same way;
classification records and the project's matrix/rules copy are added where the target has none.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from core.project.merge import register_merger
from core.risk.matrix import parse_matrix
from core.risk.store import has_risk_tables, next_risk_id, register_extent

RISK_FIELDS = ("category", "description", "cause", "inherent_likelihood", "inherent_severity",
               "controls", "residual_likelihood", "residual_severity", "owner", "status",
               "last_review", "next_review")
DECISION_FIELDS = ("decision", *RISK_FIELDS)


@dataclass
class RiskMergeOutcome:
    risks_added: int = 0
    risks_renumbered: list[dict] = field(default_factory=list)   # {company_id, source_id, new_id}
    decisions_added: int = 0
    classifications_added: int = 0
    unchanged: int = 0
    conflicts: list[dict] = field(default_factory=list)          # {kind, company_id, risk_id, fields}

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _rows(conn: sqlite3.Connection, sql: str, cols: tuple[str, ...]) -> list[dict]:
    return [dict(zip(cols, r)) for r in conn.execute(sql).fetchall()]


def merge_risks(conn: sqlite3.Connection, src: sqlite3.Connection) -> RiskMergeOutcome:
    """Bring ``src``'s risk tables into ``conn`` (both at the same schema; no transaction here)."""
    outcome = RiskMergeOutcome()
    if not has_risk_tables(src) or not has_risk_tables(conn):
        return outcome
    companies = {r[0] for r in conn.execute("SELECT id FROM companies")}
    _merge_risks(conn, src, companies, outcome)
    _merge_decisions(conn, src, companies, outcome)
    cols = ("company_id", "as_of", "basis", "level", "level_rank", "likelihood", "severity",
            "score", "open_risks", "matrix_id", "recorded_at")
    for row in _rows(src, f"SELECT {', '.join(cols)} FROM risk_classifications", cols):
        if row["company_id"] not in companies:
            continue
        cur = conn.execute(
            f"INSERT INTO risk_classifications ({', '.join(cols)}) SELECT {', '.join('?' * len(cols))} "
            "WHERE NOT EXISTS (SELECT 1 FROM risk_classifications WHERE company_id = ? AND as_of = ? "
            "AND basis = ?)", [*row.values(), row["company_id"], row["as_of"], row["basis"]])
        outcome.classifications_added += cur.rowcount
    for key, value, updated in src.execute("SELECT key, value, updated_at FROM risk_settings"):
        mine = conn.execute("SELECT value FROM risk_settings WHERE key = ?", (key,)).fetchone()
        if mine is None and key == "matrix" and not _fits(value, register_extent(conn)):
            outcome.conflicts.append({"kind": "setting", "company_id": None, "risk_id": key,
                                      "fields": ["size"]})
        elif mine is None:
            conn.execute("INSERT INTO risk_settings (key, value, updated_at) VALUES (?, ?, ?)",
                         (key, value, updated))
        elif mine[0] != value:
            outcome.conflicts.append({"kind": "setting", "company_id": None, "risk_id": key,
                                      "fields": ["value"]})
    return outcome


def _fits(definition: str, extent: tuple[int, int]) -> bool:
    size = parse_matrix(json.loads(definition), source="merge").size
    return extent[0] <= size[0] and extent[1] <= size[1]


def _merge_risks(conn, src, companies: set[str], outcome: RiskMergeOutcome) -> None:
    cols = ("uid", "company_id", "risk_id", *RISK_FIELDS, "created_at", "updated_at", "updated_by")
    select = f"SELECT {', '.join(cols)} FROM risks"
    by_uid = {r["uid"]: r for r in _rows(conn, select, cols)}
    for row in _rows(src, select, cols):
        if row["company_id"] not in companies:
            continue
        mine = by_uid.get(row["uid"])
        if mine is not None:
            differ = [f for f in RISK_FIELDS if mine[f] != row[f]]
            if differ:
                outcome.conflicts.append({"kind": "risk", "company_id": row["company_id"],
                                          "risk_id": mine["risk_id"], "fields": differ})
            else:
                outcome.unchanged += 1
            continue
        taken = conn.execute("SELECT 1 FROM risks WHERE company_id = ? AND risk_id = ?",
                             (row["company_id"], row["risk_id"])).fetchone()
        if taken:
            new_id = next_risk_id(conn, row["company_id"])
            outcome.risks_renumbered.append({"company_id": row["company_id"],
                                             "source_id": row["risk_id"], "new_id": new_id})
            row["risk_id"] = new_id
        conn.execute(f"INSERT INTO risks ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     list(row.values()))
        outcome.risks_added += 1


def _merge_decisions(conn, src, companies: set[str], outcome: RiskMergeOutcome) -> None:
    cols = ("uid", "company_id", "risk_id", *DECISION_FIELDS, "derived_likelihood",
            "derived_severity", "decided_at", "decided_by")
    select = f"SELECT {', '.join(cols)} FROM risk_decisions"
    mine_by_key = {(r["company_id"], r["risk_id"]): r for r in _rows(conn, select, cols)}
    for row in _rows(src, select, cols):
        if row["company_id"] not in companies:
            continue
        mine = mine_by_key.get((row["company_id"], row["risk_id"]))
        if mine is None:
            conn.execute(f"INSERT INTO risk_decisions ({', '.join(cols)}) "
                         f"VALUES ({', '.join('?' * len(cols))})", list(row.values()))
            outcome.decisions_added += 1
            continue
        differ = [f for f in DECISION_FIELDS if mine[f] != row[f]]
        if differ:
            outcome.conflicts.append({"kind": "decision", "company_id": row["company_id"],
                                      "risk_id": row["risk_id"], "fields": differ})
        else:
            outcome.unchanged += 1


def _merge_for_project(conn: sqlite3.Connection, src: sqlite3.Connection, _outcome) -> dict:
    return merge_risks(conn, src).as_dict()


register_merger("risk", ("risk_settings", "risks", "risk_decisions", "risk_classifications"),
                _merge_for_project)
