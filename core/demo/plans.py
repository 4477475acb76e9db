"""The demo's follow-up data beyond the drafted plans: budgets with co-financing on every action,
the actual dates of each value chain's phases and the programme's certification rule. Written
through :mod:`core.plans`' public functions only; deterministic; no Qt here. Dates are authored on
the 2025 timeline of :mod:`core.demo.builder` and moved by its shift."""
from __future__ import annotations

import random
from datetime import date, timedelta

# value chain (name prefix) -> phase -> (actual start, actual end or None: under way); as of the
# build, implementation is under way and documentation has not started
PHASE_ACTUALS = {
    "Cadena láctea": {
        "formalisation": ("2025-01-06", "2025-01-31"), "diagnosis": ("2025-02-03", "2025-02-28"),
        "validation": ("2025-03-03", "2025-03-21"), "improvement_plan": ("2025-03-24", "2025-05-09"),
        "implementation": ("2025-05-12", None)},
    "Cadena médica": {
        "formalisation": ("2025-01-13", "2025-02-07"), "diagnosis": ("2025-02-10", "2025-03-07"),
        "validation": ("2025-03-10", "2025-03-21"), "improvement_plan": ("2025-03-24", "2025-04-30"),
        "implementation": ("2025-05-05", None)},
}
# who pays for an action: the programme's grant, the buyer (anchor company), the supplier
SHARES = {"programme_share": 0.6, "buyer_share": 0.25, "supplier_share": 0.15}
BUDGET_RANGE = (1_500, 12_000)          # US$ per action, rounded to hundreds


def add_follow_up(conn, seed: int = 2026, shift: timedelta = timedelta(0)) -> dict[str, int]:
    """Budgets and co-financing on every action, actual phase dates per value chain (moved by
    ``shift``) and the certification rule; returns what was written (plans, phases)."""
    from core.plans.certification import CertificationRule
    from core.plans.store import (has_plan_tables, load_plans, save_plan, set_certification_rule,
                                  set_phase_actual)
    if not has_plan_tables(conn):
        return {"plans": 0, "phases": 0}
    rng = random.Random(seed)
    plans = load_plans(conn)
    for company in sorted(plans):
        plan = plans[company]
        for action in plan.actions:
            action.budget = float(round(rng.uniform(*BUDGET_RANGE), -2))
            for share, value in SHARES.items():
                setattr(action, share, value)
        save_plan(conn, plan)
    phases = 0
    chains = [row[0] for row in conn.execute("SELECT name FROM value_chains ORDER BY name")]
    for chain in chains:
        for prefix, actuals in PHASE_ACTUALS.items():
            if not chain.startswith(prefix):
                continue
            for phase, (start, end) in actuals.items():
                set_phase_actual(conn, chain, phase, date.fromisoformat(start) + shift,
                                 date.fromisoformat(end) + shift if end else None)
                phases += 1
    # The programme certifies suppliers in the top band with at most one critical gap left,
    # +10 index points, 80% of the plan done and no extreme residual risk open.
    set_certification_rule(conn, CertificationRule(allow_critical_gaps=1, blocking_risk_levels=["extreme"]))
    return {"plans": len(plans), "phases": phases}
