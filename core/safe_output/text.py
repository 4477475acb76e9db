"""Text that is safe in every spreadsheet cell we write.

xlsx: XML 1.0 cannot hold C0 control characters (except tab and newline), U+FFFE, U+FFFF or lone
surrogates; a CR would silently become LF. Control characters and CR are escaped the way Excel
writes them (``_x0002_``), a literal ``_xHHHH_`` gets its underscore escaped (``_x005F_``) so it
reads back unchanged, and the non-characters are removed. Excel refuses cells longer than
32,767 characters, so longer text is cut. The string type itself (never a formula) is forced by
the cell writers in :mod:`core.reports.safe_cells`.

CSV: text a spreadsheet would read as a formula (starting with ``= + - @``, tab or CR, also after
leading spaces) gets a leading ``'``; NUL and the non-characters are removed; numbers stay numbers.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, time

EXCEL_CELL_LIMIT = 32_767
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NONCHARACTERS = re.compile("[\ufffe\uffff\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")          # \r included; \t and \n are fine in XML
_LITERAL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_PARTIAL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{0,4})?$")


def _plain(value: object) -> object:
    """NaN / NA -> None; numpy scalars -> Python values."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError, TypeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        import pandas as pd
        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value


def safe_text(value: object) -> str:
    """``value`` as text an xlsx cell can hold and that reads back as written (see module doc)."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[:EXCEL_CELL_LIMIT]
    text = _NONCHARACTERS.sub("", text)
    if "_x" in text:
        text = _LITERAL_ESCAPE.sub(r"_x005F_\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if len(text) > EXCEL_CELL_LIMIT:             # the escapes made it longer: cut at an escape's edge
        text = _PARTIAL_ESCAPE.sub("", text[:EXCEL_CELL_LIMIT])
    return text


def xlsx_value(value: object) -> object:
    """A value for an xlsx cell: numbers, booleans and dates as they are (infinite -> empty),
    everything else as :func:`safe_text`."""
    value = _plain(value)
    if value is None or isinstance(value, (bool, datetime, date, time)):
        return value
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else None
    return safe_text(value)


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet program could take ``text`` for a formula."""
    return text.startswith(TRIGGERS) or text.lstrip(" \u00a0").startswith(TRIGGERS[:4])


def safe_csv_field(value: object) -> object:
    """A value for ``csv.writer`` / pandas: "" for none, numbers unchanged, text neutralised."""
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else ""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    text = _NONCHARACTERS.sub("", value if isinstance(value, str) else str(value)).replace("\x00", "")
    return "'" + text if is_formula_like(text) else text
