"""The import's one-pass factorization gives what a factorize per column gave, cell for cell.

``GridCodes`` replaced 60 ``pd.factorize`` calls (one per item column) by one over the sheet;
these tests hold it to the old results: codes, distinct values (their types too: TRUE and 1.0
hash alike), and whole imports compared with the per-column path on generated surveys.
"""
from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.survey import ImportOptions, import_survey, importer
from core.survey.factorize import GridCodes
from survey_factory import kobo_rows, plain_rows, spanish_rows, survey_toolkit, write_xlsx

POOL = [True, False, 1.0, 0.0, 1, 0, "1", "a", "", None, float("nan"), 2.5, "b", " a ", "TRUE"]


def per_column(grid: np.ndarray, j: int) -> tuple[np.ndarray, np.ndarray]:
    """The previous way: one ``pd.factorize`` of the column alone."""
    codes, uniques = pd.factorize(grid[:, j])
    return codes, np.asarray(uniques, dtype=object)


def assert_same(grid: np.ndarray, columns: list[int]) -> None:
    codes = GridCodes(grid, columns)
    for j in range(grid.shape[1]):
        want_codes, want_values = per_column(grid, j)
        got_codes, got_values = codes.column(j)
        assert got_codes.tolist() == want_codes.tolist(), j
        assert [type(v) for v in got_values] == [type(v) for v in want_values], j
        assert [repr(v) for v in got_values] == [repr(v) for v in want_values], j


@st.composite
def grids(draw):
    rows, width = draw(st.integers(0, 25)), draw(st.integers(1, 7))
    cells = draw(st.lists(st.sampled_from(range(len(POOL))), min_size=rows * width,
                          max_size=rows * width))
    grid = np.empty((rows, width), dtype=object)
    for k, pick in enumerate(cells):
        grid[k // width, k % width] = POOL[pick]
    columns = draw(st.lists(st.integers(0, width - 1), max_size=width))
    return grid, columns


@settings(max_examples=300, deadline=None)
@given(grids())
def test_grid_codes_equal_a_factorize_per_column(case):
    grid, columns = case
    assert_same(grid, columns)


def test_a_few_columns_of_a_wide_sheet_and_booleans_beside_numbers():
    grid = np.empty((6, 10), dtype=object)
    grid[:, :] = "x"
    grid[:, 3] = [1.0, True, 1, None, 1.0, True]        # one hash class, three types
    grid[:, 7] = [True, 1.0, "", float("nan"), 0.0, False]
    assert_same(grid, [3, 7])                            # the copied-columns path
    assert_same(grid, list(range(10)))                   # the whole-grid path
    codes, values = GridCodes(grid, [3, 7]).column(7)
    assert codes.tolist() == [0, 0, 1, -1, 2, 2] and [type(v) for v in values] == [bool, str, float]


def _import(path: Path, per_column_path: bool, monkeypatch) -> object:
    with monkeypatch.context() as m:
        if per_column_path:
            m.setattr(importer, "GridCodes", _PerColumn)
        return import_survey(path, survey_toolkit(), ImportOptions())


class _PerColumn:
    """The previous importer's factorization, for comparison."""

    def __init__(self, grid, columns):
        self.grid = grid

    def column(self, j):
        return per_column(self.grid, j)


def _same_survey(a, b) -> None:
    assert a.rows == b.rows and a.company_ids == b.company_ids and a.company_names == b.company_names
    pd.testing.assert_frame_equal(a.values, b.values)
    pd.testing.assert_frame_equal(a.answers, b.answers)
    assert [e.as_dict() for e in a.errors] == [e.as_dict() for e in b.errors]


def test_imports_equal_the_per_column_path_on_the_factory_surveys(tmp_path, monkeypatch):
    for name, rows in (("plain", plain_rows()), ("kobo", kobo_rows()), ("es", spanish_rows())):
        path = write_xlsx(tmp_path / f"{name}.xlsx", rows)
        _same_survey(_import(path, False, monkeypatch), _import(path, True, monkeypatch))


ANSWERS = st.sampled_from(["yes", "no", "partly", "Sí", "En parte", "n/a", "", None, 0, 1, 2, 2.0,
                           True, False, "siete", " yes ", "iso9001 haccp", "1", "TRUE", 3.5, -1])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(ANSWERS, min_size=4, max_size=4), min_size=1, max_size=30))
def test_random_answers_import_as_with_the_per_column_path(monkeypatch, answers):
    header = plain_rows()[0][:2] + [h for h in plain_rows()[0][2:6]]
    rows = [header] + [[f"S-{k}", f"Empresa {k}", *a] for k, a in enumerate(answers)]
    with TemporaryDirectory() as folder:
        path = write_xlsx(Path(folder) / "random.xlsx", rows)
        _same_survey(_import(path, False, monkeypatch), _import(path, True, monkeypatch))


def test_many_distinct_values_widen_the_codes_and_a_column_can_be_asked_for_twice():
    grid = np.empty((40_000, 2), dtype=object)
    grid[:, 0] = [f"S-{k}" for k in range(40_000)]          # more than 16-bit codes hold
    grid[:, 1] = [float(k % 7) for k in range(40_000)]
    codes = GridCodes(grid, [0, 1])
    for _ in range(2):                                     # the second time: a factorize alone
        for j in (0, 1):
            got, values = codes.column(j)
            want, want_values = per_column(grid, j)
            assert got.tolist() == want.tolist() and values.tolist() == want_values.tolist()
