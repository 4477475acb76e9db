"""Bringing the plans of another consultant's project file into this one, losing nothing.

For :func:`core.project.merge.merge_into` to call inside its transaction, after companies are
merged. A plan the target lacks is copied whole. When both files have a plan for a company,
actions and KPIs are matched by id: missing ones are added; when both changed the same one,
the more recently edited version wins (``updated_at``) and the other is reported. History
entries and measurements are united by date; on the same date with different values the
more recently edited action or KPI keeps its value and the difference is reported.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from core.plans.model import ImprovementPlan
from core.plans.store import has_plan_tables, load_plans, save_plan, writing
from core.project.merge import register_merger


@dataclass
class PlanMergeOutcome:
    """What merging another file's plans added, and the conflicts it settled."""

    plans_added: int = 0
    actions_added: int = 0
    kpis_added: int = 0
    measurements_added: int = 0
    conflicts: list[dict] = field(default_factory=list)   # {company_id, kind, id, kept, date?}

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _stamps(conn: sqlite3.Connection, table: str, key: str) -> dict[tuple[str, str], str]:
    return {(c, i): s for c, i, s in conn.execute(f"SELECT company_id, {key}, updated_at FROM {table}")}


def merge_plans(target: sqlite3.Connection, source: sqlite3.Connection) -> PlanMergeOutcome:
    """Merge every plan of ``source`` into ``target`` (see the module doc)."""
    out = PlanMergeOutcome()
    if not has_plan_tables(source):
        return out
    known = {r[0] for r in target.execute("SELECT id FROM companies")}
    theirs = {c: p for c, p in load_plans(source).items() if c in known}
    ours = load_plans(target, list(theirs))
    stamps_t = {**_stamps(target, "plan_actions", "action_id"), **{
        (c, "kpi:" + k): s for (c, k), s in _stamps(target, "plan_kpis", "kpi_id").items()}}
    stamps_s = {**_stamps(source, "plan_actions", "action_id"), **{
        (c, "kpi:" + k): s for (c, k), s in _stamps(source, "plan_kpis", "kpi_id").items()}}
    with writing(target):
        for company, plan in theirs.items():
            mine = ours.get(company)
            if mine is None:
                save_plan(target, plan)
                out.plans_added += 1
                continue
            merged = _merge_one(mine, plan, stamps_t, stamps_s, out)
            if merged != mine:
                save_plan(target, merged)
    return out


def _merge_one(mine: ImprovementPlan, theirs: ImprovementPlan, stamps_t: dict, stamps_s: dict,
               out: PlanMergeOutcome) -> ImprovementPlan:
    import copy
    merged = copy.deepcopy(mine)
    c = mine.company_id
    for kind, items, key in (("action", theirs.actions, ""), ("kpi", theirs.kpis, "kpi:")):
        current = merged.actions if kind == "action" else merged.kpis
        by_id = {x.id: i for i, x in enumerate(current)}
        for item in items:
            if item.id not in by_id:
                current.append(copy.deepcopy(item))
                if kind == "action":
                    out.actions_added += 1
                else:
                    out.kpis_added += 1
                continue
            ours = current[by_id[item.id]]
            if ours == item:
                continue
            newer = (stamps_s.get((c, key + item.id)) or "") > (stamps_t.get((c, key + item.id)) or "")
            winner = copy.deepcopy(item if newer else ours)
            loser = ours if newer else item
            if kind == "action":
                winner.updates = _union(winner.updates, loser.updates, out, c, item.id, "update")
                same = _strip(winner, "updates") == _strip(loser, "updates")
            else:
                before = len(winner.measurements)
                winner.measurements = _union(winner.measurements, loser.measurements, out, c, item.id,
                                             "measurement")
                out.measurements_added += len(winner.measurements) - before
                same = _strip(winner, "measurements") == _strip(loser, "measurements")
            if not same:
                out.conflicts.append({"company_id": c, "kind": kind, "id": item.id,
                                      "kept": "source" if newer else "target"})
            current[by_id[item.id]] = winner
    return merged


def _strip(obj, attribute: str):
    import copy
    clone = copy.copy(obj)
    setattr(clone, attribute, [])
    return clone


def _union(kept: list, other: list, out: PlanMergeOutcome, company: str, item_id: str, kind: str) -> list:
    dates = {x.on: x for x in kept}
    for x in other:
        if x.on not in dates:
            dates[x.on] = x
        elif dates[x.on] != x:
            out.conflicts.append({"company_id": company, "kind": kind, "id": item_id,
                                  "date": x.on.isoformat(), "kept": "winner"})
    return [dates[d] for d in sorted(dates)]


def _merge_for_project(conn: sqlite3.Connection, src: sqlite3.Connection, _outcome) -> dict:
    return merge_plans(conn, src).as_dict()


register_merger("plans", ("plans", "plan_actions", "action_updates", "plan_kpis", "kpi_measurements"),
                _merge_for_project)


def _merge_editing(conn: sqlite3.Connection, src: sqlite3.Connection, _outcome) -> dict:
    from core.plans.merge_editing import merge_plan_editing
    return merge_plan_editing(conn, src)


register_merger("plan_editing", ("plan_revisions", "certification_decisions"), _merge_editing)
