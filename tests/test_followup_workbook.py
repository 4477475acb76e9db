"""The follow-up workbook: layout, protection, dropdowns, no formula injection, round trips,
edits merged by ids, and every bad cell reported with nothing changed."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from core.cli.main import main
from core.errors import UserInputError
from core.plans import ImprovementPlan
from core.plans.followup_export import export_followup
from core.plans.followup_cells import parse_number
from core.plans.followup_import import import_followup
from core.plans.store import load_plan, load_plans, save_plan
from core.project import Company, Project, ValueChain

D = date
TRICKY = ["=HYPERLINK(\"http://x\",\"y\")", "+1 555", "-3 days late", "@admin", "\tindent", "\rcr"]
TABLES = ("plans", "plan_actions", "action_updates", "plan_kpis", "kpi_measurements")


def snapshot(conn) -> dict:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall() for t in TABLES}


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "p.encadena", "PDP", country="CR", backups=False)
    for cid, role in (("B-1", "buyer"), ("S-001", "supplier"), ("S-002", "supplier"), ("S-009", "supplier")):
        p.save_company(Company(cid, name=f"Empresa {cid}", role=role))
    p.save_chain(ValueChain("Lácteos", anchor_id="B-1", suppliers=["S-001", "S-002"]))
    p.save_chain(ValueChain("Café", suppliers=["S-009"]))
    for company in ("S-001", "S-002", "S-009"):
        plan = ImprovementPlan(company, agreed_on=D(2026, 3, 1))
        k1 = plan.add_kpi("Productividad", unit="kg/h", catalogue_id="productivity", baseline_value=100,
                          baseline_date=D(2026, 3, 1), target_value=130, target_date=D(2026, 12, 1))
        plan.add_kpi("Defectos", unit="ppm", direction="lower", baseline_value=4000.5,
                     baseline_date=D(2026, 3, 1), target_value=2000, target_date=D(2026, 12, 1),
                     notes=TRICKY[2])
        a = plan.add_action(TRICKY[0], area="production", items=["ops_01"], owner=TRICKY[3],
                            start=D(2026, 4, 1), due=D(2026, 8, 1), budget=10000, programme_share=0.7,
                            buyer_share=0.23, supplier_share=0.07, kpi_id=k1.id, notes=TRICKY[4])
        a.record(D(2026, 5, 1), percent=33.3, status="in_progress")
        plan.add_action("Capacitación 5S", start=D(2026, 4, 15), due=D(2026, 6, 1), notes=TRICKY[5])
        plan.add_action("Ruta de entregas", owner=TRICKY[1])
        k1.add_measurement(D(2026, 5, 1), 104.25, "ERP", TRICKY[1])
        save_plan(p.conn, plan)
    yield p
    p.close()


def export(project, tmp_path, language="es", chain="Lácteos") -> Path:
    return export_followup(project.conn, chain, tmp_path / f"seguimiento-{language}.xlsx", language,
                           today=D(2026, 6, 1))


def test_export_layout_protection_and_dropdowns(project, tmp_path):
    wb = load_workbook(export(project, tmp_path, "es"))
    assert wb.sheetnames == ["Instrucciones", "Acciones", "Indicadores", "Mediciones", "Listas", "encadena"]
    assert wb["encadena"].sheet_state == "veryHidden"
    assert wb["Listas"].sheet_state == "hidden"
    actions = wb["Acciones"]
    assert [c.value for c in actions[1]][:4] == ["Id empresa", "Empresa", "Id acción", "Título"]
    ids = [actions.cell(i, 3).value for i in range(2, actions.max_row + 1)]
    assert [i for i in ids if i] == ["A01", "A02", "A03"] * 2          # S-009 is in Café, not exported
    assert actions.max_row == 7 + 40                                   # room for new actions
    assert not actions["A8"].protection.locked and actions["C8"].protection.locked
    assert actions.protection.sheet and wb["Indicadores"].protection.sheet and wb["Mediciones"].protection.sheet
    assert actions["A2"].protection.locked and actions["C2"].protection.locked
    assert not actions["D2"].protection.locked and not actions["J2"].protection.locked
    assert actions["J2"].value == "en curso" and actions["K2"].value == 33.3
    assert actions["M2"].value == pytest.approx(70) and actions["N2"].value == pytest.approx(23)
    ranges = {str(dv.sqref): dv.formula1 for dv in actions.data_validations.dataValidation}
    assert ranges["J2:J47"].startswith("='Listas'!$A$1") and "P2:P47" in ranges
    assert ranges["A2:A47"].startswith("='Listas'!$C$1")
    lists = wb["Listas"]
    assert [lists.cell(i, 1).value for i in range(1, 6)] == ["no iniciada", "en curso", "terminada",
                                                             "bloqueada", "cancelada"]
    assert [lists.cell(i, 3).value for i in range(1, 5)] == ["B-1", "S-001", "S-002", None]
    measurements = wb["Mediciones"]
    dvs = {str(dv.sqref): dv.formula1 for dv in measurements.data_validations.dataValidation}
    assert any(f.startswith("='Listas'!$C$1") for f in dvs.values())   # company ids
    assert any(f.startswith("='Listas'!$D$1") for f in dvs.values())   # KPI ids
    assert not measurements.cell(row=200, column=4).protection.locked  # room for new rows
    assert "Lácteos" in wb["Instrucciones"]["A1"].value
    english = export(project, tmp_path, "en")
    assert load_workbook(english).sheetnames[0] == "Instructions"
    import os
    umask = os.umask(0)
    os.umask(umask)
    assert english.stat().st_mode & 0o777 == 0o666 & ~umask


def test_text_that_looks_like_a_formula_stays_text(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    ws = wb["Actions"]
    assert ws["D2"].data_type == "s" and ws["D2"].value == TRICKY[0]
    assert ws["G2"].data_type == "s" and ws["Q2"].value == TRICKY[4]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Actions").to_python()
    assert rows[1][3] == TRICKY[0] and rows[1][6] == TRICKY[3] and rows[1][16] == TRICKY[4]
    assert rows[3][6] == TRICKY[1] and rows[2][16] == TRICKY[5]
    import zipfile
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in z.read(n) for n in sheets)


@pytest.mark.parametrize("language", ["es", "en", "pt"])
def test_round_trip_without_edits_changes_nothing(project, tmp_path, language):
    before = snapshot(project.conn)
    outcome = import_followup(project.conn, export(project, tmp_path, language), D(2026, 6, 2))
    assert outcome.plans_changed == [] and outcome.actions_changed == 0
    assert outcome.measurements_added == 0 and outcome.kpis_changed == 0
    assert snapshot(project.conn) == before


def test_edits_are_merged_by_id_and_progress_is_recorded(project, tmp_path):
    path = export(project, tmp_path, "es")
    wb = load_workbook(path)
    ws = wb["Acciones"]
    ws["J2"], ws["K2"] = "terminada", 100                     # S-001 A01 done
    ws["G3"] = "María"                                        # S-001 A02 owner
    ws["J3"] = "In progress"                                  # English label accepted
    ws["K3"] = "45%"
    ws["I6"] = datetime(2026, 9, 15)                           # S-002 A02 due
    ws["L7"] = "2.500,50"                                     # S-002 A03 budget, decimal comma
    kp = wb["Indicadores"]
    kp["I2"] = 135                                            # S-001 K01 target
    kp["F3"] = "mayor"                                        # S-001 K02 direction
    me = wb["Mediciones"]
    me["D2"] = 105                                            # S-001 K01 2026-05-01 corrected
    for row, values in ((4, ["S-001", "K01", datetime(2026, 6, 1), 109, "ERP", "junio"]),
                        (5, ["S-002", "K02", "2026-06-01", "3.500,5", "", "=1+1"])):
        for col, value in enumerate(values, start=1):
            cell = me.cell(row=row, column=col, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
    wb.save(path)
    outcome = import_followup(project.conn, path, D(2026, 6, 2))
    assert sorted(outcome.plans_changed) == ["S-001", "S-002"]
    assert (outcome.actions_changed, outcome.kpis_changed) == (4, 2)
    assert (outcome.measurements_added, outcome.measurements_changed) == (2, 1)
    s1, s2 = load_plan(project.conn, "S-001"), load_plan(project.conn, "S-002")
    a1, a2 = s1.actions[0], s1.actions[1]
    assert (a1.status, a1.percent) == ("done", 100.0)
    assert [(u.on, u.status) for u in a1.updates] == [(D(2026, 5, 1), "in_progress"), (D(2026, 6, 2), "done")]
    assert (a2.owner, a2.status, a2.percent) == ("María", "in_progress", 45.0)
    assert a1.title == TRICKY[0] and a1.programme_share == 0.7 and a1.buyer_share == 0.23
    assert s2.actions[1].due == D(2026, 9, 15) and s2.actions[2].budget == 2500.5
    assert s1.kpis[0].target_value == 135 and s1.kpis[1].direction == "higher"
    assert [(m.on, m.value) for m in s1.kpis[0].measurements] == [(D(2026, 5, 1), 105), (D(2026, 6, 1), 109)]
    assert s2.kpis[1].measurements[0].value == 3500.5 and s2.kpis[1].measurements[0].note == "=1+1"
    assert load_plan(project.conn, "S-009") == load_plans(project.conn)["S-009"]      # other chain untouched
    again = import_followup(project.conn, path, D(2026, 6, 3))                        # idempotent
    assert again.plans_changed == []


def test_every_bad_cell_is_reported_and_nothing_changes(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    ws = wb["Actions"]
    ws["J2"] = "finished"                                     # not a status
    ws["K3"] = 140                                            # percent out of range
    ws["H4"] = "next week"                                    # not a date
    ws["D5"] = None                                           # title required
    ws["C6"] = "A99"                                          # unknown action id
    ws["M7"], ws["N7"], ws["O7"] = 80, 30, 0                  # shares add up to 110
    ws["P2"] = "K77"                                          # unknown KPI id
    wb["KPIs"]["G2"] = "a lot"                                # baseline not a number
    wb["KPIs"]["F3"] = "sideways"                             # not a direction
    wb["KPIs"]["J4"] = datetime(2025, 1, 1)                   # target date before the baseline
    me = wb["Measurements"]
    for col, value in enumerate(["S-404", "K01", "2026-06-01", 1], start=1):
        me.cell(row=6, column=col, value=value)
    for col, value in enumerate(["S-001", "K01", "31/02/2026", "x"], start=1):
        me.cell(row=7, column=col, value=value)
    for col, value in enumerate(["S-001", "K02", None, 5], start=1):
        me.cell(row=8, column=col, value=value)
    wb.save(path)
    before = snapshot(project.conn)
    with pytest.raises(UserInputError) as err:
        import_followup(project.conn, path, D(2026, 6, 2))
    assert err.value.code == "followup_invalid"
    found = {(p.sheet, p.row, p.column, p.code) for p in err.value.problems}
    assert found == {
        ("Actions", 2, "J", "followup_bad_status"),
        ("Actions", 3, "K", "followup_out_of_range"),
        ("Actions", 4, "H", "followup_not_a_date"),
        ("Actions", 5, "D", "followup_required"),
        ("Actions", 6, "C", "followup_unknown_id"),
        ("Actions", 7, "M", "plan_shares_not_100"),
        ("KPIs", 2, "G", "followup_not_a_number"),
        ("KPIs", 3, "F", "followup_bad_direction"),
        ("KPIs", 4, "J", "plan_target_before_baseline"),
        ("Measurements", 6, "A", "followup_unknown_id"),
        ("Measurements", 7, "C", "followup_not_a_date"),
        ("Measurements", 7, "D", "followup_not_a_number"),
        ("Measurements", 8, "C", "followup_required"),
    }
    values = {(p.sheet, p.row, p.column): p.params.get("value") for p in err.value.problems}
    assert values[("Actions", 2, "J")] == "finished" and values[("Measurements", 7, "C")] == "31/02/2026"
    assert snapshot(project.conn) == before
    text = str(err.value)
    assert "sheet 'Actions', row 2, column J" in text and "'finished' is not a status" in text


def test_unknown_kpi_reference_on_an_action_is_a_cell_error(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    wb["Actions"]["P2"] = "K77"
    wb.save(path)
    with pytest.raises(UserInputError) as err:
        import_followup(project.conn, path, D(2026, 6, 2))
    assert [(p.row, p.column, p.code, p.params["value"]) for p in err.value.problems] == [
        (2, "P", "followup_unknown_id", "K77")]


def test_missing_sheets_and_columns_are_reported(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    del wb["Measurements"]
    wb["KPIs"]["C1"] = "something else"
    wb.save(path)
    with pytest.raises(UserInputError) as err:
        import_followup(project.conn, path, D(2026, 6, 2))
    assert {(p.sheet, p.code) for p in err.value.problems} == {
        ("Measurements", "followup_missing_sheet"), ("KPIs", "followup_missing_column")}


def test_duplicate_rows_are_refused(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    me = wb["Measurements"]
    for row in (4, 5):
        for col, value in enumerate(["S-001", "K01", "2026-06-01", 100 + row], start=1):
            me.cell(row=row, column=col, value=value)
    wb.save(path)
    with pytest.raises(UserInputError) as err:
        import_followup(project.conn, path, D(2026, 6, 2))
    assert [(p.row, p.code) for p in err.value.problems] == [(5, "followup_duplicate_row")]


@pytest.mark.parametrize("text, value", [("1.234,5", 1234.5), ("1,234.5", 1234.5), ("12,5", 12.5),
                                         ("75%", 75.0), (" 3 ", 3.0), (7, 7.0), ("", None),
                                         ("-1.234.567,5", -1234567.5)])
def test_numbers_in_text_cells(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, decimal_comma, value", [
    ("1,234", False, 1234.0), ("1,234", True, 1.234), ("1.234", True, 1234.0), ("1.234", False, 1.234),
    ("1,5", False, 1.5), ("12.5", True, 12.5), ("1,234,567", False, 1234567.0)])
def test_a_lone_separator_follows_the_programme_number_format(text, decimal_comma, value):
    assert parse_number(text, decimal_comma) == pytest.approx(value)


def test_bad_numbers_are_refused():
    from core.plans.followup_cells import CellValueError
    for text in ("1.2.3,4,5", "abc", True):
        with pytest.raises(CellValueError):
            parse_number(text)


def test_cli_export_and_import(project, tmp_path, capsys):
    path = str(project.path)
    project.close()
    out = tmp_path / "f.xlsx"
    assert main(["followup", "export", path, "--chain", "Lácteos", "-o", str(out), "--language", "es"]) == 0
    assert load_workbook(out).sheetnames[0] == "Instrucciones"
    assert main(["followup", "import", path, str(out), "--as-of", "2026-06-02", "--json", "-"]) == 0
    assert '"plans_changed": []' in capsys.readouterr().out
    wb = load_workbook(out)
    wb["Acciones"]["K2"] = "mucho"
    wb.save(out)
    assert main(["--language", "es", "followup", "import", path, str(out)]) == 2
    err = capsys.readouterr().err
    assert "no se importó nada" in err and "hoja 'Acciones', fila 2, columna K" in err
    assert "'mucho' no es un número" in err and "sheet" not in err
    assert main(["followup", "export", path, "--chain", "Nada", "-o", str(out)]) == 2


def test_cancelling_leaves_no_file_and_no_change(project, tmp_path):
    from core.errors import Cancelled

    def cancel_at(point):
        def progress(fraction, _message):
            if fraction >= point:
                raise Cancelled()
        return progress

    target = tmp_path / "never.xlsx"
    with pytest.raises(Cancelled):
        export_followup(project.conn, "Lácteos", target, "en", D(2026, 6, 1), progress=cancel_at(0.9))
    assert not target.exists() and list(tmp_path.glob(".*.tmp")) == []
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    wb["Actions"]["K2"] = 90
    wb.save(path)
    before = snapshot(project.conn)
    with pytest.raises(Cancelled):
        import_followup(project.conn, path, D(2026, 6, 2), progress=cancel_at(1.0))
    assert snapshot(project.conn) == before
    assert import_followup(project.conn, path, D(2026, 6, 2)).actions_changed == 1


def test_new_actions_agreed_on_site_get_ids_once(project, tmp_path):
    path = export(project, tmp_path, "es")
    wb = load_workbook(path)
    ws = wb["Acciones"]
    for row, values in ((8, {"A": "S-002", "D": "Nuevo layout", "H": datetime(2026, 7, 1), "I": datetime(2026, 9, 1),
                             "J": "en curso", "K": 10, "L": 3000, "M": 80, "N": 20, "O": 0}),
                        (9, {"A": "B-1", "D": "Programa de proveedores", "G": "Compras"})):
        for col, value in values.items():
            ws[f"{col}{row}"] = value
    wb.save(path)
    outcome = import_followup(project.conn, path, D(2026, 6, 2))
    assert outcome.actions_added == 2 and sorted(outcome.plans_changed) == ["B-1", "S-002"]
    new = load_plan(project.conn, "S-002").actions[-1]
    assert (new.id, new.title, new.status, new.percent, new.programme_share) == (
        "A04", "Nuevo layout", "in_progress", 10.0, 0.8)
    assert [(u.on, u.percent) for u in new.updates] == [(D(2026, 6, 2), 10.0)]
    buyer = load_plan(project.conn, "B-1")
    assert [(a.id, a.owner, a.status) for a in buyer.actions] == [("A01", "Compras", "not_started")]
    again = import_followup(project.conn, path, D(2026, 6, 3))        # the same file again: no duplicates
    assert again.actions_added == 0 and again.plans_changed == []


def test_a_new_action_for_an_unknown_company_or_without_title_is_refused(project, tmp_path):
    path = export(project, tmp_path, "en")
    wb = load_workbook(path)
    ws = wb["Actions"]
    ws["A8"], ws["D8"] = "S-404", "Ghost"
    ws["A9"], ws["G9"] = "S-001", "Ana"
    wb.save(path)
    with pytest.raises(UserInputError) as err:
        import_followup(project.conn, path, D(2026, 6, 2))
    assert {(p.row, p.column, p.code) for p in err.value.problems} == {
        (8, "A", "followup_unknown_id"), (9, "D", "followup_required")}
