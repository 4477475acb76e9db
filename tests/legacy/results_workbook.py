"""The results workbook as openpyxl wrote it before the streaming writer (kept only as the
reference of tests/test_results_workbook_compat.py: same tables, older layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from core.progress import Progress, no_progress, scaled
from core.reports.labels import label
from core.reports.safe_cells import clean, row_cells, safe_text, text_cell
from core.reports.tables import ExportTables, build_tables, header_texts
from core.safe_output import atomic_output, check_output
from legacy.bulk_rows import BulkSheet, splice, style_row

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
BELOW_TARGET = PatternFill("solid", fgColor="F8CBAD")
NUMBER_COLUMNS = {"index", "coverage", "score", "target", "gap", "priority", "percent", "budget",
                  "baseline", "current", "change_pct", "value", "median_change", "best_change"}


def write_results_workbook(project, path: str | Path, language: str = "en", chain: str | None = None,
                           today: date | None = None, progress: Progress | None = None) -> Path:
    """Write the results workbook of ``project`` (or of one value chain) to ``path``."""
    report = progress or no_progress
    today = today or date.today()
    check_output(path, [getattr(project, "path", None)])     # refuse before the long work
    tables = build_tables(project, language, chain, today, scaled(report, 0.0, 0.4))
    path = Path(path)
    book = Workbook(write_only=True)
    bulk: list[BulkSheet] = []
    try:
        _fill(book, project, tables, language, chain, today, bulk)
    except BaseException:            # Cancelled included: drop the streamed sheets, write nothing
        _discard(book)
        raise
    report(0.5, path.name)
    with atomic_output(path, [getattr(project, "path", None)], project.conn) as target:
        splice(_saved(book), bulk, scaled(report, 0.5, 0.98), out=target)
    report(1.0, path.name)
    return path


def _fill(book, project, tables: ExportTables, language: str, chain: str | None, today: date,
          bulk: list[BulkSheet]) -> None:
    _summary(book, project, tables, language, chain, today)
    _companies(book, tables, language, bulk)
    names = dict(zip(tables.companies["company_id"], tables.companies["name"]))
    for k, item_table in enumerate(tables.items):
        _item_scores(book, item_table, names, language, f" {k + 1}" if len(tables.items) > 1 else "", bulk)
    for key, frame in (("sheet_opportunities", tables.opportunities), ("sheet_risks", tables.risks),
                       ("sheet_plans", tables.actions), ("sheet_kpis", tables.kpis),
                       ("sheet_measurements", tables.measurements), ("sheet_results", tables.results)):
        _frame_sheet(book, label(key, language), frame, language, bulk)
    from core import catalogue
    from core.setup.groups import group_sheets  # results by women-led, size, sector, region
    from core.setup.info import phase_table
    _frame_sheet(book, catalogue.text("setup.sheet_phases", language),
                 phase_table(project.conn, language, today, chain), language, bulk)
    for title, frame in group_sheets(project.conn, language, today, chain):
        _frame_sheet(book, title, frame, language, bulk)


def _saved(book) -> Path:
    """The workbook saved to a scratch file of the system's temporary folder (spliced next)."""
    import os
    import tempfile
    handle, name = tempfile.mkstemp(prefix="encadena-book-", suffix=".xlsx")
    os.close(handle)
    try:
        book.save(name)
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def _discard(book) -> None:
    """Close the streams of a write-only workbook and delete their temporary files."""
    import os
    for ws in book.worksheets:
        try:
            ws.close()
            os.remove(ws._writer.out)
        except Exception:  # noqa: BLE001 - best effort: the work is abandoned anyway
            pass


def _head(ws, texts: list[str]) -> list[WriteOnlyCell]:
    cells = []
    for t in texts:
        c = text_cell(ws, t)
        c.font, c.fill = HEAD_FONT, HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(c)
    return cells


def _widths(ws, widths: list[float]) -> None:
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w


def _finish(ws, columns: int, rows: int, freeze: str = "A2") -> None:
    ws.freeze_panes = freeze
    if rows:
        ws.auto_filter.ref = f"A{int(freeze[1:]) - 1}:{get_column_letter(columns)}{rows + int(freeze[1:]) - 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.print_title_rows = "1:1"


def _number_cell(ws, value, fmt: str):
    value = clean(value)
    if value is None:
        return None
    c = WriteOnlyCell(ws, value=value)
    c.number_format = fmt
    return c


def _frame_sheet(book, title: str, frame, language: str, bulk: list[BulkSheet]) -> None:
    ws = book.create_sheet(title[:31])
    columns = list(frame.columns) if frame is not None else []
    _widths(ws, [12 if c in NUMBER_COLUMNS or c in ("rank", "likelihood", "severity") else
                 44 if c in ("description", "question", "controls", "cause") else 16 for c in columns])
    _finish(ws, max(1, len(columns)), 0 if frame is None else len(frame))
    ws.append(_head(ws, header_texts(columns, language)))
    if frame is None or frame.empty:
        return
    numeric = [c in NUMBER_COLUMNS or (pd.api.types.is_numeric_dtype(frame[c])
                                       and not pd.api.types.is_bool_dtype(frame[c])) for c in columns]
    formats = ["#,##0.0" if c in NUMBER_COLUMNS else None for c in columns]
    ws.append(style_row(ws, numeric, formats))
    bulk.append(BulkSheet(len(book.worksheets), [frame[c].to_numpy(dtype=object) for c in columns], numeric))


def company_sheet_rows(tables: ExportTables):
    """The Companies sheet's content: the read-model's column list for workbooks, words in the
    workbook's language (:class:`core.programme.rows.CompanyTable`; the writer only lays it out)."""
    return tables.company_rows("workbook")


