"""Writing the follow-up workbook a consultant fills in offline (openpyxl).

Sheets Actions, KPIs, Measurements and Instructions (names and headers in the chosen
language), plus a hidden Lists sheet feeding the dropdowns (status, direction, company and KPI
ids). Id columns are locked and the sheets protected without a password, so ids cannot be
typed over by accident while every other cell stays editable. User text that a spreadsheet
would take for a formula (starting with = + - @, tab or CR) is written as a text cell.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from core.plans.followup_layout import COLUMNS, DIRECTION_LABELS, INSTRUCTIONS, SHEETS, Column
from core.plans.messages import status_label
from core.plans.model import ACTION_STATUSES, ImprovementPlan
from core.plans.store import chain_members, load_plans
from core.progress import Progress
from core.reports.safe_cells import put as safe_put
from core.reports.safe_cells import safe_text
from core.safe_output import atomic_output

CHAIN_SHEET = "encadena"          # very hidden: the chain (and programme) the workbook is for

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
EMPTY_MEASUREMENT_ROWS = 300
EMPTY_ACTION_ROWS = 40            # new actions agreed on site: company id, title, dates...
EMPTY_KPI_ROWS = 20               # new KPIs agreed on site: company id, name, unit, better when
LOCKED_FILL = PatternFill("solid", fgColor="DDDDDD")
HEADER_FONT = Font(bold=True)


def xlsx_text(text: str) -> str:
    """Text as the xlsx format escapes it (see :func:`core.safe_output.text.safe_text`)."""
    return safe_text(text)


def put(ws, row: int, col: int, value: object):
    """Write one cell through the safe cell writer: text stays text, never a formula."""
    return safe_put(ws, row, col, value)


def export_followup(conn: sqlite3.Connection, chain: str, path: str | Path, language: str = "en",
                    today: date | None = None, progress: Progress | None = None) -> Path:
    """Write the follow-up workbook of ``chain`` to ``path`` (replaced atomically)."""
    language = language if language in ("en", "es", "pt") else "en"
    members = chain_members(conn, chain)
    plans = load_plans(conn, list(members["company_id"]))
    names = dict(conn.execute("SELECT id, COALESCE(name, '') FROM companies"))
    programme = conn.execute("SELECT name FROM programme WHERE id = 1").fetchone()[0]
    wb = Workbook()
    wb.remove(wb.active)
    if progress:
        progress(0.1, "followup")
    lists = _lists_sheet(wb, plans, sorted(set(members["company_id"])), language)
    _instructions(wb, language, chain, programme, today or date.today())
    _table(wb, "actions", language, [_action_row(p, a, names, language) for p in plans.values()
                                     for a in p.actions], lists, extra_rows=EMPTY_ACTION_ROWS)
    _table(wb, "kpis", language, [_kpi_row(p, k, names, language) for p in plans.values()
                                  for k in p.kpis], lists, extra_rows=EMPTY_KPI_ROWS)
    _table(wb, "measurements", language,
           [[p.company_id, k.id, m.on, m.value, m.source, m.note]
            for p in plans.values() for k in p.kpis for m in k.measurements], lists,
           extra_rows=EMPTY_MEASUREMENT_ROWS)
    for position, key in enumerate(("instructions", "actions", "kpis", "measurements", "lists")):
        name = SHEETS[key][language]
        wb.move_sheet(name, offset=position - wb.sheetnames.index(name))
    _chain_sheet(wb, chain, conn)
    wb.active = 0
    if progress:
        progress(0.9, "followup")     # the last chance to cancel: nothing is written before it
    path = Path(path)
    with atomic_output(path, conn=conn) as temp:   # a half-written workbook never replaces a good one
        wb.save(temp)
    return path


def _chain_sheet(wb: Workbook, chain: str, conn: sqlite3.Connection) -> None:
    """The chain this workbook is for, read back on import (only its companies may change)."""
    ws = wb.create_sheet(CHAIN_SHEET)
    uid = conn.execute("SELECT uid FROM programme WHERE id = 1").fetchone()
    for i, (key, value) in enumerate((("chain", chain), ("programme", uid[0] if uid else "")), start=1):
        put(ws, i, 1, key)
        put(ws, i, 2, value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def _action_row(plan: ImprovementPlan, a, names: dict, language: str) -> list:
    def pct(share):
        return None if share is None else round(share * 100, 10)
    return [plan.company_id, names.get(plan.company_id, ""), a.id, a.title, a.area, " ".join(a.items),
            a.owner, a.start, a.due, status_label(a.status, language), a.percent,
            a.budget, pct(a.programme_share), pct(a.buyer_share), pct(a.supplier_share), a.kpi_id,
            a.notes, None]


def _kpi_row(plan: ImprovementPlan, k, names: dict, language: str) -> list:
    return [plan.company_id, names.get(plan.company_id, ""), k.id, k.name, k.unit,
            DIRECTION_LABELS[k.direction][language], k.baseline_value, k.baseline_date,
            k.target_value, k.target_date, k.notes]


def _lists_sheet(wb: Workbook, plans: dict[str, ImprovementPlan], companies: list[str],
                 language: str) -> dict[str, str]:
    """A hidden sheet with the dropdown values; returns kind -> range reference."""
    ws = wb.create_sheet(SHEETS["lists"][language])
    columns = {
        "status": [status_label(s, language) for s in ACTION_STATUSES],
        "direction": [DIRECTION_LABELS[d][language] for d in ("higher", "lower")],
        "company_ref": companies,
        "kpi_ref": sorted({k.id for p in plans.values() for k in p.kpis}),
    }
    refs = {}
    for j, (kind, values) in enumerate(columns.items(), start=1):
        for i, value in enumerate(values, start=1):
            put(ws, i, j, value)
        letter = get_column_letter(j)
        if values:
            refs[kind] = f"'{ws.title}'!${letter}$1:${letter}${len(values)}"
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    return refs


def _instructions(wb: Workbook, language: str, chain: str, programme: str, exported: date) -> None:
    ws = wb.create_sheet(SHEETS["instructions"][language])
    for i, line in enumerate(INSTRUCTIONS[language], start=1):
        put(ws, i, 1, line.format(chain=chain, programme=programme, exported=exported.isoformat()))
    ws.column_dimensions["A"].width = 110
    ws.protection.sheet = True


def _table(wb: Workbook, key: str, language: str, rows: list[list], lists: dict[str, str],
           extra_rows: int = 0) -> None:
    columns: list[Column] = COLUMNS[key]
    ws = wb.create_sheet(SHEETS[key][language])
    for j, col in enumerate(columns, start=1):
        cell = put(ws, 1, j, col.label(language))
        cell.font = HEADER_FONT
        ws.column_dimensions[get_column_letter(j)].width = col.width
    last = len(rows) + 1 + extra_rows
    for i, values in enumerate(rows, start=2):
        for j, (col, value) in enumerate(zip(columns, values), start=1):
            cell = put(ws, i, j, value)
            if col.kind == "date" and value is not None:
                cell.number_format = "yyyy-mm-dd"
            if col.locked:
                cell.fill = LOCKED_FILL
            else:
                cell.protection = Protection(locked=False)
    for i in range(len(rows) + 2, last + 1):      # empty rows the consultant may fill in
        for j, col in enumerate(columns, start=1):
            if col.key not in ("action_id", "kpi_id") or key == "measurements":   # ids given on import
                ws.cell(row=i, column=j).protection = Protection(locked=False)
    if last >= 2:
        for j, col in enumerate(columns, start=1):
            ref = lists.get("company_ref" if col.key == "company_id" else col.kind)
            if ref and (not col.locked or col.key == "company_id"):
                dv = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
                dv.add(f"{get_column_letter(j)}2:{get_column_letter(j)}{last}")
                ws.add_data_validation(dv)
            elif col.kind in ("percent", "share"):
                dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                                    allow_blank=True)
                dv.add(f"{get_column_letter(j)}2:{get_column_letter(j)}{last}")
                ws.add_data_validation(dv)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 2)}"
    ws.protection.sheet = True
    # Filtering, sorting and resizing stay allowed; inserting or deleting columns does not.
    for allowed in ("autoFilter", "sort", "formatColumns", "formatRows"):
        setattr(ws.protection, allowed, False)
