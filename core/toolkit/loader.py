"""Loading and validating a toolkit workbook (spec ``toolkits-and-scoring.md`` section 1).

:func:`load_toolkit` reads the five sheets, checks every rule and either returns a
:class:`~core.toolkit.model.Toolkit` or raises ``UserInputError("invalid_toolkit")`` listing
*every* problem found, each with its sheet, Excel row and column letter.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from core.errors import Problem, UserInputError
from core.toolkit import toolkit_messages  # noqa: F401  (registers the message templates)
from core.toolkit.cells import Table, as_number, as_text, language_code
from core.toolkit.model import (DEFAULT_LANGUAGE_KEY, Area, Band, Choice, ChoiceList, Toolkit)
from core.toolkit.survey_sheet import SurveyReader
from core.workbook import Sheet, read_all_sheets

REQUIRED_COLUMNS = {
    "survey": ("type", "name"),
    "choices": ("list_name", "name"),
    "areas": ("name",),
    "bands": ("name", "min"),
    "settings": (),
}
SETTINGS_SCORE_KEYS = ("score::min_coverage", "score::top_n")
DEFAULT_COLOUR = "#888888"


def load_toolkit(source: str | Path | bytes) -> Toolkit:
    """Load and validate a toolkit from a workbook path or the workbook's bytes.

    Raises ``UserInputError("invalid_toolkit", problems=[...])`` naming every problem, or the
    reader's own errors (``file_not_found``, ``unreadable_workbook``) when the file cannot be read.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        sheets = _read_bytes(data)
        fallback_id, origin = None, "(bytes)"
    else:
        path = Path(source)
        if not path.is_file():
            raise UserInputError("file_not_found", path=str(path))
        sheets = read_all_sheets(path)       # first: the reader refuses hostile files unread
        data = path.read_bytes()
        fallback_id, origin = path.stem, str(path)
    if any(getattr(sheet, "source_format", "") == "csv" for sheet in sheets.values()):
        # The reader accepts text files as one-sheet tables; a toolkit needs a real workbook.
        raise UserInputError("toolkit_not_a_workbook", path=origin)
    builder = _ToolkitBuilder(sheets, fallback_id)
    toolkit = builder.build()
    if builder.problems or toolkit is None:
        raise UserInputError("invalid_toolkit", problems=builder.problems, source=origin,
                             count=len(builder.problems))
    toolkit.sha256 = hashlib.sha256(data).hexdigest()
    toolkit.source_bytes = data
    return toolkit


