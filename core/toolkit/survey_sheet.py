"""The ``survey`` sheet of a toolkit: XLSForm rows -> items with groups, scales and scoring.

Every row that asks something becomes an :class:`~core.toolkit.model.Item` (groups, notes,
calculations and phone metadata such as ``start`` or ``deviceid`` do not). Scored rows are
checked against the spec; each broken rule becomes a :class:`core.errors.Problem`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from core.errors import Problem
from core.toolkit.cells import Table, as_flag, as_number, as_text
from core.toolkit.model import SCORABLE_TYPES, ChoiceList, Group, Item

SCORE_KEYS = ("score::area", "score::weight", "score::target", "score::critical",
              "score::reverse", "score::min", "score::max")
# Rows that never ask a question: XLSForm metadata and structure.
NOT_ITEMS = frozenset({
    "note", "calculate", "hidden", "start", "end", "today", "deviceid", "subscriberid",
    "simserial", "phonenumber", "username", "email", "audit", "imei", "start-geopoint",
    "background-audio", "xml-external", "csv-external", "uri:subscriberid", "uri:simserial",
    "uri:phonenumber", "uri:username", "uri:email", "uri:deviceid",
})
TYPE_ALIASES = {"int": "integer"}
# XLSForm spellings of structure and select types (as pyxform accepts them), longest first.
_PREFIXES = sorted([
    ("select one from file", "select_one_from_file", False),
    ("select multiple from file", "select_multiple_from_file", False),
    ("select_one_from_file", "select_one_from_file", False),
    ("select_multiple_from_file", "select_multiple_from_file", False),
    ("select one external", "select_one_external", False),
    ("select_one_external", "select_one_external", False),
    ("add select one prompt using", "select_one", True), ("select one from", "select_one", True),
    ("select one", "select_one", True), ("select_one", "select_one", True),
    ("select1", "select_one", True),
    ("add select multiple prompt using", "select_multiple", True),
    ("select all that apply from", "select_multiple", True),
    ("select all that apply", "select_multiple", True),
    ("select multiple", "select_multiple", True), ("select_multiple", "select_multiple", True),
    *[(f"{verb}{sep}{word}", f"{verb}_{'group' if word == 'group' else 'repeat'}", False)
      for verb in ("begin", "end") for sep in (" ", "_")
      for word in ("group", "repeat", "lgroup", "loop", "looped group")],
], key=lambda p: -len(p[0].split()))
_PARAMETER = re.compile(r"([A-Za-z_]+)\s*=\s*([^\s;,]+)")


def parse_type(raw: str) -> tuple[str, str | None]:
    """``select one yesno`` -> (``select_one``, ``yesno``); ``begin group`` -> (``begin_group``, None)."""
    words = raw.split()
    lowered = [w.casefold() for w in words]
    for prefix, kind, takes_list in _PREFIXES:
        size = len(prefix.split())
        if lowered[:size] == prefix.split():
            rest = words[size:]
            return kind, (rest[0] if rest and takes_list else None)
    return TYPE_ALIASES.get(lowered[0], lowered[0]), None


def range_parameters(text: str) -> dict[str, float | None] | None:
    """``start=1 end=5 step=1`` -> numbers (XLSForm defaults 0, 10, 1); None if a value is not numeric."""
    found = {"start": 0.0, "end": 10.0, "step": 1.0}
    for key, value in _PARAMETER.findall(text):
        key = key.casefold()
        if key in found:
            number = as_number(value)
            if number is None:
                return None
            found[key] = number
    return found


class SurveyReader:
    """Reads the survey table into items; ``problems`` collects every broken rule."""

    def __init__(self, table: Table, lists: dict[str, ChoiceList], areas: set[str],
                 choices_present: bool = True):
        self.table = table
        self.lists = lists
        self.areas = areas
        self.choices_present = choices_present
        self.problems: list[Problem] = []
        self.needs_choices = False

    def problem(self, code: str, row: int | None, key: str | None = None, **params) -> None:
        letter = self.table.letter(key) if key else None
        self.problems.append(Problem(code, self.table.sheet, row, letter, params))

    def read(self) -> list[Item]:
        t = self.table
        for key in t.score_columns():
            if key not in SCORE_KEYS:
                self.problem("unknown_score_column", 1, key, column=key)
        items: list[Item] = []
        stack: list[tuple[Group, bool, int]] = []      # (group, is_repeat, begin row)
        seen: dict[str, int] = {}
        for row, cells in t.rows:
            raw_type, name = t.text(cells, "type"), t.text(cells, "name")
            if not raw_type:
                if name or t.labels(cells):      # otherwise a comment row, skipped as pyxform does
                    self.problem("toolkit_missing_value", row, "type", column="type")
                continue
            kind, list_name = parse_type(raw_type)
            if kind in NOT_ITEMS or kind.startswith(("begin_", "end_")):
                if t.text(cells, "score::area"):
                    self.problem("unscorable_type", row, "type", item=name, type=raw_type)
            if kind in ("begin_group", "begin_repeat"):
                if not name:
                    self.problem("toolkit_missing_value", row, "name", column="name")
                stack.append((Group(name, t.labels(cells)), kind == "begin_repeat", row))
                continue
            if kind in ("end_group", "end_repeat"):
                if stack:
                    stack.pop()
                else:
                    self.problem("unbalanced_group", row, "type", type=raw_type)
                continue
            if kind in NOT_ITEMS:
                continue
            if not name:
                self.problem("toolkit_missing_value", row, "name", column="name")
                continue
            if name in seen:
                self.problem("duplicate_item", row, "name", name=name, first_row=seen[name])
                continue
            seen[name] = row
            item = Item(name=name, type=kind, labels=t.labels(cells), row=row, order=len(items),
                        list_name=list_name, groups=tuple(g for g, _, _ in stack))
            repeat = next((g.name for g, is_repeat, _ in stack if is_repeat), None)
            items.append(self._scored(item, cells, raw_type, repeat))
        for group, _, row in stack:
            self.problem("unclosed_group", row, "type", name=group.name)
        return items

    def _scored(self, item: Item, cells: list, raw_type: str, repeat: str | None) -> Item:
        """The item with its scoring columns applied (unchanged when the row is not scored)."""
        t, row = self.table, item.row
        list_ = self._choice_list(item)
        area = t.text(cells, "score::area")
        if not area:
            extra = [k for k in ("score::weight", "score::target", "score::min", "score::max")
                     if t.get(cells, k) is not None]
            extra += [k for k in ("score::critical", "score::reverse")
                      if as_flag(t.get(cells, k))]
            if extra:
                self.problem("score_without_area", row, extra[0], item=item.name, column=extra[0])
            return item
        if item.type not in SCORABLE_TYPES:
            self.problem("unscorable_type", row, "type", item=item.name, type=raw_type)
            return item
        if area not in self.areas:
            self.problem("unknown_area", row, "score::area", item=item.name, area=area,
                         known=", ".join(sorted(self.areas)) or "-")
        if repeat is not None:
            self.problem("scored_in_repeat", row, "type", item=item.name, repeat=repeat)
        weight = self._number(cells, row, "score::weight", 1.0)
        if weight is not None and weight <= 0:
            self.problem("non_positive_weight", row, "score::weight",
                         value=t.text(cells, "score::weight"))
        scale = self._scale(item, cells, list_)
        target = self._number(cells, row, "score::target", None)
        flags = {}
        for key in ("score::critical", "score::reverse"):
            flags[key] = as_flag(t.get(cells, key))
            if flags[key] is None:
                self.problem("toolkit_not_a_flag", row, key, column=key, value=t.text(cells, key))
        if scale is None:
            return item
        low, high = scale
        if target is not None and not low <= target <= high:
            self.problem("target_outside_scale", row, "score::target", item=item.name,
                         target=as_text(target), min=as_text(low), max=as_text(high))
        return replace(item, area=area, weight=weight or 1.0, target=target,
                       critical=bool(flags["score::critical"]),
                       reverse=bool(flags["score::reverse"]), scale_min=low, scale_max=high)

    def _choice_list(self, item: Item) -> ChoiceList | None:
        if item.type not in ("select_one", "select_multiple"):
            return None
        self.needs_choices = True
        if not item.list_name:
            self.problem("missing_list", item.row, "type", item=item.name)
            return None
        found = self.lists.get(item.list_name)
        if found is None and self.choices_present:
            self.problem("unknown_list", item.row, "type", item=item.name, list=item.list_name)
        return found

    def _scale(self, item: Item, cells: list, list_: ChoiceList | None) -> tuple[float, float] | None:
        t, row = self.table, item.row
        if item.type in ("select_one", "select_multiple"):
            if list_ is None:
                return None
            values = list_.scored_values()
            if len(set(values)) < 2:
                self.problem("too_few_values", row, "type", item=item.name, list=list_.name)
                return None
            if item.type == "select_one":
                return min(values), max(values)
            high = sum(v for v in values if v > 0)
            if high <= 0:
                self.problem("empty_scale", row, "type", item=item.name, min="0", max=as_text(high))
                return None
            return 0.0, high
        if item.type == "range":
            params = range_parameters(t.text(cells, "parameters"))
            if params is None:
                self.problem("bad_parameter", row, "parameters", item=item.name,
                             value=t.text(cells, "parameters"))
                return None
            start, end = params["start"], params["end"]
            if start > end:
                self.problem("descending_range", row, "parameters", item=item.name,
                             start=as_text(start), end=as_text(end))
                return None
            return self._ordered(item, start, end, "parameters")
        low = self._number(cells, row, "score::min", None)
        high = self._number(cells, row, "score::max", None)
        if t.get(cells, "score::min") is None or t.get(cells, "score::max") is None:
            self.problem("missing_scale", row, "score::min" if t.get(cells, "score::min") is None
                         else "score::max", item=item.name, type=item.type)
            return None
        if low is None or high is None:
            return None
        return self._ordered(item, low, high, "score::max")

    def _ordered(self, item: Item, low: float, high: float, key: str) -> tuple[float, float] | None:
        if low >= high:
            self.problem("empty_scale", item.row, key, item=item.name, min=as_text(low),
                         max=as_text(high))
            return None
        return low, high

    def _number(self, cells: list, row: int, key: str, default: float | None) -> float | None:
        raw = self.table.get(cells, key)
        if raw is None:
            return default
        number = as_number(raw)
        if number is None:
            self.problem("toolkit_not_a_number", row, key, column=key, value=as_text(raw))
        return number
