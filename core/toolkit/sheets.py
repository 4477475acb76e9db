"""The small sheets of a toolkit: ``settings``, ``choices``, ``areas`` and ``bands``.

Each reader takes a parsed :class:`~core.toolkit.cells.Table` and a list it appends every
:class:`core.errors.Problem` to; it returns what it could read (a broken row is left out).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import Problem
from core.toolkit.cells import Table, as_number, as_text, language_code
from core.toolkit.model import Area, Band, Choice, ChoiceList

SETTINGS_SCORE_KEYS = ("score::min_coverage", "score::top_n")
DEFAULT_COLOUR = "#888888"


@dataclass
class Settings:
    id: str = ""
    version: str = ""
    title: dict[str, str] = field(default_factory=dict)
    default_language: str | None = None
    min_coverage: float = 0.5
    top_n: int = 10


class _Reader:
    def __init__(self, table: Table, problems: list[Problem]):
        self.t = table
        self.problems = problems

    def add(self, code: str, row: int | None, key: str | None = None, **params) -> None:
        self.problems.append(Problem(code, self.t.sheet, row, self.t.letter(key) if key else None,
                                     params))

    def number(self, row: int, cells: list, key: str) -> float | None:
        """The number in ``key``; None (and a problem) when it is not one; None when blank."""
        raw = self.t.get(cells, key)
        if raw is None:
            return None
        value = as_number(raw)
        if value is None:
            self.add("toolkit_not_a_number", row, key, column=key, value=as_text(raw))
        return value

    def unique_name(self, row: int, cells: list, seen: dict[str, int], code: str) -> str | None:
        name = self.t.text(cells, "name")
        if not name:
            self.add("toolkit_missing_value", row, "name", column="name")
            return None
        if name in seen:
            self.add(code, row, "name", name=name, first_row=seen[name])
            return None
        seen[name] = row
        return name

    def unknown_score_columns(self, allowed: tuple[str, ...] = ()) -> None:
        for key in self.t.score_columns():
            if key not in allowed:
                self.add("unknown_score_column", 1, key, column=key)


def read_settings(table: Table | None, fallback_id: str | None, problems: list[Problem]) -> Settings:
    """The one settings row (row 2); ``fallback_id`` (the file name) when ``form_id`` is blank."""
    out = Settings(id=fallback_id or "")
    if table is None:
        return out
    r = _Reader(table, problems)
    row, cells = table.rows[0] if table.rows else (2, [])
    form_id = table.text(cells, "form_id")
    if form_id:
        out.id = form_id
    elif not fallback_id:
        r.add("missing_setting", row, setting="form_id")
    out.version = table.text(cells, "version")
    out.title = table.labels(cells, "form_title")
    default = table.text(cells, "default_language")
    out.default_language = language_code(default) if default else None
    for key in SETTINGS_SCORE_KEYS:
        if table.get(cells, key) is None:
            continue
        value = as_number(table.get(cells, key))
        if key == "score::min_coverage" and value is not None and 0.0 <= value <= 1.0:
            out.min_coverage = value
        elif key == "score::top_n" and value is not None and value >= 1 and value.is_integer():
            out.top_n = int(value)
        else:
            r.add("bad_setting", row, key, setting=key, value=table.text(cells, key))
    r.unknown_score_columns(SETTINGS_SCORE_KEYS)
    return out


def read_choices(table: Table | None, problems: list[Problem]) -> dict[str, ChoiceList]:
    """Choice lists by name, in sheet order; a blank ``score`` means not applicable."""
    if table is None:
        return {}
    r = _Reader(table, problems)
    collected: dict[str, list[Choice]] = {}
    seen: dict[tuple[str, str], int] = {}
    for row, cells in table.rows:
        list_name, name = table.text(cells, "list_name"), table.text(cells, "name")
        if not list_name or not name:
            key = "list_name" if not list_name else "name"
            r.add("toolkit_missing_value", row, key, column=key)
            continue
        if (list_name, name) in seen:
            r.add("duplicate_choice", row, "name", list=list_name, name=name,
                  first_row=seen[(list_name, name)])
            continue
        seen[(list_name, name)] = row
        score = r.number(row, cells, "score")
        collected.setdefault(list_name, []).append(
            Choice(name=name, labels=table.labels(cells), score=score, row=row))
    r.unknown_score_columns()
    return {name: ChoiceList(name, tuple(choices)) for name, choices in collected.items()}


def read_areas(table: Table | None, problems: list[Problem]) -> list[Area]:
    """Areas in display order; a blank weight is 1."""
    if table is None:
        return []
    r = _Reader(table, problems)
    areas: list[Area] = []
    seen: dict[str, int] = {}
    for row, cells in table.rows:
        name = r.unique_name(row, cells, seen, "duplicate_area")
        if name is None:
            continue
        weight = r.number(row, cells, "weight")
        if weight is not None and weight <= 0:
            r.add("non_positive_weight", row, "weight", value=table.text(cells, "weight"))
        areas.append(Area(name=name, labels=table.labels(cells),
                          weight=weight if weight and weight > 0 else 1.0, row=row))
    return areas


def read_bands(table: Table | None, problems: list[Problem]) -> list[Band]:
    """Bands sorted by ``min``; the lowest must start at 0."""
    if table is None:
        return []
    r = _Reader(table, problems)
    bands: list[Band] = []
    seen: dict[str, int] = {}
    mins: dict[float, int] = {}
    for row, cells in table.rows:
        name = r.unique_name(row, cells, seen, "duplicate_band")
        if name is None:
            continue
        if table.get(cells, "min") is None:
            r.add("toolkit_missing_value", row, "min", column="min")
            continue
        low = r.number(row, cells, "min")
        if low is None:
            continue
        if not 0 <= low <= 100:
            r.add("band_min_out_of_range", row, "min", value=table.text(cells, "min"))
            continue
        if low in mins:
            r.add("duplicate_band_min", row, "min", min=table.text(cells, "min"),
                  first_row=mins[low])
            continue
        mins[low] = row
        colour = parse_colour(table.text(cells, "colour"))
        if colour is None:
            r.add("bad_colour", row, "colour", value=table.text(cells, "colour"))
            continue
        bands.append(Band(name=name, labels=table.labels(cells), min=low, colour=colour, row=row))
    if 0.0 not in mins:
        r.add("no_zero_band", None, "min")
    return sorted(bands, key=lambda b: b.min)


def parse_colour(text: str) -> str | None:
    """``#1A9850``, ``1a9850`` or ``#abc`` -> ``#1a9850`` / ``#aabbcc``; blank -> the default grey."""
    if not text:
        return DEFAULT_COLOUR
    value = text.strip().lstrip("#").lower()
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6 or any(ch not in "0123456789abcdef" for ch in value):
        return None
    return "#" + value
