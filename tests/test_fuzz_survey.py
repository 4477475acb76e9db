"""Fuzzing survey import: random workbooks (random types per cell, headers drawn partly from the
toolkit's names, labels and Kobo/ODK paths) either import with a consistent error list or are
refused cleanly with a UserInputError."""
from __future__ import annotations

import csv
import math
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile_corpus as hc
from core.errors import UserInputError
from core.survey import ImportOptions, import_survey
from core.survey.matching import excel_letter
from survey_factory import survey_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(120):
        yield


TK = survey_toolkit()
REFUSALS = {"no_header"}

_HEADERS = sorted({h for item in TK.items
                   for h in [item.name, *item.labels.values(),
                             "/".join([g.name for g in item.groups] + [item.name]),
                             "-".join([g.name for g in item.groups] + [item.name])]}
                  | {f"fin_03/{c.name}" for c in TK.lists["certs"].choices}
                  | {"_uuid", "_id", "SubmissionDate", "Observaciones", "nit"})
_CHOICE_TEXT = sorted({t for lst in TK.lists.values() for c in lst.choices
                       for t in [c.name, *c.labels.values()]})
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_CONTROL = st.text(st.characters(min_codepoint=1, max_codepoint=31), min_size=1, max_size=3)

cells = st.one_of(
    st.none(), st.just(""), st.integers(-10_000, 10_000), st.booleans(),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from(_CHOICE_TEXT), st.sampled_from(["n/a", "NS/NC", "-", "1,5", "1.234,5", " 3 ", "TRUE",
                                                     "0", "1", "iso9001 haccp", "yes partly"]),
    _TEXT, _CONTROL)
headers = st.one_of(st.sampled_from(_HEADERS), _TEXT, st.none())


@st.composite
def tables(draw) -> list[list[object]]:
    width = draw(st.integers(1, 12))
    header = draw(st.lists(headers, min_size=width, max_size=width))
    above = draw(st.lists(st.lists(cells, max_size=width), max_size=3))   # titles above the header
    body = draw(st.lists(st.lists(cells, min_size=0, max_size=width + 2), max_size=12))
    return above + [header] + body


def _same(cell: object, value: object) -> bool:
    """Does the error's ``value`` show what the written cell held?"""
    if isinstance(cell, bool) or isinstance(value, bool):
        return str(cell).lower() == str(value).lower() or cell == value
    if isinstance(cell, (int, float)) and isinstance(value, (int, float)):
        return math.isclose(float(cell), float(value), rel_tol=1e-12, abs_tol=1e-9)
    if isinstance(cell, (int, float)):
        return str(value).strip() in (str(cell), repr(float(cell)))
    return str(value).strip() == str(cell).strip() or str(value) == str(cell)


def check_import(path: Path, table: list[list[object]], options: ImportOptions,
                 refusals: set[str] = REFUSALS) -> None:
    try:
        data = import_survey(path, TK, options)
    except UserInputError as exc:
        assert exc.code in refusals, exc.code
        return
    assert len(data.rows) == len(data.values) == len(data.company_ids)
    assert data.rows == sorted(set(data.rows)) and all(r > data.mapping.header_row for r in data.rows)
    width = max(len(r) for r in table)
    for row in data.rows:        # every response is a non-blank row of what was written
        written = table[row - 1] if row <= len(table) else []
        assert any(v not in (None, "") for v in written), row
    letters = {c.column for c in data.mapping.matched}
    for error in data.errors:
        assert error.row in data.rows and error.sheet == data.sheet
        j = _index(error.column)
        assert j < width and error.column in letters
        written = table[error.row - 1]
        assert j < len(written) and _same(written[j], error.value), (written, error)
        assert error.item is None or TK.has_item(error.item)
    # an item reads as a value only where no error was reported for that row and item
    bad = {(e.row, e.item) for e in data.errors}
    for item in data.values.columns:
        for k, value in enumerate(data.values[item]):
            if not math.isnan(value):
                assert (data.rows[k], item) not in bad


def _index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    assert excel_letter(n - 1) == letters
    return n - 1


FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(tables(), st.booleans())
def test_random_workbooks_import_consistently_or_are_refused(table, comma):
    with TemporaryDirectory() as folder:
        path = hc.table_xlsx(Path(folder) / "fuzz.xlsx", table)
        check_import(path, table, ImportOptions(decimal_comma=comma))


@FUZZ
@given(tables())
def test_random_csv_imports_consistently_or_is_refused(table):
    text_table = [["" if v is None else str(v) for v in row] for row in table]
    with TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(text_table)
        # the file layer may also refuse odd text as binary-looking
        check_import(path, text_table, ImportOptions(), REFUSALS | {"not_a_spreadsheet"})
