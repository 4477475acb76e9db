"""Demands from a workbook (one row per demand), all or nothing, every bad cell reported."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from core.directory.bulk import _is_date, _key, _letter, _text
from core.directory.demands import add_demand_edit, next_demand_id, validate_demand
from core.directory.model import Demand
from core.edits import Edit
from core.errors import Problem, UserInputError

FIELDS = {
    "buyer_id": ("buyer", "buyer id", "comprador", "codigo del comprador", "codigo do comprador"),
    "title": ("title", "demand", "titulo", "demanda", "necesidad", "necessidade"),
    "description": ("description", "specification", "descripcion", "especificacion",
                    "descricao", "especificacao"),
    "codes": ("codes", "codigos", "ciiu", "isic", "cnae"),
    "processes": ("processes", "procesos", "processos"),
    "required_certs": ("required certifications", "certificaciones requeridas",
                       "certificacoes exigidas"),
    "preferred_certs": ("preferred certifications", "certificaciones deseables",
                        "certificacoes desejaveis"),
    "min_band": ("minimum band", "banda minima", "faixa minima"),
    "max_risk": ("maximum risk", "riesgo maximo", "risco maximo"),
    "volume": ("volume", "volumen"),
    "frequency": ("frequency", "frecuencia", "frequencia"),
    "region": ("region", "regiao"),
    "deadline": ("deadline", "fecha limite", "prazo"),
}


def read_demands(path: str | Path, band_names: set[str], risk_names: list[str]) -> list[Demand]:
    """The demands in the first sheet of ``path``; raises listing every unusable cell."""
    from core.workbook import read_sheet
    sheet = read_sheet(Path(path))
    header = sheet.rows[0] if sheet.rows else []
    columns: dict[str, int] = {}
    for j, cell in enumerate(header):
        for field, names in FIELDS.items():
            if _key(cell) in names and field not in columns:
                columns[field] = j
    if "buyer_id" not in columns or "title" not in columns:
        raise UserInputError("directory.demands_no_columns", path=str(path),
                             headers=", ".join(_text(h) for h in header if _text(h)))
    problems: list[Problem] = []
    demands = []
    for n, cells in enumerate(sheet.rows[1:], start=2):
        get = {f: _text(cells[j]) if j < len(cells) else "" for f, j in columns.items()}
        if not any(get.values()):
            continue

        def bad(field: str, code: str) -> None:
            problems.append(Problem(code, sheet.name, n, _letter(columns[field]),
                                    {"value": get.get(field, "")}))
        if not get["buyer_id"]:
            bad("buyer_id", "directory.reason_no_id")
        if not get["title"]:
            bad("title", "directory.reason_no_title")
        if get.get("min_band") and get["min_band"] not in band_names:
            bad("min_band", "directory.reason_band")
        if get.get("max_risk") and get["max_risk"] not in risk_names:
            bad("max_risk", "directory.reason_risk")
        if get.get("deadline") and not _is_date(get["deadline"]):
            bad("deadline", "directory.reason_date")

        def items(field: str) -> list[str]:
            return [t.strip() for t in re.split(r"[;,]", get.get(field, "")) if t.strip()]
        demands.append(Demand(get["buyer_id"], get["title"], description=get.get("description") or None,
                              codes=items("codes"), processes=items("processes"),
                              required_certs=items("required_certs"),
                              preferred_certs=items("preferred_certs"),
                              min_band=get.get("min_band") or None,
                              max_risk=get.get("max_risk") or None,
                              volume=get.get("volume") or None,
                              frequency=get.get("frequency") or None,
                              region=get.get("region") or None,
                              deadline=get.get("deadline") or None))
    if problems:
        raise UserInputError("directory.bulk_refused", problems, path=str(path),
                             count=len(problems))
    return demands


def demands_edit(conn: sqlite3.Connection, demands: list[Demand], band_names: set[str],
                 risk_names: list[str]) -> tuple[Edit, list[str]]:
    """One edit registering every demand (numbered in order), and their ids."""
    changes, ids = [], []
    first = int(next_demand_id(conn)[1:])
    for offset, demand in enumerate(demands):
        validate_demand(conn, demand, band_names, risk_names)
        edit, _ = add_demand_edit(conn, demand)
        demand_id = f"D{first + offset:03d}"
        for change in edit.changes:
            key = dict(change.key)
            key["id" if change.table == "demands" else "demand_id"] = demand_id
            changes.append(type(change)(change.table, key, change.before, change.after))
        ids.append(demand_id)
    return Edit("edit.demand_import", tuple(changes), "programme", None,
                {"count": len(ids)}), ids
