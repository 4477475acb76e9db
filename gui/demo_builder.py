"""Build the demo programme with the core: two value chains in Spanish, two diagnostic rounds ten
months apart, company facts and risk registers. Deterministic (fixed seed); no Qt here.

Run ``python -m gui.demo_builder PATH`` to write it; the app builds it on first use.
"""
from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from openpyxl import Workbook

TOOLKIT = "sdp-diagnostic"
ROUNDS = ((1, "2025-02-10"), (2, "2025-12-10"))       # ten months apart

# id, name, role, what it supplies (criticality 1-5), employees, sales US$, largest client share,
# maturity (1-5) at the first round, improvement by the second round (levels)
DAIRY = ("Cadena láctea — Lácteos del Valle", "Alimentos", [
    ("LDV-000", "Lácteos del Valle S.A.", "buyer", None, 850, 42_000_000, 0.12, 3.8, 0.3),
    ("LDV-101", "Envases Plásticos del Norte", "supplier", ("Botellas PEAD", 5), 64, 980_000, 0.58, 2.9, 0.9),
    ("LDV-102", "Cartonajes Ríos Hermanos", "supplier", ("Cajas corrugadas", 3), 38, 620_000, 0.44, 2.4, 0.8),
    ("LDV-103", "Impresos Gráficos Sol", "supplier", ("Etiquetas impresas", 3), 22, 640_000, 0.71, 2.1, 1.1),
    ("LDV-104", "Finca La Esperanza", "supplier", ("Leche cruda", 5), 14, 380_000, 0.93, 1.7, 1.2),
    ("LDV-105", "Lechería San Isidro", "supplier", ("Leche cruda", 5), 9, 210_000, 0.88, 1.5, 0.7),
    ("LDV-106", "Transportes Ruta Fría", "supplier", ("Transporte refrigerado", 4), 31, 540_000, 0.62, 2.6, 0.6),
    ("LDV-107", "Ingredientes Naturales Andinos", "supplier", ("Frutas y saborizantes", 3), 18, 520_000, 0.35, 3.1, 0.5),
    ("LDV-108", "Cultivos y Fermentos del Sur", "supplier", ("Cultivos lácticos", 4), 11, 300_000, 0.40, 3.4, 0.4),
])
MEDICAL = ("Cadena médica — MedTec Dispositivos", "Dispositivos médicos", [
    ("MTD-000", "MedTec Dispositivos S.A.", "buyer", None, 1200, 96_000_000, 0.20, 4.1, 0.2),
    ("MTD-201", "Metalmecánica Precisión", "supplier", ("Piezas torneadas", 5), 47, 880_000, 0.66, 2.8, 1.0),
    ("MTD-202", "Mecanizados Alajuela", "supplier", ("Componentes CNC", 4), 29, 690_000, 0.54, 2.3, 0.9),
    ("MTD-203", "Tornería Industrial Cartago", "supplier", ("Ejes y bujes", 3), 16, 410_000, 0.81, 1.9, 0.6),
    ("MTD-204", "Inyección de Plásticos Heredia", "supplier", ("Carcasas inyectadas", 5), 72, 3_300_000, 0.49, 3.2, 0.7),
    ("MTD-205", "Polímeros Médicos del Valle", "supplier", ("Tubos de grado médico", 5), 25, 760_000, 0.57, 2.7, 1.1),
    ("MTD-206", "Moldes y Matrices Central", "supplier", ("Moldes de inyección", 4), 12, 460_000, 0.38, 3.0, 0.3),
    ("MTD-207", "Acabados Superficiales Pacífico", "supplier", ("Anodizado y pasivado", 2), 19, 330_000, 0.45, 2.2, 0.8),
])
RISKS = [  # company, category, likelihood, severity, residual (L, S) or None, description, cause, control
    ("LDV-104", "quality", 4, 5, (3, 5), "Leche con conteo bacteriano alto en verano",
     "Enfriamiento tardío en el ordeño", "Tanque de frío y registro diario de temperatura"),
    ("LDV-105", "dependency", 5, 4, None, "Vende casi toda su leche a un solo comprador",
     "Un solo cliente", ""),
    ("LDV-101", "delivery", 3, 4, (2, 4), "Paros de la sopladora por falta de repuestos",
     "Mantenimiento correctivo", "Plan de mantenimiento preventivo (TPM)"),
    ("LDV-106", "health_safety", 3, 4, None, "Jornadas de conducción de más de 10 horas",
     "Falta de rotación de choferes", ""),
    ("MTD-201", "compliance", 3, 5, (2, 5), "Trazabilidad de lotes incompleta para ISO 13485",
     "Registros en papel", "Sistema de trazabilidad por lote"),
    ("MTD-205", "quality", 3, 5, None, "Variación dimensional de tubos fuera de tolerancia",
     "Control estadístico ausente", ""),
    ("MTD-207", "environment", 4, 3, (3, 3), "Manejo de efluentes del anodizado",
     "Planta de tratamiento subdimensionada", "Ampliación de la planta de tratamiento"),
]


