"""Reading the values a consultant types (command line or workbench) into stored values.

Each parser takes the field name (for the message) and the text; an unusable value raises
``UserInputError`` naming the field and the value. Blank text means "clear" (None).
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from core.errors import UserInputError
from core.text import normalise

YES = {"yes", "y", "si", "s", "sim", "true", "1", "x"}
NO = {"no", "n", "nao", "false", "0"}
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _blank(text: Any) -> bool:
    return text is None or (isinstance(text, str) and not text.strip())


def parse_text(field: str, text: Any) -> str | None:
    return None if _blank(text) else str(text).strip()


def parse_count(field: str, text: Any) -> int | None:
    """A whole number of 0 or more (employees, jobs)."""
    if _blank(text):
        return None
    try:
        value = float(str(text).strip().replace(" ", ""))
    except ValueError:
        raise UserInputError("setup.bad_count", field=field, value=text) from None
    if value < 0 or not value.is_integer():
        raise UserInputError("setup.bad_count", field=field, value=text)
    return int(value)


def parse_amount(field: str, text: Any) -> float | None:
    """An amount of 0 or more; ``1234.5``, ``1,234.5`` and ``1.234,5`` are all read."""
    if _blank(text):
        return None
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        s = str(text).strip().replace(" ", "")
        if "," in s and "." in s:
            s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
        elif s.count(".") > 1:
            s = s.replace(".", "")
        elif s.count(",") == 1 and len(s.split(",")[1]) != 3:
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
        try:
            value = float(s)
        except ValueError:
            raise UserInputError("setup.bad_amount", field=field, value=text) from None
    if value < 0 or value != value:
        raise UserInputError("setup.bad_amount", field=field, value=text)
    return value


def parse_fraction(field: str, text: Any) -> float | None:
    """A share between 0 and 1; ``40%`` reads as 0.4."""
    if _blank(text):
        return None
    s = str(text).strip()
    percent = s.endswith("%")
    try:
        value = float(s.rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise UserInputError("setup.bad_fraction", field=field, value=text) from None
    if percent:
        value /= 100.0
    if not 0.0 <= value <= 1.0:
        raise UserInputError("setup.bad_fraction", field=field, value=text)
    return value


def parse_year(field: str, text: Any) -> int | None:
    if _blank(text):
        return None
    try:
        value = float(str(text).strip())
    except ValueError:
        raise UserInputError("setup.bad_year", field=field, value=text) from None
    if not value.is_integer() or not 1800 <= value <= date.today().year:
        raise UserInputError("setup.bad_year", field=field, value=text)
    return int(value)


def parse_yes_no(field: str, text: Any) -> int | None:
    """1 for yes, 0 for no (en / es / pt words), None when blank."""
    if _blank(text):
        return None
    if isinstance(text, bool):
        return int(text)
    key = normalise(text)
    if key in YES:
        return 1
    if key in NO:
        return 0
    raise UserInputError("setup.bad_yes_no", field=field, value=text)


def parse_date(field: str, text: Any) -> str | None:
    """An ISO date text from ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (or a date)."""
    if _blank(text):
        return None
    if isinstance(text, date):
        return text.isoformat()[:10]
    s = str(text).strip()
    try:
        return date.fromisoformat(s[:10] if len(s) > 10 and s[10] in "T " else s).isoformat()
    except ValueError:
        pass
    m = _DMY.match(s)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    raise UserInputError("setup.bad_date", field=field, value=text)


Parser = Callable[[str, Any], Any]
