"""Writing user text into spreadsheets without formula injection (OWASP "CSV injection").

xlsx: openpyxl turns any string starting with ``=`` into a formula cell; every user string
goes through :func:`put` / :func:`text_cell`, which force the string type. CSV: text starting
with ``=``, ``+``, ``-``, ``@``, tab or carriage return is prefixed with ``'`` so spreadsheet
programs show it as text (numbers are written as numbers and stay untouched).
"""
from __future__ import annotations

import math
import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 forbids (a workbook holding one does not open): C0 controls other than
# tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def is_risky(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula."""
    return text.startswith(TRIGGERS)


def put(ws, row: int, column: int, value: object, style: dict | None = None):
    """Set a cell of a normal worksheet; strings are always stored as strings, never formulas."""
    cell = ws.cell(row=row, column=column)
    cell.value = clean(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"
    if style:
        for key, attr in style.items():
            setattr(cell, key, attr)
    return cell


def text_cell(ws, value: str, style: dict | None = None):
    """A write-only cell holding ``value`` as a string (for rows appended in write-only mode)."""
    from openpyxl.cell import WriteOnlyCell     # here: the streaming writer does not need openpyxl
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    if style:
        for key, attr in style.items():
            setattr(cell, key, attr)
    return cell


def clean(value: object) -> object:
    """NaN/NA -> None; numpy scalars -> Python; anything else unchanged."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            return value
        if isinstance(value, float) and math.isnan(value):
            return None
    try:
        import pandas as pd
        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value


def row_cells(ws, values: list[object]) -> list[object]:
    """A row for ``ws.append`` in write-only mode: risky strings become forced-string cells."""
    out = []
    for v in values:
        v = clean(v)
        out.append(text_cell(ws, v) if isinstance(v, str) and v.startswith("=") else v)
    return out


def csv_value(value: object) -> object:
    """A value for ``csv.writer``: risky text gets a leading ``'``; None/NaN become ""."""
    value = clean(value)
    if value is None:
        return ""
    if isinstance(value, str) and is_risky(value):
        return "'" + value
    return value


def sheet_text(value: object) -> str:
    """``value`` as the text of a string-typed spreadsheet cell: characters XML forbids removed.

    The streaming writer (:mod:`core.reports.xlsx_stream`) stores every text it gets from here
    as a string cell, never as a formula."""
    text = value if isinstance(value, str) else str(value)
    return XML_ILLEGAL.sub("", text)
