"""Reading the cells of a toolkit workbook: headers, names, numbers, flags and translations.

Spreadsheet cells arrive as Python values from :mod:`core.workbook`; numbers are floats even
when they look like integers, so a name written as ``1`` must come back as ``"1"``, not ``"1.0"``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.errors import Problem
from core.toolkit.model import DEFAULT_LANGUAGE_KEY
from core.workbook import Sheet

_SPACES = re.compile(r"\s+")
_LANGUAGE_CODE = re.compile(r"\(([^()]+)\)\s*$")

# XLSForm column aliases (pyxform accepts these spellings) and our own spelling variants.
COLUMN_ALIASES = {"list name": "list_name", "caption": "label", "color": "colour"}
TRANSLATABLE = ("label", "form_title", "hint")

TRUE_WORDS = frozenset({"yes", "true", "1", "y", "si", "sí", "sim", "x"})
FALSE_WORDS = frozenset({"no", "false", "0", "n", "nao", "não"})


def as_text(value: object) -> str:
    """A cell as text: trimmed, whole floats without ``.0``, empty for a blank cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def as_number(value: object) -> float | None:
    """A cell as a number, or None when it is not one (blank cells are handled by the caller).

    Text such as ``"2.5"`` is accepted, and ``"2,5"`` too (one comma, no point): toolkits are
    typed by hand in Spanish and Portuguese Excel, where a stray text cell uses a decimal comma.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return number if number == number and abs(number) != float("inf") else None
    text = as_text(value)
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def as_flag(value: object) -> bool | None:
    """``yes``/``true``/``1`` -> True, ``no``/``false``/``0``/blank -> False, anything else None."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    word = as_text(value).casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS or word == "":
        return False
    return None


def language_code(text: str) -> str:
    """``English (en)`` -> ``en``; ``Español`` -> ``español``; the code is lower-cased."""
    text = _SPACES.sub(" ", text).strip()
    match = _LANGUAGE_CODE.search(text)
    code = match.group(1) if match else text
    return code.strip().casefold()


def column_key(header: object) -> str:
    """The canonical key of a header: ``Label::English (en)`` -> ``label::en``, ``List Name`` -> ``list_name``."""
    text = _SPACES.sub(" ", as_text(header)).strip()
    base, sep, rest = text.partition("::")
    base = base.strip().casefold()
    base = COLUMN_ALIASES.get(base, base)
    if not sep:
        return base
    if base in TRANSLATABLE:
        return f"{base}::{language_code(rest)}"
    return f"{base}::{rest.strip().casefold()}"


def column_letter(index: int) -> str:
    """0 -> ``A``, 25 -> ``Z``, 26 -> ``AA``."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class Table:
    """One sheet whose first row is a header: cells by canonical column key."""

    sheet: str
    columns: dict[str, int]
    rows: list[tuple[int, list[object]]]       # (Excel row number, cells), blank rows skipped
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def from_sheet(cls, sheet: Sheet) -> "Table":
        header = sheet.rows[0] if sheet.rows else []
        columns: dict[str, int] = {}
        problems: list[Problem] = []
        for index, cell in enumerate(header):
            key = column_key(cell)
            if not key:
                continue
            if key in columns:
                problems.append(Problem("toolkit_duplicate_column", sheet.name, 1, column_letter(index),
                                        {"column": as_text(cell)}))
                continue
            columns[key] = index
        rows = []
        for number, cells in enumerate(sheet.rows[1:], start=2):
            if any(as_text(c) for c in cells):
                rows.append((number, cells))
        return cls(sheet.name, columns, rows, problems)

    def has(self, key: str) -> bool:
        return key in self.columns

    def get(self, cells: list[object], key: str) -> object:
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return None if isinstance(value, str) and not value.strip() else value

    def text(self, cells: list[object], key: str) -> str:
        return as_text(self.get(cells, key))

    def letter(self, key: str) -> str | None:
        index = self.columns.get(key)
        return None if index is None else column_letter(index)

    def languages(self, base: str = "label") -> list[str]:
        """Language keys of the ``base`` columns in column order (plain ``label`` -> default key)."""
        found = []
        for key, _ in sorted(self.columns.items(), key=lambda kv: kv[1]):
            if key == base:
                found.append(DEFAULT_LANGUAGE_KEY)
            elif key.startswith(base + "::"):
                found.append(key[len(base) + 2:])
        return found

    def labels(self, cells: list[object], base: str = "label") -> dict[str, str]:
        """The non-blank translations of ``base`` in this row, by language key."""
        out = {}
        for language in self.languages(base):
            key = base if language == DEFAULT_LANGUAGE_KEY else f"{base}::{language}"
            text = self.text(cells, key)
            if text:
                out[language] = text
        return out

    def score_columns(self) -> list[str]:
        return [k for k in self.columns if k.startswith("score::")]
