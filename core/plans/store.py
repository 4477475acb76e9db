"""Improvement plans in the project file (tables of ``core/project/schema/003_plans.sql``).

Every function takes an open ``sqlite3.Connection`` (``project.conn``). Writes run in one
transaction, or join the caller's when one is open (a generator can build a whole programme
in one). Saving a plan equal to the stored one writes nothing, so a follow-up round trip
without edits leaves the file untouched.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Iterator

import pandas as pd

from core.errors import UserInputError
from core.plans.certification import CertificationRule, parse_rule
from core.plans.model import Action, ActionUpdate, ImprovementPlan, Kpi, Measurement, check_action, check_kpi
from core.plans.phases import PhaseDates
from core.project.db import transaction

ACTION_FIELDS = ("title", "area", "items", "owner", "starts_on", "due_on", "status", "percent",
                 "budget", "programme_share", "buyer_share", "supplier_share", "kpi_id", "notes")
KPI_FIELDS = ("catalogue_id", "name", "unit", "direction", "baseline_value", "baseline_date",
              "target_value", "target_date", "action_id", "notes")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@contextmanager
def writing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A transaction, or the caller's when one is already open."""
    with (nullcontext(conn) if conn.in_transaction else transaction(conn)):
        yield conn


def has_plan_tables(conn: sqlite3.Connection) -> bool:
    """True when the file has the plan tables (schema 003 or later)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'plans'").fetchone() is not None


# --- reading ------------------------------------------------------------------------------
def load_plan(conn: sqlite3.Connection, company_id: str) -> ImprovementPlan | None:
    """The stored plan of a company, or None."""
    return load_plans(conn, [company_id]).get(company_id)


def load_plans(conn: sqlite3.Connection, companies: list[str] | None = None) -> dict[str, ImprovementPlan]:
    """Stored plans by company id (all of them, or those of ``companies``)."""
    if not has_plan_tables(conn):
        return {}
    where, params = "", ()
    if companies is not None:
        where = f" WHERE company_id IN ({', '.join('?' * len(companies))})"
        params = tuple(companies)
    plans = {c: ImprovementPlan(c, agreed_on=_d(a), notes=n or "") for c, a, n in conn.execute(
        f"SELECT company_id, agreed_on, notes FROM plans{where} ORDER BY company_id", params)}
    editing = _has_column(conn, "plans", "status")
    if editing:
        for c, status, buyer, supplier, consultant, baseline, revision in conn.execute(
                "SELECT company_id, status, signed_buyer, signed_supplier, signed_consultant, "
                f"baseline, revision FROM plans{where}", params):
            plan = plans[c]
            plan.status, plan.revision = status or "draft", int(revision or 0)
            plan.signatories = {k: v for k, v in (("buyer", buyer), ("supplier", supplier),
                                                  ("consultant", consultant)) if v}
            plan.baseline = {a: (_d(s), _d(e)) for a, (s, e) in json.loads(baseline or "{}").items()}
    updates: dict[tuple[str, str], list[ActionUpdate]] = {}
    for c, a, on, pct, status in conn.execute(
            f"SELECT company_id, action_id, on_date, percent, status FROM action_updates{where} "
            "ORDER BY on_date", params):
        updates.setdefault((c, a), []).append(ActionUpdate(_d(on), pct, status))
    for row in conn.execute(f"SELECT company_id, action_id, {', '.join(ACTION_FIELDS)} "
                            f"FROM plan_actions{where} ORDER BY company_id, position", params):
        c, aid, *values = row
        r = dict(zip(ACTION_FIELDS, values))
        plans[c].actions.append(Action(
            aid, r["title"], r["area"], (r["items"] or "").split(), r["owner"], _d(r["starts_on"]),
            _d(r["due_on"]), r["status"], r["percent"], r["budget"], r["programme_share"],
            r["buyer_share"], r["supplier_share"], r["kpi_id"], r["notes"] or "",
            updates.get((c, aid), [])))
    measurements: dict[tuple[str, str], list[Measurement]] = {}
    for c, k, on, value, source, note in conn.execute(
            f"SELECT company_id, kpi_id, measured_on, value, source, note FROM kpi_measurements{where} "
            "ORDER BY measured_on", params):
        measurements.setdefault((c, k), []).append(Measurement(_d(on), value, source or "", note or ""))
    for row in conn.execute(f"SELECT company_id, kpi_id, {', '.join(KPI_FIELDS)} FROM plan_kpis{where} "
                            "ORDER BY company_id, position", params):
        c, kid, *values = row
        r = dict(zip(KPI_FIELDS, values))
        plans[c].kpis.append(Kpi(kid, r["name"], r["unit"] or "", r["direction"], r["baseline_value"],
                                 _d(r["baseline_date"]), r["target_value"], _d(r["target_date"]),
                                 r["catalogue_id"], r["action_id"], r["notes"] or "",
                                 measurements.get((c, kid), [])))
    if editing:
        for c, kid, aggregate in conn.execute(f"SELECT company_id, kpi_id, aggregate FROM plan_kpis{where}",
                                              params):
            for k in plans[c].kpis:
                if k.id == kid:
                    k.aggregate = aggregate
    return plans


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f'PRAGMA table_info("{table}")'))


# --- writing -------------------------------------------------------------------------------
def save_plan(conn: sqlite3.Connection, plan: ImprovementPlan) -> bool:
    """Store ``plan`` (replacing the company's stored plan); False when nothing changed."""
    if conn.execute("SELECT 1 FROM companies WHERE id = ?", (plan.company_id,)).fetchone() is None:
        raise UserInputError("unknown_company", company=plan.company_id)
    for a in plan.actions:
        check_action(a)
    for k in plan.kpis:
        check_kpi(k)
    for ids in ([a.id for a in plan.actions], [k.id for k in plan.kpis]):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise UserInputError("plan_duplicate_id", company=plan.company_id, id=", ".join(dupes))
    kpi_ids = {k.id for k in plan.kpis}
    for a in plan.actions:
        if a.kpi_id and a.kpi_id not in kpi_ids:
            raise UserInputError("plan_unknown_kpi", company=plan.company_id, kpi=a.kpi_id)
    old = load_plan(conn, plan.company_id)
    if old == plan:
        return False
    with writing(conn):
        _write(conn, plan, old)
    return True


def _write(conn: sqlite3.Connection, plan: ImprovementPlan, old: ImprovementPlan | None) -> None:
    stamp, c = _now(), plan.company_id
    uids = {("a", a): u for a, u in conn.execute(
        "SELECT action_id, uid FROM plan_actions WHERE company_id = ?", (c,))}
    uids.update({("k", k): u for k, u in conn.execute(
        "SELECT kpi_id, uid FROM plan_kpis WHERE company_id = ?", (c,))})
    stamps = {("a", a): s for a, s in conn.execute(
        "SELECT action_id, updated_at FROM plan_actions WHERE company_id = ?", (c,))}
    stamps.update({("k", k): s for k, s in conn.execute(
        "SELECT kpi_id, updated_at FROM plan_kpis WHERE company_id = ?", (c,))})
    old_actions = {a.id: a for a in old.actions} if old else {}
    old_kpis = {k.id: k for k in old.kpis} if old else {}
    if old is None:
        conn.execute("INSERT INTO plans (company_id, uid, agreed_on, notes, updated_at) VALUES (?, ?, ?, ?, ?)",
                     (c, str(uuid.uuid4()), _iso(plan.agreed_on), plan.notes, stamp))
    else:
        conn.execute("UPDATE plans SET agreed_on = ?, notes = ?, updated_at = ? WHERE company_id = ?",
                     (_iso(plan.agreed_on), plan.notes, stamp, c))
    if _has_column(conn, "plans", "status"):
        conn.execute("UPDATE plans SET status = ? WHERE company_id = ?",
                     ("agreed" if plan.agreed_on else plan.status, c))
    conn.execute("DELETE FROM plan_actions WHERE company_id = ?", (c,))
    conn.execute("DELETE FROM plan_kpis WHERE company_id = ?", (c,))
    for pos, a in enumerate(plan.actions):
        same = old_actions.get(a.id) == a
        conn.execute(
            f"INSERT INTO plan_actions (uid, company_id, action_id, position, {', '.join(ACTION_FIELDS)}, "
            f"updated_at) VALUES ({', '.join('?' * (len(ACTION_FIELDS) + 5))})",
            (uids.get(("a", a.id)) or str(uuid.uuid4()), c, a.id, pos, a.title, a.area,
             " ".join(a.items), a.owner, _iso(a.start), _iso(a.due), a.status, a.percent, a.budget,
             a.programme_share, a.buyer_share, a.supplier_share, a.kpi_id, a.notes,
             stamps.get(("a", a.id)) if same else stamp))
        conn.executemany("INSERT INTO action_updates (company_id, action_id, on_date, percent, status) "
                         "VALUES (?, ?, ?, ?, ?)",
                         [(c, a.id, _iso(u.on), u.percent, u.status) for u in a.updates])
    for pos, k in enumerate(plan.kpis):
        same = old_kpis.get(k.id) == k
        conn.execute(
            f"INSERT INTO plan_kpis (uid, company_id, kpi_id, position, {', '.join(KPI_FIELDS)}, "
            f"updated_at) VALUES ({', '.join('?' * (len(KPI_FIELDS) + 5))})",
            (uids.get(("k", k.id)) or str(uuid.uuid4()), c, k.id, pos, k.catalogue_id, k.name,
             k.unit, k.direction, k.baseline_value, _iso(k.baseline_date), k.target_value,
             _iso(k.target_date), k.action_id, k.notes, stamps.get(("k", k.id)) if same else stamp))
        conn.executemany("INSERT INTO kpi_measurements (company_id, kpi_id, measured_on, value, source, "
                         "note) VALUES (?, ?, ?, ?, ?, ?)",
                         [(c, k.id, _iso(m.on), m.value, m.source, m.note) for m in k.measurements])
    if _has_column(conn, "plan_kpis", "aggregate"):
        conn.executemany("UPDATE plan_kpis SET aggregate = ? WHERE company_id = ? AND kpi_id = ?",
                         [(k.aggregate, c, k.id) for k in plan.kpis])


def delete_plan(conn: sqlite3.Connection, company_id: str) -> bool:
    """Delete a company's plan with its actions, KPIs and history; False when it had none."""
    with writing(conn):
        return conn.execute("DELETE FROM plans WHERE company_id = ?", (company_id,)).rowcount > 0


def add_measurement(conn: sqlite3.Connection, company_id: str, kpi_id: str, on: date, value: float,
                    source: str = "", note: str = "") -> None:
    """Record one KPI measurement (replacing one of the same date)."""
    plan = _require_plan(conn, company_id)
    plan.kpi(kpi_id).add_measurement(on, value, source, note)
    save_plan(conn, plan)


def record_progress(conn: sqlite3.Connection, company_id: str, action_id: str, on: date,
                    percent: float | None = None, status: str | None = None) -> None:
    """Record an action's progress on a date (kept in its history for the burn-up curve)."""
    plan = _require_plan(conn, company_id)
    plan.action(action_id).record(on, percent, status)
    save_plan(conn, plan)


def _require_plan(conn: sqlite3.Connection, company_id: str) -> ImprovementPlan:
    plan = load_plan(conn, company_id)
    if plan is None:
        raise UserInputError("plan_not_found", company=company_id)
    return plan


# --- chains, phases and the certification rule ----------------------------------------------
def chain_members(conn: sqlite3.Connection, chain: str | None = None) -> pd.DataFrame:
    """``company_id, chain, role`` for every chain membership (or one chain's); unknown chains
    are refused with the known names."""
    sql = ("SELECT m.company_id, v.name, c.role FROM chain_members m JOIN value_chains v ON v.id = m.chain_id "
           "JOIN companies c ON c.id = m.company_id")
    frame = pd.DataFrame(conn.execute(sql + " ORDER BY v.name, m.company_id").fetchall(),
                         columns=["company_id", "chain", "role"])
    if chain is not None:
        if chain not in set(frame["chain"]):
            known = [r[0] for r in conn.execute("SELECT name FROM value_chains ORDER BY name")]
            raise UserInputError("plan_unknown_chain", chain=chain, known=", ".join(known) or "-")
        frame = frame[frame["chain"] == chain].reset_index(drop=True)
    return frame


def phase_dates(conn: sqlite3.Connection, chain: str) -> dict[str, PhaseDates]:
    """Planned (from the project) and actual dates of a chain's phases."""
    out: dict[str, PhaseDates] = {}
    for phase, s, e in conn.execute("SELECT p.phase, p.starts_on, p.ends_on FROM chain_phases p "
                                    "JOIN value_chains v ON v.id = p.chain_id WHERE v.name = ?", (chain,)):
        out[phase] = PhaseDates(_d(s), _d(e))
    for phase, s, e in conn.execute("SELECT a.phase, a.actual_start, a.actual_end FROM chain_phase_actuals a "
                                    "JOIN value_chains v ON v.id = a.chain_id WHERE v.name = ?", (chain,)):
        out[phase] = replace(out.get(phase, PhaseDates()), actual_start=_d(s), actual_end=_d(e))
    return out


def set_phase_actual(conn: sqlite3.Connection, chain: str, phase: str, actual_start: date | None,
                     actual_end: date | None) -> None:
    """Record when a phase of a value chain actually started and ended (None: not yet)."""
    from core.project.model import PHASES
    if phase not in PHASES:
        raise UserInputError("unknown_phase", phase=phase, phases=", ".join(PHASES))
    row = conn.execute("SELECT id FROM value_chains WHERE name = ?", (chain,)).fetchone()
    if row is None:
        chain_members(conn, chain)        # raises plan_unknown_chain with the known names
    with writing(conn):
        conn.execute("INSERT INTO chain_phase_actuals (chain_id, phase, actual_start, actual_end) "
                     "VALUES (?, ?, ?, ?) ON CONFLICT (chain_id, phase) DO UPDATE SET "
                     "actual_start = excluded.actual_start, actual_end = excluded.actual_end",
                     (row[0], phase, _iso(actual_start), _iso(actual_end)))


def certification_rule(conn: sqlite3.Connection) -> CertificationRule:
    """The programme's rule, or the default one."""
    row = conn.execute("SELECT value FROM plan_settings WHERE key = 'certification'").fetchone()
    return parse_rule(json.loads(row[0])) if row else CertificationRule()


def set_certification_rule(conn: sqlite3.Connection, rule: CertificationRule) -> None:
    """Store the programme's certification rule."""
    with writing(conn):
        conn.execute("INSERT INTO plan_settings (key, value, updated_at) VALUES ('certification', ?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                     (json.dumps(rule.as_dict()), _now()))
