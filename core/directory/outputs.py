"""Workbooks of the directory: the supplier directory, and a buyer's shortlist for a demand.

Every text goes through the safe cell writer (never a formula); files are written to a temporary
file beside the target and moved into place, and never over one of the inputs.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from core import catalogue
from core.reports.safe_cells import row_cells
from core.safe_output import atomic_output, write_text_output

_BOLD = Font(bold=True)


def write_text_safely(target: Path, text: str, inputs: list | None = None) -> None:
    """Write ``text`` through the safe writer (atomic, never over one of ``inputs``)."""
    write_text_output(target, text, inputs or [])


def _save(wb: Workbook, target: Path, inputs: list) -> None:
    with atomic_output(target, inputs) as temp:
        wb.save(temp)


def _sheet(wb: Workbook, title: str, headers: list[str], rows: list[list], widths: list[int]):
    ws = wb.create_sheet(title[:31])
    for j, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + j)].width = width
    ws.freeze_panes = "A2"
    ws.append(row_cells(ws, headers))
    for cell in ws[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(row_cells(ws, row))
    if rows:
        ws.auto_filter.ref = f"A1:{chr(ord('A') + len(headers) - 1)}{len(rows) + 1}"
    return ws


def _t(code: str, language: str) -> str:
    return catalogue.text(code, language)


DIRECTORY_COLUMNS = ("company_id", "name", "chain", "region", "municipality", "products", "codes",
                     "processes", "certifications", "index", "band_label", "risk_label",
                     "verified_on", "stale")
_WIDTHS = (12, 30, 18, 16, 16, 40, 14, 30, 24, 8, 22, 14, 12, 10)


def directory_table(rows: list[dict], language: str) -> tuple[list[str], list[list]]:
    headers = [_t(f"directory.col.{c}", language) for c in DIRECTORY_COLUMNS]
    yes, no = _t("directory.yes", language), _t("directory.no", language)
    body = []
    for r in rows:
        body.append([r["company_id"], r["name"], r["chain"], r["region"], r["municipality"],
                     "; ".join(r["products"]), ", ".join(r["codes"]), "; ".join(r["processes"]),
                     ", ".join(r["certifications"]), r["index"], r["band_label"],
                     r["risk_label"], r["verified_on"], yes if r["stale"] else no])
    return headers, body


def write_directory_workbook(target, rows: list[dict], language: str,
                             inputs: list | None = None) -> Path:
    """The directory (one row per supplier) as a workbook."""
    wb = Workbook()
    wb.remove(wb.active)
    headers, body = directory_table(rows, language)
    _sheet(wb, _t("directory.sheet", language), headers, body, list(_WIDTHS))
    _save(wb, Path(target), inputs or [])
    return Path(target)


MATCH_COLUMNS = ("rank", "company_id", "name", "status_label", "score", "explanation",
                 "missing", "stage")


def write_shortlist_workbook(target, report: dict, buyer_name: str | None, language: str,
                             inputs: list | None = None) -> Path:
    """A buyer's shortlist: the demand, then the ranked suppliers with why."""
    wb = Workbook()
    ws = wb.active
    ws.title = _t("directory.sheet_demand", language)[:31]
    d = report["demand"]
    facts = [("demand_id", d["id"]), ("buyer", f"{d['buyer_id']} {buyer_name or ''}".strip()),
             ("title", d["title"]), ("description", d["description"]),
             ("codes", ", ".join(d["codes"])), ("processes", "; ".join(d["processes"])),
             ("required_certs", ", ".join(d["required_certs"])),
             ("preferred_certs", ", ".join(d["preferred_certs"])),
             ("min_band", d.get("min_band_label") or d["min_band"]),
             ("max_risk", d.get("max_risk_label") or d["max_risk"]), ("volume", d["volume"]),
             ("frequency", d["frequency"]), ("region", d["region"]), ("deadline", d["deadline"]),
             ("as_of", report["as_of"])]
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    for key, value in facts:
        ws.append(row_cells(ws, [_t(f"directory.field.{key}", language), value]))
        ws.cell(ws.max_row, 1).font = _BOLD
    stages = {s: _t(f"directory.stage.{s}", language) for s in
              ("shortlisted", "contacted", "meeting", "trial_order", "linkage", "closed")}
    headers = [_t(f"directory.col.{c}", language) for c in MATCH_COLUMNS]
    body = [[m["rank"], m["company_id"], m["name"], m["status_label"], m["score"],
             m["explanation"], ", ".join(m["missing_text"]), stages.get(m["stage"], "")]
            for m in report["matches"]]
    _sheet(wb, _t("directory.sheet_matches", language), headers, body,
           [6, 12, 30, 16, 8, 80, 30, 16])
    _save(wb, Path(target), inputs or [])
    return Path(target)
