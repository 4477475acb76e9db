"""The demo's follow-up data: budgets with co-financing, actual phase dates, certification rule;
and the whole demo meets what the workbench promises (chains, suppliers, rounds, plans, KPIs)."""
from __future__ import annotations

import shutil
from datetime import date, timedelta
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
    from core.demo.plans import SHARES, add_follow_up
    path = tmp_path / "p.encadena"
    shutil.copy(programme_file, path)
    project = Project.open(path)
    try:
        written = add_follow_up(project.conn)
        assert written == {"plans": 2, "phases": 5}    # documentation has not started
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
        assert phases[4]["actual_start"] == "2025-05-12" and phases[4]["actual_end"] is None
        assert phases[5]["actual_start"] is None
        assert report["results"]["programme"]["co_financing"]["total"] > 0
        again = add_follow_up(project.conn)             # deterministic: same budgets again
        assert again == written
        assert [a.budget for a in load_plans(project.conn)["S-001"].actions] == \
            [a.budget for a in plans["S-001"].actions]
    finally:
        project.close()


def test_follow_up_phase_dates_move_with_the_shift(programme_file, tmp_path):
    from core.plans.report import progress_report
    from core.project import Project
    from core.demo.plans import add_follow_up
    path = tmp_path / "p.encadena"
    shutil.copy(programme_file, path)
    project = Project.open(path)
    try:
        add_follow_up(project.conn, shift=timedelta(weeks=50))
        phases = progress_report(project.conn, date(2027, 1, 1))["chains"]["Cadena láctea"]["phases"]
        assert phases[0]["actual_start"] == (date(2025, 1, 6) + timedelta(weeks=50)).isoformat()
    finally:
        project.close()


@pytest.mark.parametrize("today", [date(2026, 11, 27), date(2026, 3, 31), date(2027, 1, 1),
                                   date(2025, 12, 28), date(2028, 2, 29)])
def test_demo_timeline_ends_a_few_weeks_before_the_build(today):
    from core.demo.builder import FOLLOW_UP, demo_rounds, demo_shift, on
    shift = demo_shift(today)
    (_, first), (_, last) = demo_rounds(shift)
    first, last = date.fromisoformat(first), date.fromisoformat(last)
    assert 18 <= (today - last).days <= 24 and last == on(FOLLOW_UP, shift)
    assert (last.year - first.year) * 12 + last.month - first.month == 10
    assert shift.days % 7 == 0 and on("2025-03-24", shift).weekday() == 0     # weekdays kept
    assert demo_shift(today) == shift                                        # deterministic


def test_demo_fingerprint_changes_with_the_month():
    from core.demo import _fingerprint
    assert _fingerprint(date(2026, 11, 1)) == _fingerprint(date(2026, 11, 30))
    assert _fingerprint(date(2026, 11, 30)) != _fingerprint(date(2026, 12, 1))


def test_demo_copy_replaces_a_working_copy_older_than_the_pristine(tmp_path, monkeypatch):
    import os

    import core.demo as demo
    pristine = tmp_path / "pristine.encadena"
    pristine.write_bytes(b"new month")
    monkeypatch.setattr(demo, "demo_source", lambda build=True: pristine)
    monkeypatch.setattr(demo, "user_data_dir", lambda: tmp_path)
    working = tmp_path / "demo" / demo.DEMO_NAME
    working.parent.mkdir()
    working.write_bytes(b"last month, edited")
    os.utime(working, (pristine.stat().st_mtime - 60,) * 2)
    assert demo.demo_copy().read_bytes() == b"new month"
    working.write_bytes(b"edited after the copy")                # newer: kept
    assert demo.demo_copy().read_bytes() == b"edited after the copy"


@pytest.mark.slow
def test_demo_has_chains_suppliers_rounds_risks_plans_and_monthly_kpis(tmp_path):
    from core.plans.report import assessment_frame, plans_overview, progress_report
    from core.plans.store import load_plans
    from core.project import Project
    from core.risk.store import manual_risks
    from core.demo.builder import build_demo
    today = date(2026, 11, 27)
    project = Project.open(build_demo(tmp_path / "demo.encadena", today=today))
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
        assert 18 <= (today - last).days <= 24               # a live programme as of the build
        report = progress_report(project.conn, today)
        for chain in report["chains"].values():
            assert [p["status"] for p in chain["phases"]][-2:] == ["in_progress", "not_started"]
        certified = [c for c in report["companies"] if c.get("certification", {}).get("certified")]
        assert 2 <= len(certified) <= 5
        overview = plans_overview(project.conn, today)
        totals = overview[["actions", "done", "overdue", "on_track", "at_risk", "off_track"]].sum()
        assert totals["done"] > totals["actions"] / 2 and 1 <= totals["overdue"] <= 8
        kpis = totals["on_track"] + totals["at_risk"] + totals["off_track"]
        assert totals["on_track"] >= 0.7 * kpis and totals["at_risk"] >= 1 and totals["off_track"] >= 1
        for plan in plans.values():                           # nothing recorded after the build
            assert all(m.on < today for k in plan.kpis for m in k.measurements)
    finally:
        project.close()
