"""Derived risks: rules that fire and rules that don't, severity from criticality, evidence."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.errors import UserInputError
from core.risk.matrix import get_matrix
from core.risk.rules import derive_risks, describe, load_rules, parse_rules, severity_from_criticality

M5 = get_matrix("5x5")
RULES = load_rules()


def suppliers(**cols) -> pd.DataFrame:
    base = {"company_id": ["A", "B", "C"], "criticality": [5.0, 2.0, np.nan],
            "largest_client_share": [0.2, 0.5, np.nan],
            "area:finance": [35.0, 40.0, np.nan], "area:quality": [80.0, 39.9, 90.0],
            "area:production": [70.0, 60.0, 10.0]}
    base.update(cols)
    return pd.DataFrame(base)


def by_key(df: pd.DataFrame) -> dict:
    return {(r.company_id, r.risk_id): r for r in df.itertuples(index=False)}


def test_area_below_threshold_fires_and_equal_does_not():
    risks = by_key(derive_risks(suppliers(), None, RULES, M5))
    assert ("A", "finance_weak:financial") in risks           # 35 < 40
    assert ("B", "finance_weak:financial") not in risks       # 40 is not below 40
    assert ("C", "finance_weak:financial") not in risks       # no score: nothing derived
    r = risks[("A", "finance_weak:financial")]
    assert r.inherent_likelihood == 4                          # "likely" on the 5-step scale
    assert r.inherent_severity == 5                            # criticality 5 -> severity 5
    assert (r.evidence_field, r.evidence_value, r.rule_id) == ("finance", 35.0, "finance_weak")
    assert r.origin == "derived" and r.status == "open" and np.isnan(r.residual_likelihood)


def test_one_rule_can_derive_several_categories_from_the_weakest_area():
    risks = by_key(derive_risks(suppliers(), None, RULES, M5))
    b_q, b_d = risks[("B", "operations_weak:quality")], risks[("B", "operations_weak:delivery")]
    assert b_q.evidence_field == "quality" and b_q.evidence_value == pytest.approx(39.9)
    assert b_d.inherent_severity == 2
    c = risks[("C", "operations_weak:quality")]
    assert c.evidence_field == "production" and c.evidence_value == 10.0
    assert c.inherent_severity == 3                            # unknown criticality: middle, rounded up
    assert ("A", "operations_weak:quality") not in risks


def test_dependency_on_the_largest_client():
    risks = by_key(derive_risks(suppliers(), None, RULES, M5))
    assert ("B", "single_client:dependency") in risks          # exactly 50% fires
    assert ("A", "single_client:dependency") not in risks
    assert ("C", "single_client:dependency") not in risks      # unknown share


def test_critical_gaps_map_items_to_categories():
    gaps = pd.DataFrame({"company_id": ["A", "A", "A", "B", "Z"],
                         "item": ["cert_iso9001", "cert_haccp", "fin_03", "env_water", "cert_x"]})
    risks = by_key(derive_risks(suppliers(), gaps, RULES, M5))
    a = risks[("A", "critical_gap:compliance")]
    assert a.evidence_items == "cert_haccp, cert_iso9001" and a.inherent_severity == 5
    assert ("B", "critical_gap:environment") in risks
    assert not any(k[1].startswith("critical_gap") and k[0] == "C" for k in risks)
    # fin_03 matches no pattern: nothing derived from it
    assert sum(1 for k in risks if k[0] == "A" and k[1].startswith("critical_gap")) == 1
    # a company unknown to the supplier table still gets a risk, at the unknown severity
    assert risks[("Z", "critical_gap:compliance")].inherent_severity == 3


def test_no_rule_fires_on_a_healthy_supply_base():
    healthy = suppliers(**{"area:finance": [90.0, 80, 70], "area:quality": [90.0, 80, 70],
                           "area:production": [90.0, 80, 70], "largest_client_share": [0.1, 0.2, 0.49]})
    out = derive_risks(healthy, pd.DataFrame({"company_id": [], "item": []}), RULES, M5)
    assert out.empty and list(out.columns)[:2] == ["company_id", "risk_id"]


def test_missing_area_columns_derive_nothing_for_that_rule():
    sup = suppliers().drop(columns=["area:finance"])
    out = derive_risks(sup, None, RULES, M5)
    assert not out["rule_id"].eq("finance_weak").any()


@pytest.mark.parametrize("size,expected", [(3, [1, 2, 2, 3, 3]), (4, [1, 2, 3, 3, 4]),
                                           (5, [1, 2, 3, 4, 5]), (6, [1, 2, 4, 5, 6])])
def test_criticality_maps_linearly_onto_every_scale(size, expected):
    m = get_matrix(f"{size}x{size}")
    assert list(severity_from_criticality(np.arange(1, 6), RULES, m)) == expected


def test_rules_on_every_builtin_matrix_use_the_named_likelihood():
    for ident in ("3x3", "4x4", "5x5", "6x6"):
        m = get_matrix(ident)
        out = derive_risks(suppliers(), None, RULES, m)
        assert set(out["inherent_likelihood"]) == {m.scale_value("likelihood", "likely")}


def test_explicit_severity_table_and_fixed_values():
    data = {"item_categories": {},
        "severity_from_criticality": {"1": "minor", "2": "minor", "3": "moderate", "4": "major", "5": 5},
        "severity_if_unknown": "catastrophic",
        "rules": [{"id": "dep", "kind": "field_at_least", "field": "largest_client_share",
                   "at_least": 0.1, "categories": "dependency", "likelihood": 2, "severity": "criticality"},
                  {"id": "fin", "kind": "field_below", "field": "area:finance", "below": 50,
                   "categories": ["financial"], "likelihood": "possible", "severity": "moderate"}]}
    rules = parse_rules(data)
    risks = by_key(derive_risks(suppliers(), None, rules, M5))
    assert risks[("A", "dep:dependency")].inherent_severity == 5
    assert risks[("B", "dep:dependency")].inherent_severity == 2
    assert risks[("A", "fin:financial")].inherent_severity == 3
    assert risks[("A", "fin:financial")].inherent_likelihood == 3
    unknown = derive_risks(suppliers(largest_client_share=[0.9, 0.9, 0.9]), None, rules, M5)
    assert by_key(unknown)[("C", "dep:dependency")].inherent_severity == 5


def test_invalid_rules_are_reported_together():
    bad = {"item_categories": {"cert_*": "paperwork"},
           "rules": [{"id": "x", "kind": "area_above", "categories": ["quality"]},
                     {"id": "y", "kind": "area_below", "areas": ["finance"], "categories": ["financial"]},
                     {"id": "y", "kind": "field_at_least", "field": "share", "at_least": 1,
                      "categories": ["luck"]}]}
    with pytest.raises(UserInputError) as exc:
        parse_rules(bad)
    got = sorted(p.code for p in exc.value.problems)
    assert got == ["risk_rule_duplicate", "risk_rule_missing", "risk_rule_unknown_kind",
                   "risk_unknown_category", "risk_unknown_category"]


def test_a_likelihood_name_unknown_to_the_matrix_fails_clearly():
    data = {"item_categories": {}, "rules": [
        {"id": "f", "kind": "field_below", "field": "area:finance", "below": 50,
         "categories": ["financial"], "likelihood": "frequent"}]}
    with pytest.raises(UserInputError) as exc:
        derive_risks(suppliers(), None, parse_rules(data), M5)
    assert exc.value.problems[0].code == "risk_rule_unknown_step"


def test_describe_explains_the_evidence_in_each_language():
    out = derive_risks(suppliers(), None, RULES, M5)
    row = out[(out.company_id == "A") & (out.rule_id == "finance_weak")].iloc[0].to_dict()
    rule = RULES.rule("finance_weak")
    assert describe(rule, row, "en") == "Weak financial health: area finance scored 35.0 (below 40)"
    assert "Salud financiera débil" in describe(rule, row, "es")
    row["evidence_value"] = 35.714285714285715
    assert describe(rule, row, "es", {"finance": "Finanzas"}) == (
        "Salud financiera débil: el área Finanzas obtuvo 35,7 (menos de 40)")
    dep = out[(out.company_id == "B") & (out.rule_id == "single_client")].iloc[0].to_dict()
    assert "50,0 %" in describe(RULES.rule("single_client"), dep, "pt")


def test_default_rules_file_is_valid_and_documented_kinds_only():
    kinds = {r.kind for r in RULES.rules}
    assert kinds == {"area_below", "field_at_least", "critical_gap"}
    for r in RULES.rules:
        assert set(r.description) == {"en", "es", "pt"}


def test_a_critical_gap_is_told_by_the_items_labels():
    rule = RULES.rule("critical_gap")
    row = {"evidence_field": "critical_gaps", "evidence_items": "adm_01, org_02"}
    text = describe(rule, row, "es", {}, {"adm_01": "Situación legal", "org_02": "Seguridad y salud"})
    assert text == "Brecha crítica en Situación legal, Seguridad y salud"
