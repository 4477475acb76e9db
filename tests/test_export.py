"""Results workbook and CSV export: re-read every sheet (values, types, formats, no formulas)."""
from __future__ import annotations

import csv
import shutil
from dataclasses import replace
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from core.cli.main import main

TODAY = date(2026, 1, 15)
EVIL_NAME = '=HYPERLINK("http://evil","click")'
EVIL_OWNER = "@SUM(1+1)"


def build_programme(path) -> None:
    """The demo programme, plus hostile text and plans with KPIs and measurements (chain 1)."""
    from core.demo.builder import build_demo
    from core.plans.draft import draft_for_company
    from core.plans.store import save_plan
    from core.project import Project
    build_demo(path)
    with Project.open(path, backups=False) as project:
        chain = project.value_chains()[0]
        company = project.company(chain.suppliers[0])
        project.save_company(replace(company, name=EVIL_NAME))
        for k, cid in enumerate(chain.suppliers):
            plan = draft_for_company(project.conn, cid, date(2025, 3, 1), language="es")
            for n, action in enumerate(plan.actions):
                action.owner = EVIL_OWNER if n == 0 else "Ana Solís"
                action.budget = 1000.0 * (n + 1)
                if n < k % 3 + 1:
                    action.record(date(2025, 9, 1), status="done")
            for kpi in plan.kpis:
                kpi.baseline_value, kpi.baseline_date = 100.0, date(2025, 3, 1)
                kpi.target_value = 130.0 if kpi.direction == "higher" else 70.0
                step = 1 if kpi.direction == "higher" else -1
                for m in range(1, 4):
                    kpi.add_measurement(date(2025, 3, 1) + timedelta(days=90 * m), 100 + step * (4 + k) * m)
            with project.transaction() as conn:
                save_plan(conn, plan)


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    path = tmp_path_factory.mktemp("prog") / "demo.encadena"
    build_programme(path)
    return path


def _all_cells(ws):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                yield cell


def test_results_workbook_sheets_values_and_safety(programme, tmp_path):
    from core.project import Project
    from core.reports.results_workbook import write_results_workbook
    out = tmp_path / "resultados.xlsx"
    with Project.open(programme, backups=False) as project:
        write_results_workbook(project, out, "es", today=TODAY)
        expected = project.companies().set_index("id")
    book = load_workbook(out)
    assert book.sheetnames[:9] == ["Resumen", "Empresas", "Puntajes por ítem", "Oportunidades",
                                   "Registro de riesgos", "Planes", "Indicadores", "Mediciones", "Resultados"]
    assert "Certificación" in book.sheetnames      # other sheets (groupings, phases) may follow
    cert = [[c.value for c in row] for row in book["Certificación"].iter_rows()]
    assert cert[0][:3] == ["Código de la empresa", "Certificado", "Pendiente"]
    assert cert[0][3] == "Decisión del consultor" and len(cert) > 1
    # issue 15: the phases and the results by group
    assert {"Fases", "Por liderazgo de mujeres", "Por tamaño", "Por sector",
            "Por región"} <= set(book.sheetnames)
    for ws in book:                     # no formula anywhere: every cell is a value
        for cell in _all_cells(ws):
            assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ws = book["Empresas"]
    heads = [c.value for c in ws[1]]
    assert heads[:3] == ["Código de la empresa", "Nombre de la empresa", "Rol"]
    assert "Administración" in heads
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert len(rows) == len(expected)
    evil = next(r for r in rows.values() if r[1].value == EVIL_NAME)
    assert evil[1].data_type == "s"
    row = rows["LDV-104"]
    at = {h: k for k, h in enumerate(heads)}
    assert row[at["Índice"]].value == pytest.approx(expected.loc["LDV-104", "latest_index"])
    assert row[at["Índice"]].number_format == "0.0" and row[at["Cobertura"]].number_format == "0%"
    assert row[at["Nivel"]].value == "En desarrollo"
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref.startswith("A1:")
    assert len(ws.conditional_formatting) >= 1
    items = book["Puntajes por ítem"]
    assert items.cell(2, 1).value == "Meta" and items.cell(1, 3).value == "adm_01"
    assert items.cell(1, 3).comment is not None
    plans = book["Planes"]
    owners = [c.value for c in plans["D"][1:]]
    assert EVIL_OWNER in owners
    assert all(c.data_type == "s" for c in plans["D"][1:] if c.value == EVIL_OWNER)
    kpis = book["Mediciones"]
    assert kpis.max_row > 10
    summary = book["Resumen"]
    assert len(summary._charts) == 2
    assert summary.cell(1, 1).value.startswith("Programa")
    risks = book["Registro de riesgos"]
    assert risks.max_row > 2 and risks.cell(1, 3).value == "Categoría"


def test_results_workbook_of_one_chain_and_unknown_chain(programme, tmp_path):
    from core.errors import UserInputError
    from core.project import Project
    from core.reports.results_workbook import write_results_workbook
    with Project.open(programme, backups=False) as project:
        chain = project.value_chains()[1]
        write_results_workbook(project, tmp_path / "c.xlsx", "en", chain=chain.name, today=TODAY)
        with pytest.raises(UserInputError) as err:
            write_results_workbook(project, tmp_path / "x.xlsx", "en", chain="nope", today=TODAY)
    assert err.value.code == "report_unknown_chain" and not (tmp_path / "x.xlsx").exists()
    ws = load_workbook(tmp_path / "c.xlsx")["Companies"]
    ids = {r[0].value for r in ws.iter_rows(min_row=2)}
    assert ids == {chain.anchor_id, *chain.suppliers}


