"""The programme dashboard: band distribution per round, value chains side by side, phase
timeline, KPI results and certification status, as the core's progress report has them."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from gui_support import make_window
from test_gui_progress_view import build_followed_programme

pytestmark = pytest.mark.gui
TODAY = date(2025, 9, 1)


@pytest.fixture(scope="module")
def programme_file(tmp_path_factory) -> Path:
    from core.plans.store import set_phase_actual
    from core.project import Project
    path = build_followed_programme(tmp_path_factory.mktemp("dashboard"))
    project = Project.open(path)
    try:
        set_phase_actual(project.conn, "Cadena láctea", "diagnosis", date(2025, 2, 3), date(2025, 2, 28))
    finally:
        project.close()
    return path


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
    window.show_view("dashboard")
    yield context, window.views["dashboard"]
    context.session.close()
    context.languages.apply("en")


def test_dashboard_shows_the_core_figures(opened, qtmodeltester):
    context, view = opened
    report = view.source.figures.report
    # band distribution: one series per round, three suppliers in each
    assert [s.name for s in view.bands.series] == ["Round 1", "Round 2"]
    assert [sum(s.values) for s in view.bands.series] == [3, 3]
    # value chains side by side: one column per chain, figures from the rounds comparison
    assert view.chains.columnCount() == 1 + len(report["chains"])
    rows = {view.chains.row_values(r)["figure"]: view.chains.row_values(r)["Cadena láctea"]
            for r in range(view.chains.rowCount())}
    chain = report["rounds"]["chains"][0]
    assert rows["Companies improved"] == f"{chain['improved']} of {chain['compared']}"
    assert chain["improved"] >= 1
    # phase timeline: the recorded actual dates reach the chart
    bars = {b.label: b for b in view.phases.bars}
    assert bars == {} or all(b.start for b in bars.values())
    # KPI results: productivity from the two plans
    kpi = view.kpis.row_values(0)
    result = report["results"]["programme"]["kpis"]["productivity"]
    assert kpi["kpi"] == "Productivity" and kpi["improving"] == f"{result['improving']} / {result['measured']}"
    assert kpi["median"] == pytest.approx(result["median_change_pct"])
    # certification: every supplier with its verdict and the reasons it is pending
    assert view.certs.rowCount() == 3
    pending = [view.certs.row_values(r) for r in range(3) if view.certs.row_values(r)["certified"] == "no"]
    assert pending and all(p["reasons"] for p in pending)
    for model in (view.chains, view.kpis, view.certs):
        qtmodeltester.check(model, force_py=True)
    assert "3 suppliers" in view.summary.text()


def test_phase_timeline_draws_planned_and_actual_dates(opened):
    from dataclasses import replace
    context, view = opened
    project = context.session.project
    chain = project.value_chains()[0]
    project.save_chain(replace(chain, phases={"diagnosis": ("2025-02-03", "2025-02-21"),
                                              "implementation": ("2025-05-05", "2025-11-28")}))
    context.session.refresh()
    bars = {b.label: b for b in view.phases.bars}
    diagnosis = bars["Cadena láctea · Diagnosis"]
    assert diagnosis.actual_end == date(2025, 2, 28) and "7 days late" in diagnosis.note
    assert "Cadena láctea · Implementation and monitoring" in bars


def test_dashboard_in_spanish_translates_titles_and_reasons(opened):
    context, view = opened
    context.languages.apply("es")
    assert view.bands.series[0].name == "Ronda 1"
    assert view.boxes["kpis"].title() != "KPI results"
    reasons = " ".join(view.certs.row_values(r)["reasons"] for r in range(view.certs.rowCount()))
    assert "brechas críticas" in reasons or "nivel más reciente" in reasons
