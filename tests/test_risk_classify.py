"""Registers, decisions, reviews, classification, heat maps and classification history."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.errors import UserInputError
from core.risk.classify import (
    classification_as_of,
    classification_change,
    classify_risks,
    classify_suppliers,
    heat_map,
    snapshot,
)
from core.risk.matrix import get_matrix, parse_matrix
from core.risk.register import (
    Risk,
    apply_decisions,
    frame_to_risks,
    review_status,
    risks_to_frame,
    validate_risk,
)

M5 = get_matrix("5x5")


def risk(company, rid, l, s, **kw) -> Risk:
    return Risk(company, rid, kw.pop("category", "quality"), l, s, **kw)


def register() -> pd.DataFrame:
    return risks_to_frame([
        risk("A", "R-001", 5, 5, residual_likelihood=2, residual_severity=3, controls=("action:7",)),
        risk("A", "R-002", 3, 3),                                   # medium, residual = inherent
        risk("B", "R-001", 4, 4, status="mitigated"),               # not open: ignored
        risk("B", "R-002", 2, 2),
        risk("C", "R-001", 5, 4, status="closed"),
        risk("D", "R-001", 1, 5), risk("D", "R-002", 5, 1),         # two medium cells, score 5
    ])


def test_residual_defaults_to_inherent_until_mitigations_are_recorded():
    r = risk("A", "R-1", 4, 3)
    assert r.residual == (4, 3)
    r.residual_likelihood, r.residual_severity = 2, 3
    assert r.residual == (2, 3)
    df = classify_risks(register(), M5)
    a1 = df[(df.company_id == "A") & (df.risk_id == "R-001")].iloc[0]
    assert (a1.inherent_level, a1.residual_level) == ("extreme", "medium")
    a2 = df[(df.company_id == "A") & (df.risk_id == "R-002")].iloc[0]
    assert (a2.residual_l, a2.residual_s, a2.residual_level) == (3, 3, "medium")


def test_supplier_level_is_the_highest_residual_level_of_open_risks():
    levels = classify_suppliers(register(), M5, companies=["A", "B", "C", "D", "E"]).set_index("company_id")
    assert levels.loc["A", "level"] == "medium"      # extreme inherent, medium residual
    assert levels.loc["B", "level"] == "low"         # the mitigated high risk does not count
    assert levels.loc["C", "level"] is None and levels.loc["C", "rank"] == -1
    assert levels.loc["E", "open_risks"] == 0
    assert levels.loc["A", "open_risks"] == 2
    inherent = classify_suppliers(register(), M5, basis="inherent").set_index("company_id")
    assert inherent.loc["A", "level"] == "extreme"


def test_worst_cell_ties_break_on_score_then_severity():
    levels = classify_suppliers(register(), M5).set_index("company_id")
    assert (levels.loc["D", "likelihood"], levels.loc["D", "severity"]) == (1, 5)
    custom = parse_matrix({"likelihood": ["a", "b", "c"], "severity": ["x", "y", "z"],
                           "levels": ["low", "high"],
                           "cells": {"1": ["low", "low", "high"], "2": ["low", "high", "high"],
                                     "3": ["high", "high", "high"]},
                           "scores": {"1": [1, 2, 10], "2": [2, 5, 11], "3": [3, 12, 13]}})
    reg = risks_to_frame([risk("X", "1", 1, 3), risk("X", "2", 3, 1)])
    worst = classify_suppliers(reg, custom).iloc[0]
    assert (worst.likelihood, worst.severity, worst.level, worst.score) == (1, 3, "high", 10.0)


def test_heat_map_counts_suppliers_and_risks_per_cell():
    hm = heat_map(register(), M5, basis="inherent", companies=["A", "B", "C", "D", "E"])
    cells = {(c["likelihood"], c["severity"]): c for c in hm["cells"]}
    assert len(cells) == 25
    assert cells[(5, 5)]["suppliers"] == 1 and cells[(5, 5)]["supplier_ids"] == ["A"]
    assert cells[(3, 3)]["risks"] == 1 and cells[(3, 3)]["suppliers"] == 0
    assert sum(c["risks"] for c in hm["cells"]) == 5            # open risks only
    assert sum(c["suppliers"] for c in hm["cells"]) == 3
    assert hm["suppliers_per_level"]["extreme"] == ["A"]
    assert hm["without_open_risks"] == ["C", "E"]
    assert hm["supplier_grid"][4][4] == 1
    residual = heat_map(register(), M5, basis="residual")
    assert residual["suppliers_per_level"]["medium"] == ["A", "D"]
    assert residual["suppliers_per_level"]["extreme"] == []


def test_heat_map_restricted_to_a_value_chain():
    hm = heat_map(register(), M5, companies=["B"])
    assert sum(c["risks"] for c in hm["cells"]) == 1
    assert hm["suppliers_per_level"]["low"] == ["B"]


def test_validation_of_a_single_risk():
    validate_risk(risk("A", "R-1", 5, 5, residual_likelihood=1), M5)
    with pytest.raises(UserInputError) as exc:
        validate_risk(risk("A", "R-1", 6, 2, category="weather", status="gone"), M5)
    assert sorted(p.code for p in exc.value.problems) == [
        "risk_unknown_category", "risk_unknown_status", "risk_value_off_scale"]
    with pytest.raises(UserInputError) as exc:
        validate_risk(risk("A", "R-1", 2, 2, residual_likelihood=3), M5)
    assert exc.value.problems[0].code == "risk_residual_above_inherent"


def test_frame_round_trip_keeps_every_field():
    original = [risk("A", "R-1", 4, 3, description="Late deliveries", cause="one truck",
                     controls=("second carrier", "action:12"), residual_likelihood=2, owner="Ana",
                     last_review=date(2026, 1, 5), next_review=date(2026, 4, 5),
                     evidence={"field": "delivery", "value": 30.0})]
    back = frame_to_risks(risks_to_frame(original))
    assert back == original


def derived() -> pd.DataFrame:
    return risks_to_frame([
        risk("A", "finance_weak:financial", 4, 5, category="financial", origin="derived",
             rule_id="finance_weak", evidence={"field": "finance", "value": 30.0}),
        risk("B", "finance_weak:financial", 4, 2, category="financial", origin="derived",
             rule_id="finance_weak"),
        risk("C", "single_client:dependency", 4, 3, category="dependency", origin="derived",
             rule_id="single_client")])


def test_decisions_accept_edit_dismiss():
    decisions = pd.DataFrame([
        {"company_id": "A", "risk_id": "finance_weak:financial", "decision": "edit",
         "residual_likelihood": 2, "owner": "Luis", "inherent_severity": None},
        {"company_id": "B", "risk_id": "finance_weak:financial", "decision": "dismiss"},
        {"company_id": "C", "risk_id": "single_client:dependency", "decision": "accept"},
        {"company_id": "Q", "risk_id": "gone:quality", "decision": "accept"}])   # no longer derived
    out = apply_decisions(derived(), decisions).set_index("company_id")
    assert list(out.index) == ["A", "C"]
    assert out.loc["A", "residual_likelihood"] == 2 and out.loc["A", "owner"] == "Luis"
    assert out.loc["A", "inherent_severity"] == 5             # not edited: the derived value
    assert out.loc["A", "evidence_value"] == 30.0             # the evidence stays
    assert out.loc["A", "decision"] == "edit" and out.loc["C", "decision"] == "accept"


def test_re_deriving_never_overwrites_a_decision():
    decisions = pd.DataFrame([{"company_id": "A", "risk_id": "finance_weak:financial",
                               "decision": "edit", "inherent_likelihood": 3}])
    first = apply_decisions(derived(), decisions)
    rederived = derived()
    rederived.loc[0, "inherent_severity"] = 3                 # the data changed
    second = apply_decisions(rederived, decisions).set_index("company_id")
    assert second.loc["A", "inherent_likelihood"] == 3        # the edit survives
    assert second.loc["A", "inherent_severity"] == 3          # fresh data where not edited
    assert first.set_index("company_id").loc["A", "inherent_likelihood"] == 3


def test_reviews_are_due_after_the_interval_of_the_residual_level():
    reg = risks_to_frame([
        risk("A", "1", 5, 5, last_review=date(2026, 1, 1)),                 # extreme: 90 days
        risk("A", "2", 1, 1, last_review=date(2026, 1, 1)),                 # low: 360 days
        risk("A", "3", 3, 3, next_review=date(2026, 12, 31)),               # stated date wins
        risk("A", "4", 3, 3),                                               # never reviewed
        risk("A", "5", 5, 5, status="closed")])
    out = review_status(reg, M5, date(2026, 6, 1)).set_index("risk_id")
    assert out.loc["1", "next_review_due"] == date(2026, 4, 1)
    assert list(out["review"]) == ["overdue", "ok", "ok", "due_never_reviewed", "ok"]


def test_classification_history_and_change_between_dates():
    reg1 = register()
    hist = [snapshot(classify_suppliers(reg1, M5, ["A", "B", "D"]), date(2026, 1, 31))]
    reg2 = reg1[reg1.company_id != "D"].copy()                                  # D: no open risk left
    reg2.loc[reg2.company_id == "B", "inherent_likelihood"] = 5                   # B worsens
    reg2 = pd.concat([reg2, risks_to_frame([risk("N", "R-001", 3, 3)])], ignore_index=True)
    hist.append(snapshot(classify_suppliers(reg2, M5, ["A", "B", "D", "N"]), date(2026, 6, 30)))
    history = pd.concat(hist, ignore_index=True)
    assert classification_as_of(history, date(2026, 3, 1)).set_index("company_id").loc["B", "level"] == "low"
    change = classification_change(history, date(2026, 2, 1), date(2026, 7, 1)).set_index("company_id")
    assert change.loc["A", "change"] == "same"
    assert (change.loc["B", "level_before"], change.loc["B", "level_after"]) == ("low", "high")   # (5, 2) scores 10
    assert change.loc["B", "change"] == "up"
    assert change.loc["D", "change"] == "down" and change.loc["N", "change"] == "new"
    early = classification_change(history, date(2025, 1, 1), date(2026, 2, 1))
    assert set(early["change"]) == {"new"}


def test_empty_register_classifies_nobody():
    empty = risks_to_frame([])
    assert classify_suppliers(empty, M5).empty
    levels = classify_suppliers(empty, M5, companies=["A"])
    assert levels.iloc[0]["rank"] == -1
    assert heat_map(empty, M5)["risk_grid"] == np.zeros((5, 5), dtype=int).tolist()


def naive_levels(risks: list[Risk], matrix) -> dict[str, str | None]:
    """The definition, one risk at a time: highest residual level among open risks."""
    best: dict[str, tuple] = {}
    for r in risks:
        if r.status != "open":
            continue
        lv = matrix.level(*r.residual)
        if r.company_id not in best or lv.rank > best[r.company_id][0]:
            best[r.company_id] = (lv.rank, lv.name)
    return {c: v[1] for c, v in best.items()}


def test_vectorised_classification_equals_the_definition_on_every_builtin():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @st.composite
    def programmes(draw):
        matrix = get_matrix(draw(st.sampled_from(["3x3", "4x4", "5x5", "6x6"])))
        n_l, n_s = matrix.size
        out = []
        for i in range(draw(st.integers(0, 30))):
            il, is_ = draw(st.integers(1, n_l)), draw(st.integers(1, n_s))
            mitigated = draw(st.booleans())
            out.append(risk(draw(st.sampled_from("ABCDEFG")), f"R{i}", il, is_,
                            residual_likelihood=draw(st.integers(1, il)) if mitigated else None,
                            residual_severity=draw(st.integers(1, is_)) if mitigated else None,
                            status=draw(st.sampled_from(["open", "open", "mitigated", "closed"]))))
        return matrix, out

    @settings(max_examples=20, deadline=None)
    @given(programmes())
    def check(case):
        matrix, items = case
        frame = risks_to_frame(items)
        levels = classify_suppliers(frame, matrix, list("ABCDEFG"))
        got = {c: lv for c, lv in zip(levels["company_id"], levels["level"]) if lv is not None}
        assert got == naive_levels(items, matrix)
        hm = heat_map(frame, matrix, "residual")
        assert sum(c["risks"] for c in hm["cells"]) == sum(r.status == "open" for r in items)

    check()


def test_a_register_viewed_through_a_smaller_matrix_lands_on_the_scale_ends():
    m3 = get_matrix("3x3")
    levels = classify_suppliers(risks_to_frame([risk("A", "1", 5, 4), risk("B", "1", 1, 2)]), m3)
    got = levels.set_index("company_id")
    assert (got.loc["A", "likelihood"], got.loc["A", "severity"], got.loc["A", "level"]) == (3, 3, "high")
    assert got.loc["B", "level"] == "low"
