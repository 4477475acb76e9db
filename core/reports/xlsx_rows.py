"""Worksheet rows as XML text, column by column, for tables of 100,000s of rows.

A spreadsheet writer spends microseconds per cell (XlsxWriter ~6 µs, openpyxl ~20 µs); a
100,000-company results workbook has ~17 million cells. Here each *distinct* value of a column
is encoded once and the cells are picked with numpy indexing, then a chunk of rows is joined in
one call (~0.3 µs per cell). :mod:`core.reports.xlsx_stream` puts the text where the writer left
a placeholder row.

Text is always a string cell (inline, or an index into the shared strings that
:class:`core.reports.xlsx_stream.StreamBook` writes): nothing a user typed can become a formula.
Each distinct text goes through :func:`core.safe_output.text.safe_text`, the one safe writer
(characters XML forbids removed or escaped the way Excel reads them back).
Dates are serial numbers (a date number format shows them in the reader's locale).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

from core.safe_output.text import EXCEL_CELL_LIMIT, safe_text

TEXT, NUMBER, DATE, SHARED = "text", "number", "date", "shared"   # shared: string table indexes
EMPTY = "<c/>"     # cells carry no reference: the position keeps the column (r is optional)
EPOCH = date(1899, 12, 30)


@dataclass
class Table:
    """The data rows of one table: equal-length columns, each of a kind (text, number, date)."""

    columns: list               # one array or list per column
    kinds: list[str]

    @property
    def rows(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def part(self, start: int, stop: int) -> "Table":
        return Table([c.part(start, stop) if isinstance(c, Rounded) else c[start:stop]
                      for c in self.columns], self.kinds)


class Rounded:
    """A float column rounded as it is read, a slice at a time (no rounded copy of it all)."""

    def __init__(self, values: np.ndarray, decimals: int):
        self.values, self.decimals = values, decimals

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, at):
        return np.round(self.values[at], self.decimals)

    def part(self, start: int, stop: int) -> "Rounded":
        """Rows ``start:stop``, still rounded only when read."""
        return Rounded(self.values[start:stop], self.decimals)


_PLAIN = re.compile(r"[&<>_\x00-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """The XML of one text value: :func:`core.safe_output.text.safe_text` (non-characters
    removed, control characters and ``_xHHHH_`` escaped as Excel does), then ``&<>`` escaped."""
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    if isinstance(value, str) and len(value) <= EXCEL_CELL_LIMIT and not _PLAIN.search(value):
        return value                 # the common case: nothing to remove or escape
    return safe_text(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_table(values, style: str) -> tuple[np.ndarray, np.ndarray]:
    """Inline-string cells of one column as (code per row, cell per code): empty text and
    missing values give an empty cell (code -1, the last cell)."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    table = []
    for u in uniques:
        text = xml_text(u)
        space = ' xml:space="preserve"' if text != text.strip() else ""
        table.append(f'<c{style} t="inlineStr"><is><t{space}>{text}</t></is></c>' if text else EMPTY)
    table.append(EMPTY)
    return codes, np.array(table, dtype=object)


def floats(values) -> np.ndarray:
    """``values`` as float64 (NaN where not a number)."""
    if isinstance(values, Rounded):
        values = values[:]
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return values.astype(float, copy=False)
    if isinstance(values, np.ndarray) and values.dtype.kind in "iub":
        return values.astype(float)
    return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)


def number_text(value: float) -> str:
    """The shortest text that reads back as ``value`` (``3.0`` -> ``3``)."""
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def number_table(values, style: str) -> tuple[np.ndarray, np.ndarray]:
    """Number cells of one column, as :func:`text_table` (NaN, None and text: an empty cell)."""
    arr = floats(values)
    arr = np.where(np.isfinite(arr), arr, np.nan)
    codes, uniques = pd.factorize(arr, use_na_sentinel=True)
    texts = list(map(repr, uniques.tolist()))
    for k in np.flatnonzero((uniques == np.floor(uniques)) & (np.abs(uniques) < 1e15)).tolist():
        texts[k] = texts[k][:-2]         # 75.0 -> 75: whole numbers read back as whole numbers
    table = [f"<c{style}><v>{t}</v></c>" for t in texts] + [EMPTY]
    return codes, np.array(table, dtype=object)


def date_serial(value: object) -> int | None:
    """Excel's serial number of a date (a ``date``, or text starting with an ISO date), else None."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if isinstance(value, date):
        return (value - EPOCH).days
    return None


def date_table(values, style: str) -> tuple[np.ndarray, np.ndarray]:
    """Date cells (serial numbers in ``style``'s date format), as :func:`text_table`; text that
    is no date stays text."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    table = []
    for u in uniques:
        serial = date_serial(u)
        if serial is not None and serial > 0:
            table.append(f"<c{style}><v>{serial}</v></c>")
        else:
            text = xml_text(u)
            table.append(f'<c t="inlineStr"><is><t>{text}</t></is></c>' if text else EMPTY)
    table.append(EMPTY)
    return codes, np.array(table, dtype=object)


def shared_table(values, style: str) -> tuple[np.ndarray, np.ndarray]:
    """Cells of one column of shared-string indexes (-1: an empty cell), as :func:`text_table`."""
    codes, uniques = pd.factorize(np.asarray(values), use_na_sentinel=True)
    table = [f'<c{style} t="s"><v>{u}</v></c>' if u >= 0 else EMPTY for u in uniques.tolist()]
    return codes, np.array(table + [EMPTY], dtype=object)


CODERS = {TEXT: text_table, NUMBER: number_table, DATE: date_table, SHARED: shared_table}


class EncodedTable:
    """A table whose every column is encoded once, whole (each distinct value once), so that any
    slice of its rows becomes XML by picking cells: a sheet is written a chunk at a time without
    encoding each chunk's values again."""

    def __init__(self, table: Table, styles: list[str | None]):
        self.rows = table.rows
        self.columns = []
        for j, (column, kind) in enumerate(zip(table.columns, table.kinds)):
            codes, cells = CODERS[kind](column, f' s="{styles[j]}"' if styles[j] else "")
            small = np.int32 if len(cells) < 2 ** 31 else np.int64     # half the memory
            self.columns.append((codes.astype(small, copy=False), cells))

    def rows_xml(self, start: int, stop: int, first_row: int) -> str:
        """The ``<row>`` elements of rows ``start:stop``, the first numbered ``first_row``."""
        n = stop - start
        if n <= 0:
            return ""
        grid = np.empty((n, len(self.columns) + 2), dtype=object)
        numbers = np.arange(first_row, first_row + n).astype(str).astype(object)
        grid[:, 0] = '<row r="' + numbers + '">'
        for j, (codes, cells) in enumerate(self.columns):
            grid[:, j + 1] = cells[codes[start:stop]]
        grid[:, -1] = "</row>"
        return "".join(grid.ravel().tolist())


def rows_xml(table: Table, styles: list[str | None], first_row: int) -> str:
    """The ``<row>`` elements of ``table`` numbered from ``first_row`` (1-based), as one string."""
    return EncodedTable(table, styles).rows_xml(0, table.rows, first_row)
