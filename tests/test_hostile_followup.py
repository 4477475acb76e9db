"""Hostile follow-up workbooks through ``encadena followup import`` (in process): unreadable files
are refused with the project unchanged; awkward but valid cells are stored exactly."""
from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import hostile_corpus as hc
from core.cli import main as cli
from core.plans import ImprovementPlan
from core.plans.store import load_plan, save_plan
from core.project import Company, Project, ValueChain, check_file


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(120):
        yield


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Path]:
    """A project with one chain of two suppliers with plans, and its exported follow-up workbook."""
    folder = tmp_path_factory.mktemp("followup")
    path = folder / "template.encadena"
    with Project.create(path, "PDP", country="CR", backups=False) as project:
        for cid, role in (("B-1", "buyer"), ("S-001", "supplier"), ("S-002", "supplier")):
            project.save_company(Company(cid, name=f"Empresa {cid}", role=role))
        project.save_chain(ValueChain("Lácteos", anchor_id="B-1", suppliers=["S-001", "S-002"]))
        for company in ("S-001", "S-002"):
            plan = ImprovementPlan(company, agreed_on=date(2026, 3, 1))
            kpi = plan.add_kpi("Productividad", unit="kg/h", baseline_value=100,
                               baseline_date=date(2026, 3, 1), target_value=130,
                               target_date=date(2026, 12, 1))
            plan.add_action("Capacitación 5S", start=date(2026, 4, 1), due=date(2026, 6, 1), notes="-")
            kpi.add_measurement(date(2026, 5, 1), 104.0, "ERP", "")
            save_plan(project.conn, plan)
    workbook = folder / "seguimiento.xlsx"
    assert cli.main(["--language", "en", "followup", "export", str(path), "--chain", "Lácteos",
                     "-o", str(workbook)]) == 0
    return path, workbook


@pytest.fixture
def project(template, tmp_path) -> Path:
    path = tmp_path / "p.encadena"
    shutil.copyfile(template[0], path)
    return path


@pytest.fixture
def refusals(monkeypatch) -> list:
    seen: list = []
    original = cli.describe_error

    def record(exc):
        seen.append((exc.code, sorted({p.code for p in exc.problems})))
        return original(exc)
    monkeypatch.setattr(cli, "describe_error", record)
    from core.plans import followup_report     # the import's own report, in the workbook's language
    own = followup_report.describe

    def record_own(exc, language=None):
        seen.append((exc.code, sorted({p.code for p in exc.problems})))
        return own(exc, language)
    monkeypatch.setattr(followup_report, "describe", record_own)
    return seen


def run_import(capsys, project: Path, workbook: Path) -> tuple[int, str, str]:
    start = time.perf_counter()
    code = cli.main(["followup", "import", str(project), str(workbook), "--as-of", "2026-06-02"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and time.perf_counter() - start < 20
    return code, out, err


@pytest.mark.parametrize("case", hc.FILE_REFUSALS)
def test_unreadable_files_are_refused_and_nothing_changes(case, project, tmp_path, capsys, refusals):
    build, code, phrase = hc.FILE_REFUSALS[case]
    before = hc.database_dump(project)
    exit_code, out, err = run_import(capsys, project, build(tmp_path))
    assert (exit_code, refusals) == (2, [(code, [])]) and phrase in err
    assert hc.database_dump(project) == before


def test_a_truncated_export_is_refused(template, project, tmp_path, capsys, refusals):
    before = hc.database_dump(project)
    code, _, err = run_import(capsys, project, hc.truncated_copy(template[1], tmp_path / "cut.xlsx"))
    assert (code, refusals) == (2, [("corrupt_file", [])])
    assert hc.database_dump(project) == before


def test_a_survey_workbook_is_not_a_followup(project, tmp_path, capsys, refusals):
    before = hc.database_dump(project)
    code, _, err = run_import(capsys, project, hc.hf.survey_xlsx(tmp_path))
    assert (code, refusals) == (2, [("followup_invalid", ["followup_missing_sheet"])])
    assert hc.database_dump(project) == before


def _edited(template: tuple[Path, Path], tmp_path: Path, edit) -> Path:
    wb = load_workbook(template[1])
    edit(wb)
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


RTL = "Revisar \u202eشركة\u202c con «María» & José"


def test_awkward_text_is_stored_exactly(template, project, tmp_path, capsys, refusals):
    def edit(wb):
        wb["Actions"]["Q2"] = RTL                                  # notes of S-001 A01
        wb["Actions"]["Q3"] = "n" * 32767                          # notes of S-002 A01, Excel's maximum
        wb["Actions"]["D2"].value = "=1+1"
        wb["Actions"]["D2"].data_type = "s"                        # typed text, not a formula
    code, out, err = run_import(capsys, project, _edited(template, tmp_path, edit))
    assert (code, refusals) == (0, []), err
    with Project.open(project, backups=False) as p:
        first, second = load_plan(p.conn, "S-001"), load_plan(p.conn, "S-002")
    assert first.actions[0].notes == RTL and first.actions[0].title == "=1+1"
    assert second.actions[0].notes == "n" * 32767
    assert check_file(project).ok


def test_a_formula_without_value_reads_as_blank_and_is_reported(template, project, tmp_path, capsys,
                                                                  refusals):
    """openpyxl writes '=100+5' as a formula with no cached value: the measurement value reads
    as blank, which the import reports as a formula without value; nothing is stored."""
    before = hc.database_dump(project)
    code, _, err = run_import(capsys, project, _edited(
        template, tmp_path, lambda wb: wb["Measurements"].__setitem__("D2", "=100+5")))
    assert (code, refusals) == (2, [("followup_invalid", ["formula_without_value"])])
    assert "row 2, column D" in err
    assert hc.database_dump(project) == before


def test_junk_out_to_column_xfd_is_ignored(template, project, tmp_path, capsys, refusals):
    path = _edited(template, tmp_path, lambda wb: wb["Actions"].cell(row=1, column=hc.MAX_COLUMNS,
                                                                     value="columna extra"))
    before = hc.database_dump(project)
    code, _, err = run_import(capsys, project, path)
    assert (code, refusals) == (0, []), err
    assert hc.database_dump(project) == before          # nothing edited: nothing changes
