"""A programme run from scratch in the workbench, in Spanish, with no demo code: import a
diagnosis, draft and edit the plan, agree it, add two KPIs measured over three months, export the
follow-up workbook, fill it as a consultant would, import it, edit the risk register, watch the
burn-up and the KPI chart move, certify one supplier; then undo and redo every edit."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from gui_support import make_window, write_survey

pytestmark = pytest.mark.gui
TODAY = date(2026, 4, 15)


def first_item(conn) -> str:
    return conn.execute("SELECT items FROM plan_actions WHERE company_id = 'S-001' "
                        "ORDER BY position").fetchone()[0]


def _dump(conn) -> list:
    return [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in (
        "plans", "plan_actions", "action_updates", "plan_kpis", "kpi_measurements", "risks",
        "risk_decisions", "certification_decisions", "plan_revisions", "risk_settings")]


@pytest.fixture
def spanish_window(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path, "es")
    qtbot.addWidget(window)
    yield context, window
    if context.session.is_open:
        context.session.close()
    context.languages.apply("en")           # the language is the application's: leave English


def test_a_programme_from_the_diagnosis_to_certification(spanish_window, qtbot, tmp_path, qtmodeltester):
    from gui.widgets.report_source import report_source
    context, window = spanish_window
    window.resize(1280, 800)
    window.show()
    report_source(context).today = TODAY
    session = context.session
    session.create(tmp_path / "programa.encadena", "Programa Lácteo", "CR")
    session.project.import_survey(write_survey(tmp_path / "encuesta.xlsx"), "sdp-diagnostic",
                                  chain="Cadena láctea", round=1, assessed_on="2026-01-10")
    session.refresh()
    conn = session.project.conn
    states = [_dump(conn)]

    def recorded() -> None:
        states.append(_dump(conn))
        assert context.edits.count() == len(states) - 1, context.edits.undoText()
        assert states[-1] != states[-2], context.edits.undoText()

    # --- the plan: drafted from the diagnosis, edited, agreed ---------------------------------
    session.select(None, "S-001")
    window.show_view("company")
    company = window.views["company"]
    plan = company.plan
    assert plan.draft_button.isEnabled() and plan.status_line.text().startswith("Sin plan")
    assert plan.draft()
    recorded()
    plan = window.views["company"].plan
    assert plan.model.rowCount() >= 3 and "Borrador" in plan.status_line.text()
    first = plan.model.row_values(0)
    assert first["title"].startswith("Alcanzar el nivel")
    plan.table.selectRow(0)
    plan.edit_selected()
    editor = plan.editor
    assert [b.value() for b in editor.shares] == [75.0, 25.0, 0.0]
    assert editor.item.count() > 20 and editor.item.currentData() == first_item(conn)
    editor.owner.setText("Ana Solís")
    editor.percent.setValue(40)
    editor.as_of.setDate(editor.as_of.date().fromString("2026-02-15", "yyyy-MM-dd"))
    editor.shares[0].setValue(80.0)                 # 80 + 25 + 0: refused before saving
    assert not editor.save.isEnabled() and "≠" in editor.share_total.text()
    editor.shares[1].setValue(20.0)
    editor.save.click()
    recorded()
    plan.new_action()
    plan.editor.title.setText("Capacitar al equipo de compras")
    plan.editor.start.setDate(plan.editor.start.date().fromString("2026-02-01", "yyyy-MM-dd"))
    plan.editor.due.setDate(plan.editor.due.date().fromString("2026-03-31", "yyyy-MM-dd"))
    plan.editor.budget.setValue(1500)
    plan.editor.save.click()
    recorded()
    count = plan.model.rowCount()
    plan.table.selectRow(count - 1)
    plan.move_selected(-1)
    recorded()
    assert plan.model.row_values(count - 2)["title"] == "Capacitar al equipo de compras"
    plan.table.selectRow(count - 3)
    plan.delete_selected()
    recorded()
    assert plan.agree(date(2026, 1, 20), "Lácteos del Valle", "Proveedor S-001", "Luis Mora")
    recorded()
    assert "20" in plan.status_line.text() and "Luis Mora" in plan.status_line.text()
    rows = conn.execute("SELECT action_id, owner, programme_share, buyer_share FROM plan_actions "
                        "WHERE company_id = 'S-001' ORDER BY position").fetchall()
    assert rows[0][1:] == ("Ana Solís", 0.8, 0.2)
    assert conn.execute("SELECT percent FROM action_updates WHERE on_date = '2026-02-15'").fetchone() == (40.0,)

    # --- two KPIs measured over three months ---------------------------------------------------
    kpis = window.views["company"].kpis
    kpis.new_kpi()
    kpis.editor.catalogue.setCurrentIndex(kpis.editor.catalogue.findData("productivity"))
    kpis.editor.baseline.setValue(100)
    kpis.editor.baseline_date.setDate(kpis.editor.baseline_date.date().fromString("2026-01-15", "yyyy-MM-dd"))
    kpis.editor.target.setValue(130)
    kpis.editor.target_date.setDate(kpis.editor.target_date.date().fromString("2026-10-15", "yyyy-MM-dd"))
    kpis.editor.save.click()
    recorded()
    kpis.new_kpi()
    kpis.editor.catalogue.setCurrentIndex(0)          # a custom KPI
    kpis.editor.name.setText("Reclamos de clientes")
    kpis.editor.unit.setText("reclamos/mes")
    kpis.editor.better.setCurrentIndex(kpis.editor.better.findData("down"))
    kpis.editor.baseline.setValue(12)
    kpis.editor.baseline_date.setDate(kpis.editor.baseline_date.date().fromString("2026-01-15", "yyyy-MM-dd"))
    kpis.editor.target.setValue(4)
    kpis.editor.target_date.setDate(kpis.editor.target_date.date().fromString("2026-07-15", "yyyy-MM-dd"))
    kpis.editor.save.click()
    recorded()
    ids = [r[0] for r in conn.execute("SELECT kpi_id FROM plan_kpis WHERE company_id = 'S-001' "
                                      "AND (catalogue_id = 'productivity' AND baseline_value = 100 "
                                      "OR name = 'Reclamos de clientes') ORDER BY kpi_id")]
    assert len(ids) == 2
    productivity, claims = ids
    for month, (prod, claim) in zip((2, 3, 4), ((104, 11), (109, 9), (113, 8))):
        for kpi, value in ((productivity, prod), (claims, claim)):
            kpis = window.views["company"].kpis
            kpis.select_kpi(kpi)
            assert kpis.measure(date(2026, month, 1), float(value), "visita")
            recorded()
    kpis.select_kpi(claims)
    assert kpis.chart is not None and len(kpis.chart.listDataItems()) == 2
    xs, ys = kpis.chart.listDataItems()[-1].getData()
    assert list(ys) == [11.0, 9.0, 8.0]

    # --- the follow-up workbook, filled in by a consultant -------------------------------------
    window.show_view("followup")
    follow = window.views["followup"]
    follow.language.setCurrentIndex(follow.language.findData("es"))
    workbook = tmp_path / "seguimiento.xlsx"
    follow.export_to(workbook)
    assert workbook.exists()
    book = load_workbook(workbook)
    instructions = " ".join(str(c.value) for c in book["Instrucciones"]["A"])
    assert "Archivo > Importar libro de seguimiento" in instructions and "encadena followup" not in instructions
    actions = book["Acciones"]
    header = [c.value for c in actions[1]]
    col = {name: header.index(name) + 1 for name in ("Id acción", "% avance", "Estado", "Avance al")}
    target = next(r for r in range(2, actions.max_row + 1)
                  if actions.cell(r, col["Id acción"]).value == rows[1][0])
    actions.cell(target, col["% avance"], 60)
    actions.cell(target, col["Estado"], "en curso")
    actions.cell(target, col["Avance al"], date(2026, 3, 10))
    kpi_sheet = book["Indicadores"]
    blank = next(r for r in range(2, kpi_sheet.max_row + 2) if kpi_sheet.cell(r, 1).value is None)
    for column, value in enumerate(["S-001", None, None, "Entregas a tiempo", "%", "mayor", 70,
                                    date(2026, 1, 15), 95, date(2026, 9, 15)], start=1):
        kpi_sheet.cell(blank, column, value)
    measurements = book["Mediciones"]
    blank = next(r for r in range(2, measurements.max_row + 2) if measurements.cell(r, 1).value is None)
    for offset, row in enumerate((["S-001", "Entregas a tiempo", date(2026, 3, 1), 78],
                                  ["S-001", productivity, date(2026, 4, 10), 118])):
        for column, value in enumerate(row, start=1):
            measurements.cell(blank + offset, column, value)
    book.save(workbook)
    follow.check(workbook)
    assert follow.run_button.isEnabled(), (follow.summary.text(), follow.report_frame().to_dict("records"))
    assert "agregadas" in follow.summary.text() or "modificad" in follow.summary.text()
    before_import = report_source(context).request()
    assert follow.run_import()
    recorded()
    progress_row = conn.execute("SELECT percent, status FROM action_updates WHERE action_id = ? "
                                "AND on_date = '2026-03-10'", (rows[1][0],)).fetchone()
    assert progress_row == (60.0, "in_progress")
    # a workbook with a bad cell: the report lists it in Spanish, nothing changes
    actions.cell(target, col["% avance"], "mucho")
    book.save(workbook)
    follow.check(workbook)
    qtmodeltester.check(follow.model, force_py=True)
    assert follow.model.rowCount() == 1 and not follow.run_button.isEnabled()
    assert follow.model.row_values(0)["problem"] == "'mucho' no es un número"
    assert "no se importó nada" in follow.summary.text()

    # --- the risk register ------------------------------------------------------------------------
    session.select(None, "S-001")
    window.show_view("company")
    risks = window.views["company"].risks
    risks.new_risk()
    editor = risks.editor
    editor.category.setCurrentIndex(editor.category.findData("delivery"))
    editor.description.setText("Atrasos en entregas por falta de transporte")
    editor.likelihood.setValue(4)
    editor.severity.setValue(4)
    editor.residual_l.setValue(2)
    editor.controls.setPlainText("Segundo transportista\nStock de seguridad")
    editor.owner.setText("Ana Solís")
    hint = editor.default_review(date.today())
    editor.save.click()
    recorded()
    risks = window.views["company"].risks
    stored = conn.execute("SELECT risk_id, residual_likelihood, controls, owner, next_review FROM risks").fetchone()
    assert stored[1:4] == (2, "Segundo transportista\nStock de seguridad", "Ana Solís")
    assert stored[4] == hint.isoformat()
    derived = [r for r in range(risks.model.rowCount()) if risks.model.row_values(r)["origin"] == "derived"]
    assert derived
    risks.table.selectRow(derived[0])
    risks.edit_selected()
    assert "35.714" not in risks.model.row_values(derived[0])["description"]
    risks.editor.reason.setText("Se revisó con la empresa ancla")
    risks.editor.accept_button.click()
    recorded()
    assert conn.execute("SELECT decision, reason FROM risk_decisions").fetchone() == (
        "accept", "Se revisó con la empresa ancla")
    window.show_view("risk")
    risk_view = window.views["risk"]
    risk_view.show_chooser()
    risk_view.chooser.select("3x3")                 # R-001 is 4 x 4: refused, nothing changes
    risk_view.chooser.save.click()
    assert context.edits.count() == len(states) - 1 and "4" in risk_view.chooser.summary.text()
    risk_view.chooser.select("4x4")
    assert "proveedores cambian de nivel" in risk_view.chooser.summary.text()
    risk_view.chooser.save.click()
    recorded()
    assert session.risk_matrix().id == "4x4"

    # --- the charts move --------------------------------------------------------------------------
    window.show_view("progress")
    session.select(None, "S-001")
    progress = window.views["progress"]
    points = progress.burn_up.points
    actual = {p["date"]: p["actual"] for p in points if p["actual"] is not None}
    assert actual and max(actual.values()) > 0
    before_points = [p for p in before_import.report["companies"] if p["company_id"] == "S-001"][0]["burn_up"]
    after = [p for p in report_source(context).request().report["companies"]
             if p["company_id"] == "S-001"][0]["burn_up"]
    assert [p["actual"] for p in after] != [p["actual"] for p in before_points]
    march = [p for p in after if "2026-03-10" <= p["date"] <= "2026-04-15"]
    assert not march or march[0]["actual"] > 0
    session.select(session.value_chains()[0].id, None)            # the chain: KPIs rolled up
    window.show_view("progress")
    rollup = window.views["progress"].rollup.text()
    assert "Productividad (mediana): 118,0" in rollup and "1 de 1 con medición" in rollup

    # --- certification --------------------------------------------------------------------------
    window.show_view("certification")
    cert = window.views["certification"]
    qtbot.waitUntil(lambda: cert.model.rowCount() == 3, timeout=10000)
    cert.select("S-001")
    assert cert.checks.count() >= 4
    assert cert.decide("certify", date(2026, 4, 15), "Cumple tras la visita final")
    recorded()
    assert conn.execute("SELECT decision, note FROM certification_decisions").fetchone() == (
        "certify", "Cumple tras la visita final")

    # --- undo and redo every edit -----------------------------------------------------------------
    stack = context.edits
    assert stack.count() == len(states) - 1
    for index in range(stack.count() - 1, -1, -1):
        window.act_undo.trigger()
        assert _dump(conn) == states[index], index
    for index in range(1, stack.count() + 1):
        window.act_redo.trigger()
        assert _dump(conn) == states[index], index


def test_the_chain_menu_drafts_every_supplier_plan_in_one_undoable_edit(spanish_window, tmp_path):
    from gui.chain_actions import chain_menu
    context, window = spanish_window
    session = context.session
    session.create(tmp_path / "programa.encadena", "Programa Lácteo", "CR")
    session.project.import_survey(write_survey(tmp_path / "encuesta.xlsx"), "sdp-diagnostic",
                                  chain="Cadena láctea", round=1, assessed_on="2026-01-10")
    session.refresh()
    chain_item = window.navigator.topLevelItem(0).child(0)
    menu = chain_menu(window, chain_item)
    entries = {a.text(): a for a in menu.actions()}
    assert {"Proponer planes para cada proveedor", "Página de certificación"} <= set(entries)
    entries["Proponer planes para cada proveedor"].trigger()
    conn = session.project.conn
    plans = {r[0] for r in conn.execute("SELECT company_id FROM plans")}
    assert plans == {"S-001", "S-002", "S-003"}
    assert "3 (S-001, S-002, S-003)" in window.views["followup"].summary.text()
    window.act_undo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM plan_actions").fetchone() == (0,)
