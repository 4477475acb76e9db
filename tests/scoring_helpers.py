"""Small Toolkit / SurveyData builders for the scoring tests (no workbook needed)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.survey.model import MappingReport, SurveyData
from core.toolkit.model import Area, Band, Item, Toolkit

BANDS = (("not_ready", 0.0), ("developing", 40.0), ("linkage_ready", 70.0))


def item(name: str, area: str, lo: float = 1, hi: float = 5, **extra) -> Item:
    """A scored select_one-like item on scale [lo, hi]."""
    return Item(name=name, type=extra.pop("type", "range"), labels={"en": name}, row=0, order=0,
                area=area, scale_min=float(lo), scale_max=float(hi), **extra)


def toolkit(items: list[Item], areas: dict[str, float] | None = None,
            bands=BANDS, min_coverage: float = 0.5, top_n: int = 10) -> Toolkit:
    """A toolkit with the given scored items (orders renumbered) and areas {name: weight}."""
    if areas is None:
        areas = {}
        for it in items:
            areas.setdefault(it.area, 1.0)
    numbered = [Item(**{**it.__dict__, "order": k, "row": k + 2}) for k, it in enumerate(items)]
    return Toolkit(
        id="test-kit", version="1", title={"en": "Test kit"}, default_language="en",
        languages=["en"], items=numbered, lists={},
        areas=[Area(name, {"en": name.title()}, float(w)) for name, w in areas.items()],
        bands=[Band(name, {"en": name.replace("_", " ")}, lo) for name, lo in bands],
        min_coverage=min_coverage, top_n=top_n)


def values(rows: list[dict[str, float | None]], columns: list[str] | None = None) -> pd.DataFrame:
    """A values frame from dicts (None = missing)."""
    frame = pd.DataFrame(rows, columns=columns, dtype=float)
    return frame.fillna(np.nan)


def survey(frame: pd.DataFrame, errors=None) -> SurveyData:
    """SurveyData around a values frame (rows from Excel row 2)."""
    n = len(frame)
    return SurveyData(file="/tmp/some/survey.xlsx", sheet="Sheet1", sha256="ab" * 32,
                      rows=list(range(2, n + 2)), company_ids=[f"S-{i:03d}" for i in range(n)],
                      company_names=[f"Empresa {i}" for i in range(n)], values=frame,
                      answers=pd.DataFrame(index=frame.index), metadata=pd.DataFrame(index=frame.index),
                      errors=list(errors or []), mapping=MappingReport(sheet="Sheet1", header_row=1))