COMPANY_FORMATS = {"number": "0.0", "percent": "0%", "area": "0.0", "count": None}


def _companies(book, tables: ExportTables, language: str, bulk: list[BulkSheet]) -> None:
    from core.programme.columns import column
    ws = book.create_sheet(label("sheet_companies", language))
    table = company_sheet_rows(tables)
    widths = [column(k).width if not k.startswith("area:") else 12 for k in table.keys]
    _widths(ws, widths)
    n = table.rows
    _finish(ws, len(table.keys), n, "C2")
    index_col = get_column_letter(table.keys.index("index") + 1)
    band_col = get_column_letter(table.keys.index("band") + 1)
    for b in tables.bands:         # colour index and band by the band the index falls in
        fill = PatternFill("solid", fgColor=_light(b.colour))
        formula = f'AND(ISNUMBER(${index_col}2),${index_col}2>={b.low},${index_col}2<{b.high + (0.001 if b.high >= 100 else 0)})'
        ws.conditional_formatting.add(f"{index_col}2:{band_col}{n + 1}", FormulaRule(formula=[formula], fill=fill))
    ws.append(_head(ws, table.headers))
    if not n:
        return
    numeric = [kind in COMPANY_FORMATS for kind in table.kinds]
    ws.append(style_row(ws, numeric, [COMPANY_FORMATS.get(kind) for kind in table.kinds]))
    bulk.append(BulkSheet(len(book.worksheets), table.columns, numeric))


def _item_scores(book, t, company_names: dict, language: str, suffix: str,
                 bulk: list[BulkSheet]) -> None:
    ws = book.create_sheet((label("sheet_items", language) + suffix)[:31])
    r, tk = t.result, t.toolkit
    names = r.item_names
    _widths(ws, [14, 30] + [9] * len(names))
    n = len(t.companies)
    last = get_column_letter(2 + len(names))
    ws.conditional_formatting.add(f"C3:{last}{n + 2}", CellIsRule(operator="lessThan", formula=["C$2"],
                                                                    fill=BELOW_TARGET))
    _finish(ws, 2 + len(names), n + 1, "C3")
    heads = _head(ws, [label("company_id", language), label("company_name", language)] + list(names))
    for c, name in zip(heads[2:], names):
        from openpyxl.comments import Comment
        c.comment = Comment(safe_text(f"{name}: {tk.item(name).label(language)}"), "Encadena")
    ws.append(heads)
    ws.append([text_cell(ws, label("target", language)), None] + np.round(r.item_targets.to_numpy(), 1).tolist())
    if not n:
        return
    numeric = [False, False] + [True] * len(names)
    ws.append(style_row(ws, numeric, [None, None] + ["0"] * len(names)))
    scores = np.round(r.item_scores.to_numpy(), 1)            # NaN: an empty cell, not 0
    companies = np.array(t.companies, dtype=object)
    bulk.append(BulkSheet(len(book.worksheets),
                          [companies, np.array([company_names.get(c) for c in companies], dtype=object)]
                          + [scores[:, j] for j in range(len(names))], numeric, first_row=3))


def _summary(book, project, tables: ExportTables, language: str, chain: str | None, today: date) -> None:
    ws = book.create_sheet(label("sheet_summary", language))
    _widths(ws, [34, 14, 14, 4, 4])
    title = text_cell(ws, project.programme.name)
    title.font = Font(bold=True, size=14, color="1F4E79")
    ws.append([title])
    scope = label("chain_filter", language, chain=chain) if chain else label("all_chains", language)
    ws.append(row_cells(ws, [scope]))
    ws.append(row_cells(ws, [label("generated", language, date=today.isoformat())]))
    ws.append([])
    f = tables.companies
    ws.append(_head(ws, [label("band", language), label("count", language)]))
    start = 6
    for b in tables.bands:
        ws.append(row_cells(ws, [b.label, int((f["band"] == b.name).sum())]))
    band_end = start + len(tables.bands) - 1
    ws.append(row_cells(ws, [label("no_band", language), int(f["band"].isna().sum())]))
    ws.append([])
    area_head = band_end + 3
    ws.append(_head(ws, [label("area", language), label("average", language), label("target", language)]))
    targets = {}
    for t in tables.items:
        for a in t.toolkit.areas:
            targets.setdefault(f"area:{a.name}", float(t.result.area_targets[a.name]))
    for key, text in tables.areas:
        mean = f[key].astype(float).mean() if key in f.columns else None
        ws.append([text_cell(ws, text), _number_cell(ws, None if mean != mean else mean, "0.0"),
                   _number_cell(ws, targets.get(key), "0.0")])
    area_end = area_head + len(tables.areas)
    if tables.bands:
        chart = BarChart()
        chart.title, chart.style, chart.legend = label("bands_chart", language), 10, None
        chart.add_data(Reference(ws, min_col=2, min_row=start - 1, max_row=band_end), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=start, max_row=band_end))
        chart.height, chart.width = 7.5, 14
        ws.add_chart(chart, "F2")
    if tables.areas:
        chart = BarChart()
        chart.type, chart.style = "bar", 10
        chart.title = label("areas_chart", language)
        chart.add_data(Reference(ws, min_col=2, max_col=3, min_row=area_head, max_row=area_end),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=area_head + 1, max_row=area_end))
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
        chart.height, chart.width = 9, 14
        ws.add_chart(chart, "F18")


def _light(colour: str) -> str:
    """A pale version of a band colour, so black text stays readable on it."""
    colour = colour.lstrip("#")
    if len(colour) != 6:
        return "DDDDDD"
    rgb = [int(colour[k:k + 2], 16) for k in (0, 2, 4)]
    return "".join(f"{int(c + (255 - c) * 0.6):02X}" for c in rgb)
