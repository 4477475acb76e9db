"""Risk matrix definitions: built-ins of every size, custom scores, and invalid definitions."""
from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from core.errors import UserInputError
from core.messages import describe_error
from core.risk.matrix import builtin_matrix_ids, get_matrix, load_matrix, parse_matrix

LEVELS = [{"name": "low"}, {"name": "medium"}, {"name": "high"}]


def small(size: int = 3, **extra) -> dict:
    """A valid size x size matrix: level by L+S (low <= size, medium <= size + 2, else high)."""
    def lv(l, s):
        return "low" if l + s <= size else "medium" if l + s <= size + 2 else "high"
    data = {"id": f"t{size}", "likelihood": [f"l{i}" for i in range(1, size + 1)],
            "severity": [f"s{i}" for i in range(1, size + 1)], "levels": copy.deepcopy(LEVELS),
            "cells": {str(l): [lv(l, s) for s in range(1, size + 1)] for l in range(1, size + 1)}}
    data.update(extra)
    return data


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_builtins_cover_3x3_to_6x6_and_5x5_is_the_default():
    assert builtin_matrix_ids() == ["3x3", "4x4", "5x5", "6x6"]
    for ident in builtin_matrix_ids():
        m = get_matrix(ident)
        n = int(ident[0])
        assert m.size == (n, n)
        # default score is likelihood x severity
        assert m.score(n, n) == n * n and m.score(2, 3) == 6
        assert m.level(1, 1).name == "low"
        assert m.level(n, n).rank == len(m.levels) - 1
        for step in m.likelihood + m.severity:
            assert step.labels["es"] and step.labels["pt"] and step.labels["en"]
    assert get_matrix().id == "5x5"


def test_5x5_cells_levels_and_review_intervals():
    m = get_matrix("5x5")
    assert [lv.name for lv in m.levels] == ["low", "medium", "high", "extreme"]
    assert m.level(4, 4).name == "high" and m.level(5, 4).name == "extreme"
    assert m.level(1, 5).name == "medium" and m.level(2, 2).name == "low"
    assert [lv.review_days for lv in m.levels] == [360, 180, 90, 90]
    assert m.level_by_name("extreme").label("es") == "Extremo"
    assert m.scale_value("likelihood", "likely") == 4
    assert m.scale_value("severity", 9) == 5          # values are clipped to the scale


def test_default_review_days_follow_the_spec():
    m = parse_matrix(small(3))
    assert [lv.review_days for lv in m.levels] == [360, 180, 90]
    four = small(4, levels=[{"name": n} for n in ("low", "medium", "high", "extreme")])
    four["cells"]["4"][3] = "extreme"
    assert [lv.review_days for lv in parse_matrix(four).levels] == [360, 180, 90, 90]


def test_custom_cell_scores_override_the_product():
    data = small(3, scores={"3": [3, 7.5, None], "2": [2, 4, 6.5]})
    m = parse_matrix(data)
    assert m.score(3, 2) == 7.5 and m.score(3, 3) == 9     # null keeps L x S
    assert m.score(2, 3) == 6.5 and m.score(1, 1) == 1
    ranks, scores = m.classify(np.array([3, 1]), np.array([2, 1]))
    assert list(scores) == [7.5, 1.0]


def test_classify_is_vectorised_and_matches_cell_lookup():
    m = get_matrix("6x6")
    rng = np.random.default_rng(0)
    li, si = rng.integers(1, 7, 500), rng.integers(1, 7, 500)
    ranks, scores = m.classify(li, si)
    for l, s, r, sc in zip(li, si, ranks, scores):
        assert m.level(l, s).rank == r and m.score(l, s) == sc


def test_missing_cell_is_reported_with_its_position():
    data = small(4)
    data["cells"]["2"] = data["cells"]["2"][:3]
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert exc.value.code == "risk_matrix_invalid"
    assert codes(exc) == ["risk_matrix_missing_cell"]
    assert exc.value.problems[0].params == {"likelihood": 2, "severity": 4}
    assert "likelihood 2, severity 4 has no level" in describe_error(exc.value, "en")


def test_unknown_level_is_named():
    data = small(3)
    data["cells"]["1"][0] = "tiny"
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert codes(exc) == ["risk_matrix_unknown_level"]
    text = describe_error(exc.value, "es")
    assert "'tiny'" in text and "nivel desconocido" in text


