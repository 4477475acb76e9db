"""Editing risk registers as :class:`core.edits.Edit` data (workbench undo stack and CLI alike).

Hand-entered risks live in ``risks`` (ids R-001, R-002... unique in the programme, so a risk id
alone finds one); decisions on derived risks (accept / edit / dismiss, with a reason) live in
``risk_decisions`` and survive re-derivation. The next review defaults to the day of the change
plus the review interval of the risk's residual level (e.g. 90 / 180 / 360 days).
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date, timedelta
from typing import Any

import pandas as pd

from core.edits import Edit, RowChange, read_row, read_rows, register_table
from core.edits.build import delete, insert, update
from core.errors import UserInputError
from core.project.timeutil import now
from core.risk.matrix import RiskMatrix
from core.risk.register import DECISIONS, Risk, validate_risk

register_table("risks", ("company_id", "risk_id"))
register_table("risk_decisions", ("company_id", "risk_id"))
register_table("risk_settings", ("key",))


def review_days(matrix: RiskMatrix, likelihood: int, severity: int) -> int:
    """The review interval (days) of the level of a (likelihood, severity) cell."""
    return int(matrix.level(int(likelihood), int(severity)).review_days)


def default_next_review(matrix: RiskMatrix, likelihood: int, severity: int, today: date) -> date:
    """``today`` plus the review interval of the cell's level."""
    return today + timedelta(days=review_days(matrix, likelihood, severity))


def next_manual_id(conn: sqlite3.Connection) -> str:
    """The next free hand-entered risk id of the programme: R-001, R-002, ..."""
    numbers = [int(r[0][2:]) for r in conn.execute("SELECT risk_id FROM risks")
               if r[0].startswith("R-") and r[0][2:].isdigit()]
    return f"R-{max(numbers, default=0) + 1:03d}"


def _int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UserInputError("risk_edit.not_a_level", field=name, value=value) from None
    if not number.is_integer():
        raise UserInputError("risk_edit.not_a_level", field=name, value=value)
    return int(number)


def add_risk(conn: sqlite3.Connection, company_id: str, category: str, likelihood: Any,
             severity: Any, today: date, *, description: str = "", cause: str = "",
             owner: str = "", controls: list[str] | tuple[str, ...] = (),
             residual_likelihood: Any = None, residual_severity: Any = None,
             next_review: date | None = None, matrix: RiskMatrix | None = None,
             by: str | None = None) -> Edit:
    """A hand-entered risk, checked against the programme's matrix and vocabularies."""
    from core.risk.store import project_matrix
    if read_row(conn, "companies", {"id": company_id}) is None:
        raise UserInputError("unknown_company", company=company_id)
    matrix = matrix or project_matrix(conn)
    risk = Risk(company_id, next_manual_id(conn), category, _int(likelihood, "likelihood"),
                _int(severity, "severity"), description or "", cause or "", tuple(controls),
                _int(residual_likelihood, "residual_likelihood"),
                _int(residual_severity, "residual_severity"), owner or "")
    validate_risk(risk, matrix)
    rl, rs = risk.residual
    review = next_review or default_next_review(matrix, rl, rs, today)
    stamp = now()
    change = insert("risks", {"company_id": company_id, "risk_id": risk.risk_id}, {
        "uid": uuid.uuid4().hex, "category": risk.category, "description": risk.description,
        "cause": risk.cause, "inherent_likelihood": risk.inherent_likelihood,
        "inherent_severity": risk.inherent_severity, "controls": "\n".join(risk.controls),
        "residual_likelihood": risk.residual_likelihood, "residual_severity": risk.residual_severity,
        "owner": risk.owner, "status": "open", "last_review": today.isoformat(),
        "next_review": review.isoformat(), "created_at": stamp, "updated_at": stamp, "updated_by": by})
    return Edit("edit.risk_add", (change,), "company", company_id,
                {"company": company_id, "risk": risk.risk_id})


def find_risk(conn: sqlite3.Connection, risk_id: str, company_id: str | None = None) -> tuple[str, str]:
    """(company, ``manual`` or ``derived``) of a risk id: hand-entered ids are unique in the
    programme; a derived one (``rule:category``) needs ``company_id`` when several suppliers
    have it."""
    from core.risk.store import effective_register
    where = {"risk_id": risk_id} | ({"company_id": company_id} if company_id else {})
    manual = read_rows(conn, "risks", where)
    if len(manual) == 1:
        return manual[0]["company_id"], "manual"
    if len(manual) > 1:
        raise UserInputError("risk_edit.ambiguous", risk=risk_id,
                             companies=", ".join(sorted(r["company_id"] for r in manual)))
    register, _ = effective_register(conn)
    derived = register[(register["risk_id"] == risk_id) & (register["origin"] == "derived")]
    companies = sorted(set(derived["company_id"]))
    decided = [r["company_id"] for r in read_rows(conn, "risk_decisions", where)]
    companies = sorted(set(companies) | set(decided))
    if company_id:
        companies = [c for c in companies if c == company_id]
    if len(companies) == 1:
        return companies[0], "derived"
    if not companies:
        raise UserInputError("risk_edit.unknown_risk", risk=risk_id, company=company_id or "-")
    raise UserInputError("risk_edit.ambiguous", risk=risk_id, companies=", ".join(companies))


