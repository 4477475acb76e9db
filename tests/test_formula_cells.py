"""Formulas saved without a value (workbooks written by scripts, never calculated) are reported
by the toolkit loader, the follow-up import and the survey import instead of reading as blank."""
from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import hostile_corpus as hc
from core.errors import UserInputError
from core.messages import message
from core.plans import ImprovementPlan
from core.plans.followup_export import export_followup
from core.plans.followup_import import import_followup
from core.plans.store import load_plan, save_plan
from core.project import Company, Project, ValueChain
from core.scoring.summary import error_reason
from core.survey import formula_cells, import_survey
from core.survey.model import ImportOptions
from core.toolkit.loader import load_toolkit
from test_project_support import HEADER, answers
from toolkit_factory import write_toolkit

S1 = [answers("S1")[h] for h in HEADER]
S2 = [answers("S2")[h] for h in HEADER]


def _problems(error: UserInputError, code: str = "formula_without_value") -> list[tuple]:
    return [(p.sheet, p.row, p.column, p.params.get("value")) for p in error.problems if p.code == code]


# -- toolkit -------------------------------------------------------------------------------------

def test_a_toolkit_formula_without_value_is_a_located_problem(tmp_path):
    path = write_toolkit(tmp_path / "t.xlsx", item={"ops_01": {"score::weight": "=1+1"}},
                         band={"good": {"min": "=60+10"}})
    with pytest.raises(UserInputError) as error:
        load_toolkit(path)
    assert error.value.code == "invalid_toolkit"
    survey = load_workbook(path)["survey"]
    weight = next(c.column_letter for c in survey[1] if c.value == "score::weight")
    row = next(c.row for c in survey["B"] if c.value == "ops_01")
    bands = load_workbook(path)["bands"]
    band_row = next(c.row for c in bands["A"] if c.value == "good")
    found = _problems(error.value)
    assert ("survey", row, weight, "=1+1") in found
    assert ("bands", band_row, _column(bands, "min"), "=60+10") in found
    assert len(found) == 2
    with pytest.raises(UserInputError) as from_bytes:       # the same from the workbook's bytes
        load_toolkit(path.read_bytes())
    assert _problems(from_bytes.value) == _problems(error.value)
    assert "Excel" in str(error.value) and "(bytes)" in str(from_bytes.value)


def test_a_toolkit_with_calculated_formulas_loads(tmp_path):
    """A formula saved with its value (as Excel saves) is an ordinary cell."""
    path = write_toolkit(tmp_path / "t.xlsx", item={"ops_01": {"score::weight": "=1+1"}})
    edited = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(edited, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>")
                         .replace(b"<f>1+1</f></c>", b"<f>1+1</f><v>2</v></c>"))
    assert load_toolkit(edited).item("ops_01").weight == 2


# -- follow-up workbook ----------------------------------------------------------------------------

@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.encadena", "PDP", country="CR", backups=False)
    for cid, role in (("B-1", "buyer"), ("S-001", "supplier")):
        p.save_company(Company(cid, name=f"Empresa {cid}", role=role))
    p.save_chain(ValueChain("Lácteos", anchor_id="B-1", suppliers=["S-001"]))
    plan = ImprovementPlan("S-001", agreed_on=date(2026, 3, 1))
    kpi = plan.add_kpi("Productividad", unit="kg/h", baseline_value=100, baseline_date=date(2026, 3, 1),
                       target_value=130, target_date=date(2026, 12, 1))
    plan.add_action("Capacitación 5S", start=date(2026, 4, 1), due=date(2026, 6, 1))
    kpi.add_measurement(date(2026, 5, 1), 104.0, "ERP", "")
    save_plan(p.conn, plan)
    yield p
    p.close()


def _column(ws, header: str) -> str:
    return next(c.column_letter for c in ws[1] if str(c.value).strip().lower().startswith(header))


