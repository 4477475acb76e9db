"""Reading the cells of a follow-up workbook: numbers, dates, text, statuses, directions.

Each parser takes a raw cell as :mod:`core.workbook` gives it and returns the value, or raises
:class:`CellValueError` with a code and parameters for the cell-precise error report.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from core.plans.followup_layout import DIRECTION_LABELS, fold
from core.plans.messages import status_labels
from core.plans.model import ACTION_STATUSES
from core.workbook import is_empty

STATUS_BY_TEXT = {fold(t): code for code in ACTION_STATUSES
                  for t in [code, code.replace("_", " "), *status_labels(code).values()]}
DIRECTION_BY_TEXT = {fold(t): code for code, labels in DIRECTION_LABELS.items()
                     for t in [code, *labels.values()]}


class CellValueError(Exception):
    """A cell that cannot be used: ``code`` and ``params`` for the problem report."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params


def same_number(a: float | None, b: float | None) -> bool:
    """Equal within rounding (70 read back from a '% programme' cell is the stored 0.7 x 100)."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


THOUSANDS = {",": re.compile(r"^[-+]?\d{1,3}(,\d{3})+$"), ".": re.compile(r"^[-+]?\d{1,3}(\.\d{3})+$")}


def parse_number(value: object, decimal_comma: bool | None = None) -> float | None:
    """A cell as a number: numeric cells, or text such as '1.234,5', '1,234.5', '12,5', '75%'.

    With both separators the last one is the decimal one. With one only, ``decimal_comma``
    (the programme's number format) settles '1,234' and '1.234': thousands when they look like
    thousands in that format; without it a lone separator is decimal.
    """
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellValueError("followup_not_a_number", value=value)
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if "," in text and "." in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        text = text.replace("," if decimal == "." else ".", "").replace(",", ".")
    elif "," in text:
        grouped = decimal_comma is False and THOUSANDS[","].match(text)
        text = text.replace(",", "" if grouped else ".")
    elif "." in text and decimal_comma and THOUSANDS["."].match(text):
        text = text.replace(".", "")
    try:
        return float(text)
    except ValueError:
        raise CellValueError("followup_not_a_number", value=value) from None


def parse_date(value: object) -> date | None:
    """A cell as a date: date cells, or text YYYY-MM-DD or DD/MM/YYYY."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    raise CellValueError("followup_not_a_date", value=value)


def cell_text(value: object) -> str:
    """A cell as text ('' when empty; a whole float without its '.0')."""
    if is_empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def status(raw: object) -> str | None:
    """A status code from its code or label in any language; empty: unchanged (None)."""
    if is_empty(raw):
        return None
    code = STATUS_BY_TEXT.get(fold(raw))
    if code is None:
        raise CellValueError("followup_bad_status", value=raw)
    return code


def ranged(parse, low: float, high: float, scale: float = 1.0):
    """``parse`` refusing values outside [low, high], then divided by ``scale`` (% -> fraction)."""
    def inner(raw):
        value = parse(raw)
        if value is not None and not low <= value <= high:
            raise CellValueError("followup_out_of_range", value=value, low=low, high=high)
        return None if value is None else value / scale
    return inner


def required_text(raw: object) -> str:
    """Text that must not be empty (an action's title, a KPI's name)."""
    text = cell_text(raw)
    if not text.strip():
        raise CellValueError("followup_required", value=raw)
    return text


def direction(raw: object) -> str:
    """``higher`` or ``lower`` from the code or its label in any language."""
    code = DIRECTION_BY_TEXT.get(fold(raw)) if not is_empty(raw) else None
    if code is None:
        raise CellValueError("followup_bad_direction", value=raw)
    return code
