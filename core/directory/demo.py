"""The directory of the demo programme: capability profiles of its suppliers, two buyers'
demands and a pipeline with one linkage, so every directory screen has something true to show."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from core.directory.demands import add_demand_edit
from core.directory.model import CapabilityProfile, Certification, Demand, Machine
from core.directory.pipeline import stage_edit
from core.directory.profiles import profile_edit
from core.edits import apply_edit

PROFILES = {
    "LDV-101": (["Botellas PEAD", "Tapas roscadas"], ["22", "2220"], ["Soplado", "Inyección"],
                [("Sopladora", "1 200 u/h", 2017)], [("ISO 9001", 400)], "Alajuela", 2),
    "LDV-102": (["Cajas corrugadas", "Separadores de cartón"], ["17"], ["Troquelado", "Impresión"],
                [("Troqueladora", "8 000 u/día", 2012)], [("FSC", 300)], "Heredia", 5),
    "LDV-103": (["Etiquetas impresas", "Mangas termoencogibles"], ["18"], ["Flexografía"],
                [], [], "San José", 16),
    "LDV-106": (["Transporte refrigerado"], ["49"], ["Cadena de frío"],
                [("Camión refrigerado", "12 t", 2020)], [("HACCP", 200)], "Alajuela", 3),
    "LDV-107": (["Pulpa de fruta", "Saborizantes naturales"], ["10"], ["Pasteurización"],
                [], [("HACCP", -30), ("ISO 22000", 500)], "Cartago", 7),
    "MTD-201": (["Piezas torneadas", "Ejes"], ["25", "2592"], ["Torneado CNC", "Fresado"],
                [("Torno CNC", "Ø 300 mm", 2019)], [("ISO 9001", 500)], "Cartago", 1),
    "MTD-202": (["Componentes CNC"], ["25"], ["Fresado CNC", "Torneado CNC"],
                [("Centro de mecanizado", "5 ejes", 2021)], [("ISO 9001", 250), ("ISO 13485", 250)],
                "Alajuela", 4),
    "MTD-204": (["Carcasas inyectadas", "Piezas plásticas técnicas"], ["22"], ["Inyección"],
                [("Inyectora", "300 t", 2018)], [("ISO 13485", 600), ("ISO 9001", 600)],
                "Heredia", 2),
    "MTD-205": (["Tubos de grado médico"], ["22", "2220"], ["Extrusión"],
                [("Extrusora", "40 kg/h", 2016)], [("ISO 9001", 90)], "Heredia", 14),
    "MTD-207": (["Anodizado", "Pasivado"], ["25"], ["Tratamiento superficial"],
                [], [], "Puntarenas", 9),
}


def add_demo_directory(conn: sqlite3.Connection, today: date | None = None) -> None:
    """Profiles for the suppliers above, two demands and a pipeline (dates relative to today)."""
    today = today or date.today()
    for cid, (products, codes, processes, machines, certs, region, months) in PROFILES.items():
        if conn.execute("SELECT 1 FROM companies WHERE id = ?", (cid,)).fetchone() is None:
            continue
        profile = CapabilityProfile(
            cid, products, codes, processes, [Machine(*m) for m in machines],
            [Certification(n, (today + timedelta(days=d)).isoformat()) for n, d in certs],
            None, region, None, None, None, (today - timedelta(days=30 * months)).isoformat())
        apply_edit(conn, profile_edit(conn, profile), "Ana Solís")
    demands = [
        Demand("MTD-000", "Carcasas para monitor de signos vitales", codes=["22"],
               processes=["Inyección"], required_certs=["ISO 13485"], preferred_certs=["ISO 9001"],
               min_band="developing", region="Heredia", volume="5 000 u/mes",
               frequency="mensual", deadline=(today + timedelta(days=60)).isoformat()),
        Demand("LDV-000", "Botellas de 1 L para yogur bebible", codes=["2220"],
               processes=["Soplado"], required_certs=["ISO 9001"], preferred_certs=["ISO 22000"],
               min_band="developing", region="Alajuela", volume="40 000 u/mes",
               frequency="semanal", deadline=(today + timedelta(days=45)).isoformat()),
    ]
    for demand in demands:
        if conn.execute("SELECT 1 FROM companies WHERE id = ?", (demand.buyer_id,)).fetchone():
            edit, _demand_id = add_demand_edit(conn, demand)
            apply_edit(conn, edit, "Ana Solís")
    steps = [("D001", "MTD-204", "meeting", 20, None), ("D001", "MTD-205", "contacted", 12, None),
             ("D002", "LDV-101", "linkage", 8, 18_500.0)]
    for demand_id, cid, stage, days, value in steps:
        if conn.execute("SELECT 1 FROM demands WHERE id = ?", (demand_id,)).fetchone():
            apply_edit(conn, stage_edit(conn, demand_id, cid, stage,
                                        (today - timedelta(days=days)).isoformat(), value),
                       "Ana Solís")
