"""The score columns of an import, built from a ScoreResult without a loop per response."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.project import encode


def score_columns(toolkit, scores, n: int) -> dict:
    index = encode.nullable(scores.index)
    coverage = encode.nullable(scores.coverage)
    band = [b if isinstance(b, str) else None for b in pd.Series(scores.band).tolist()]
    gaps, counts = _gaps_and_counts(toolkit, scores, n)
    return {"index": index, "coverage": coverage, "band": band, "gaps": gaps, "gap_count": counts,
            "areas": scores.area_scores, "area_coverage": getattr(scores, "area_coverage", None)}


def critical_gaps(toolkit, scores, n: int) -> list[str]:
    """Critical gaps of every response as space-separated item names.

    Few distinct combinations occur, so each row's gap pattern is coded as an integer and only
    the distinct patterns are turned into text.
    """
    codes, texts = _gap_patterns(scores, n)
    return texts.tolist() if codes is None else texts[codes].tolist()


def _gaps_and_counts(toolkit, scores, n: int) -> tuple[list, list[int]]:
    """The critical gaps column (None for none) and the number of names in each, worked out
    once per distinct pattern."""
    codes, texts = _gap_patterns(scores, n)
    counts = np.array([len(t.split()) for t in texts.tolist()], dtype=np.int64)
    stored = np.array([t or None for t in texts.tolist()], dtype=object)
    if codes is None:
        return stored.tolist(), counts.tolist()
    return stored[codes].tolist(), counts[codes].tolist()


def _gap_patterns(scores, n: int) -> tuple[np.ndarray | None, np.ndarray]:
    """(code of each row's pattern or None when ``texts`` is already one per row, texts)."""
    mask = getattr(scores, "critical_gap_mask", None)
    if mask is None:
        return None, np.array([" ".join(scores.critical_gaps(i)) for i in range(n)] or [], dtype=object)
    mask = np.asarray(mask, dtype=bool)
    columns = np.flatnonzero(mask.any(axis=0))
    if len(columns) == 0:
        return np.zeros(n, dtype=np.intp), np.array([""], dtype=object)
    sub = mask[:, columns]
    names = [scores.item_names[j] for j in columns]
    if len(columns) > 62:     # too many critical items for a 64-bit pattern: join row by row
        return None, np.array([" ".join(np.asarray(names, dtype=object)[row]) for row in sub] or [],
                              dtype=object)
    codes, uniques = pd.factorize(sub.astype(np.int64) @ (1 << np.arange(len(columns), dtype=np.int64)))
    texts = np.array([" ".join(nm for b, nm in enumerate(names) if (int(u) >> b) & 1) for u in uniques],
                     dtype=object)
    return codes, texts


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
