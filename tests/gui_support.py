"""Helpers for the GUI tests: an application context with private settings and inline workers."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def make_window(tmp_path: Path, language: str = "en", synchronous: bool = True):
    """``(app, context, window)`` with settings in ``tmp_path`` and (by default) inline tasks."""
    from PySide6.QtCore import QSettings

    from gui.app import build
    from gui.workers import SynchronousPool
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    app, context, window, _args = build(["--language", language], settings_store=store,
                                        pool=SynchronousPool() if synchronous else None)
    return app, context, window


def write_survey(path: Path) -> Path:
    """A small Spanish survey for the ``sdp-diagnostic`` toolkit: a title block, three suppliers,
    one invalid cell (F6), one column that matches nothing (``Observaciones``)."""
    from core.toolkit.registry import get_toolkit
    toolkit = get_toolkit("sdp-diagnostic")
    scored = toolkit.scored_items
    book = Workbook()
    sheet = book.active
    sheet.title = "Respuestas"
    sheet.append(["Diagnóstico de proveedores — ronda 1"])
    sheet.append([])
    sheet.append(["Código", "Nombre", "Observaciones"] + [i.label("es") for i in scored])
    levels = {"S-001": 2, "S-002": 4, "S-003": 3}
    for cid, level in levels.items():
        row = [cid, f"Proveedor {cid}", "visita en planta"] + [f"l{level}"] * len(scored)
        sheet.append(row)
    sheet["F6"] = "siete"          # an answer that is no choice: reported, the item counts as missing
    sheet.cell(row=3, column=1, value="codigo")
    sheet.cell(row=3, column=2, value="nombre")
    book.save(path)
    return path


def build_programme(path: Path, survey_folder: Path) -> Path:
    """A small programme file: one value chain, three suppliers from :func:`write_survey`."""
    from core.project import Project
    project = Project.create(path, "Programa de prueba", country="CR")
    try:
        survey = write_survey(survey_folder / "encuesta.xlsx")
        project.import_survey(survey, "sdp-diagnostic", chain="Cadena láctea", round=1,
                              assessed_on="2025-02-10")
    finally:
        project.close()
    return path
