"""Plans in a real project file, the demo-generator path, the progress report and its CLI."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.cli.main import main
from core.errors import UserInputError
from core.plans import ImprovementPlan
from core.plans.certification import CertificationRule
from core.plans.draft import draft_for_company
from core.plans.report import progress_report
from core.plans.store import (add_measurement, certification_rule, delete_plan, load_plan, load_plans,
                              record_progress, save_plan, set_certification_rule, set_phase_actual)
from core.project import Company, Project, ValueChain

D = date


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "p.encadena", "PDP Costa Rica", country="CR", backups=False)
    for cid, name, role in (("B-1", "Dos Pinos", "buyer"), ("S-001", "Lácteos del Valle", "supplier"),
                            ("S-002", "Empaques Sur", "supplier")):
        p.save_company(Company(cid, name=name, role=role))
    p.save_chain(ValueChain("Lácteos", anchor_id="B-1", suppliers=["S-001", "S-002"],
                            phases={"formalisation": ("2026-01-05", "2026-01-31"),
                                    "implementation": ("2026-04-01", "2026-11-30"),
                                    "documentation": ("2026-12-01", "2026-12-20")}))
    yield p
    p.close()


def sample_plan(company: str = "S-001") -> ImprovementPlan:
    plan = ImprovementPlan(company, agreed_on=D(2026, 3, 15), notes="agreed with the buyer")
    k = plan.add_kpi("Productivity", unit="kg/h", catalogue_id="productivity", baseline_value=100,
                     baseline_date=D(2026, 3, 1), target_value=140, target_date=D(2026, 12, 1))
    a = plan.add_action("Line balancing", area="production", items=["ops_01", "ops_02"], owner="Ana",
                        start=D(2026, 4, 1), due=D(2026, 7, 1), budget=12000, programme_share=0.75,
                        buyer_share=0.25, supplier_share=0.0, kpi_id=k.id, notes="=not a formula")
    a.record(D(2026, 5, 1), percent=40, status="in_progress")
    k.add_measurement(D(2026, 5, 1), 112, "ERP", "after first kaizen")
    return plan


def test_a_plan_reads_back_exactly_and_an_equal_save_writes_nothing(project):
    plan = sample_plan()
    assert save_plan(project.conn, plan) is True
    assert load_plan(project.conn, "S-001") == plan
    stamps = project.conn.execute("SELECT updated_at FROM plan_actions").fetchall()
    project.conn.execute("UPDATE plan_actions SET updated_at = '2000-01-01'")
    assert save_plan(project.conn, load_plan(project.conn, "S-001")) is False
    assert project.conn.execute("SELECT updated_at FROM plan_actions").fetchall() == [("2000-01-01",)]
    assert stamps


def test_changing_one_action_keeps_uids_and_the_other_rows_stamps(project):
    plan = sample_plan()
    plan.add_action("5S", start=D(2026, 4, 1), due=D(2026, 5, 1))
    save_plan(project.conn, plan)
    uids = dict(project.conn.execute("SELECT action_id, uid FROM plan_actions"))
    project.conn.execute("UPDATE plan_actions SET updated_at = '2000-01-01'")
    plan.actions[1].owner = "Luis"
    save_plan(project.conn, plan)
    assert dict(project.conn.execute("SELECT action_id, uid FROM plan_actions")) == uids
    stamps = dict(project.conn.execute("SELECT action_id, updated_at FROM plan_actions"))
    assert stamps["A01"] == "2000-01-01" and stamps["A02"] != "2000-01-01"


def test_store_helpers_record_progress_and_measurements(project):
    save_plan(project.conn, sample_plan())
    record_progress(project.conn, "S-001", "A01", D(2026, 6, 1), percent=80)
    add_measurement(project.conn, "S-001", "K01", D(2026, 6, 1), 120.5, "ERP")
    plan = load_plan(project.conn, "S-001")
    assert [u.percent for u in plan.actions[0].updates] == [40, 80]
    assert [m.value for m in plan.kpis[0].measurements] == [112, 120.5]
    with pytest.raises(UserInputError) as err:
        add_measurement(project.conn, "S-002", "K01", D(2026, 6, 1), 1)
    assert err.value.code == "plan_not_found"
    with pytest.raises(UserInputError) as err:
        record_progress(project.conn, "S-001", "A09", D(2026, 6, 1), percent=1)
    assert err.value.code == "plan_unknown_action"


def test_unknown_company_and_duplicate_ids_are_refused_and_delete_cascades(project):
    with pytest.raises(UserInputError) as err:
        save_plan(project.conn, ImprovementPlan("S-999"))
    assert err.value.code == "unknown_company"
    plan = sample_plan()
    plan.actions.append(plan.actions[0])
    with pytest.raises(UserInputError) as err:
        save_plan(project.conn, plan)
    assert err.value.code == "plan_duplicate_id"
    dangling = sample_plan()
    dangling.actions[0].kpi_id = "K09"
    with pytest.raises(UserInputError) as err:
        save_plan(project.conn, dangling)
    assert err.value.code == "plan_unknown_kpi"
    save_plan(project.conn, sample_plan())
    assert delete_plan(project.conn, "S-001")
    for table in ("plans", "plan_actions", "action_updates", "plan_kpis", "kpi_measurements"):
        assert project.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_certification_rule_is_stored_per_programme(project):
    assert certification_rule(project.conn) == CertificationRule()
    set_certification_rule(project.conn, CertificationRule(min_index_gain=5, blocking_risk_levels=["extreme"]))
    assert certification_rule(project.conn).min_index_gain == 5


def build_ten_months(conn, company: str, start: date) -> None:
    """What a demo generator does: a complete plan and monthly KPI history, in one transaction."""
    plan = ImprovementPlan(company, agreed_on=start)
    kpis = {
        "productivity": plan.add_kpi("Productividad", unit="kg/h", catalogue_id="productivity",
                                     baseline_value=100, baseline_date=start, target_value=140,
                                     target_date=start + timedelta(days=300)),
        "defect_rate": plan.add_kpi("Defectos", unit="ppm", catalogue_id="defect_rate", direction="lower",
                                    baseline_value=5000, baseline_date=start, target_value=2000,
                                    target_date=start + timedelta(days=300)),
        "jobs_created_women": plan.add_kpi("Empleos mujeres", unit="jobs", catalogue_id="jobs_created_women",
                                           baseline_value=0, baseline_date=start, target_value=3,
                                           target_date=start + timedelta(days=300)),
    }
    actions = [plan.add_action(title, area=area, start=start + timedelta(days=30 * s),
                               due=start + timedelta(days=30 * e), budget=budget, programme_share=0.75,
                               buyer_share=0.25, supplier_share=0.0, kpi_id=kpis[kpi].id, owner="Ana")
               for title, area, s, e, budget, kpi in (
                   ("Balanceo de línea", "production", 0, 4, 8000, "productivity"),
                   ("Control estadístico", "quality", 2, 7, 12000, "defect_rate"),
                   ("Contratación y formación", "organisation", 5, 10, 6000, "jobs_created_women"))]
    for month in range(1, 11):
        day = start + timedelta(days=30 * month)
        kpis["productivity"].add_measurement(day, 100 + 4 * month, "registro de planta")
        kpis["defect_rate"].add_measurement(day, 5000 - 290 * month, "inspección")
        kpis["jobs_created_women"].add_measurement(day, month * 3 // 10)
        for a in actions:
            if a.start <= day:
                span = (a.due - a.start).days
                pct = min(100.0, round(100 * (day - a.start).days / span, 1))
                a.record(day, percent=pct, status="done" if pct >= 100 else "in_progress")
    save_plan(conn, plan)


def test_demo_generator_builds_ten_months_of_plan_and_kpis(project):
    start = D(2026, 2, 1)
    with project.transaction() as conn:
        build_ten_months(conn, "S-001", start)
    plan = load_plan(project.conn, "S-001")
    assert len(plan.actions) == 3 and all(len(k.measurements) == 10 for k in plan.kpis)
    assert all(a.status == "done" for a in plan.actions)
    report = progress_report(project.conn, start + timedelta(days=300), chain="Lácteos")
    s1 = next(c for c in report["companies"] if c["company_id"] == "S-001")
    assert s1["plan"]["percent"] == pytest.approx(100.0) and s1["plan"]["overdue"] == []
    statuses = {k["kpi_id"]: (k["status"], round(k["change_pct"] or 0, 1)) for k in s1["kpis"]}
    assert statuses == {"K01": ("on_track", 40.0), "K02": ("on_track", -58.0), "K03": ("on_track", 0.0)}
    results = report["results"]["programme"]["kpis"]
    assert results["productivity"]["best_change_pct"] == pytest.approx(40.0)
    assert results["jobs_created_women"]["total_increase"] == 3
    assert report["results"]["programme"]["co_financing"]["programme"] == pytest.approx(19500)
    mid = progress_report(project.conn, start + timedelta(days=150), chain="Lácteos")
    s1 = next(c for c in mid["companies"] if c["company_id"] == "S-001")
    assert 0 < s1["plan"]["percent"] < 100


def test_report_phases_certification_and_risk(project):
    save_plan(project.conn, sample_plan())
    set_phase_actual(project.conn, "Lácteos", "formalisation", D(2026, 1, 5), D(2026, 2, 10))
    report = progress_report(project.conn, D(2026, 5, 15))
    phases = {p["phase"]: p for p in report["chains"]["Lácteos"]["phases"]}
    assert phases["formalisation"]["status"] == "done_late" and phases["formalisation"]["days_late"] == 10
    assert phases["implementation"]["status"] == "start_late"
    assert report["chains"]["Lácteos"]["duration_flag"] is None
    cert = {c["company_id"]: c.get("certification") for c in report["companies"]}
    assert cert["B-1"] is None                                  # the buyer is not certified
    assert not cert["S-001"]["certified"]
    risk = next(c for c in cert["S-001"]["checks"] if c["code"] == "cert_no_blocking_risk")
    assert risk["passed"] and risk["params"]["known"] is True
    from core.risk.register import Risk
    from core.risk.store import save_risk
    save_risk(project.conn, Risk("S-001", "R-001", "quality", 5, 5))
    project.conn.execute("UPDATE risks SET created_at = '2026-01-01T00:00:00+00:00'")   # entered in January
    report = progress_report(project.conn, D(2026, 5, 15))
    s1 = next(c for c in report["companies"] if c["company_id"] == "S-001")
    risk = next(c for c in s1["certification"]["checks"] if c["code"] == "cert_no_blocking_risk")
    assert not risk["passed"] and risk["params"]["level"] in ("extreme", "high")


def test_unknown_chain_lists_the_known_ones(project):
    with pytest.raises(UserInputError) as err:
        progress_report(project.conn, D(2026, 5, 1), chain="Café")
    assert err.value.code == "plan_unknown_chain" and err.value.params["known"] == "Lácteos"


def test_progress_cli_text_and_json(project, capsys):
    save_plan(project.conn, sample_plan())
    path = str(project.path)
    project.close()
    assert main(["progress", path, "--as-of", "2026-05-15"]) == 0
    out = capsys.readouterr().out
    assert "S-001: plan 40% done" in out and "K01 Productivity: 112 kg/h (+12.0%) on track" in out
    assert main(["--language", "es", "progress", path, "--as-of", "2026-05-15"]) == 0
    assert "en camino" in capsys.readouterr().out
    assert main(["progress", path, "--chain", "Lácteos", "--as-of", "2026-05-15", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["as_of"] == "2026-05-15" and data["results"]["programme"]["kpis"]["productivity"]["measured"] == 1
    assert main(["progress", path, "--chain", "Nope"]) == 2
    assert "Lácteos" in capsys.readouterr().err
    assert main(["progress", path, "--as-of", "15/05/2026"]) == 2


def test_draft_from_a_stored_assessment(tmp_path):
    from test_project_support import answers, new_project, toolkit, write_survey
    kit = toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1", level=2), answers("S2", level=5)])
    project = new_project(tmp_path, backups=False)
    project.import_survey(survey, kit)
    from core.scoring import score_responses
    from core.survey import import_survey
    expected = score_responses(kit, import_survey(survey, kit).values)
    plan = draft_for_company(project.conn, "S1", D(2026, 4, 1), top_n=3)
    wanted = [o.item for o in expected.opportunities(0, top_n=3)]
    wanted += [g for g in expected.critical_gaps(0) if g not in wanted]
    assert [a.items[0] for a in plan.actions] == wanted and plan.kpis
    save_plan(project.conn, plan)
    assert load_plans(project.conn)["S1"] == plan
    with pytest.raises(UserInputError) as err:
        draft_for_company(project.conn, "S-404", D(2026, 4, 1))
    assert err.value.code == "plan_no_assessment"
    project.close()


def test_risk_controls_can_link_plan_actions(project):
    from core.risk.store import linked_actions
    save_plan(project.conn, sample_plan())
    assert linked_actions(project.conn)[("S-001", "A01")] == {
        "action_id": "A01", "title": "Line balancing", "status": "in_progress", "percent": 40.0}


def test_every_code_the_plans_raise_has_english_spanish_and_portuguese():
    import re
    import core.plans  # noqa: F401
    from core.messages import _CATALOGUE
    root = Path(__file__).resolve().parent.parent
    sources = [*(root / "core" / "plans").glob("*.py"), root / "core" / "cli" / "progress.py",
               root / "core" / "cli" / "followup.py"]
    codes = set()
    for source in sources:
        codes |= set(re.findall(r"[\"']((?:plan|followup|cert)_[a-z0-9_]+)[\"']", source.read_text()))
    codes -= {"plan_kpis", "plan_actions", "plan_settings", "plan_revisions", "plan_status", "plan_editing", "plan_draft_", "plan_status_", "followup_action"}
    assert len(codes) > 30
    missing = [c for c in sorted(codes) if set(_CATALOGUE.get(c, {})) != {"en", "es", "pt"}]
    assert missing == []


def test_report_compares_rounds_and_certifies_from_stored_assessments(tmp_path):
    from test_project_support import answers, new_project, toolkit, write_survey
    kit = toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    project = new_project(tmp_path, backups=False)
    first = write_survey(tmp_path / "r1.xlsx", [answers("S1", level=2, date="2026-01-10"),
                                                answers("S2", level=3, date="2026-01-10")])
    second = write_survey(tmp_path / "r2.xlsx", [answers("S1", level=5, date="2026-10-10"),
                                                 answers("S2", level=2, date="2026-10-10")])
    project.import_survey(first, kit, chain="Lácteos", round=1)
    project.import_survey(second, kit, chain="Lácteos", round=2)
    for company in ("S1", "S2"):
        plan = ImprovementPlan(company)
        plan.add_action("Everything", start=D(2026, 2, 1), due=D(2026, 9, 1), status="done")
        save_plan(project.conn, plan)
    report = progress_report(project.conn, D(2026, 10, 15), chain="Lácteos")
    rounds = {r["company_id"]: r for r in report["rounds"]["companies"]}
    assert rounds["S1"]["change"] == "improved" and rounds["S2"]["change"] == "regressed"
    latest = project.companies().set_index("id")
    assert rounds["S1"]["latest_index"] == pytest.approx(latest.loc["S1", "latest_index"])
    assert report["rounds"]["chains"][0]["improved"] == 1
    cert = {c["company_id"]: c["certification"] for c in report["companies"]}
    top = kit.bands[-1].name
    s1_checks = {c["code"]: c for c in cert["S1"]["checks"]}
    assert s1_checks["cert_index_gain"]["passed"] and s1_checks["cert_plan_done"]["passed"]
    assert s1_checks["cert_top_band"]["params"]["top_band"] == top
    assert cert["S1"]["certified"] == (latest.loc["S1", "latest_band"] == top
                                       and latest.loc["S1", "critical_gaps"] == 0)
    assert not cert["S2"]["certified"]
    assert not {c["code"]: c for c in cert["S2"]["checks"]}["cert_index_gain"]["passed"]
    set_certification_rule(project.conn, CertificationRule(require_top_band=False))   # the programme's choice
    report = progress_report(project.conn, D(2026, 10, 15), chain="Lácteos")
    cert = {c["company_id"]: c["certification"] for c in report["companies"]}
    assert cert["S1"]["certified"] and not cert["S2"]["certified"]
    assert report["certification_rule"]["require_top_band"] is False
    project.close()


def test_plans_overview_for_a_table(project):
    from core.plans.report import plans_overview
    save_plan(project.conn, sample_plan())
    other = sample_plan("S-002")
    other.actions[0].status = "done"
    save_plan(project.conn, other)
    frame = plans_overview(project.conn, D(2026, 7, 2), chain="Lácteos").set_index("company_id")
    assert list(frame.index) == ["S-001", "S-002"]
    assert frame.loc["S-001", "overdue"] == 1 and frame.loc["S-002", "overdue"] == 0
    assert frame.loc["S-002", "percent"] == 100.0 and frame.loc["S-001", "name"] == "Lácteos del Valle"
    assert frame.loc["S-001", "kpis"] == 1 and frame.loc["S-001", "budget"] == 12000
    assert frame.loc["S-001", ["on_track", "at_risk", "off_track", "no_data"]].sum() == 1
    assert plans_overview(project.conn, D(2026, 7, 2)).shape[0] == 2


def test_programme_report_includes_suppliers_outside_any_chain(project):
    project.save_company(Company("S-050", name="Sin cadena"))
    save_plan(project.conn, sample_plan("S-050"))
    report = progress_report(project.conn, D(2026, 5, 15))
    listed = {c["company_id"]: c for c in report["companies"]}
    assert set(listed) == {"B-1", "S-001", "S-002", "S-050"}
    assert "certification" in listed["S-050"] and "certification" not in listed["B-1"]
    assert report["results"]["programme"]["kpis"]["productivity"]["measured"] == 1
    chain_only = progress_report(project.conn, D(2026, 5, 15), chain="Lácteos")
    assert "S-050" not in {c["company_id"] for c in chain_only["companies"]}


def test_report_has_the_chain_burn_up(project):
    start = D(2026, 2, 1)
    with project.transaction() as conn:
        build_ten_months(conn, "S-001", start)
    curve = progress_report(project.conn, D(2026, 6, 1), chain="Lácteos")["chains"]["Lácteos"]["burn_up"]
    assert curve[0] == {"date": "2026-02-01", "planned": 0.0, "actual": 0.0}
    assert curve[-1]["date"] == "2026-11-28" and curve[-1]["planned"] == pytest.approx(100.0)
    assert all(a["planned"] <= b["planned"] for a, b in zip(curve, curve[1:]))
    actual = [p["actual"] for p in curve if p["date"] <= "2026-06-01"]
    assert actual == sorted(actual) and 0 < actual[-1] < 100 and len(actual) == 5   # every 30 days, Feb 1 to Jun 1
    assert all(p["actual"] is None for p in curve if p["date"] > "2026-06-01")
