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


def _numbers(array: np.ndarray) -> list[str]:
    """Float array -> flat list of JSON number texts (row-major), ``null`` for NaN."""
    flat = np.ravel(array)
    texts = list(map(float.__repr__, flat.tolist()))
    for k in np.flatnonzero(np.isnan(flat)).tolist():
        texts[k] = "null"
    return texts


def _string(value: object) -> str:
    if value is None:
        return "null"
    return _encode_str(value if isinstance(value, str) else str(value))


def _opportunities(result: ScoreResult, start: int, stop: int, top: int, names: list[str],
                   item_areas: list[str], target_texts: list[str],
                   scores_all: np.ndarray) -> tuple[list[str], list[int]]:
    """Opportunity objects of responses start..stop (flat, row-major) and each row's bounds."""
    counts = np.minimum(result.opportunity_counts()[start:stop], top)
    pos = result.opportunity_order()[start:stop, :top]
    used = np.arange(top) < counts[:, None]
    rows = np.nonzero(used)[0] + start
    items = pos[used]
    scores = scores_all[rows, items]
    gaps = np.maximum(0.0, result.item_targets.to_numpy()[items] - scores)
    priorities = result.priorities[rows, items]
    texts = [f'{{"item": {names[j]}, "area": {item_areas[j]}, "score": {s}, '
             f'"target": {target_texts[j]}, "gap": {g}, "priority": {p}}}'
             for j, s, g, p in zip(items.tolist(), _numbers(scores), _numbers(gaps),
                                   _numbers(priorities))]
    bounds = np.concatenate([[0], np.cumsum(counts)]).tolist()
    return texts, bounds


def _flags_text(flags, i: int) -> str:
    if flags is None:
        return "[]"
    found = flags.of(i)
    return json.dumps([f.as_dict() for f in found], ensure_ascii=False) if found else "[]"


def response_texts(survey: SurveyData, result: ScoreResult,
                   progress: Progress | None = None, flags=None) -> Iterator[list[str]]:
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
    item_target_texts = _numbers(result.item_targets.to_numpy())
    scores_all = result.item_scores.to_numpy()
    for start in range(0, n, CHUNK):
        stop = min(n, start + CHUNK)
        report(start / n, "writing")
        size = stop - start
        index = _numbers(result.index.to_numpy()[start:stop])
        coverage = _numbers(result.coverage.to_numpy()[start:stop])
        columns = []
        for k, (key, target) in enumerate(zip(area_keys, area_targets)):
            scores = _numbers(result.area_scores.to_numpy()[start:stop, k])
            cover = _numbers(result.area_coverage.to_numpy()[start:stop, k])
            columns.append([f'{key}{s}, "coverage": {c}{target}' for s, c in zip(scores, cover)])
        areas = [", ".join(parts) for parts in zip(*columns)] if columns else [""] * size
        crit_rows, crit_cols = np.nonzero(result.critical_gap_mask[start:stop])
        crit_bounds = np.searchsorted(crit_rows, np.arange(size + 1)).tolist()
        crit_names = [names[j] for j in crit_cols.tolist()]
        opportunities, opp_bounds = _opportunities(result, start, stop, top, names, item_areas,
                                                   item_target_texts, scores_all)
        bands = result.band.iloc[start:stop].tolist()
        rows, ids, company = survey.rows, survey.company_ids, survey.company_names
        yield [f'{{"row": {int(rows[i])}, "company_id": {_string(ids[i])}, '
               f'"company_name": {_string(company[i])}, "index": {index[r]}, '
               f'"coverage": {coverage[r]}, "band": {band_text[bands[r]]}, "areas": {{{areas[r]}}}, '
               f'"critical_gaps": [{", ".join(crit_names[crit_bounds[r]:crit_bounds[r + 1]])}], '
               f'"opportunities": [{", ".join(opportunities[opp_bounds[r]:opp_bounds[r + 1]])}], '
               f'"flags": {_flags_text(flags, i)}}}'
               for r, i in enumerate(range(start, stop))]
    report(1.0, "writing")
