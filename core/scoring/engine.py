"""The scoring engine: spec section 3, vectorised over all responses with numpy.

Per item the raw value ``v`` on scale ``[min, max]`` becomes ``s = 100 (v - min) / (max - min)``
(``100 - s`` when reversed); areas are weighted means over answered items when their weighted
coverage reaches ``min_coverage``; the index is the weighted mean of the non-null areas.
Sums over items and areas are accumulated one item (or area) column at a time over all
responses: a handful of numpy passes whatever the number of responses, and no BLAS call (its
threads make skinny products several times slower on a busy two-core laptop).

Choices written down where the spec is silent:
- scores are clipped to [0, 100] (a ``select_multiple`` with negative choice scores can sum
  below its scale's 0; importers reject other out-of-scale values);
- coverage is compared to ``min_coverage`` with a 1e-9 tolerance, so weights such as 0.1 + 0.2
  meet a 0.3 threshold as a consultant computing by hand would expect;
- an area without scored items takes no part in the index, the coverage or the priorities;
- an area with no answer at all is null even when ``min_coverage`` is 0 (nothing to average).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.progress import Progress, no_progress
from core.scoring.result import ScoreResult
from core.toolkit.model import Item, Toolkit

COVERAGE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class ScoringPlan:
    """The toolkit's scoring parameters as arrays (k scored items, m areas)."""

    items: list[Item]
    area_names: list[str]
    area_of_item: np.ndarray      # (k,) position of each item's area
    scale_min: np.ndarray         # (k,)
    span: np.ndarray              # (k,) max - min
    reverse: np.ndarray           # (k,) bool
    weight: np.ndarray            # (k,)
    critical: np.ndarray          # (k,) bool
    target: np.ndarray            # (k,) T on the 0-100 scale
    area_weight: np.ndarray       # (m,) W_a, 0 for areas without items

    @property
    def item_area_matrix(self) -> np.ndarray:
        """(k x m) matrix holding w_i in the column of item i's area."""
        matrix = np.zeros((len(self.items), len(self.area_names)))
        matrix[np.arange(len(self.items)), self.area_of_item] = self.weight
        return matrix


def normalise(raw: np.ndarray, plan: ScoringPlan) -> np.ndarray:
    """f(v): raw values (n x k or k) on the 0-100 scale, reversal applied, clipped (a new array)."""
    s = np.subtract(raw, plan.scale_min)
    s *= 100.0          # in place: this runs over every cell of 100,000-response surveys
    s /= plan.span
    reversed_ = np.flatnonzero(plan.reverse)
    if len(reversed_):
        s[..., reversed_] = 100.0 - s[..., reversed_]
    return np.clip(s, 0.0, 100.0, out=s)


def scoring_plan(toolkit: Toolkit) -> ScoringPlan:
    """Arrays describing how ``toolkit`` scores its items."""
    items = toolkit.scored_items
    area_names = [a.name for a in toolkit.areas]
    position = {name: k for k, name in enumerate(area_names)}
    for it in items:
        if it.area not in position:
            raise ValueError(f"item {it.name!r} has unknown area {it.area!r}")
        if it.scale_min is None or it.scale_max is None or it.scale_max <= it.scale_min:
            raise ValueError(f"item {it.name!r} has no usable scale")
    scale_min = np.array([it.scale_min for it in items], dtype=float)
    scale_max = np.array([it.scale_max for it in items], dtype=float)
    raw_target = np.array([_raw_target(it) for it in items], dtype=float)
    area_of_item = np.array([position[it.area] for it in items], dtype=int)
    has_items = np.bincount(area_of_item, minlength=len(area_names)) > 0
    partial = ScoringPlan(
        items=items, area_names=area_names, area_of_item=area_of_item, scale_min=scale_min,
        span=scale_max - scale_min, reverse=np.array([it.reverse for it in items], dtype=bool),
        weight=np.array([it.weight for it in items], dtype=float),
        critical=np.array([it.critical for it in items], dtype=bool),
        target=np.zeros(len(items)),
        area_weight=np.where(has_items, [a.weight for a in toolkit.areas], 0.0).astype(float))
    # T goes through the very same f as s, so an answer equal to the target is never a gap.
    return ScoringPlan(**{**partial.__dict__, "target": normalise(raw_target, partial)})


def _raw_target(item: Item) -> float:
    """The raw target: as written, else the best end of the scale (the low end when reversed)."""
    if item.target is not None:
        return item.target
    return item.scale_min if item.reverse else item.scale_max


def raw_matrix(values: pd.DataFrame, plan: ScoringPlan) -> np.ndarray:
    """The (n x k) raw values in plan order; a column the survey lacks is all missing."""
    names = [it.name for it in plan.items]
    frame = values.reindex(columns=names)
    return frame.to_numpy(dtype=float, na_value=np.nan)


