"""Charts over time drawn with pyqtgraph: plan burn-up, a Gantt-like timeline and KPI series.

The x axis holds day numbers (``date.toordinal()``) labelled with month names in the user's
locale. Series differ by colour (Okabe-Ito) AND line style, and are named in a legend.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsRectItem

import gui.charts  # noqa: F401 - configures pyqtgraph (white background, antialiasing)
from gui.palette import CURRENT, PREVIOUS, STATUS, TARGET

GRID = "#d0d0d0"


def day(value: date | str) -> float:
    """A date as the x coordinate of these charts."""
    return float((value if isinstance(value, date) else date.fromisoformat(str(value)[:10])).toordinal())


def month_ticks(first: float, last: float, most: int = 9) -> list[tuple[float, str]]:
    """Ticks on the first of each month between two x values, thinned to at most ``most``."""
    start, end = date.fromordinal(int(first)), date.fromordinal(int(last))
    if start.day > 1:       # the first tick must lie inside the chart
        start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    months, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    step = max(1, -(-len(months) // most))
    locale = QLocale()
    out = []
    for k, d in enumerate(months[::step]):
        fmt = "MMM yyyy" if k == 0 or d.month == 1 else "MMM"
        out.append((float(d.toordinal()), locale.toString(QDate(d.year, d.month, d.day), fmt)))
    return out


class LocaleAxis(pg.AxisItem):
    """Tick numbers in the user's locale (1.234,5 in Spanish), not Python's."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        decimals = max(0, -int(np.floor(np.log10(spacing * scale)))) if spacing * scale > 0 else 0
        locale = QLocale()
        return [locale.toString(float(v * scale), "f", min(decimals, 3)) for v in values]


