"""Reading tabular files safely: xlsx / xlsm / xls / ods through python-calamine, and CSV.

Every reader refuses hostile or unusable files *before* parsing them (zip bombs, password
protection, mislabelled formats) with a :class:`core.errors.UserInputError` carrying a code.
Cells come back as Python values: str, float, int, bool, datetime/date/time or None (empty).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineWorkbook

from core.errors import UserInputError


@dataclass
class Sheet:
    name: str
    rows: list[list[object]]       # rows[0] is Excel row 1; empty cells are None


def sheet_names(path: str | Path) -> list[str]:
    """The names of the sheets of a workbook (a CSV file has one sheet named after the file)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return [path.stem]
    return list(_open(path).sheet_names)


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """Read one sheet (the first when ``sheet`` is None)."""
    path = Path(path)
    wb = _open(path)
    name = sheet if sheet is not None else wb.sheet_names[0]
    if name not in wb.sheet_names:
        raise UserInputError("sheet_not_found", sheet=name, path=str(path),
                             sheets=", ".join(wb.sheet_names))
    rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    return Sheet(name, [[None if v == "" else v for v in row] for row in rows])


def read_all_sheets(path: str | Path) -> dict[str, Sheet]:
    """Every sheet of a small workbook (toolkits, follow-up workbooks)."""
    return {name: read_sheet(path, name) for name in sheet_names(path)}


def _open(path: Path) -> CalamineWorkbook:
    if not path.exists():
        raise UserInputError("file_not_found", path=str(path))
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises several types for unreadable files
        raise UserInputError("unreadable_workbook", path=str(path), detail=str(exc)) from exc
