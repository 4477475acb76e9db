"""The row changes that turn a stored plan into an edited one (a follow-up import becomes one
:class:`core.edits.Edit`, audited and undoable like any other change)."""
from __future__ import annotations

import sqlite3
import uuid

from core.edits import RowChange
from core.edits.build import insert, update
from core.plans.edits import ACTION_COLUMNS, _columns, _kpi_columns, _new_plan, default_aggregate
from core.plans.model import ImprovementPlan
from core.project.timeutil import now


def plan_changes(conn: sqlite3.Connection, old: ImprovementPlan | None,
                 new: ImprovementPlan) -> list[RowChange]:
    """Inserts and updates (never deletes) taking ``old`` to ``new``: actions, their history,
    KPIs and measurements, matched by id (and by date for history and measurements)."""
    c = new.company_id
    changes: list[RowChange] = [] if old is not None else [_new_plan(c)]
    stamp = now()
    old_actions = {a.id: a for a in (old.actions if old else [])}
    for position, a in enumerate(new.actions):
        key = {"company_id": c, "action_id": a.id}
        values = _columns({k: getattr(a, k) for k in ACTION_COLUMNS})
        before = old_actions.get(a.id)
        if before is None:
            changes.append(insert("plan_actions", key, {**values, "uid": str(uuid.uuid4()),
                                                        "position": position, "updated_at": stamp}))
        elif before != a:
            changes += update(conn, "plan_actions", key, {**values, "updated_at": stamp})
        old_updates = {u.on: u for u in (before.updates if before else [])}
        for u in a.updates:
            ukey = {**key, "on_date": u.on.isoformat()}
            uvalues = {"percent": u.percent, "status": u.status}
            if u.on not in old_updates:
                changes.append(insert("action_updates", ukey, uvalues))
            elif old_updates[u.on] != u:
                changes += update(conn, "action_updates", ukey, uvalues)
    old_kpis = {k.id: k for k in (old.kpis if old else [])}
    for position, k in enumerate(new.kpis):
        key = {"company_id": c, "kpi_id": k.id}
        values = _kpi_columns(k, k.aggregate or default_aggregate(k.catalogue_id))
        before = old_kpis.get(k.id)
        if before is None:
            changes.append(insert("plan_kpis", key, {**values, "uid": str(uuid.uuid4()),
                                                     "position": position, "updated_at": stamp}))
        elif _kpi_fields(before) != _kpi_fields(k):
            changes += update(conn, "plan_kpis", key, {**values, "updated_at": stamp})
        old_measures = {m.on: m for m in (before.measurements if before else [])}
        for m in k.measurements:
            mkey = {**key, "measured_on": m.on.isoformat()}
            mvalues = {"value": m.value, "source": m.source, "note": m.note}
            if m.on not in old_measures:
                changes.append(insert("kpi_measurements", mkey, mvalues))
            elif old_measures[m.on] != m:
                changes += update(conn, "kpi_measurements", mkey, mvalues)
    return changes


def _kpi_fields(k) -> tuple:
    return (k.name, k.unit, k.direction, k.baseline_value, k.baseline_date, k.target_value,
            k.target_date, k.catalogue_id, k.action_id, k.notes, k.aggregate)
