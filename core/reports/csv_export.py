"""Plain CSV files of the results export (``encadena export --csv DIR``): one file per table,
UTF-8 with a byte-order mark (so Excel shows accents), comma separated, headers in the
report's language. Text that a spreadsheet could read as a formula is prefixed with ``'``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from core.progress import Progress, no_progress, scaled
from core.reports.labels import label
from core.reports.safe_cells import csv_value
from core.reports.tables import build_tables, header_texts
from core.safe_output import atomic_output
from core.safe_output.files import check_folder


def write_csv(project, folder: str | Path, language: str = "en", chain: str | None = None,
              today: date | None = None, progress: Progress | None = None) -> list[Path]:
    """Write every table of the results export as CSV files in ``folder``; returns the files."""
    report = progress or no_progress
    inputs = [getattr(project, "path", None)]
    tables = build_tables(project, language, chain, today or date.today(), scaled(report, 0.0, 0.6))
    folder = check_folder(folder)
    rows = tables.company_rows("csv")
    files = {"companies": (rows.frame(), dict(zip(rows.keys, rows.headers)))}
    for k, t in enumerate(tables.items, start=1):
        frame = pd.DataFrame(np.round(t.result.item_scores.to_numpy(), 4), columns=t.result.item_names)
        frame.insert(0, "id", t.companies)
        files[f"item_scores_{k}"] = (frame, {"id": label("company_id", language)})
    for name, frame in (("opportunities", tables.opportunities), ("risks", tables.risks),
                        ("plans", tables.actions), ("kpis", tables.kpis),
                        ("measurements", tables.measurements), ("results", tables.results)):
        files[name] = (frame, {})
    written = []
    for k, (name, (frame, extra)) in enumerate(files.items()):
        report(0.6 + 0.4 * k / len(files), name)
        path = folder / f"{name}.csv"
        _write(path, frame, header_texts(list(frame.columns), language, extra), inputs, project.conn)
        written.append(path)
    report(1.0, str(folder))
    return written


def _write(path: Path, frame: pd.DataFrame, headers: list[str], inputs: list, conn) -> None:
    safe = pd.DataFrame({k: _safe_column(frame[c]) for k, c in enumerate(frame.columns)})
    safe.columns = [csv_value(h) for h in headers]
    with atomic_output(path, inputs, conn) as tmp:
        safe.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def _safe_column(column: pd.Series) -> pd.Series:
    """Numbers unchanged; text neutralised (leading ' on risky text), once per distinct value."""
    if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
        return column.where(np.isfinite(column.astype(float)), None)
    codes, uniques = pd.factorize(column.astype(object), use_na_sentinel=True)
    table = np.array([csv_value(u.isoformat() if isinstance(u, date) else u) for u in uniques] + [""],
                     dtype=object)
    return pd.Series(table[codes], index=column.index, dtype=object)
