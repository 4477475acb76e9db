"""Sync conflicts, the second kind in the conflicts dialog: records changed both on this computer
and on the server since the last sync. Per record, the fields that differ with their value at the
last sync, mine and the server's; keep mine (sent at the next sync) or the server's.

The engine (:func:`core.sync.api.conflicts` / :func:`~core.sync.api.resolve`) decides what that
means; this page only shows and asks."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import catalogue
from core.setup.audit_view import field_label
from core.sync import api
from gui.dialogs.conflicts import row_table
from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.sync.failures import failure_text

CONTEXT = "SyncConflictsPage"
COLUMNS = [
    Column("record", QT_TRANSLATE_NOOP("SyncConflictsPage", "Record"), context=CONTEXT),
    Column("kind", QT_TRANSLATE_NOOP("SyncConflictsPage", "Kind"), context=CONTEXT),
    Column("fields", QT_TRANSLATE_NOOP("SyncConflictsPage", "Fields that differ"), context=CONTEXT),
    Column("note", QT_TRANSLATE_NOOP("SyncConflictsPage", "Note"), context=CONTEXT),
]
FIELD_COLUMNS = [
    Column("field", QT_TRANSLATE_NOOP("SyncConflictsPage", "Field"), context=CONTEXT),
    Column("base", QT_TRANSLATE_NOOP("SyncConflictsPage", "At the last sync"), context=CONTEXT),
    Column("mine", QT_TRANSLATE_NOOP("SyncConflictsPage", "Mine (this computer)"), context=CONTEXT),
    Column("theirs", QT_TRANSLATE_NOOP("SyncConflictsPage", "Theirs (server)"), context=CONTEXT),
]
# What a record of each table is, for people; other tables show their own name.
KINDS = {
    "companies": QT_TRANSLATE_NOOP("SyncConflictsPage", "Company"),
    "value_chains": QT_TRANSLATE_NOOP("SyncConflictsPage", "Value chain"),
    "chain_members": QT_TRANSLATE_NOOP("SyncConflictsPage", "Chain membership"),
    "chain_phases": QT_TRANSLATE_NOOP("SyncConflictsPage", "Chain phase"),
    "assessments": QT_TRANSLATE_NOOP("SyncConflictsPage", "Assessment"),
    "plans": QT_TRANSLATE_NOOP("SyncConflictsPage", "Improvement plan"),
    "plan_actions": QT_TRANSLATE_NOOP("SyncConflictsPage", "Plan action"),
    "plan_kpis": QT_TRANSLATE_NOOP("SyncConflictsPage", "KPI"),
    "kpi_measurements": QT_TRANSLATE_NOOP("SyncConflictsPage", "KPI measurement"),
    "risks": QT_TRANSLATE_NOOP("SyncConflictsPage", "Risk"),
    "risk_decisions": QT_TRANSLATE_NOOP("SyncConflictsPage", "Risk decision"),
    "certification_decisions": QT_TRANSLATE_NOOP("SyncConflictsPage", "Certification decision"),
    "demands": QT_TRANSLATE_NOOP("SyncConflictsPage", "Demand"),
    "programme": QT_TRANSLATE_NOOP("SyncConflictsPage", "Programme settings"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(table: str) -> str:
    return _tr(KINDS[table]) if table in KINDS else table


def field_text(name: str, language: str, table: str | None = None) -> str:
    """A field's label: the table's own sync wording (``field.<table>.<name>``), the programme
    table's header (``column.<name>``), else the audit log's words for it (one place for both)."""
    for code in (f"field.{table}.{name}", f"column.{name}"):
        if catalogue.has(code):
            return catalogue.label(code, language)
    return field_label(table or "", name, language)


def value_text(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("SyncConflictsPage", "yes") if value
                else QCoreApplication.translate("SyncConflictsPage", "no"))
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bytes):
        return QCoreApplication.translate("SyncConflictsPage", "(%1 bytes)").replace("%1", str(len(value)))
    return str(value)


class SyncConflictsPage(QWidget):
    """The replica's conflicts; below, the selected one's fields: base / mine / theirs."""

    resolved = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("syncConflictsPage")
        self.context = context
        self.conflicts: list[api.SyncConflict] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumHeight(self.intro.fontMetrics().lineSpacing() * 3)
        self.model = DataFrameModel()
        self.table = row_table("syncConflictsTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields_model = DataFrameModel()
        self.fields = row_table("syncConflictFields", self.fields_model)
        self.fields.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.fields)
        split.setStretchFactor(1, 2)
        self.keep_mine, self.keep_theirs = QPushButton(), QPushButton()
        self.keep_mine_all, self.keep_theirs_all = QPushButton(), QPushButton()
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_mine_all.clicked.connect(lambda: self.resolve("mine", every=True))
        self.keep_theirs_all.clicked.connect(lambda: self.resolve("theirs", every=True))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for button in (self.keep_mine, self.keep_theirs, self.keep_mine_all, self.keep_theirs_all):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_fields())
        self.retranslate_ui()
        self.reload()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.show_conflicts(self.conflicts)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "These records were changed both on this computer and on the server since the last "
            "sync. Nothing was overwritten: compare the values below and keep your version (sent "
            "to the server at the next sync) or the server's."))
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_theirs.setText(self.tr("Keep theirs"))
        self.keep_mine_all.setText(self.tr("Keep mine for all"))
        self.keep_theirs_all.setText(self.tr("Keep theirs for all"))

    @property
    def path(self) -> Path | None:
        return self.context.session.path if self.context.session.is_open else None

    def reload(self) -> None:
        """Read the replica's conflicts again (after a sync or a decision)."""
        path = self.path
        try:
            found = list(api.conflicts(path)) if path is not None else []
        except Exception as exc:  # noqa: BLE001 - shown in words, the dialog stays usable
            self.show_conflicts([])
            self.message.setText(failure_text(exc, self.context.language))
            return
        self.show_conflicts(found)

    def show_conflicts(self, conflicts: list[api.SyncConflict]) -> None:
        """List ``conflicts`` and select the first."""
        self.conflicts = list(conflicts)
        language = self.context.language
        frame = pd.DataFrame({
            "record": [self._subject(c) for c in self.conflicts],
            "kind": [kind_text(c.table) for c in self.conflicts],
            "fields": [", ".join(field_text(d.field, language, c.table) for d in c.differences)
                       for c in self.conflicts],
            "note": [self._note(c) for c in self.conflicts],
        }, columns=["record", "kind", "fields", "note"])
        self.model.set_frame(frame, COLUMNS)
        self.table.resizeColumnsToContents()
        count = len(self.conflicts)
        self.message.setText(self.tr("1 sync conflict") if count == 1
                             else self.tr("%1 sync conflicts").replace("%1", str(count)))
        for button in (self.keep_mine, self.keep_theirs, self.keep_mine_all, self.keep_theirs_all):
            button.setEnabled(count > 0)
        if count:
            self.table.selectRow(0)
        self.show_fields()

    def _subject(self, conflict: api.SyncConflict) -> str:
        """A company's code and name when the record is about a company, else the engine's key."""
        if conflict.subject_kind == "company" and conflict.subject_id:
            frame = self.context.session.companies()
            if "company_id" in frame.columns and "name" in frame.columns:
                names = frame.loc[frame["company_id"] == conflict.subject_id, "name"]
                if len(names) and isinstance(names.iloc[0], str) and names.iloc[0]:
                    return f"{conflict.subject_id} · {names.iloc[0]}"
            return str(conflict.subject_id)
        return conflict.record

    def _note(self, conflict: api.SyncConflict) -> str:
        if conflict.mine_deleted:
            return self.tr("Deleted on this computer, changed on the server")
        if conflict.theirs_deleted:
            return self.tr("Deleted on the server, changed on this computer")
        return ""

    def selected(self) -> api.SyncConflict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.conflicts[int(self.model.data(rows[0], SOURCE_ROW_ROLE))]

    def show_fields(self) -> None:
        conflict = self.selected()
        language = self.context.language
        differences = conflict.differences if conflict is not None else ()
        deleted = self.tr("(deleted)")
        frame = pd.DataFrame({
            "field": [field_text(d.field, language, conflict.table) for d in differences],
            "base": [value_text(d.base) for d in differences],
            "mine": [deleted if conflict.mine_deleted else value_text(d.mine) for d in differences],
            "theirs": [deleted if conflict.theirs_deleted else value_text(d.theirs) for d in differences],
        }, columns=["field", "base", "mine", "theirs"])
        self.fields_model.set_frame(frame, FIELD_COLUMNS)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.fields.resizeRowsToContents()

    def resolve(self, keep: str, every: bool = False) -> None:
        """Keep ``mine`` or ``theirs`` for the selected conflict (or, ``every``, for all)."""
        path, chosen = self.path, self.selected()
        targets = self.conflicts if every else ([chosen] if chosen is not None else [])
        if path is None or not targets:
            return
        try:
            for conflict in targets:
                api.resolve(path, conflict.id, keep, self.context.consultant())
        except Exception as exc:  # noqa: BLE001 - shown in words; what was settled stays settled
            self.reload()
            self.message.setText(failure_text(exc, self.context.language))
            return
        self.context.session.reload(self.context.runner)
        self.reload()
        self.resolved.emit()
