"""Property tests of the scoring engine, plus a scalar reference implementation of section 3."""
from __future__ import annotations

import io
import json
import math
from dataclasses import replace

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.scoring import result_to_json, score_responses, write_json
from core.toolkit.model import Area
from scoring_helpers import item, survey, toolkit, values

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def kits_and_answers(draw):
    """A random toolkit (1-4 areas, 1-5 items each) and 1-6 responses with some missing answers."""
    items = []
    for a in range(draw(st.integers(1, 4))):
        for k in range(draw(st.integers(1, 5))):
            lo = draw(st.integers(-5, 5))
            hi = lo + draw(st.integers(1, 10))
            target = draw(st.one_of(st.none(), st.integers(lo, hi)))
            items.append(item(f"a{a}i{k}", f"area{a}", lo, hi,
                              weight=draw(st.sampled_from([0.1, 0.5, 1.0, 2.0, 3.0])),
                              target=None if target is None else float(target),
                              critical=draw(st.booleans()), reverse=draw(st.booleans())))
    areas = {it.area: draw(st.sampled_from([0.5, 1.0, 2.0])) for it in items}
    kit = toolkit(items, areas=areas, min_coverage=draw(st.sampled_from([0.0, 0.3, 0.5, 0.75, 1.0])),
                  top_n=draw(st.integers(1, 5)))
    rows = []
    for _ in range(draw(st.integers(1, 6))):
        row = {}
        for it in items:
            if draw(st.booleans()) or draw(st.booleans()):
                row[it.name] = draw(st.floats(it.scale_min, it.scale_max, allow_nan=False))
        rows.append(row)
    return kit, values(rows, columns=[it.name for it in items])


def reference(kit, row: dict) -> tuple[float | None, dict, str | None, list[str]]:
    """Section 3 computed the obvious way, one response at a time."""
    areas, cover = {}, {}
    gaps = []
    for area in kit.areas:
        its = kit.items_of_area(area.name)
        w_tot = sum(it.weight for it in its)
        answered = [it for it in its if not math.isnan(row.get(it.name, math.nan))]
        w_ans = sum(it.weight for it in answered)
        cover[area.name] = w_ans / w_tot
        areas[area.name] = (sum(it.weight * it.normalised(row[it.name]) for it in answered) / w_ans
                            if w_ans > 0 and w_ans / w_tot >= kit.min_coverage - 1e-9 else None)
    for it in kit.scored_items:
        v = row.get(it.name, math.nan)
        if it.critical and (math.isnan(v) or it.normalised(v) < it.target_score):
            gaps.append(it.name)
    scored = [a for a in kit.areas if areas[a.name] is not None]
    index = (sum(a.weight * areas[a.name] for a in scored) / sum(a.weight for a in scored)
             if scored else None)
    band = kit.band_for(index)
    if band is not None and gaps and band is kit.bands[-1] and len(kit.bands) > 1:
        band = kit.bands[-2]
    return index, areas, band.name if band else None, gaps


@SETTINGS
@given(kits_and_answers())
def test_engine_matches_scalar_reference(case):
    kit, frame = case
    result = score_responses(kit, frame)
    for i, row in enumerate(frame.to_dict("records")):
        index, areas, band, gaps = reference(kit, row)
        if index is None:
            assert math.isnan(result.index.iloc[i])
        else:
            assert math.isclose(result.index.iloc[i], index, abs_tol=1e-9)
        for name, score in areas.items():
            got = result.area_scores.iloc[i][name]
            assert (math.isnan(got) if score is None else math.isclose(got, score, abs_tol=1e-9))
        if index is None or min(abs(index - b.min) for b in kit.bands) > 1e-9:
            assert result.band.iloc[i] == band
        assert result.critical_gaps(i) == gaps


@SETTINGS
@given(kits_and_answers())
def test_scores_and_coverage_stay_in_range(case):
    kit, frame = case
    result = score_responses(kit, frame)
    for frame_ in (result.item_scores, result.area_scores):
        arr = frame_.to_numpy()
        assert np.all(np.isnan(arr) | ((arr >= 0) & (arr <= 100)))
    idx = result.index.to_numpy()
    assert np.all(np.isnan(idx) | ((idx >= 0) & (idx <= 100)))
    for arr in (result.area_coverage.to_numpy(), result.coverage.to_numpy()):
        assert np.all((arr >= 0) & (arr <= 1))


@SETTINGS
@given(kits_and_answers())
def test_index_lies_between_lowest_and_highest_area_score(case):
    kit, frame = case
    result = score_responses(kit, frame)
    areas = result.area_scores.to_numpy()
    for i, index in enumerate(result.index.to_numpy()):
        if not math.isnan(index):
            assert np.nanmin(areas[i]) - 1e-9 <= index <= np.nanmax(areas[i]) + 1e-9


@SETTINGS
@given(kits_and_answers())
def test_doubling_every_weight_changes_nothing(case):
    kit, frame = case
    doubled = replace(kit, items=[replace(it, weight=2 * it.weight) for it in kit.items],
                      areas=[Area(a.name, a.labels, 2 * a.weight) for a in kit.areas])
    one, two = score_responses(kit, frame), score_responses(doubled, frame)
    np.testing.assert_allclose(one.area_scores.to_numpy(), two.area_scores.to_numpy(), atol=1e-9)
    np.testing.assert_allclose(one.index.to_numpy(), two.index.to_numpy(), atol=1e-9)
    np.testing.assert_allclose(one.coverage.to_numpy(), two.coverage.to_numpy(), atol=1e-12)
    np.testing.assert_allclose(one.priorities, two.priorities, atol=1e-9)
    assert one.band.tolist() == two.band.tolist()


@SETTINGS
@given(kits_and_answers(), st.data())
def test_improving_an_answer_never_lowers_its_area_score(case, data):
    kit, frame = case
    it = data.draw(st.sampled_from(kit.scored_items))
    i = data.draw(st.integers(0, len(frame) - 1))
    old = frame.iloc[i][it.name]
    if math.isnan(old):
        old = data.draw(st.floats(it.scale_min, it.scale_max))
        frame.loc[i, it.name] = old
    better = (data.draw(st.floats(it.scale_min, old)) if it.reverse
              else data.draw(st.floats(old, it.scale_max)))
    improved = frame.copy()
    improved.loc[i, it.name] = better
    before = score_responses(kit, frame).area_scores.iloc[i][it.area]
    after = score_responses(kit, improved).area_scores.iloc[i][it.area]
    assert math.isnan(before) == math.isnan(after)
    if not math.isnan(before):
        assert after >= before - 1e-9


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kits_and_answers())
def test_streamed_json_text_equals_the_reference_dict(case):
    kit, frame = case
    data = survey(frame)
    data.company_ids[0] = None
    data.company_names[-1] = 'Lácteos "del" Valle\n'
    result = score_responses(kit, frame)
    buffer = io.StringIO()
    write_json(kit, data, result, buffer)
    assert json.loads(buffer.getvalue()) == result_to_json(kit, data, result)
