"""More hostile and awkward files for the corpus tests (complements :mod:`hostile_files`).

Everything is generated in a pytest ``tmp_path``; no binary blobs. Giant sheets are written as
sheet XML streamed straight into the zip (a sheet spanning 1,048,576 rows costs milliseconds).
:func:`no_hang` guards a test against hanging.
"""
from __future__ import annotations

import contextlib
import faulthandler
import random
import signal
import sqlite3
import sys
import threading
import zipfile
from pathlib import Path
from typing import Iterable, Iterator
from xml.sax.saxutils import escape

from openpyxl import Workbook

import hostile_files as hf
from core.sheetextent import column_number
from hostile_files import CONTENT_TYPES, XLSX_MAIN

MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def letter(n: int) -> str:
    """Excel column letters of the 1-based column ``n`` (1 -> A, 16384 -> XFD)."""
    text = ""
    while n:
        n, rem = divmod(n - 1, 26)
        text = chr(65 + rem) + text
    assert column_number(text) > 0
    return text


class Formula(str):
    """A cell formula (without the ``=``) saved with no cached value, as scripts write them."""


def _cell(ref: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    if isinstance(value, Formula):
        return f'<c r="{ref}"><f>{escape(value)}</f></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_excel_text(value)}</t></is></c>'


def _excel_text(value: object) -> str:
    """XML text as Excel writes it: control characters (and CR, which XML would turn into LF)
    escaped as ``_x000D_``."""
    return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 32 and ch not in "\t\n" else ch
                   for ch in escape(str(value)))


def stream_xlsx(path: Path, rows: Iterable[tuple[int, list[object]]], dimension: str | None = None,
                sheet: str = "Hoja1") -> Path:
    """An xlsx whose one sheet holds ``rows`` = (Excel row number, values from column A), the
    XML written row by row into the zip (cheap for a million rows). :class:`Formula` values
    become formulas without a cached value; other strings are literal text."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _package(zf, sheet)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}">'
            if dimension:
                head += f'<dimension ref="{dimension}"/>'
            member.write((head + "<sheetData>").encode())
            buffer: list[str] = []
            for number, values in rows:
                cells = "".join(_cell(f"{letter(j)}{number}", v) for j, v in enumerate(values, 1))
                buffer.append(f'<row r="{number}">{cells}</row>')
                if len(buffer) >= 4096:
                    member.write("".join(buffer).encode())
                    buffer.clear()
            member.write(("".join(buffer) + "</sheetData></worksheet>").encode())
    return path


def _package(zf: zipfile.ZipFile, sheet: str) -> None:
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="xl/workbook.xml", ctype=XLSX_MAIN))
    zf.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    zf.writestr("xl/workbook.xml", f'<workbook xmlns="{_NS}" xmlns:r="{rel}"><sheets><sheet '
                f'name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship '
                f'Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def table_xlsx(path: Path, table: list[list[object]], sheet: str = "Hoja1") -> Path:
    """A small table written by :func:`stream_xlsx` (keeps control characters openpyxl refuses)."""
    return stream_xlsx(path, ((i, row) for i, row in enumerate(table, 1)), sheet=sheet)


def bottom_cell_xlsx(path: Path, header: list[object], answers: list[list[object]]) -> Path:
    """Header + answers and one stray value at the very last row (A1048576)."""
    rows = [(1, header)] + [(i, r) for i, r in enumerate(answers, 2)] + [(MAX_ROWS, ["fin"])]
    return stream_xlsx(path, rows, dimension=f"A1:{letter(len(header))}{MAX_ROWS}")


def full_width_xlsx(path: Path, header: list[object], answers: list[list[object]]) -> Path:
    """The header padded with distinct junk headers out to column XFD (16,384 columns), answers too."""
    pad = MAX_COLUMNS - len(header)
    wide = [header + [f"extra {j}" for j in range(pad)]]
    wide += [row + [None] * (len(header) - len(row)) + [j % 7 for j in range(pad)] for row in answers]
    return stream_xlsx(path, ((i, r) for i, r in enumerate(wide, 1)), dimension=f"A1:XFD{len(wide)}")


def merged_header_xlsx(path: Path, header: list[str], answers: list[list[object]]) -> Path:
    """A title merged across the top, then the header where the first two headers are one
    merged cell (only its top-left cell holds text, as Excel stores merges)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Diagnóstico 2026 — Programa de proveedores"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for row in answers:
        ws.append(row)
    ws.merge_cells("A2:B2")            # clears B2: the company name header is lost
    wb.save(path)
    return path


