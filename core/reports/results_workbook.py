"""The results workbook (``encadena export``): companies with index, band and area scores,
item scores against targets, improvement opportunities, risk register, plans, KPIs and their
measurements, programme results, and native Excel charts of bands and area averages.

Written once, front to back, by :class:`core.reports.xlsx_stream.StreamBook` (XlsxWriter in
constant-memory mode, table rows encoded per column), so a 100,000-company programme takes
about the time of reading its survey and stays within a few hundred MB. Every table has its
header wrapped and frozen, a filter, widths from its content and real dates; every text goes in
as a string cell through :mod:`core.reports.safe_cells`: nothing the user typed becomes a formula.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from xlsxwriter.utility import xl_col_to_name

from core.progress import Progress, no_progress, scaled
from core.reports.bulk import bulk_export
from core.reports.labels import label
from core.reports.tables import ExportTables, build_tables, header_texts
from core.reports.xlsx_rows import DATE, NUMBER, TEXT, Rounded, Table
from core.reports.xlsx_stream import StreamBook
from core.safe_output import atomic_output, check_output

BELOW_TARGET = "#F8CBAD"
NUMBER_COLUMNS = {"index", "coverage", "score", "target", "gap", "priority", "percent", "budget",
                  "baseline", "current", "change_pct", "value", "median_change", "best_change"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_COLUMNS = {"date", "start", "due", "measured_on", "next_review"}


def write_results_workbook(project, path: str | Path, language: str = "en", chain: str | None = None,
                           today: date | None = None, progress: Progress | None = None) -> Path:
    """Write the results workbook of ``project`` (or of one value chain) to ``path``."""
    report = progress or no_progress
    today = today or date.today()
    path = Path(path)
    inputs = [getattr(project, "path", None)]
    check_output(path, inputs)                     # refuse before the long work
    with bulk_export(project.conn):
        tables = build_tables(project, language, chain, today, scaled(report, 0.0, 0.4))
        book = StreamBook()
        try:
            _fill(book, project, tables, language, chain, today)
            report(0.5, path.name)
            with atomic_output(path, inputs, project.conn) as target:   # whole or not at all
                book.save(target, scaled(report, 0.5, 0.98))
        except BaseException:            # Cancelled included: nothing is left under the name
            book.discard()
            raise
    report(1.0, path.name)
    return path


def _fill(book: StreamBook, project, tables: ExportTables, language: str, chain: str | None,
          today: date) -> None:
    """Lay out every sheet; each table is let go once its sheet holds it (the book keeps what
    its rows need), so a 100,000-company export does not hold everything twice."""
    _summary(book, project, tables, language, chain, today)
    _companies(book, tables, language)
    names = dict(zip(tables.companies["company_id"].tolist(), tables.companies["name"].tolist()))
    for k, item_table in enumerate(tables.items):
        _item_scores(book, item_table, names, language, f" {k + 1}" if len(tables.items) > 1 else "")
    del names
    tables.items, tables.programme = [], None
    for key, attribute in (("sheet_opportunities", "opportunities"), ("sheet_risks", "risks"),
                           ("sheet_plans", "actions"), ("sheet_kpis", "kpis"),
                           ("sheet_measurements", "measurements"), ("sheet_results", "results"),
                           ("certification", "certification")):
        _frame_sheet(book, label(key, language), getattr(tables, attribute), language)
        setattr(tables, attribute, None)
    from core import catalogue
    from core.reports.group_figures import group_sheets  # by women-led, size, sector, region
    from core.setup.info import phase_table
    _frame_sheet(book, catalogue.text("setup.sheet_phases", language),
                 phase_table(project.conn, language, today, chain), language)
    for title, frame in group_sheets(project.conn, language, tables.status.flags(), chain):
        _frame_sheet(book, title, frame, language)
    from core.directory.pipeline import pipeline_sheet  # matchmaking: linkages and their value
    _frame_sheet(book, catalogue.text("directory.sheet_pipeline", language),
                 pipeline_sheet(project.conn, language, chain), language)


def _frame_sheet(book: StreamBook, title: str, frame: pd.DataFrame | None, language: str) -> None:
    columns = list(frame.columns) if frame is not None else []
    kinds = [DATE if c in DATE_COLUMNS or _dates(frame[c]) else
             NUMBER if c in NUMBER_COLUMNS or (pd.api.types.is_numeric_dtype(frame[c])
                                               and not pd.api.types.is_bool_dtype(frame[c])) else TEXT
             for c in columns]
    data = [frame[c].to_numpy() for c in columns] if frame is not None else []
    formats = ["#,##0.0" if c in NUMBER_COLUMNS else None for c in columns]
    book.table(title, header_texts(columns, language), Table(data, kinds), formats)


COMPANY_FORMATS = {"number": "0.0", "percent": "0%", "area": "0.0", "count": None}


def company_sheet_rows(tables: ExportTables):
    """The Companies sheet's content: the read-model's column list for workbooks, words in the
    workbook's language (:class:`core.programme.rows.CompanyTable`; the writer only lays it out)."""
    return tables.company_rows("workbook")


