"""Editing improvement plans as :class:`core.edits.Edit` data: the workbench pushes these on its
undo stack, the command line applies them with :func:`core.edits.apply_edit`.

Every builder reads the rows as they are now, checks the values with the model's rules
(:func:`core.plans.model.check_action` ...) and returns one edit, or raises
:class:`core.errors.UserInputError` naming the bad value (nothing is changed). A change to a
plan that is already agreed raises its ``revision`` and adds a ``plan_revisions`` row in the
same edit, so undoing the change undoes the revision too.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from core.edits import Edit, RowChange, read_row, read_rows, register_table
from core.edits.build import delete, delete_where, insert, update
from core.errors import UserInputError
from core.plans.model import SHARES, Action, Kpi, check_action, check_kpi
from core.project.timeutil import now

register_table("plan_revisions", ("company_id", "revision"))
register_table("certification_decisions", ("company_id",))

DEFAULT_SHARES = (0.75, 0.25, 0.0)
AGGREGATES = ("sum", "mean", "median")
# model attribute -> plan_actions column
ACTION_COLUMNS = {"title": "title", "area": "area", "items": "items", "owner": "owner",
                  "start": "starts_on", "due": "due_on", "status": "status", "percent": "percent",
                  "budget": "budget", "programme_share": "programme_share",
                  "buyer_share": "buyer_share", "supplier_share": "supplier_share",
                  "kpi_id": "kpi_id", "notes": "notes"}
KPI_COLUMNS = ("catalogue_id", "name", "unit", "direction", "baseline_value", "baseline_date",
               "target_value", "target_date", "action_id", "notes", "aggregate")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if isinstance(day, date) else day


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def require_company(conn: sqlite3.Connection, company_id: str) -> None:
    """Refuse an unknown company id (naming it)."""
    if read_row(conn, "companies", {"id": company_id}) is None:
        raise UserInputError("unknown_company", company=company_id)


def plan_row(conn: sqlite3.Connection, company_id: str) -> dict | None:
    return read_row(conn, "plans", {"company_id": company_id})


def _new_plan(company_id: str) -> RowChange:
    return insert("plans", {"company_id": company_id},
                  {"uid": str(uuid.uuid4()), "agreed_on": None, "notes": "", "updated_at": now(),
                   "status": "draft", "revision": 0})


def _revision(conn: sqlite3.Connection, company_id: str, change: str, subject: str | None,
              today: date) -> list[RowChange]:
    """Raise the revision of an agreed plan, with its history row (nothing for a draft)."""
    plan = plan_row(conn, company_id)
    if plan is None or plan.get("status") != "agreed":
        return []
    number = int(plan.get("revision") or 0) + 1
    return [*update(conn, "plans", {"company_id": company_id}, {"revision": number}),
            insert("plan_revisions", {"company_id": company_id, "revision": number},
                   {"on_date": today.isoformat(), "change": change, "subject": subject})]


# --- actions -----------------------------------------------------------------------------
def action_from_row(row: dict) -> Action:
    """A model :class:`Action` from a ``plan_actions`` row (to check it with the model's rules)."""
    return Action(row["action_id"], row.get("title") or "", row.get("area"),
                  (row.get("items") or "").split(), row.get("owner"), _day(row.get("starts_on")),
                  _day(row.get("due_on")), row.get("status") or "not_started",
                  float(row.get("percent") or 0.0), row.get("budget"), row.get("programme_share"),
                  row.get("buyer_share"), row.get("supplier_share"), row.get("kpi_id"),
                  row.get("notes") or "")


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """Model attribute values -> column values (dates as ISO text, items joined)."""
    out = {}
    for key, value in values.items():
        if key not in ACTION_COLUMNS:
            raise ValueError(f"unknown action field {key!r}")
        if key == "items":
            value = " ".join(value or [])
        elif key in ("start", "due"):
            value = _iso(value)
        out[ACTION_COLUMNS[key]] = value
    return out


def _check(action: Action, conn: sqlite3.Connection, company_id: str) -> None:
    check_action(action)
    if action.kpi_id and read_row(conn, "plan_kpis", {"company_id": company_id,
                                                      "kpi_id": action.kpi_id}) is None:
        raise UserInputError("plan_unknown_kpi", company=company_id, kpi=action.kpi_id)


def next_id(conn: sqlite3.Connection, table: str, column: str, company_id: str, prefix: str) -> str:
    """The next free id of a company's actions (A01...) or KPIs (K01...)."""
    numbers = [int(r[column][len(prefix):]) for r in read_rows(conn, table, {"company_id": company_id})
               if r[column].startswith(prefix) and r[column][len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def add_action(conn: sqlite3.Connection, company_id: str, title: str, today: date,
               **fields: Any) -> Edit:
    """Add an action (a draft plan is created when the company has none). Unset co-financing
    shares take the default 75 / 25 / 0 %; ``fields`` are :class:`Action` attributes."""
    require_company(conn, company_id)
    changes: list[RowChange] = []
    if plan_row(conn, company_id) is None:
        changes.append(_new_plan(company_id))
    action_id = fields.pop("id", None) or next_id(conn, "plan_actions", "action_id", company_id, "A")
    if all(fields.get(s) is None for s in SHARES):
        fields.update(dict(zip(SHARES, DEFAULT_SHARES)))
    action = Action(action_id, title, **fields)
    _check(action, conn, company_id)
    rows = read_rows(conn, "plan_actions", {"company_id": company_id})
    values = _columns({k: getattr(action, k) for k in ACTION_COLUMNS})
    values.update(uid=str(uuid.uuid4()), position=max((r["position"] for r in rows), default=-1) + 1,
                  updated_at=now())
    changes.append(insert("plan_actions", {"company_id": company_id, "action_id": action_id}, values))
    if action.status != "not_started" or action.percent:
        changes.append(insert("action_updates", {"company_id": company_id, "action_id": action_id,
                                                 "on_date": today.isoformat()},
                              {"percent": action.effective_percent, "status": action.status}))
    changes += _revision(conn, company_id, "edit.action_add", action_id, today)
    return Edit("edit.action_add", tuple(changes), "company", company_id,
                {"company": company_id, "action": action_id})


def _action(conn: sqlite3.Connection, company_id: str, action_id: str) -> dict:
    row = read_row(conn, "plan_actions", {"company_id": company_id, "action_id": action_id})
    if row is None:
        require_company(conn, company_id)
        raise UserInputError("plan_unknown_action", company=company_id, action=action_id)
    return row


def set_action(conn: sqlite3.Connection, company_id: str, action_id: str, as_of: date,
               **values: Any) -> Edit:
    """Change an action's fields. A new status or percent is also recorded in the action's
    history on ``as_of`` (the day it is true on), which the burn-up draws; marking an action
    done without a percent makes it 100 %."""
    row = _action(conn, company_id, action_id)
    current = action_from_row(row)
    if values.get("status") == "done" and "percent" not in values:
        values["percent"] = 100.0
    if "percent" in values and "status" not in values and values["percent"] is not None:
        # progress without a status: started when above 0, done at 100
        if values["percent"] >= 100:
            values["status"] = "done"
        elif values["percent"] > 0 and current.status == "not_started":
            values["status"] = "in_progress"
    candidate = replace(current, **values)
    _check(candidate, conn, company_id)
    key = {"company_id": company_id, "action_id": action_id}
    changes = update(conn, "plan_actions", key, _columns(values))
    if "percent" in values or "status" in values:
        changes += _progress(conn, company_id, action_id, as_of, candidate)
    if not changes:
        return Edit("edit.action_set", (), "company", company_id)
    changes.append(RowChange("plan_actions", key, {"updated_at": row["updated_at"]},
                             {"updated_at": now()}))
    changes += _revision(conn, company_id, "edit.action_set", action_id, as_of)
    return Edit("edit.action_set", tuple(changes), "company", company_id,
                {"company": company_id, "action": action_id})


def _progress(conn, company_id: str, action_id: str, on: date, action: Action) -> list[RowChange]:
    """The history row of ``on`` (inserted, or updated when one exists that day)."""
    key = {"company_id": company_id, "action_id": action_id, "on_date": on.isoformat()}
    values = {"percent": action.effective_percent, "status": action.status}
    if read_row(conn, "action_updates", key) is None:
        return [insert("action_updates", key, values)]
    return update(conn, "action_updates", key, values)


def delete_action(conn: sqlite3.Connection, company_id: str, action_id: str, today: date) -> Edit:
    """Delete an action with its progress history (KPIs it measured stay, unlinked)."""
    _action(conn, company_id, action_id)
    changes = []
    for kpi in read_rows(conn, "plan_kpis", {"company_id": company_id, "action_id": action_id}):
        changes += update(conn, "plan_kpis", {"company_id": company_id, "kpi_id": kpi["kpi_id"]},
                          {"action_id": None})
    changes += delete_where(conn, "action_updates", {"company_id": company_id, "action_id": action_id},
                            ("company_id", "action_id", "on_date"))
    changes += delete(conn, "plan_actions", {"company_id": company_id, "action_id": action_id})
    changes += _revision(conn, company_id, "edit.action_delete", action_id, today)
    return Edit("edit.action_delete", tuple(changes), "company", company_id,
                {"company": company_id, "action": action_id})


def move_action(conn: sqlite3.Connection, company_id: str, action_id: str, step: int,
                today: date) -> Edit:
    """Move an action ``step`` places up (negative) or down in the plan's order."""
    _action(conn, company_id, action_id)
    rows = sorted(read_rows(conn, "plan_actions", {"company_id": company_id}),
                  key=lambda r: (r["position"], r["action_id"]))
    ids = [r["action_id"] for r in rows]
    old = ids.index(action_id)
    new = max(0, min(len(ids) - 1, old + step))
    if new == old:
        return Edit("edit.action_move", (), "company", company_id)
    ids.insert(new, ids.pop(old))
    changes = []
    for position, aid in enumerate(ids):
        changes += update(conn, "plan_actions", {"company_id": company_id, "action_id": aid},
                          {"position": position})
    changes += _revision(conn, company_id, "edit.action_move", action_id, today)
    return Edit("edit.action_move", tuple(changes), "company", company_id,
                {"company": company_id, "action": action_id})


# --- the plan itself ---------------------------------------------------------------------
def agree_plan(conn: sqlite3.Connection, company_id: str, on: date, buyer: str | None = None,
               supplier: str | None = None, consultant: str | None = None) -> Edit:
    """Record the agreement (date and who signed) and freeze the baseline of the burn-up: the
    planned start and due date of every action as they are now."""
    require_company(conn, company_id)
    plan = plan_row(conn, company_id)
    if plan is None:
        raise UserInputError("plan_not_found", company=company_id)
    actions = read_rows(conn, "plan_actions", {"company_id": company_id})
    if not actions:
        raise UserInputError("plans.agree_empty", company=company_id)
    baseline = {r["action_id"]: [r["starts_on"], r["due_on"]] for r in actions}
    number = int(plan.get("revision") or 0) + 1
    changes = update(conn, "plans", {"company_id": company_id}, {
        "status": "agreed", "agreed_on": on.isoformat(), "signed_buyer": buyer or None,
        "signed_supplier": supplier or None, "signed_consultant": consultant or None,
        "baseline": json.dumps(baseline, sort_keys=True), "revision": number, "updated_at": now()})
    changes.append(insert("plan_revisions", {"company_id": company_id, "revision": number},
                          {"on_date": on.isoformat(), "change": "edit.plan_agree", "subject": None}))
    return Edit("edit.plan_agree", tuple(changes), "company", company_id,
                {"company": company_id, "date": on.isoformat()})


def draft_plans(conn: sqlite3.Connection, company_ids: list[str], start: date, *, top_n: int = 5,
                language: str = "en", months: int = 9, subject: tuple[str, str] | None = None
                ) -> tuple[Edit, list[tuple[str, str]]]:
    """One edit saving a draft plan (status ``draft``) for each company from its latest
    diagnosis: the top opportunities and critical gaps as the core proposes them.

    Returns the edit and the companies skipped with why (``plans.has_plan``,
    ``plan_no_assessment``). With a single company a skip is an error.
    """
    from core.plans.draft import draft_for_company
    changes: list[RowChange] = []
    skipped: list[tuple[str, str]] = []
    for company_id in company_ids:
        require_company(conn, company_id)
        try:
            if read_rows(conn, "plan_actions", {"company_id": company_id}):
                raise UserInputError("plans.has_plan", company=company_id)
            plan = draft_for_company(conn, company_id, start, top_n=top_n, months=months,
                                     language=language)
        except UserInputError as exc:
            if len(company_ids) == 1:
                raise
            skipped.append((company_id, exc.code))
            continue
        changes += _draft_rows(conn, company_id, plan)
    kind, ident = subject or ("company", company_ids[0] if len(company_ids) == 1 else "*")
    return (Edit("edit.plan_draft", tuple(changes), kind, ident,
                 {"subject": ident, "count": len(company_ids) - len(skipped)}), skipped)


def _draft_rows(conn, company_id: str, plan) -> list[RowChange]:
    changes = [] if plan_row(conn, company_id) else [_new_plan(company_id)]
    stamp = now()
    existing = read_rows(conn, "plan_kpis", {"company_id": company_id})
    start = max((int(r["kpi_id"][1:]) for r in existing
                 if r["kpi_id"][:1] == "K" and r["kpi_id"][1:].isdigit()), default=0)
    renamed = {k.id: f"K{start + n:02d}" for n, k in enumerate(plan.kpis, start=1)}
    for action in plan.actions:            # KPIs already in the plan keep their ids
        action.kpi_id = renamed.get(action.kpi_id, action.kpi_id)
    for position, kpi in enumerate(plan.kpis, start=len(existing)):
        kpi.id = renamed[kpi.id]
        changes.append(insert("plan_kpis", {"company_id": company_id, "kpi_id": kpi.id}, {
            "uid": str(uuid.uuid4()), "position": position, "updated_at": stamp,
            **_kpi_columns(kpi, default_aggregate(kpi.catalogue_id))}))
    for position, action in enumerate(plan.actions):
        values = _columns({k: getattr(action, k) for k in ACTION_COLUMNS})
        changes.append(insert("plan_actions", {"company_id": company_id, "action_id": action.id},
                              {**values, "uid": str(uuid.uuid4()), "position": position,
                               "updated_at": stamp}))
    return changes


# --- KPIs and measurements ---------------------------------------------------------------
def default_aggregate(catalogue_id: str | None) -> str:
    """How a KPI rolls up by default: the catalogue's "sum" KPIs add up, others take the median."""
    from core.plans.kpi import catalogue
    entry = catalogue().get(catalogue_id or "")
    return "sum" if entry is not None and entry.aggregate == "sum" else "median"


def _kpi_columns(kpi: Kpi, aggregate: str | None) -> dict[str, Any]:
    return {"catalogue_id": kpi.catalogue_id, "name": kpi.name, "unit": kpi.unit,
            "direction": kpi.direction, "baseline_value": kpi.baseline_value,
            "baseline_date": _iso(kpi.baseline_date), "target_value": kpi.target_value,
            "target_date": _iso(kpi.target_date), "action_id": kpi.action_id, "notes": kpi.notes,
            "aggregate": aggregate}


DIRECTION_WORDS = {"up": "higher", "higher": "higher", "down": "lower", "lower": "lower"}


def add_kpi(conn: sqlite3.Connection, company_id: str, today: date, *, catalogue: str | None = None,
            name: str | None = None, unit: str | None = None, better: str | None = None,
            baseline: float | None = None, baseline_date: date | None = None,
            target: float | None = None, target_date: date | None = None,
            actions: list[str] | tuple[str, ...] = (), aggregate: str | None = None,
            notes: str = "", language: str = "en") -> Edit:
    """Add a KPI from the catalogue (``catalogue`` key: name, unit and direction from it) or a
    custom one (``name``, ``unit``, ``better`` up/down). ``actions`` are the plan's actions it
    measures (their KPI link is set); ``aggregate`` (sum, mean, median) is how it rolls up."""
    from core.plans.kpi import catalogue as kpi_catalogue
    require_company(conn, company_id)
    entry = None
    if catalogue:
        entry = kpi_catalogue().get(catalogue)
        if entry is None:
            raise UserInputError("plans.unknown_catalogue_kpi", value=catalogue,
                                 known=", ".join(kpi_catalogue()))
    direction = DIRECTION_WORDS.get((better or "").strip().lower()) if better else (
        entry.direction if entry else None)
    if direction is None:
        raise UserInputError("plans.bad_better", value=better or "")
    if aggregate is not None and aggregate not in AGGREGATES:
        raise UserInputError("plans.bad_aggregate", value=aggregate, known=", ".join(AGGREGATES))
    kpi_id = next_id(conn, "plan_kpis", "kpi_id", company_id, "K")
    kpi = Kpi(kpi_id, name or (entry.name(language) if entry else ""),
              unit if unit is not None else (entry.unit if entry else ""), direction, baseline,
              baseline_date or (today if baseline is not None else None), target, target_date,
              entry.id if entry else None, (list(actions) or [None])[0], notes)
    check_kpi(kpi)
    changes: list[RowChange] = []
    if plan_row(conn, company_id) is None:
        changes.append(_new_plan(company_id))
    rows = read_rows(conn, "plan_kpis", {"company_id": company_id})
    changes.append(insert("plan_kpis", {"company_id": company_id, "kpi_id": kpi_id}, {
        "uid": str(uuid.uuid4()), "position": max((r["position"] for r in rows), default=-1) + 1,
        "updated_at": now(), **_kpi_columns(kpi, aggregate or default_aggregate(kpi.catalogue_id))}))
    for action_id in actions:
        _action(conn, company_id, action_id)
        changes += update(conn, "plan_actions", {"company_id": company_id, "action_id": action_id},
                          {"kpi_id": kpi_id})
    changes += _revision(conn, company_id, "edit.kpi_add", kpi_id, today)
    return Edit("edit.kpi_add", tuple(changes), "company", company_id,
                {"company": company_id, "kpi": kpi_id})


def _kpi(conn: sqlite3.Connection, company_id: str, kpi_id: str) -> dict:
    row = read_row(conn, "plan_kpis", {"company_id": company_id, "kpi_id": kpi_id})
    if row is None:
        require_company(conn, company_id)
        raise UserInputError("plan_unknown_kpi", company=company_id, kpi=kpi_id)
    return row


def set_kpi(conn: sqlite3.Connection, company_id: str, kpi_id: str, today: date, **values: Any) -> Edit:
    """Change a KPI's name, unit, direction, baseline, target, dates, notes or aggregate."""
    row = _kpi(conn, company_id, kpi_id)
    unknown = set(values) - set(KPI_COLUMNS)
    if unknown:
        raise ValueError(f"unknown KPI fields {sorted(unknown)}")
    if "direction" in values:
        values["direction"] = DIRECTION_WORDS.get(str(values["direction"]).lower(), values["direction"])
    if values.get("aggregate") not in (None, *AGGREGATES):
        raise UserInputError("plans.bad_aggregate", value=values["aggregate"], known=", ".join(AGGREGATES))
    merged = {**row, **{k: _iso(v) for k, v in values.items()}}
    check_kpi(Kpi(kpi_id, merged["name"] or "", merged["unit"] or "", merged["direction"],
                  merged["baseline_value"], _day(merged["baseline_date"]), merged["target_value"],
                  _day(merged["target_date"])))
    changes = update(conn, "plan_kpis", {"company_id": company_id, "kpi_id": kpi_id},
                     {k: _iso(v) for k, v in values.items()})
    if changes:
        changes += _revision(conn, company_id, "edit.kpi_set", kpi_id, today)
    return Edit("edit.kpi_set", tuple(changes), "company", company_id,
                {"company": company_id, "kpi": kpi_id})


def delete_kpi(conn: sqlite3.Connection, company_id: str, kpi_id: str, today: date) -> Edit:
    """Delete a KPI with its measurements; actions that it measured lose the link."""
    _kpi(conn, company_id, kpi_id)
    changes = []
    for action in read_rows(conn, "plan_actions", {"company_id": company_id, "kpi_id": kpi_id}):
        changes += update(conn, "plan_actions", {"company_id": company_id,
                                                 "action_id": action["action_id"]}, {"kpi_id": None})
    changes += delete_where(conn, "kpi_measurements", {"company_id": company_id, "kpi_id": kpi_id},
                            ("company_id", "kpi_id", "measured_on"))
    changes += delete(conn, "plan_kpis", {"company_id": company_id, "kpi_id": kpi_id})
    changes += _revision(conn, company_id, "edit.kpi_delete", kpi_id, today)
    return Edit("edit.kpi_delete", tuple(changes), "company", company_id,
                {"company": company_id, "kpi": kpi_id})


def measure(conn: sqlite3.Connection, company_id: str, kpi_id: str, on: date, value: float,
            note: str = "", source: str = "") -> Edit:
    """Record a KPI's value on a date (replacing the value of that date)."""
    _kpi(conn, company_id, kpi_id)
    if not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        raise UserInputError("plans.bad_value", value=value)
    key = {"company_id": company_id, "kpi_id": kpi_id, "measured_on": on.isoformat()}
    values = {"value": float(value), "note": note or "", "source": source or ""}
    if read_row(conn, "kpi_measurements", key) is None:
        changes = [insert("kpi_measurements", key, values)]
    else:
        changes = update(conn, "kpi_measurements", key, values)
    return Edit("edit.kpi_measure", tuple(changes), "company", company_id,
                {"company": company_id, "kpi": kpi_id, "date": on.isoformat()})


def delete_measurement(conn: sqlite3.Connection, company_id: str, kpi_id: str, on: date) -> Edit:
    key = {"company_id": company_id, "kpi_id": kpi_id, "measured_on": on.isoformat()}
    return Edit("edit.measurement_delete", tuple(delete(conn, "kpi_measurements", key)), "company",
                company_id, {"company": company_id, "kpi": kpi_id, "date": on.isoformat()})


# --- certification -----------------------------------------------------------------------
CERT_DECISIONS = ("certify", "not_yet")


def decide_certification(conn: sqlite3.Connection, company_id: str, decision: str, on: date,
                         note: str = "", by: str | None = None) -> Edit:
    """Record the consultant's decision on a supplier: ``certify`` or ``not_yet``."""
    require_company(conn, company_id)
    if decision not in CERT_DECISIONS:
        raise UserInputError("plans.bad_cert_decision", value=decision, known=", ".join(CERT_DECISIONS))
    key = {"company_id": company_id}
    values = {"decision": decision, "decided_on": on.isoformat(), "note": note or "", "decided_by": by}
    if read_row(conn, "certification_decisions", key) is None:
        changes = [insert("certification_decisions", key, {"uid": str(uuid.uuid4()), **values})]
    else:
        changes = update(conn, "certification_decisions", key, values)
    return Edit("edit.certify", tuple(changes), "company", company_id,
                {"company": company_id, "decision": decision})


def certification_decision(conn: sqlite3.Connection, company_id: str) -> dict | None:
    """The stored decision on a supplier (decision, decided_on, note, decided_by) or None."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'certification_decisions'").fetchone() is None:
        return None
    row = read_row(conn, "certification_decisions", {"company_id": company_id})
    return None if row is None else {k: row[k] for k in ("decision", "decided_on", "note", "decided_by")}
