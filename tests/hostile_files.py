"""Builders of hostile, mislabelled and awkward spreadsheet files for tests (all cheap: < 0.3 s).

Each function writes one file into ``folder`` (a pytest ``tmp_path``) and returns its path.
Other test modules may use them to check that their importers surface the file layer's codes.
"""
from __future__ import annotations

import datetime as dt
import struct
import zipfile
from pathlib import Path

from openpyxl import Workbook

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/{part}" ContentType="{ctype}"/></Types>')
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def survey_xlsx(folder: Path, name: str = "survey.xlsx", rows: int = 3,
                sheets: tuple[str, ...] = ("Respuestas",)) -> Path:
    """A small genuine workbook: header + ``rows`` answers (text, int, float, date, blank)."""
    wb = Workbook()
    wb.remove(wb.active)
    for title in sheets:
        ws = wb.create_sheet(title)
        ws.append(["company_id", "empresa", "q1", "q2", "fecha", "nota"])
        for i in range(rows):
            ws.append([f"C{i + 1}", f"Empresa {i + 1}", i, 2.5 + i, dt.datetime(2026, 3, 1) + dt.timedelta(days=i), None])
    path = folder / name
    wb.save(path)
    return path


def formula_without_value_xlsx(folder: Path) -> Path:
    """A workbook written by a script: a formula whose value was never calculated."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws.append(["a", "b", "total"])
    ws.append([1, 2, "=A2+B2"])
    path = folder / "formula.xlsx"
    wb.save(path)
    return path


def xlsm_from_xlsx(folder: Path) -> Path:
    """A macro-enabled workbook (content type changed; no VBA needed to read it)."""
    return _retyped(survey_xlsx(folder, "src.xlsx"), folder / "macros.xlsm", XLSX_MAIN, XLSM_MAIN)


def renamed(path: Path, new_name: str) -> Path:
    """``path`` copied under another name (e.g. an .xlsx saved as .xls)."""
    target = path.with_name(new_name)
    target.write_bytes(path.read_bytes())
    return target


def zip_bomb_xlsx(folder: Path, megabytes: int = 24) -> Path:
    """An 'xlsx' whose sheet is ``megabytes`` MB of zeros (compresses ~1000:1), written in chunks."""
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="xl/workbook.xml", ctype=XLSX_MAIN))
        with zf.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"0" * (1 << 20)
            for _ in range(megabytes):
                member.write(block)
    return path


def many_members_zip(folder: Path, members: int = 50) -> Path:
    """An 'xlsx' with many tiny members (a member-count bomb in miniature)."""
    path = folder / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="xl/workbook.xml", ctype=XLSX_MAIN))
        for i in range(members):
            zf.writestr(f"xl/media/m{i}.bin", b"x")
    return path


def sparse_grid_xlsx(folder: Path, far_cell: str = "XFD1048576", dimension: str | None = None,
                     name: str = "sparse.xlsx", padding: int = 0) -> Path:
    """A tiny workbook with values at A1 and ``far_cell``: calamine would build a dense grid
    spanning both (17 billion cells for XFD1048576). ``dimension`` writes a (possibly lying)
    ``<dimension ref>``; ``padding`` adds that many bytes of XML comment to grow the member."""
    row = int("".join(ch for ch in far_cell if ch.isdigit()))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    pad = f"<!--{'p' * padding}-->" if padding else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'{dim}{pad}<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        f'<row r="{row}"><c r="{far_cell}"><v>2</v></c></row></sheetData></worksheet>')
    return _minimal_xlsx(folder / name, sheet)


def entity_bomb_xlsx(folder: Path) -> Path:
    """A sheet declaring nested XML entities ("billion laughs", kept tiny here)."""
    lol2 = "&lol;" * 10
    lol3 = "&lol2;" * 10
    sheet = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
             f'<!ENTITY lol2 "{lol2}"><!ENTITY lol3 "{lol3}">]>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>')
    return _minimal_xlsx(folder / "laughs.xlsx", sheet)


def encrypted_ooxml(folder: Path, name: str = "locked.xlsx") -> Path:
    """What Excel writes for a password-protected workbook: an OLE2 container whose directory
    holds ``EncryptionInfo`` and ``EncryptedPackage`` streams (a stub, not real encryption)."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHH", header, 24, 0x3E, 3, 0xFFFE)   # minor, major version, byte order
    struct.pack_into("<H", header, 30, 9)                   # 512-byte sectors
    directory = b"".join(_dir_entry(n) for n in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path = folder / name
    path.write_bytes(bytes(header) + directory.ljust(512, b"\0") + b"\0" * 1024)
    return path


def ole2_word(folder: Path, name: str = "informe.xls") -> Path:
    """A Word 97-2003 document renamed .xls (OLE2 with a ``WordDocument`` stream)."""
    path = encrypted_ooxml(folder, name)
    data = path.read_bytes()
    for old in ("EncryptionInfo", "EncryptedPackage"):
        data = data.replace(old.encode("utf-16-le"), "WordDocument".ljust(len(old), "_").encode("utf-16-le"))
    path.write_bytes(data)
    return path


def html_as_xls(folder: Path) -> Path:
    """A web-page 'export' saved as .xls, as many web systems produce."""
    path = folder / "export.xls"
    path.write_text('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><table>'
                    "<tr><td>company_id</td><td>q1</td></tr><tr><td>C1</td><td>3</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    return path


def docx_renamed(folder: Path) -> Path:
    """A Word .docx renamed .xlsx."""
    path = folder / "report.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="word/document.xml", ctype=DOCX_MAIN))
        zf.writestr("word/document.xml", "<w:document/>")
    return path


def pdf_renamed(folder: Path) -> Path:
    """A PDF renamed .xlsx."""
    path = folder / "scan.xlsx"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def truncated_xlsx(folder: Path) -> Path:
    """A genuine workbook cut in half (an interrupted download or copy)."""
    data = survey_xlsx(folder, "whole.xlsx", rows=50).read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def empty_file(folder: Path, name: str = "empty.xlsx") -> Path:
    path = folder / name
    path.write_bytes(b"")
    return path


def csv_file(folder: Path, text: str, encoding: str = "utf-8", name: str = "respuestas.csv") -> Path:
    """A CSV with ``text`` encoded as ``encoding`` (``utf-8-sig`` writes a BOM)."""
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


ODS_FILLER = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
              'table:number-columns-repeated="1024"/></table:table-row>')   # as LibreOffice ends a sheet


def ods_repeat_bomb(folder: Path, rows: int = 1_000_000, columns: int = 16_000) -> Path:
    """A tiny ods whose one valued cell is repeated ``columns`` times in a row repeated ``rows`` times."""
    cell = (f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="float" '
            'office:value="1"><text:p>1</text:p></table:table-cell>')
    return ods_file(folder, "bomb.ods",
                    extra_rows=f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>')


def ods_file(folder: Path, name: str = "datos.ods", extra_rows: str = ODS_FILLER) -> Path:
    """A minimal OpenDocument spreadsheet (written by hand: no odfpy in the environment)."""
    cells = "".join
    header = cells(f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
                   for h in ("company_id", "q1", "nota"))
    row = ('<table:table-cell office:value-type="string"><text:p>C1</text:p></table:table-cell>'
           '<table:table-cell office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>'
           '<table:table-cell office:value-type="string"><text:p>Año bueno</text:p></table:table-cell>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Datos">'
        f"<table:table-row>{header}</table:table-row><table:table-row>{row}</table:table-row>{extra_rows}"
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return path


def _minimal_xlsx(path: Path, sheet_xml: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES.format(part="xl/workbook.xml", ctype=XLSX_MAIN))
        zf.writestr("_rels/.rels",
                    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
                    ' Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/workbook.xml",
                    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxml'
                    'formats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships"><sheets><sheet name="Hoja1" sheetId="1" '
                    'r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
                    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
                    ' Target="worksheets/sheet1.xml"/></Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def _retyped(source: Path, target: Path, old: str, new: str) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(old.encode(), new.encode())
            dst.writestr(info.filename, data)
    return target


def _dir_entry(name: str) -> bytes:
    """A 128-byte OLE2 directory entry carrying just the UTF-16LE name (enough for sniffing)."""
    raw = name.encode("utf-16-le") + b"\0\0"
    entry = bytearray(128)
    entry[: len(raw)] = raw
    struct.pack_into("<H", entry, 64, len(raw))
    entry[66] = 5 if name == "Root Entry" else 2
    return bytes(entry)
