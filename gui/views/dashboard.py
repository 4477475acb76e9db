"""The programme dashboard: band distribution per round, value chains side by side, the phase
timeline of each value chain, KPI results (suppliers improving, median change) and who is
certified and why not. Everything is read from core.plans' progress report."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.export import export_png
from gui.models.dataframe_model import Column, DataFrameModel
from gui.palette import CURRENT, PREVIOUS
from gui.registry import ViewSpec, register_view
from gui.views.base import View
from gui.widgets.lazy import ChartSlot
from gui.widgets.progress_data import kpi_name
from gui.widgets.report_source import report_source

PHASE_STATUS = {   # label and colour (Okabe-Ito); the label is always printed beside the bar
    "done": (QT_TRANSLATE_NOOP("Phases", "done"), "#009E73"),
    "done_late": (QT_TRANSLATE_NOOP("Phases", "done %1 days late"), "#E69F00"),
    "in_progress": (QT_TRANSLATE_NOOP("Phases", "in progress"), "#0072B2"),
    "late": (QT_TRANSLATE_NOOP("Phases", "%1 days late"), "#D55E00"),
    "start_late": (QT_TRANSLATE_NOOP("Phases", "start %1 days late"), "#CC79A7"),
    "not_started": (QT_TRANSLATE_NOOP("Phases", "not started"), "#9a9a9a"),
    "no_dates": (QT_TRANSLATE_NOOP("Phases", "no dates"), "#9a9a9a"),
}
CERT_COLOURS = {"yes": "#009E73", "no": "#E69F00"}
ROWS_SIZED = 2000   # tables up to this many rows get their height fitted to wrapped text (Qt measures every row)


def _table(name: str) -> tuple[QTableView, DataFrameModel]:
    model = DataFrameModel()
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    return view, model


class DashboardView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.source = report_source(context)
        self.drawn = None                      # the figures last drawn (timings wait for them)
        self.source.ready.connect(lambda: self.when_shown("refresh"))
        # after the source has forgotten the old figures (session.changed reaches views first)
        self.source.invalidated.connect(self._figures_outdated)
        self.source.failed.connect(lambda text: self.summary.setText(text))
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        # pyqtgraph charts, built when first drawn (a slow import kept out of start-up)
        self.band_slot = ChartSlot(_band_chart)
        self.phase_slot = ChartSlot(_phase_chart)
        self.chains_table, self.chains = _table("chainsSideBySide")
        self.kpi_table, self.kpis = _table("kpiResults")
        self.cert_table, self.certs = _table("certificationStatus")
        self.cert_table.setWordWrap(True)
        from gui.widgets.group_results import GroupResults
        self.groups = GroupResults(context)
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for key, widget, row, col, span, height in (
                ("bands", self.band_slot, 0, 0, 1, 300), ("chains", self.chains_table, 0, 1, 1, 300),
                ("phases", self.phase_slot, 1, 0, 1, 380), ("kpis", self.kpi_table, 1, 1, 1, 380),
                ("certs", self.cert_table, 2, 0, 2, 360), ("groups", self.groups, 3, 0, 2, 300)):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            if key in ("bands", "phases"):
                button = QPushButton()
                button.setObjectName(f"export_{key}")
                button.clicked.connect(lambda _c=False, w=widget: export_png(w.chart(), self))
                inner.addWidget(button)
                box.setProperty("export", button)
            widget.setMinimumHeight(height - 60)
            self.boxes[key] = box
            grid.addWidget(box, row, col, 1, span)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.summary)
        page_layout.addLayout(grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        self.retranslate_ui()

    @property
    def bands(self):
        """The band distribution chart (GroupedBars)."""
        return self.band_slot.chart()

    @property
    def phases(self):
        """The phase timeline chart (TimelineChart)."""
        return self.phase_slot.chart()

    # -- hooks -----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        titles = {"bands": self.tr("Band distribution per diagnosis round"),
                  "chains": self.tr("Value chains side by side"),
                  "phases": self.tr("Phase timeline per value chain (planned bar, actual line below)"),
                  "kpis": self.tr("KPI results"), "certs": self.tr("Certification status"),
                  "groups": self.tr("Results by group (suppliers)")}
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
            button = box.property("export")
            if button is not None:
                button.setText(self.tr("Export chart as PNG…"))
        self.refresh()

    def _figures_outdated(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def smoke_states(self):
        return [("lower", lambda: self.scroll.verticalScrollBar().setValue(
            self.scroll.verticalScrollBar().maximum()))]

    # -- drawing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.context.session
        self.heading.setText(self.tr("Programme dashboard — %1").replace("%1", session.name or ""))
        if not session.is_open:
            self.summary.setText(self.tr("Open a programme to see its dashboard."))
            return
        figures = self.source.request() if self.isVisible() or self.source.figures else None
        if figures is None:
            self.summary.setText(self.tr("Computing the programme's figures…"))
            return
        labels = session.labels(self.context.language)
        frame = session.companies()
        names = dict(zip(frame["company_id"].astype(str), frame["name"].fillna(frame["company_id"]).astype(str)))
        report = figures.report
        self._summary(report, figures)
        self._bands(figures, labels)
        self._chains(report, figures)
        self._phases(report, figures.today)
        self._kpis(report)
        self._certs(report, figures, names, labels)
        self.groups.show_figures(report)
        self.drawn = figures

    def _summary(self, report: dict, figures) -> None:
        loc = QLocale()
        rounds = report.get("rounds", {}).get("programme", {})
        certs = [c["certification"] for c in report.get("companies", []) if c.get("certification")]
        delta = rounds.get("mean_delta")
        self.summary.setText(self.tr(
            "As of %1: %2 value chains, %3 suppliers. Between rounds %4 of %5 companies improved their "
            "index (mean change %6 points). %7 of %8 suppliers are certified.")
            .replace("%1", loc.toString(_qdate(figures.today), QLocale.FormatType.ShortFormat))
            .replace("%2", loc.toString(len(report.get("chains", {}))))
            .replace("%3", loc.toString(len(certs)))
            .replace("%4", loc.toString(int(rounds.get("improved", 0))))
            .replace("%5", loc.toString(int(rounds.get("compared", 0))))
            .replace("%6", "—" if delta is None else ("+" if delta > 0 else "") + loc.toString(float(delta), "f", 1))
            .replace("%7", loc.toString(sum(1 for c in certs if c["certified"])))
            .replace("%8", loc.toString(len(certs))))

    def _bands(self, figures, labels) -> None:
        from gui.widgets.barcharts import BarSeries
        frame = figures.assessments
        codes = labels.band_codes()
        series = []
        if len(frame):
            rounds = sorted(frame["round"].fillna(0).unique())
            for i, rnd in enumerate(rounds):
                rows = frame[frame["round"].fillna(0) == rnd]
                counts = rows["band"].value_counts()
                name = self.tr("Round %1").replace("%1", str(int(rnd))) if rnd else self.tr("Unnumbered")
                series.append(BarSeries(name, [float(counts.get(c, 0)) for c in codes],
                                        CURRENT if i == len(rounds) - 1 else PREVIOUS, light=i < len(rounds) - 1))
        top = max([1.0] + [v for s in series for v in s.values])
        band_colours = labels.band_colours()
        self.bands.set_data([labels.band_label(c) for c in codes], series,
                            self.tr("No diagnosis yet."), y_max=top * 1.15,
                            colours=[band_colours.get(c) or CURRENT for c in codes])

    def _chains(self, report: dict, figures=None) -> None:
        """One column per value chain, one row per figure: the chains read side by side."""
        loc = QLocale()
        rounds = {r["chain"]: r for r in report.get("rounds", {}).get("chains", [])}
        for chain, means in _round_means(figures).items():      # one round: its mean index
            r = rounds.setdefault(chain, {})
            for key in ("mean_baseline", "mean_latest"):
                if r.get(key) is None:
                    r[key] = means[key]
        results = report.get("results", {}).get("chains", {})
        num = lambda v, d=1, sign=False: "—" if v is None else (  # noqa: E731
            ("+" if sign and v > 0 else "") + loc.toString(float(v), "f", d))
        rows = [(self.tr("Companies"), lambda r, res, ch: num(r.get("companies"), 0)),
                (self.tr("Mean index, first round"), lambda r, res, ch: num(r.get("mean_baseline"))),
                (self.tr("Mean index, latest round"), lambda r, res, ch: num(r.get("mean_latest"))),
                (self.tr("Mean index change"), lambda r, res, ch: num(r.get("mean_delta"), 1, True)),
                (self.tr("Companies improved"), lambda r, res, ch: self.tr("%1 of %2").replace(
                    "%1", num(r.get("improved", 0), 0)).replace("%2", num(r.get("compared", 0), 0))),
                (self.tr("Improvement plans"), lambda r, res, ch: num(res.get("with_plan"), 0)),
                (self.tr("Plans done (actions)"), lambda r, res, ch: _last_actual(ch, loc)),
                (self.tr("Months planned"), lambda r, res, ch: num(ch.get("months")))]
        chains = list(report.get("chains", {}).items())
        data = {"figure": [title for title, _ in rows]}
        for name, chain in chains:
            data[name] = [fn(rounds.get(name, {}), results.get(name, {}), chain) for _, fn in rows]
        frame = pd.DataFrame(data)
        cols = [Column("figure", QT_TRANSLATE_NOOP("Dashboard", "Figure"), context="Dashboard")]
        cols += [Column(name, name.split(" — ")[0], context="Chains") for name, _ in chains]
        self.chains.set_frame(frame, cols)
        self.chains_table.setSortingEnabled(False)
        self.chains_table.resizeColumnsToContents()

    def _phases(self, report: dict, today) -> None:
        from datetime import date

        labels = self.context.session.labels(self.context.language)

        from gui.widgets.timecharts import Bar
        bars = []
        for name, chain in report.get("chains", {}).items():
            short = name.split(" — ")[0]
            for p in chain.get("phases", []):
                label, colour = PHASE_STATUS.get(p["status"], (p["status"], "#9a9a9a"))
                note = QCoreApplication.translate("Phases", label).replace("%1", QLocale().toString(int(p["days_late"])))
                d = lambda v: date.fromisoformat(v) if v else None  # noqa: E731
                bars.append(Bar(f"{short} · {labels.phase_label(p['phase'])}",
                                d(p["planned_start"]), d(p["planned_end"]),
                                100.0 if p["status"] in ("done", "done_late") else 0.0, colour, note,
                                d(p["actual_start"]), d(p["actual_end"])))
        self.phases.set_data(bars, today, self.tr("No phase dates planned yet."))

    def _kpis(self, report: dict) -> None:
        lang = self.context.language
        rows = []
        for key, k in report.get("results", {}).get("programme", {}).get("kpis", {}).items():
            total = k.get("total_increase")
            rows.append({"kpi": kpi_name(key, lang), "improving": f"{k['improving']} / {k['measured']}",
                         "median": k.get("median_change_pct"), "best": k.get("best_change_pct"),
                         "total": total,
                         "chains": f"{k.get('chains_improving', 0)} / {k.get('chains_measured', 0)}"})
        frame = pd.DataFrame(rows, columns=["kpi", "improving", "median", "best", "total", "chains"])
        cols = [Column("kpi", QT_TRANSLATE_NOOP("Dashboard", "KPI"), context="Dashboard"),
                Column("improving", QT_TRANSLATE_NOOP("Dashboard", "Suppliers improving"), context="Dashboard"),
                Column("median", QT_TRANSLATE_NOOP("Dashboard", "Median change %"), "number", 1, context="Dashboard"),
                Column("best", QT_TRANSLATE_NOOP("Dashboard", "Best change %"), "number", 1, context="Dashboard"),
                Column("total", QT_TRANSLATE_NOOP("Dashboard", "Total increase"), "number", 0, context="Dashboard"),
                Column("chains", QT_TRANSLATE_NOOP("Dashboard", "Value chains improving"), context="Dashboard")]
        self.kpis.set_frame(frame, cols)
        self.kpi_table.resizeColumnsToContents()

    def _certs(self, report: dict, figures, names: dict[str, str], labels) -> None:
        lang = self.context.language
        chain_of = {c: m for c, m in zip(figures.members["company_id"], figures.members["chain"])} \
            if len(figures.members) else {}
        texts: dict[str, str] = {}        # suppliers share their reasons: each set worded once
        columns: dict[str, list] = {"company": [], "chain": [], "certified": [], "reasons": []}
        for entry in report.get("companies", []):
            cert = entry.get("certification")
            if not cert:
                continue
            failed = [check for check in cert["checks"] if not check["passed"]]
            key = repr(failed)                # repr keeps 6 and 6.0 apart (written differently)
            reasons = texts.get(key)
            if reasons is None:
                reasons = texts[key] = "; ".join(_reason_text(check, lang, labels) for check in failed)
            c = entry["company_id"]
            columns["company"].append(names.get(c, c))
            columns["chain"].append(chain_of.get(c, "").split(" — ")[0])
            columns["certified"].append("yes" if cert["certified"] else "no")
            columns["reasons"].append(reasons)
        frame = pd.DataFrame(columns, columns=["company", "chain", "certified", "reasons"])
        yes, no = self.tr("Certified"), self.tr("Pending")
        cols = [Column("company", QT_TRANSLATE_NOOP("Dashboard", "Supplier"), context="Dashboard"),
                Column("chain", QT_TRANSLATE_NOOP("Dashboard", "Value chain"), context="Dashboard"),
                Column("certified", QT_TRANSLATE_NOOP("Dashboard", "Status"), "label", context="Dashboard",
                       labels=lambda v: yes if v == "yes" else no, colours=CERT_COLOURS),
                Column("reasons", QT_TRANSLATE_NOOP("Dashboard", "What is still missing"), context="Dashboard")]
        self.certs.set_frame(frame, cols)
        self.cert_table.resizeColumnsToContents()
        self.cert_table.setColumnWidth(3, 200)      # the reasons wrap in the stretched last column
        if len(frame) <= ROWS_SIZED:               # wrapped reasons; beyond, one line per row
            self.cert_table.resizeRowsToContents()


def _reason_text(check: dict, lang: str, labels) -> str:
    """Why one check failed, in ``lang`` (numbers as the locale writes them: 69,9 in Spanish)."""
    from core.messages import message
    params = {k: (QLocale().toString(float(v), "f", 1) if isinstance(v, float) else v)
              for k, v in check["params"].items()}
    if "band" in params:
        params["band"] = labels.band_label(params["band"])
        params["top_band"] = labels.band_label(params.get("top_band"))
    if "level" in params:
        params["level"] = labels.risk_label(params["level"])
        params["blocking"] = ", ".join(labels.risk_label(b.strip())
                                       for b in str(params.get("blocking", "")).split(","))
    return message(check["code"], lang, **params)


def _round_means(figures) -> dict[str, dict[str, float | None]]:
    """Per value chain, the mean index of its companies' first and latest diagnoses (what the
    round comparison leaves empty while a chain has only one round)."""
    if figures is None or figures.assessments.empty or figures.members.empty:
        return {}
    frame = figures.assessments.dropna(subset=["index"]).sort_values(["assessed_on"])
    first = frame.groupby("company_id")["index"].first()
    latest = frame.groupby("company_id")["index"].last()
    out = {}
    for chain, group in figures.members.groupby("chain"):
        ids = [c for c in group["company_id"] if c in latest.index]
        out[chain] = {"mean_baseline": float(first[ids].mean()) if ids else None,
                      "mean_latest": float(latest[ids].mean()) if ids else None}
    return out


def _band_chart():
    from gui.widgets.barcharts import GroupedBars
    return GroupedBars(object_name="bandDistribution")


def _phase_chart():
    from gui.widgets.timecharts import TimelineChart
    chart = TimelineChart()
    chart.setObjectName("phaseTimeline")
    return chart


def _last_actual(chain: dict, loc: QLocale) -> str:
    actual = [p["actual"] for p in chain.get("burn_up", []) if p["actual"] is not None]
    return f"{loc.toString(float(actual[-1]), 'f', 0)} %" if actual else "—"


def _qdate(day):
    from PySide6.QtCore import QDate
    return QDate(day.year, day.month, day.day)


register_view(ViewSpec("dashboard", QT_TRANSLATE_NOOP("Views", "Dashboard"), DashboardView, order=5,
                       shortcut="Ctrl+5"))
