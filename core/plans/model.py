"""Improvement plans as plain dataclasses: actions, KPIs and their measurements.

A plan belongs to one company (a supplier or the buyer itself). Dates are ``datetime.date``;
percentages of completion are 0-100; co-financing shares are fractions 0-1 of the budget.
The ``add_*`` methods are what a demo generator or the GUI uses to build a plan; they check
ids and values and raise :class:`core.errors.UserInputError` with a code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.errors import UserInputError

ACTION_STATUSES = ("not_started", "in_progress", "done", "blocked", "cancelled")
CLOSED_STATUSES = ("done", "cancelled")
DIRECTIONS = ("higher", "lower")
SHARES = ("programme_share", "buyer_share", "supplier_share")


@dataclass
class ActionUpdate:
    """Progress of one action as recorded on a date (the history behind the burn-up curve)."""

    on: date
    percent: float
    status: str


@dataclass
class Action:
    """One project of a plan: what, who, when, how far, how much and who pays."""

    id: str
    title: str
    area: str | None = None
    items: list[str] = field(default_factory=list)
    owner: str | None = None
    start: date | None = None
    due: date | None = None
    status: str = "not_started"
    percent: float = 0.0                    # 0..100
    budget: float | None = None             # programme currency
    programme_share: float | None = None    # fractions of the budget
    buyer_share: float | None = None
    supplier_share: float | None = None
    kpi_id: str | None = None
    notes: str = ""
    updates: list[ActionUpdate] = field(default_factory=list)

    @property
    def effective_percent(self) -> float:
        """Percent complete, with a done action counting as 100."""
        return 100.0 if self.status == "done" else float(self.percent or 0.0)

    def co_financing(self) -> dict[str, float]:
        """The budget split into amounts: ``programme``, ``buyer``, ``supplier`` (0 when unset)."""
        budget = self.budget or 0.0
        return {s.removesuffix("_share"): budget * (getattr(self, s) or 0.0) for s in SHARES}

    def record(self, on: date, percent: float | None = None, status: str | None = None) -> None:
        """Set percent and/or status and keep the change in the history (one entry per date)."""
        new_percent = self.percent if percent is None else float(percent)
        new_status = status or self.status
        if new_status == "done" and percent is None:
            new_percent = 100.0
        check_action_values(self.id, new_status, new_percent)
        self.percent, self.status = new_percent, new_status
        self.updates = [u for u in self.updates if u.on != on]
        self.updates.append(ActionUpdate(on, new_percent, new_status))
        self.updates.sort(key=lambda u: u.on)


@dataclass
class Measurement:
    """One KPI value on a date, with where it came from."""

    on: date
    value: float
    source: str = ""
    note: str = ""


@dataclass
class Kpi:
    """An indicator of a plan with its baseline, target and measurements over time."""

    id: str
    name: str
    unit: str = ""
    direction: str = "higher"               # higher or lower is better
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_value: float | None = None
    target_date: date | None = None
    catalogue_id: str | None = None
    action_id: str | None = None
    notes: str = ""
    measurements: list[Measurement] = field(default_factory=list)
    aggregate: str | None = None            # roll-up over suppliers: sum, mean, median

    def add_measurement(self, on: date, value: float, source: str = "", note: str = "") -> Measurement:
        """Add (or replace, for the same date) one measurement, keeping them in date order."""
        m = Measurement(on, float(value), source or "", note or "")
        self.measurements = [x for x in self.measurements if x.on != on] + [m]
        self.measurements.sort(key=lambda x: x.on)
        return m


@dataclass
class ImprovementPlan:
    """The improvement plan of one company (a supplier, or the buyer itself)."""

    company_id: str
    actions: list[Action] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    agreed_on: date | None = None
    notes: str = ""
    status: str = "draft"                   # draft, agreed (schema 007)
    signatories: dict[str, str] = field(default_factory=dict)   # buyer, supplier, consultant
    baseline: dict[str, tuple] = field(default_factory=dict)    # action -> (start, due) agreed
    revision: int = 0

    def __post_init__(self) -> None:
        if self.agreed_on is not None and self.status == "draft":
            self.status = "agreed"          # a plan with an agreement date is agreed

    def action(self, action_id: str) -> Action:
        for a in self.actions:
            if a.id == action_id:
                return a
        raise UserInputError("plan_unknown_action", company=self.company_id, action=action_id)

    def kpi(self, kpi_id: str) -> Kpi:
        for k in self.kpis:
            if k.id == kpi_id:
                return k
        raise UserInputError("plan_unknown_kpi", company=self.company_id, kpi=kpi_id)

    def next_action_id(self) -> str:
        return _next_id("A", [a.id for a in self.actions])

    def next_kpi_id(self) -> str:
        return _next_id("K", [k.id for k in self.kpis])

    def add_action(self, title: str, **fields) -> Action:
        """Append an action (id ``A01``, ``A02``... unless ``id=`` is given) after checking it."""
        action = Action(id=fields.pop("id", None) or self.next_action_id(), title=title, **fields)
        if any(a.id == action.id for a in self.actions):
            raise UserInputError("plan_duplicate_id", company=self.company_id, id=action.id)
        check_action(action)
        self.actions.append(action)
        return action

    def add_kpi(self, name: str, **fields) -> Kpi:
        """Append a KPI (id ``K01``... unless ``id=`` is given) after checking it."""
        kpi = Kpi(id=fields.pop("id", None) or self.next_kpi_id(), name=name, **fields)
        if any(k.id == kpi.id for k in self.kpis):
            raise UserInputError("plan_duplicate_id", company=self.company_id, id=kpi.id)
        check_kpi(kpi)
        self.kpis.append(kpi)
        return kpi


def _next_id(prefix: str, existing: list[str]) -> str:
    numbers = [int(x[len(prefix):]) for x in existing if x.startswith(prefix) and x[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def check_action_values(action_id: str, status: str, percent: float) -> None:
    """Refuse an unknown status or a percent outside 0-100."""
    if status not in ACTION_STATUSES:
        raise UserInputError("plan_bad_status", action=action_id, value=status,
                             allowed=", ".join(ACTION_STATUSES))
    if not 0 <= percent <= 100:
        raise UserInputError("plan_bad_percent", action=action_id, value=percent)


def check_action(a: Action) -> None:
    """Refuse an action whose values cannot be right (status, percent, dates, budget, shares)."""
    if not (a.title or "").strip():
        raise UserInputError("plan_title_required", action=a.id)
    check_action_values(a.id, a.status, a.percent)
    if a.start and a.due and a.due < a.start:
        raise UserInputError("plan_due_before_start", action=a.id, start=a.start, due=a.due)
    if a.budget is not None and a.budget < 0:
        raise UserInputError("plan_negative_budget", action=a.id, value=a.budget)
    shares = [getattr(a, s) for s in SHARES]
    if any(s is not None and not 0 <= s <= 1 for s in shares):
        raise UserInputError("plan_bad_share", action=a.id)
    if all(s is not None for s in shares) and abs(sum(shares) - 1.0) > 0.001:
        raise UserInputError("plan_shares_not_100", action=a.id, total=round(sum(shares) * 100, 1))


def check_kpi(k: Kpi) -> None:
    """Refuse a KPI without a name, with an unknown direction or a target before its baseline."""
    if not (k.name or "").strip():
        raise UserInputError("plan_kpi_name_required", kpi=k.id)
    if k.direction not in DIRECTIONS:
        raise UserInputError("plan_bad_direction", kpi=k.id, value=k.direction)
    if k.baseline_date and k.target_date and k.target_date < k.baseline_date:
        raise UserInputError("plan_target_before_baseline", kpi=k.id)
