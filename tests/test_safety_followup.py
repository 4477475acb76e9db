"""Issue 13, class "a follow-up workbook touches only its chain": a workbook exported for value
chain A cannot add or change actions, KPIs or measurements of a company of chain B; a workbook
that does not say its chain is refused; the project is unchanged after a refusal."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import hostile_corpus as hc
from core.plans.model import Action, ImprovementPlan, Kpi
from core.plans.store import save_plan
from core.project import Project
from safety_support import run_cli, run_here
from test_project_support import answers, write_survey
from toolkit_factory import write_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(300):
        yield


@pytest.fixture
def two_chains(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")
    kit = write_toolkit(tmp_path / "toolkit.xlsx")
    path = tmp_path / "p.encadena"
    with Project.create(path, "Programa", backups=False) as project:
        for chain, ids in (("Cadena A", ["A1", "A2"]), ("Cadena B", ["B1", "B2"])):
            survey = write_survey(tmp_path / f"{chain}.xlsx", [answers(c) for c in ids])
            project.import_survey(survey, kit, assessed_on="2026-01-15", chain=chain)
        for company in ("A1", "B1"):
            save_plan(project.conn, ImprovementPlan(company, actions=[Action("A01", f"Plan {company}",
                                                                             due=date(2026, 6, 1))],
                                                    kpis=[Kpi("K01", "Ventas", unit="%")]))
    return path


def _export(project: Path, capsys, chain: str = "Cadena A") -> Path:
    out = project.parent / "f.xlsx"
    assert run_here(capsys, "followup", "export", project, "--chain", chain, "-o", out)[0] == 0
    return out


def _add_rows(path: Path, sheet: str, rows: list[list]) -> None:
    wb = load_workbook(path)
    ws = wb[sheet]
    first = next(r for r in range(2, ws.max_row + 2) if ws.cell(r, 1).value in (None, ""))
    for i, values in enumerate(rows):
        for j, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(first + i, j).value = value
    wb.save(path)


@pytest.mark.parametrize("sheet, row", [
    ("Actions", ["B1", None, None, "Acción colada", None, None, None, date(2026, 3, 1), date(2026, 4, 1)]),
    ("KPIs", ["B1", None, "K09", "Costo", "%"]),
    ("Measurements", ["B1", "K01", date(2026, 3, 1), 5]),
])
def test_rows_for_another_chain_are_refused(two_chains, capsys, sheet, row):
    workbook = _export(two_chains, capsys)
    _add_rows(workbook, sheet, [row])
    dump = hc.database_dump(two_chains)
    code, _, err = run_here(capsys, "followup", "import", two_chains, workbook)
    assert code == 2 and "company B1 is not in the value chain 'Cadena A'" in err, err
    assert f"sheet '{sheet}'" in err
    assert hc.database_dump(two_chains) == dump


def test_its_own_chain_still_imports(two_chains, capsys):
    workbook = _export(two_chains, capsys)
    _add_rows(workbook, "Actions", [["A2", None, None, "Nueva acción", None, None, None,
                                     date(2026, 3, 1), date(2026, 4, 1)]])
    code, out, err = run_here(capsys, "followup", "import", two_chains, workbook)
    assert code == 0, err


@pytest.mark.parametrize("forge", ["delete", "other chain", "unknown chain"])
def test_a_workbook_whose_chain_mark_was_removed_or_forged(two_chains, capsys, forge):
    workbook = _export(two_chains, capsys)
    if forge == "delete":
        wb = load_workbook(workbook)
        del wb["encadena"]
        wb.save(workbook)
    else:
        wb = load_workbook(workbook)
        wb["encadena"]["B1"].value = "Cadena B" if forge == "other chain" else "Cadena Z"
        wb.save(workbook)
    dump = hc.database_dump(two_chains)
    code, _, err = run_here(capsys, "followup", "import", two_chains, workbook)
    assert code == 2
    if forge == "other chain":          # its rows (chain A's companies) do not belong to chain B
        assert "company A1 is not in the value chain 'Cadena B'" in err
    else:
        assert "does not say which value chain it was exported for" in err
    assert hc.database_dump(two_chains) == dump


def test_the_real_command_line_says_it_too(two_chains, capsys, tmp_path):
    workbook = _export(two_chains, capsys)
    _add_rows(workbook, "Actions", [["B2", None, None, "Otra", None, None, None, date(2026, 3, 1),
                                     date(2026, 4, 1)]])
    code, _, err = run_cli("--language", "es", "followup", "import", two_chains, workbook,
                           data=tmp_path / "data")
    assert code == 2 and "la empresa B2 no pertenece a la cadena de valor 'Cadena A'" in err
