"""What scoring a set of responses produces (spec section 3), with per-response accessors.

Everything is held as numpy arrays computed once over all responses; the DataFrame/Series
attributes are views for callers, and the per-response helpers (``critical_gaps(i)``,
``opportunities(i)``) only slice precomputed arrays.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Opportunity:
    """An answered item below its target: closing its gap would add ``priority`` index points."""

    item: str
    area: str
    score: float
    target: float
    gap: float
    priority: float


@dataclass
class ScoreResult:
    """Scores of every response of a survey against one toolkit.

    Rows are positional (``i`` = 0..n-1) and the frames keep the index of the input values.
    ``band`` holds band names (after the critical-gap demotion) or None for a null index.
    """

    item_names: list[str]                 # scored items, survey order
    item_areas: list[str]                 # area of each scored item
    area_names: list[str]                 # areas, display order
    band_names: list[str]                 # bands, ascending ``min``
    item_scores: pd.DataFrame             # n x items: normalised s, NaN = missing
    item_targets: pd.Series               # T per item
    area_scores: pd.DataFrame             # n x areas, NaN = null ("not enough answers")
    area_coverage: pd.DataFrame           # n x areas, in [0, 1]
    area_targets: pd.Series               # target_a per area
    index: pd.Series                      # 0-100, NaN = null
    coverage: pd.Series                   # overall coverage in [0, 1]
    band: pd.Series                       # band name or None
    band_position: np.ndarray             # position in ``band_names``, -1 for no band
    critical_gap_mask: np.ndarray         # n x items, bool
    critical_gap_counts: pd.Series        # int per response
    priorities: np.ndarray                # n x items: priority of each opportunity, NaN otherwise
    top_n: int = 10
    _order: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.index)

    def critical_gaps(self, i: int) -> list[str]:
        """Names of the critical items of response ``i`` that are missing or below target."""
        return [self.item_names[j] for j in np.flatnonzero(self.critical_gap_mask[i])]

    def opportunity_order(self) -> np.ndarray:
        """Per response, item positions sorted by priority (desc, ties by survey order)."""
        if self._order is None:
            key = np.where(np.isnan(self.priorities), np.inf, -self.priorities)
            self._order = np.argsort(key, axis=1, kind="stable")
        return self._order

    def opportunity_counts(self) -> np.ndarray:
        """Number of improvement opportunities of each response (before ``top_n``)."""
        return (~np.isnan(self.priorities)).sum(axis=1)

    def opportunities(self, i: int, top_n: int | None = None) -> list[Opportunity]:
        """Improvement opportunities of response ``i``, highest priority first.

        ``top_n`` None means the toolkit's ``top_n``; 0 or a negative number means all of them.
        """
        limit = self.top_n if top_n is None else top_n
        row = self.priorities[i]
        count = int((~np.isnan(row)).sum())
        if limit and limit > 0:
            count = min(count, limit)
        key = np.where(np.isnan(row), np.inf, -row)
        positions = np.argsort(key, kind="stable")[:count]
        scores = self.item_scores.to_numpy()[i] if count else None
        targets = self.item_targets.to_numpy()
        out = []
        for j in positions:
            s, t = float(scores[j]), float(targets[j])
            out.append(Opportunity(self.item_names[j], self.item_areas[j], s, t,
                                   max(0.0, t - s), float(row[j])))
        return out

    def band_counts(self) -> dict[str | None, int]:
        """How many responses fall in each band (all bands listed, ascending), plus None."""
        counts = np.bincount(self.band_position + 1, minlength=len(self.band_names) + 1)
        out: dict[str | None, int] = {name: int(counts[k + 1])
                                      for k, name in enumerate(self.band_names)}
        out[None] = int(counts[0])
        return out
