"""PDF reports: extract the text of every PDF (name, index, band), render pages to PNG, CLI."""
from __future__ import annotations

import re
import shutil
import unicodedata

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from encadena.launcher import main  # noqa: E402
from test_export import EVIL_NAME, TODAY, build_programme  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    path = tmp_path_factory.mktemp("prog") / "demo.encadena"
    build_programme(path)
    return path


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))     # ligatures such as "ﬁ"


def test_supplier_report_shows_name_index_band_in_spanish(programme, tmp_path):
    from core.project import Project
    from core.numbers import format_number
    from core.reports.report_data import supplier_report
    from gui.reports.pdf import write_pdf
    with Project.open(programme, backups=False) as project:
        data = supplier_report(project, "LDV-104", "es", TODAY)
        write_pdf(data, tmp_path / "s.pdf")
    text = _text(tmp_path / "s.pdf")
    assert "Finca La Esperanza" in text
    assert format_number(data.index, "es", 1) in text and "," in format_number(data.index, "es", 1)
    assert data.band.label in text
    for words in ("Informe de diagnóstico del proveedor", "Principales oportunidades de mejora",
                  "Brechas críticas", "Plan de mejora", "Empresa ancla", "Consultor", "Página 1 de"):
        assert words in text, words
    reader = pypdf.PdfReader(str(tmp_path / "s.pdf"))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2     # A4
    fonts = {f.get("/BaseFont") for p in reader.pages[:1]
             for f in (p["/Resources"]["/Font"].get_object().values()) for f in [f.get_object()]}
    assert any("DejaVu" in str(name) for name in fonts)
    assert all("/FontFile2" in str(f.get_object().get("/DescendantFonts", [{}])[0].get_object()
                                    .get("/FontDescriptor", {}).get_object().keys())
               for f in reader.pages[0]["/Resources"]["/Font"].get_object().values())


def test_letter_english_report_with_hostile_name_is_escaped(programme, tmp_path):
    from core.project import Project
    from core.reports.report_data import supplier_report
    from gui.reports.pdf import write_pdf
    with Project.open(programme, backups=False) as project:
        chain = project.value_chains()[0]
        data = supplier_report(project, chain.suppliers[0], "en", TODAY)
        write_pdf(data, tmp_path / "s.pdf", paper="letter")
    text = _text(tmp_path / "s.pdf")
    assert EVIL_NAME in text
    assert "Supplier diagnostic report" in text and "Page 1 of" in text
    box = pypdf.PdfReader(str(tmp_path / "s.pdf")).pages[0].mediabox
    assert abs(float(box.width) - 612) < 2 and abs(float(box.height) - 792) < 2  # Letter


def test_chain_and_programme_reports(programme, tmp_path):
    from core.project import Project
    from core.reports.chain_data import chain_report, programme_report
    from gui.reports.pdf import write_pdf
    with Project.open(programme, backups=False) as project:
        chain = project.value_chains()[1]
        write_pdf(chain_report(project, chain.name, "es", TODAY), tmp_path / "c.pdf")
        data = programme_report(project, "en", TODAY)
        write_pdf(data, tmp_path / "p.pdf")
    text = _text(tmp_path / "c.pdf")
    assert "Informe de la cadena de valor" in text and "Mapa de calor" in text
    assert "Metalmecánica Precisión" in text and "Proveedores en la matriz de riesgo" in text
    text = _text(tmp_path / "p.pdf")
    assert "Programme report" in text and "Certification" in text
    assert f"{data.total.suppliers}" in text and "value chains" in text


def test_pages_render_to_png(programme, tmp_path):
    from PySide6.QtGui import QImage
    from core.project import Project
    from core.reports.report_data import supplier_report
    from gui.reports.pdf import render_png
    with Project.open(programme, backups=False) as project:
        pages = render_png(supplier_report(project, "MTD-201", "pt", TODAY), tmp_path / "png")
    assert len(pages) >= 2
    image = QImage(str(pages[0]))
    assert image.width() == round(210 / 25.4 * 60) or abs(image.width() - 496) <= 2
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 10            # not a blank page


@pytest.mark.slow
def test_cli_report_company_chain_programme_batch(programme, tmp_path, capsys):
    copy = tmp_path / "p.encadena"
    shutil.copy(programme, copy)
    assert main(["report", str(copy), "--company", "LDV-101", "-o", str(tmp_path / "a.pdf"),
                 "--language", "es", "--as-of", "2026-01-15"]) == 0
    assert "LDV-101" in _text(tmp_path / "a.pdf") or "HYPERLINK" in _text(tmp_path / "a.pdf")
    assert main(["report", str(copy), "--programme", "-o", str(tmp_path / "p.pdf")]) == 0
    from core.project import Project
    with Project.open(copy, backups=False) as project:
        chain = project.value_chains()[1]
    assert main(["report", str(copy), "--chain", chain.name, "--batch", str(tmp_path / "batch")]) == 0
    assert sorted(p.name for p in (tmp_path / "batch").iterdir()) == sorted(f"{c}.pdf" for c in chain.suppliers)
    assert main(["report", str(copy), "--company", "NOPE", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["report", str(copy), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_reports_menu_writes_supplier_report_and_workbook(programme, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox
    from gui.reports.menu import install_report_menu
    from gui_support import make_window
    copy = tmp_path / "p.encadena"
    shutil.copy(programme, copy)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    menu = install_report_menu(window)
    assert menu.menu.title() == "&Reports"
    assert not menu.actions["supplier"].isEnabled() and menu.actions["template"].isEnabled()
    context.session.open(copy)
    context.session.select(None, "LDV-104")
    assert menu.actions["supplier"].isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append("ERROR " + a[2]))
    target = tmp_path / "finca.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu.actions["supplier"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert target.exists() and "Finca La Esperanza" in _text(target), shown
    shown.clear()
    book = tmp_path / "r.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    menu.actions["workbook"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert book.exists() and not shown[0].startswith("ERROR")
    context.session.close()
