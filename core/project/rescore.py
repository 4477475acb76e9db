"""Re-scoring stored assessments with the exact toolkit workbook they were scored with.

Stored answers are canonical (choice names; numbers written with a decimal point), so turning
them back into raw values needs no header matching or number-format guessing.
"""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

from core.project import encode


def values_from_answers(toolkit, answers: pd.DataFrame, decimal_comma: bool = False) -> pd.DataFrame:
    """The raw value of every scored item (NaN when missing or invalid) from stored answers.

    Choices are stored by name; numbers as the survey gave them, read with the import's
    decimal separator; a number outside the item's scale (or not whole for an integer item)
    is invalid, as on import.
    """
    n = len(answers)
    out = {}
    for item in toolkit.scored_items:
        column = answers[item.name] if item.name in answers else pd.Series([None] * n, dtype=object)
        codes, uniques = pd.factorize(column.astype(object), use_na_sentinel=True)
        raw = np.array([_raw(item, toolkit, u, decimal_comma) for u in uniques] + [np.nan], dtype=float)
        out[item.name] = raw[codes]
    return pd.DataFrame(out, index=answers.index)


def _raw(item, toolkit, text, decimal_comma: bool) -> float:
    if item.type in ("select_one", "select_multiple"):
        scores = {c.name: c.score for c in toolkit.lists[item.list_name].choices}
        if item.type == "select_one":
            value = scores.get(str(text))
            return np.nan if value is None else float(value)
        picked = [scores.get(name) for name in str(text).split()]
        if any(name not in scores for name in str(text).split()):
            return np.nan
        return float(sum(v for v in picked if v is not None))
    text = str(text).strip().replace(" ", "")
    text = text.replace(".", "").replace(",", ".") if decimal_comma else text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return np.nan
    if not item.scale_min <= value <= item.scale_max or (item.type == "integer" and not value.is_integer()):
        return np.nan
    return value


def rescore(conn: sqlite3.Connection, assessment_ids: list[int] | None = None) -> pd.DataFrame:
    """Stored versus re-computed index of assessments (all when ``assessment_ids`` is None)."""
    from core.scoring import score_responses
    from core.toolkit.loader import load_toolkit
    where = "" if assessment_ids is None else \
        f" WHERE a.id IN ({', '.join(str(int(i)) for i in assessment_ids)})"
    rows = conn.execute("SELECT a.id, a.toolkit_ref, a.score_index, i.answer_items, w.answers, i.options "
                        "FROM assessments a JOIN assessment_answers w ON w.assessment_id = a.id "
                        "LEFT JOIN imports i ON i.id = a.import_id" + where).fetchall()
    frame = pd.DataFrame(rows, columns=["assessment_id", "toolkit_ref", "stored_index", "items", "answers",
                                        "options"])
    frame["comma"] = [bool(json.loads(o or "{}").get("decimal_comma")) for o in frame["options"]]
    results = []
    for (ref, comma), group in frame.groupby(["toolkit_ref", "comma"]):
        workbook = conn.execute("SELECT workbook FROM toolkits WHERE id = ?", (int(ref),)).fetchone()[0]
        toolkit = load_toolkit(bytes(workbook))
        answers = pd.DataFrame([encode.decode(i, a) for i, a in zip(group["items"], group["answers"])],
                               index=group.index)
        scores = score_responses(toolkit, values_from_answers(toolkit, answers, bool(comma)))
        part = group[["assessment_id", "stored_index"]].copy()
        part["rescored_index"] = np.asarray(scores.index, dtype=float)
        part["rescored_band"] = list(scores.band)
        results.append(part)
    if not results:
        return pd.DataFrame(columns=["assessment_id", "stored_index", "rescored_index", "rescored_band"])
    return pd.concat(results).sort_values("assessment_id").reset_index(drop=True)
