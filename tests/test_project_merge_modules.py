"""A merge brings the risk registers and improvement plans of the other file too."""
from __future__ import annotations

from datetime import date

from core.plans import ImprovementPlan
from core.plans.store import load_plans, save_plan
from core.project import Company
from core.risk.register import Risk
from core.risk.store import save_risk
from test_project_support import new_project


def _consultant_file(tmp_path, name: str, company: str):
    project = new_project(tmp_path, f"{name}.encadena")
    project.save_company(Company(company, f"Proveedor {company}"))
    save_risk(project.conn, Risk(company, "R-001", "financial", 4, 3, description="Caja ajustada"))
    with project.transaction() as conn:
        plan = ImprovementPlan(company, agreed_on=date(2026, 3, 1))
        plan.add_action("Balanceo de línea", start=date(2026, 3, 1), due=date(2026, 6, 30),
                        budget=8000, programme_share=0.75, buyer_share=0.25, supplier_share=0)
        save_plan(conn, plan)
    return project


def test_merge_brings_risks_and_plans(tmp_path):
    target = _consultant_file(tmp_path, "ana", "S1")
    source = _consultant_file(tmp_path, "beto", "S2")
    source.close()
    [outcome] = target.merge(tmp_path / "beto.encadena")
    assert outcome.extra["risk"]["risks_added"] == 1
    assert outcome.extra["plans"]["plans_added"] == 1
    assert "risks" not in outcome.unmerged_tables and "plans" not in outcome.unmerged_tables
    risks = {tuple(r) for r in target.conn.execute("SELECT company_id, risk_id FROM risks")}
    assert risks == {("S1", "R-001"), ("S2", "R-001")}
    assert sorted(load_plans(target.conn)) == ["S1", "S2"]
    # merging the same file again adds nothing
    [again] = target.merge(tmp_path / "beto.encadena")
    assert again.extra["risk"]["risks_added"] == 0 and again.extra["plans"]["plans_added"] == 0
    assert target.check().ok