def corrupted_member_xlsx(source: Path, path: Path) -> Path:
    """A genuine workbook whose sheet member has bytes overwritten in its compressed data (the
    zip directory is intact; the CRC no longer matches)."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start + 10, start + min(info.compress_size - 2, 60)):
        data[k] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def random_bytes(path: Path, size: int = 4096, seed: int = 9, prefix: bytes = b"") -> Path:
    rng = random.Random(seed)
    path.write_bytes(prefix + bytes(rng.getrandbits(8) for _ in range(size)))
    return path


def truncated_copy(source: Path, path: Path, fraction: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def with_user_version(source: Path, path: Path, version: int) -> Path:
    """A copy of a project file claiming schema ``version`` (as a newer Encadena would write)."""
    path.write_bytes(source.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


def plain_sqlite(path: Path) -> Path:
    """A valid SQLite database that is not an Encadena project."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hola')")
    conn.commit()
    conn.close()
    return path


def database_dump(path: Path) -> str:
    """Every table's rows as text (schema and data), to compare a project before and after."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def _nul_csv(folder: Path) -> Path:
    path = folder / "nul.csv"
    path.write_bytes(b"company_id,mgmt_01\nS1,A\x00B\n")
    return path


def _corrupted(folder: Path) -> Path:
    wb = Workbook()
    wb.active.append(["type", "name"])
    wb.save(folder / "ok.xlsx")
    return corrupted_member_xlsx(folder / "ok.xlsx", folder / "bad.xlsx")


# Files no reader may open, for any importer: name -> (builder, message code, English phrase).
FILE_REFUSALS = {
    "zip bomb": (hf.zip_bomb_xlsx, "zip_bomb", "compression bombs"),
    "xml entity expansion": (hf.entity_bomb_xlsx, "corrupt_file", "unrecognized entity"),
    "truncated zip": (hf.truncated_xlsx, "corrupt_file", "damaged or incomplete"),
    "corrupted zip member": (_corrupted, "corrupt_file", "damaged or incomplete"),
    "password protected": (hf.encrypted_ooxml, "password_protected", "protected with a password"),
    "docx renamed": (hf.docx_renamed, "not_a_spreadsheet", "DOCX (Word)"),
    "pdf renamed": (hf.pdf_renamed, "not_a_spreadsheet", "its content is PDF"),
    "word 97 renamed .xls": (hf.ole2_word, "not_a_spreadsheet", "DOC (Word 97-2003)"),
    "html as xls": (hf.html_as_xls, "html_not_spreadsheet", "not a real workbook but HTML"),
    "empty file": (hf.empty_file, "empty_file", "is empty (0 bytes)"),
    "sparse grid to XFD1048576": (hf.sparse_grid_xlsx, "too_many_cells", "17,179,869,184 cells"),
    "ods repeat bomb": (hf.ods_repeat_bomb, "too_many_cells", "16,000,000,000 cells"),
    "csv with a NUL byte": (_nul_csv, "not_a_spreadsheet", "binary"),
}


@contextlib.contextmanager
def no_hang(seconds: float = 60) -> Iterator[None]:
    """Fail with TimeoutError if the body runs longer than ``seconds`` (checked whenever Python
    code runs); if native code never returns, dump every thread's stack and end the process
    after twice that, so that ``make test`` reports a hang instead of waiting forever."""
    if sys.platform.startswith("win") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeoutError(f"no answer after {seconds} s: a hang")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(2 * seconds, exit=True)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()
