"""Hostile survey files through ``encadena score`` and ``encadena project import`` (in process).

Every case names its exact outcome: a refusal (exit 2, the message code and a phrase of its
English text, nothing written to the project) or an import (the responses and the cell errors,
the project holding exactly those). Never a traceback, never a hang.
"""
from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

import hostile_corpus as hc
from core.cli import main as cli
from core.project import Project, check_file
from test_project_support import HEADER, answers, write_survey
from toolkit_factory import write_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(120):
        yield


S1 = [answers("S1")[h] for h in HEADER]
S2 = [answers("S2")[h] for h in HEADER]


@dataclass
class Refused:
    code: str
    phrase: str


@dataclass
class Imported:
    responses: list[tuple[int, str | None, str | None]]     # (row, company id, company name)
    errors: list[tuple[int, str, object, str]] = field(default_factory=list)  # (row, col, value, code)
    seconds: float = 10.0


def _csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def _numbers(folder: Path) -> Path:
    """fin_01 (decimal, 0-100) written as text in several locale styles."""
    texts = ["45.5", "45,5", "1,234.5", "1.234,5", " 45 ", "45 %", "4,5e1", "٤٥"]
    rows = [[f"N{i}", "Números", None, "3", "5s", 2, 4, text, "yes"] for i, text in enumerate(texts)]
    return hc.table_xlsx(folder / "numbers.xlsx", [HEADER] + rows)


NUMBER_ROWS = [(i + 2, f"N{i}", "Números") for i in range(8)]
CASES: dict[str, tuple[Callable[[Path], Path], Refused | Imported]] = {
    **{name: (build, Refused(code, phrase)) for name, (build, code, phrase) in hc.FILE_REFUSALS.items()},
    "csv with a 2 MB field": (lambda d: _csv(d / "big.csv", [HEADER, ["S1", "a" * 2_000_000] + S1[2:]]),
                              Refused("csv_field_too_large", "longer than 131072 characters")),
    "empty workbook": (lambda d: hc.table_xlsx(d / "blank.xlsx", []), Refused("no_header", "No header row")),
    "no matching header": (lambda d: hc.table_xlsx(d / "other.xlsx", [["a", "b"], [1, 2]]),
                           Refused("no_header", "No header row")),
    "csv as xlsx": (lambda d: _csv(d / "csv.xlsx", [HEADER, S1, S2]),
                    Imported([(2, "S1", "Company S1"), (3, "S2", "Company S2")])),
    "header only": (lambda d: hc.table_xlsx(d / "header.xlsx", [HEADER]), Imported([])),
    "merged header cells": (lambda d: hc.merged_header_xlsx(d / "merged.xlsx", HEADER, [S1, S2]),
                            Imported([(3, "S1", None), (4, "S2", None)])),
    "duplicate headers (first wins)": (
        lambda d: hc.table_xlsx(d / "dup.xlsx", [HEADER + ["mgmt_01"], S1 + ["siete"], S2 + ["9"]]),
        Imported([(2, "S1", "Company S1"), (3, "S2", "Company S2")])),
    "formula without cached value": (
        lambda d: hc.table_xlsx(d / "formula.xlsx", [HEADER, S1[:7] + [hc.Formula("40+5"), "yes"]]),
        Imported([(2, "S1", "Company S1")], [(2, "H", "=40+5", "formula_without_value")])),
    "numbers as text, locale styles": (_numbers, Imported(NUMBER_ROWS, [
        (3, "H", "45,5", "not_a_number"), (4, "H", "1,234.5", "out_of_range"),
        (5, "H", "1.234,5", "not_a_number"), (7, "H", "45 %", "not_a_number"),
        (8, "H", "4,5e1", "not_a_number"), (9, "H", "٤٥", "not_a_number")])),
    "control characters and right-to-left text": (
        lambda d: hc.table_xlsx(d / "rtl.xlsx", [HEADER, ["S\x01X", "Empresa \u202eشركة\u202c", None,
                                                          "3", "5s", 2, 4, "50", "נכון"]]),
        Imported([(2, "S\x01X", "Empresa \u202eشركة\u202c")], [(2, "I", "נכון", "not_a_choice")])),
    "control characters in csv": (
        lambda d: (d / "ctrl.csv").write_bytes("company_id,company_name,mgmt_01,ops_01\nS\x07,"
                                               "\u202eشركة,3,\x0b4\n".encode()) and d / "ctrl.csv",
        Imported([(2, "S\x07", "\u202eشركة")])),
    "names starting with = + @": (
        lambda d: hc.table_xlsx(d / "eq.xlsx", [HEADER, ["=S1", '=HYPERLINK("http://x","y")'] + S1[2:],
                                                ["+S2", "@SUM(A1)"] + S2[2:]]),
        Imported([(2, "=S1", '=HYPERLINK("http://x","y")'), (3, "+S2", "@SUM(A1)")])),
    "huge strings (32,767 characters)": (
        lambda d: hc.table_xlsx(d / "huge.xlsx", [HEADER, ["S1", "N" * 32767] + S1[2:7] + ["x" * 32767, "yes"]]),
        Imported([(2, "S1", "N" * 32767)], [(2, "H", "x" * 32767, "not_a_number")])),
    "windows-1252 csv with semicolons": (
        lambda d: _csv(d / "w.csv", [["company_id", "company_name", "mgmt_01", "ops_01"],
                                     ["S1", "Lácteos Ñandú", "3", "4"], ["S2", "Café", "x", "2"]],
                       encoding="cp1252", delimiter=";"),
        Imported([(2, "S1", "Lácteos Ñandú"), (3, "S2", "Café")], [(3, "C", "x", "not_a_choice")])),
    "utf-16 csv with tabs": (
        lambda d: _csv(d / "u16.csv", [["company_id", "company_name", "mgmt_01"], ["S1", "Año Ñandú", "3"]],
                       encoding="utf-16", delimiter="\t"),
        Imported([(2, "S1", "Año Ñandú")])),
    "16,384 columns": (lambda d: hc.full_width_xlsx(d / "wide.xlsx", HEADER, [S1, S2]),
                       Imported([(2, "S1", "Company S1"), (3, "S2", "Company S2")], seconds=15)),
}