def test_non_monotone_scores_and_levels_fail():
    data = small(3, scores={"3": [3, 2, 9]})      # score drops when severity grows
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert "risk_matrix_scores_not_monotone" in codes(exc)
    data = small(3)
    data["cells"]["3"][2] = "low"                 # the worst cell lower than its neighbours
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert set(codes(exc)) == {"risk_matrix_levels_not_monotone"}


@pytest.mark.parametrize("size", [2, 7])
def test_scales_must_have_3_to_6_steps(size):
    with pytest.raises(UserInputError) as exc:
        parse_matrix(small(size))
    assert "risk_matrix_bad_size" in codes(exc)


@pytest.mark.parametrize("size", [3, 4, 5, 6])
def test_every_size_from_3_to_6_parses(size):
    assert parse_matrix(small(size)).size == (size, size)


def test_rectangular_matrix_and_extra_rows():
    data = small(3)
    data["severity"] = ["a", "b", "c", "d"]
    data["cells"] = {str(l): ["low", "low", "medium", "high"] for l in (1, 2, 3)}
    assert parse_matrix(data).size == (3, 4)
    data["cells"]["9"] = ["low"] * 4
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert codes(exc) == ["risk_matrix_extra_row"]


def test_bad_review_days_and_duplicate_levels():
    data = small(3)
    data["levels"][0]["review_days"] = 0
    data["levels"].append({"name": "medium"})
    with pytest.raises(UserInputError) as exc:
        parse_matrix(data)
    assert set(codes(exc)) == {"risk_matrix_bad_review_days", "risk_matrix_duplicate_name"}


def test_round_trip_through_to_dict(tmp_path):
    m = parse_matrix(small(4, scores={"4": [4, 8, 12, 20]}))
    path = tmp_path / "m.json"
    path.write_text(json.dumps(m.to_dict()), encoding="utf-8")
    again = load_matrix(path)
    assert (again.level_grid == m.level_grid).all() and (again.score_grid == m.score_grid).all()
    cells = m.to_dict()["cell_list"]
    assert len(cells) == 16
    assert {"likelihood": 4, "severity": 4, "level": "high", "score": 20.0} in cells


def test_bad_json_and_unknown_matrix(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UserInputError) as exc:
        load_matrix(path)
    assert exc.value.code == "risk_bad_json"
    with pytest.raises(UserInputError) as exc:
        get_matrix("7x7")
    assert exc.value.code == "risk_unknown_matrix"
    assert "5x5" in describe_error(exc.value, "pt")


def test_workbook_round_trip_and_staff_edits(tmp_path):
    from openpyxl import load_workbook

    from core.risk.matrix_workbook import write_matrix_workbook
    path = write_matrix_workbook(get_matrix("4x4"), tmp_path / "m.xlsx")
    assert (load_matrix(path).level_grid == get_matrix("4x4").level_grid).all()
    wb = load_workbook(path)
    wb["cells"]["B2"] = "high"                  # row 2 is likelihood 4, column B severity 1
    wb["scores"]["B2"] = 6
    wb["matrix"]["B2"] = "buyer-4x4"
    wb.save(path)
    m = load_matrix(path)
    assert m.id == "buyer-4x4" and m.level(4, 1).name == "high" and m.score(4, 1) == 6
    assert m.likelihood[3].label("pt") == "Quase certo"
    wb["cells"]["C3"] = "severe"
    del wb["levels"]
    wb.save(path)
    with pytest.raises(UserInputError) as exc:
        load_matrix(path)
    assert codes(exc) == ["risk_matrix_missing_sheet"]


def test_workbook_cell_errors_are_reported(tmp_path):
    from openpyxl import load_workbook

    from core.risk.matrix_workbook import write_matrix_workbook
    path = write_matrix_workbook(get_matrix("3x3"), tmp_path / "m.xlsx")
    wb = load_workbook(path)
    wb["cells"]["C3"] = "severe"                 # likelihood 2, severity 2
    wb["cells"]["D4"] = None                     # likelihood 1, severity 3
    wb.save(path)
    with pytest.raises(UserInputError) as exc:
        load_matrix(path)
    assert sorted(codes(exc)) == ["risk_matrix_missing_cell", "risk_matrix_unknown_level"]
    wb["cells"]["B1"] = "one"
    wb.save(path)
    with pytest.raises(UserInputError) as exc:
        load_matrix(path)
    assert "risk_matrix_bad_grid_header" in codes(exc)
