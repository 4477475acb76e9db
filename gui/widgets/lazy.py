"""A place in a layout for a chart that is built on first use.

pyqtgraph takes about a third of a second to import, so views that only draw charts once the
programme's figures are ready keep it out of start-up by building their charts through a slot.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ChartSlot(QWidget):
    """Holds the widget ``factory()`` makes, made the first time :meth:`chart` is called."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._chart: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._chart is not None

    def chart(self) -> QWidget:
        """The chart, built now if it was not yet."""
        if self._chart is None:
            self._chart = self._factory()
            self.layout().addWidget(self._chart)
        return self._chart


def chart_of(widget: QWidget) -> QWidget:
    """The chart inside ``widget`` when it is a :class:`ChartSlot`, else ``widget`` itself."""
    return widget.chart() if isinstance(widget, ChartSlot) else widget
