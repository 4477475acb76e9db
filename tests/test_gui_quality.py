"""Data-quality flags in the workbench: the import report page, the company view's tab and the
companies table's "only flagged" filter (offscreen, synchronous worker)."""
from __future__ import annotations

import pytest

from genuine_exports import FIXTURES
from gui_support import make_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path, language="es")
    qtbot.addWidget(window)
    context.session.create(tmp_path / "programa.encadena", "Programa Sur", "CR")
    yield context, window
    context.session.close()
    context.languages.apply("en")         # the application outlives the test: leave it in English


def _through_wizard(context, main, qtbot, path):
    from gui.dialogs.import_wizard import ImportWizard
    wizard = ImportWizard(context, str(path), parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source.toolkit.setCurrentIndex(wizard.source.toolkit.findData("linkage-readiness"))
    for _ in range(3):
        wizard.next()
    return wizard


def test_report_page_lists_flags_and_the_import_stores_them(window, qtbot, qtmodeltester):
    context, main = window
    wizard = _through_wizard(context, main, qtbot, FIXTURES / "kobo-linkage-readiness-es-repeat-both.xlsx")
    report = wizard.report
    model = report.flags_model
    qtbot.waitUntil(lambda: model.rowCount() == 8)
    qtmodeltester.check(model)
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[:5] == ["2", "K-000", "Empresa repetida", "2", "1"]
    rules = {model.data(model.index(r, 2)) for r in range(model.rowCount())}
    assert rules == {"Empresa repetida", "Misma respuesta en todo", "Cobertura baja", "Entrevista corta",
                     "Envío repetido", "Versiones mezcladas"}
    assert "8 respuestas para revisar" in report.flags_label.text()
    assert "'visits'" in report.summary.text()
    report.run.click()
    assert wizard.outcome.added == 14 and wizard.outcome.flags["flag.duplicate_uuid"] == 2


def test_quality_tab_and_only_flagged_filter(window, qtbot):
    context, main = window
    context.session.project.import_survey(FIXTURES / "central-linkage-readiness-split.csv", "linkage-readiness")
    context.session.refresh()
    from gui.company_tabs.quality import QualityTab
    from gui.views.companies import CompaniesView
    tab = main.findChildren(QualityTab)[0]
    tab.show_company("K-003")
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 1)) == "Entrevista corta"
    assert "(mínimo 10 s)" in tab.model.data(tab.model.index(0, 4))
    tab.show_company("K-008")
    assert tab.model.rowCount() == 0 and "Sin alertas" in tab.message.text()
    view = main.findChildren(CompaniesView)[0]
    total = view.model.rowCount()
    view.only_flagged.setChecked(True)
    assert view.model.rowCount() == 7 < total            # K-000 … K-006
    view.only_flagged.setChecked(False)
    assert view.model.rowCount() == total


def test_thresholds_dialog_changes_them_as_one_undoable_edit(window, qtbot):
    context, main = window
    from core.quality.settings import read_settings
    from gui.dialogs.quality_settings import QualitySettingsDialog
    assert main.act_quality_settings.isEnabled()
    assert main.act_quality_settings.text() == "Umbrales de calidad de datos…"
    dialog = QualitySettingsDialog(context, main)
    qtbot.addWidget(dialog)
    dialog.boxes["max_index_change"].setValue(15)
    assert dialog.apply()
    conn = context.session.project.conn
    assert read_settings(conn).max_index_change == 15
    context.edits.undo()
    assert read_settings(conn).max_index_change == 25
    context.edits.redo()
    assert read_settings(conn).max_index_change == 15