def score_responses(toolkit: Toolkit, values: pd.DataFrame,
                    progress: Progress | None = None) -> ScoreResult:
    """Score every response (row of ``values``: one raw float column per scored item, NaN missing).

    Implements section 3 of the toolkits-and-scoring contract exactly; see the module docstring
    for the few choices where the contract is silent. Nothing is modified, so a cancellation
    raised by ``progress`` simply propagates.
    """
    report = progress or no_progress
    report(0.0, "scoring")
    plan = scoring_plan(toolkit)
    s = normalise(raw_matrix(values, plan), plan)                       # n x k
    answered = ~np.isnan(s)
    report(0.3, "scoring")

    weights = plan.item_area_matrix                                     # k x m
    w_total = weights.sum(axis=0)                                       # m
    weighted, w_answered = _area_sums(s, answered, plan)                # n x m each
    with np.errstate(invalid="ignore", divide="ignore"):
        area_coverage = np.where(w_total > 0, w_answered / np.where(w_total > 0, w_total, 1), np.nan)
        enough = (area_coverage >= toolkit.min_coverage - COVERAGE_TOLERANCE) & (w_answered > 0)
        area_scores = np.clip(np.where(enough, weighted / np.where(enough, w_answered, 1), np.nan),
                              0.0, 100.0)
        area_targets = (plan.target @ weights) / np.where(w_total > 0, w_total, np.nan)
    report(0.6, "scoring")

    aw = plan.area_weight                                               # m
    has_score = ~np.isnan(area_scores)
    score_sum, score_weight = _weighted_columns(area_scores, has_score, aw)
    with np.errstate(invalid="ignore", divide="ignore"):
        index = np.where(score_weight > 0, score_sum / np.where(score_weight > 0, score_weight, 1),
                         np.nan)
    index = np.clip(index, 0.0, 100.0)
    total_area_weight = aw.sum()
    coverage = (_weighted_columns(area_coverage, ~np.isnan(area_coverage), aw)[0] / total_area_weight
                if total_area_weight > 0 else np.zeros(len(s)))

    critical = np.flatnonzero(plan.critical)
    gap_mask = np.zeros(s.shape, dtype=bool)
    with np.errstate(invalid="ignore"):     # missing (NaN) is never >= T: a gap
        gap_mask[:, critical] = ~(s[:, critical] >= plan.target[critical])
    gap_counts = gap_mask.sum(axis=1)
    band_position = _bands(toolkit, index, gap_counts)
    report(0.8, "scoring")

    with np.errstate(invalid="ignore", divide="ignore"):
        # One division, so that ties in exact arithmetic (2/11 * 1/7 vs 1/11 * 2/7) stay ties
        # and fall back to survey order.
        a = plan.area_of_item
        factor = (plan.weight * aw[a]) / (w_total[a] * total_area_weight)
        gap = plan.target - s                                           # NaN when missing
        priorities = np.where(gap > 0, gap * factor, np.nan)
    report(1.0, "scoring")
    return _result(toolkit, values.index, plan, s, area_scores, area_coverage, area_targets,
                   index, coverage, band_position, gap_mask, priorities)


def _area_sums(s: np.ndarray, answered: np.ndarray, plan: ScoringPlan) -> tuple[np.ndarray, np.ndarray]:
    """Per response and area: sum of w_i s_i and of w_i over the answered items."""
    n, m = len(s), len(plan.area_names)
    weighted, w_answered = np.zeros((m, n)), np.zeros((m, n))
    for j, (a, w) in enumerate(zip(plan.area_of_item.tolist(), plan.weight.tolist())):
        ok = answered[:, j]
        weighted[a] += np.where(ok, s[:, j], 0.0) * w
        w_answered[a] += ok * w
    return weighted.T, w_answered.T


def _weighted_columns(values: np.ndarray, present: np.ndarray,
                      weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row: sum of weight * value and of weight over the present columns."""
    total, weight = np.zeros(len(values)), np.zeros(len(values))
    for k, w in enumerate(weights.tolist()):
        total += np.where(present[:, k], values[:, k], 0.0) * w
        weight += present[:, k] * w
    return total, weight


def _ascending(toolkit: Toolkit) -> list:
    """The bands by ``min`` (the loader sorts them; hand-built toolkits may not)."""
    return sorted(toolkit.bands, key=lambda b: b.min)


def _bands(toolkit: Toolkit, index: np.ndarray, gap_counts: np.ndarray) -> np.ndarray:
    """Band position per response (-1 = no band), with the critical-gap demotion."""
    mins = np.array([b.min for b in _ascending(toolkit)], dtype=float)
    if len(mins) == 0:
        return np.full(len(index), -1)
    position = np.searchsorted(mins, np.nan_to_num(index, nan=-np.inf), side="right") - 1
    position = np.where(np.isnan(index), -1, position)
    top = len(mins) - 1
    if top > 0:
        position = np.where((position == top) & (gap_counts > 0), top - 1, position)
    return position


def _result(toolkit: Toolkit, row_index: pd.Index, plan: ScoringPlan, s, area_scores,
            area_coverage, area_targets, index, coverage, band_position, gap_mask,
            priorities) -> ScoreResult:
    names = [it.name for it in plan.items]
    band_names = [b.name for b in _ascending(toolkit)]
    labels = np.array([None, *band_names], dtype=object)[band_position + 1]
    return ScoreResult(
        item_names=names,
        item_areas=[it.area for it in plan.items],
        area_names=plan.area_names,
        band_names=band_names,
        item_scores=pd.DataFrame(s, index=row_index, columns=names),
        item_targets=pd.Series(plan.target, index=names, dtype=float),
        area_scores=pd.DataFrame(area_scores, index=row_index, columns=plan.area_names),
        area_coverage=pd.DataFrame(area_coverage, index=row_index, columns=plan.area_names),
        area_targets=pd.Series(area_targets, index=plan.area_names, dtype=float),
        index=pd.Series(index, index=row_index, dtype=float, name="index"),
        coverage=pd.Series(coverage, index=row_index, dtype=float, name="coverage"),
        band=pd.Series(labels, index=row_index, dtype=object, name="band"),
        band_position=band_position,
        critical_gap_mask=gap_mask,
        critical_gap_counts=pd.Series(gap_mask.sum(axis=1), index=row_index, name="critical_gaps"),
        priorities=priorities,
        top_n=toolkit.top_n,
    )
