"""The audit log of a company or a value chain: when, who, what, old -> new (newest first)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gui.models.dataframe_model import Column, DataFrameModel

COLUMNS = [Column("at", QT_TRANSLATE_NOOP("Audit", "When"), context="Audit"),
           Column("who", QT_TRANSLATE_NOOP("Audit", "Who"), context="Audit"),
           Column("action", QT_TRANSLATE_NOOP("Audit", "What"), context="Audit"),
           Column("field", QT_TRANSLATE_NOOP("Audit", "Field"), context="Audit"),
           Column("old", QT_TRANSLATE_NOOP("Audit", "Old value"), context="Audit"),
           Column("new", QT_TRANSLATE_NOOP("Audit", "New value"), context="Audit")]


class AuditTable(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = DataFrameModel(COLUMNS, self)
        self.setModel(self.model_)
        self.setObjectName("auditTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)

    def show_entries(self, conn, kind: str, subject: str | None, language: str,
                     name: str | None = None) -> None:
        from core.setup.audit_view import audit_rows
        rows = audit_rows(conn, kind, subject, language, name) if conn is not None and subject else []
        self.model_.set_frame(pd.DataFrame(rows, columns=[c.key for c in COLUMNS]), COLUMNS)
        self.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.model_.retranslate()
