"""Risk matrices: likelihood x severity grids whose cells map to levels and scores.

A matrix is defined in editable JSON (``resources/risk/matrix_*.json`` are the built-ins):

```json
{"id": "5x5", "labels": {"en": "...", "es": "...", "pt": "..."},
 "likelihood": [{"name": "rare", "labels": {...}}, ...],          # lowest first, 3-6 entries
 "severity":   [{"name": "insignificant", "labels": {...}}, ...],  # lowest first, 3-6 entries
 "levels": [{"name": "low", "labels": {...}, "colour": "#2e7d32", "review_days": 360}, ...],
 "cells":  {"5": ["medium", "high", ...], ..., "1": [...]},        # key: likelihood value,
                                                                    # list: severity 1..n
 "scores": {"5": [5, 10, null, ...]}}                              # optional; default L x S
```
Scale values are positions (1 = lowest). Levels are listed from lowest to highest; a missing
``review_days`` defaults to 90 for extreme and high (the top level, and the one below it when there
are four or more), 360 for the lowest and 180 for the others.
Scores must not decrease when likelihood or severity grows, nor may the levels.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.errors import Problem, UserInputError
from core.paths import resources_dir

MIN_SIZE, MAX_SIZE = 3, 6


@dataclass(frozen=True)
class ScaleStep:
    """One step of a likelihood or severity scale; ``value`` is its 1-based position."""

    value: int
    name: str
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.name


@dataclass(frozen=True)
class RiskLevel:
    """A level such as low / medium / high / extreme; ``rank`` 0 is the lowest."""

    name: str
    rank: int
    colour: str
    review_days: int
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.name


@dataclass(frozen=True)
class RiskMatrix:
    """A validated matrix. ``level_grid[l-1, s-1]`` is a level rank, ``score_grid`` its score."""

    id: str
    labels: dict[str, str]
    likelihood: tuple[ScaleStep, ...]
    severity: tuple[ScaleStep, ...]
    levels: tuple[RiskLevel, ...]
    level_grid: np.ndarray
    score_grid: np.ndarray

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.id

    @property
    def size(self) -> tuple[int, int]:
        return len(self.likelihood), len(self.severity)

    def level(self, likelihood: int, severity: int) -> RiskLevel:
        """The level of the cell (likelihood, severity), both 1-based scale values."""
        return self.levels[int(self.level_grid[likelihood - 1, severity - 1])]

    def score(self, likelihood: int, severity: int) -> float:
        return float(self.score_grid[likelihood - 1, severity - 1])

    def level_by_name(self, name: str) -> RiskLevel:
        for lv in self.levels:
            if lv.name == name:
                return lv
        raise KeyError(name)

    def classify(self, likelihood: np.ndarray, severity: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised: level ranks and scores of many (likelihood, severity) pairs."""
        li = np.asarray(likelihood, dtype=np.int64) - 1
        si = np.asarray(severity, dtype=np.int64) - 1
        return self.level_grid[li, si], self.score_grid[li, si]

    def scale_value(self, axis: str, ref: object) -> int:
        """A likelihood/severity value from an int (clipped to the scale) or a step name."""
        steps = self.likelihood if axis == "likelihood" else self.severity
        if isinstance(ref, bool):
            raise KeyError(ref)
        if isinstance(ref, (int, float)) and float(ref).is_integer():
            return int(min(max(int(ref), 1), len(steps)))
        for step in steps:
            if step.name == ref:
                return step.value
        raise KeyError(ref)

    def to_dict(self) -> dict:
        """The definition as JSON-ready data (the same format :func:`parse_matrix` reads),
        plus an explicit ``cell_list`` so checkers need not decode the grid."""
        n_l, n_s = self.size
        cells = {str(l): [self.levels[int(r)].name for r in self.level_grid[l - 1]]
                 for l in range(n_l, 0, -1)}
        scores = {str(l): [float(x) for x in self.score_grid[l - 1]] for l in range(n_l, 0, -1)}
        return {
            "id": self.id, "labels": dict(self.labels),
            "likelihood": [{"value": s.value, "name": s.name, "labels": dict(s.labels)}
                           for s in self.likelihood],
            "severity": [{"value": s.value, "name": s.name, "labels": dict(s.labels)}
                         for s in self.severity],
            "levels": [{"name": lv.name, "rank": lv.rank, "colour": lv.colour,
                        "review_days": lv.review_days, "labels": dict(lv.labels)}
                       for lv in self.levels],
            "cells": cells, "scores": scores,
            "cell_list": [{"likelihood": l, "severity": s, "level": self.level(l, s).name,
                           "score": self.score(l, s)}
                          for l in range(1, n_l + 1) for s in range(1, n_s + 1)],
        }


