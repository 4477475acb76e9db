"""Grouped bar charts drawn with pyqtgraph: before/after per KPI, round vs round per area, band
distribution. Each group shows its series side by side, each bar carries its value as text, and
series differ by colour and by fill (solid vs hatched-looking light fill) so colour is not the
only cue; a legend names them."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from gui.charts import wrap_label  # importing gui.charts also configures pyqtgraph
from gui.widgets.timecharts import _legend_html, _message, locale_axes


@dataclass
class BarSeries:
    name: str
    values: list[float | None]
    colour: str
    texts: list[str] | None = None      # what to print on each bar (default: the value)
    light: bool = False                 # drawn as a light fill with a strong outline


class GroupedBars(pg.PlotWidget):
    """Vertical grouped bars: one group per category, one bar per series in each group."""

    def __init__(self, parent=None, object_name: str = "groupedBars"):
        super().__init__(parent, axisItems=locale_axes())
        self.setObjectName(object_name)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setMinimumSize(360, 240)
        self.categories: list[str] = []
        self.series: list[BarSeries] = []

    def set_data(self, categories: list[str], series: list[BarSeries], empty: str,
                 y_max: float | None = None, decimals: int = 0, colours: list[str] | None = None) -> None:
        """Draw the groups; ``colours`` (one per category) overrides the series colours (band
        distribution coloured by band; series then differ by fill: solid, or light for ``light``)."""
        self.categories, self.series = list(categories), list(series)
        if not categories or not series or all(v is None for s in series for v in s.values):
            _message(self, empty)
            return
        self.clear()
        n, k = len(categories), len(series)
        width = 0.8 / k
        values = [v for s in series for v in s.values if v is not None]
        top = y_max if y_max is not None else max(1.0, max(values) * 1.15)
        locale = QLocale()
        for j, s in enumerate(series):
            xs = np.arange(n) - 0.4 + width * (j + 0.5)
            heights = np.array([0.0 if v is None else float(v) for v in s.values])
            if colours is not None:          # bars in their band's colour; earlier rounds light
                brushes = [pg.mkBrush(_light(c) if s.light else QColor(c)) for c in colours]
                pens = [pg.mkPen(QColor(c).darker(140), width=1.5) for c in colours]
            else:
                fill = QColor(s.colour)
                if s.light:
                    fill.setAlpha(70)
                brushes = [pg.mkBrush(fill)] * n
                pens = [pg.mkPen(s.colour, width=1.5)] * n
            self.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.92, brushes=brushes, pens=pens))
            for i, (x, v) in enumerate(zip(xs, s.values)):
                if v is None:
                    continue
                text = s.texts[i] if s.texts else locale.toString(float(v), "f", decimals)
                label = pg.TextItem(text, color="#202020", anchor=(0.5, 1))
                label.setPos(x, float(v) + top * 0.01)
                self.addItem(label)
        if k > 1:
            legend = pg.TextItem(html=_legend_html([("#505050" if colours is not None else s.colour,
                                                     "▮▮" if not s.light else "▯▯", s.name)
                                                    for s in series]), anchor=(0, 0))
            legend.setPos(-0.5, top * 1.17)
            self.addItem(legend)
        self.getAxis("bottom").setTicks([[(i, _wrap(c)) for i, c in enumerate(categories)]])
        self.getAxis("bottom").setHeight(40 if any("\n" in _wrap(c) for c in categories) else 26)
        self.getAxis("left").setTicks(None)
        step = _nice_step(top / 6)
        self.getAxis("left").setTickSpacing(step, step)     # no minor grid lines: calmer
        self.setXRange(-0.6, n - 0.4, padding=0)
        self.setYRange(min(0.0, min(values) * 1.1), top * (1.2 if k > 1 else 1.05), padding=0)


def _light(colour: str) -> QColor:
    fill = QColor(colour)
    fill.setAlpha(80)
    return fill


def _nice_step(raw: float) -> float:
    """1, 2, 5, 10, 20, 50... the first at least ``raw``."""
    step = 1.0
    while step < raw:
        for factor in (2, 2.5, 2):
            step *= factor
            if step >= raw:
                break
    return step


def _wrap(text: str) -> str:
    return wrap_label(text, 18, max_lines=2)
