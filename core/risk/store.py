"""Risk registers in the project file (tables of ``core/project/schema/002_risk.sql``).

The rules and classification stay pure (:mod:`core.risk.rules`, :mod:`core.risk.classify`);
this module reads what they need from SQLite and writes what the consultant decides
(classification history: :mod:`core.risk.history`). Every
function takes an open ``sqlite3.Connection`` from :mod:`core.project.db`; writes run in one
transaction each. A file whose schema predates 002 reads as having no risks.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache

import numpy as np
import pandas as pd

from core.errors import UserInputError
from core.project.db import transaction
from core.risk.matrix import RiskMatrix, get_matrix, parse_matrix
from core.risk.register import (
    COLUMNS,
    DECISIONS,
    EDITABLE,
    Risk,
    apply_decisions,
    frame_to_risks,
    validate_risk,
)
from core.risk.rules import RuleSet, derive_risks, load_rules, parse_rules


@dataclass
class SupplyBase:
    """What the rules read: one row per supplier, their critical gaps and chain membership."""

    suppliers: pd.DataFrame          # company_id, name, criticality, largest_client_share,
                                     # employees, annual_sales, assessment_date, area:<id>...
    critical_gaps: pd.DataFrame      # company_id, item
    chains: pd.DataFrame             # company_id, chain


def _now() -> str:
    """Now as ISO UTC text (the project's timestamp format)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def has_risk_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='risks'").fetchone()
    return row is not None


def _require_tables(conn: sqlite3.Connection) -> None:
    if not has_risk_tables(conn):
        raise UserInputError("risk_schema_missing")


def project_matrix(conn: sqlite3.Connection) -> RiskMatrix:
    """The project's matrix (its stored copy), else the default built-in."""
    if has_risk_tables(conn):
        row = conn.execute("SELECT value FROM risk_settings WHERE key = 'matrix'").fetchone()
        if row:
            return parse_matrix(json.loads(row[0]), source="project")
    return get_matrix()


def project_rules(conn: sqlite3.Connection) -> RuleSet:
    """The project's derived-risk rules (its stored copy), else the built-in defaults."""
    if has_risk_tables(conn):
        row = conn.execute("SELECT value FROM risk_settings WHERE key = 'rules'").fetchone()
        if row:
            return parse_rules(json.loads(row[0]), source="project")
    return load_rules()


def register_extent(conn: sqlite3.Connection) -> tuple[int, int]:
    """The largest likelihood and severity stored in hand-entered risks and edits (0: none);
    a project matrix must be at least this large."""
    used = conn.execute("SELECT MAX(inherent_likelihood), MAX(inherent_severity) FROM risks").fetchone()
    edited = conn.execute(
        "SELECT MAX(inherent_likelihood), MAX(inherent_severity) FROM risk_decisions").fetchone()
    return max(used[0] or 0, edited[0] or 0), max(used[1] or 0, edited[1] or 0)


def set_setting(conn: sqlite3.Connection, key: str, definition: dict) -> None:
    """Store a copy of a matrix (``key='matrix'``) or rules definition, validated first."""
    _require_tables(conn)
    parsed = (parse_matrix if key == "matrix" else parse_rules)(definition, source="project")
    if key == "matrix":
        top_l, top_s = register_extent(conn)
        if top_l > parsed.size[0] or top_s > parsed.size[1]:
            raise UserInputError("risk_matrix_too_small", likelihood=top_l, severity=top_s,
                                 size=f"{parsed.size[0]} x {parsed.size[1]}")
    with transaction(conn):
        conn.execute("DELETE FROM risk_settings WHERE key = ?", (key,))
        conn.execute("INSERT INTO risk_settings (key, value, updated_at) VALUES (?, ?, ?)",
                     (key, json.dumps(definition, ensure_ascii=False), _now()))


def supply_base(conn: sqlite3.Connection, as_of: date | None = None,
                latest: pd.DataFrame | None = None) -> SupplyBase:
    """Suppliers with the area scores and critical gaps of their latest current assessment
    (on or before ``as_of``; ``latest``: :func:`core.project.queries.latest_assessments`
    already read by the caller)."""
    from core.project.queries import chain_memberships, frame, latest_assessments
    companies = frame(conn, "SELECT id, name, supplied_criticality, largest_client_share, "
                      "employees, annual_sales FROM companies WHERE role = 'supplier' ORDER BY id", (),
                      ["company_id", "name", "criticality", "largest_client_share", "employees",
                       "annual_sales"])
    for col in ("criticality", "largest_client_share", "employees", "annual_sales"):
        companies[col] = pd.to_numeric(companies[col], errors="coerce").astype(float)
    latest = latest_assessments(conn, as_of) if latest is None else latest
    suppliers = companies.merge(latest.drop(columns=["critical_gaps", "assessment_id"]),
                                on="company_id", how="left")
    gaps = latest[latest["company_id"].isin(companies["company_id"]) & latest["critical_gaps"].notna()]
    split = [str(g).split() for g in gaps["critical_gaps"].to_numpy(dtype=object)]
    critical = pd.DataFrame({
        "company_id": np.repeat(gaps["company_id"].to_numpy(dtype=object), [len(x) for x in split]),
        "item": np.array([i for items in split for i in items], dtype=object)})
    chains = chain_memberships(conn, every=True).rename(columns={"chain_name": "chain"})
    return SupplyBase(suppliers, critical, chains[["company_id", "chain"]])


def manual_risks(conn: sqlite3.Connection, company_id: str | None = None,
                 as_of: date | None = None) -> pd.DataFrame:
    """Hand-entered risks as a register frame (created on or before ``as_of`` when given)."""
    cols = [c for c in COLUMNS if c not in ("origin", "rule_id", "evidence_field", "evidence_value",
                                             "evidence_items", "criticality", "decision")]
    if not has_risk_tables(conn):
        return pd.DataFrame(columns=list(COLUMNS))
    where, params = [], []
    if company_id is not None:
        where.append("company_id = ?")
        params.append(company_id)
    if as_of is not None:
        where.append("substr(created_at, 1, 10) <= ?")
        params.append(as_of.isoformat())
    sql = f"SELECT {', '.join(cols)} FROM risks" + (f" WHERE {' AND '.join(where)}" if where else "")
    df = pd.read_sql_query(sql + " ORDER BY company_id, risk_id", conn, params=params)
    df["origin"] = "manual"
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = np.nan if col in ("evidence_value", "criticality") else None
    return df[list(COLUMNS)]


def decisions(conn: sqlite3.Connection) -> pd.DataFrame:
    """The decisions on derived risks (``decision`` plus the edited columns)."""
    if not has_risk_tables(conn):
        return pd.DataFrame(columns=["company_id", "risk_id", "decision", *EDITABLE])
    return pd.read_sql_query(
        f"SELECT company_id, risk_id, decision, {', '.join(EDITABLE)}, derived_likelihood, "
        "derived_severity, decided_at, decided_by FROM risk_decisions", conn)


def effective_register(conn: sqlite3.Connection, as_of: date | None = None,
                       matrix: RiskMatrix | None = None, rules: RuleSet | None = None,
                       latest: pd.DataFrame | None = None) -> tuple[pd.DataFrame, SupplyBase]:
    """Every supplier's register now (or ``as_of``): hand-entered risks plus risks derived
    from the latest assessments, with the consultant's decisions applied."""
    matrix = matrix or project_matrix(conn)
    rules = rules or project_rules(conn)
    base = supply_base(conn, as_of, latest)
    derived = derive_risks(base.suppliers, base.critical_gaps, rules, matrix)
    derived = apply_decisions(derived, decisions(conn))
    manual = manual_risks(conn, as_of=as_of)
    manual = manual[manual["company_id"].isin(base.suppliers["company_id"])]
    parts = [p for p in (manual, derived) if not p.empty]
    register = pd.concat(parts, ignore_index=True) if parts else derived
    return register.reset_index(drop=True), base


def linked_actions(conn: sqlite3.Connection) -> dict[tuple[str, str], dict]:
    """Improvement-plan actions that controls can link to (``action:<action id>``), by
    (company, action id); empty when the project has no plans."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='plan_actions'")
    if exists.fetchone() is None:
        return {}
    rows = conn.execute("SELECT company_id, action_id, title, status, percent FROM plan_actions")
    return {(c, a): {"action_id": a, "title": t, "status": s, "percent": p} for c, a, t, s, p in rows}


def next_risk_id(conn: sqlite3.Connection, company_id: str) -> str:
    """The next free hand-entered risk id of a company: R-001, R-002, ..."""
    _require_tables(conn)
    rows = conn.execute("SELECT risk_id FROM risks WHERE company_id = ?", (company_id,)).fetchall()
    numbers = [int(r[0][2:]) for r in rows if r[0].startswith("R-") and r[0][2:].isdigit()]
    return f"R-{max(numbers, default=0) + 1:03d}"


def save_risk(conn: sqlite3.Connection, risk: Risk, matrix: RiskMatrix | None = None,
              by: str | None = None) -> None:
    """Insert or update a hand-entered risk after validating it against the matrix."""
    _require_tables(conn)
    validate_risk(risk, matrix or project_matrix(conn))
    now = _now()
    values = (risk.category, risk.description, risk.cause, risk.inherent_likelihood,
              risk.inherent_severity, "\n".join(risk.controls), risk.residual_likelihood,
              risk.residual_severity, risk.owner, risk.status,
              risk.last_review.isoformat() if risk.last_review else None,
              risk.next_review.isoformat() if risk.next_review else None, now, by)
    with transaction(conn):
        cur = conn.execute(
            "UPDATE risks SET category=?, description=?, cause=?, inherent_likelihood=?, "
            "inherent_severity=?, controls=?, residual_likelihood=?, residual_severity=?, owner=?, "
            "status=?, last_review=?, next_review=?, updated_at=?, updated_by=? "
            "WHERE company_id=? AND risk_id=?", values + (risk.company_id, risk.risk_id))
        if cur.rowcount == 0:
            conn.execute(
                "INSERT INTO risks (category, description, cause, inherent_likelihood, "
                "inherent_severity, controls, residual_likelihood, residual_severity, owner, status, "
                "last_review, next_review, updated_at, updated_by, company_id, risk_id, uid, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values + (risk.company_id, risk.risk_id, uuid.uuid4().hex, now))


def delete_risk(conn: sqlite3.Connection, company_id: str, risk_id: str) -> bool:
    _require_tables(conn)
    with transaction(conn):
        cur = conn.execute("DELETE FROM risks WHERE company_id = ? AND risk_id = ?", (company_id, risk_id))
    return cur.rowcount > 0


def decide(conn: sqlite3.Connection, company_id: str, risk_id: str, decision: str,
           changes: dict | None = None, by: str | None = None) -> None:
    """Record accept / edit / dismiss of a derived risk; kept across re-derivations.
    ``changes`` (edit only) maps :data:`EDITABLE` columns to new values. Accepting or editing
    is a review: ``last_review`` becomes today unless the edit gives it."""
    _require_tables(conn)
    if decision not in DECISIONS:
        raise UserInputError("risk_unknown_decision", value=decision, known=", ".join(DECISIONS))
    changes = dict(changes or {})
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown or (changes and decision != "edit"):
        raise UserInputError("risk_bad_changes", keys=", ".join(unknown or sorted(changes)))
    current = _derived_now(conn, company_id, risk_id)
    if current.empty and not _decided(conn, company_id, risk_id):
        raise UserInputError("risk_not_derived", company=company_id, risk=risk_id)
    if decision == "edit":
        base = frame_to_risks(current)[0] if not current.empty else None
        if base is not None:
            for key, value in changes.items():
                setattr(base, key, tuple(value) if key == "controls" else value)
            validate_risk(base, project_matrix(conn))
    if "controls" in changes:
        changes["controls"] = "\n".join(changes["controls"])
    if decision in ("accept", "edit") and changes.get("last_review") is None:
        changes["last_review"] = date.today()
    for key in ("last_review", "next_review"):
        if isinstance(changes.get(key), date):
            changes[key] = changes[key].isoformat()
    derived_l = derived_s = None
    if not current.empty:
        derived_l = int(current["inherent_likelihood"].iloc[0])
        derived_s = int(current["inherent_severity"].iloc[0])
    cols = ["uid", "company_id", "risk_id", "decision", *changes, "derived_likelihood",
            "derived_severity", "decided_at", "decided_by"]
    values = [uuid.uuid4().hex, company_id, risk_id, decision, *changes.values(), derived_l,
              derived_s, _now(), by]
    with transaction(conn):
        conn.execute("DELETE FROM risk_decisions WHERE company_id = ? AND risk_id = ?",
                     (company_id, risk_id))
        conn.execute(f"INSERT INTO risk_decisions ({', '.join(cols)}) "
                     f"VALUES ({', '.join('?' * len(cols))})", values)


def _derived_now(conn: sqlite3.Connection, company_id: str, risk_id: str) -> pd.DataFrame:
    """What the rules derive for this risk today, before any decision."""
    base = supply_base(conn)
    suppliers = base.suppliers[base.suppliers["company_id"] == company_id]
    gaps = base.critical_gaps[base.critical_gaps["company_id"] == company_id]
    derived = derive_risks(suppliers, gaps, project_rules(conn), project_matrix(conn))
    return derived[derived["risk_id"] == risk_id]


def _decided(conn: sqlite3.Connection, company_id: str, risk_id: str) -> bool:
    return conn.execute("SELECT 1 FROM risk_decisions WHERE company_id = ? AND risk_id = ?",
                        (company_id, risk_id)).fetchone() is not None


def item_labels(conn: sqlite3.Connection, language: str = "en") -> dict[str, str]:
    """Item name -> its label in ``language`` from the project's toolkits (critical-gap texts)."""
    labels: dict[str, str] = {}
    for (data,) in conn.execute("SELECT workbook FROM toolkits ORDER BY id"):
        try:
            toolkit = _toolkit_of(bytes(data))
        except Exception:  # noqa: BLE001 - an unreadable toolkit leaves its item names as they are
            continue
        labels.update({it.name: it.label(language) for it in toolkit.items})
    return labels


def area_labels(conn: sqlite3.Connection, language: str = "en") -> dict[str, str]:
    """Area id -> its label in ``language`` from the toolkits stored in the project (the newest
    wins); unreadable toolkits are skipped. Derived-risk texts name areas by these labels."""
    labels: dict[str, str] = {}
    for (data,) in conn.execute("SELECT workbook FROM toolkits ORDER BY id"):
        try:
            toolkit = _toolkit_of(bytes(data))
        except Exception:  # noqa: BLE001 - an unreadable toolkit leaves its area ids as they are
            continue
        labels.update({a.name: a.label(language) for a in toolkit.areas})
    return labels



@lru_cache(maxsize=16)
def _toolkit_of(data: bytes):
    from core.toolkit.loader import load_toolkit
    return load_toolkit(data)