def _dates(column: pd.Series, sample: int = 200) -> bool:
    """Whether a column holds dates (date objects or ISO text) in every filled row it shows:
    tables headed by words rather than keys (the phases) get real dates too."""
    values, start = [], 0
    while len(values) < sample and start < len(column):     # the first filled rows, a slice at a time
        part = column.iloc[start:start + 4 * sample].dropna().to_numpy(dtype=object)
        values += (part[part != ""] if len(part) else part).tolist()
        start += 4 * sample
    values = values[:sample]
    return bool(len(values)) and all(isinstance(v, date) or (isinstance(v, str) and ISO_DATE.fullmatch(v))
                                     for v in values)


def _companies(book: StreamBook, tables: ExportTables, language: str) -> None:
    rows = company_sheet_rows(tables)
    kinds = [DATE if kind == "date" else NUMBER if kind in COMPANY_FORMATS else TEXT for kind in rows.kinds]
    placed = book.table(label("sheet_companies", language), rows.headers, Table(rows.columns, kinds),
                        [COMPANY_FORMATS.get(kind) for kind in rows.kinds], freeze=(1, 2))
    index, band = rows.keys.index("index"), rows.keys.index("band")
    letter = xl_col_to_name(index)
    for part in placed:         # colour index and band by the band the index falls in
        for b in tables.bands:
            top = b.high + (0.001 if b.high >= 100 else 0)
            part.sheet.conditional_format(1, min(index, band), max(1, part.last_row - 1), max(index, band), {
                "type": "formula", "criteria": f"=AND(ISNUMBER(${letter}2),${letter}2>={b.low},${letter}2<{top})",
                "format": book.format(bg_color="#" + _light(b.colour))})


def _item_scores(book: StreamBook, t, company_names: dict, language: str, suffix: str) -> None:
    r, tk = t.result, t.toolkit
    names = list(r.item_names)
    heads = [label("company_id", language), label("company_name", language)] + names
    targets = np.round(r.item_targets.to_numpy(), 1).tolist()

    def target_row(ws) -> int:
        for j, name in enumerate(names):
            ws.write_comment(0, 2 + j, _safe(f"{name}: {tk.item(name).label(language)}"),
                             {"author": "Encadena"})
        book.text(ws, 1, 0, label("target", language))
        for j, value in enumerate(targets):
            book.number(ws, 1, 2 + j, value)
        return 1

    scores = r.item_scores.to_numpy()                        # NaN: an empty cell, not 0
    companies = np.array(t.companies, dtype=object)
    table = Table([companies, np.array([company_names.get(c) for c in companies], dtype=object)]
                  + [Rounded(scores[:, j], 1) for j in range(len(names))], [TEXT, TEXT] + [NUMBER] * len(names))
    placed = book.table((label("sheet_items", language) + suffix)[:31], heads, table,
                        [None, None] + ["0"] * len(names), freeze=(2, 2), before=target_row, filter_row=1)
    below = book.format(bg_color=BELOW_TARGET)
    for part in placed:
        if part.table.rows:
            part.sheet.conditional_format(2, 2, part.last_row - 1, 1 + len(names), {
                "type": "cell", "criteria": "<", "value": "C$2", "format": below})


