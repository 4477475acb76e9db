"""Hand-computed examples for every rule of spec section 3, and the section-4 JSON."""
from __future__ import annotations

import io
import json
import math

import numpy as np
import pandas as pd
import pytest

from core.errors import Cancelled
from core.scoring import result_to_json, score_responses, write_json
from core.survey.model import CellError
from scoring_helpers import item, survey, toolkit, values


def score_one(kit, row: dict):
    return score_responses(kit, values([row]))


# --- items ------------------------------------------------------------------------------

def test_normalised_score_and_reversal():
    kit = toolkit([item("q1", "a"), item("q2", "a", reverse=True), item("q3", "a", 0, 10)])
    result = score_one(kit, {"q1": 3, "q2": 2, "q3": 7})
    assert result.item_scores.iloc[0].tolist() == [50.0, 75.0, 70.0]


def test_targets_are_in_raw_scale_and_reversed_targets_flip():
    kit = toolkit([item("q1", "a", target=4), item("q2", "a", reverse=True, target=2),
                   item("q3", "a", reverse=True), item("q4", "a")])
    result = score_one(kit, {})
    assert result.item_targets.tolist() == [75.0, 75.0, 100.0, 100.0]
    assert result.area_targets["a"] == pytest.approx((75 + 75 + 100 + 100) / 4)


def test_missing_column_means_missing_answers():
    kit = toolkit([item("q1", "a"), item("q2", "a")])
    result = score_responses(kit, values([{"q1": 5}], columns=["q1"]))
    assert math.isnan(result.item_scores.iloc[0]["q2"])
    assert result.area_coverage.iloc[0]["a"] == 0.5
    assert result.area_scores.iloc[0]["a"] == 100.0


# --- areas ------------------------------------------------------------------------------

def test_weighted_area_score_and_target():
    kit = toolkit([item("q1", "a", weight=1.0), item("q2", "a", weight=3.0, target=4)])
    result = score_one(kit, {"q1": 5, "q2": 1})
    assert result.area_scores.iloc[0]["a"] == pytest.approx(25.0)      # (1*100 + 3*0) / 4
    assert result.area_targets["a"] == pytest.approx(81.25)            # (1*100 + 3*75) / 4


def test_area_score_uses_answered_weight_only():
    kit = toolkit([item("q1", "a", weight=1.0), item("q2", "a", weight=3.0)])
    result = score_one(kit, {"q2": 3})
    assert result.area_coverage.iloc[0]["a"] == 0.75
    assert result.area_scores.iloc[0]["a"] == pytest.approx(50.0)


def test_min_coverage_exactly_met_scores_and_below_is_null():
    kit = toolkit([item(f"q{k}", "a") for k in range(4)], min_coverage=0.5)
    result = score_responses(kit, values([{"q0": 5, "q1": 1}, {"q0": 5}]))
    assert result.area_coverage["a"].tolist() == [0.5, 0.25]
    assert result.area_scores.iloc[0]["a"] == 50.0
    assert math.isnan(result.area_scores.iloc[1]["a"])


def test_min_coverage_met_despite_float_rounding_of_weights():
    kit = toolkit([item("q1", "a", weight=0.1), item("q2", "a", weight=0.2),
                   item("q3", "a", weight=0.7)], min_coverage=0.3)
    result = score_one(kit, {"q1": 5, "q2": 5})
    assert result.area_scores.iloc[0]["a"] == pytest.approx(100.0)


def test_area_with_only_missing_answers_is_null_with_zero_coverage():
    kit = toolkit([item("q1", "a"), item("q2", "b")])
    result = score_one(kit, {"q1": 4})
    assert math.isnan(result.area_scores.iloc[0]["b"])
    assert result.area_coverage.iloc[0]["b"] == 0.0
    assert result.index.iloc[0] == 75.0                 # only area a counts
    assert result.coverage.iloc[0] == 0.5               # coverage counts every area


# --- index and bands --------------------------------------------------------------------

def test_index_weights_areas_and_skips_null_areas():
    kit = toolkit([item("q1", "a"), item("q2", "b"), item("q3", "c")],
                  areas={"a": 2.0, "b": 1.0, "c": 1.0})
    result = score_one(kit, {"q1": 2.2, "q2": 4.6})         # a: 30, b: 90, c: null
    assert result.area_scores.iloc[0]["a"] == pytest.approx(30.0)
    assert result.index.iloc[0] == pytest.approx((2 * 30 + 90) / 3)
    assert result.coverage.iloc[0] == pytest.approx((2 * 1 + 1 * 1 + 1 * 0) / 4)


def test_all_areas_null_gives_null_index_and_no_band():
    kit = toolkit([item("q1", "a"), item("q2", "b")])
    result = score_one(kit, {})
    assert math.isnan(result.index.iloc[0])
    assert result.band.iloc[0] is None
    assert result.coverage.iloc[0] == 0.0
    assert result.band_counts() == {"not_ready": 0, "developing": 0, "linkage_ready": 0, None: 1}


