"""The demo's follow-up data: budgets with co-financing, actual phase dates, certification rule;
and the whole demo meets what the workbench promises (chains, suppliers, rounds, plans, KPIs)."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from test_gui_progress_view import build_followed_programme


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    return build_followed_programme(tmp_path_factory.mktemp("demo_plans"))


def test_follow_up_adds_budgets_phases_and_rule_through_core(programme_file, tmp_path):
    from core.plans.report import progress_report
    from core.plans.store import certification_rule, load_plans
    from core.project import Project
    from gui.demo_plans import SHARES, add_follow_up
    path = tmp_path / "p.encadena"
    shutil.copy(programme_file, path)
    project = Project.open(path)
    try:
        written = add_follow_up(project.conn)
        assert written == {"plans": 2, "phases": 6}
        plans = load_plans(project.conn)
        for plan in plans.values():
            for action in plan.actions:
                assert 1_500 <= action.budget <= 12_000 and action.budget % 100 == 0
                money = action.co_financing()
                assert money["programme"] == pytest.approx(action.budget * SHARES["programme_share"])
                assert sum(money.values()) == pytest.approx(action.budget)
        assert certification_rule(project.conn).blocking_risk_levels == ["extreme"]
        report = progress_report(project.conn, date(2026, 2, 1))
        phases = report["chains"]["Cadena láctea"]["phases"]
        assert [p["status"] for p in phases[:3]] == ["done", "done", "done"]
        assert phases[4]["actual_end"] == "2025-12-10"     # no planned dates here: just done
        assert report["results"]["programme"]["co_financing"]["total"] > 0
        again = add_follow_up(project.conn)             # deterministic: same budgets again
        assert again == written
        assert [a.budget for a in load_plans(project.conn)["S-001"].actions] == \
            [a.budget for a in plans["S-001"].actions]
    finally:
        project.close()


@pytest.mark.slow
def test_demo_has_chains_suppliers_rounds_risks_plans_and_monthly_kpis(tmp_path):
    from core.plans.report import assessment_frame, progress_report
    from core.plans.store import load_plans
    from core.project import Project
    from core.risk.store import manual_risks
    from gui.demo_builder import build_demo
    project = Project.open(build_demo(tmp_path / "demo.encadena"))
    try:
        chains = project.value_chains()
        assert len(chains) >= 2
        suppliers = [s for c in chains for s in c.suppliers]
        assert len(suppliers) >= 14
        dates = sorted(set(assessment_frame(project.conn)["assessed_on"]))
        first, last = date.fromisoformat(dates[0]), date.fromisoformat(dates[-1])
        assert len(dates) == 2 and (last.year - first.year) * 12 + last.month - first.month == 10
        assert len(manual_risks(project.conn)) >= 5
        plans = load_plans(project.conn)
        assert set(suppliers) <= set(plans)
        for plan in plans.values():
            assert plan.actions and all(a.budget for a in plan.actions)
            months = {(m.on.year, m.on.month) for k in plan.kpis for m in k.measurements}
            assert len(months) >= 6                     # measured month by month
        report = progress_report(project.conn, date(2026, 2, 1))
        assert all(p["actual_start"] for c in report["chains"].values() for p in c["phases"])
        assert any(c.get("certification", {}).get("certified") for c in report["companies"])
    finally:
        project.close()
