"""The company view's KPI tab: each KPI of the plan with its status, a chart of the selected one
(measurements, baseline, target and the line to the target), the KPI editor (catalogue or
custom) and the measurement editor. Status comes from the core; changes are core edits pushed
on the programme's undo stack."""
from __future__ import annotations

from datetime import date, datetime, time

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from gui.editors.kpi_editor import KpiEditor, MeasurementEditor
from gui.export import export_png
from gui.models.dataframe_model import SOURCE_ROW_ROLE
from gui.palette import STATUS, TARGET
from gui.views.company_tabs import _Tab
from gui.workers import error_text

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
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addKpi")
        self.add_button.clicked.connect(self.new_kpi)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button, self.export):
            self.buttons.addWidget(button)
        self.editor = KpiEditor()
        self.editor.setVisible(False)
        self.editor.saved.connect(self._save)
        self.editor.cancelled.connect(lambda: self.editor.setVisible(False))
        self.measurement = MeasurementEditor()
        self.measurement.saved.connect(self.measure)
        self.measurement.deleted.connect(self._delete_measurement)
        # table | chart and the editors
        layout = self.layout()
        layout.removeWidget(self.table)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.chart_box)
        side.addWidget(self.editor)
        side.addWidget(self.measurement)
        self.chart_box.setMinimumHeight(170)
        side.setSizes([380, 320, 260])
        side.setStretchFactor(0, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([520, 480])
        layout.insertWidget(0, split, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._draw())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export.setText(self.tr("Export chart as PNG…"))
        self.add_button.setText(self.tr("Add KPI"))
        self.edit_button.setText(self.tr("Edit KPI…"))
        self.delete_button.setText(self.tr("Delete KPI"))
        self.editor.retranslate_ui()
        self.measurement.retranslate_ui()

    # -- editing ------------------------------------------------------------------------------
    def _push(self, build) -> bool:
        try:
            edit = build(self.context.session.project.conn)
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.message.setText(error_text(exc, self.context.language))
            return False
        return not edit.is_empty and self.context.edits.push_edit(edit)

    def selected_kpi(self):
        row = self._selected()
        if row is None or self.plan is None:
            return None
        return next((k for k in self.plan.kpis if k.id == row["id"]), None)

    def new_kpi(self) -> None:
        self.editor.load(None, self.plan, self.context.language)
        self.editor.setVisible(True)

    def edit_selected(self) -> None:
        kpi = self.selected_kpi()
        if kpi is not None:
            self.editor.load(kpi, self.plan, self.context.language)
            self.editor.setVisible(True)

    def _save(self, values: dict) -> None:
        from core.plans.edits import add_kpi, set_action, set_kpi
        company, kpi, today, lang = self.company, self.editor.kpi, date.today(), self.context.language
        if kpi is None:
            ok = self._push(lambda conn: add_kpi(
                conn, company, today, catalogue=values["catalogue"], name=values["name"],
                unit=values["unit"], better=values["better"], baseline=values["baseline"],
                baseline_date=values["baseline_date"], target=values["target"],
                target_date=values["target_date"], actions=values["actions"],
                aggregate=values["aggregate"], language=lang))
        else:
            changes = {"name": values["name"], "unit": values["unit"],
                       "direction": "lower" if values["better"] == "down" else "higher",
                       "baseline_value": values["baseline"], "baseline_date": values["baseline_date"],
                       "target_value": values["target"], "target_date": values["target_date"],
                       "aggregate": values["aggregate"]}
            ok = self._push(lambda conn: set_kpi(conn, company, kpi.id, today, **changes))
            linked = {a.id for a in self.plan.actions if a.kpi_id == kpi.id}
            for action_id in set(values["actions"]) ^ linked:
                new = kpi.id if action_id in values["actions"] else None
                self._push(lambda conn, a=action_id, k=new: set_action(conn, company, a, today, kpi_id=k))
        if ok:
            self.editor.setVisible(False)

    def delete_selected(self) -> None:
        from core.plans.edits import delete_kpi
        kpi, company = self.selected_kpi(), self.company
        if kpi is not None:
            self._push(lambda conn: delete_kpi(conn, company, kpi.id, date.today()))

    def measure(self, on, value: float, note: str = "", source: str = "") -> bool:
        """Record the selected KPI's value on ``on``."""
        from core.plans.edits import measure
        kpi, company = self.selected_kpi(), self.company
        if kpi is None:
            return False
        return self._push(lambda conn: measure(conn, company, kpi.id, on, value, note, source))

    def _delete_measurement(self, on) -> None:
        from core.plans.edits import delete_measurement
        kpi, company = self.selected_kpi(), self.company
        if kpi is not None:
            self._push(lambda conn: delete_measurement(conn, company, kpi.id, on))

    def select_kpi(self, kpi_id: str) -> None:
        for row in range(self.model.rowCount()):
            source = self.model.data(self.model.index(row, 0), SOURCE_ROW_ROLE)
            if self.model.frame.iloc[int(source)]["id"] == kpi_id:
                self.table.selectRow(row)
                return

    def smoke_states(self):
        def editor() -> None:
            if self.plan is not None and self.plan.kpis:
                self.table.selectRow(0)
                self.edit_selected()
            else:
                self.new_kpi()
        return [("kpi_editor", editor)]

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
        self.add_button.setEnabled(company_id is not None)
        if not self.editor.isHidden():            # reopened on the new data / language
            kpi = self.editor.kpi
            current = next((k for k in self.plan.kpis if k.id == kpi.id), None) if kpi and self.plan else None
            if kpi is not None and current is None:
                self.editor.setVisible(False)
            else:
                self.editor.load(current, self.plan, lang)
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._draw()

    def _draw(self) -> None:
        row = self._selected()
        kpi = None
        if row is not None and self.plan is not None:
            kpi = next((k for k in self.plan.kpis if k.id == row["id"]), None)
        self.measurement.load(kpi)
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


