"""The status bar's task area: a progress bar and a Cancel button for the running task."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from gui.workers import Task


class TaskStatus(QObject):
    """Shows the progress of one task at a time in a status bar and lets the user cancel it."""

    def __init__(self, runner, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton()
        self.cancel.setObjectName("cancelTask")
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        self.task: Task | None = None
        self.cancel.clicked.connect(self._cancel)
        pass  # bar.installEventFilter(self)
        self._retranslate()
        self._idle()

    def track(self, task: Task) -> None:
        """Follow ``task`` until it finishes."""
        self.task = task
        self.progress.setValue(0)
        for w in (self.label, self.progress, self.cancel):
            w.show()
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._idle)

    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.label.setText(text)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _idle(self) -> None:
        self.task = None
        for w in (self.label, self.progress, self.cancel):
            w.hide()

    def _retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
