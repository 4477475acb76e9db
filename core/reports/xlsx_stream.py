"""A write-only workbook for big tables: XlsxWriter in constant-memory mode for everything but
the bulk rows, which :mod:`core.reports.xlsx_rows` encodes column by column.

XlsxWriter writes the sheets (headers, formats, widths, frozen panes, filters, conditional
formats, comments, native charts) with one *placeholder row* per table carrying each column's
format; :meth:`StreamBook.save` then copies the package once, putting the table's rows where
the placeholder was, chunk by chunk. Text always goes in as string cells through
:mod:`core.safe_output.text`, never as formulas (XlsxWriter's own conversions of
strings to numbers, formulas or links are switched off). The file is written beside ``path``
and renamed at the end, so a failure or a cancellation leaves no half-written workbook.
"""
from __future__ import annotations

import math
import os
import re
import tempfile
import textwrap
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from core.progress import Progress, no_progress
from core.reports.safe_cells import clean
from core.reports.xlsx_rows import (
    DATE,
    NUMBER,
    SHARED,
    TEXT,
    EncodedTable,
    Rounded,
    Table,
    floats,
    number_text,
    xml_text,
)
from core.safe_output.text import _NONCHARACTERS, EXCEL_CELL_LIMIT

MAX_ROWS = 1_048_576           # Excel's rows per sheet: longer tables continue on another sheet
CHUNK = 10_000
OPTIONS = {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
           "strings_to_urls": False, "nan_inf_to_errors": False}
HEAD = {"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E79", "text_wrap": True,
        "valign": "top"}
