"""Progress of an improvement plan: percent complete, burn-up curve, overdue and next due.

Actions weigh by their planned duration in days (an action without both dates weighs
``DEFAULT_WEIGHT_DAYS``), so a six-month project counts more than a one-week fix. Cancelled
actions are left out of every figure. An action due today is not overdue; due yesterday is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from core.plans.model import CLOSED_STATUSES, Action, ImprovementPlan

DEFAULT_WEIGHT_DAYS = 30


def weight(action: Action) -> float:
    """The action's weight: its planned duration in days (at least 1)."""
    if action.start and action.due:
        return float(max(1, (action.due - action.start).days))
    return float(DEFAULT_WEIGHT_DAYS)


def _counted(plan: ImprovementPlan) -> list[Action]:
    return [a for a in plan.actions if a.status != "cancelled"]


def state_on(action: Action, on: date | None = None) -> tuple[float, str]:
    """(percent, status) of an action on ``on`` from its recorded history: the latest entry on
    or before that day (nothing recorded yet: 0, not started). An action without history, ``on``
    None or ``on`` after its last entry gives its current values (edits without a date count)."""
    if on is None or not action.updates or on >= action.updates[-1].on:
        return action.effective_percent, action.status
    past = [u for u in action.updates if u.on <= on]
    if not past:
        return 0.0, "not_started"
    u = past[-1]
    return (100.0 if u.status == "done" else u.percent), u.status


def percent_complete(plan: ImprovementPlan, on: date | None = None) -> float | None:
    """Duration-weighted percent complete (0-100) of the plan, now or on ``on`` (from the
    history); None when it has no live action."""
    actions = _counted(plan)
    total = sum(weight(a) for a in actions)
    if not total:
        return None
    return sum(weight(a) * state_on(a, on)[0] for a in actions) / total


def planned_dates(plan: ImprovementPlan, action: Action) -> tuple[date | None, date | None]:
    """The (start, due) the planned curve uses: the agreed baseline's when the plan was agreed
    with this action in it, else the action's own."""
    agreed = plan.baseline.get(action.id) if plan.baseline else None
    return agreed if agreed else (action.start, action.due)


def planned_percent(plan: ImprovementPlan, on: date) -> float | None:
    """Where the plan should be on ``on``: each action advancing linearly from its planned start
    to its planned due date (the agreed baseline's once the plan is agreed)."""
    actions = _counted(plan)
    total = sum(weight(a) for a in actions)
    if not total:
        return None
    done = 0.0
    for a in actions:
        start, due = planned_dates(plan, a)
        if start and due:
            span = max(1, (due - start).days)
            done += weight(a) * min(1.0, max(0.0, (on - start).days / span))
        elif due:
            done += weight(a) * (1.0 if on >= due else 0.0)
    return 100.0 * done / total


def actual_percent(plan: ImprovementPlan, on: date) -> float | None:
    """Percent complete on ``on`` as the recorded history shows it."""
    return percent_complete(plan, on)


def combined(plans: list[ImprovementPlan], name: str = "*") -> ImprovementPlan:
    """All actions of several plans as one (for a value chain's or the programme's burn-up);
    action ids are prefixed with the company so the baselines stay apart."""
    from dataclasses import replace
    actions, baseline = [], {}
    for p in plans:
        for a in p.actions:
            key = f"{p.company_id}/{a.id}"
            actions.append(replace(a, id=key))
            if a.id in (p.baseline or {}):
                baseline[key] = p.baseline[a.id]
    return ImprovementPlan(name, actions=actions, baseline=baseline)


def burn_up(plan: ImprovementPlan, start: date, end: date, step_days: int = 30) -> pd.DataFrame:
    """Planned vs actual percent complete every ``step_days`` from ``start`` to ``end`` (both
    included): columns ``date``, ``planned``, ``actual``."""
    dates, day = [], start
    while day < end:
        dates.append(day)
        day += timedelta(days=step_days)
    dates.append(end)
    return pd.DataFrame({"date": dates,
                         "planned": [planned_percent(plan, d) for d in dates],
                         "actual": [actual_percent(plan, d) for d in dates]})


def overdue(plan: ImprovementPlan, today: date) -> list[Action]:
    """Open actions whose due date has passed (due today is not overdue), oldest due first."""
    late = [a for a in plan.actions
            if a.due and a.due < today and state_on(a, today)[1] not in CLOSED_STATUSES]
    return sorted(late, key=lambda a: a.due)


def next_due(plan: ImprovementPlan, today: date, count: int = 3) -> list[Action]:
    """The next ``count`` open actions due today or later, soonest first."""
    coming = [a for a in plan.actions
              if a.due and a.due >= today and state_on(a, today)[1] not in CLOSED_STATUSES]
    return sorted(coming, key=lambda a: (a.due, a.id))[:count]


@dataclass
class PlanProgress:
    """A plan's progress as of a date (percents are 0-100; budget split by who pays)."""

    company_id: str
    percent: float | None
    planned: float | None
    actions: int
    done: int
    overdue: list[str] = field(default_factory=list)
    next_due: list[tuple[str, date]] = field(default_factory=list)
    budget: dict[str, float] = field(default_factory=dict)   # total, programme, buyer, supplier

    def as_dict(self) -> dict:
        return {"company_id": self.company_id, "percent": self.percent, "planned": self.planned,
                "actions": self.actions, "done": self.done, "overdue": self.overdue,
                "next_due": [{"action": a, "due": d.isoformat()} for a, d in self.next_due],
                "budget": self.budget}


def plan_progress(plan: ImprovementPlan, today: date) -> PlanProgress:
    """Everything a progress summary needs about one plan as of ``today``."""
    live = _counted(plan)
    money = {"total": sum(a.budget or 0.0 for a in live), "programme": 0.0, "buyer": 0.0,
             "supplier": 0.0}
    for a in live:
        for k, v in a.co_financing().items():
            money[k] += v
    return PlanProgress(plan.company_id, percent_complete(plan, today), planned_percent(plan, today),
                        len(live), sum(state_on(a, today)[1] == "done" for a in live),
                        [a.id for a in overdue(plan, today)],
                        [(a.id, a.due) for a in next_due(plan, today)], money)
