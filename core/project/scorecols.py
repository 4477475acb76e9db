"""The score columns of an import, built from a ScoreResult without a loop per response."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.project import encode


def score_columns(toolkit, scores, n: int) -> dict:
    index = encode.nullable(scores.index)
    coverage = encode.nullable(scores.coverage)
    band = [b if isinstance(b, str) else None for b in pd.Series(scores.band).tolist()]
    gaps = critical_gaps(toolkit, scores, n)
    return {"index": index, "coverage": coverage, "band": band,
            "gaps": [g or None for g in gaps], "gap_count": [len(g.split()) for g in gaps],
            "areas": scores.area_scores, "area_coverage": getattr(scores, "area_coverage", None)}


def critical_gaps(toolkit, scores, n: int) -> list[str]:
    """Critical gaps of every response as space-separated item names.

    Few distinct combinations occur, so each row's gap pattern is coded as an integer and only
    the distinct patterns are turned into text.
    """
    mask = getattr(scores, "critical_gap_mask", None)
    if mask is None:
        return [" ".join(scores.critical_gaps(i)) for i in range(n)]
    mask = np.asarray(mask, dtype=bool)
    columns = np.flatnonzero(mask.any(axis=0))
    if len(columns) == 0:
        return [""] * n
    sub = mask[:, columns]
    names = [scores.item_names[j] for j in columns]
    if len(columns) > 62:     # too many critical items for a 64-bit pattern: join row by row
        return [" ".join(np.asarray(names, dtype=object)[row]) for row in sub]
    codes, uniques = pd.factorize(sub.astype(np.int64) @ (1 << np.arange(len(columns), dtype=np.int64)))
    texts = np.array([" ".join(nm for b, nm in enumerate(names) if (int(u) >> b) & 1) for u in uniques],
                     dtype=object)
    return texts[codes].tolist()


def area_rows(cols: dict, ids: np.ndarray, pos: np.ndarray) -> list[tuple]:
    areas: pd.DataFrame = cols["areas"]
    if areas is None or areas.shape[1] == 0 or len(ids) == 0:
        return []
    score = areas.to_numpy(dtype=float)[pos]
    cov_frame = cols["area_coverage"]
    cov = (cov_frame[areas.columns].to_numpy(dtype=float)[pos] if cov_frame is not None
           else np.full(score.shape, np.nan))
    names = [str(a) for a in areas.columns]
    return list(zip(np.repeat(ids, len(names)).tolist(), names * len(ids),
                    encode.nullable(score.ravel()), encode.nullable(cov.ravel())))
