"""Plans: building them, checks, duration-weighted progress, burn-up, overdue and next due."""
from __future__ import annotations

from datetime import date

import pytest

from core.errors import UserInputError
from core.plans.model import ImprovementPlan
from core.plans.plan import burn_up, next_due, overdue, percent_complete, plan_progress, planned_percent

D = date


def two_actions() -> ImprovementPlan:
    plan = ImprovementPlan("S-001")
    plan.add_action("5S in the warehouse", start=D(2026, 1, 1), due=D(2026, 1, 31))     # 30 days
    plan.add_action("SMED on line 2", start=D(2026, 1, 1), due=D(2026, 4, 1))           # 90 days
    return plan


def test_ids_are_numbered_and_duplicates_refused():
    plan = two_actions()
    assert [a.id for a in plan.actions] == ["A01", "A02"]
    assert plan.add_kpi("Set-up time").id == "K01"
    with pytest.raises(UserInputError) as err:
        plan.add_action("again", id="A01")
    assert err.value.code == "plan_duplicate_id"
    with pytest.raises(UserInputError) as err:
        plan.action("A99")
    assert err.value.code == "plan_unknown_action"


@pytest.mark.parametrize("fields, code", [
    ({"status": "finished"}, "plan_bad_status"),
    ({"percent": 120}, "plan_bad_percent"),
    ({"start": D(2026, 5, 1), "due": D(2026, 4, 1)}, "plan_due_before_start"),
    ({"budget": -1}, "plan_negative_budget"),
    ({"programme_share": 0.8, "buyer_share": 0.3, "supplier_share": 0.0}, "plan_shares_not_100"),
    ({"buyer_share": 1.2}, "plan_bad_share"),
])
def test_impossible_actions_are_refused_with_a_code(fields, code):
    with pytest.raises(UserInputError) as err:
        ImprovementPlan("S-001").add_action("x", **fields)
    assert err.value.code == code


def test_kpi_checks():
    plan = ImprovementPlan("S-001")
    with pytest.raises(UserInputError) as err:
        plan.add_kpi("Sales", direction="up")
    assert err.value.code == "plan_bad_direction"
    with pytest.raises(UserInputError) as err:
        plan.add_kpi("Sales", baseline_date=D(2026, 5, 1), target_date=D(2026, 1, 1))
    assert err.value.code == "plan_target_before_baseline"


def test_percent_complete_is_weighted_by_duration():
    plan = two_actions()
    plan.actions[0].record(D(2026, 2, 1), status="done")      # 30 days at 100%
    plan.actions[1].record(D(2026, 2, 1), percent=20)          # 90 days at 20%
    assert percent_complete(plan) == pytest.approx((30 * 100 + 90 * 20) / 120)
    assert plan.actions[0].percent == 100.0


def test_cancelled_actions_do_not_count_and_an_empty_plan_has_no_percent():
    plan = two_actions()
    plan.actions[1].status = "cancelled"
    plan.actions[0].percent = 50
    assert percent_complete(plan) == pytest.approx(50.0)
    assert percent_complete(ImprovementPlan("S-002")) is None


def test_actions_without_dates_weigh_thirty_days():
    plan = ImprovementPlan("S-001")
    plan.add_action("undated", percent=100)
    plan.add_action("ninety days", start=D(2026, 1, 1), due=D(2026, 4, 1))
    assert percent_complete(plan) == pytest.approx(100 * 30 / 120)


def test_due_today_is_not_overdue_due_yesterday_is():
    plan = two_actions()
    today = D(2026, 1, 31)
    assert overdue(plan, today) == []
    assert [a.id for a in overdue(plan, D(2026, 2, 1))] == ["A01"]
    assert [a.id for a in next_due(plan, today)] == ["A01", "A02"]
    assert [a.id for a in next_due(plan, D(2026, 2, 1))] == ["A02"]
    plan.actions[0].status = "done"
    assert overdue(plan, D(2026, 2, 1)) == []
    assert [a.id for a in next_due(plan, today)] == ["A02"]


def test_planned_curve_is_linear_per_action():
    plan = two_actions()
    assert planned_percent(plan, D(2025, 12, 1)) == 0.0
    assert planned_percent(plan, D(2026, 1, 16)) == pytest.approx((30 * 15 / 30 + 90 * 15 / 90) / 120 * 100)
    assert planned_percent(plan, D(2026, 6, 1)) == pytest.approx(100.0)


def test_burn_up_uses_the_recorded_history():
    plan = two_actions()
    plan.actions[0].record(D(2026, 1, 20), percent=50)
    plan.actions[0].record(D(2026, 2, 5), status="done")
    plan.actions[1].record(D(2026, 3, 1), percent=40)
    curve = burn_up(plan, D(2026, 1, 1), D(2026, 4, 1), step_days=31)
    assert list(curve["date"]) == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 4), D(2026, 4, 1)]
    assert curve["actual"].tolist() == pytest.approx([0.0, 30 * 50 / 120, (3000 + 90 * 40) / 120,
                                                      (3000 + 90 * 40) / 120])
    assert curve["planned"].iloc[-1] == pytest.approx(100.0)


def test_recording_twice_on_one_day_keeps_one_history_entry():
    plan = two_actions()
    a = plan.actions[0]
    a.record(D(2026, 1, 10), percent=10)
    a.record(D(2026, 1, 10), percent=30, status="in_progress")
    assert [(u.on, u.percent, u.status) for u in a.updates] == [(D(2026, 1, 10), 30.0, "in_progress")]
    with pytest.raises(UserInputError):
        a.record(D(2026, 1, 11), percent=101)
    assert a.percent == 30.0


def test_plan_progress_sums_co_financing():
    plan = two_actions()
    plan.actions[0].budget, plan.actions[0].programme_share, plan.actions[0].buyer_share = 10000, 0.8, 0.2
    plan.actions[1].budget = 5000
    plan.actions[1].programme_share, plan.actions[1].buyer_share, plan.actions[1].supplier_share = 0.7, 0.2, 0.1
    p = plan_progress(plan, D(2026, 2, 15))
    assert p.budget == pytest.approx({"total": 15000, "programme": 11500, "buyer": 3000, "supplier": 500})
    assert p.overdue == ["A01"] and p.next_due == [("A02", D(2026, 4, 1))]
    assert p.as_dict()["next_due"] == [{"action": "A02", "due": "2026-04-01"}]


def test_a_chain_burn_up_combines_the_plans_of_its_suppliers():
    from core.plans.plan import combined
    one, two = two_actions(), two_actions()
    two.company_id = "S-002"
    for a in two.actions:
        a.record(D(2026, 2, 1), status="done")
    chain = combined([one, two], "Lácteos")
    assert len(chain.actions) == 4 and chain.company_id == "Lácteos"
    assert percent_complete(chain) == pytest.approx(50.0)
    curve = burn_up(chain, D(2026, 1, 1), D(2026, 2, 1), step_days=31)
    assert curve["actual"].tolist() == pytest.approx([0.0, 50.0])
