"""The company view: radar of area scores (with target and previous round), area bars,
improvement opportunities and critical gaps of one supplier."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from core.programme.picture import CompanyPicture
from gui.export import export_png
from gui.palette import CURRENT, PREVIOUS, TARGET
from gui.registry import ViewSpec, register_view
from gui.views.base import View


class CompanyView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.picture: CompanyPicture | None = None
        self.title = QLabel()
        self.title.setObjectName("companyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.index_label = QLabel()
        self.index_label.setObjectName("companyIndex")
        big = self.index_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.index_label.setFont(big)
        self.band_label = QLabel()
        self.band_label.setObjectName("companyBand")
        self.band_label.setMargin(4)
        self.radar = None          # pyqtgraph charts, made on first use (a slow import)
        self.bars = None
        self.export_radar = QPushButton()
        self.export_radar.clicked.connect(lambda: export_png(self.radar, self))
        self.bars_legend = QLabel()
        self.export_bars = QPushButton()
        self.export_bars.clicked.connect(lambda: export_png(self.bars, self))
        self.opportunities = QTableWidget(0, 5)
        self.opportunities.setObjectName("opportunities")
        self.opportunities.verticalHeader().setVisible(False)
        self.opportunities.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.opportunities.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.gaps = QListWidget()
        self.gaps.setObjectName("criticalGaps")
        from gui.views.company_kpis import KpiTab
        from gui.views.company_plan import PlanTab
        from gui.views.company_risks import RiskTab
        self.risks = RiskTab(context)
        self.plan = PlanTab(context)
        self.kpis = KpiTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.opportunities, "")
        self.tabs.addTab(self.gaps, "")
        self.tabs.addTab(self.risks, "")
        self.tabs.addTab(self.plan, "")
        self.tabs.addTab(self.kpis, "")
        from gui.company_tabs import company_tabs
        self.extra_tabs = [(spec, spec.factory(context)) for spec in company_tabs()]
        for _spec, widget in self.extra_tabs:
            self.tabs.addTab(widget, "")
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        head = QGridLayout()
        head.addWidget(self.title, 0, 0)
        head.addWidget(self.subtitle, 1, 0)
        head.addWidget(self.index_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.band_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        head.setColumnStretch(0, 1)
        self.charts = QSplitter(Qt.Orientation.Horizontal)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(self.charts)
        body.addWidget(self.tabs)
        body.setSizes([370, 290])
        self.body = body
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(body, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate_ui()
        self.show_picture(None)

    # -- hooks ---------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.export_radar.setText(self.tr("Export as PNG…"))
        self.export_bars.setText(self.tr("Export as PNG…"))
        self.bars_legend.setText(
            f'<span style="color:{CURRENT}">■</span> ' + self.tr("area score") +
            f'&nbsp;&nbsp;<span style="color:{TARGET}"><b>|</b></span> ' + self.tr("target"))
        self._count_tabs()
        self.tabs.setTabText(2, self.tr("Risk register"))
        self.tabs.setTabText(3, self.tr("Improvement plan"))
        self.tabs.setTabText(4, self.tr("KPIs"))
        from PySide6.QtCore import QCoreApplication
        for n, (spec, _widget) in enumerate(self.extra_tabs, start=5):
            self.tabs.setTabText(n, QCoreApplication.translate("CompanyTabs", spec.title))
        self.opportunities.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Area"), self.tr("Score"), self.tr("Target"),
             self.tr("Index points")])
        self.empty.setText(self.tr("Choose a company in the navigator or the companies table."))
        picture, session = self.picture, self.context.session
        if picture is not None and session.is_open:       # words of the picture in the new language
            picture = session.company_picture(picture.company_id, self.context.language)
        self.show_picture(picture)

    def on_programme_changed(self) -> None:
        session = self.context.session
        company = session.company if session.is_open else None
        self.show_picture(session.company_picture(company, self.context.language)
                          if company is not None else None)

    def on_selection_changed(self, chain, company) -> None:
        if company is None:
            return
        self.show_picture(self.context.session.company_picture(company, self.context.language))

    def _count_tabs(self) -> None:
        """Tab titles with the number of opportunities and critical gaps of the company shown."""
        picture = self.picture
        titles = [self.tr("Improvement opportunities"), self.tr("Critical gaps")]
        if picture is not None:
            counts = (len(picture.opportunities), len(picture.critical_gaps))
            titles = [f"{t} ({n})" for t, n in zip(titles, counts)]
        self.tabs.setTabText(0, titles[0])
        self.tabs.setTabText(1, titles[1])

    def smoke_states(self):
        """Extra screenshots for the smoke run: each tab of the lower half."""
        names = ("gaps", "risks", "plan", "kpis", *(spec.key for spec, _w in self.extra_tabs))
        states = [(name, lambda i=i: self.tabs.setCurrentIndex(i))
                  for i, name in enumerate(names, start=1)]
        for index, tab in ((2, self.risks), (3, self.plan), (4, self.kpis)):   # their editors open
            states += [(name, lambda i=index, show=show: (self.tabs.setCurrentIndex(i), show()))
                       for name, show in getattr(tab, "smoke_states", lambda: [])()]
        return states

    # -- drawing -------------------------------------------------------------------------------
    def _ensure_charts(self) -> None:
        if self.radar is not None:
            return
        from gui.charts import AreaBars, RadarChart
        self.radar, self.bars = RadarChart(), AreaBars()
        self.charts.addWidget(_with_button(self.radar, self.export_radar))
        self.charts.addWidget(_with_button(self.bars, self.export_bars, self.bars_legend))
        self.charts.setSizes([520, 480])

    def show_picture(self, picture: CompanyPicture | None) -> None:
        """Fill every part of the view from ``picture`` (None: the empty state)."""
        self.picture = picture
        self._count_tabs()
        self.risks.show_company(picture.company_id if picture else None)
        self.plan.show_company(picture.company_id if picture else None)
        self.kpis.show_company(picture.company_id if picture else None)
        for _spec, widget in self.extra_tabs:
            widget.show_company(picture.company_id if picture else None)
        self.body.setVisible(picture is not None)
        self.empty.setVisible(picture is None)
        if picture is None:
            for w in (self.title, self.subtitle, self.index_label, self.band_label):
                w.clear()
            self.band_label.setStyleSheet("")
            return
        lang = self.context.language
        locale = QLocale()
        tk = picture.toolkit
        self.title.setText(picture.name or picture.company_id)
        from gui.views.company_tabs import _date_text
        parts = [picture.company_id, picture.chain_name, picture.round_label,
                 _date_text(picture.date) if picture.date else ""]
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self.index_label.setText(
            self.tr("Index %1").replace("%1", "—" if picture.index is None
                                        else locale.toString(float(picture.index), "f", 1)))
        band = None
        if tk is not None and picture.band is not None:
            band = next((b for b in tk.bands if b.name == picture.band), None)
        if band is not None:
            from gui.models.dataframe_model import contrast_text
            fg = contrast_text(band.colour).name()
            self.band_label.setText(f" {band.label(lang)} ")
            self.band_label.setStyleSheet(f"background:{band.colour}; color:{fg}; border-radius:3px;")
        else:
            self.band_label.setText(picture.band or "")
            self.band_label.setStyleSheet("")

        def area_name(a: str) -> str:
            if tk is not None:
                try:
                    return tk.area(a).label(lang)
                except KeyError:
                    pass
            return a

        from gui.charts import Series
        self._ensure_charts()
        names = [area_name(a) for a in picture.areas]
        series = [Series(self.tr("Target"), [picture.area_targets.get(a) for a in picture.areas],
                         TARGET, Qt.PenStyle.DashLine)]
        if picture.previous_scores is not None:
            series.append(Series(picture.previous_label or self.tr("Previous round"),
                                 [picture.previous_scores.get(a) for a in picture.areas],
                                 PREVIOUS, Qt.PenStyle.DotLine))
        series.append(Series(picture.round_label or self.tr("Current"),
                             [picture.area_scores.get(a) for a in picture.areas], CURRENT, fill=True))
        self.radar.set_data(names, series)
        self.bars.set_data(names, [picture.area_scores.get(a) for a in picture.areas],
                           [picture.area_targets.get(a) for a in picture.areas])
        self._fill_opportunities(picture, area_name)
        self.gaps.clear()
        for item in picture.critical_gaps:
            label = tk.item(item).label(lang) if tk is not None and tk.has_item(item) else item
            self.gaps.addItem(f"{item} — {label}")
        if not picture.critical_gaps:
            self.gaps.addItem(self.tr("No critical gaps."))

    def _fill_opportunities(self, picture: CompanyPicture, area_name) -> None:
        tk, lang, locale = picture.toolkit, self.context.language, QLocale()
        table = self.opportunities
        table.setRowCount(len(picture.opportunities))
        for r, opp in enumerate(picture.opportunities):
            label = tk.item(opp.item).label(lang) if tk is not None and tk.has_item(opp.item) else opp.item
            cells = [label, area_name(opp.area), locale.toString(float(opp.score), "f", 0),
                     locale.toString(float(opp.target), "f", 0),
                     locale.toString(float(opp.priority), "f", 2)]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    cell.setToolTip(f"{opp.item}: {label}")
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _with_button(chart: QWidget, button: QPushButton, legend: QLabel | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(chart, 1)
    row = QHBoxLayout()
    if legend is not None:
        row.addWidget(legend)
    row.addStretch(1)
    row.addWidget(button)
    layout.addLayout(row)
    return box


register_view(ViewSpec("company", QT_TRANSLATE_NOOP("Views", "Company"), CompanyView,
                       order=20, shortcut="Ctrl+2"))
