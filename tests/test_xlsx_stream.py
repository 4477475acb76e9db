"""The streaming workbook writer: hostile text stays text, dates are dates, long tables continue
on another sheet, a failure leaves nothing behind; read back with openpyxl and python-calamine."""
from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from core.reports import xlsx_stream
from core.reports.xlsx_rows import DATE, NUMBER, TEXT, Table
from core.reports.xlsx_stream import StreamBook
from core.safe_output import atomic_output

HOSTILE = ['=HYPERLINK("http://evil","x")', "+1+1", "@SUM(A1)", "-2", "K_x0002_2", "_x0041_",
           "a\x00b\x1fc", "bad\ufffe\uffffend", "  spaced  ", "<b>&amp;</b>", "dos\nlíneas", "ü€𝄞"]
SAFE = ['=HYPERLINK("http://evil","x")', "+1+1", "@SUM(A1)", "-2", "K_x0002_2", "_x0041_",
        "a_x0000_b_x001F_c", "badend", "  spaced  ", "<b>&amp;</b>", "dos\nlíneas", "ü€𝄞"]


def _write(path, table, formats=None, **options):
    book = StreamBook()
    book.table("Datos", [f"Columna {k}" for k in range(len(table.columns))], table,
               formats or [None] * len(table.columns), **options)
    with atomic_output(path) as target:
        book.save(target)


def test_hostile_text_is_a_string_cell_and_reads_back(tmp_path):
    n = len(HOSTILE)
    table = Table([np.array(HOSTILE, dtype=object), np.arange(n, dtype=float),
                   np.array(["2026-03-0%d" % (k % 9 + 1) for k in range(n)], dtype=object)],
                  [TEXT, NUMBER, DATE])
    _write(tmp_path / "h.xlsx", table, [None, "0.0", None])
    ws = load_workbook(tmp_path / "h.xlsx")["Datos"]
    cells = [ws.cell(r, 1) for r in range(2, n + 2)]
    assert [c.value for c in cells] == SAFE
    assert all(c.data_type == "s" for c in cells)
    assert ws.cell(2, 2).number_format == "0.0" and ws.cell(3, 2).value == 1
    assert ws.cell(2, 3).is_date and ws.cell(2, 3).value == datetime(2026, 3, 1)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:C{n + 1}"
    rows = CalamineWorkbook.from_path(str(tmp_path / "h.xlsx")).get_sheet_by_name("Datos").to_python()
    assert [r[0] for r in rows[1:]] == SAFE[:6] + ["a\x00b\x1fc"] + SAFE[7:]   # calamine decodes _x0000_
    assert rows[1][2] == date(2026, 3, 1)


def test_missing_values_are_empty_cells_and_text_in_a_date_column_stays_text(tmp_path):
    table = Table([np.array(["a", None, float("nan"), ""], dtype=object),
                   np.array([1.5, np.nan, np.inf, None], dtype=object),
                   np.array([date(2025, 1, 2), None, "pronto", "2025-13-40"], dtype=object)],
                  [TEXT, NUMBER, DATE])
    _write(tmp_path / "m.xlsx", table)
    ws = load_workbook(tmp_path / "m.xlsx")["Datos"]
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["a", 1.5, datetime(2025, 1, 2)], [None, None, None], [None, None, "pronto"],
        [None, None, "2025-13-40"]]


def test_a_table_longer_than_a_sheet_continues_on_the_next(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_stream, "MAX_ROWS", 11)
    monkeypatch.setattr(xlsx_stream, "CHUNK", 4)
    ids = np.array([f"E{k:03d}" for k in range(25)], dtype=object)
    _write(tmp_path / "long.xlsx", Table([ids, np.arange(25.0)], [TEXT, NUMBER]))
    book = load_workbook(tmp_path / "long.xlsx")
    assert book.sheetnames == ["Datos", "Datos (2)", "Datos (3)"]
    values = [r for ws in book for r in ws.iter_rows(min_row=2, values_only=True)]
    assert values == [(f"E{k:03d}", k) for k in range(25)]
    assert all(ws.cell(1, 1).value == "Columna 0" for ws in book)
    assert book["Datos (3)"].auto_filter.ref == "A1:B6"


def test_widths_follow_the_content_and_the_headers_wrap(tmp_path):
    table = Table([np.array(["x" * 40] * 3, dtype=object), np.array([1234567.0, 2, 3])],
                  [TEXT, NUMBER])
    book = StreamBook()
    book.table("Datos", ["Código", "Un encabezado muy largo que se parte"], table, [None, "#,##0.0"])
    book.save(tmp_path / "w.xlsx")
    ws = load_workbook(tmp_path / "w.xlsx")["Datos"]
    assert 42 <= ws.column_dimensions["A"].width <= 43
    assert len("1,234,567.0") + 2 <= ws.column_dimensions["B"].width <= 21     # header on 2 lines
    assert ws.cell(1, 2).alignment.wrap_text and ws.row_dimensions[1].height >= 30


def test_a_failed_save_leaves_no_file_and_a_discarded_book_neither(tmp_path):
    def cancel(fraction, text):
        raise KeyboardInterrupt
    book = StreamBook()
    book.table("Datos", ["A"], Table([np.array(["a"] * 10, dtype=object)], [TEXT]), [None])
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(tmp_path / "c.xlsx") as target:
            book.save(target, cancel)
    other = StreamBook()
    other.sheet("Vacía")
    other.discard()
    assert list(tmp_path.iterdir()) == []
    assert not book.tmp.exists() and not other.tmp.exists()


def test_rounded_columns_read_back_rounded_over_chunks_and_sheets(tmp_path, monkeypatch):
    from core.reports.xlsx_rows import Rounded
    monkeypatch.setattr(xlsx_stream, "MAX_ROWS", 8)
    monkeypatch.setattr(xlsx_stream, "CHUNK", 3)
    scores = np.array([[k + 0.04, 100 * k / 3] for k in range(20)])
    scores[5, 0] = np.nan
    table = Table([np.array([f"E{k:02d}" for k in range(20)], dtype=object), Rounded(scores[:, 0], 1),
                   Rounded(scores[:, 1], 1)], [TEXT, NUMBER, NUMBER])
    assert table.part(2, 4).columns[1].values.base is not None          # a view, not a copy
    _write(tmp_path / "r.xlsx", table, [None, "0", "0"])
    book = load_workbook(tmp_path / "r.xlsx")
    values = [r for ws in book for r in ws.iter_rows(min_row=2, values_only=True)]
    expected = [(f"E{k:02d}", None if k == 5 else round(k + 0.04, 1), round(100 * k / 3, 1)) for k in range(20)]
    assert values == expected and len(book.sheetnames) == 3
    plain = Table([table.columns[0], np.round(scores[:, 0], 1), np.round(scores[:, 1], 1)], table.kinds)
    long = ["Columna", "C", "Un encabezado largo"]
    assert xlsx_stream.column_widths(long, table, [None, "0", "0.0"]) == \
        xlsx_stream.column_widths(long, plain, [None, "0", "0.0"])
