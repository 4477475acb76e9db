"""The About box: version, Encadena's licence, and what the application redistributes (each
component with its version and licence, and the full notices on demand)."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class AboutDialog(QDialog):
    """Encadena's version and licence, the components table and the notices text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        import core
        from gui.notices import bundled_text, collect, summary
        self.setObjectName("aboutDialog")
        self.resize(720, 560)
        self.version = core.__version__
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        rows = summary(collect())
        self.components = QTableWidget(len(rows), 3)
        self.components.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.components.setItem(r, c, QTableWidgetItem(value))
        self.components.horizontalHeader().setStretchLastSection(True)
        self.notices = QPlainTextEdit(bundled_text())
        self.notices.setReadOnly(True)
        self.notices_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.components, 1)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.components.resizeColumnsToContents()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Encadena"))
        self.heading.setText(self.tr(
            "Encadena {version}\nSupplier development programmes, offline.\n"
            "Licensed under the Apache License, Version 2.0. It redistributes these components "
            "under their own licences (Qt and PySide6 under the LGPL-3.0: you may replace those "
            "libraries, see the notices below).").replace("{version}", self.version))
        self.components.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                                   self.tr("Licence")])
        self.notices_label.setText(self.tr("Notices:"))
