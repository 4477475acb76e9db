"""Build the demo programme with the core: two value chains in Spanish, two diagnostic rounds ten
months apart, company facts and risk registers. Deterministic for a given build date (fixed seed);
no Qt here.

The content is authored on a 2025 timeline (follow-up round on 2025-12-10) and every date is moved
by :func:`demo_shift` so the follow-up round falls two to three weeks before the build date: the
demo always looks like a live programme, whatever day the app evaluates it "as of".

Run ``python -m core.demo.builder PATH`` to write it; the app builds it on first use.
"""
from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

TOOLKIT = "sdp-diagnostic"
FOLLOW_UP = date(2025, 12, 10)          # the follow-up round on the authored timeline
FOLLOW_UP_AGO = 18                      # days before the build date, at least (up to 24)


def demo_shift(today: date | None = None) -> timedelta:
    """How far the authored timeline moves for a demo built on ``today``: whole weeks (weekdays
    stay), so that the follow-up round falls 18 to 24 days before ``today``."""
    days = ((today or date.today()) - timedelta(days=FOLLOW_UP_AGO) - FOLLOW_UP).days
    return timedelta(days=days - days % 7)


def on(authored: date | str, shift: timedelta) -> date:
    """An authored date (or ISO text) moved onto the build's timeline."""
    return (date.fromisoformat(authored) if isinstance(authored, str) else authored) + shift


def demo_rounds(shift: timedelta) -> tuple[tuple[int, str], tuple[int, str]]:
    """The baseline and follow-up rounds (number, ISO date): ten calendar months apart."""
    follow = on(FOLLOW_UP, shift)
    month = follow.year * 12 + follow.month - 1 - 10
    baseline = date(month // 12, month % 12 + 1, min(follow.day, 28))
    return ((1, baseline.isoformat()), (2, follow.isoformat()))


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
    ("MTD-201", "Metalmecánica Precisión", "supplier", ("Piezas torneadas", 5), 47, 880_000, 0.46, 2.8, 1.0),
    ("MTD-202", "Mecanizados Alajuela", "supplier", ("Componentes CNC", 4), 29, 690_000, 0.54, 2.3, 0.9),
    ("MTD-203", "Tornería Industrial Cartago", "supplier", ("Ejes y bujes", 3), 16, 410_000, 0.81, 1.9, 0.6),
    ("MTD-204", "Inyección de Plásticos Heredia", "supplier", ("Carcasas inyectadas", 5), 72, 3_300_000, 0.49, 3.2, 0.7),
    ("MTD-205", "Polímeros Médicos del Valle", "supplier", ("Tubos de grado médico", 5), 25, 760_000, 0.57, 2.7, 1.1),
    ("MTD-206", "Moldes y Matrices Central", "supplier", ("Moldes de inyección", 4), 12, 460_000, 0.38, 3.0, 0.3),
    ("MTD-207", "Acabados Superficiales Pacífico", "supplier", ("Anodizado y pasivado", 2), 19, 330_000, 0.45, 2.2, 0.8),
])
# suppliers that close every critical gap by the follow-up round: the programme certifies them
CLOSES_GAPS = {"LDV-107", "MTD-201", "MTD-204"}
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


def build_demo(path: Path | str, progress=None, today: date | None = None) -> Path:
    """Write the demo programme to ``path`` (replacing it) and return the path; its timeline ends
    a few weeks before ``today`` (default: the real today)."""
    from core.project import Company, Project, SuppliedItem
    from core.toolkit.registry import get_toolkit
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    toolkit = get_toolkit(TOOLKIT)
    rng = random.Random(2026)
    shift = demo_shift(today)
    rounds = demo_rounds(shift)
    project = Project.create(path, f"Programa de Desarrollo de Proveedores {rounds[0][1][:4]}",
                             country="CR")
    try:
        with tempfile.TemporaryDirectory(prefix="encadena-demo-") as folder:
            steps = len(rounds) * 2
            for r, (round_no, when) in enumerate(rounds):
                for c, (chain, _sector, companies) in enumerate((DAIRY, MEDICAL)):
                    survey = Path(folder) / f"ronda{round_no}_{c}.xlsx"
                    _write_survey(survey, toolkit, companies, round_no, when, rng)
                    project.import_survey(survey, toolkit, chain=chain, round=round_no,
                                          assessed_on=when, consultant="Ana Solís")
                    if progress:
                        progress((r * 2 + c + 1) / (steps + 1), chain)
                if round_no == 1:
                    _plans(project, random.Random(2027), shift)   # own seed: surveys stay put
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
                                               consultant="Ana Solís", phases=_phases(shift)))
        _risks(project, shift)
        from core.demo.plans import add_follow_up   # budgets, phase dates, certification rule
        add_follow_up(project.conn, shift=shift)
        from core.directory.demo import add_demo_directory
        add_demo_directory(project.conn, (today or date.today()))
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
            if item.critical and round_no > 1 and cid in CLOSES_GAPS:
                value = len(names)
            row.append(names[value - 1])
        sheet.append(row)
    book.save(path)


