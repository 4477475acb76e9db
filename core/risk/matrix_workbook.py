"""Risk matrices as Excel workbooks that programme staff can edit.

Sheets (names and headers matched case-insensitively):
- ``matrix``: rows ``key | value``: ``id``, ``label::en``, ``label::es``, ``label::pt``.
- ``likelihood`` and ``severity``: columns ``name``, ``label::en``, ``label::es``, ``label::pt``,
  one row per step from the lowest to the highest.
- ``levels``: ``name``, labels, ``colour`` (hex), ``review_days``; lowest level first.
- ``cells``: a grid: row 1 holds severity values 1..n from column B, column A likelihood values;
  each cell holds the name of a level.
- ``scores`` (optional): the same grid with a number per cell (empty = likelihood x severity).
The workbook is turned into the JSON definition and validated by :func:`parse_matrix`.
"""
from __future__ import annotations

from pathlib import Path

from core.errors import Problem, UserInputError
from core.risk.matrix import RiskMatrix, parse_matrix
from core.text import normalise
from core.workbook import read_all_sheets

LANGUAGES = ("en", "es", "pt")


def _table(rows: list[list[object]]) -> list[dict[str, object]]:
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        return []
    header = [normalise(h).replace(" ", "") for h in rows[0]]
    return [{h: v for h, v in zip(header, r) if h} for r in rows[1:]]


def _labels(row: dict) -> dict[str, str]:
    return {lang: str(row[f"label::{lang}"]) for lang in LANGUAGES if row.get(f"label::{lang}")}


def _grid(rows: list[list[object]], sheet: str, problems: list[Problem]) -> dict[str, list]:
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        return {}
    grid = {}
    severities = [v for v in rows[0][1:]]
    for row in rows[1:]:
        key = row[0]
        if isinstance(key, float) and key.is_integer():
            key = int(key)
        if key in (None, ""):
            continue
        values = []
        for value in row[1:len(severities) + 1]:
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            values.append(None if value == "" else value)
        order = [int(s) if isinstance(s, (int, float)) else None for s in severities]
        if None in order or sorted(order) != list(range(1, len(order) + 1)):
            problems.append(Problem("risk_matrix_bad_grid_header", sheet=sheet, row=1))
            return {}
        by_severity = dict(zip(order, values))
        grid[str(key)] = [by_severity.get(s) for s in range(1, len(order) + 1)]
    return grid


def load_matrix_workbook(path: str | Path) -> RiskMatrix:
    """Read and validate a matrix workbook (.xlsx / .xls / .ods)."""
    path = Path(path)
    sheets = {normalise(name): sheet for name, sheet in read_all_sheets(path).items()}
    problems = [Problem("risk_matrix_missing_sheet", params={"sheet": name})
                for name in ("likelihood", "severity", "levels", "cells") if name not in sheets]
    if problems:
        raise UserInputError("risk_matrix_invalid", problems=problems, source=path.name)
    data: dict = {"id": path.stem, "labels": {}}
    if "matrix" in sheets:
        for row in sheets["matrix"].rows:
            if len(row) >= 2 and row[0]:
                key = normalise(row[0]).replace(" ", "")
                if key == "id" and row[1]:
                    data["id"] = str(row[1])
                elif key.startswith("label::") and row[1]:
                    data["labels"][key[len("label::"):]] = str(row[1])
    for axis in ("likelihood", "severity"):
        data[axis] = [{"name": str(r.get("name")), "labels": _labels(r)}
                      for r in _table(sheets[axis].rows)]
    levels = []
    for r in _table(sheets["levels"].rows):
        entry = {"name": str(r.get("name") or ""), "labels": _labels(r)}
        if r.get("colour") or r.get("color"):
            entry["colour"] = str(r.get("colour") or r.get("color"))
        days = r.get("review_days", r.get("reviewdays"))
        if days not in (None, ""):
            entry["review_days"] = int(days) if isinstance(days, float) and days.is_integer() else days
        levels.append(entry)
    data["levels"] = levels
    data["cells"] = _grid(sheets["cells"].rows, "cells", problems)
    if "scores" in sheets:
        scores = _grid(sheets["scores"].rows, "scores", problems)
        data["scores"] = {k: v for k, v in scores.items() if any(x is not None for x in v)}
    if problems:
        raise UserInputError("risk_matrix_invalid", problems=problems, source=path.name)
    return parse_matrix(data, source=path.name)


def write_matrix_workbook(matrix: RiskMatrix, path: str | Path, inputs=()) -> Path:
    """Write ``matrix`` as an editable workbook (the format :func:`load_matrix_workbook` reads)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    from core.reports.safe_cells import row_cells

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "matrix"
    ws.append(row_cells(ws, ["key", "value"]))
    ws.append(row_cells(ws, ["id", matrix.id]))
    for lang in LANGUAGES:
        ws.append(row_cells(ws, [f"label::{lang}", matrix.labels.get(lang, "")]))
    for axis in ("likelihood", "severity"):
        sheet = wb.create_sheet(axis)
        sheet.append(row_cells(sheet, ["name", *(f"label::{lang}" for lang in LANGUAGES)]))
        for step in getattr(matrix, axis):
            sheet.append(row_cells(sheet, [step.name, *(step.labels.get(lang, "") for lang in LANGUAGES)]))
    sheet = wb.create_sheet("levels")
    sheet.append(row_cells(sheet, ["name", *(f"label::{lang}" for lang in LANGUAGES), "colour", "review_days"]))
    for lv in matrix.levels:
        sheet.append(row_cells(sheet, [lv.name, *(lv.labels.get(lang, "") for lang in LANGUAGES), lv.colour, lv.review_days]))
    n_l, n_s = matrix.size
    for name in ("cells", "scores"):
        sheet = wb.create_sheet(name)
        sheet.append(row_cells(sheet, ["likelihood \\ severity", *range(1, n_s + 1)]))
        for l in range(n_l, 0, -1):
            values = [matrix.level(l, s).name if name == "cells" else matrix.score(l, s)
                      for s in range(1, n_s + 1)]
            sheet.append(row_cells(sheet, [l, *values]))
            if name == "cells":
                for s in range(1, n_s + 1):
                    colour = matrix.level(l, s).colour.lstrip("#")
                    cell = sheet.cell(row=sheet.max_row, column=s + 1)
                    if len(colour) == 6:
                        cell.fill = PatternFill("solid", fgColor=colour)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    from core.safe_output import atomic_output
    with atomic_output(path, inputs) as temp:
        wb.save(temp)
    return path