@pytest.fixture
def kit(tmp_path) -> Path:
    return write_toolkit(tmp_path / "toolkit.xlsx")


@pytest.fixture
def refusals(monkeypatch) -> list:
    """The UserInputError codes the command line reported, in order."""
    seen: list = []
    original = cli.describe_error

    def record(exc):
        seen.append(exc.code)
        return original(exc)
    monkeypatch.setattr(cli, "describe_error", record)
    return seen


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err


def check_score(capsys, refusals, survey: Path, kit: Path, expected, *extra) -> None:
    start = time.perf_counter()
    code, out, err = run(capsys, "score", survey, "--toolkit", kit, "--json", "-", *extra)
    if isinstance(expected, Refused):
        assert (code, refusals) == (2, [expected.code]), err
        assert expected.phrase in err and out == ""
        assert time.perf_counter() - start < 10
        return
    assert code == 0, err
    assert time.perf_counter() - start < expected.seconds
    result = json.loads(out)
    assert [(r["row"], r["company_id"], r["company_name"]) for r in result["responses"]] == expected.responses
    assert [(e["row"], e["column"], e["value"], e["code"]) for e in result["errors"]] == expected.errors


@pytest.mark.parametrize("case", CASES)
def test_score_outcome(case, tmp_path, kit, capsys, refusals):
    build, expected = CASES[case]
    check_score(capsys, refusals, build(tmp_path), kit, expected)


def test_decimal_comma_reverses_the_locale_errors(tmp_path, kit, capsys, refusals):
    check_score(capsys, refusals, _numbers(tmp_path), kit, Imported(NUMBER_ROWS, [
        (2, "H", "45.5", "not_a_number"), (4, "H", "1,234.5", "not_a_number"),
        (5, "H", "1.234,5", "out_of_range"), (7, "H", "45 %", "not_a_number"),
        (8, "H", "4,5e1", "not_a_number"), (9, "H", "٤٥", "not_a_number")]), "--decimal-comma")


@pytest.fixture
def project(tmp_path, kit) -> Path:
    """A project already holding two assessments (what a refusal must leave untouched)."""
    path = tmp_path / "p.encadena"
    with Project.create(path, "Programa", country="CR", backups=False) as p:
        p.import_survey(write_survey(tmp_path / "first.xlsx", [answers("P1"), answers("P2")]), kit,
                        assessed_on="2026-01-15")
    return path


@pytest.mark.parametrize("case", CASES)
def test_project_import_outcome(case, tmp_path, kit, project, capsys, refusals):
    build, expected = CASES[case]
    if isinstance(expected, Imported) and not expected.responses:
        # issue 15: scoring it is fine, but an import that yields no usable row is refused
        expected = Refused("setup.import_no_rows", "no answer rows")
    survey = build(tmp_path)
    before = hc.database_dump(project)
    start = time.perf_counter()
    code, out, err = run(capsys, "project", "import", project, survey, "--toolkit", kit,
                         "--date", "2026-03-02", "--decimal-point", "--json", "-")
    if isinstance(expected, Refused):
        assert (code, refusals) == (2, [expected.code]) and expected.phrase in err
        assert hc.database_dump(project) == before
        assert time.perf_counter() - start < 10
    else:
        assert code == 0, err
        outcome = json.loads(out)
        assert (outcome["added"], outcome["errors"]) == (len(expected.responses), len(expected.errors))
        with Project.open(project, backups=False) as p:
            ids = set(p.companies()["id"])
            assert ids == {"P1", "P2"} | {r[1] for r in expected.responses}
            for _, company, name in expected.responses:
                if name is not None:
                    assert p.company(company).name == name
    assert check_file(project).ok