@pytest.mark.parametrize("value, band", [(0, "not_ready"), (39.999999, "not_ready"),
                                         (40, "developing"), (69.9999, "developing"),
                                         (70, "linkage_ready"), (100, "linkage_ready")])
def test_band_is_highest_min_not_above_index(value, band):
    kit = toolkit([item("q1", "a", 0, 100)])
    assert score_one(kit, {"q1": value}).band.iloc[0] == band


def test_critical_gap_demotes_top_band_only():
    kit = toolkit([item("c1", "a", 0, 100, critical=True, target=80), item("q2", "a", 0, 100)])
    result = score_responses(kit, values([
        {"c1": 79, "q2": 100},      # index 89.5, gap on c1 -> developing
        {"c1": 80, "q2": 100},      # s == T: no gap -> linkage_ready
        {"c1": 10, "q2": 80},       # developing already: stays
        {"q2": 100},                # critical item missing is a gap
    ]))
    assert result.band.tolist() == ["developing", "linkage_ready", "developing", "developing"]
    assert result.critical_gap_counts.tolist() == [1, 0, 1, 1]
    assert [result.critical_gaps(i) for i in range(4)] == [["c1"], [], ["c1"], ["c1"]]


def test_critical_gap_with_reversed_target_at_target_is_no_gap():
    kit = toolkit([item("c1", "a", 1, 5, critical=True, reverse=True, target=2)])
    result = score_responses(kit, values([{"c1": 2}, {"c1": 3}, {"c1": 1}]))
    assert result.critical_gap_counts.tolist() == [0, 1, 0]


def test_single_band_is_never_demoted():
    kit = toolkit([item("c1", "a", critical=True)], bands=(("only", 0.0),))
    assert score_one(kit, {"c1": 1}).band.iloc[0] == "only"


# --- opportunities ----------------------------------------------------------------------

def test_opportunity_priority_is_index_points_recovered():
    kit = toolkit([item("a1", "a", 0, 100, weight=1), item("a2", "a", 0, 100, weight=3),
                   item("b1", "b", 0, 100, target=50)], areas={"a": 1.0, "b": 3.0})
    result = score_one(kit, {"a1": 20, "a2": 60, "b1": 10})
    opps = result.opportunities(0)
    assert [o.item for o in opps] == ["b1", "a2", "a1"]
    b1, a2, a1 = opps
    assert b1.priority == pytest.approx(40 * 1 * 3 / 4)        # gap 40, w/W 1, Wa/ΣW 3/4
    assert a2.priority == pytest.approx(40 * 3 / 4 * 1 / 4)
    assert a1.priority == pytest.approx(80 * 1 / 4 * 1 / 4)
    assert (a1.score, a1.target, a1.gap, a1.area) == (20.0, 100.0, 80.0, "a")


def test_opportunities_skip_missing_and_met_items_and_break_ties_by_order():
    kit = toolkit([item("q1", "a", 0, 10), item("q2", "a", 0, 10), item("q3", "a", 0, 10),
                   item("q4", "a", 0, 10, target=5), item("q5", "a", 0, 10)], top_n=2)
    result = score_one(kit, {"q1": 5, "q2": 10, "q3": 5, "q4": 9, "q5": 5})
    assert [o.item for o in result.opportunities(0)] == ["q1", "q3"]
    assert [o.item for o in result.opportunities(0, top_n=0)] == ["q1", "q3", "q5"]
    assert result.opportunity_counts().tolist() == [3]
    missing = score_one(kit, {"q1": 10})
    assert missing.opportunities(0) == []


# --- shape ------------------------------------------------------------------------------

def test_frames_keep_the_input_index_and_empty_input_works():
    kit = toolkit([item("q1", "a")])
    frame = values([{"q1": 1}, {"q1": 5}])
    frame.index = [10, 20]
    result = score_responses(kit, frame)
    assert result.index.index.tolist() == [10, 20]
    assert result.index.tolist() == [0.0, 100.0]
    empty = score_responses(kit, values([], columns=["q1"]))
    assert len(empty) == 0 and empty.band_counts()[None] == 0


def test_progress_reaches_one_and_cancellation_propagates():
    kit = toolkit([item("q1", "a")])
    seen = []
    score_responses(kit, values([{"q1": 1}]), progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)

    def cancel(fraction, message):
        if fraction > 0.5:
            raise Cancelled()
    with pytest.raises(Cancelled):
        score_responses(kit, values([{"q1": 1}]), progress=cancel)


# --- JSON -------------------------------------------------------------------------------

def _kit_and_survey():
    kit = toolkit([item("a1", "a", critical=True), item("b1", "b")], areas={"a": 1.0, "b": 1.0})
    frame = values([{"a1": 3, "b1": 5}, {}])
    errors = [CellError("Sheet1", 3, "B", "a1", "siete", "not_a_choice", "not a choice")]
    return kit, survey(frame, errors)


