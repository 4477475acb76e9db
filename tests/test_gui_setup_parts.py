"""The setup workbench parts on their own: the phases table model (qtmodeltester), the
navigator's context menu, deleting a chain only after confirmation, the results workbook's
sheets by group."""
from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from core.edits import apply_edit
from core.setup import chains, companies
from gui_support import make_window

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    context.session.create(tmp_path / "p.encadena", "P", "CR")
    conn = context.session.project.conn
    apply_edit(conn, companies.add_company(conn, "B1", "Ancla"))
    apply_edit(conn, chains.add_chain(conn, "Lácteos", "B1", start="2026-01-15"))
    apply_edit(conn, chains.default_phases(conn, "Lácteos"))
    context.session.refresh()
    yield context, window
    context.session.close()


def test_phases_model(opened, qtmodeltester):
    from core.setup.info import chain_details
    from gui.models.phases_model import PhasesModel
    context, _window = opened
    pushed = []
    model = PhasesModel(lambda *a: pushed.append(a) or True)
    model.set_phases(chain_details(context.session.project.conn)[0]["phases"])
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.data(model.index(1, 2), 2) == "2026-04-15"
    assert model.setData(model.index(1, 3), "2026-02-01")
    assert pushed == [("diagnosis", "actual_start", "2026-02-01")]
    assert not model.setData(model.index(1, 5), "x")          # the status is derived


def test_navigator_menu_and_delete_asks_first(opened, monkeypatch):
    import gui.chain_actions as actions
    context, window = opened
    navigator = window.navigator
    root = navigator.topLevelItem(0)
    chain_item = root.child(0)
    menu = actions.chain_menu(window, chain_item)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["New value chain…", "New company…"] and "Delete…" in texts
    monkeypatch.setattr(actions, "confirm", lambda *a: False)
    assert not actions.delete_chain(window, context, "Lácteos")
    assert [c.name for c in context.session.value_chains()] == ["Lácteos"]
    monkeypatch.setattr(actions, "confirm", lambda *a: True)
    assert actions.delete_chain(window, context, "Lácteos")
    assert context.session.value_chains() == []
    window.act_undo.trigger()
    assert [c.name for c in context.session.value_chains()] == ["Lácteos"]


def test_results_workbook_has_a_sheet_per_grouping(opened, tmp_path):
    from core.reports.results_workbook import write_results_workbook
    context, _window = opened
    path = write_results_workbook(context.session.project, tmp_path / "r.xlsx", "es")
    names = load_workbook(path, read_only=True).sheetnames
    assert {"Fases", "Por liderazgo de mujeres", "Por tamaño", "Por sector", "Por región"} <= set(names)
    book = load_workbook(path)
    phases = [[c.value for c in row] for row in book["Fases"].iter_rows()]
    assert phases[0][:3] == ["Cadena de valor", "Fase", "Inicio planificado"]
    assert phases[2][:4] == ["Lácteos", "diagnóstico", datetime(2026, 2, 15), datetime(2026, 4, 15)]  # real dates


def test_company_list_dialog_maps_roles_and_imports_undoably(opened, tmp_path):
    from gui.dialogs.company_list import CompanyListDialog
    from setup_support import company_list_file
    context, window = opened
    path = company_list_file(tmp_path / "empresas.xlsx")
    dialog = CompanyListDialog(context, window)
    assert dialog.load(str(path))
    roles = {c.currentData() for c in dialog.combos}
    assert {"company_id", "company_name", "employees", "sales", "municipality", "women_led"} <= roles
    combo = dialog.combos[1]                                  # "Nombre comercial": trade name
    combo.setCurrentIndex(combo.findData("trade_name"))
    assert dialog.import_list()
    conn = context.session.project.conn
    row = conn.execute("SELECT trade_name, employees, women_led FROM companies WHERE id = "
                       "'3-101-111111'").fetchone()
    assert row == ("La Vaca", 12, 1)
    assert "muchos" in dialog.problems.toPlainText()
    window.act_undo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM companies WHERE id = '3-101-111111'").fetchone()[0] == 0


def test_details_tab_supplied_items_and_membership_history(opened, qtbot):
    from gui.company_tabs.details import DetailsTab
    context, window = opened
    conn = context.session.project.conn
    tab = DetailsTab(context)
    qtbot.addWidget(tab)
    tab.show_company("B1")
    tab.items.setText("leche: 5; empaque")
    tab.items.editingFinished.emit()
    assert conn.execute("SELECT supplied_criticality FROM companies WHERE id = 'B1'").fetchone()[0] == 5
    assert tab.items.text() == "empaque; leche: 5"
    assert "Lácteos" in tab.chains.text() and "joined" in tab.chains.text()
    window.act_undo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM supplied_items").fetchone()[0] == 0
    tab.edits["founded"].setText("3025")                      # refused: not a year
    import gui.setup_edits
    shown = []
    gui.setup_edits.QMessageBox.warning, original = (lambda *a: shown.append(a[2])), \
        gui.setup_edits.QMessageBox.warning
    try:
        tab.edits["founded"].editingFinished.emit()
    finally:
        gui.setup_edits.QMessageBox.warning = original
    assert shown and "3025" in shown[0] and tab.edits["founded"].text() == ""


def test_navigator_menu_on_a_company_sets_the_anchor(opened):
    import gui.chain_actions as actions
    context, window = opened
    conn = context.session.project.conn
    apply_edit(conn, companies.add_company(conn, "S1", "Uno"))
    apply_edit(conn, chains.chain_members_edit(conn, "Lácteos", add=["S1"]))
    context.session.refresh()
    chain_item = window.navigator.topLevelItem(0).child(0)
    leaf = next(chain_item.child(i) for i in range(chain_item.childCount())
                if chain_item.child(i).data(0, actions.ID_ROLE) == "S1")
    menu = actions.chain_menu(window, leaf)
    anchor = next(a for a in menu.actions() if a.text().startswith("Make it the anchor"))
    anchor.trigger()
    assert [c.anchor_id for c in context.session.value_chains()] == ["S1"]
    window.act_undo.trigger()
    assert [c.anchor_id for c in context.session.value_chains()] == ["B1"]
