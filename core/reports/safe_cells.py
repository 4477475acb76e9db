"""Writing any text into spreadsheets safely: the cell side of :mod:`core.safe_output`.

Every xlsx and CSV Encadena writes goes through here. Text never becomes a formula (xlsx cells
holding text are typed as strings; CSV text a spreadsheet would read as a formula gets a
leading ``'``) and never breaks the file (characters XML forbids are escaped or removed, see
:func:`core.safe_output.text.safe_text`). Numbers stay numbers.
"""
from __future__ import annotations

from openpyxl.cell import WriteOnlyCell

from core.safe_output.text import TRIGGERS, _plain, is_formula_like, safe_csv_field, safe_text, xlsx_value

__all__ = ["TRIGGERS", "clean", "csv_value", "is_risky", "put", "row_cells", "safe_csv_field",
           "safe_text", "text_cell", "xlsx_value"]


def is_risky(text: str) -> bool:
    """Whether a spreadsheet program could read ``text`` as a formula."""
    return is_formula_like(text)


def clean(value: object) -> object:
    """NaN/NA -> None; numpy scalars -> Python; anything else unchanged."""
    return _plain(value)


def _style(cell, style: dict | None):
    for key, attr in (style or {}).items():
        setattr(cell, key, attr)
    return cell


def put(ws, row: int, column: int, value: object, style: dict | None = None):
    """Set a cell of a normal worksheet; text is always stored as a (safe) string, never a formula."""
    cell = ws.cell(row=row, column=column)
    cell.value = xlsx_value(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return _style(cell, style)


def text_cell(ws, value: object, style: dict | None = None) -> WriteOnlyCell:
    """A write-only cell holding ``value`` as a safe string (rows appended in write-only mode)."""
    cell = WriteOnlyCell(ws, value=safe_text(value))
    cell.data_type = "s"
    return _style(cell, style)


def row_cells(ws, values: list[object]) -> list[object]:
    """A row for ``ws.append`` (either mode): every text becomes a forced-string safe cell."""
    out = []
    for v in values:
        v = xlsx_value(v)
        out.append(text_cell(ws, v) if isinstance(v, str) else v)
    return out


def csv_value(value: object) -> object:
    """A value for ``csv.writer``: see :func:`core.safe_output.text.safe_csv_field`."""
    return safe_csv_field(value)