EDIT_FIELDS = ("category", "description", "cause", "inherent_likelihood", "inherent_severity",
               "controls", "residual_likelihood", "residual_severity", "owner", "status",
               "next_review")


def set_risk(conn: sqlite3.Connection, risk_id: str, today: date, company_id: str | None = None,
             decision: str | None = None, reason: str | None = None, by: str | None = None,
             **values: Any) -> Edit:
    """Change a risk: controls, residual likelihood/severity, owner, next review, status...
    (``values`` keys of :data:`EDIT_FIELDS`; controls as a list of lines). On a derived risk the
    change is a decision: ``accept`` / ``dismiss`` (with a ``reason``) or, when values are given,
    ``edit``. A review date left out is set from the residual level's review interval."""
    from core.risk.store import project_matrix
    unknown = set(values) - set(EDIT_FIELDS)
    if unknown:
        raise ValueError(f"unknown risk fields {sorted(unknown)}")
    values = {k: v for k, v in values.items() if v is not None}
    for key in ("inherent_likelihood", "inherent_severity", "residual_likelihood", "residual_severity"):
        if key in values:
            values[key] = _int(values[key], key)
    if "controls" in values and not isinstance(values["controls"], str):
        values["controls"] = "\n".join(x for x in values["controls"] if x)
    if decision is not None and decision not in DECISIONS:
        raise UserInputError("risk_unknown_decision", value=decision, known=", ".join(DECISIONS))
    company_id, origin = find_risk(conn, risk_id, company_id)
    matrix = project_matrix(conn)
    if origin == "manual":
        if decision is not None:
            raise UserInputError("risk_edit.decision_on_manual", risk=risk_id)
        return _set_manual(conn, company_id, risk_id, values, matrix, today, by)
    return _decide(conn, company_id, risk_id, decision, reason, values, matrix, today, by)


def _risk_of(row: dict, values: dict) -> Risk:
    merged = {**row, **values}
    return Risk(merged["company_id"], merged["risk_id"], merged["category"],
                _int(merged["inherent_likelihood"], "likelihood"),
                _int(merged["inherent_severity"], "severity"), merged.get("description") or "",
                merged.get("cause") or "", tuple((merged.get("controls") or "").split("\n")),
                _int(merged.get("residual_likelihood"), "residual_likelihood"),
                _int(merged.get("residual_severity"), "residual_severity"),
                merged.get("owner") or "", merged.get("status") or "open")


def _set_manual(conn, company_id: str, risk_id: str, values: dict, matrix: RiskMatrix,
                today: date, by: str | None) -> Edit:
    key = {"company_id": company_id, "risk_id": risk_id}
    row = read_row(conn, "risks", key)
    risk = _risk_of(row, values)
    validate_risk(risk, matrix)
    if "next_review" in values:
        values["next_review"] = _iso(values["next_review"])
    elif {"residual_likelihood", "residual_severity", "inherent_likelihood",
          "inherent_severity"} & set(values):
        values["next_review"] = default_next_review(matrix, *risk.residual, today).isoformat()
    changes = update(conn, "risks", key, values)
    if changes:
        changes += update(conn, "risks", key, {"last_review": today.isoformat(), "updated_at": now(),
                                               "updated_by": by}) or []
        changes = _merge(changes)
    return Edit("edit.risk_set", tuple(changes), "company", company_id,
                {"company": company_id, "risk": risk_id})


