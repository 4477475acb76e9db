"""Charts drawn with pyqtgraph: a radar of area scores and horizontal area bars, exportable as PNG.

Colours follow the Okabe-Ito palette (safe for colour-blind readers); every series also differs
by line style and is named in a legend, so colour is never the only cue.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from gui.palette import CURRENT, PREVIOUS, TARGET  # noqa: F401 - re-exported for chart users

# Charts are imported on first use (pyqtgraph is slow to import), so they configure it here.
pg.setConfigOptions(antialias=True, background="w", foreground="k", exitCleanup=False)


@dataclass
class Series:
    name: str
    values: list[float | None]      # 0-100 per axis; None = no score
    colour: str
    style: Qt.PenStyle = Qt.PenStyle.SolidLine
    fill: bool = False


class RadarChart(pg.PlotWidget):
    """Area scores on spokes 0-100, with any number of overlaid series (current, target, previous)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("radarChart")
        self.setAspectLocked(True)
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setMinimumSize(320, 300)
        self.axes: list[str] = []
        self.series: list[Series] = []

    def set_data(self, axes: list[str], series: list[Series]) -> None:
        """Draw spokes for ``axes`` and one polygon per series (gaps where a value is None)."""
        self.clear()
        self.axes, self.series = list(axes), list(series)
        n = len(axes)
        if n < 3:
            self._message(self.tr("A radar needs at least three areas with scores."))
            return
        angles = [math.pi / 2 - 2 * math.pi * k / n for k in range(n)]
        grid = QPen(QColor("#d0d0d0"))
        grid.setCosmetic(True)
        between = math.pi / 2 - math.pi / n      # ring values sit between the first two spokes
        for ring in (20, 40, 60, 80, 100):
            xs = [ring * math.cos(a) for a in angles] + [ring * math.cos(angles[0])]
            ys = [ring * math.sin(a) for a in angles] + [ring * math.sin(angles[0])]
            self.plot(xs, ys, pen=grid)
            label = pg.TextItem(str(ring), color="#8a8a8a", anchor=(0.5, 0.5),
                                fill=pg.mkBrush(255, 255, 255, 190))
            label.setZValue(5)                  # readable above the series lines
            label.setPos(ring * math.cos(math.pi / n) * math.cos(between),
                         ring * math.cos(math.pi / n) * math.sin(between))
            self.addItem(label)
        font = QFont()
        font.setPointSizeF(9)
        for a, text in zip(angles, axes):
            self.plot([0, 100 * math.cos(a)], [0, 100 * math.sin(a)], pen=grid)
            c, s = math.cos(a), math.sin(a)
            anchor = (0.5 - 0.5 * c if abs(c) > 0.2 else 0.5, 0.5 + 0.5 * s if abs(s) > 0.2 else 0.5)
            item = pg.TextItem(wrap_label(text), color="#202020", anchor=anchor)
            item.setFont(font)
            item.setPos(106 * c, 106 * s)
            self.addItem(item)
        self._legend(series)
        for line in series:
            values = [np.nan if v is None else float(v) for v in line.values]
            xs = [v * math.cos(a) for v, a in zip(values, angles)] + [values[0] * math.cos(angles[0])]
            ys = [v * math.sin(a) for v, a in zip(values, angles)] + [values[0] * math.sin(angles[0])]
            pen = pg.mkPen(line.colour, width=2.5, style=line.style)
            brush = pg.mkBrush(QColor(line.colour).red(), QColor(line.colour).green(),
                               QColor(line.colour).blue(), 50) if line.fill else None
            self.plot(xs, ys, pen=pen, connect="finite",
                      fillLevel=None, brush=brush, symbol="o", symbolSize=5,
                      symbolBrush=line.colour, symbolPen=None)
        self.setRange(xRange=(-165, 165), yRange=(-128, 128), padding=0)

    def _legend(self, series: list[Series]) -> None:
        glyph = {Qt.PenStyle.SolidLine: "━━━", Qt.PenStyle.DashLine: "━ ━",
                 Qt.PenStyle.DotLine: "┅┅┅"}
        rows = "<br>".join(
            f'<span style="color:{s.colour}; font-weight:bold">{glyph.get(s.style, "━━━")}</span>'
            f"&nbsp;{_html(s.name)}" for s in reversed(series))
        legend = pg.TextItem(html=f'<div style="font-size:9pt">{rows}</div>', anchor=(0, 0))
        legend.setPos(-165, 128)
        self.addItem(legend)

    def _message(self, text: str) -> None:
        item = pg.TextItem(text, color="#606060", anchor=(0.5, 0.5))
        self.addItem(item)
        self.setRange(xRange=(-100, 100), yRange=(-100, 100), padding=0)


class AreaBars(pg.PlotWidget):
    """One horizontal bar per area (0-100) with the area's target as an orange tick."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("areaBars")
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.setMinimumSize(320, 220)
        self.showGrid(x=True, y=False, alpha=0.25)

    def set_data(self, labels: list[str], scores: list[float | None],
                 targets: list[float | None], colours: list[str] | None = None) -> None:
        self.clear()
        n = len(labels)
        ys = np.arange(n)[::-1]
        widths = np.array([0.0 if s is None else s for s in scores])
        brushes = [pg.mkBrush(c) for c in (colours or [CURRENT] * n)]
        bars = pg.BarGraphItem(x0=np.zeros(n), y=ys, height=0.6, width=widths, brushes=brushes,
                               pen=pg.mkPen(None))
        self.addItem(bars)
        for y, score, target in zip(ys, scores, targets):
            text = "—" if score is None else f"{score:.0f}"
            label = pg.TextItem(text, color="#202020", anchor=(0, 0.5))
            label.setPos((score or 0) + 1.5, y)
            self.addItem(label)
            if target is not None:
                self.plot([target, target], [y - 0.38, y + 0.38], pen=pg.mkPen(TARGET, width=3))
        axis = self.getAxis("left")
        axis.setTicks([[(int(y), _shorten(t)) for y, t in zip(ys, labels)]])
        self.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 20)]])
        self.setXRange(0, 108, padding=0)
        self.setYRange(-0.6, n - 0.4, padding=0)


class MonthAxis(pg.AxisItem):
    """A time axis (seconds since the epoch) with one tick per month, named in the UI locale."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph's names
        from datetime import datetime
        if maxVal <= minVal:
            return []
        start, end = datetime.fromtimestamp(minVal), datetime.fromtimestamp(maxVal)
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        step = max(1, months // 10 + (1 if months > 10 else 0))
        ticks, year, month = [], start.year, start.month
        for _ in range(0, months + 1, 1):
            stamp = datetime(year, month, 1).timestamp()
            if minVal <= stamp <= maxVal and (month - 1) % step == 0:
                ticks.append(stamp)
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return [(step * 30 * 86400.0, ticks)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        from datetime import datetime

        from PySide6.QtCore import QLocale
        locale, out = QLocale(), []
        for i, value in enumerate(values):
            day = datetime.fromtimestamp(value)
            text = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
            if i == 0 or day.month == 1:
                text += f" {day.year}"
            out.append(text)
        return out


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap_label(text: str, width: int = 16, max_lines: int | None = None) -> str:
    """A chart label broken into lines of about ``width`` characters (words are never split)."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(lines[:max_lines] if max_lines else lines)


def _shorten(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
