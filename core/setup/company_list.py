"""Importing a company list (xlsx, csv): one row per company, columns by role (id, name and the
company-record fields), recognised by header or named by the user (``--column FIELD=HEADER``).

Every unusable cell is reported with sheet, Excel row, column letter, value and reason; the
usable rows become one edit (new companies inserted, given fields of known ones updated). A list
with no id column, or no usable row, is refused and changes nothing.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import workbook
from core.edits import Edit, read_row
from core.edits.build import insert, update
from core.errors import UserInputError
from core.messages import message
from core.project.timeutil import current_user, now
from core.setup.companies import FIELDS
from core.setup.roles import ID, NAME, fold, parse_column_options, recognise
from core.survey.matching import excel_letter

HEADER_ROWS = 20


@dataclass
class CompanyTable:
    """The usable rows of a list (company id -> stored columns) and the cell errors as text."""
    sheet: str
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)   # role -> header used


def read_company_list(path: Path, roles: dict[str, str] | None = None,
                      sheet: str | None = None, language: str | None = None) -> CompanyTable:
    """Read ``path``; ``roles`` (role -> header) override recognition."""
    grid = workbook.read_sheet(path, sheet)
    wanted = (ID, NAME, *[f for f in FIELDS if f != "name"])
    header_at, found = None, {}
    for i, row in enumerate(grid.rows[:HEADER_ROWS]):
        try:
            found = recognise(row, wanted, given=roles)
        except UserInputError:
            if roles:
                continue
            raise
        if ID in found:
            header_at = i
            break
    if header_at is None:
        headers = [h for h in (grid.rows[0] if grid.rows else []) if h not in (None, "")]
        if roles and ID in roles:
            raise UserInputError("setup.column_not_found", column=roles[ID],
                                 headers=", ".join(map(str, headers))[:300] or "-")
        raise UserInputError("setup.no_id_column", headers=", ".join(map(str, headers))[:300] or "-")
    headers = grid.rows[header_at]
    table = CompanyTable(grid.name, columns={r: str(headers[j]) for r, j in found.items()})
    for i, row in enumerate(grid.rows[header_at + 1:], start=header_at + 2):
        cells = {r: (row[j] if j < len(row) else None) for r, j in found.items()}
        company = _text(cells.pop(ID))
        if company is None:
            if any(_text(v) for v in cells.values()):
                table.errors.append(_where(grid.name, i, found[ID], None, language)
                                    + message("setup.no_company_id", language))
            continue
        values: dict[str, Any] = {}
        for role, raw in cells.items():
            spec = FIELDS["name" if role == NAME else role]
            try:
                value = spec.parse(role, raw if not isinstance(raw, float) or raw == raw else None)
            except UserInputError as exc:
                table.errors.append(_where(grid.name, i, found[role], raw, language)
                                    + message(exc.code, language, **exc.params))
                continue
            if value is not None:
                values[spec.column] = value
        table.rows.setdefault(company, {}).update(values)
    if not table.rows:
        raise UserInputError("setup.list_no_usable_row", file=path.name,
                             column=table.columns.get(ID, "-"))
    return table


def list_columns(path: Path, sheet: str | None = None) -> tuple[list[str], dict[str, int]]:
    """The headers of a company list (the first row naming an id column, else row 1) and the
    roles recognised in them (role -> column index): what the workbench shows to map."""
    grid = workbook.read_sheet(path, sheet)
    wanted = (ID, NAME, *[f for f in FIELDS if f != "name"])
    for row in grid.rows[:HEADER_ROWS]:
        found = recognise(row, wanted)
        if ID in found:
            return [("" if h is None else str(h)) for h in row], found
    first = grid.rows[0] if grid.rows else []
    return [("" if h is None else str(h)) for h in first], recognise(first, wanted)


def import_list_edit(conn: sqlite3.Connection, table: CompanyTable) -> Edit:
    """New companies inserted, given fields of known ones updated: one edit."""
    changes, stamp = [], now()
    for company_id, values in table.rows.items():
        if read_row(conn, "companies", {"id": company_id}) is None:
            changes.append(insert("companies", {"id": company_id},
                                  {"role": "supplier", "created_at": stamp, "updated_at": stamp,
                                   "origin": f"company list by {current_user() or '?'}", **values}))
        else:
            changes += update(conn, "companies", {"id": company_id}, values)
    return Edit("edit.company_import", tuple(changes), "programme", None,
                {"count": len(table.rows)})


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _where(sheet: str, row: int, column: int, value: Any, language: str | None) -> str:
    return message("setup.cell_where", language, sheet=sheet, row=row,
                   column=excel_letter(column), value="" if value is None else value) + " "


__all__ = ["CompanyTable", "fold", "import_list_edit", "parse_column_options", "read_company_list"]