def build_demo(path: Path | str, progress=None) -> Path:
    """Write the demo programme to ``path`` (replacing it) and return the path."""
    from core.project import Company, Project, SuppliedItem
    from core.toolkit.registry import get_toolkit
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    toolkit = get_toolkit(TOOLKIT)
    rng = random.Random(2026)
    project = Project.create(path, "Programa de Desarrollo de Proveedores 2025", country="CR")
    try:
        with tempfile.TemporaryDirectory(prefix="encadena-demo-") as folder:
            steps = len(ROUNDS) * 2
            for r, (round_no, when) in enumerate(ROUNDS):
                for c, (chain, _sector, companies) in enumerate((DAIRY, MEDICAL)):
                    survey = Path(folder) / f"ronda{round_no}_{c}.xlsx"
                    _write_survey(survey, toolkit, companies, round_no, when, rng)
                    project.import_survey(survey, toolkit, chain=chain, round=round_no,
                                          assessed_on=when, consultant="Ana Solís")
                    if progress:
                        progress((r * 2 + c + 1) / (steps + 1), chain)
                if round_no == 1:
                    _plans(project, rng)
        for chain_name, sector, companies in (DAIRY, MEDICAL):
            for cid, name, role, supplied, employees, sales, share, *_ in companies:
                company = project.company(cid) or Company(cid, name)
                items = [SuppliedItem(supplied[0], supplied[1])] if supplied else []
                project.save_company(replace(company, name=name, role=role, sector=sector,
                                             country="CR", employees=employees, annual_sales=sales,
                                             supplied_items=items, largest_client_share=share,
                                             consultant="Ana Solís"))
            for chain in project.value_chains():
                if chain.name == chain_name:
                    anchor = companies[0][0]
                    project.save_chain(replace(chain, sector=sector, anchor_id=anchor,
                                               suppliers=[c[0] for c in companies[1:]],
                                               consultant="Ana Solís", phases=_phases()))
        _risks(project)
        from gui.demo_plans import add_follow_up   # budgets, phase dates, certification rule
        add_follow_up(project.conn)
    finally:
        project.close()
    if progress:
        progress(1.0, "")
    return path


def _write_survey(path: Path, toolkit, companies, round_no: int, when: str, rng) -> None:
    scored = toolkit.scored_items
    book = Workbook()
    sheet = book.active
    sheet.title = "Diagnóstico"
    sheet.append(["company_id", "company_name", "assessment_date"] + [i.name for i in scored])
    for cid, name, _role, _s, _e, _sales, _share, level, gain in companies:
        mean = level + (gain if round_no > 1 else 0.0)
        row: list[object] = [cid, name, when]
        for item in scored:
            names = [ch.name for ch in toolkit.lists[item.list_name].choices if ch.score is not None]
            value = min(len(names), max(1, round(rng.gauss(mean, 0.8))))
            row.append(names[value - 1])
        sheet.append(row)
    book.save(path)


