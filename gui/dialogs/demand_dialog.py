"""Registering a buyer's demand specification (the form behind "New demand…")."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QPlainTextEdit, QVBoxLayout)


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


class DemandDialog(QDialog):
    """Buyer, title, specification, codes, processes, certifications, band, risk, volume,
    frequency, region and deadline; :meth:`demand` gives the core ``Demand``."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        conn = context.session.project.conn
        lang = context.language
        self.setWindowTitle(self.tr("New demand"))
        self.buyer = QComboBox()
        for cid, name, role in conn.execute("SELECT id, name, role FROM companies ORDER BY "
                                            "role = 'supplier', name"):
            self.buyer.addItem(f"{name or cid} ({cid})", cid)
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.codes, self.processes = QLineEdit(), QLineEdit()
        self.required, self.preferred = QLineEdit(), QLineEdit()
        from core.directory.matching import risk_level_names
        from core.directory.service import labellers
        from core.directory.suppliers import DEFAULT_BANDS
        band_label, risk_label = labellers(conn, lang)
        self.band, self.risk = QComboBox(), QComboBox()
        self.band.addItem(self.tr("Any"), None)
        for band in DEFAULT_BANDS:
            self.band.addItem(band_label(band), band)
        self.risk.addItem(self.tr("Any"), None)
        for level in risk_level_names(conn):
            self.risk.addItem(risk_label(level), level)
        self.volume, self.frequency, self.region = QLineEdit(), QLineEdit(), QLineEdit()
        self.deadline = QDateEdit(QDate.currentDate().addMonths(3))
        self.deadline.setCalendarPopup(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Buyer"), self.buyer), (self.tr("Title"), self.title),
                              (self.tr("Specification"), self.description),
                              (self.tr("Classification codes"), self.codes),
                              (self.tr("Processes"), self.processes),
                              (self.tr("Required certifications"), self.required),
                              (self.tr("Preferred certifications"), self.preferred),
                              (self.tr("Minimum band"), self.band),
                              (self.tr("Maximum risk"), self.risk),
                              (self.tr("Volume"), self.volume),
                              (self.tr("Frequency"), self.frequency),
                              (self.tr("Preferred region"), self.region),
                              (self.tr("Deadline"), self.deadline)):
            form.addRow(label, widget)
        for edit in (self.codes, self.processes, self.required, self.preferred):
            edit.setPlaceholderText(self.tr("separated by commas"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 600)

    def demand(self):
        from core.directory.model import Demand
        return Demand(self.buyer.currentData(), self.title.text().strip(),
                      description=self.description.toPlainText().strip() or None,
                      codes=_items(self.codes.text()), processes=_items(self.processes.text()),
                      required_certs=_items(self.required.text()),
                      preferred_certs=_items(self.preferred.text()),
                      min_band=self.band.currentData(), max_risk=self.risk.currentData(),
                      volume=self.volume.text().strip() or None,
                      frequency=self.frequency.text().strip() or None,
                      region=self.region.text().strip() or None,
                      deadline=self.deadline.date().toString("yyyy-MM-dd"))