def test_followup_formulas_replace_the_blank_cell_problems(project, tmp_path):
    path = export_followup(project.conn, "Lácteos", tmp_path / "f.xlsx", "en", today=date(2026, 6, 1))
    wb = load_workbook(path)
    actions, measurements = wb["Actions"], wb["Measurements"]
    title, value, note = _column(actions, "title"), _column(measurements, "value"), _column(measurements, "note")
    actions[f"{title}2"] = '="Capacitación "&"5S"'       # required: would read as a blank title
    measurements[f"{value}2"] = "=100+5"
    measurements[f"{note}2"] = '=TEXT(1,"0")'              # optional: would be silently emptied
    actions["ZZ2"] = "=1+1"                                # no header: a column the import never reads
    wb.save(path)
    with pytest.raises(UserInputError) as error:
        import_followup(project.conn, path, date(2026, 6, 2))
    assert error.value.code == "followup_invalid"
    assert sorted(_problems(error.value)) == sorted([
        ("Actions", 2, title, '="Capacitación "&"5S"'), ("Measurements", 2, value, "=100+5"),
        ("Measurements", 2, note, '=TEXT(1,"0")')])
    assert {p.code for p in error.value.problems} == {"formula_without_value"}   # no "required" too
    assert load_plan(project.conn, "S-001").actions[0].title == "Capacitación 5S"    # nothing changed


# -- survey ----------------------------------------------------------------------------------------

@pytest.fixture
def kit(tmp_path) -> Path:
    return write_toolkit(tmp_path / "toolkit.xlsx")


def test_a_small_survey_reports_each_formula_cell(tmp_path, kit):
    """fin_01 (H) has one typed answer and one formula; the unmatched column J is not reported."""
    path = hc.table_xlsx(tmp_path / "s.xlsx", [HEADER + ["extra"],
                                               S1[:7] + [hc.Formula("40+5"), "yes", hc.Formula("1")],
                                               S2[:7] + [60, "no", "x"]])
    data = import_survey(path, load_toolkit(kit))
    assert [(e.sheet, e.row, e.column, e.item, e.value, e.code) for e in data.errors] == [
        ("Hoja1", 2, "H", "fin_01", "=40+5", "formula_without_value")]
    assert "H2" in data.errors[0].message and "=" not in data.errors[0].message.split("H2")[0]
    assert data.values["fin_01"].isna().tolist() == [True, False]
    for language in ("es", "pt"):
        text = message("formula_without_value", language, **data.errors[0].params)
        assert "{" not in text and "H2" in text and text != data.errors[0].message
        assert error_reason(data.errors[0], language) == text     # the score summary translates it
    with pytest.raises(UserInputError) as error:
        import_survey(path, load_toolkit(kit), ImportOptions(strict=True))
    assert error.value.code == "strict_refused"
    assert [(p.code, p.row, p.column) for p in error.value.problems] == [("formula_without_value", 2, "H")]


def test_a_large_survey_is_scanned_only_for_an_all_blank_item_column(tmp_path, kit, monkeypatch):
    monkeypatch.setattr(formula_cells, "SCAN_BYTES", 0)     # every sheet counts as large
    mixed = hc.table_xlsx(tmp_path / "mixed.xlsx", [HEADER, S1[:7] + [hc.Formula("40+5"), "yes"],
                                                    S2[:7] + [60, "no"]])
    assert import_survey(mixed, load_toolkit(kit)).errors == []       # not suspicious: not scanned
    blank = hc.table_xlsx(tmp_path / "blank.xlsx", [HEADER, S1[:7] + [hc.Formula("40+5"), "yes"],
                                                    S2[:7] + [hc.Formula("B3*2"), "no"]])
    data = import_survey(blank, load_toolkit(kit))
    assert [(e.row, e.column, e.item, e.value) for e in data.errors] == [
        (2, "H", "fin_01", "=40+5"), (3, "H", "fin_01", "=B3*2")]
    assert len(data) == 2 and data.values["fin_01"].isna().all()


def test_csv_surveys_are_never_scanned(tmp_path, kit):
    path = tmp_path / "s.csv"
    path.write_text(",".join(HEADER) + "\n" + ",".join(str(v) for v in S1[:7]) + ",,yes\n")
    assert import_survey(path, load_toolkit(kit)).errors == []