def sample_survey(path: Path) -> Path:
    """A survey workbook like a consultant's: title rows, labels as headers, a comments column,
    and two cells that cannot be used (for the import wizard's screenshots and demos)."""
    from core.toolkit.registry import get_toolkit
    toolkit = get_toolkit(TOOLKIT)
    _write_survey(path, toolkit, DAIRY[2][1:5], 1, demo_rounds(demo_shift())[0][1], random.Random(7))
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
VISITS = [date(2025, m, 20) for m in range(4, 13)]     # follow-up visits, April to December
KPI_BASELINES = {  # unit -> (low, high, target factor); counts start at 0
    "units / person-hour": (8, 15, 1.35), "currency": (20_000, 80_000, 1.25),
    "currency / unit": (2, 9, 0.8), "%": (70, 85, None), "ppm": (2_000, 8_000, 0.45),
    "days": (20, 45, 0.6), "minutes": (40, 90, 0.5), "m²": (300, 800, 0.85),
}


def _plans(project, rng: random.Random, shift: timedelta) -> None:
    """An improvement plan per supplier, drafted by the core from its first diagnosis, with
    monthly progress on actions and monthly KPI measurements. The strongest suppliers had an
    eight-month plan (finished); the others a twelve-month one, still under way at the build."""
    try:
        from core.plans.draft import draft_for_company
        from core.plans.store import has_plan_tables, save_plan
    except ImportError:
        return
    if not has_plan_tables(project.conn):
        return
    start = on(PLAN_START, shift)
    visits = [on(v, shift) for v in VISITS]
    for _chain, _sector, companies in (DAIRY, MEDICAL):
        for cid, _name, role, *_facts, gain in companies:
            if role != "supplier":
                continue
            plan = draft_for_company(project.conn, cid, start, top_n=4,
                                     months=8 if gain >= 1.0 else 12, language="es")
            plan.agreed_on = start
            for n, kpi in enumerate(plan.kpis):
                pace = rng.gauss(1.0 + 0.5 * (gain - 0.7), 0.15)
                _measure(kpi, rng, visits, 0.45 if n == 0 and gain < 0.5 else pace)   # stalled
            for action in plan.actions:
                action.owner = "Ana Solís"
                speed = rng.gauss(1.02 + 0.3 * (gain - 0.7), 0.05)   # < 1: the action runs late
                span = max(1, (action.due - action.start).days)
                for visit in visits:
                    done = min(100.0, max(0.0, 100.0 * speed * (visit - action.start).days / span))
                    if done > 0:
                        action.record(visit, round(done), "done" if done >= 100 else "in_progress")
                    if done >= 100:
                        break
            save_plan(project.conn, plan)


def _measure(kpi, rng: random.Random, visits: list[date], pace: float) -> None:
    """Baseline, target and a measurement per visit, ``pace`` times as far along as planned."""
    low, high, factor = KPI_BASELINES.get(kpi.unit, (0, 0, None))
    base = round(rng.uniform(low, high), 1) if high else 0.0
    target = 95.0 if kpi.unit == "%" else (round(base * factor, 1) if factor
                                           else float(rng.randint(1, 4)))
    kpi.baseline_value, kpi.target_value = base, target
    length = max(1, (kpi.target_date - kpi.baseline_date).days)
    for visit in visits:
        planned = min(1.0, (visit - kpi.baseline_date).days / length)
        share = min(1.2, max(0.0, pace * planned + rng.gauss(0, 0.04)))
        value = base + (target - base) * share
        kpi.add_measurement(visit, round(value) if not high else round(value, 1),
                            source="visita de seguimiento")


def _phases(shift: timedelta) -> dict[str, tuple[str | None, str | None]]:
    """Planned phase dates: implementation runs past the build date, documentation follows."""
    planned = {"formalisation": ("2025-01-06", "2025-01-31"), "diagnosis": ("2025-02-03", "2025-02-28"),
               "validation": ("2025-03-03", "2025-03-21"), "improvement_plan": ("2025-03-24", "2025-04-30"),
               "implementation": ("2025-05-05", "2026-03-27"), "documentation": ("2026-03-30", "2026-04-24")}
    return {phase: (on(a, shift).isoformat(), on(b, shift).isoformat())
            for phase, (a, b) in planned.items()}


def _risks(project, shift: timedelta) -> None:
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
                    status="open", last_review=on(FOLLOW_UP, shift),
                    next_review=on(date(2026, 3, 10), shift))
        save_risk(project.conn, risk, by="demo")


if __name__ == "__main__":
    print(build_demo(sys.argv[1] if len(sys.argv) > 1 else "demo.encadena"))
