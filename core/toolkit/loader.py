"""Loading and validating a toolkit workbook (spec ``toolkits-and-scoring.md`` section 1).

:func:`load_toolkit` reads the five sheets, checks every rule and either returns a
:class:`~core.toolkit.model.Toolkit` or raises ``UserInputError("invalid_toolkit")`` listing
*every* problem found, each with its sheet, Excel row and column letter. What the loader does
where the contract is silent is written down in ``resources/toolkits/VALIDATION.md``.

A formula saved without a value (a workbook written by a script, never opened in Excel) reads
as a blank cell, so a weight ``=1+1`` would silently become the default: every such cell of the
five toolkit sheets is listed as a ``formula_without_value`` problem (toolkits are small, so the
check always runs).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from core.errors import Problem, UserInputError
from core.formulacheck import formula_problems
from core.toolkit import toolkit_messages  # noqa: F401  (registers the message templates)
from core.toolkit.cells import Table
from core.toolkit.model import DEFAULT_LANGUAGE_KEY, Area, Item, Toolkit
from core.toolkit.sheets import read_areas, read_bands, read_choices, read_settings
from core.toolkit.survey_sheet import SurveyReader
from core.workbook import Sheet, read_all_sheets

SHEETS = ("survey", "choices", "settings", "areas", "bands")
REQUIRED_SHEETS = ("survey", "areas", "bands", "settings")   # choices: only for select questions
REQUIRED_COLUMNS = {"survey": ("type", "name"), "choices": ("list_name", "name"),
                    "areas": ("name",), "bands": ("name", "min"), "settings": ()}


def load_toolkit(source: str | Path | bytes) -> Toolkit:
    """Load and validate a toolkit from a workbook path or the workbook's bytes.

    Raises ``UserInputError("invalid_toolkit", problems=[...])`` naming every problem, or the
    reader's own errors (``file_not_found``, ``unreadable_workbook``, ...) when the file cannot
    be read at all.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        fallback_id, origin = None, "(bytes)"
        sheets, problems = _read_bytes(data, origin)
    else:
        path = Path(source)
        if not path.is_file():
            raise UserInputError("file_not_found", path=str(path))
        sheets = read_all_sheets(path)       # first: the reader refuses hostile files unread
        data = path.read_bytes()
        fallback_id, origin = path.stem, str(path)
        problems = _formula_problems(path, sheets, origin)
    if any(getattr(sheet, "source_format", "") == "csv" for sheet in sheets.values()):
        # The reader accepts text files as one-sheet tables; a toolkit needs a real workbook.
        raise UserInputError("toolkit_not_a_workbook", path=origin)
    toolkit = build_toolkit(sheets, fallback_id, problems)
    if toolkit is not None and toolkit.id != fallback_id:     # an id the workbook states itself
        from core.toolkit.registry import check_toolkit_id
        check_toolkit_id(toolkit.id)
    if problems or toolkit is None:
        raise UserInputError("invalid_toolkit", problems=problems, source=origin,
                             count=len(problems))
    toolkit.sha256 = hashlib.sha256(data).hexdigest()
    toolkit.source_bytes = data
    return toolkit


def build_toolkit(sheets: dict[str, Sheet], fallback_id: str | None,
                  problems: list[Problem]) -> Toolkit | None:
    """The toolkit in ``sheets``, or None when any problem was appended to ``problems``."""
    tables = _tables(sheets, problems)
    settings = read_settings(tables.get("settings"), fallback_id, problems)
    lists = read_choices(tables.get("choices"), problems)
    areas = read_areas(tables.get("areas"), problems)
    bands = read_bands(tables.get("bands"), problems)
    items: list[Item] = []
    if tables.get("survey") is not None:
        reader = SurveyReader(tables["survey"], lists, {a.name for a in areas},
                              choices_present=tables.get("choices") is not None)
        items = reader.read()
        problems.extend(reader.problems)
        if reader.needs_choices and "choices" not in tables:
            problems.append(Problem("toolkit_missing_sheet", params={"sheet": "choices"}))
        _check_areas_used(tables, areas, items, problems)
    if problems:
        return None
    return Toolkit(id=settings.id, version=settings.version, title=settings.title,
                   default_language=settings.default_language,
                   languages=_languages(tables, settings.default_language), items=items,
                   lists=lists, areas=areas, bands=bands, min_coverage=settings.min_coverage,
                   top_n=settings.top_n)


def _tables(sheets: dict[str, Sheet], problems: list[Problem]) -> dict[str, Table | None]:
    """The five sheets by canonical name; None for a sheet present but missing a column."""
    by_key = {name.strip().casefold(): sheet for name, sheet in sheets.items()}
    tables: dict[str, Table | None] = {}
    for key in SHEETS:
        if key not in by_key:
            if key in REQUIRED_SHEETS:
                problems.append(Problem("toolkit_missing_sheet", params={"sheet": key}))
            continue
        table = Table.from_sheet(by_key[key])
        problems.extend(table.problems)
        missing = [c for c in REQUIRED_COLUMNS[key] if not table.has(c)]
        for column in missing:
            problems.append(Problem("toolkit_missing_column", table.sheet, 1, None,
                                    {"column": column}))
        tables[key] = None if missing else table
    return tables


def _check_areas_used(tables: dict, areas: list[Area], items: list[Item],
                      problems: list[Problem]) -> None:
    used = {it.area for it in items if it.area is not None}
    if not used:
        problems.append(Problem("nothing_scored", tables["survey"].sheet))
        return
    table = tables.get("areas")
    for area in areas:
        if area.name not in used:
            problems.append(Problem("empty_area", table.sheet, area.row, table.letter("name"),
                                    {"area": area.name}))


def _languages(tables: dict[str, Table | None], default_language: str | None) -> list[str]:
    """Language keys of every label column, the default language first."""
    found: list[str] = []
    for key in ("survey", "choices", "areas", "bands"):
        table = tables.get(key)
        for language in table.languages() if table else []:
            if default_language and language == DEFAULT_LANGUAGE_KEY:
                language = default_language      # a plain label is in the default language
            if language not in found:
                found.append(language)
    first = default_language if default_language in found else DEFAULT_LANGUAGE_KEY
    if first in found:
        found.remove(first)
        found.insert(0, first)
    return found


def _formula_problems(path: str | Path, sheets: dict[str, Sheet], origin: str) -> list[Problem]:
    """Formulas without a value anywhere in the toolkit's own sheets (xlsx/xlsm only)."""
    problems: list[Problem] = []
    for name, sheet in sheets.items():
        if name.strip().casefold() in SHEETS and sheet.source_format in ("xlsx", "xlsm"):
            problems.extend(formula_problems(path, name, shown_path=origin))
    return problems


def _read_bytes(data: bytes, origin: str) -> tuple[dict[str, Sheet], list[Problem]]:
    # The workbook reader (and its safety checks) works on paths, so go through a temp file;
    # it is closed before reading because Windows cannot open a file that is still open.
    handle, name = tempfile.mkstemp(prefix="encadena-toolkit-", suffix=_suffix_for(data))
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        sheets = read_all_sheets(name)
        return sheets, _formula_problems(name, sheets, origin)
    finally:
        try:
            os.unlink(name)
        except OSError:
            pass


def _suffix_for(data: bytes) -> str:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return ".xls"
    if data[:2] == b"PK" and b"application/vnd.oasis.opendocument.spreadsheet" in data[:200]:
        return ".ods"
    return ".xlsx"
