"""The programme's match settings: the weights of the score, when a profile is stale, and how
many requirements a "nearly qualifies" supplier may miss."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox,
                               QVBoxLayout)

CRITERIA = {"preferred_certs": QT_TRANSLATE_NOOP("MatchSettings", "Preferred certifications held"),
            "processes": QT_TRANSLATE_NOOP("MatchSettings", "Processes offered"),
            "index": QT_TRANSLATE_NOOP("MatchSettings", "Diagnosis index"),
            "risk": QT_TRANSLATE_NOOP("MatchSettings", "Low risk"),
            "region": QT_TRANSLATE_NOOP("MatchSettings", "Same region"),
            "fresh": QT_TRANSLATE_NOOP("MatchSettings", "Profile verified recently")}


class MatchSettingsDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match settings"))
        self.weights = {}
        form = QFormLayout()
        for key, title in CRITERIA.items():
            box = QDoubleSpinBox()
            box.setRange(0, 100)
            box.setDecimals(1)
            box.setValue(settings.weights.get(key, 0))
            self.weights[key] = box
            form.addRow(QCoreApplication.translate("MatchSettings", title), box)
        self.stale = QSpinBox()
        self.stale.setRange(1, 120)
        self.stale.setValue(settings.stale_months)
        self.stale.setSuffix(" " + self.tr("months"))
        self.near = QSpinBox()
        self.near.setRange(0, 10)
        self.near.setValue(settings.near_missing)
        form.addRow(self.tr("A profile is stale after"), self.stale)
        form.addRow(self.tr("'Nearly qualifies': requirements missing at most"), self.near)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self):
        from core.directory.settings import DirectorySettings
        return DirectorySettings({k: b.value() for k, b in self.weights.items()},
                                 self.stale.value(), self.near.value())
