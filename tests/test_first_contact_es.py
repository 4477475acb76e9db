"""A Spanish-speaking consultant's first contact, path by path, failing on English left over:
a programme built from an empty project in the workbench (dashboard, Qt's own dialogs, default
file names, country picker, import preview numbers, language switch, About box), the command
line (help, argparse errors, ``risk --compare``), the results workbook and the PDF reports."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from gui_support import make_window, write_survey

pytestmark = pytest.mark.gui
ENGLISH = re.compile(r"\b(the|and|of|with|Look in|Files of type|Cancel|Save|Open|File name|Supplier|"
                     r"Report|Results|Page|Index|Area|Score|Target|Round)\b")


@pytest.fixture
def spanish(qtbot, tmp_path):
    """The workbench in Spanish with a programme created from nothing and one round imported."""
    app, context, window = make_window(tmp_path, "es")
    qtbot.addWidget(window)
    window.resize(1280, 860)
    context.session.create(tmp_path / "programa.encadena", "Programa de Prueba", "CR")
    context.session.project.import_survey(write_survey(tmp_path / "encuesta.xlsx"), "sdp-diagnostic",
                                          chain="Cadena láctea", round=1, assessed_on="2025-02-10")
    context.session.reload(context.runner)
    yield context, window
    context.session.close()
    context.languages.apply("en")        # the translators live on the shared application


def test_dashboard_one_round_shows_its_mean_and_band_colours(spanish, qtbot):
    context, window = spanish
    window.show()
    window.show_view("dashboard")
    view = window.stack.currentWidget()
    qtbot.waitUntil(lambda: view.chains.rowCount() > 0, timeout=10_000)
    rows = {view.chains.row_values(r)["figure"]: view.chains.row_values(r) for r in range(view.chains.rowCount())}
    latest = rows["Índice medio, última ronda"]["Cadena láctea"]
    assert latest != "—" and "," in latest                    # 12 suppliers with an index: a mean
    colours = context.session.labels("es").band_colours()
    drawn = {item.opts["brushes"][k].color().name() for item in view.bands.listDataItems() + view.bands.items()
             if hasattr(item, "opts") and "brushes" in getattr(item, "opts", {}) and item.opts["brushes"]
             for k in range(len(item.opts["brushes"]))}
    assert set(colours.values()) <= drawn
    window.set_language("en")
    assert view.bands.categories[0] != "No preparado" and view.bands.series[0].name.startswith("Round")
    window.set_language("es")
    assert view.bands.series[0].name.startswith("Ronda")                    # "Ronda 2" follows


def test_qt_dialogs_and_default_file_names_in_spanish(spanish, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

    from gui.i18n import default_file_name
    context, window = spanish
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.show()
    texts = [w.text() for w in files.findChildren(QLabel) + files.findChildren(QPushButton) if w.text()]
    assert any("Ver en" in t or "Buscar en" in t for t in texts), texts
    assert not [t for t in texts if re.fullmatch(r"&?(Look in|Files of type|File name|Save|Cancel):?", t)], texts
    files.close()
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Carpeta"
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Sí", "Cancelar"}
    name = default_file_name("programme_report", "es", context.session.name)
    assert name == "informe-programa-Programa_de_Prueba.pdf"
    assert default_file_name("results", "pt", "X") == "resultados-X.xlsx"
    commands = window.report_menu.commands if hasattr(window, "report_menu") else None
    if commands is not None:
        suggested = commands._file("chain_report", "Cadena láctea")
        assert Path(suggested).name == "informe-cadena-Cadena_láctea.pdf"
        assert Path(suggested).parent == context.session.path.parent


def test_country_picker_names_and_import_preview_numbers(spanish):
    from PySide6.QtCore import QLocale

    from gui.dialogs.import_pages import cell_text
    from gui.dialogs.new_programme import NewProgrammeDialog
    _context, window = spanish
    dialog = NewProgrammeDialog(window)
    names = [dialog.country_combo.itemText(i) for i in range(dialog.country_combo.count())]
    assert "Costa Rica" in names and "México" in names and "Brasil" in names and "CR" not in names
    dialog.country_combo.setCurrentText("Perú")
    assert dialog.country() == "PE"
    assert QLocale().name().startswith("es")
    assert [cell_text(v) for v in (18.0, 3.0, 3.5, 2026)] == ["18", "3", "3,5", "2026"]


def test_about_box_lists_what_is_redistributed(spanish):
    from gui.dialogs.about import AboutDialog
    _context, window = spanish
    about = AboutDialog(window)
    rows = {about.components.item(r, 0).text(): about.components.item(r, 2).text()
            for r in range(about.components.rowCount())}
    assert "LGPL-3.0" in rows.get("PySide6_Essentials", rows.get("PySide6", ""))
    assert "pandas" in rows and "Apache" in about.heading.text()
    text = about.notices.toPlainText()
    assert "Replacing the Qt libraries" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert about.windowTitle() == "Acerca de Encadena"


def test_conflict_dialog_in_spanish_side_by_side(spanish, tmp_path):
    from openpyxl import load_workbook

    from gui.dialogs.conflicts import ConflictsDialog
    context, window = spanish
    changed = write_survey(tmp_path / "otra.xlsx")
    book = load_workbook(changed)
    book.active["E4"] = "l5"
    book.save(changed)
    context.session.project.import_survey(changed, "sdp-diagnostic", assessed_on="2025-02-10")
    context.session.refresh()
    dialog = ConflictsDialog(context, window)
    dialog.show()
    assert dialog.intro.height() >= dialog.intro.fontMetrics().lineSpacing() * 2     # not cut
    assert dialog.keep_incoming_file.text() == "Conservar la entrante en todo el archivo"
    row = dialog.answers_model.row_values(0)
    assert row["current"] != row["incoming"] and "importado" in dialog.sources.text()
    dialog.resolve("incoming", same_file=True)
    assert dialog.model.rowCount() == 0


def test_timeline_labels_never_overlap():
    from datetime import date

    from PySide6.QtGui import QFont, QFontMetricsF

    from gui.widgets.timecharts import Bar, TimelineChart
    chart = TimelineChart()
    chart.resize(420, 260)
    chart.show()
    chart.set_data([Bar("Fase", date(2025, 1, 1), date(2028, 6, 30), 0.0, "#0072B2", "")], date(2026, 1, 1), "")
    axis = chart.getAxis("bottom")
    ticks = axis._tickLevels[0]
    metrics = QFontMetricsF(axis.style.get("tickFont") or QFont())
    needed = sum(metrics.horizontalAdvance(t) + 4 for _, t in ticks)
    assert 1 < len(ticks) and needed <= axis.width()
    chart.resize(1400, 260)
    chart.getAxis("bottom").thin()
    assert len(chart.getAxis("bottom")._tickLevels[0]) > len(ticks)


def test_command_line_in_spanish(tmp_path):
    from core.project import Project
    path = tmp_path / "p.encadena"
    with Project.create(path, "Programa", country="CR") as project:
        project.import_survey(write_survey(tmp_path / "e.xlsx"), "sdp-diagnostic", chain="Cadena", round=1,
                              assessed_on="2025-02-10")
    run = lambda *args: subprocess.run([sys.executable, "-m", "encadena", *args],  # noqa: E731
                                       capture_output=True, text=True, timeout=120)
    out = run("risk", str(path), "--compare", "2025-01-01", "2025-12-31", "--language", "es")
    assert out.returncode == 0 and out.stdout.splitlines()[0].startswith("empresa\tnivel al 2025-01-01")
    out = run("report", "--language", "es")
    assert out.returncode == 2 and "uso:" in out.stderr and "faltan estos argumentos" in out.stderr
    out = run("score", "--help", "--language", "es")
    assert "muestra" not in out.stdout and "usage" not in out.stdout and "la hoja a leer" in out.stdout


def test_pdf_and_workbook_in_spanish(tmp_path):
    import pypdf
    from openpyxl import load_workbook

    from core.project import Project
    from core.reports.report_data import supplier_report
    from core.reports.results_workbook import write_results_workbook
    from gui.reports.pdf import write_pdf
    path = tmp_path / "p.encadena"
    with Project.create(path, "Programa", country="CR") as project:
        project.import_survey(write_survey(tmp_path / "e.xlsx"), "sdp-diagnostic", chain="Cadena", round=1,
                              assessed_on="2025-02-10")
        pdf = write_pdf(supplier_report(project, "S-001", "es"), tmp_path / "s.pdf")
        book = write_results_workbook(project, tmp_path / "r.xlsx", "es")
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(pdf)).pages)
    assert "Informe de diagnóstico del proveedor" in text and "Página 1 de" in text
    assert ENGLISH.findall(text) == []
    headers = [c.value for ws in load_workbook(book or tmp_path / "r.xlsx").worksheets for c in ws[1] if c.value]
    assert headers and ENGLISH.findall(" ".join(map(str, headers))) == []


def test_first_run_names_the_missing_libraries(tmp_path, monkeypatch):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gui"))
    import system_libraries as libs
    fake = ("\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n\tlibxcb-cursor.so.0 => not found\n"
            "\tlibxcb-icccm.so.4 => not found\n\tlibxkbcommon-x11.so.0 => not found\n")
    monkeypatch.setattr(libs.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, fake, ""))
    missing = libs.missing_from_plugin(tmp_path / "libqxcb.so")
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    monkeypatch.setattr(libs.shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    assert libs.install_line(missing) == "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"
    monkeypatch.setattr(libs.shutil, "which", lambda name: "/usr/bin/dnf" if name == "dnf" else None)
    monkeypatch.setattr(libs.Path, "exists", lambda self: False)
    assert libs.install_line(missing) == "sudo dnf install -y libxkbcommon-x11 xcb-util-cursor xcb-util-wm"