def _read_bytes(data: bytes) -> dict[str, Sheet]:
    # The workbook reader (and its safety checks) works on paths, so go through a temp file;
    # it is closed before reading because Windows cannot open a file that is still open.
    suffix = _suffix_for(data)
    handle, name = tempfile.mkstemp(prefix="encadena-toolkit-", suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        return read_all_sheets(name)
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


class _ToolkitBuilder:
    """Collects the parts of a toolkit and every problem, sheet by sheet."""

    def __init__(self, sheets: dict[str, Sheet], fallback_id: str | None):
        self.problems: list[Problem] = []
        self.fallback_id = fallback_id
        self.tables: dict[str, Table] = {}
        by_key = {name.strip().casefold(): sheet for name, sheet in sheets.items()}
        for key in ("survey", "choices", "settings", "areas", "bands"):
            sheet = by_key.get(key)
            if sheet is None:
                continue
            table = Table.from_sheet(sheet)
            self.problems.extend(table.problems)
            missing = [c for c in REQUIRED_COLUMNS[key] if not table.has(c)]
            for column in missing:
                self.problems.append(Problem("toolkit_missing_column", table.sheet, 1, None,
                                             {"column": column}))
            if not missing:
                self.tables[key] = table
            elif key != "settings":
                self.tables[key] = None  # present but unusable; do not report it as missing

    def missing(self, key: str) -> None:
        self.problems.append(Problem("toolkit_missing_sheet", None, None, None, {"sheet": key}))

    def build(self) -> Toolkit | None:
        for key in ("survey", "areas", "bands", "settings"):
            if key not in self.tables:
                self.missing(key)
        settings = self._settings(self.tables.get("settings"))
        lists = self._choices(self.tables.get("choices"))
        areas = self._areas(self.tables.get("areas"))
        bands = self._bands(self.tables.get("bands"))
        survey = self.tables.get("survey")
        items = []
        if survey is not None:
            reader = SurveyReader(survey, lists, {a.name for a in areas},
                                  choices_present=self.tables.get("choices") is not None)
            items = reader.read()
            self.problems.extend(reader.problems)
            if reader.needs_choices and "choices" not in self.tables:
                self.missing("choices")
            self._check_areas_used(areas, items)
        if self.problems:
            return None
        languages = self._languages(settings["default_language"])
        return Toolkit(id=settings["id"], version=settings["version"], title=settings["title"],
                       default_language=settings["default_language"], languages=languages,
                       items=items, lists=lists, areas=areas, bands=bands,
                       min_coverage=settings["min_coverage"], top_n=settings["top_n"])

    # -- settings ---------------------------------------------------------------------------
    def _settings(self, table: Table | None) -> dict:
        out = {"id": self.fallback_id or "", "version": "", "title": {}, "default_language": None,
               "min_coverage": 0.5, "top_n": 10}
        if table is None:
            return out
        row, cells = table.rows[0] if table.rows else (2, [])
        form_id = table.text(cells, "form_id")
        if form_id:
            out["id"] = form_id
        elif not self.fallback_id:
            self.problems.append(Problem("missing_setting", table.sheet, row, None,
                                         {"setting": "form_id"}))
        out["version"] = table.text(cells, "version")
        out["title"] = table.labels(cells, "form_title")
        default = table.text(cells, "default_language")
        out["default_language"] = language_code(default) if default else None
        coverage = self._setting_number(table, row, cells, "score::min_coverage")
        if coverage is not None:
            if 0.0 <= coverage <= 1.0:
                out["min_coverage"] = coverage
            else:
                self._bad_setting(table, row, "score::min_coverage", cells)
        top_n = self._setting_number(table, row, cells, "score::top_n")
        if top_n is not None:
            if top_n >= 1 and top_n.is_integer():
                out["top_n"] = int(top_n)
            else:
                self._bad_setting(table, row, "score::top_n", cells)
        for key in table.score_columns():
            if key not in SETTINGS_SCORE_KEYS:
                self.problems.append(Problem("unknown_score_column", table.sheet, 1,
                                             table.letter(key), {"column": key}))
        return out

    def _setting_number(self, table: Table, row: int, cells: list, key: str) -> float | None:
        raw = table.get(cells, key)
        if raw is None:
            return None
        number = as_number(raw)
        if number is None:
            self._bad_setting(table, row, key, cells)
        return number

    def _bad_setting(self, table: Table, row: int, key: str, cells: list) -> None:
        self.problems.append(Problem("bad_setting", table.sheet, row, table.letter(key),
                                     {"setting": key, "value": table.text(cells, key)}))

    # -- choices ----------------------------------------------------------------------------
    def _choices(self, table: Table | None) -> dict[str, ChoiceList]:
        if table is None:
            return {}
        collected: dict[str, list[Choice]] = {}
        seen: dict[tuple[str, str], int] = {}
        for row, cells in table.rows:
            list_name, name = table.text(cells, "list_name"), table.text(cells, "name")
            if not list_name or not name:
                key = "list_name" if not list_name else "name"
                self.problems.append(Problem("toolkit_missing_value", table.sheet, row, table.letter(key),
                                             {"column": key}))
                continue
            if (list_name, name) in seen:
                self.problems.append(Problem("duplicate_choice", table.sheet, row,
                                             table.letter("name"),
                                             {"list": list_name, "name": name,
                                              "first_row": seen[(list_name, name)]}))
                continue
            seen[(list_name, name)] = row
            score = None
            raw = table.get(cells, "score")
            if raw is not None:
                score = as_number(raw)
                if score is None:
                    self._not_a_number(table, row, "score", raw)
            collected.setdefault(list_name, []).append(
                Choice(name=name, labels=table.labels(cells), score=score, row=row))
        for key in table.score_columns():
            self.problems.append(Problem("unknown_score_column", table.sheet, 1,
                                         table.letter(key), {"column": key}))
        return {name: ChoiceList(name, tuple(choices)) for name, choices in collected.items()}

    # -- areas and bands --------------------------------------------------------------------
    def _areas(self, table: Table | None) -> list[Area]:
        if table is None:
            return []
        areas, seen = [], {}
        for row, cells in table.rows:
            name = self._unique_name(table, row, cells, seen, "duplicate_area")
            if name is None:
                continue
            weight = 1.0
            raw = table.get(cells, "weight")
            if raw is not None:
                number = as_number(raw)
                if number is None:
                    self._not_a_number(table, row, "weight", raw)
                elif number <= 0:
                    self.problems.append(Problem("non_positive_weight", table.sheet, row,
                                                 table.letter("weight"), {"value": as_text(raw)}))
                else:
                    weight = number
            areas.append(Area(name=name, labels=table.labels(cells), weight=weight, row=row))
        return areas

    def _bands(self, table: Table | None) -> list[Band]:
        if table is None:
            return []
        bands, seen, mins = [], {}, {}
        for row, cells in table.rows:
            name = self._unique_name(table, row, cells, seen, "duplicate_band")
            if name is None:
                continue
            raw = table.get(cells, "min")
            low = as_number(raw) if raw is not None else None
            if raw is None:
                self.problems.append(Problem("toolkit_missing_value", table.sheet, row,
                                             table.letter("min"), {"column": "min"}))
                continue
            if low is None:
                self._not_a_number(table, row, "min", raw)
                continue
            if not 0 <= low <= 100:
                self.problems.append(Problem("band_min_out_of_range", table.sheet, row,
                                             table.letter("min"), {"value": as_text(raw)}))
                continue
            if low in mins:
                self.problems.append(Problem("duplicate_band_min", table.sheet, row,
                                             table.letter("min"),
                                             {"min": as_text(raw), "first_row": mins[low]}))
                continue
            mins[low] = row
            colour = _colour(table.text(cells, "colour"))
            if colour is None:
                self.problems.append(Problem("bad_colour", table.sheet, row, table.letter("colour"),
                                             {"value": table.text(cells, "colour")}))
                continue
            bands.append(Band(name=name, labels=table.labels(cells), min=low, colour=colour,
                              row=row))
        if 0.0 not in mins:
            self.problems.append(Problem("no_zero_band", table.sheet, None, table.letter("min")))
        return sorted(bands, key=lambda b: b.min)

    # -- shared -----------------------------------------------------------------------------
    def _unique_name(self, table: Table, row: int, cells: list, seen: dict, code: str) -> str | None:
        name = table.text(cells, "name")
        if not name:
            self.problems.append(Problem("toolkit_missing_value", table.sheet, row, table.letter("name"),
                                         {"column": "name"}))
            return None
        if name in seen:
            self.problems.append(Problem(code, table.sheet, row, table.letter("name"),
                                         {"name": name, "first_row": seen[name]}))
            return None
        seen[name] = row
        return name

    def _not_a_number(self, table: Table, row: int, key: str, raw: object) -> None:
        self.problems.append(Problem("toolkit_not_a_number", table.sheet, row, table.letter(key),
                                     {"column": key, "value": as_text(raw)}))

    def _check_areas_used(self, areas: list[Area], items: list) -> None:
        used = {it.area for it in items if it.area is not None}
        if not used:
            self.problems.append(Problem("nothing_scored", self.tables["survey"].sheet))
            return
        table = self.tables.get("areas")
        for area in areas:
            if area.name not in used:
                self.problems.append(Problem("empty_area", table.sheet if table else "areas",
                                             area.row, table.letter("name") if table else None,
                                             {"area": area.name}))

    def _languages(self, default_language: str | None) -> list[str]:
        found: list[str] = []
        for key in ("survey", "choices", "areas", "bands"):
            table = self.tables.get(key)
            for language in table.languages() if table else []:
                if language not in found:
                    found.append(language)
        if DEFAULT_LANGUAGE_KEY in found and default_language:
            found = [default_language if x == DEFAULT_LANGUAGE_KEY else x for x in found]
        if default_language in found:
            found.remove(default_language)
            found.insert(0, default_language)
        elif DEFAULT_LANGUAGE_KEY in found:
            found.remove(DEFAULT_LANGUAGE_KEY)
            found.insert(0, DEFAULT_LANGUAGE_KEY)
        return list(dict.fromkeys(found))


def _colour(text: str) -> str | None:
    """``#1A9850``, ``1a9850`` or ``#abc`` -> ``#1a9850`` / ``#aabbcc``; blank -> the default grey."""
    if not text:
        return DEFAULT_COLOUR
    value = text.strip().lstrip("#").lower()
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6 or any(ch not in "0123456789abcdef" for ch in value):
        return None
    return "#" + value
