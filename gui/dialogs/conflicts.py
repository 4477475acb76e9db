"""Conflicts between imports: a row whose company and date already held different answers is
kept beside the current assessment; here the user keeps one version or the other (core decides
what that means and does it in one transaction)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.workers import error_text

COLUMNS = [
    Column("company_id", QT_TRANSLATE_NOOP("ConflictsDialog", "Company"), context="ConflictsDialog"),
    Column("assessed_on", QT_TRANSLATE_NOOP("ConflictsDialog", "Date"), context="ConflictsDialog"),
    Column("current_file", QT_TRANSLATE_NOOP("ConflictsDialog", "Current (file)"), context="ConflictsDialog"),
    Column("current_index", QT_TRANSLATE_NOOP("ConflictsDialog", "Current index"), "number",
           context="ConflictsDialog"),
    Column("incoming_file", QT_TRANSLATE_NOOP("ConflictsDialog", "Incoming (file)"), context="ConflictsDialog"),
    Column("incoming_index", QT_TRANSLATE_NOOP("ConflictsDialog", "Incoming index"), "number",
           context="ConflictsDialog"),
    Column("items_text", QT_TRANSLATE_NOOP("ConflictsDialog", "Answers that differ"),
           context="ConflictsDialog"),
]


class ConflictsDialog(QDialog):
    """Lists the open conflicts; Keep current / Keep incoming settles the selected one."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("conflictsDialog")
        self.resize(960, 460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_current, self.keep_incoming = QPushButton(), QPushButton()
        self.keep_current.clicked.connect(lambda: self.resolve("existing"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.message = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.keep_current)
        row.addWidget(self.keep_incoming)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicting answers"))
        self.intro.setText(self.tr(
            "These diagnoses were imported for a company and date that already had different "
            "answers. Nothing was overwritten: keep the current version or the incoming one."))
        self.keep_current.setText(self.tr("Keep current"))
        self.keep_incoming.setText(self.tr("Keep incoming"))

    def reload(self) -> None:
        project = self.context.session.project
        frame = project.conflicts() if project is not None else pd.DataFrame(
            columns=[c.key for c in COLUMNS])
        frame = frame.assign(items_text=[", ".join(i) if isinstance(i, list) else "" for i in
                                         frame.get("items", pd.Series([], dtype=object))])
        self.model.set_frame(frame, COLUMNS)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 conflicts").replace("%1", str(len(frame))))
        for button in (self.keep_current, self.keep_incoming):
            button.setEnabled(len(frame) > 0)
        if len(frame):
            self.table.selectRow(0)

    def resolve(self, keep: str) -> None:
        """Settle the selected conflict (``keep`` is ``existing`` or ``incoming``)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.model.frame.iloc[int(self.model.data(rows[0], SOURCE_ROW_ROLE))]
        try:
            self.context.session.project.resolve_conflict(int(conflict["conflict_id"]), keep)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(error_text(exc, self.context.language))
            return
        self.context.session.reload(self.context.runner)
        self.reload()
