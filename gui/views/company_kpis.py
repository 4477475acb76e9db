"""The company view's KPI tab: each KPI of the plan with its status, and a chart of the selected
one (measurements, baseline, target and the line to the target). Status comes from the core."""
from __future__ import annotations

from datetime import date, datetime, time

import pandas as pd
from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from gui.export import export_png
from gui.palette import STATUS, TARGET
from gui.views.company_tabs import _Tab

KPI_COLUMNS = [
    ("name", QT_TRANSLATE_NOOP("KpiTab", "KPI"), "text"),
    ("status", QT_TRANSLATE_NOOP("KpiTab", "Status"), "label"),
    ("current", QT_TRANSLATE_NOOP("KpiTab", "Latest"), "number"),
    ("change", QT_TRANSLATE_NOOP("KpiTab", "Change %"), "number"),
    ("baseline", QT_TRANSLATE_NOOP("KpiTab", "Baseline"), "number"),
    ("target", QT_TRANSLATE_NOOP("KpiTab", "Target"), "number"),
    ("unit", QT_TRANSLATE_NOOP("KpiTab", "Unit"), "text"),
]


def _stamp(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp()


class KpiTab(_Tab):
    """KPIs of the supplier's plan; selecting one draws its series."""

    context_name = "KpiTab"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.plan = None
        self.chart = None                         # pyqtgraph, made on first use
        self.chart_box = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.export = QPushButton()
        self.export.clicked.connect(lambda: self.chart is not None and export_png(self.chart, self))
        self.buttons.addWidget(self.export)
        # table and chart side by side
        layout = self.layout()
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_box)
        split.setSizes([560, 440])
        layout.insertWidget(0, split, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._draw())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export.setText(self.tr("Export chart as PNG…"))

    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        self.plan = None
        if company_id is not None and session.is_open:
            try:
                from core.plans.store import load_plan
                self.plan = load_plan(session.project.conn, company_id)
            except Exception:  # noqa: BLE001 - no plan tables: nothing to show
                self.plan = None
        rows = []
        if self.plan is not None:
            from core.plans.kpi import kpi_status, unit_label
            today = date.today()
            for kpi in self.plan.kpis:
                st = kpi_status(kpi, today)
                rows.append({"id": kpi.id, "name": kpi.name, "unit": unit_label(kpi, lang),
                             "baseline": kpi.baseline_value, "target": kpi.target_value,
                             "current": st.current, "change": st.change_pct, "status": st.status})
        frame = pd.DataFrame(rows, columns=["id", "name", "unit", "baseline", "target", "current",
                                            "change", "status"])
        from core.plans.messages import status_label
        self.model.set_frame(frame, self._columns(KPI_COLUMNS, lambda s: status_label(s, lang), STATUS))
        self._fit()
        self.message.setText(self.tr("%1 KPIs").replace("%1", str(len(rows))) if rows
                             else self.tr("No KPIs yet."))
        if rows:
            self.table.selectRow(0)
        self._draw()

    def _draw(self) -> None:
        row = self._selected()
        kpi = None
        if row is not None and self.plan is not None:
            kpi = next((k for k in self.plan.kpis if k.id == row["id"]), None)
        if kpi is None:
            if self.chart is not None:
                self.chart.clear()
            return
        import pyqtgraph as pg

        import gui.charts  # noqa: F401 - configures pyqtgraph
        if self.chart is None:
            from gui.charts import MonthAxis
            self.chart = pg.PlotWidget(axisItems={"bottom": MonthAxis(orientation="bottom")})
            self.chart.setObjectName("kpiChart")
            self.chart.setMenuEnabled(False)
            self.chart.hideButtons()
            self.chart.showGrid(x=False, y=True, alpha=0.25)
            self.chart_layout.addWidget(self.chart)
        chart = self.chart
        chart.clear()
        axis = chart.getAxis("bottom")
        axis.picture = None                  # month names follow a language change
        axis.update()
        from core.plans.kpi import unit_label
        unit = unit_label(kpi, self.context.language)
        chart.setTitle(f"{kpi.name} ({unit})" if unit else kpi.name, size="9pt")
        points = [(_stamp(m.on), m.value) for m in kpi.measurements]
        xs = [p[0] for p in points]
        if kpi.baseline_value is not None:
            chart.addItem(pg.InfiniteLine(kpi.baseline_value, angle=0,
                                          pen=pg.mkPen("#7f7f7f", style=Qt.PenStyle.DashLine)))
        if kpi.target_value is not None:
            chart.addItem(pg.InfiniteLine(kpi.target_value, angle=0,
                                          pen=pg.mkPen(TARGET, style=Qt.PenStyle.DashLine)))
            if kpi.baseline_date and kpi.target_date and kpi.baseline_value is not None:
                chart.plot([_stamp(kpi.baseline_date), _stamp(kpi.target_date)],
                           [kpi.baseline_value, kpi.target_value],
                           pen=pg.mkPen(TARGET, width=1.5, style=Qt.PenStyle.DotLine))
        values = [v for v in (kpi.baseline_value, kpi.target_value, *[p[1] for p in points])
                  if v is not None]
        if values:
            low, high = min(values), max(values)
            pad = (high - low) * 0.12 or 1.0
            chart.setYRange(low - pad, high + pad, padding=0)
        if points:
            colour = STATUS.get(row["status"], STATUS["no_data"])
            chart.plot(xs, [p[1] for p in points], pen=pg.mkPen(colour, width=2.5), symbol="o",
                       symbolSize=7, symbolBrush=colour, symbolPen=None)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()