def test_csv_export_neutralises_formulas(programme, tmp_path):
    from core.project import Project
    from core.reports.csv_export import write_csv
    with Project.open(programme, backups=False) as project:
        files = write_csv(project, tmp_path / "csv", "en", today=TODAY)
    names = sorted(p.name for p in files)
    assert "companies.csv" in names and "item_scores_1.csv" in names and "plans.csv" in names
    with (tmp_path / "csv" / "companies.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "Company ID"
    assert any(r[1] == "'" + EVIL_NAME for r in rows[1:])
    text = (tmp_path / "csv" / "plans.csv").read_text(encoding="utf-8-sig")
    assert "'" + EVIL_OWNER in text and "\n@" not in text and ",@" not in text


def test_cli_export(programme, tmp_path, capsys):
    copy = tmp_path / "p.encadena"
    shutil.copy(programme, copy)
    out = tmp_path / "r.xlsx"
    assert main(["export", str(copy), "-o", str(out), "--language", "pt"]) == 0
    assert load_workbook(out, read_only=True).sheetnames[0] == "Resumo"
    assert main(["export", str(copy), "--csv", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "companies.csv").exists()
    assert main(["export", str(copy), "-o", str(out), "--chain", "nope"]) == 2
    assert "nope" in capsys.readouterr().err


def test_report_data_is_consistent_with_the_project(programme):
    from core.project import Project
    from core.reports.chain_data import chain_report, programme_report
    from core.reports.report_data import supplier_report
    with Project.open(programme, backups=False) as project:
        latest = project.assessments("LDV-104")[-1]
        data = supplier_report(project, "LDV-104", "es", TODAY)
        chains = project.value_chains()
        chain = chain_report(project, chains[0].name, "es", TODAY)
        prog = programme_report(project, "en", TODAY)
    assert data.index == pytest.approx(latest.index) and data.band.name == latest.band
    assert {a.name: a.score for a in data.areas} == {k: v[0] for k, v in latest.area_scores.items()}
    assert data.previous_label.startswith("Ronda 1")
    priorities = [o.priority for o in data.opportunities]
    assert priorities == sorted(priorities, reverse=True) and len(priorities) <= 8
    assert all(o.gap == pytest.approx(o.target - o.score) for o in data.opportunities)
    assert {g.item for g in data.critical_gaps} == set(latest.critical_gaps)
    assert data.risk["cell"] is not None and data.risk["risks"]
    assert not data.plan_is_draft and data.actions and data.kpis
    assert [s.company_id for s in chain.suppliers] == chains[0].suppliers
    assert chain.kpis and all(k.measured <= k.suppliers for k in chain.kpis)
    assert prog.total.suppliers == sum(c.suppliers for c in prog.chains)
    assert sum(prog.total.band_counts.values()) == prog.total.assessed
    assert len(prog.certification) == prog.total.suppliers
    assert all(r for c in prog.certification if not c["certified"] for r in c["reasons"])


def test_cancelled_export_leaves_no_file(programme, tmp_path):
    from core.errors import Cancelled
    from core.project import Project
    from core.reports.results_workbook import write_results_workbook

    def cancel_late(fraction, text):
        if fraction >= 0.75:
            raise Cancelled()
    with Project.open(programme, backups=False) as project:
        with pytest.raises(Cancelled):
            write_results_workbook(project, tmp_path / "r.xlsx", "en", today=TODAY, progress=cancel_late)
    assert list(tmp_path.iterdir()) == []


def test_number_formats_by_language():
    from core.numbers import format_number, format_percent
    assert format_number(1234.5, "es") == "1.234,5" and format_number(1234.5, "pt") == "1.234,5"
    assert format_number(1234.5, "en") == "1,234.5" and format_number(None, "en") == "–"
    assert format_percent(0.975, "es") == "98 %" and format_percent(0.975, "en") == "98%"


def test_exports_of_a_programme_without_diagnoses(tmp_path):
    from core.errors import UserInputError
    from core.project import Company, Project
    from core.reports.csv_export import write_csv
    from core.reports.report_data import supplier_report
    from core.reports.results_workbook import write_results_workbook
    with Project.create(tmp_path / "e.encadena", "Vacío", country="MX", backups=False) as project:
        project.save_company(Company("X1", "+Sin datos"))
        write_results_workbook(project, tmp_path / "e.xlsx", "es", today=TODAY)
        write_csv(project, tmp_path / "csv", "es", today=TODAY)
        with pytest.raises(UserInputError) as err:
            supplier_report(project, "X1", "es", TODAY)
    assert err.value.code == "report_no_assessment"
    ws = load_workbook(tmp_path / "e.xlsx")["Empresas"]
    assert ws.cell(2, 2).value == "+Sin datos" and ws.cell(2, 2).data_type == "s"
    assert "'+Sin datos" in (tmp_path / "csv" / "companies.csv").read_text(encoding="utf-8-sig")
