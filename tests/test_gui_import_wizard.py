"""The import wizard end to end on a fixture workbook: preview, mapping with an override,
options, validation report (exported), import into a programme."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QWizard

from gui_support import make_window, write_survey

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    _app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    context.session.create(tmp_path / "programa.encadena", "Programa de prueba", "CR")
    yield context, window
    context.session.close()


def test_wizard_imports_a_survey_end_to_end(window, qtbot, tmp_path):
    from gui.dialogs.import_wizard import ImportWizard
    context, main = window
    survey = write_survey(tmp_path / "encuesta.xlsx")
    wizard = ImportWizard(context, str(survey), parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    source = wizard.source
    source.toolkit.setCurrentIndex(source.toolkit.findData("sdp-diagnostic"))
    assert source.sheet.currentText() == "Respuestas"
    assert source.model.rowCount() == 6                       # title, blank, header, 3 suppliers
    assert source.model.data(source.model.index(3, 0)) == "S-001"
    assert source.isComplete()

    wizard.next()                                             # the mapping page checks the file
    mapping = wizard.mapping
    table = mapping.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows["C"] == ("Observaciones", "not matched")
    assert rows["D"][1] == "question text"
    assert rows["A"][1] == "company id"
    assert "Header on row 3" in mapping.summary.text()
    # the user maps the comments column to a question: the check runs again with the override
    combo = mapping.combos["C"]
    combo.setCurrentIndex(combo.findData("respondent"))
    assert wizard.overrides == {"C": "respondent"} and wizard.survey is None

    wizard.next()
    options = wizard.options
    options.chain.setCurrentText("Cadena láctea")
    options.round.setValue(1)
    wizard.next()
    report = wizard.report
    assert wizard.survey is not None and len(wizard.survey) == 3
    assert report.model.rowCount() == 1
    row = [report.model.data(report.model.index(0, c)) for c in range(6)]
    assert row[:5] == ["Respuestas", "6", "F", "adm_03", "siete"]
    assert row[5]                                             # a reason, in words
    assert report.run.isEnabled()

    exported = tmp_path / "validacion.csv"
    wizard.export_report(str(exported))
    with exported.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Sheet", "Row", "Column", "Question", "Value", "Reason"]
    assert lines[1][:5] == ["Respuestas", "6", "F", "adm_03", "siete"]

    report.run.click()
    outcome = wizard.outcome
    assert outcome is not None and outcome.added == 3
    companies = context.session.companies()
    assert sorted(companies["company_id"]) == ["S-001", "S-002", "S-003"]
    assert set(companies["chain_name"]) == {"Cadena láctea"}
    assert "3 added" in wizard.message.text()
    assert wizard.currentId() == wizard.pageIds()[-1]
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_reports_an_unreadable_file_in_words(window, qtbot, tmp_path):
    from gui.dialogs.import_wizard import ImportWizard
    context, main = window
    wizard = ImportWizard(context, str(tmp_path / "no-existe.xlsx"), parent=main)
    qtbot.addWidget(wizard)
    assert "no-existe.xlsx" in wizard.source.status.text()
    assert not wizard.source.isComplete()


def test_with_no_programme_open_the_wizard_creates_one_then_imports(qtbot, tmp_path, monkeypatch):
    from gui.dialogs import new_programme
    from gui.dialogs.import_wizard import ImportWizard
    _app, context, main = make_window(tmp_path)
    qtbot.addWidget(main)
    target = tmp_path / "nuevo.encadena"

    def accept(dialog):
        dialog.name_edit.setText("Programa nuevo")
        dialog.path_edit.setText(str(target))
        dialog.scheme_combo.setCurrentIndex(dialog.scheme_combo.findData("chile"))
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("comma"))
        return 1

    monkeypatch.setattr(new_programme.NewProgrammeDialog, "exec", accept)
    wizard = ImportWizard(context, str(write_survey(tmp_path / "encuesta.xlsx")), parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source.toolkit.setCurrentIndex(wizard.source.toolkit.findData("sdp-diagnostic"))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.report.run.text() == "Create a programme and import…"
    wizard.report.run.click()
    assert context.session.is_open and context.session.name == "Programa nuevo"
    programme = context.session.project.programme
    assert (programme.size_scheme, programme.number_format) == ("chile", "comma")
    assert wizard.outcome.added == 3 and target.exists()
    assert len(context.session.companies()) == 3
    context.session.close()


def test_cancelling_the_import_leaves_the_programme_unchanged(window, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QThreadPool

    from gui.dialogs.import_wizard import ImportWizard
    context, main = window
    wizard = ImportWizard(context, str(write_survey(tmp_path / "encuesta.xlsx")), parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source.toolkit.setCurrentIndex(wizard.source.toolkit.findData("sdp-diagnostic"))
    for _ in range(3):
        wizard.next()
    project = context.session.project
    real_import, gate = project.import_survey, threading.Event()

    def gated(*args, **kwargs):
        gate.wait(10)                       # the user presses Cancel before any progress
        return real_import(*args, **kwargs)

    monkeypatch.setattr(project, "import_survey", gated)
    context.runner.pool = QThreadPool()     # a real worker thread from here on
    wizard.report.run.click()
    assert wizard.cancel_task.isVisibleTo(wizard)
    wizard.cancel_task.click()
    gate.set()
    qtbot.waitUntil(lambda: wizard.task.done, timeout=20000)
    assert wizard.outcome is None
    assert wizard.message.text() == "Cancelled; nothing was changed."
    assert len(project.companies()) == 0
    assert wizard.report.run.isEnabled()