def sample_survey(path: Path) -> Path:
    """A survey workbook like a consultant's: title rows, labels as headers, a comments column,
    and two cells that cannot be used (for the import wizard's screenshots and demos)."""
    from core.toolkit.registry import get_toolkit
    toolkit = get_toolkit(TOOLKIT)
    _write_survey(path, toolkit, DAIRY[2][1:5], 1, "2025-02-10", random.Random(7))
    from openpyxl import load_workbook
    book = load_workbook(path)
    sheet = book.active
    sheet.insert_rows(1, 2)
    sheet["A1"] = "Diagnóstico de proveedores — Cadena láctea, ronda 1"
    for cell in sheet[3]:
        if toolkit.has_item(str(cell.value)) and toolkit.item(str(cell.value)).scored:
            cell.value = toolkit.item(str(cell.value)).label("es")
    sheet.cell(row=3, column=sheet.max_column + 1, value="Observaciones del consultor")
    sheet.cell(row=5, column=6, value="siete")
    sheet.cell(row=6, column=9, value="n/a")
    sheet.cell(row=7, column=12, value="casi siempre")
    book.save(path)
    return path


PLAN_START = date(2025, 3, 24)
MONTHS = [date(2025, m, 25) for m in range(4, 12)]     # follow-up visits, April to November
KPI_BASELINES = {  # unit -> (low, high, target factor); counts start at 0
    "units / person-hour": (8, 15, 1.35), "currency": (20_000, 80_000, 1.25),
    "currency / unit": (2, 9, 0.8), "%": (70, 85, None), "ppm": (2_000, 8_000, 0.45),
    "days": (20, 45, 0.6), "minutes": (40, 90, 0.5), "m²": (300, 800, 0.85),
}


def _plans(project, rng: random.Random) -> None:
    """An improvement plan per supplier, drafted by the core from its first diagnosis, with
    monthly progress on actions and monthly KPI measurements."""
    try:
        from core.plans.draft import draft_for_company
        from core.plans.store import has_plan_tables, save_plan
    except ImportError:
        return
    if not has_plan_tables(project.conn):
        return
    for _chain, _sector, companies in (DAIRY, MEDICAL):
        for cid, _name, role, *_facts, gain in companies:
            if role != "supplier":
                continue
            plan = draft_for_company(project.conn, cid, PLAN_START, top_n=4, months=8, language="es")
            plan.agreed_on = PLAN_START
            pace = gain              # share of the plan done by November
            for kpi in plan.kpis:
                low, high, factor = KPI_BASELINES.get(kpi.unit, (0, 0, None))
                base = round(rng.uniform(low, high), 1) if high else 0.0
                target = 95.0 if kpi.unit == "%" else (round(base * factor, 1) if factor
                                                       else float(rng.randint(1, 4)))
                kpi.baseline_value, kpi.target_value = base, target
                for n, month in enumerate(MONTHS, start=1):
                    share = min(1.2, pace * n / len(MONTHS) + rng.gauss(0, 0.06))
                    value = base + (target - base) * max(0.0, share)
                    kpi.add_measurement(month, round(value) if not high else round(value, 1),
                                        source="visita de seguimiento")
            for action in plan.actions:
                action.owner = "Ana Solís"
                span = max(1, (action.due - action.start).days)
                for month in MONTHS:
                    done = min(100.0, max(0.0, 100.0 * pace * (month - action.start).days / span))
                    if done <= 0:
                        continue
                    action.record(month, round(done), "done" if done >= 100 else "in_progress")
            save_plan(project.conn, plan)


def _phases() -> dict[str, tuple[str | None, str | None]]:
    return {"formalisation": ("2025-01-06", "2025-01-31"), "diagnosis": ("2025-02-03", "2025-02-28"),
            "validation": ("2025-03-03", "2025-03-21"), "improvement_plan": ("2025-03-24", "2025-04-30"),
            "implementation": ("2025-05-05", "2025-11-28"), "documentation": ("2025-12-01", "2025-12-19")}


def _risks(project) -> None:
    try:
        from core.risk.register import Risk
        from core.risk.store import has_risk_tables, next_risk_id, save_risk
    except ImportError:
        return
    if not has_risk_tables(project.conn):
        return
    for cid, category, lik, sev, residual, description, cause, control in RISKS:
        risk = Risk(cid, next_risk_id(project.conn, cid), category, lik, sev, description, cause,
                    (control,) if control else (), residual[0] if residual else None,
                    residual[1] if residual else None, owner="Ana Solís",
                    status="open", last_review=date(2025, 12, 10), next_review=date(2026, 3, 10))
        save_risk(project.conn, risk, by="demo")


if __name__ == "__main__":
    print(build_demo(sys.argv[1] if len(sys.argv) > 1 else "demo.encadena"))
