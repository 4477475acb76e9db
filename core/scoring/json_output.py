"""The machine-readable result of scoring (spec section 4).

Numbers are written unrounded; null scores become JSON ``null`` and ``NaN`` never appears
(``allow_nan=False`` turns any slip into an error instead of invalid JSON).
:func:`result_to_json` builds the document as dicts (the readable reference); :func:`write_json`
streams the same document a chunk of responses at a time (texts from :mod:`json_text`), so
100,000 responses never exist as one giant string or a million small dicts.
"""
from __future__ import annotations

import io
import json
import math
import sys
from pathlib import Path
from typing import IO, Iterator

import numpy as np

from core.progress import Progress, no_progress
from core.scoring.json_text import response_texts
from core.scoring.result import ScoreResult
from core.survey.model import CellError, SurveyData
from core.toolkit.model import Toolkit

_CHUNK = 2000


def _nullable(array: np.ndarray) -> list:
    """Nested Python lists with NaN replaced by None."""
    return np.where(np.isnan(array), None, array.astype(object)).tolist()


def _number(value: float | None) -> float | None:
    return None if value is None or value != value else float(value)


def header(toolkit: Toolkit, survey: SurveyData) -> dict:
    """The ``toolkit`` and ``source`` parts of the result."""
    return {"toolkit": {"id": toolkit.id, "version": toolkit.version},
            "source": {"file": Path(survey.file).name, "sheet": survey.sheet,
                       "sha256": survey.sha256}}


def error_record(error: CellError) -> dict:
    """One cell error as JSON-safe data (dates and other cell values as text)."""
    record = error.as_dict()
    value = record["value"]
    if isinstance(value, float) and not math.isfinite(value):
        record["value"] = None if math.isnan(value) else str(value)
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        record["value"] = str(value)
    return record


def response_records(survey: SurveyData, result: ScoreResult,
                     progress: Progress | None = None, flags=None) -> Iterator[dict]:
    """One JSON-ready dict per response, in survey order (``flags``: a QualityFlags, whose
    flags each response lists as ``{"code", "value", "threshold"}``)."""
    report = progress or no_progress
    n = len(result)
    names, areas = result.item_names, result.area_names
    targets = [_number(t) for t in result.area_targets.tolist()]
    item_targets = result.item_targets.tolist()
    scores = result.item_scores.to_numpy()
    order = result.opportunity_order()
    counts = np.minimum(result.opportunity_counts(),
                        result.top_n if result.top_n > 0 else len(names))
    for start in range(0, n, _CHUNK):
        stop = min(n, start + _CHUNK)
        report(start / n if n else 1.0, "writing")
        index = _nullable(result.index.to_numpy()[start:stop])
        coverage = result.coverage.to_numpy()[start:stop].tolist()
        a_scores = _nullable(result.area_scores.to_numpy()[start:stop])
        a_cover = _nullable(result.area_coverage.to_numpy()[start:stop])
        bands = result.band.iloc[start:stop].tolist()
        crit = result.critical_gap_mask[start:stop]
        for r in range(stop - start):
            i = start + r
            row_scores, row_cover = a_scores[r], a_cover[r]
            opportunities = []
            for j in order[i, :counts[i]].tolist():
                s, t = float(scores[i, j]), item_targets[j]
                opportunities.append({"item": names[j], "area": result.item_areas[j],
                                      "score": s, "target": t, "gap": max(0.0, t - s),
                                      "priority": float(result.priorities[i, j])})
            yield {
                "row": survey.rows[i],
                "company_id": survey.company_ids[i],
                "company_name": survey.company_names[i],
                "index": index[r],
                "coverage": coverage[r],
                "band": bands[r],
                "areas": {a: {"score": row_scores[k], "coverage": row_cover[k],
                              "target": targets[k]} for k, a in enumerate(areas)},
                "critical_gaps": [names[j] for j in np.flatnonzero(crit[r]).tolist()],
                "opportunities": opportunities,
                "flags": [f.as_dict() for f in flags.of(i)] if flags is not None else [],
            }
    report(1.0, "writing")


def result_to_json(toolkit: Toolkit, survey: SurveyData, result: ScoreResult, flags=None) -> dict:
    """The whole result as one dict (fine for small surveys; use :func:`write_json` for big ones)."""
    return {**header(toolkit, survey),
            "responses": list(response_records(survey, result, flags=flags)),
            "errors": [error_record(e) for e in survey.errors]}


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)


def _stream(out: IO[str], toolkit: Toolkit, survey: SurveyData, result: ScoreResult,
            progress: Progress | None, flags=None) -> None:
    head = header(toolkit, survey)
    out.write('{"toolkit": ' + _dump(head["toolkit"]) + ',\n "source": ' + _dump(head["source"])
              + ',\n "responses": [')
    separator = "\n  "
    for texts in response_texts(survey, result, progress, flags):
        out.write(separator + ",\n  ".join(texts))
        separator = ",\n  "
    errors = ",\n  ".join(_dump(error_record(e)) for e in survey.errors)
    out.write('\n ],\n "errors": [' + ("\n  " + errors + "\n " if errors else "") + "]}\n")


def write_json(toolkit: Toolkit, survey: SurveyData, result: ScoreResult,
               destination: str | Path | IO[str], progress: Progress | None = None,
               flags=None) -> None:
    """Stream the section-4 JSON to a path, ``"-"`` (standard output) or an open text stream.

    A path is written to a temporary file beside it and renamed at the end, so a failure or a
    cancellation (raised by ``progress``) leaves any previous file untouched and no partial one.
    """
    if destination == "-":
        _to_stdout(toolkit, survey, result, progress, flags)
        return
    if not isinstance(destination, (str, Path)):
        _stream(destination, toolkit, survey, result, progress, flags)
        return
    from core.safe_output import atomic_output
    with atomic_output(destination, [getattr(survey, "file", None)]) as temp:
        with open(temp, "w", encoding="utf-8", newline="\n", errors="replace") as out:
            _stream(out, toolkit, survey, result, progress, flags)


def _to_stdout(toolkit: Toolkit, survey: SurveyData, result: ScoreResult,
               progress: Progress | None, flags=None) -> None:
    # JSON is UTF-8 whatever the console's code page (Windows pipes default to cp1252).
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:
        _stream(sys.stdout, toolkit, survey, result, progress, flags)
        return
    sys.stdout.flush()
    out = io.TextIOWrapper(binary, encoding="utf-8", newline="\n")
    try:
        _stream(out, toolkit, survey, result, progress, flags)
        out.flush()
    finally:
        out.detach()