def _merge(changes: list[RowChange]) -> list[RowChange]:
    """Two updates of the same row made from the same reading: one change with both."""
    if len(changes) < 2:
        return changes
    before, after = {}, {}
    for c in changes:
        before.update(c.before or {})
        after.update(c.after or {})
    return [RowChange(changes[0].table, changes[0].key, before, after)]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _decide(conn, company_id: str, risk_id: str, decision: str | None, reason: str | None,
            values: dict, matrix: RiskMatrix, today: date, by: str | None) -> Edit:
    from core.risk.rules import derive_risks
    from core.risk.store import project_rules, supply_base
    base = supply_base(conn)
    suppliers = base.suppliers[base.suppliers["company_id"] == company_id]
    gaps = base.critical_gaps[base.critical_gaps["company_id"] == company_id]
    derived = derive_risks(suppliers, gaps, project_rules(conn), matrix)
    derived = derived[derived["risk_id"] == risk_id]
    key = {"company_id": company_id, "risk_id": risk_id}
    stored = read_row(conn, "risk_decisions", key)
    if derived.empty and stored is None:
        raise UserInputError("risk_edit.unknown_risk", risk=risk_id, company=company_id)
    kept = {k: stored[k] for k in EDIT_FIELDS if stored and stored.get(k) is not None
            and stored.get("decision") == "edit" and k != "next_review"}
    if decision is None:
        decision = "edit" if values else (stored or {}).get("decision") or "accept"
    if decision == "accept" and (values or kept):
        decision = "edit"          # accepted with changes of its own
    if decision == "dismiss" and values:
        raise UserInputError("risk_bad_changes", keys=", ".join(sorted(values)))
    columns: dict[str, Any] = {"decision": decision, "reason": reason if reason is not None
                               else (stored or {}).get("reason")}
    if decision != "dismiss":
        merged = {**kept, **values}
        if not derived.empty:
            row = derived.iloc[0].to_dict()
            current = {k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in row.items()}
            risk = _risk_of(current, {k: v for k, v in merged.items()})
            validate_risk(risk, matrix)
            rl, rs = risk.residual
        else:
            rl = merged.get("residual_likelihood") or stored.get("inherent_likelihood") or 1
            rs = merged.get("residual_severity") or stored.get("inherent_severity") or 1
        if "next_review" not in merged:
            merged["next_review"] = default_next_review(matrix, rl, rs, today)
        columns.update({k: _iso(v) for k, v in merged.items()})
        columns["last_review"] = today.isoformat()
    columns.update(decided_at=now(), decided_by=by)
    if not derived.empty:
        columns["derived_likelihood"] = int(derived["inherent_likelihood"].iloc[0])
        columns["derived_severity"] = int(derived["inherent_severity"].iloc[0])
    if stored is None:
        changes = [insert("risk_decisions", key, {"uid": uuid.uuid4().hex, **columns})]
    else:
        cleared = {k: None for k in EDIT_FIELDS if stored.get(k) is not None and k not in columns}
        changes = update(conn, "risk_decisions", key, {**cleared, **columns})
    action = "edit.risk_dismiss" if decision == "dismiss" else "edit.risk_decide"
    return Edit(action, tuple(changes), "company", company_id,
                {"company": company_id, "risk": risk_id})


def delete_risk(conn: sqlite3.Connection, company_id: str, risk_id: str) -> Edit:
    """Delete a hand-entered risk."""
    changes = delete(conn, "risks", {"company_id": company_id, "risk_id": risk_id})
    if not changes:
        raise UserInputError("risk_edit.unknown_risk", risk=risk_id, company=company_id)
    return Edit("edit.risk_delete", tuple(changes), "company", company_id,
                {"company": company_id, "risk": risk_id})


def choose_matrix(conn: sqlite3.Connection, matrix: RiskMatrix) -> Edit:
    """Make ``matrix`` the programme's own (its definition stored in the file). Refused when a
    stored risk uses a likelihood or severity beyond the new matrix."""
    from core.risk.store import register_extent
    top_l, top_s = register_extent(conn)
    if top_l > matrix.size[0] or top_s > matrix.size[1]:
        raise UserInputError("risk_matrix_too_small", likelihood=top_l, severity=top_s,
                             size=f"{matrix.size[0]} x {matrix.size[1]}")
    key = {"key": "matrix"}
    values = {"value": json.dumps(matrix.to_dict(), ensure_ascii=False), "updated_at": now()}
    if read_row(conn, "risk_settings", key) is None:
        changes = [insert("risk_settings", key, values)]
    else:
        changes = update(conn, "risk_settings", key, values)
    return Edit("edit.matrix_set", tuple(changes), "programme", "1", {"matrix": matrix.id})


def reclassification(conn: sqlite3.Connection, matrix: RiskMatrix, today: date | None = None
                     ) -> pd.DataFrame:
    """What choosing ``matrix`` would change: per supplier ``company_id``, ``level_before``
    (the current matrix) and ``level_after`` (residual basis), and ``changed``."""
    from core.risk.classify import classify_suppliers
    from core.risk.store import effective_register, project_matrix
    current = project_matrix(conn)
    companies = [r[0] for r in conn.execute("SELECT id FROM companies WHERE role = 'supplier' ORDER BY id")]
    before_reg, _ = effective_register(conn, today, current)
    after_reg, _ = effective_register(conn, today, matrix)
    if current.size != matrix.size:
        after_reg = _rescaled(after_reg, current, matrix)
    before = classify_suppliers(before_reg, current, companies, "residual")
    after = classify_suppliers(after_reg, matrix, companies, "residual")
    out = pd.DataFrame({"company_id": companies, "level_before": before["level"].to_numpy(dtype=object),
                        "level_after": after["level"].to_numpy(dtype=object)})
    out["changed"] = [_level(a) != _level(b) for a, b in zip(out["level_before"], out["level_after"])]
    return out


def _level(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _rescaled(register: pd.DataFrame, old: RiskMatrix, new: RiskMatrix) -> pd.DataFrame:
    """Hand-entered values clipped to the new scale (derived ones are re-derived on it)."""
    out = register.copy()
    for col, top in (("inherent_likelihood", new.size[0]), ("residual_likelihood", new.size[0]),
                     ("inherent_severity", new.size[1]), ("residual_severity", new.size[1])):
        out[col] = out[col].clip(upper=top)
    return out
