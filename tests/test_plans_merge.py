"""Plans travelling between consultants' project files."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.plans import ImprovementPlan
from core.plans.merge import merge_plans
from core.plans.store import add_measurement, load_plan, record_progress, save_plan
from core.project import Company, Project

D = date


def new_project(path: Path) -> Project:
    p = Project.create(path, "PDP", country="CR", backups=False)
    for cid in ("S-001", "S-002"):
        p.save_company(Company(cid, name=cid))
    return p


def base_plan(company: str) -> ImprovementPlan:
    plan = ImprovementPlan(company)
    k = plan.add_kpi("Sales", catalogue_id="sales", baseline_value=100, baseline_date=D(2026, 1, 1),
                     target_value=150, target_date=D(2026, 12, 1))
    plan.add_action("Catalogue", start=D(2026, 2, 1), due=D(2026, 5, 1), kpi_id=k.id)
    k.add_measurement(D(2026, 2, 1), 101)
    return plan


@pytest.fixture
def pair(tmp_path):
    a, b = new_project(tmp_path / "a.encadena"), new_project(tmp_path / "b.encadena")
    yield a, b
    a.close()
    b.close()


def test_a_plan_missing_in_the_target_is_copied_and_merging_twice_changes_nothing(pair):
    a, b = pair
    save_plan(b.conn, base_plan("S-002"))
    first = merge_plans(a.conn, b.conn)
    assert first.plans_added == 1 and load_plan(a.conn, "S-002") == load_plan(b.conn, "S-002")
    again = merge_plans(a.conn, b.conn)
    assert again.as_dict() == {"plans_added": 0, "actions_added": 0, "kpis_added": 0,
                               "measurements_added": 0, "conflicts": []}


def test_both_sides_keep_their_new_work(pair):
    a, b = pair
    save_plan(a.conn, base_plan("S-001"))
    save_plan(b.conn, base_plan("S-001"))
    add_measurement(a.conn, "S-001", "K01", D(2026, 3, 1), 110)
    add_measurement(b.conn, "S-001", "K01", D(2026, 4, 1), 120)
    plan = load_plan(b.conn, "S-001")
    plan.add_action("New packaging", start=D(2026, 4, 1), due=D(2026, 6, 1))
    save_plan(b.conn, plan)
    outcome = merge_plans(a.conn, b.conn)
    merged = load_plan(a.conn, "S-001")
    assert [m.value for m in merged.kpis[0].measurements] == [101, 110, 120]
    assert [x.id for x in merged.actions] == ["A01", "A02"]
    assert outcome.actions_added == 1 and outcome.measurements_added == 1 and outcome.conflicts == []


def test_the_more_recent_edit_wins_and_the_conflict_is_reported(pair):
    a, b = pair
    save_plan(a.conn, base_plan("S-001"))
    save_plan(b.conn, base_plan("S-001"))
    record_progress(a.conn, "S-001", "A01", D(2026, 3, 1), percent=30)
    record_progress(b.conn, "S-001", "A01", D(2026, 3, 1), percent=60)
    b.conn.execute("UPDATE plan_actions SET updated_at = '2999-01-01T00:00:00+00:00'")   # edited later
    outcome = merge_plans(a.conn, b.conn)
    action = load_plan(a.conn, "S-001").actions[0]
    assert action.percent == 60 and [u.percent for u in action.updates] == [60]
    kinds = {(c["kind"], c["kept"]) for c in outcome.conflicts}
    assert ("action", "source") in kinds and ("update", "winner") in kinds


def test_plans_of_companies_the_target_does_not_know_are_skipped(pair, tmp_path):
    a, b = pair
    b.save_company(Company("S-777", name="only in b"))
    save_plan(b.conn, base_plan("S-777"))
    assert merge_plans(a.conn, b.conn).plans_added == 0
