"""KPI units are translated like KPI names: catalogue units in en/es/pt, custom units unchanged."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.cli.main import main
from core.paths import resources_dir
from core.plans import ImprovementPlan, Kpi
from core.plans.kpi import catalogue, unit_label
from core.plans.store import save_plan
from core.project import Company, Project, ValueChain

D = date


def test_every_catalogue_entry_has_en_es_pt_units_with_accents_where_due():
    raw = json.loads((resources_dir() / "kpis" / "catalogue.json").read_text(encoding="utf-8"))
    for entry in raw["kpis"]:
        units = entry["units"]
        assert set(units) == {"en", "es", "pt"}, entry["id"]
        assert all(text.strip() for text in units.values()), entry["id"]
        assert units["en"] == entry["unit"], entry["id"]            # plans store the English text
    by_id = catalogue()
    assert by_id["inventory_days"].unit_label("es") == "días"
    assert by_id["inventory_days"].unit_label("pt") == "dias"
    assert by_id["unit_cost"].unit_label("es") == "moneda / unidad"
    assert by_id["productivity"].unit_label("es") == "unidades / hora-persona"
    translated = {e.unit for e in by_id.values() if e.units["es"] != e.unit}
    assert translated >= {"currency", "currency / unit", "units / person-hour", "days", "jobs",
                          "minutes", "clients", "products"}
    certifications = [e for e in by_id.values() if e.unit == "certifications"]
    assert certifications and certifications[0].unit_label("es") == "certificaciones"
    assert certifications[0].unit_label("pt") == "certificações"


@pytest.mark.parametrize("unit, language, expected", [
    ("currency / unit", "es", "moneda / unidad"),
    ("units / person-hour", "pt", "unidades / hora-pessoa"),
    ("days", "es", "días"),
    ("jobs", "en", "jobs"),
    ("días", "en", "days"),                    # a catalogue unit stored in Spanish still translates
    (" Days ", "pt", "dias"),
    ("%", "es", "%"),
    ("m²", "pt", "m²"),
    ("kg/h", "es", "kg/h"),                    # typed by the consultant: unchanged
    ("litros / día", "en", "litros / día"),
    ("", "es", ""),
])
def test_unit_label_of_a_unit_text(unit, language, expected):
    assert unit_label(unit, language) == expected


def test_unit_label_of_kpis():
    assert unit_label(catalogue()["defect_rate"], "es") == "ppm"
    assert unit_label(catalogue()["setup_time"], "es") == "minutos"
    assert unit_label(Kpi("K01", "Costo", unit="currency / unit", catalogue_id="unit_cost"), "es") == \
        "moneda / unidad"
    # a catalogue KPI whose unit the consultant changed keeps the typed unit
    assert unit_label(Kpi("K02", "Productividad", unit="kg/h", catalogue_id="productivity"), "es") == "kg/h"
    assert unit_label(Kpi("K03", "Sin unidad"), "es") == ""
    assert unit_label(None, "es") == ""
    assert unit_label(Kpi("K04", "Jobs", unit="jobs"), "fr") == "jobs"       # unknown language: English


@pytest.fixture
def project(tmp_path: Path):
    p = Project.create(tmp_path / "p.encadena", "PDP Costa Rica", country="CR", backups=False)
    for cid, role in (("B-1", "buyer"), ("S-001", "supplier")):
        p.save_company(Company(cid, name=cid, role=role))
    p.save_chain(ValueChain("Lácteos", anchor_id="B-1", suppliers=["S-001"],
                            phases={"implementation": ("2026-04-01", "2026-11-30")}))
    plan = ImprovementPlan("S-001", agreed_on=D(2026, 3, 15))
    for name, unit, catalogue_id in (("Costo unitario", "currency / unit", "unit_cost"),
                                     ("Días de inventario", "days", "inventory_days"),
                                     ("Leche", "litros / día", None)):
        kpi = plan.add_kpi(name, unit=unit, catalogue_id=catalogue_id, baseline_value=100,
                           baseline_date=D(2026, 3, 1), target_value=80, target_date=D(2026, 12, 1),
                           direction="lower")
        kpi.add_measurement(D(2026, 5, 1), 95)
    with p.transaction() as conn:
        save_plan(conn, plan)
    yield p
    p.close()


def test_progress_cli_in_spanish_shows_spanish_units(project, capsys):
    path = str(project.path)
    assert main(["--language", "es", "progress", path, "--as-of", "2026-05-15"]) == 0
    out = capsys.readouterr().out
    assert "95 moneda / unidad" in out and "95 días" in out and "95 litros / día" in out
    assert "currency / unit" not in out and " days" not in out
    assert main(["--language", "pt", "progress", path, "--as-of", "2026-05-15"]) == 0
    assert "95 moeda / unidade" in capsys.readouterr().out


def test_export_tables_in_spanish_show_spanish_units(project):
    from core.reports.tables import build_tables
    es = build_tables(project, "es", today=D(2026, 5, 15)).kpis
    assert sorted(es["unit"]) == ["días", "litros / día", "moneda / unidad"]
    en = build_tables(project, "en", today=D(2026, 5, 15)).kpis
    assert sorted(en["unit"]) == ["currency / unit", "days", "litros / día"]


@pytest.mark.gui
def test_kpi_chart_axis_shows_the_unit_it_is_given(qtbot):
    pytest.importorskip("PySide6")
    from gui.widgets.timecharts import KpiSeriesChart
    kpi = Kpi("K01", "Costo unitario", unit="currency / unit", catalogue_id="unit_cost",
              direction="lower", baseline_value=100, baseline_date=D(2026, 3, 1), target_value=80,
              target_date=D(2026, 12, 1))
    kpi.add_measurement(D(2026, 5, 1), 95)
    chart = KpiSeriesChart()
    qtbot.addWidget(chart)
    names = {"measured": "S-001", "baseline": "Línea base", "target": "Meta", "line": "Ruta",
             "status": "en curso", "unit": unit_label(kpi, "es")}
    chart.set_data(kpi, "on_track", names, "")
    assert chart.getAxis("left").labelText == "moneda / unidad"
