"""Find formula cells saved without a value (they read as empty).

Workbooks written by scripts (openpyxl, some exporters) store formulas but never calculate
them; calamine then returns "" for those cells. Call :func:`formulas_without_value` on demand,
e.g. when a column the user mapped comes back empty: it decompresses the sheet once (about
0.1 s per 30 MB of sheet XML), so the normal read path never pays for it.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from core.errors import UserInputError
from core.filesafety import DEFAULT_LIMITS, check_zip_bomb
from core.sheetextent import xlsx_sheet_members
from core.messages import register

_CELL_REF = re.compile(rb'\br="([A-Z]{1,3}\d{1,7})"')
_HAS_VALUE = re.compile(rb"v>[^<]")
_ROOT = re.compile(rb"<(\w+:)?worksheet\b")

register({"formula_without_value": {
    "en": "{count} formula cells of sheet '{sheet}' in {path} have no saved value (first: {cells}). "
          "The file was written by a program and never calculated: open it in Excel or LibreOffice "
          "and save it again.",
    "es": "{count} celdas con fórmula de la hoja '{sheet}' en {path} no tienen valor guardado "
          "(primeras: {cells}). Un programa escribió el archivo sin calcularlo: ábralo en Excel o "
          "LibreOffice y guárdelo de nuevo.",
    "pt": "{count} células com fórmula da planilha '{sheet}' em {path} não têm valor salvo "
          "(primeiras: {cells}). Um programa gravou o arquivo sem calculá-lo: abra-o no Excel ou no "
          "LibreOffice e salve-o novamente."}})


def formulas_without_value(path: str | Path, sheet: str) -> list[str]:
    """Cell references (``C2``...) of formulas without a cached value in ``sheet`` of an
    xlsx/xlsm workbook; [] for other formats or when the sheet cannot be located."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip_bomb(path, zf.infolist(), DEFAULT_LIMITS)
            member = xlsx_sheet_members(zf).get(sheet)
            if not member:
                return []
            xml = zf.read(member)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError):
        return []
    missing = []
    done = 0
    root = _ROOT.search(xml, 0, 4096)
    prefix = (root.group(1) or b"") if root else b""
    # A literal start ("<f" or "<x:f") lets the regex engine skip ahead: ~4x faster than "<\w*".
    formula = re.compile(b"<" + re.escape(prefix) + rb"f[\s>/]")
    for m in formula.finditer(xml):
        if m.start() < done:
            continue
        start = xml.rfind(b"<" + prefix + b"c", 0, m.start())
        end = xml.find(b"</" + prefix + b"c>", m.end())
        done = end if end >= 0 else len(xml)
        cell = xml[start:done]
        if not _HAS_VALUE.search(cell):
            ref = _CELL_REF.search(cell)
            missing.append(ref.group(1).decode() if ref else "?")
    return missing


def raise_if_formulas_without_value(path: str | Path, sheet: str) -> None:
    """Raise ``formula_without_value`` when ``sheet`` holds uncalculated formulas."""
    cells = formulas_without_value(path, sheet)
    if cells:
        raise UserInputError("formula_without_value", path=str(path), sheet=sheet, count=len(cells),
                             cells=", ".join(cells[:5]))
