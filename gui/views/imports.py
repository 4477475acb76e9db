"""The Imports page: every import with its counts; removing one takes out everything it added
(one edit on the undo stack, after a confirmation)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout)

from gui.models.dataframe_model import Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.setup_edits import push
from gui.views.base import View

COLUMNS = [Column("id", QT_TRANSLATE_NOOP("ImportsPage", "No."), "integer", context="ImportsPage"),
           Column("imported_at", QT_TRANSLATE_NOOP("ImportsPage", "When"), context="ImportsPage"),
           Column("imported_by", QT_TRANSLATE_NOOP("ImportsPage", "Who"), context="ImportsPage"),
           Column("file", QT_TRANSLATE_NOOP("ImportsPage", "File"), context="ImportsPage"),
           Column("sheet", QT_TRANSLATE_NOOP("ImportsPage", "Sheet"), context="ImportsPage"),
           Column("added", QT_TRANSLATE_NOOP("ImportsPage", "Added"), "integer", context="ImportsPage"),
           Column("updated", QT_TRANSLATE_NOOP("ImportsPage", "Updated"), "integer", context="ImportsPage"),
           Column("unchanged", QT_TRANSLATE_NOOP("ImportsPage", "Unchanged"), "integer",
                  context="ImportsPage"),
           Column("conflicts", QT_TRANSLATE_NOOP("ImportsPage", "Conflicts"), "integer",
                  context="ImportsPage"),
           Column("errors", QT_TRANSLATE_NOOP("ImportsPage", "Errors"), "integer", context="ImportsPage")]


class ImportsView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = DataFrameModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("importsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove = QPushButton()
        self.remove.setObjectName("removeImport")
        self.remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Imports"))
        self.note.setText(self.tr("Every survey imported into this programme. Removing an import "
                                  "takes out the assessments it added, and the companies and value "
                                  "chains it created when nothing else uses them (Ctrl+Z brings "
                                  "them back)."))
        self.remove.setText(self.tr("Remove the selected import…"))
        self.model.retranslate()
        self.reload()

    def on_programme_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        session = self.context.session
        rows = []
        if session.is_open:
            from pathlib import Path

            from core.setup.imports_admin import import_list
            rows = import_list(session.project.conn)
            for r in rows:
                r["file"] = Path(r["origin_file"] or r["file_name"]).name
                r["imported_at"] = (r["imported_at"] or "").replace("T", " ")[:16]
        frame = pd.DataFrame(rows, columns=[c.key for c in COLUMNS])
        self.model.set_frame(frame, COLUMNS)
        self.table.resizeColumnsToContents()
        self.remove.setEnabled(bool(rows))

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        values = self.model.row_values(rows[0].row())
        import_id, file = int(values["id"]), str(values["file"])
        from gui.chain_actions import confirm
        text = (self.tr("Remove import %1 (%2) and everything it added? You can undo this with "
                        "Ctrl+Z.").replace("%1", str(import_id)).replace("%2", file))
        if not confirm(self, self.tr("Remove import"), text):
            return False
        from core.setup.imports_admin import remove_import
        return push(self.context, self, lambda conn: remove_import(conn, import_id))


register_view(ViewSpec("imports", QT_TRANSLATE_NOOP("Views", "Imports"), ImportsView, order=80))
