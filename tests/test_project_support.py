"""Builders shared by the project-file tests (no tests here): toolkit, survey workbooks, projects."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from core.project import Project
from core.toolkit.loader import load_toolkit
from toolkit_factory import write_toolkit

HEADER = ["company_id", "company_name", "date", "mgmt_01", "mgmt_02", "ops_01", "ops_02",
          "fin_01", "fin_02"]


def answers(company: str, level: int = 3, date: str = "2026-03-02", name: str | None = None,
            **changes) -> dict:
    """One survey row: every item answered at ``level``-ish values, with ``changes`` applied."""
    row = {"company_id": company, "company_name": name or f"Company {company}", "date": date,
           "mgmt_01": str(level), "mgmt_02": "5s kanban", "ops_01": level, "ops_02": 10,
           "fin_01": 20 * level, "fin_02": "yes"}
    row.update(changes)
    return row


def write_survey(path: Path, rows: list[dict], extra: tuple[str, ...] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Responses"
    header = HEADER + list(extra)
    ws.append(header)
    for row in rows:
        ws.append([row.get(h) for h in header])
    wb.save(path)
    return path


def toolkit(tmp_path: Path, **changes):
    return load_toolkit(write_toolkit(tmp_path / "toolkit.xlsx", **changes))


def new_project(tmp_path: Path, name: str = "p.encadena", **kw) -> Project:
    return Project.create(tmp_path / name, "Programa de prueba", country=kw.pop("country", "CR"), **kw)
