"""The openpyxl-based results workbook's bulk rows, as they were before the streaming writer
(kept only as the reference of tests/test_results_workbook_compat.py)."""

from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from core.safe_output.text import safe_text

CHUNK = 20_000
_CELL_STYLE = re.compile(r'<c r="([A-Z]+)\d+"(?: s="(\d+)")?')


@dataclass
class BulkSheet:
    """The data rows of one sheet: ``columns`` are equal-length arrays or lists, rows start at
    ``first_row`` (the style row's position)."""

    index: int                   # 1-based position of the sheet in the workbook
    columns: list                # one array or list per column
    numeric: list[bool]          # per column: numbers (else text)
    first_row: int = 2

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0


def style_row(ws, numeric: list[bool], formats: list[str | None]) -> list:
    """The style row to append after the header: one sample cell per column."""
    from openpyxl.cell import WriteOnlyCell
    cells = []
    for is_number, fmt in zip(numeric, formats):
        cell = WriteOnlyCell(ws, value=0 if is_number else "x")
        if fmt:
            cell.number_format = fmt
        cells.append(cell)
    return cells


def _escape(text: str) -> str:
    return safe_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


EMPTY = "<c/>"     # cells carry no reference: position keeps the column (r is optional)


def _text_cells(values, style: str) -> np.ndarray:
    """Inline-string cells of one column: each distinct value escaped once, then indexed."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    table = []
    for u in uniques:
        if isinstance(u, (date, datetime)):
            u = u.isoformat()
        text = _escape(str(u))
        space = ' xml:space="preserve"' if text != text.strip() else ""
        table.append(f'<c{style} t="inlineStr"><is><t{space}>{text}</t></is></c>' if text else EMPTY)
    table.append(EMPTY)
    return np.array(table, dtype=object)[codes]


def _number_cells(values, style: str) -> np.ndarray:
    """Number cells of one column: each distinct number formatted once, then indexed."""
    arr = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
    finite = np.isfinite(arr)
    out = np.full(len(arr), EMPTY, dtype=object)
    if finite.any():
        uniques, inverse = np.unique(arr[finite], return_inverse=True)
        texts = [t[:-2] if t.endswith(".0") else t for t in uniques.astype(str).tolist()]
        table = np.array([f"<c{style}><v>{t}</v></c>" for t in texts], dtype=object)
        out[finite] = table[inverse]
    return out


def _rows_xml(sheet: BulkSheet, styles: dict[str, str], start: int, stop: int) -> str:
    columns = []
    for j, col in enumerate(sheet.columns):
        s = styles.get(get_column_letter(j + 1))
        style = f' s="{s}"' if s else ""
        maker = _number_cells if sheet.numeric[j] else _text_cells
        columns.append(maker(col[start:stop], style))
    grid = np.column_stack(columns).tolist() if columns else []
    first = sheet.first_row + start
    return "".join(f'<row r="{first + i}">{"".join(cells)}</row>' for i, cells in enumerate(grid))


def splice(path: Path, sheets: list[BulkSheet], progress=None, out: Path | None = None) -> None:
    """Rewrite the saved workbook ``path`` into ``out`` (default: ``path`` itself): each bulk
    sheet's style row becomes its data rows."""
    by_name = {f"xl/worksheets/sheet{s.index}.xml": s for s in sheets}
    tmp = out if out is not None else path.with_name(path.name + ".rows")
    total = sum(s.rows for s in sheets) or 1
    done = 0
    try:
        with zipfile.ZipFile(path) as src, \
                zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            for info in src.infolist():
                sheet = by_name.get(info.filename)
                if sheet is None:
                    dst.writestr(info, src.read(info.filename), compresslevel=6)
                    continue
                xml = src.read(info.filename).decode("utf-8")
                match = re.search(rf'<row r="{sheet.first_row}"[^>]*>.*?</row>', xml, re.S)
                if match is None:
                    raise ValueError(f"no style row in {info.filename}")
                styles = {m.group(1): m.group(2) for m in _CELL_STYLE.finditer(match.group(0)) if m.group(2)}
                with dst.open(info.filename, "w", force_zip64=True) as out:
                    out.write(xml[:match.start()].encode("utf-8"))
                    for start in range(0, sheet.rows, CHUNK):
                        stop = min(sheet.rows, start + CHUNK)
                        out.write(_rows_xml(sheet, styles, start, stop).encode("utf-8"))
                        done += stop - start
                        if progress:
                            progress(done / total, info.filename)
                    out.write(xml[match.end():].encode("utf-8"))
        if out is None:
            shutil.move(tmp, path)
    finally:
        if out is None:
            Path(tmp).unlink(missing_ok=True)
