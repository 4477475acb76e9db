"""Draft plans, round comparison, phases, certification and programme results (pure logic)."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.errors import UserInputError
from core.messages import message
from core.plans.certification import CertificationRule, Evidence, evaluate, parse_rule
from core.plans.draft import draft_plan
from core.plans.model import ImprovementPlan
from core.plans.phases import PhaseDates, chain_phases, duration_flag, intervention_months, phase_status
from core.plans.results import kpi_table, programme_results
from core.plans.rounds import compare_rounds
from core.scoring.result import Opportunity

D = date


# --- draft --------------------------------------------------------------------------------
def test_draft_has_one_action_per_top_opportunity_and_critical_gap_with_catalogue_kpis():
    opps = [Opportunity("qa_01", "quality", 25, 100, 75, 4.0), Opportunity("smed_1", "smed", 50, 100, 50, 3.0),
            Opportunity("qa_02", "quality", 50, 100, 50, 2.0), Opportunity("fin_1", "finance", 75, 100, 25, 1.0)]
    plan = draft_plan("S-001", opps, ["qa_02", "env_09"], {"env_09": "environmental"}, D(2026, 3, 1),
                      top_n=3, months=9, labels={"qa_01": "Inspección final"}, language="es")
    assert [a.items for a in plan.actions] == [["qa_01"], ["smed_1"], ["qa_02"], ["env_09"]]
    assert plan.actions[0].title == "Mejorar: Inspección final"
    assert plan.actions[3].area == "environmental"
    assert "brecha crítica" in plan.actions[3].notes
    kpis = {k.id: k for k in plan.kpis}
    assert [k.catalogue_id for k in plan.kpis] == ["defect_rate", "setup_time", "certifications"]
    assert plan.actions[0].kpi_id == plan.actions[2].kpi_id           # both quality items share one KPI
    assert kpis[plan.actions[0].kpi_id].direction == "lower"
    assert kpis[plan.actions[0].kpi_id].name == "Tasa de defectos"
    dues = [a.due for a in plan.actions]
    assert dues == sorted(dues) and dues[0] == D(2026, 5, 31) and dues[-1] == D(2026, 11, 30)
    assert all(a.programme_share == 0.75 and a.buyer_share == 0.25 for a in plan.actions)


def test_draft_without_opportunities_or_gaps_is_empty():
    plan = draft_plan("S-001", [], [], {}, D(2026, 3, 1))
    assert plan.actions == [] and plan.kpis == []


# --- rounds -------------------------------------------------------------------------------
def assessments() -> pd.DataFrame:
    rows = [
        ("S-1", "sdp", "2026-01-10", 1, 50.0, {"fin": 40.0, "ops": 60.0}),
        ("S-1", "sdp", "2026-10-10", 2, 68.0, {"fin": 70.0, "ops": 66.0}),
        ("S-2", "sdp", "2026-01-12", 1, 70.0, {"fin": 70.0}),
        ("S-2", "sdp", "2026-10-12", 2, 65.0, {"fin": 65.0}),
        ("S-3", "sdp", "2026-01-15", 1, 40.0, {}),
        ("S-4", "sdp", "2026-02-01", None, 30.0, {}),
        ("S-4", "sdp", "2026-09-01", None, 30.0, {}),
    ]
    return pd.DataFrame(rows, columns=["company_id", "toolkit_id", "assessed_on", "round", "index", "areas"])


def test_rounds_per_company_chain_and_programme():
    chains = pd.DataFrame({"company_id": ["S-1", "S-2", "S-3", "S-4"], "chain": ["Dairy", "Dairy", "Coffee", "Coffee"]})
    r = compare_rounds(assessments(), chains)
    c = r.companies.set_index("company_id")
    assert c.loc["S-1", "delta"] == pytest.approx(18.0) and c.loc["S-1", "change"] == "improved"
    assert c.loc["S-1", "area:fin"] == pytest.approx(30.0) and c.loc["S-1", "area:ops"] == pytest.approx(6.0)
    assert c.loc["S-2", "change"] == "regressed"
    assert pd.isna(c.loc["S-3", "delta"]) and pd.isna(c.loc["S-3", "change"])
    assert c.loc["S-4", "change"] == "unchanged"
    dairy = r.chains.set_index("chain").loc["Dairy"]
    assert (dairy["improved"], dairy["regressed"], dairy["mean_delta"]) == (1, 1, pytest.approx(6.5))
    assert r.programme["compared"] == 3 and r.programme["companies"] == 4
    assert r.as_dict()["companies"][2]["delta"] is None


def test_the_lowest_round_is_the_baseline_even_if_dated_later():
    frame = pd.DataFrame([("S-1", "sdp", "2026-05-01", 1, 40.0, {}), ("S-1", "sdp", "2026-04-01", 2, 55.0, {}),
                          ("S-1", "sdp", "2026-09-01", 3, 60.0, {})],
                         columns=["company_id", "toolkit_id", "assessed_on", "round", "index", "areas"])
    row = compare_rounds(frame).companies.iloc[0]
    assert (row["baseline_index"], row["latest_index"], row["delta"]) == (40.0, 60.0, 20.0)


# --- phases -------------------------------------------------------------------------------
def test_phase_statuses_at_the_edges():
    today = D(2026, 6, 1)
    assert phase_status("diagnosis", PhaseDates(D(2026, 1, 1), D(2026, 6, 1)), today).status == "start_late"
    assert phase_status("diagnosis", PhaseDates(D(2026, 1, 1), D(2026, 6, 1), D(2026, 1, 2)), today).status == "in_progress"
    late = phase_status("diagnosis", PhaseDates(D(2026, 1, 1), D(2026, 5, 30), D(2026, 1, 2)), today)
    assert (late.status, late.days_late) == ("late", 2)
    done_late = phase_status("diagnosis", PhaseDates(D(2026, 1, 1), D(2026, 2, 1), D(2026, 1, 1), D(2026, 2, 11)), today)
    assert (done_late.status, done_late.days_late) == ("done_late", 10)
    assert phase_status("diagnosis", PhaseDates(D(2026, 7, 1), D(2026, 8, 1)), today).status == "not_started"
    assert phase_status("diagnosis", PhaseDates(), today).status == "no_dates"


def test_all_six_phases_and_the_nine_to_twelve_month_rule():
    phases = {"formalisation": PhaseDates(D(2026, 1, 1), D(2026, 1, 31)),
              "documentation": PhaseDates(D(2026, 11, 1), D(2026, 12, 31))}
    listed = chain_phases(phases, D(2026, 3, 1))
    assert [p.phase for p in listed] == ["formalisation", "diagnosis", "validation", "improvement_plan",
                                         "implementation", "documentation"]
    months = intervention_months(phases)
    assert months == pytest.approx(364 / 30.44) and duration_flag(months) is None
    assert duration_flag(14.0) == "long" and duration_flag(6.0) == "short" and duration_flag(None) is None


# --- certification -----------------------------------------------------------------------
def evidence(**kw) -> Evidence:
    base = dict(company_id="S-1", latest_index=82.0, latest_band="advanced", top_band="advanced",
                critical_gaps=0, baseline_index=70.0, plan_percent=85.0, risk_level="medium", risk_known=True)
    return Evidence(**{**base, **kw})


def test_default_rule_certifies_a_supplier_meeting_every_condition():
    result = evaluate(CertificationRule(), evidence())
    assert result.certified and [c.code for c in result.checks] == [
        "cert_top_band", "cert_critical_gaps", "cert_index_gain", "cert_plan_done", "cert_no_blocking_risk"]


@pytest.mark.parametrize("change, failing", [
    ({"latest_band": "developing"}, "cert_top_band"),
    ({"critical_gaps": 1}, "cert_critical_gaps"),
    ({"baseline_index": 72.5}, "cert_index_gain"),             # +9.5 points
    ({"baseline_index": None}, "cert_index_gain"),             # no baseline round
    ({"plan_percent": 79.9}, "cert_plan_done"),
    ({"plan_percent": None}, "cert_plan_done"),
    ({"risk_level": "high"}, "cert_no_blocking_risk"),
    ({"risk_level": "extreme"}, "cert_no_blocking_risk"),
])
def test_each_condition_can_refuse_certification_and_says_why(change, failing):
    result = evaluate(CertificationRule(), evidence(**change))
    assert not result.certified
    assert [c.code for c in result.checks if not c.passed] == [failing]
    failed = next(c for c in result.checks if not c.passed)
    assert message(failed.code, "es", **failed.params)


def test_edges_pass_and_risk_passes_without_a_risk_register():
    assert evaluate(CertificationRule(), evidence(baseline_index=72.0, plan_percent=80.0)).certified
    assert evaluate(CertificationRule(), evidence(risk_level="extreme", risk_known=False)).certified


def test_the_rule_is_editable_and_checked():
    rule = parse_rule({"min_index_gain": 5, "min_plan_done": None, "blocking_risk_levels": ["extreme"],
                       "allow_critical_gaps": 1})
    result = evaluate(rule, evidence(baseline_index=76.0, plan_percent=10.0, risk_level="high", critical_gaps=1))
    assert result.certified and "cert_plan_done" not in [c.code for c in result.checks]
    with pytest.raises(UserInputError) as err:
        parse_rule({"min_gain": 5, "min_plan_done": "lots"})
    assert err.value.code == "cert_rule_invalid"
    assert [p.code for p in err.value.problems] == ["cert_rule_unknown_key", "cert_rule_bad_value"]


# --- programme results ---------------------------------------------------------------------
def plan_with(company: str, kpis: dict[str, tuple[float, float | None]], budget: float = 0.0) -> ImprovementPlan:
    plan = ImprovementPlan(company)
    for cat, (baseline, current) in kpis.items():
        k = plan.add_kpi(cat, catalogue_id=cat, baseline_value=baseline, baseline_date=D(2026, 1, 1),
                         target_value=baseline * 1.3 if baseline else 10, target_date=D(2026, 12, 1),
                         direction="lower" if cat == "unit_cost" else "higher")
        if current is not None:
            k.add_measurement(D(2026, 9, 1), current)
    plan.add_action("x", budget=budget, programme_share=0.75, buyer_share=0.25, supplier_share=0.0)
    return plan


def test_programme_results_count_improvers_medians_best_and_sums():
    plans = {
        "S-1": plan_with("S-1", {"productivity": (100, 141), "unit_cost": (10, 5.4), "jobs_created": (0, 5)}, 1000),
        "S-2": plan_with("S-2", {"productivity": (100, 110), "unit_cost": (10, 11), "jobs_created": (0, 3)}, 2000),
        "S-3": plan_with("S-3", {"productivity": (100, 95), "jobs_created": (0, None)}, 4000),
        "S-4": plan_with("S-4", {"productivity": (100, 90)}),
    }
    chains = pd.DataFrame({"company_id": ["S-1", "S-2", "S-3", "S-4"], "chain": ["A", "A", "B", "B"]})
    results = programme_results(plans, chains, D(2026, 10, 1))
    prog = results["programme"]["kpis"]
    assert (prog["productivity"]["measured"], prog["productivity"]["improving"]) == (4, 2)
    assert prog["productivity"]["best_change_pct"] == pytest.approx(41.0)
    assert prog["productivity"]["median_change_pct"] == pytest.approx((10 - 5) / 2)
    assert (prog["productivity"]["chains_improving"], prog["productivity"]["chains_measured"]) == (1, 2)
    assert prog["unit_cost"]["best_change_pct"] == pytest.approx(-46.0)          # lower is better
    assert prog["unit_cost"]["improving"] == 1
    assert prog["jobs_created"]["total_increase"] == 8 and prog["jobs_created"]["measured"] == 2
    assert results["programme"]["co_financing"] == pytest.approx(
        {"total": 7000, "programme": 5250, "buyer": 1750, "supplier": 0})
    assert results["chains"]["A"]["kpis"]["productivity"]["median_change_pct"] == pytest.approx(25.5)
    assert results["chains"]["B"]["co_financing"]["total"] == 4000


def test_kpi_table_has_no_data_rows_for_unmeasured_kpis():
    table = kpi_table({"S-3": plan_with("S-3", {"jobs_created": (0, None)})}, D(2026, 10, 1))
    assert table.loc[0, "status"] == "no_data" and pd.isna(table.loc[0, "current"])
