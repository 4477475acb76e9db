"""The risk view: heat map counts and level names from core.risk, inherent/residual toggle, the
suppliers of a clicked cell, value chain scope, models checked, language switch, PNG export."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui_support import make_window
from test_gui_progress_view import build_followed_programme

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    return build_followed_programme(tmp_path_factory.mktemp("risk"))


@pytest.fixture
def opened(qtbot, tmp_path, programme_file):
    path = tmp_path / "programa.encadena"
    shutil.copy(programme_file, path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    assert window.open_path(str(path))
    window.show_view("risk")
    yield context, window.views["risk"]
    context.session.close()
    context.languages.apply("en")


def _core_heat(context, basis):
    from core.risk.classify import heat_map
    from core.risk.store import effective_register
    register, _ = effective_register(context.session.project.conn)
    ids = context.session.companies()["company_id"].tolist()
    return heat_map(register, context.session.risk_matrix(), basis, companies=ids)


def test_every_cell_shows_the_core_count_and_level_name(opened, qtmodeltester):
    context, view = opened
    model = view.model
    qtmodeltester.check(model, force_py=True)
    matrix = context.session.risk_matrix()
    assert (model.rowCount(), model.columnCount()) == matrix.size
    heat = _core_heat(context, "residual")
    for cell in heat["cells"]:
        row, column = model.position_of(cell["likelihood"], cell["severity"])
        text = model.data(model.index(row, column))
        count, level = text.split("\n")
        assert int(count) == cell["suppliers"]
        assert level == matrix.level(cell["likelihood"], cell["severity"]).label("en")
        assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(0, Qt.Orientation.Vertical) == matrix.likelihood[-1].label("en")
    assert sum(c["suppliers"] for c in heat["cells"]) >= 1


def test_toggle_moves_suppliers_between_inherent_and_residual_cells(opened):
    context, view = opened
    view.select_cell(4, 5)                      # S-001's hand-entered risk before its controls
    residual = view.cell_suppliers()
    view.inherent.setChecked(True)
    assert view.basis == "inherent"
    inherent = _core_heat(context, "inherent")
    expected = next(c for c in inherent["cells"] if (c["likelihood"], c["severity"]) == (4, 5))
    assert view.cell_suppliers() == expected["supplier_ids"]
    assert "S-001" in view.cell_suppliers() and "S-001" not in residual
    qtmodeltester_rows = view.suppliers.rowCount()
    assert qtmodeltester_rows == len(expected["supplier_ids"])
    assert view.suppliers.row_values(0)["name"].startswith("Proveedor")


def test_clicking_a_cell_lists_its_suppliers(opened, qtbot, qtmodeltester):
    context, view = opened
    heat = _core_heat(context, "residual")
    busiest = max(heat["cells"], key=lambda c: c["suppliers"])
    row, column = view.model.position_of(busiest["likelihood"], busiest["severity"])
    rect = view.grid.visualRect(view.model.index(row, column))
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.cell == (busiest["likelihood"], busiest["severity"])
    listed = [view.suppliers.row_values(r)["company_id"] for r in range(view.suppliers.rowCount())]
    assert sorted(listed) == busiest["supplier_ids"]
    qtmodeltester.check(view.suppliers, force_py=True)
    assert str(busiest["suppliers"]) in view.cell_title.text()


def test_language_switch_relabels_cells_and_export_writes_png(opened, tmp_path):
    from gui.export import export_png
    context, view = opened
    context.languages.apply("es")
    text = view.model.data(view.model.index(0, 4))
    assert text.split("\n")[1] == context.session.risk_matrix().level(5, 5).label("es")
    assert view.toggle.text() != "Residual (after controls)"
    path = export_png(view.chart_box, path=str(tmp_path / "mapa.png"))
    assert Path(path).stat().st_size > 3000


def test_a_value_chain_scope_counts_only_its_suppliers(opened):
    context, view = opened
    chain = context.session.value_chains()[0]
    context.session.select(chain.id, None)
    assert chain.name in view.heading.text()
    _chain, ids = view.scope()
    assert sorted(ids) == ["S-001", "S-002", "S-003"]