def _fail(problems: list[Problem], source: str) -> None:
    if problems:
        raise UserInputError("risk_matrix_invalid", problems=problems, source=source)


def _default_review_days(rank: int, count: int) -> int:
    # 90 days for the top level (and the one below it when there are four or more levels).
    if rank == count - 1 or (count >= 4 and rank == count - 2):
        return 90
    return 360 if rank == 0 else 180


def _scale(raw: object, axis: str, problems: list[Problem]) -> tuple[ScaleStep, ...]:
    if not isinstance(raw, list) or not MIN_SIZE <= len(raw) <= MAX_SIZE:
        n = len(raw) if isinstance(raw, list) else 0
        problems.append(Problem("risk_matrix_bad_size", params={"axis": axis, "count": n}))
        return ()
    steps, seen = [], set()
    for i, entry in enumerate(raw, start=1):
        entry = entry if isinstance(entry, dict) else {"name": str(entry)}
        name = str(entry.get("name") or i)
        if name in seen:
            problems.append(Problem("risk_matrix_duplicate_name", column=axis, params={"name": name}))
        seen.add(name)
        steps.append(ScaleStep(i, name, dict(entry.get("labels") or {})))
    return tuple(steps)


def parse_matrix(data: dict, source: str = "matrix") -> RiskMatrix:
    """Validate a matrix definition (see the module docstring); raises ``risk_matrix_invalid``."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise UserInputError("risk_matrix_invalid", source=source,
                             problems=[Problem("risk_matrix_not_an_object")])
    likelihood = _scale(data.get("likelihood"), "likelihood", problems)
    severity = _scale(data.get("severity"), "severity", problems)
    raw_levels = data.get("levels")
    if not isinstance(raw_levels, list) or not raw_levels:
        problems.append(Problem("risk_matrix_no_levels"))
        raw_levels = []
    levels, ranks = [], {}
    for rank, entry in enumerate(raw_levels):
        entry = entry if isinstance(entry, dict) else {"name": str(entry)}
        name = str(entry.get("name") or "")
        if not name or name in ranks:
            problems.append(Problem("risk_matrix_duplicate_name", column="levels", params={"name": name}))
            continue
        ranks[name] = rank
        days = entry.get("review_days", _default_review_days(rank, len(raw_levels)))
        if not isinstance(days, int) or isinstance(days, bool) or days <= 0:
            problems.append(Problem("risk_matrix_bad_review_days", column="levels",
                                    params={"level": name, "value": days}))
            days = 180
        levels.append(RiskLevel(name, rank, str(entry.get("colour") or "#888888"), days,
                                dict(entry.get("labels") or {})))
    _fail(problems, source)
    n_l, n_s = len(likelihood), len(severity)
    level_grid = np.full((n_l, n_s), -1, dtype=np.int64)
    score_grid = np.outer(np.arange(1, n_l + 1), np.arange(1, n_s + 1)).astype(float)
    cells = data.get("cells") if isinstance(data.get("cells"), dict) else {}
    scores = data.get("scores") if isinstance(data.get("scores"), dict) else {}
    for key in set(cells) | set(scores):
        if not str(key).isdigit() or not 1 <= int(key) <= n_l:
            problems.append(Problem("risk_matrix_extra_row", params={"row": key, "count": n_l}))
    for l in range(1, n_l + 1):
        row = cells.get(str(l))
        row = row if isinstance(row, list) else []
        if len(row) > n_s:
            problems.append(Problem("risk_matrix_extra_row", params={"row": l, "count": n_s}))
        for s in range(1, n_s + 1):
            name = row[s - 1] if s <= len(row) else None
            if name is None or name == "":
                problems.append(Problem("risk_matrix_missing_cell",
                                        params={"likelihood": l, "severity": s}))
            elif name not in ranks:
                problems.append(Problem("risk_matrix_unknown_level",
                                        params={"likelihood": l, "severity": s, "level": name,
                                                "levels": ", ".join(ranks)}))
            else:
                level_grid[l - 1, s - 1] = ranks[name]
        custom = scores.get(str(l))
        if custom is None:
            continue
        if not isinstance(custom, list) or len(custom) != n_s:
            problems.append(Problem("risk_matrix_bad_scores", params={"likelihood": l, "count": n_s}))
            continue
        for s, value in enumerate(custom, start=1):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                problems.append(Problem("risk_matrix_bad_scores", params={"likelihood": l, "count": n_s}))
                break
            score_grid[l - 1, s - 1] = float(value)
    _fail(problems, source)
    problems += _monotonicity(level_grid, "risk_matrix_levels_not_monotone")
    problems += _monotonicity(score_grid, "risk_matrix_scores_not_monotone")
    _fail(problems, source)
    level_grid.setflags(write=False)
    score_grid.setflags(write=False)
    return RiskMatrix(str(data.get("id") or source), dict(data.get("labels") or {}),
                      likelihood, severity, tuple(levels), level_grid, score_grid)


def _monotonicity(grid: np.ndarray, code: str) -> list[Problem]:
    """Cells whose value is lower than the cell one step less likely or one step less severe."""
    problems = []
    n_l, n_s = grid.shape
    for l in range(n_l):
        for s in range(n_s):
            for dl, ds in ((1, 0), (0, 1)):
                if l - dl >= 0 and s - ds >= 0 and grid[l, s] < grid[l - dl, s - ds]:
                    problems.append(Problem(code, params={
                        "likelihood": l + 1, "severity": s + 1,
                        "other_likelihood": l - dl + 1, "other_severity": s - ds + 1}))
    return problems


def load_matrix(path: str | Path) -> RiskMatrix:
    """Read and validate a matrix file: JSON, or a workbook (see :mod:`core.risk.matrix_workbook`)."""
    path = Path(path)
    if not path.exists():
        raise UserInputError("file_not_found", path=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        from core.risk.matrix_workbook import load_matrix_workbook
        return load_matrix_workbook(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserInputError("risk_bad_json", path=str(path), detail=str(exc)) from exc
    return parse_matrix(data, source=path.name)


def builtin_dir() -> Path:
    return resources_dir() / "risk"


def builtin_matrix_ids() -> list[str]:
    """Ids of the built-in matrices, smallest first (``5x5`` is the default)."""
    ids = [p.stem[len("matrix_"):] for p in builtin_dir().glob("matrix_*.json")]
    return sorted(ids, key=lambda i: (len(i), i))


DEFAULT_MATRIX_ID = "5x5"


def get_matrix(id_or_path: str | None = None) -> RiskMatrix:
    """A built-in matrix by id (default ``5x5``), or a matrix JSON file by path."""
    ref = id_or_path or DEFAULT_MATRIX_ID
    candidate = builtin_dir() / f"matrix_{ref}.json"
    if candidate.exists():
        return load_matrix(candidate)
    if Path(ref).suffix.lower() in (".json", ".xlsx", ".xlsm", ".xls", ".ods") or Path(ref).exists():
        return load_matrix(ref)
    raise UserInputError("risk_unknown_matrix", matrix=ref, known=", ".join(builtin_matrix_ids()))
