"""Moving a match along the pipeline: stage, date, first transaction's value, reason."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLineEdit, QVBoxLayout)

from core import catalogue
from core.directory.model import STAGES


class MatchStageDialog(QDialog):
    def __init__(self, context, company: str, current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pipeline: %1").replace("%1", company))
        lang = context.language
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(catalogue.text(f"directory.stage.{stage}", lang), stage)
        if current in STAGES:
            self.stage.setCurrentIndex(STAGES.index(current) + (current != STAGES[-1]))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.value = QDoubleSpinBox()
        self.value.setRange(0, 1e12)
        self.value.setDecimals(2)
        self.value.setGroupSeparatorShown(True)
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Value of the first transaction"), self.value)
        form.addRow(self.tr("Reason (when closed)"), self.reason)
        self.stage.currentIndexChanged.connect(self._enable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._enable()

    def _enable(self) -> None:
        stage = self.stage.currentData()
        self.value.setEnabled(stage == "linkage")
        self.reason.setEnabled(stage == "closed")

    def values(self) -> dict:
        stage = self.stage.currentData()
        return {"stage": stage, "on": self.on.date().toString("yyyy-MM-dd"),
                "value": self.value.value() if stage == "linkage" else None,
                "reason": self.reason.text().strip() or None}