DATE_FORMAT = 14               # Excel's built-in short date: shown in the reader's locale
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# XlsxWriter in constant-memory mode writes no shared strings: the part and its two links are ours.
SHARED_STRINGS_LINKS = {
    "[Content_Types].xml": ("", b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                            b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'),
    "xl/_rels/workbook.xml.rels": ("", b"</Relationships>", b'<Relationship Id="rIdEncadenaStrings" Type='
                                   b'"http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                   b'sharedStrings" Target="sharedStrings.xml"/>'),
}
_CELL = re.compile(r'<c r="([A-Z]+)\d+"(?: s="(\d+)")?')


@dataclass
class Placed:
    """Where a table's rows go: the sheet, the first row (1-based) and the rows themselves."""

    sheet: object
    first_row: int
    table: Table
    width: int
    head_rows: list[int] = field(default_factory=list)

    @property
    def last_row(self) -> int:
        return self.first_row + self.table.rows - 1


class StreamBook:
    """One results-style workbook written to ``path`` (see the module docstring)."""

    def __init__(self):
        handle, name = tempfile.mkstemp(prefix="encadena-book-", suffix=".xlsx")
        os.close(handle)
        self.tmp = Path(name)          # XlsxWriter's package; the rows go in on the way to the target
        self.book = xlsxwriter.Workbook(str(self.tmp), OPTIONS)
        self.placed: list[Placed] = []
        self._formats: dict[tuple, object] = {}
        self.head = self.format(**HEAD)
        self.strings: dict[str, int] = {}        # shared strings of the tables (escaped XML)
        self._string_of: dict[object, int] = {}   # by value: ids recur in several tables
        self.string_refs = 0

    def format(self, **props):
        """A cell format, shared by every caller asking for the same properties."""
        key = tuple(sorted(props.items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(props)
        return self._formats[key]

    def number_format(self, kind: str, num_format: str | None):
        if kind == DATE:
            return self.format(num_format=DATE_FORMAT)
        return self.format(num_format=num_format) if num_format else None

    def sheet(self, title: str):
        return self.book.add_worksheet(writer_text(title)[:31])

    @staticmethod
    def text(ws, row: int, col: int, value: object, fmt=None) -> None:
        """A string cell (never a formula); None/NaN leave the cell empty."""
        value = clean(value)
        if value is None or value == "":
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
            return
        ws.write_string(row, col, writer_text(value), fmt)

    @staticmethod
    def number(ws, row: int, col: int, value: object, fmt=None) -> None:
        value = clean(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            ws.write_number(row, col, value, fmt)
        elif value is not None:
            StreamBook.text(ws, row, col, value, fmt)

    def table(self, title: str, headers: list[str], table: Table, formats: list[str | None], *,
              freeze: tuple[int, int] = (1, 0), before=None, filter_row: int = 0) -> list[Placed]:
        """Write ``table`` under ``headers`` on a new sheet (more sheets past Excel's row limit).

        ``before(ws)`` writes rows between the header and the data (returns how many);
        ``filter_row`` is the 0-based row carrying the filter buttons."""
        widths = column_widths(headers, table, formats)
        height = 15 * max([len(textwrap.wrap(h, max(1, int(w - 1)))) or 1 for h, w in zip(headers, widths)]
                          + [1])
        cells = [self.number_format(k, f) for k, f in zip(table.kinds, formats)]
        table = self._shared(table)
        placed, start, part = [], 0, 1
        while True:
            ws = self.sheet(title if part == 1 else f"{title[:26]} ({part})")
            ws.set_row(0, height)
            for j, (h, w) in enumerate(zip(headers, widths)):
                ws.set_column(j, j, w)
                self.text(ws, 0, j, h, self.head)
            first = 1 + (before(ws) if before else 0)
            stop = min(table.rows, start + MAX_ROWS - first)
            rows = table.part(start, stop)
            if rows.rows:                # the placeholder row: one cell per column, in its format
                for j, (kind, fmt) in enumerate(zip(table.kinds, cells)):
                    if kind in (TEXT, SHARED):
                        ws.write_string(first, j, "x", fmt)
                    else:
                        ws.write_number(first, j, 0, fmt)
            last_col = max(0, len(headers) - 1)
            ws.freeze_panes(*freeze)
            ws.autofilter(filter_row, 0, max(filter_row, first + rows.rows - 1), last_col)
            ws.set_landscape()
            ws.set_paper(9)
            ws.fit_to_pages(1, 0)
            ws.repeat_rows(0)
            placed.append(Placed(ws, first + 1, rows, len(headers)))
            start, part = stop, part + 1
            if start >= table.rows:
                break
        self.placed += [p for p in placed if p.table.rows]
        return placed

    def _shared(self, table: Table) -> Table:
        """``table`` with its text columns as indexes into the shared strings: a text repeated
        on 100,000s of rows (a question, an area) is stored once; numbers as float64 (what
        their cells show), not as Python objects kept until the workbook is saved."""
        columns = []
        for column, kind in zip(table.columns, table.kinds):
            if kind == NUMBER and not isinstance(column, Rounded):
                columns.append(floats(column))
                continue
            if kind != TEXT:
                columns.append(column)
                continue
            codes, uniques = pd.factorize(pd.Series(column, dtype=object), use_na_sentinel=True)
            index = np.array([self._string(u) for u in uniques.tolist()] + [-1], dtype=np.int32)[codes]
            self.string_refs += int((index >= 0).sum())
            columns.append(index)
        return Table(columns, [SHARED if k == TEXT else k for k in table.kinds])

    def _string(self, value: object) -> int:
        known = self._string_of.get(value) if isinstance(value, str) else None
        if known is not None:
            return known
        text = xml_text(value)
        index = self.strings.setdefault(text, len(self.strings)) if text else -1
        if isinstance(value, str):
            self._string_of[value] = index
        return index

    def save(self, target: str | Path, progress: Progress | None = None) -> Path:
        """Close the workbook and write it, table rows included, to ``target`` (a temporary file
        of :func:`core.safe_output.atomic_output`, which puts it in place)."""
        report = progress or no_progress
        try:
            self.book.close()
            self._splice(Path(target), report)
        except xlsxwriter.exceptions.FileCreateError as exc:
            raise OSError(str(exc)) from exc
        finally:
            self.tmp.unlink(missing_ok=True)
        return Path(target)

    def discard(self) -> None:
        """Abandon the workbook: close XlsxWriter's temporary row files, write nothing."""
        for ws in self.book.worksheets():
            handle = getattr(ws, "row_data_fh", None)
            if handle is not None and not handle.closed:
                handle.close()
        self.book.fileclosed = True
        self.tmp.unlink(missing_ok=True)

    def _splice(self, target: Path, report: Progress) -> None:
        by_name = {f"xl/worksheets/sheet{p.sheet.index + 1}.xml": p for p in self.placed}
        total = sum(p.table.rows for p in self.placed) or 1
        done = 0
        with zipfile.ZipFile(self.tmp) as src, \
                zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
            if self.strings and "xl/sharedStrings.xml" in src.namelist():
                raise ValueError("XlsxWriter wrote shared strings of its own")
            for info in src.infolist():
                placed = by_name.get(info.filename)
                if placed is None:
                    data = src.read(info.filename)
                    if self.strings and info.filename in SHARED_STRINGS_LINKS:
                        name, closing, entry = SHARED_STRINGS_LINKS[info.filename]
                        data = data.replace(closing, entry + closing, 1)
                    dst.writestr(info, data, compresslevel=6)
                    continue
                head, styles, tail = _split(src.read(info.filename).decode("utf-8"), placed)
                encoded = EncodedTable(placed.table, styles)
                with dst.open(info.filename, "w", force_zip64=True) as out, _Behind(out) as writer:
                    writer.write(head.encode("utf-8"))
                    for start in range(0, placed.table.rows, CHUNK):
                        stop = min(placed.table.rows, start + CHUNK)
                        writer.write(encoded.rows_xml(start, stop, placed.first_row + start).encode("utf-8"))
                        done += stop - start
                        report(done / total, info.filename)
                    writer.write(tail.encode("utf-8"))
            if self.strings:
                self._write_strings(dst)

    def _write_strings(self, dst: zipfile.ZipFile) -> None:
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
                      f'count="{self.string_refs}" uniqueCount="{len(self.strings)}">'.encode("utf-8"))
            texts = list(self.strings)
            for start in range(0, len(texts), CHUNK):
                out.write("".join(f'<si><t xml:space="preserve">{t}</t></si>'
                                  for t in texts[start:start + CHUNK]).encode("utf-8"))
            out.write(b"</sst>")


class _Behind:
    """Writes (so compresses) each chunk in a thread while the next one is encoded: zlib releases
    the GIL, so on two cores compressing costs no wall time. One chunk in flight at a time."""

    def __init__(self, out):
        self.out, self.pool, self.pending = out, ThreadPoolExecutor(1), None

    def write(self, data: bytes) -> None:
        self.flush()
        self.pending = self.pool.submit(self.out.write, data)

    def flush(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> "_Behind":
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.flush()
        finally:
            self.pool.shutdown(wait=True)


def writer_text(value: object) -> str:
    """Text for XlsxWriter's own cells (headers, the summary, comments, titles): the safe text of
    :func:`core.safe_output.text.safe_text` before its escapes, which XlsxWriter makes itself
    (control characters as ``_xHHHH_``, a literal ``_xHHHH_`` with its underscore escaped)."""
    text = value if isinstance(value, str) else str(value)
    return _NONCHARACTERS.sub("", text[:EXCEL_CELL_LIMIT])


def _split(xml: str, placed: Placed) -> tuple[str, list[str | None], str]:
    """(sheet XML before the placeholder row, the style of each column, XML after it)."""
    match = re.search(rf'<row r="{placed.first_row}"[^>]*>.*?</row>', xml, re.S)
    if match is None:
        raise ValueError(f"no placeholder row in sheet {placed.sheet.name!r}")
    found = {m.group(1): m.group(2) for m in _CELL.finditer(match.group(0))}
    styles = [found.get(xl_col_to_name(j)) for j in range(placed.width)]
    ref = f"A1:{xl_col_to_name(max(0, placed.width - 1))}{placed.last_row}"
    head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="{ref}"/>', xml[:match.start()], count=1)
    return head, styles, xml[match.end():]


def column_widths(headers: list[str], table: Table, formats: list[str | None],
                  sample: int = 2000) -> list[float]:
    """Column widths from content: the widest value of an even sample of rows, or what the
    header needs to wrap (between words) on at most two lines; between 6 and 60 characters."""
    n = table.rows
    at = np.unique(np.linspace(0, n - 1, min(n, sample)).astype(int)) if n else np.array([], int)
    widths = []
    for header, column, kind, fmt in zip(headers, table.columns, table.kinds, formats):
        values = (column[at] if isinstance(column, (np.ndarray, Rounded))
                  else [column[i] for i in at.tolist()])
        if kind == DATE:
            content = 10
        elif kind == NUMBER:
            numbers = floats(values)
            numbers = numbers[np.isfinite(numbers)]
            content = max([_shown(float(v), fmt) for v in (numbers.min(), numbers.max())] if len(numbers) else [1])
        else:
            content = max([len(str(v)) for v in values if clean(v) is not None] + [1])
        words = max([len(w) for w in str(header).split()] + [(len(str(header)) + 1) // 2])  # <= 2 lines
        widths.append(float(min(60, max(6, content + 2, words + 2))))
    return widths


def _shown(value: float, fmt: str | None) -> int:
    """About how many characters ``value`` takes in number format ``fmt``."""
    if fmt and fmt.endswith("%"):
        return len(f"{value * 100:.0f}") + 1
    if not fmt:
        return min(11, len(number_text(value)))
    decimals = len(fmt.split(".")[1]) if "." in fmt else 0
    return len(f"{value:{',' if ',' in fmt else ''}.{decimals}f}")
