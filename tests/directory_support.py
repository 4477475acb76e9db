"""A programme built from scratch (no demo code) for the directory tests: suppliers imported
from a survey of the built-in ``sdp-diagnostic`` toolkit, with varied answers."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook


def write_levels_survey(path: Path, levels: dict[str, int]) -> Path:
    """A survey where company ``cid`` answers level ``levels[cid]`` (1-5) on every item."""
    from core.toolkit.registry import get_toolkit
    scored = get_toolkit("sdp-diagnostic").scored_items
    book = Workbook()
    sheet = book.active
    sheet.append(["Código", "Nombre"] + [i.name for i in scored])
    for cid, level in levels.items():
        sheet.append([cid, f"Proveedor {cid}"] + [f"l{level}"] * len(scored))
    book.save(path)
    return path


def build_directory_programme(folder: Path, n: int = 30) -> Path:
    """A programme of ``n`` suppliers (S01..) and one buyer (B01), levels cycling 1..5."""
    from core.project import Project
    path = folder / "directorio.encadena"
    levels = {f"S{i:02d}": 1 + (i % 5) for i in range(1, n + 1)}
    levels["B01"] = 5
    survey = write_levels_survey(folder / "diagnostico.xlsx", levels)
    with Project.create(path, "Directorio de prueba", country="CR") as project:
        project.import_survey(survey, "sdp-diagnostic", chain="Cadena láctea", round=1,
                              assessed_on="2026-03-01")
    return path