class MonthAxis(pg.AxisItem):
    """A bottom axis of months whose labels never overlap: as many as the axis' width holds
    (thinned again whenever the chart is resized)."""

    GAP = 14      # pixels between two labels

    def __init__(self):
        super().__init__("bottom")
        self.span: tuple[float, float] | None = None

    def set_span(self, first: float, last: float) -> None:
        self.span = (first, last)
        self.thin()

    def resizeEvent(self, event=None) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.thin()

    def most(self) -> int:
        """How many month labels fit side by side in the axis' width."""
        if self.span is None:
            return 9
        from PySide6.QtGui import QFont, QFontMetricsF
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        widest = max((metrics.horizontalAdvance(t) for _, t in month_ticks(*self.span, most=10_000)),
                     default=40.0)
        width = self.width() if self.width() > 0 else 600.0
        return max(1, int(width // (widest + self.GAP)))

    def thin(self) -> None:
        if getattr(self, "span", None) is not None:      # resized once during construction
            self.setTicks([month_ticks(*self.span, most=self.most())])


def set_months(widget: pg.PlotWidget, first: float, last: float) -> None:
    """Month ticks between two x values on ``widget``'s bottom axis (thinned by width)."""
    axis = widget.getAxis("bottom")
    if isinstance(axis, MonthAxis):
        axis.set_span(first, last)
    else:
        axis.setTicks([month_ticks(first, last)])


def locale_axes(months: bool = False) -> dict:
    """Axis items for a PlotWidget whose left axis shows plain numbers (and a bottom axis of
    months that thins itself, with ``months``)."""
    axes = {"left": LocaleAxis("left")}
    if months:
        axes["bottom"] = MonthAxis()
    return axes


def _plot(widget: pg.PlotWidget) -> None:
    widget.setMouseEnabled(False, False)
    widget.hideButtons()
    widget.setMenuEnabled(False)
    widget.showGrid(x=False, y=True, alpha=0.25)
    widget.setMinimumSize(360, 240)


def _message(widget: pg.PlotWidget, text: str) -> None:
    widget.clear()
    item = pg.TextItem(text, color="#606060", anchor=(0.5, 0.5))
    widget.addItem(item)
    item.setPos(0.5, 0.5)
    if isinstance(widget.getAxis("bottom"), MonthAxis):
        widget.getAxis("bottom").span = None
    widget.getAxis("bottom").setTicks([[]])
    widget.getAxis("left").setTicks([[]])
    widget.setXRange(0, 1, padding=0)
    widget.setYRange(0, 1, padding=0)


def _legend_html(entries: list[tuple[str, str, str]], separator: str = "&nbsp;&nbsp;&nbsp;") -> str:
    """(colour, glyph, name) rows as the small HTML legend used by every chart here."""
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
    rows = separator.join(
        f'<span style="color:{c}; font-weight:bold">{g}</span>&nbsp;{esc(n)}' for c, g, n in entries)
    return f'<div style="font-size:9pt; background-color:#ffffff">{rows}</div>'


class BurnUpChart(pg.PlotWidget):
    """Planned vs actual percent complete over time, with today marked."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": MonthAxis()})
        self.setObjectName("burnUpChart")
        _plot(self)
        self.points: list[dict] = []

    def set_data(self, points: list[dict], today: date, names: dict[str, str], empty: str) -> None:
        """``points``: the core's burn-up rows (date, planned, actual); ``names``: planned,
        actual, today labels; ``empty``: the text shown without points."""
        self.points = list(points)
        if not points:
            _message(self, empty)
            return
        self.clear()
        xs = [day(p["date"]) for p in points]
        planned = [p["planned"] for p in points]
        actual = [(x, p["actual"]) for x, p in zip(xs, points) if p["actual"] is not None]
        self.plot(xs, planned, pen=pg.mkPen(TARGET, width=2.5, style=Qt.PenStyle.DashLine))
        if actual:
            self.plot([a[0] for a in actual], [a[1] for a in actual],
                      pen=pg.mkPen(CURRENT, width=3), symbol="o", symbolSize=6,
                      symbolBrush=CURRENT, symbolPen=None)
            last = actual[-1]
            label = pg.TextItem(f"{QLocale().toString(float(last[1]), 'f', 0)} %", color=CURRENT,
                                anchor=(0, 1))
            label.setPos(last[0], last[1])
            self.addItem(label)
        t = day(today)
        entries = [(TARGET, "━ ━", names["planned"]), (CURRENT, "━━━", names["actual"])]
        if xs[0] <= t <= xs[-1]:
            self.addItem(pg.InfiniteLine(t, angle=90, pen=pg.mkPen(PREVIOUS, width=1,
                                                                   style=Qt.PenStyle.DotLine)))
            entries.append((PREVIOUS, "┅┅", names["today"]))
        legend = pg.TextItem(html=_legend_html(entries), anchor=(0, 0))
        legend.setPos(xs[0], 118)
        self.addItem(legend)
        set_months(self, xs[0], xs[-1])
        self.getAxis("left").setTicks([[(v, f"{v} %") for v in range(0, 101, 20)]])
        self.getAxis("left").setWidth(48)
        self.setXRange(xs[0], xs[-1] + (xs[-1] - xs[0]) * 0.06 + 1, padding=0.02)
        self.setYRange(0, 120, padding=0)


@dataclass
class Bar:
    """One row of a timeline: a planned span, how much of it is done, and a status colour."""

    label: str
    start: date | None
    end: date | None
    done: float = 0.0            # 0-100: the filled part of the bar
    colour: str = CURRENT
    note: str = ""               # shown right of the bar (status, days late)
    actual_start: date | None = None
    actual_end: date | None = None


class TimelineChart(pg.PlotWidget):
    """A Gantt-like chart: one row per bar, labels on the left, today as a dotted line.

    A bar is drawn as its planned span (outline) filled to ``done`` percent; when actual dates
    are given a thinner solid bar below shows them (phases: planned vs actual)."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems={"bottom": MonthAxis()})
        self.setObjectName("timelineChart")
        _plot(self)
        self.showGrid(x=True, y=False, alpha=0.2)
        self.bars: list[Bar] = []

    def set_data(self, bars: list[Bar], today: date, empty: str) -> None:
        self.bars = [b for b in bars if b.start and b.end]
        if not self.bars:
            _message(self, empty)
            return
        self.clear()
        n = len(self.bars)
        first = min(day(b.start) for b in self.bars)
        last = max(max(day(b.end), day(b.actual_end) if b.actual_end else 0) for b in self.bars)
        span = max(30.0, last - first)
        for row, bar in enumerate(self.bars):
            y = n - 1 - row
            x0, x1 = day(bar.start), day(bar.end)
            colour = QColor(bar.colour)
            outline = QGraphicsRectItem(QRectF(x0, y - 0.3, max(1.0, x1 - x0), 0.6))
            outline.setPen(pg.mkPen(colour, width=1.5))
            light = QColor(colour)
            light.setAlpha(45)
            outline.setBrush(pg.mkBrush(light))
            self.addItem(outline)
            if bar.done > 0:
                fill = QGraphicsRectItem(QRectF(x0, y - 0.3, max(1.0, (x1 - x0) * min(bar.done, 100) / 100), 0.6))
                fill.setPen(pg.mkPen(None))
                fill.setBrush(pg.mkBrush(colour))
                self.addItem(fill)
            if bar.actual_start:
                a1 = day(bar.actual_end) if bar.actual_end else day(today)
                actual = QGraphicsRectItem(QRectF(day(bar.actual_start), y - 0.42, max(1.0, a1 - day(bar.actual_start)), 0.12))
                actual.setPen(pg.mkPen(None))
                actual.setBrush(pg.mkBrush("#202020"))
                self.addItem(actual)
            if bar.note:
                note = pg.TextItem(bar.note, color="#303030", anchor=(0, 0.5))
                note.setPos(max(x1, day(bar.actual_end) if bar.actual_end else x1) + span * 0.01, y)
                self.addItem(note)
        t = day(today)
        if first <= t <= last + span * 0.35:
            self.addItem(pg.InfiniteLine(t, angle=90, pen=pg.mkPen(PREVIOUS, width=1,
                                                                   style=Qt.PenStyle.DotLine)))
        self.getAxis("left").setTicks([[(n - 1 - r, _shorten(b.label)) for r, b in enumerate(self.bars)]])
        set_months(self, first, last)
        self.setXRange(first - 3, last + span * 0.55, padding=0)
        self.setYRange(-0.7, n - 0.3, padding=0)


class KpiSeriesChart(pg.PlotWidget):
    """One KPI: its measurements (coloured by the KPI's status), baseline, target and the straight
    line from baseline to target that the status is judged against."""

    def __init__(self, parent=None):
        super().__init__(parent, axisItems=locale_axes(months=True))
        self.setObjectName("kpiSeriesChart")
        _plot(self)
        self.kpi = None

    def set_data(self, kpi, status: str, names: dict[str, str], empty: str) -> None:
        """``names``: measured, baseline, target, line, the status label and (optional) unit."""
        self.kpi = kpi
        if kpi is None or not kpi.measurements:
            _message(self, empty)
            return
        self.clear()
        colour = STATUS.get(status, STATUS["no_data"])
        xs = [day(m.on) for m in kpi.measurements]
        ys = [m.value for m in kpi.measurements]
        x_first = min([*xs] + ([day(kpi.baseline_date)] if kpi.baseline_date else []))
        x_last = max([*xs] + ([day(kpi.target_date)] if kpi.target_date else []))
        values = [*ys] + [v for v in (kpi.baseline_value, kpi.target_value) if v is not None]
        legend = [(colour, "━●━", f"{names['measured']} ({names['status']})")]
        if kpi.baseline_value is not None:
            self.addItem(pg.InfiniteLine(kpi.baseline_value, angle=0,
                                         pen=pg.mkPen(PREVIOUS, width=1.5, style=Qt.PenStyle.DashLine)))
            legend.append((PREVIOUS, "━ ━", names["baseline"]))
        if kpi.target_value is not None:
            self.addItem(pg.InfiniteLine(kpi.target_value, angle=0,
                                         pen=pg.mkPen(TARGET, width=2, style=Qt.PenStyle.DashDotLine)))
            legend.append((TARGET, "━·━", names["target"]))
        if None not in (kpi.baseline_value, kpi.target_value, kpi.baseline_date, kpi.target_date):
            self.plot([day(kpi.baseline_date), day(kpi.target_date)],
                      [kpi.baseline_value, kpi.target_value],
                      pen=pg.mkPen(TARGET, width=1, style=Qt.PenStyle.DotLine))
            legend.append((TARGET, "┅┅", names["line"]))
        self.plot(xs, ys, pen=pg.mkPen(colour, width=3), symbol="o", symbolSize=7,
                  symbolBrush=colour, symbolPen=None)
        low, high = min(values), max(values)
        pad = (high - low) * 0.12 or max(1.0, abs(high) * 0.1)
        top = high + pad * 4.5
        item = pg.TextItem(html=_legend_html(legend, "<br>"), anchor=(0, 0))
        item.setPos(x_first, top)
        self.addItem(item)
        set_months(self, x_first, x_last)
        self.getAxis("left").setTicks(None)
        self.getAxis("left").setLabel(names.get("unit", kpi.unit or ""))     # translated by the caller
        self.setXRange(x_first - 14, x_last + 5, padding=0)     # room for the first month label
        self.setYRange(low - pad, top, padding=0)


def _shorten(text: str, width: int = 34) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

