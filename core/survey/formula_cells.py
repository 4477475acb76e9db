"""Survey cells holding a formula saved without a value (they read as blank answers).

Scanning the sheet XML costs 0.6-0.7 s CPU per 100 MB of XML (measured: 0.02 s for 1,000
responses x 60 items, 0.2 s for 10,000, 1.8 s for the 300 MB sheet of 100,000: ~15 % of the
bare calamine read, which would break the 1.5x budget of ``encadena score``), so the import
scans only when it is cheap or suspicious:

- the sheet XML is at most :data:`SCAN_BYTES` (20 MB, ~7,000 responses x 60 items: < 0.15 s), or
- a matched item column is blank in every data row (what a column of uncalculated formulas
  looks like).

Only the columns matched to toolkit items are reported, one :class:`CellError` per cell (code
``formula_without_value``, value = the formula text): a formula in an unmatched, metadata,
company id or company name column is not reported (those columns are not scored; their cells
read as blank, as before). In strict mode these errors refuse the import like any other.
xls/xlsb/ods/csv files are never scanned.
"""
from __future__ import annotations

import re
from pathlib import Path

from core.formulacheck import formula_cells_without_value, sheet_xml_size
from core.messages import message
from core.survey.model import CellError

SCAN_BYTES = 20 << 20
SCANNED_FORMATS = ("xlsx", "xlsm")
_REF = re.compile(r"([A-Z]{1,3})(\d{1,7})")


def should_scan(path: Path, sheet: str, source_format: str, blank_item_column: bool) -> bool:
    """Whether the formula scan is worth its cost for this sheet (see the module doc)."""
    if source_format not in SCANNED_FORMATS:
        return False
    if blank_item_column:
        return True
    size = sheet_xml_size(path, sheet)
    return size is not None and size <= SCAN_BYTES


def formula_errors(path: Path, sheet: str, header_row: int, items: dict[str, str]) -> list[CellError]:
    """Cell errors for the formulas without value below ``header_row`` (Excel row) in the
    columns of ``items`` (Excel letter -> item name), in sheet order."""
    found = formula_cells_without_value(path, sheet)
    errors = []
    for ref, text in found:
        parts = _REF.fullmatch(ref)
        if not parts or parts.group(1) not in items or int(parts.group(2)) <= header_row:
            continue
        item = items[parts.group(1)]
        params = {"item": item, "value": text, "cells": ref, "count": len(found), "sheet": sheet,
                  "path": path.name}
        errors.append(CellError(sheet, int(parts.group(2)), parts.group(1), item, text,
                                "formula_without_value", message("formula_without_value", "en", **params),
                                params))
    return errors
