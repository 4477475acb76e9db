"""The progress view: plan burn-up (planned vs actual), a timeline of actions, KPI series with
baseline, target and status colour, before/after bars per KPI and round-vs-round area scores, for
the company, value chain or programme selected in the navigator. Figures come from core.plans."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.export import export_png
from gui.models.dataframe_model import Column, DataFrameModel
from gui.palette import CURRENT, PREVIOUS, STATUS
from gui.registry import ViewSpec, register_view
from gui.views.base import View
from gui.widgets.lazy import ChartSlot, chart_of
from gui.widgets.progress_data import ACTION_COLOURS, Scope, kpi_name, round_area_means, scope_progress
from gui.widgets.report_source import report_source

KPI_COLUMNS = [("kpi", QT_TRANSLATE_NOOP("ProgressView", "KPI"), "text"),
               ("status", QT_TRANSLATE_NOOP("ProgressView", "Status"), "label"),
               ("change", QT_TRANSLATE_NOOP("ProgressView", "Change %"), "number"),
               ("company", QT_TRANSLATE_NOOP("ProgressView", "Company"), "text")]


def _date_text(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class ProgressView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.source = report_source(context)
        self.source.ready.connect(lambda: self.when_shown("refresh"))
        # after the source has forgotten the old figures (session.changed reaches views first)
        self.source.invalidated.connect(self._figures_outdated)
        self.source.failed.connect(self._failed)
        self.data = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.export = QPushButton()
        self.export.setObjectName("exportProgressChart")
        self.export.clicked.connect(lambda: export_png(self.current_chart(), self))
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.export)
        # pyqtgraph charts, built when first drawn (a slow import kept out of start-up)
        self.slots = {"burn_up": ChartSlot(_burn_up_chart), "timeline": ChartSlot(_timeline_chart),
                      "kpi_chart": ChartSlot(_kpi_chart),
                      "before_after": ChartSlot(lambda: _bars_chart("kpiBeforeAfter")),
                      "rounds": ChartSlot(lambda: _bars_chart("roundAreaScores"))}
        self.kpi_model = DataFrameModel()
        self.kpi_table = QTableView()
        self.kpi_table.setObjectName("progressKpis")
        self.kpi_table.setModel(self.kpi_model)
        self.kpi_table.verticalHeader().setVisible(False)
        self.kpi_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.kpi_table.horizontalHeader().setStretchLastSection(True)
        self.kpi_table.setWordWrap(False)
        self.kpi_table.selectionModel().selectionChanged.connect(lambda *_: self._draw_kpi())
        self.rollup = QLabel()
        self.rollup.setObjectName("kpiRollup")
        self.rollup.setWordWrap(True)
        kpi_side = QWidget()
        kpi_box = QVBoxLayout(kpi_side)
        kpi_box.setContentsMargins(0, 0, 0, 0)
        kpi_box.addWidget(self.kpi_table, 1)
        kpi_box.addWidget(self.rollup)
        kpi_split = QSplitter(Qt.Orientation.Horizontal)
        kpi_split.addWidget(kpi_side)
        kpi_split.addWidget(self.slots["kpi_chart"])
        kpi_split.setSizes([520, 560])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("progressTabs")
        self.tabs.addTab(self.slots["burn_up"], "")
        self.tabs.addTab(self.slots["timeline"], "")
        self.tabs.addTab(kpi_split, "")
        self.tabs.addTab(self.slots["before_after"], "")
        self.tabs.addTab(self.slots["rounds"], "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    burn_up = property(lambda self: self.slots["burn_up"].chart(), doc="BurnUpChart")
    timeline = property(lambda self: self.slots["timeline"].chart(), doc="TimelineChart")
    kpi_chart = property(lambda self: self.slots["kpi_chart"].chart(), doc="KpiSeriesChart")
    before_after = property(lambda self: self.slots["before_after"].chart(), doc="GroupedBars")
    rounds = property(lambda self: self.slots["rounds"].chart(), doc="GroupedBars")

    # -- hooks -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Plan burn-up"), self.tr("Actions timeline"), self.tr("KPIs"),
                                  self.tr("KPIs before / after"), self.tr("Rounds compared"))):
            self.tabs.setTabText(i, text)
        self.export.setText(self.tr("Export chart as PNG…"))
        self.refresh()

    def on_programme_changed(self) -> None:
        self.data = None            # redrawn when the report source has forgotten the old figures

    def on_selection_changed(self, chain, company) -> None:
        if self.isVisible():
            self.refresh()

    def _figures_outdated(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def smoke_states(self):
        return [(name, lambda i=i: self.tabs.setCurrentIndex(i))
                for i, name in enumerate(("timeline", "kpis", "before_after", "rounds"), start=1)]

    def current_chart(self) -> QWidget:
        return self.kpi_chart if self.tabs.currentIndex() == 2 else chart_of(self.tabs.currentWidget())

    # -- drawing ---------------------------------------------------------------------------------
    def scope(self) -> Scope:
        session = self.context.session
        chain = None
        for c in session.value_chains():
            if session.chain is not None and getattr(c, "id", None) == session.chain:
                chain = str(c.name)
        return Scope(company=session.company, chain=chain)

    def _names(self) -> dict[str, str]:
        frame = self.context.session.companies()
        if frame.empty:
            return {}
        return dict(zip(frame["company_id"].astype(str), frame["name"].fillna(frame["company_id"]).astype(str)))

    def refresh(self) -> None:
        session = self.context.session
        if not session.is_open:
            self.heading.setText(self.tr("Progress"))
            self.status.setText(self.tr("Open a programme to see its progress."))
            return
        scope = self.scope()
        names = self._names()
        title = (names.get(scope.company, scope.company) if scope.kind == "company"
                 else scope.chain if scope.kind == "chain" else session.name)
        self.heading.setText(self.tr("Progress — %1").replace("%1", title or ""))
        figures = self.source.request() if self.isVisible() or self.source.figures else None
        if figures is None:
            self.status.setText(self.tr("Computing the programme's progress…"))
            return
        self.data = scope_progress(figures, scope, names)
        plans = len(self.data.plans)
        self.status.setText(self.tr("As of %1: %n improvement plan(s), %2 KPIs.", "", plans)
                            .replace("%1", _date_text(figures.today))
                            .replace("%2", QLocale().toString(len(self.data.kpis))))
        self._draw_burn_up(figures.today)
        self._draw_timeline(figures.today, scope, names)
        self._fill_kpis()
        self._draw_before_after()
        self._draw_rounds()

    def _failed(self, text: str) -> None:
        self.status.setText(text)

    def _draw_burn_up(self, today) -> None:
        self.burn_up.set_data(self.data.burn_up, today,
                              {"planned": self.tr("Planned"), "actual": self.tr("Actual"),
                               "today": self.tr("Today")},
                              self.tr("No dated actions in these plans yet."))

    def _draw_timeline(self, today, scope: Scope, names: dict[str, str]) -> None:
        from core.plans.messages import status_label
        from gui.widgets.timecharts import Bar
        lang, loc = self.context.language, QLocale()
        bars = []
        if scope.kind == "company":
            plan = self.data.plans.get(scope.company)
            late = set(self.data.overdue.get(scope.company, []))
            for a in (plan.actions if plan else []):
                note = status_label(a.status, lang)
                if a.status != "done":
                    note += f" · {loc.toString(float(a.effective_percent), 'f', 0)} %"
                if a.id in late:
                    note += " · " + self.tr("overdue")
                bars.append(Bar(a.title, a.start, a.due, a.effective_percent,
                                ACTION_COLOURS.get(a.status, CURRENT), note))
        else:
            for c, plan in self.data.plans.items():
                starts = [a.start for a in plan.actions if a.start and a.status != "cancelled"]
                dues = [a.due for a in plan.actions if a.due and a.status != "cancelled"]
                percent = self.data.percents.get(c)
                note = "" if percent is None else f"{loc.toString(float(percent), 'f', 0)} %"
                late = len(self.data.overdue.get(c, []))
                if late:
                    note += " · " + self.tr("%n overdue", "", late)
                bars.append(Bar(names.get(c, c), min(starts, default=None), max(dues, default=None),
                                percent or 0.0, CURRENT, note))
        self.timeline.set_data(bars, today, self.tr("No dated actions in these plans yet."))

    def _fill_kpis(self) -> None:
        import pandas as pd

        from core.plans.messages import status_label
        lang = self.context.language
        rows = [{"company": r.company, "kpi": r.kpi.name, "status": r.status.get("status", "no_data"),
                 "change": r.status.get("change_pct")} for r in self.data.kpis]
        frame = pd.DataFrame(rows, columns=["company", "kpi", "status", "change"])
        columns = [Column(k, t, kind, 1, context="ProgressView",
                          labels=(lambda c: status_label(str(c), lang)) if kind == "label" else None,
                          colours=STATUS if kind == "label" else {}) for k, t, kind in KPI_COLUMNS]
        self.kpi_model.set_frame(frame, columns)
        self.rollup.setText(self._rollup_text())
        self.kpi_table.resizeColumnsToContents()
        if len(frame):
            self.kpi_table.selectRow(0)
        self._draw_kpi()

    def _rollup_text(self) -> str:
        """The KPIs rolled up over the suppliers in scope (sum, mean or median as each KPI says)."""
        figures, scope = self.source.figures, self.scope()
        if figures is None or scope.kind == "company":
            return ""
        rollups = figures.report.get("kpi_rollups") or {}
        found = (rollups.get("chains") or {}).get(scope.chain, {}) if scope.kind == "chain" \
            else rollups.get("programme") or {}
        if not found:
            return ""
        from core.plans.kpi import catalogue, unit_label
        lang, loc = self.context.language, QLocale()
        names = {k: v.name(lang) for k, v in catalogue().items()}
        how = {"sum": self.tr("sum"), "mean": self.tr("mean"), "median": self.tr("median")}

        def num(value) -> str:
            return "—" if value is None else loc.toString(float(value), "f", 1)
        lines = [self.tr("Roll-up over the suppliers:")]
        for key, r in found.items():
            lines.append(self.tr("%1 (%2): %3 %4, baseline %5, target %6; %7 of %8 measured")
                         .replace("%1", names.get(key, key)).replace("%2", how.get(r["aggregate"], r["aggregate"]))
                         .replace("%3", num(r["current"])).replace("%4", unit_label(r["unit"], lang))
                         .replace("%5", num(r["baseline"])).replace("%6", num(r["target"]))
                         .replace("%7", str(r["measured"])).replace("%8", str(r["suppliers"])))
        return "\n".join(lines)

    def selected_kpi(self):
        rows = self.kpi_table.selectionModel().selectedRows() if self.kpi_table.selectionModel() else []
        if not rows or self.data is None:
            return None
        return self.data.kpis[self.kpi_model.source_row(rows[0].row())]

    def _draw_kpi(self) -> None:
        from core.plans.kpi import unit_label
        from core.plans.messages import status_label
        row = self.selected_kpi()
        status = row.status.get("status", "no_data") if row else "no_data"
        self.kpi_chart.set_data(row.kpi if row else None, status,
                                {"measured": f"{row.company} — {row.kpi.name}" if row else "",
                                 "baseline": self.tr("Baseline"), "target": self.tr("Target"),
                                 "line": self.tr("Expected path"), "unit": unit_label(row and row.kpi, self.context.language),
                                 "status": status_label(status, self.context.language)},
                                self.tr("Select a KPI with measurements."))

    def _draw_before_after(self) -> None:
        from gui.widgets.barcharts import BarSeries
        lang, loc = self.context.language, QLocale()
        keys = [k for k, v in self.data.kpi_results.items() if v.get("median_change_pct") is not None]
        after, texts = [], []
        for k in keys:
            r = self.data.kpi_results[k]
            change = float(r["median_change_pct"])
            after.append(100.0 + change)
            texts.append(self.tr("%1 %\n%2 of %3 improved").replace(
                "%1", ("+" if change > 0 else "") + loc.toString(change, "f", 1)).replace(
                "%2", loc.toString(int(r.get("improving", 0)))).replace("%3", loc.toString(int(r.get("measured", 0)))))
        labels = [kpi_name(k, lang, self.data.kpi_results[k].get("name")) for k in keys]
        series = [BarSeries(self.tr("Baseline = 100"), [100.0] * len(keys), PREVIOUS, light=True),
                  BarSeries(self.tr("Latest (median change)"), after, CURRENT, texts)]
        self.before_after.set_data(labels, series, self.tr("No KPI has a baseline and a measurement yet."),
                                   y_max=max([140.0, *after]) * 1.05, decimals=0)

    def _draw_rounds(self) -> None:
        from gui.widgets.barcharts import BarSeries
        labels = self.context.session.labels(self.context.language)
        frame = self.data.assessments
        areas = []
        for a in (frame["areas"] if frame is not None and len(frame) else []):
            areas += [k for k in a if k not in areas]
        means = round_area_means(frame, areas)
        colours = [PREVIOUS, CURRENT, "#009E73", "#CC79A7"]
        series = []
        for i, (rnd, values) in enumerate(sorted(means.items())):
            name = self.tr("Round %1").replace("%1", str(int(rnd))) if rnd else self.tr("Unnumbered")
            series.append(BarSeries(name, [values[a] for a in areas], colours[i % len(colours)],
                                    light=i < len(means) - 1))
        self.rounds.set_data([labels.area_label(a) for a in areas], series,
                             self.tr("No diagnosis rounds to compare."), y_max=110, decimals=0)


def _burn_up_chart():
    from gui.widgets.timecharts import BurnUpChart
    return BurnUpChart()


def _timeline_chart():
    from gui.widgets.timecharts import TimelineChart
    return TimelineChart()


def _kpi_chart():
    from gui.widgets.timecharts import KpiSeriesChart
    return KpiSeriesChart()


def _bars_chart(object_name: str):
    from gui.widgets.barcharts import GroupedBars
    return GroupedBars(object_name=object_name)


register_view(ViewSpec("progress", QT_TRANSLATE_NOOP("Views", "Progress"), ProgressView, order=40,
                       shortcut="Ctrl+4"))
