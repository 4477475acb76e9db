"""Fast text encoding of the responses of the section-4 JSON, a chunk of responses at a time.

``json.dumps`` per response calls back into Python for every float; at 100,000 responses with
~80 numbers each that dominates. Here numbers are formatted per column with numpy (``astype(str)``
gives the same shortest round-trip text as ``repr(float)``, NaN becomes ``null``) and only the
assembly is per response. :func:`core.scoring.json_output.result_to_json` is the readable
reference; the tests check both give the same document.
"""
from __future__ import annotations

import json
from typing import Iterator

import numpy as np

from core.progress import Progress, no_progress
from core.scoring.result import ScoreResult
from core.survey.model import SurveyData

CHUNK = 5000
_encode_str = json.encoder.encode_basestring   # C implementation, quotes included


def _numbers(array: np.ndarray) -> np.ndarray:
    """Float array -> JSON number texts, ``null`` for NaN (same shape, dtype object)."""
    text = array.astype(str).astype(object)
    text[np.isnan(array)] = "null"
    return text


def _string(value: object) -> str:
    if value is None:
        return "null"
    return _encode_str(value if isinstance(value, str) else str(value))


def response_texts(survey: SurveyData, result: ScoreResult,
                   progress: Progress | None = None) -> Iterator[list[str]]:
    """Lists of response JSON texts (one object per response, survey order), CHUNK at a time."""
    report = progress or no_progress
    n = len(result)
    names = [_string(x) for x in result.item_names]
    item_areas = [_string(x) for x in result.item_areas]
    area_keys = [_string(a) + ': {"score": ' for a in result.area_names]
    area_targets = [', "target": ' + t + "}" for t in _numbers(result.area_targets.to_numpy())]
    band_text = {None: "null", **{b: _string(b) for b in result.band_names}}
    limit = result.top_n if result.top_n > 0 else len(names)
    top = min(limit, len(names))
    item_targets = result.item_targets.to_numpy()
    scores_all = result.item_scores.to_numpy()
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        report(start / n, "writing")
        index = _numbers(result.index.to_numpy()[start:stop]).tolist()
        coverage = _numbers(result.coverage.to_numpy()[start:stop]).tolist()
        a_scores = _numbers(result.area_scores.to_numpy()[start:stop])
        a_cover = _numbers(result.area_coverage.to_numpy()[start:stop])
        areas = [", ".join(parts) for parts in zip(*(
            [f"{key}{s}, \"coverage\": {c}{t}" for s, c in zip(a_scores[:, k], a_cover[:, k])]
            for k, (key, t) in enumerate(zip(area_keys, area_targets))))] if area_keys \
            else [""] * (stop - start)
        crit_rows, crit_cols = np.nonzero(result.critical_gap_mask[start:stop])
        crit_bounds = np.searchsorted(crit_rows, np.arange(stop - start + 1)).tolist()
        crit_names = [names[j] for j in crit_cols.tolist()]
        pos = result.opportunity_order()[start:stop, :top]
        counts = np.minimum(result.opportunity_counts()[start:stop], top).tolist()
        o_scores = np.take_along_axis(scores_all[start:stop], pos, axis=1)
        o_targets = item_targets[pos]
        o_gaps = np.maximum(0.0, o_targets - o_scores)
        o_prio = np.take_along_axis(result.priorities[start:stop], pos, axis=1)
        o_scores, o_targets, o_gaps, o_prio = (_numbers(a).tolist()
                                               for a in (o_scores, o_targets, o_gaps, o_prio))
        pos = pos.tolist()
        bands = result.band.iloc[start:stop].tolist()
        texts = []
        for r in range(stop - start):
            i = start + r
            opportunities = ", ".join(
                f'{{"item": {names[j]}, "area": {item_areas[j]}, "score": {o_scores[r][c]}, '
                f'"target": {o_targets[r][c]}, "gap": {o_gaps[r][c]}, "priority": {o_prio[r][c]}}}'
                for c, j in enumerate(pos[r][:counts[r]]))
            texts.append(
                f'{{"row": {int(survey.rows[i])}, "company_id": {_string(survey.company_ids[i])}, '
                f'"company_name": {_string(survey.company_names[i])}, "index": {index[r]}, '
                f'"coverage": {coverage[r]}, "band": {band_text[bands[r]]}, "areas": {{{areas[r]}}}, '
                f'"critical_gaps": [{", ".join(crit_names[crit_bounds[r]:crit_bounds[r + 1]])}], '
                f'"opportunities": [{opportunities}]}}')
        yield texts
    report(1.0, "writing")
