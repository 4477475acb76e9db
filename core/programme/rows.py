"""The read-model's companies as a reader shows them: the columns of :mod:`core.programme.columns`
for that reader, then one column per area; codes turned into words in the reader's language,
numbers left as numbers (each writer formats them in its own way)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core import catalogue
from core.programme.columns import CompanyColumn, columns_for


NUMERIC_KINDS = frozenset({"number", "percent", "count", "area"})


@dataclass
class CompanyTable:
    """The companies table of one reader: ``columns[k]`` is headed ``headers[k]``."""

    keys: list[str]
    headers: list[str]
    kinds: list[str]                       # text | number | percent | count | date | words | area
    columns: list[np.ndarray]              # one object array per column, rows in read-model order

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def frame(self) -> pd.DataFrame:
        """The table as a DataFrame with the column keys as names: numbers as float columns
        (empty: NaN), everything else as objects."""
        return pd.DataFrame({k: pd.to_numeric(pd.Series(c, dtype=object), errors="coerce")
                             if kind in NUMERIC_KINDS else pd.Series(c, dtype=object)
                             for k, kind, c in zip(self.keys, self.kinds, self.columns)})

    def row(self, k: int) -> dict[str, object]:
        """Row ``k`` by column key."""
        return {key: col[k] for key, col in zip(self.keys, self.columns)}


def company_table(model, language: str, reader: str, *, areas: bool = True) -> CompanyTable:
    """The companies of ``model`` as ``reader`` (workbook, csv, cli, table) shows them."""
    labels = model.labels(language)
    frame = model.companies
    n = len(frame)
    keys, headers, kinds, columns = [], [], [], []
    for col in columns_for(reader):
        keys.append(col.key)
        headers.append(catalogue.label(col.header, language))
        kinds.append(col.kind)
        columns.append(shown_values(col, frame, labels, n))
    if areas:
        for key in model.area_keys():
            keys.append(key)
            headers.append(labels.area_label(key.split(":", 1)[1]))
            kinds.append("area")
            columns.append(frame[key].to_numpy(dtype=object))
    return CompanyTable(keys, headers, kinds, columns)


def shown_values(col: CompanyColumn, frame: pd.DataFrame, labels, n: int) -> np.ndarray:
    """One column's values: words for codes, numbers unchanged, None for nothing."""
    if col.key not in frame.columns:
        return np.full(n, None, dtype=object)
    values = frame[col.key].to_numpy(dtype=object)
    if col.kind == "words":
        return np.array(labels.words(col.words, values), dtype=object)
    return np.array([None if _missing(v) else v for v in values], dtype=object)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)
