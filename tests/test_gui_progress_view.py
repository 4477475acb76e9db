"""The progress view: burn-up, timeline, KPI series, before/after bars and rounds compared, for
the programme, a value chain and a company; models checked; language switch; PNG export."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gui_support import build_programme, make_window, write_survey

pytestmark = pytest.mark.gui
TODAY = date(2025, 9, 1)


def build_followed_programme(folder: Path) -> Path:
    """Two rounds of three suppliers (S-002 regresses nothing, S-001 improves), plans with
    dated actions and KPI measurements, and two hand-entered risks."""
    from core.plans import ImprovementPlan
    from core.plans.store import save_plan
    from core.project import Project
    from core.risk.register import Risk
    from core.risk.store import save_risk
    path = build_programme(folder / "programa.encadena", folder)
    second = write_survey(folder / "ronda2.xlsx")
    book = load_workbook(second)
    sheet = book.active
    for row in sheet.iter_rows(min_row=4):
        if row[0].value == "S-001":
            for cell in row[3:]:
                cell.value = "l3" if cell.value == "l2" else cell.value
    book.save(second)
    project = Project.open(path)
    try:
        project.import_survey(second, "sdp-diagnostic", chain="Cadena láctea", round=2,
                              assessed_on="2025-12-10")
        conn = project.conn
        for company, pace in (("S-001", 1.0), ("S-002", 0.4)):
            plan = ImprovementPlan(company, agreed_on=date(2025, 3, 1))
            kpi = plan.add_kpi("Productividad", catalogue_id="productivity", unit="kg/h",
                               baseline_value=100, baseline_date=date(2025, 3, 1),
                               target_value=140, target_date=date(2025, 11, 1))
            first = plan.add_action("Balanceo de línea", start=date(2025, 3, 1), due=date(2025, 7, 1),
                                    kpi_id=kpi.id)
            plan.add_action("Orden y limpieza (5S)", start=date(2025, 5, 1), due=date(2025, 10, 1))
            for month in (4, 5, 6, 7, 8):
                first.record(date(2025, month, 1), percent=min(100, 25 * (month - 3) * pace))
                kpi.add_measurement(date(2025, month, 1), 100 + 6 * (month - 3) * pace, "ERP")
            save_plan(conn, plan)
        save_risk(conn, Risk("S-001", "R-001", "quality", 4, 5, "Leche fuera de especificación",
                             residual_likelihood=2, residual_severity=5))
        save_risk(conn, Risk("S-002", "R-001", "delivery", 2, 2, "Retrasos de entrega"))
    finally:
        project.close()
    return path


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("followed")
    return build_followed_programme(folder)


@pytest.fixture
def opened(qtbot, tmp_path, programme_file):
    from gui.widgets.report_source import report_source
    path = tmp_path / "programa.encadena"
    shutil.copy(programme_file, path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    report_source(context).today = TODAY
    assert window.open_path(str(path))
    yield context, window
    context.session.close()
    context.languages.apply("en")


def test_programme_progress_shows_burn_up_timeline_and_rounds(opened, qtmodeltester):
    context, window = opened
    window.show_view("progress")
    view = window.views["progress"]
    assert view.data is not None and sorted(view.data.plans) == ["S-001", "S-002"]
    points = view.burn_up.points
    assert points and points[0]["planned"] == 0
    past = [p for p in points if p["actual"] is not None]
    assert all(p["date"] <= TODAY.isoformat() for p in past)
    assert 0 < past[-1]["actual"] < past[-1]["planned"] <= 100      # the plans are behind
    assert [b.label for b in view.timeline.bars] == ["Proveedor S-001", "Proveedor S-002"]
    assert view.timeline.bars[0].done > view.timeline.bars[1].done
    qtmodeltester.check(view.kpi_model, force_py=True)
    assert view.kpi_model.rowCount() == 2
    rounds = view.rounds.series
    assert [s.name for s in rounds] == ["Round 1", "Round 2"]
    assert sum(v for v in rounds[1].values if v) > sum(v for v in rounds[0].values if v)


def test_company_scope_lists_actions_and_draws_the_kpi_against_its_target(opened):
    context, window = opened
    window.show_view("progress")
    context.session.select(None, "S-002")
    view = window.views["progress"]
    assert "Proveedor S-002" in view.heading.text()
    assert [b.label for b in view.timeline.bars] == ["Balanceo de línea", "Orden y limpieza (5S)"]
    assert "overdue" in view.timeline.bars[0].note          # due in July, 40 % done in September
    row = view.selected_kpi()
    assert row.company_id == "S-002" and row.status["status"] == "off_track"
    assert view.kpi_chart.kpi is row.kpi
    after = view.before_after.series[1].values
    assert after == [pytest.approx(100 + row.status["change_pct"])]


def test_progress_view_follows_the_language_and_exports_png(opened, tmp_path):
    from gui.export import export_png
    context, window = opened
    window.show_view("progress")
    view = window.views["progress"]
    context.languages.apply("es")
    assert view.tabs.tabText(0) == "Avance acumulado del plan"
    assert view.rounds.series[0].name == "Ronda 1"
    path = export_png(view.current_chart(), path=str(tmp_path / "burnup.png"))
    assert Path(path).stat().st_size > 3000