def _summary(book: StreamBook, project, tables: ExportTables, language: str, chain: str | None,
             today: date) -> None:
    ws = book.sheet(label("sheet_summary", language))
    for j, width in enumerate([34, 14, 14, 4, 4]):
        ws.set_column(j, j, width)
    book.text(ws, 0, 0, project.programme.name, book.format(bold=True, font_size=14, font_color="#1F4E79"))
    book.text(ws, 1, 0, label("chain_filter", language, chain=chain) if chain else label("all_chains", language))
    book.text(ws, 2, 0, label("generated", language, date=today.isoformat()))
    f = tables.companies
    for j, text in enumerate([label("band", language), label("count", language)]):
        book.text(ws, 4, j, text, book.head)
    row = 5
    for b in tables.bands:
        book.text(ws, row, 0, b.label)
        book.number(ws, row, 1, int((f["band"] == b.name).sum()))
        row += 1
    band_end = row - 1                          # 0-based row of the last band
    book.text(ws, row, 0, label("no_band", language))
    book.number(ws, row, 1, int(f["band"].isna().sum()))
    area_head = row + 2
    for j, text in enumerate([label("area", language), label("average", language), label("target", language)]):
        book.text(ws, area_head, j, text, book.head)
    targets = {}
    for t in tables.items:
        for a in t.toolkit.areas:
            targets.setdefault(f"area:{a.name}", float(t.result.area_targets[a.name]))
    one = book.format(num_format="0.0")
    for k, (key, text) in enumerate(tables.areas, start=area_head + 1):
        mean = f[key].astype(float).mean() if key in f.columns else None
        book.text(ws, k, 0, text)
        book.number(ws, k, 1, None if mean != mean else mean, one)
        book.number(ws, k, 2, targets.get(key), one)
    area_end = area_head + len(tables.areas)
    sheet = ws.get_name()
    if tables.bands:
        chart = book.book.add_chart({"type": "column"})
        chart.add_series({"name": [sheet, 4, 1], "categories": [sheet, 5, 0, band_end, 0],
                          "values": [sheet, 5, 1, band_end, 1]})
        chart.set_title({"name": _safe(label("bands_chart", language))})
        chart.set_legend({"none": True})
        chart.set_style(10)
        chart.set_size({"width": 529, "height": 283})
        ws.insert_chart(1, 5, chart)
    if tables.areas:
        chart = book.book.add_chart({"type": "bar"})
        for col in (1, 2):
            chart.add_series({"name": [sheet, area_head, col],
                              "categories": [sheet, area_head + 1, 0, area_end, 0],
                              "values": [sheet, area_head + 1, col, area_end, col]})
        chart.set_title({"name": _safe(label("areas_chart", language))})
        chart.set_x_axis({"min": 0, "max": 100})
        chart.set_style(10)
        chart.set_size({"width": 529, "height": 340})
        ws.insert_chart(17, 5, chart)


def _safe(text: str) -> str:
    """Text for a comment or a chart title (XlsxWriter escapes neither's control characters)."""
    from core.reports.xlsx_stream import writer_text
    return "".join(c for c in writer_text(text) if c >= " " or c in "\t\n")


def _light(colour: str) -> str:
    """A pale version of a band colour, so black text stays readable on it."""
    colour = colour.lstrip("#")
    if len(colour) != 6:
        return "DDDDDD"
    try:
        rgb = [int(colour[k:k + 2], 16) for k in (0, 2, 4)]
    except ValueError:
        return "DDDDDD"
    return "".join(f"{int(c + (255 - c) * 0.6):02X}" for c in rgb)