def test_result_to_json_follows_section_4():
    kit, data = _kit_and_survey()
    out = result_to_json(kit, data, score_responses(kit, data.values))
    assert out["toolkit"] == {"id": "test-kit", "version": "1"}
    assert out["source"] == {"file": "survey.xlsx", "sheet": "Sheet1", "sha256": "ab" * 32}
    first, second = out["responses"]
    assert first == {
        "row": 2, "company_id": "S-000", "company_name": "Empresa 0", "index": 75.0,
        "coverage": 1.0, "band": "developing",        # 75 is top band, demoted by a1
        "areas": {"a": {"score": 50.0, "coverage": 1.0, "target": 100.0},
                  "b": {"score": 100.0, "coverage": 1.0, "target": 100.0}},
        "critical_gaps": ["a1"],
        "opportunities": [{"item": "a1", "area": "a", "score": 50.0, "target": 100.0,
                           "gap": 50.0, "priority": 25.0}],
        "flags": []}
    assert second["index"] is None and second["band"] is None
    assert second["areas"]["a"] == {"score": None, "coverage": 0.0, "target": 100.0}
    assert out["errors"] == [{"sheet": "Sheet1", "row": 3, "column": "B", "item": "a1",
                              "value": "siete", "code": "not_a_choice", "message": "not a choice"}]


def test_critical_gap_demotes_in_json_too():
    kit = toolkit([item("a1", "a", critical=True), item("b1", "b")],
                  bands=(("low", 0.0), ("mid", 40.0), ("top", 60.0)))
    data = survey(values([{"a1": 4, "b1": 5}]))
    out = result_to_json(kit, data, score_responses(kit, data.values))
    assert out["responses"][0]["index"] == 87.5
    assert out["responses"][0]["band"] == "mid"


def test_streamed_json_equals_the_dict_and_has_no_nan(tmp_path):
    kit, data = _kit_and_survey()
    result = score_responses(kit, data.values)
    path = tmp_path / "out.json"
    write_json(kit, data, result, path)
    text = path.read_text(encoding="utf-8")
    assert "NaN" not in text
    assert json.loads(text) == result_to_json(kit, data, result)
    buffer = io.StringIO()
    write_json(kit, data, result, buffer)
    assert json.loads(buffer.getvalue()) == json.loads(text)


def test_cancelled_json_write_leaves_previous_file(tmp_path):
    kit, data = _kit_and_survey()
    result = score_responses(kit, data.values)
    path = tmp_path / "out.json"
    path.write_text("previous", encoding="utf-8")

    def cancel(fraction, message):
        raise Cancelled()
    with pytest.raises(Cancelled):
        write_json(kit, data, result, path, progress=cancel)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_many_responses_are_scored_without_python_loops_quickly():
    kit = toolkit([item(f"q{k}", f"area{k % 6}") for k in range(60)])
    rng = np.random.default_rng(1)
    raw = rng.integers(1, 6, size=(100_000, 60)).astype(float)
    raw[rng.random(raw.shape) < 0.05] = np.nan
    frame = pd.DataFrame(raw, columns=[f"q{k}" for k in range(60)])
    import time
    start = time.perf_counter()
    result = score_responses(kit, frame)
    assert time.perf_counter() - start < 20.0   # generous: the test machine is shared
    assert result.index.notna().all()
    assert sum(result.band_counts().values()) == 100_000


def test_priorities_equal_in_exact_arithmetic_tie_by_survey_order():
    # x1: g * (1/3) * (3/5) and y1: g * (3/3) * (1/5) are the same index points (floats: not
    # if computed as two quotients), so survey order decides.
    kit = toolkit([item("x1", "a", weight=1), item("x2", "a", weight=2), item("y1", "b", weight=3),
                   item("z1", "c")], areas={"a": 3.0, "b": 1.0, "c": 1.0})
    opps = score_one(kit, {"x1": 2, "x2": 5, "y1": 2, "z1": 5}).opportunities(0)
    assert [o.item for o in opps] == ["x1", "y1"]
    assert opps[0].priority == opps[1].priority == pytest.approx(75 / 5)


def test_bands_given_out_of_order_are_sorted_by_min():
    kit = toolkit([item("q1", "a", 0, 100)], bands=(("top", 70.0), ("low", 0.0), ("mid", 40.0)))
    result = score_responses(kit, values([{"q1": 50}, {"q1": 80}, {"q1": 10}]))
    assert result.band.tolist() == ["mid", "top", "low"]
    assert list(result.band_counts()) == ["low", "mid", "top", None]


def test_zero_min_coverage_scores_any_answer_but_not_none():
    kit = toolkit([item("q1", "a"), item("q2", "a"), item("q3", "a"), item("q4", "a")],
                  min_coverage=0.0)
    result = score_responses(kit, values([{"q1": 5}, {}]))
    assert result.area_scores["a"].iloc[0] == 100.0
    assert math.isnan(result.area_scores["a"].iloc[1])
