"""The directory in the workbench, as a consultant uses it on a programme built from scratch:
fill a supplier's capability profile, undo it, search with accents, register a demand, read the
ranked matches, record a linkage, seed a plan action, hand out the shortlist."""
from __future__ import annotations

from pathlib import Path

import pytest

from directory_support import build_directory_programme
from gui_support import make_window

pytestmark = pytest.mark.gui


def _open(qtbot, tmp_path, language="es"):
    path = build_directory_programme(tmp_path, 12)
    _app, context, window = make_window(tmp_path, language)
    qtbot.addWidget(window)
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: context.session.is_open)
    return context, window


def _fill_profile(tab, products, codes, cert_rows, region, verified=None):
    from PySide6.QtCore import QDate
    tab.products.setPlainText("\n".join(products))
    tab.codes.setText(", ".join(codes))
    tab.processes.setPlainText("Inyección\nSoplado")
    tab.certs.set_rows(cert_rows)
    tab.region.setText(region)
    if verified:
        tab.verified.setDate(QDate.fromString(verified, "yyyy-MM-dd"))
    else:
        tab.verified.setDate(QDate.currentDate())


def test_profile_search_demand_match_linkage(qtbot, tmp_path, qtmodeltester):
    context, window = _open(qtbot, tmp_path)
    company_view = window.views["company"]
    tab = next(w for spec, w in company_view.extra_tabs if spec.key == "capabilities")
    profiles = {"S03": (["Envases plásticos"], ["22"], [{"name": "ISO 9001", "expires_on": "2030-01-01"}],
                        "Alajuela"),
                "S08": (["Envases soplados"], ["2220"], [], "Alajuela"),
                "S04": (["Cajas de cartón"], ["17"], [{"name": "ISO 9001"}], "Heredia")}
    for cid, (products, codes, certs, region) in profiles.items():
        context.session.select(None, cid)
        _fill_profile(tab, products, codes, certs, region)
        assert tab.save_profile()
    qtmodeltester.check(tab.certs)
    # Undo the last profile, then redo it: one entry on the stack per save.
    window.act_undo.trigger()
    conn = context.session.project.conn
    assert conn.execute("SELECT COUNT(*) FROM capability_profiles").fetchone()[0] == 2
    window.act_redo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM capability_profiles").fetchone()[0] == 3
    # A bad date in the certifications is refused with a message and changes nothing.
    from PySide6.QtWidgets import QMessageBox
    warnings = []
    QMessageBox.warning = staticmethod(lambda *a, **k: warnings.append(a))
    context.session.select(None, "S04")
    tab.certs.set_rows([{"name": "ISO 9001", "expires_on": "mañana"}])
    assert not tab.save_profile() and warnings and "mañana" in warnings[0][2]

    directory = window.views["directory"]
    window.show_view("directory")
    directory.search.setText("ENVASE plastico")
    directory.refresh()
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1)
    assert directory.model.frame.iloc[0]["company_id"] == "S03"
    qtmodeltester.check(directory.model)
    directory.grab().save(str(tmp_path / "directory-es.png"))

    demands = window.views["demands"]
    window.show_view("demands")
    from core.directory.model import Demand
    demand_id = demands.add_demand(Demand("B01", "Envases para yogur", codes=["22"],
                                          required_certs=["ISO 9001"], min_band="developing",
                                          region="Alajuela"))
    assert demand_id == "D001"
    qtbot.waitUntil(lambda: demands.report is not None)
    ids = [m["company_id"] for m in demands.report["matches"]]
    statuses = {m["company_id"]: m["status"] for m in demands.report["matches"]}
    assert statuses["S03"] == "qualified" and statuses["S08"] == "near"
    assert ids.index("S03") < ids.index("S08")
    assert "le falta ISO 9001" in demands.report["matches"][ids.index("S08")]["explanation"]
    qtmodeltester.check(demands.matches)
    demands.grab().save(str(tmp_path / "demands-es.png"))
    assert demands.apply_stage("S03", "linkage", "2026-11-20", 12500.0)
    from core.directory.pipeline import linkage_results
    assert linkage_results(conn)["programme"] == {"linkages": 1, "value": 12500.0, "suppliers": 1}
    row = ids.index("S08")
    demands.match_table.selectRow(demands._view_row(demands.matches, row))
    assert demands.seed_action()
    title = conn.execute("SELECT title FROM plan_actions WHERE company_id = 'S08'").fetchone()[0]
    assert "ISO 9001" in title and "D001" in title
    window.act_undo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM plan_actions WHERE company_id = 'S08'").fetchone()[0] == 0
    demands._write_workbook(str(tmp_path / "lista.xlsx"))
    from openpyxl import load_workbook
    sheet = load_workbook(tmp_path / "lista.xlsx")["Proveedores"]
    assert sheet["B2"].value == "S03"
    from gui.reports.directory_pdf import write_catalogue_pdf, write_shortlist_pdf
    pdf = write_shortlist_pdf(context.session.project, demands.report, tmp_path / "lista.pdf", "es")
    from pypdf import PdfReader
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "Lista corta D001" in text and "S03" in text
    catalogue = write_catalogue_pdf(context.session.project, directory._rows,
                                    tmp_path / "catalogo.pdf", "es")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(catalogue)).pages)
    assert "Catálogo de proveedores" in text and "Envases plásticos" in text


