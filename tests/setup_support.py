"""A survey as a consultant sends it (national id and name headers, a visit date column) and a
company list, built in code for the programme-setup tests."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from core.toolkit.registry import get_toolkit

TOOLKIT = "sdp-diagnostic"
COMPANIES = [("3-101-111111", "Quesos La Vaca S.A.", "2026-02-10"),
             ("3-101-222222", "Lácteos del Valle S.R.L.", "2026-02-11"),
             ("3-101-333333", "Empaques Tico S.A.", "2026-02-12")]


def survey_file(path: Path, headers=("Cédula jurídica", "Razón social", "Fecha de visita"),
                rows=COMPANIES, with_ids: bool = True, extra: dict | None = None) -> Path:
    """A sheet: the three headers, then every scored item by its Spanish label; answers l1..l5."""
    toolkit = get_toolkit(TOOLKIT)
    items = toolkit.scored_items
    wb = Workbook()
    ws = wb.active
    ws.title = "Diagnóstico"
    extra = extra or {}
    ws.append([*headers, *extra.keys(), *[it.label("es") for it in items]])
    for k, (cid, name, visit) in enumerate(rows):
        answers = [f"l{1 + (k + j) % 5}" for j in range(len(items))]
        cells = [cid if with_ids else None, name, visit]
        ws.append([*cells, *[v[k] for v in extra.values()], *answers])
    wb.save(path)
    return path


def company_list_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Empresas"
    ws.append(["Cédula jurídica", "Nombre comercial", "Empleados", "Ventas anuales", "Municipio",
               "Liderada por mujer"])
    ws.append(["3-101-111111", "La Vaca", 12, "85.000.000", "San Carlos", "sí"])
    ws.append(["3-101-222222", "Del Valle", "muchos", 400000000, "Grecia", "no"])
    ws.append(["3-101-999999", "Nueva", 4, 1000, "Upala", "sí"])
    wb.save(path)
    return path
