"""End to end: a survey imported into a project derives risks from its real scores and gaps."""
from __future__ import annotations

from core.risk.classify import classify_suppliers
from core.risk.matrix import get_matrix
from core.risk.rules import parse_rules
from core.risk.store import effective_register, supply_base
from test_project_support import answers, new_project, toolkit, write_survey

RULES = {"item_categories": {"ops_*": "quality"},
         "rules": [{"id": "fin_weak", "kind": "area_below", "areas": ["fin"], "below": 40,
                    "categories": ["financial"], "likelihood": "likely", "severity": 4},
                   {"id": "gap", "kind": "critical_gap", "likelihood": "possible", "severity": 3}]}


def test_imported_scores_and_critical_gaps_drive_the_rules(tmp_path):
    kit = toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1", level=1, fin_01=5, fin_02="no"),
                                                 answers("S2", level=5)])
    project = new_project(tmp_path)
    project.import_survey(survey, kit, chain="Lácteos")
    base = supply_base(project.conn)
    sup = base.suppliers.set_index("company_id")
    fin = {a.company_id: a.area_scores["fin"][0] for c in ("S1", "S2") for a in project.assessments(c)}
    assert sup.loc["S1", "area:fin"] == fin["S1"] and sup.loc["S2", "area:fin"] == fin["S2"]
    assert fin["S1"] < 40 <= fin["S2"]
    assert set(base.critical_gaps["company_id"]) == {"S1"}
    matrix = get_matrix()
    register, _ = effective_register(project.conn, matrix=matrix, rules=parse_rules(RULES))
    assert set(zip(register["company_id"], register["risk_id"])) == {
        ("S1", "fin_weak:financial"), ("S1", "gap:quality")}
    gap = register[register["risk_id"] == "gap:quality"].iloc[0]
    assert gap["evidence_items"] == "ops_01"
    levels = classify_suppliers(register, matrix, ["S1", "S2"]).set_index("company_id")
    assert levels.loc["S1", "level"] == "high" and levels.loc["S2", "level"] is None
    project.close()