def test_capabilities_tab_shows_programme_facts_and_stale_flag(qtbot, tmp_path):
    context, window = _open(qtbot, tmp_path, "es")
    tab = next(w for spec, w in window.views["company"].extra_tabs if spec.key == "capabilities")
    context.session.select(None, "S03")
    _fill_profile(tab, ["Lids"], ["22"], [], "Alajuela", verified="2023-01-15")
    assert tab.save_profile()
    tab.show_company("S03")
    assert "índice 75,0" in tab.facts.text() and "Listo para encadenamiento" in tab.facts.text()
    assert not tab.stale.isHidden()
    assert "22: Fabricación de productos de caucho y de plástico" in tab.code_labels.text()


def test_profiles_import_from_the_directory_view_is_one_undoable_edit(qtbot, tmp_path):
    from openpyxl import Workbook
    context, window = _open(qtbot, tmp_path, "es")
    book = Workbook()
    book.active.append(["Código", "Productos", "Certificaciones", "Región"])
    book.active.append(["S01", "Quesos frescos", "HACCP:2028-01-31", "Alajuela"])
    book.active.append(["S02", "Leche UHT", "ISO 9001", "Heredia"])
    path = tmp_path / "perfiles.xlsx"
    book.save(path)
    view = window.views["directory"]
    assert view.import_profiles(str(path))
    conn = context.session.project.conn
    assert conn.execute("SELECT COUNT(*) FROM capability_profiles").fetchone()[0] == 2
    window.act_undo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM capability_profiles").fetchone()[0] == 0
    window.act_redo.trigger()
    view.search.setText("queso")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_match_settings_change_the_ranking_inputs(qtbot, tmp_path):
    from core.directory.settings import DirectorySettings, load_settings
    from gui.dialogs.match_settings import MatchSettingsDialog
    dialog = MatchSettingsDialog(DirectorySettings())
    qtbot.addWidget(dialog)
    dialog.weights["region"].setValue(5)
    dialog.stale.setValue(6)
    chosen = dialog.settings()
    assert chosen.weights["region"] == 5 and chosen.stale_months == 6
    context, _window = _open(qtbot, tmp_path, "es")
    from core.directory.settings import save_settings
    from core.project.db import transaction
    with transaction(context.session.project.conn):
        save_settings(context.session.project.conn, chosen)
    assert load_settings(context.session.project.conn).weights["region"] == 5