def _bottom(folder: Path) -> Path:
    header = ["company_id", "mgmt_01", "ops_01"]
    return hc.bottom_cell_xlsx(folder / "tall.xlsx", header, [["S1", "3", 4], ["S2", "5", 2]])


@pytest.mark.slow
def test_a_sheet_spanning_1048576_rows_is_read(tmp_path, kit, capsys, refusals):
    """A stray value in the last row (A1048576) under two answers: the 1,048,576-row grid is read
    (the caps allow Excel's own limit) and the stray row is a response without answers."""
    check_score(capsys, refusals, _bottom(tmp_path), kit, Imported(
        [(2, "S1", None), (3, "S2", None), (1_048_576, "fin", None)], seconds=40))


def test_formulas_without_values_are_reported(tmp_path, kit):
    """Every uncalculated formula is a cell error (missing answer); strict mode refuses the file."""
    from core.errors import UserInputError
    from core.survey import ImportOptions, import_survey
    from core.toolkit.loader import load_toolkit
    path = hc.table_xlsx(tmp_path / "formula.xlsx",
                         [HEADER, S1[:7] + [hc.Formula("40+5"), "yes"], S2[:7] + [hc.Formula("50"), "no"]])
    toolkit = load_toolkit(kit)
    data = import_survey(path, toolkit)
    formula_errors = [(e.row, e.column, e.code) for e in data.errors if e.code == "formula_without_value"]
    assert formula_errors == [(2, "H", "formula_without_value"), (3, "H", "formula_without_value")]
    assert data.values[data.errors[0].item].isna().all()
    with pytest.raises(UserInputError) as error:
        import_survey(path, toolkit, ImportOptions(strict=True))
    assert error.value.code == "strict_refused"
    assert {p.code for p in error.value.problems} == {"formula_without_value"}


def test_the_hang_guard_interrupts_a_stuck_body():
    with pytest.raises(TimeoutError):
        with hc.no_hang(0.2):
            time.sleep(3)


@pytest.mark.parametrize("language", ["es", "pt"])
def test_every_refusal_is_translated(language, tmp_path, kit, capsys):
    """The same refusals in Spanish and Portuguese: their own sentence, every placeholder filled."""
    for case, (build, _, _) in hc.FILE_REFUSALS.items():
        folder = tmp_path / case.replace(" ", "_")
        folder.mkdir()
        survey = build(folder)
        english = run(capsys, "--language", "en", "score", survey, "--toolkit", kit)
        translated = run(capsys, "--language", language, "score", survey, "--toolkit", kit)
        assert english[0] == translated[0] == 2
        assert translated[2] != english[2], case
        assert "{" not in translated[2] and str(survey) in translated[2], case


DATES = {"D1": ("2026-03-02", "2026-03-02"), "D2": ("02/03/2026", "2026-03-02"),
         "D3": ("2/3/26", "2026-03-02"), "D4": ("02-03-2026", "2026-03-02"),
         "D5": ("02.03.2026", "2026-03-02"), "D6": ("2026/03/02", "2026-03-02"),
         "D7": (46083, "2026-03-02"), "D8": ("2026-03-02T10:30:00", "2026-03-02"),
         "D9": ("March 2, 2026", "2026-03-02")}


def test_assessment_dates_as_text_in_every_locale_style(tmp_path, capsys):
    """Day first wherever the day can come first (Latin American usage), year first when the
    year leads, Excel serial numbers as dates."""
    kit = write_toolkit(tmp_path / "dated.xlsx", add_items=[{"type": "date", "name": "date"}])
    rows = [[answers(c)[h] if h != "date" else text for h in HEADER] for c, (text, _) in DATES.items()]
    survey = hc.table_xlsx(tmp_path / "dates.xlsx", [HEADER] + rows)
    path = tmp_path / "dated.encadena"
    Project.create(path, "Fechas", country="CR", backups=False).close()
    code, out, err = run(capsys, "project", "import", path, survey, "--toolkit", kit, "--json", "-")
    assert code == 0 and json.loads(out)["added"] == len(DATES), err
    with Project.open(path, backups=False) as project:
        found = {c: project.assessments(c)[0].assessed_on for c in DATES}
    assert found == {c: iso for c, (_, iso) in DATES.items()}
