"""The application: smoke run in a subprocess, language switch without restart, settings,
main window behaviour, and what the companies and company views show."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl

from gui_support import build_programme, make_window, write_survey

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("programme")
    return build_programme(folder / "programa.encadena", folder)


@pytest.fixture
def opened(qtbot, tmp_path, programme_file):
    path = tmp_path / "programa.encadena"
    shutil.copy(programme_file, path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    assert window.open_path(str(path))
    yield context, window
    context.session.close()
    context.languages.apply("en")


@pytest.mark.slow
def test_smoke_run_saves_one_screenshot_per_view_and_language(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ENCADENA_DATA_DIR=str(tmp_path / "data"))
    shots = tmp_path / "shots"
    result = subprocess.run([sys.executable, "-m", "encadena", "--smoke", "--screenshots",
                             str(shots)], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    names = sorted(p.name for p in shots.glob("*.png"))
    for view in ("start", "companies", "company", "import_wizard"):
        for language in ("en", "es"):
            assert f"{view}_{language}.png" in names
    assert all(p.stat().st_size > 5000 for p in shots.glob("*.png"))
    assert "Fatal" not in result.stderr


def test_language_switch_needs_no_restart(opened):
    context, window = opened
    companies = window.views["companies"]
    window.show_view("companies")
    assert window.menu_file.title() == "&File"
    assert companies.model.headerData(1, Qt.Orientation.Horizontal) == "Company name"
    context.languages.apply("es")
    assert window.menu_file.title() == "&Archivo"
    assert window.view_actions["companies"].text() == "Empresas"
    assert companies.model.headerData(1, Qt.Orientation.Horizontal) == "Nombre de la empresa"
    assert companies.count.text() == "3 de 3 empresas"
    band = companies.model.column_keys().index("band")
    shown = {companies.model.data(companies.model.index(r, band)) for r in range(3)}
    assert shown <= {"No preparado", "En desarrollo", "Listo para encadenamiento"}
    index = companies.model.column_keys().index("index")
    assert "," in companies.model.data(companies.model.index(0, index))
    assert window.start_page.title.text() == "Bienvenido a Encadena"
    context.languages.apply("en")
    assert window.menu_file.title() == "&File"
    assert companies.count.text() == "3 of 3 companies"
    assert "." in companies.model.data(companies.model.index(0, index))


def test_companies_view_lists_searches_filters_and_opens_a_company(opened, qtbot, qtmodeltester):
    context, window = opened
    window.show_view("companies")           # a view hidden in the shown window draws when shown
    view = window.views["companies"]
    model = view.model
    qtmodeltester.check(model, force_py=True)
    keys = model.column_keys()
    assert keys[:5] == ["company_id", "name", "chain_name", "index", "band"]
    assert "area:administration" in keys and "size_class" in keys
    assert model.rowCount() == 3
    view.search.setText("s-002")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.data(model.index(0, 1)) == "Proveedor S-002"
    view.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    band = keys.index("band")
    view.band_filter.setCurrentIndex(view.band_filter.findData("linkage_ready"))
    assert {model.data(model.index(r, band)) for r in range(model.rowCount())} == {"Linkage ready"}
    view.band_filter.setCurrentIndex(0)
    view.table.sortByColumn(keys.index("index"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "S-002"                  # level 4 everywhere
    view._open_company(model.index(0, 0))
    assert window.current_view_key() == "company"
    assert context.session.company == "S-002"


def test_company_view_shows_scores_targets_and_opportunities(opened, tmp_path):
    context, window = opened
    context.session.select(None, "S-001")
    view = window.views["company"]
    assert view.title.text() == "Proveedor S-001"
    assert view.index_label.text().startswith("Index ")
    assert view.band_label.text().strip() in ("Not ready", "Developing", "Linkage ready")
    picture = view.picture
    assert picture.areas[0] == "administration" and len(picture.areas) == 6
    assert all(v is not None for v in picture.area_scores.values())
    assert all(0 < t <= 100 for t in picture.area_targets.values())
    assert view.opportunities.rowCount() > 0
    assert [s.name for s in view.radar.series][-1] == "Round 1"
    saved = window.views["company"].export_radar and tmp_path / "radar.png"
    from gui.export import export_png
    export_png(view.radar, path=str(saved))
    assert saved.stat().st_size > 3000


def test_settings_are_declared_and_recent_files_deduplicated(tmp_path):
    from gui.settings import MAX_RECENT, Settings
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.get("language") == "" and settings.get("import/decimal_comma") is False
    with pytest.raises(KeyError, match="declared"):
        settings.get("lenguage")
    for i in range(MAX_RECENT + 2):
        settings.add_recent_file(f"/p/{i}.encadena")
    settings.add_recent_file("/p/5.encadena")
    files = settings.get("recent_files")
    assert files[0] == "/p/5.encadena" and len(files) == MAX_RECENT and len(set(files)) == MAX_RECENT


def test_opening_records_a_recent_file_and_window_state_survives(opened, tmp_path):
    context, window = opened
    assert context.settings.get("recent_files")[0].endswith("programa.encadena")
    window.resize(1000, 700)
    window.close()
    assert not context.settings.get("window/geometry").isEmpty()


def test_dropping_a_workbook_opens_the_import_wizard(opened, tmp_path, monkeypatch):
    context, window = opened
    started = []
    monkeypatch.setattr(window, "import_survey", lambda path=None: started.append(path))
    survey = write_survey(tmp_path / "encuesta.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(survey)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    assert window._dropped_paths(mime) == [str(survey)]
    window.open_path(str(survey))
    assert started == [str(survey)]


def test_closing_the_programme_returns_to_the_start_page(opened):
    context, window = opened
    assert window.stack.currentWidget() is not window.start_page
    window.act_close.trigger()
    assert window.stack.currentWidget() is window.start_page
    assert not window.view_actions["companies"].isEnabled()
    assert window.navigator.topLevelItemCount() == 0


def test_company_tabs_show_and_update_the_plan_and_risk_decisions(opened):
    from datetime import date

    from core.plans.draft import draft_for_company
    from core.plans.store import save_plan
    context, window = opened
    conn = context.session.project.conn
    draft = draft_for_company(conn, "S-001", date(2025, 3, 1), top_n=3, months=6)
    kpi = draft.kpis[0]
    kpi.baseline_value, kpi.target_value = 10.0, 20.0
    kpi.add_measurement(date(2025, 4, 1), 11.0)
    kpi.add_measurement(date(2025, 5, 1), 19.0)
    save_plan(conn, draft)
    context.session.refresh()
    context.session.select(None, "S-001")
    view = window.views["company"]
    plan = view.plan
    assert plan.model.rowCount() >= 3
    first = plan.model.row_values(0)
    assert first["status"] == "not_started" and first["percent"] == 0
    plan.table.selectRow(0)
    plan.edit_selected()
    plan.editor.percent.setValue(50)
    plan.editor.save.click()                      # one edit on the undo stack
    assert context.edits.canUndo()
    plan = window.views["company"].plan
    assert plan.model.row_values(0)["percent"] == 0.5
    assert plan.model.row_values(0)["status_label"] == "in progress"

    kpis = window.views["company"].kpis
    assert kpis.model.rowCount() == len(draft.kpis)
    first_kpi = kpis.model.row_values(0)
    assert (first_kpi["baseline"], first_kpi["current"]) == (10.0, 19.0)
    assert first_kpi["status"] in ("on_track", "at_risk", "off_track")
    assert kpis.chart is not None and len(kpis.chart.listDataItems()) == 2   # line to target + series

    risks = view.risks
    derived = [r for r in range(risks.model.rowCount()) if risks.model.row_values(r)["origin"] == "derived"]
    assert derived, "level-2 answers everywhere must derive risks"
    risks.table.selectRow(derived[0])
    risk_id = risks.model.row_values(derived[0])["risk_id"]
    risks.edit_selected()
    risks.editor.accept_button.click()
    rows = {risks.model.row_values(r)["risk_id"]: risks.model.row_values(r)
            for r in range(risks.model.rowCount())}
    assert rows[risk_id]["decision_label"] == "Accepted"
    risks.table.selectRow(list(rows).index(risk_id))
    risks.edit_selected()
    risks.editor.reason.setText("no aplica")
    risks.editor.dismiss_button.click()                  # a dismissed derived risk leaves the register
    assert risk_id not in {risks.model.row_values(r)["risk_id"] for r in range(risks.model.rowCount())}


def test_language_menu_switches_and_remembers(opened):
    context, window = opened
    spanish = [a for a in window.language_group.actions() if a.data() == "es"][0]
    spanish.trigger()
    assert context.settings.get("language") == "es"
    assert window.menu_tools.title() == "&Herramientas" and window.menu_language.title() == "&Idioma"
    assert spanish.isChecked()
    [a for a in window.language_group.actions() if a.data() == "en"][0].trigger()
    assert window.menu_tools.title() == "&Tools"


def test_companies_table_exports_what_is_shown(opened, tmp_path):
    import csv
    context, window = opened
    context.languages.apply("es")
    view = window.views["companies"]
    view.model.set_search("S-003")
    path = tmp_path / "empresas.csv"
    view.export_csv(str(path))
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["Código de la empresa", "Nombre de la empresa", "Cadena de valor", "Índice", "Nivel"]
    assert len(rows) == 2 and rows[1][0] == "S-003" and "," in rows[1][3]


def test_save_a_copy_and_merge_another_consultants_file(opened, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    context, window = opened
    copy = tmp_path / "copia.encadena"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.act_save_copy.trigger()
    assert copy.exists() and copy.stat().st_size > 0
    other = build_programme(tmp_path / "otro" / "otro.encadena", tmp_path) \
        if (tmp_path / "otro").mkdir() is None else None
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(other)], ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.act_merge.trigger()
    assert len(shown) == 1 and shown[0].startswith("otro.encadena: ")
    assert len(context.session.companies()) == 3


def test_conflicting_answers_are_listed_and_resolved(opened, tmp_path):
    from openpyxl import load_workbook

    from gui.dialogs.conflicts import ConflictsDialog
    context, window = opened
    changed = write_survey(tmp_path / "otra.xlsx")
    book = load_workbook(changed)
    book.active["E4"] = "l5"                      # S-001 answers one question differently
    book.save(changed)
    project = context.session.project
    outcome = project.import_survey(changed, "sdp-diagnostic", assessed_on="2025-02-10")
    assert outcome.conflicts == 1
    context.session.refresh()
    dialog = ConflictsDialog(context, window)
    assert dialog.model.rowCount() == 1
    row = dialog.model.row_values(0)
    question = context.session.toolkit("sdp-diagnostic").item("adm_02").label("en")
    assert row["company_id"] == "S-001" and question in row["items_text"]     # labels, never ids
    answers = dialog.answers_model
    assert answers.rowCount() == 1 and answers.row_values(0)["question"] == question
    assert "(l5)" in answers.row_values(0)["incoming"] and answers.row_values(0)["current"] != \
        answers.row_values(0)["incoming"]
    assert "otra.xlsx" in dialog.sources.text() and "2025-02-10" in dialog.sources.text()
    before = context.session.companies().set_index("company_id").loc["S-001", "index"]
    dialog.resolve("incoming")
    assert dialog.model.rowCount() == 0 and dialog.message.text() == "0 conflicts"
    after = context.session.companies().set_index("company_id").loc["S-001", "index"]
    assert after > before
