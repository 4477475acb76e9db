"""Conflicts between imports: a row whose company and date already held different answers is
kept beside the current assessment; here the user sees both versions side by side, question by
question, with the file each came from and when it was imported, and keeps one version or the
other, for one conflict or for every conflict that came from the same file (core decides what
that means and does it in one transaction).

A programme checked out from a server has a second kind: sync conflicts (records changed here and
on the server since the last sync), on their own tab (gui/sync/conflicts_page.py)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
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
    Column("items_text", QT_TRANSLATE_NOOP("ConflictsDialog", "Questions that differ"),
           context="ConflictsDialog"),
]
ANSWER_COLUMNS = [
    Column("question", QT_TRANSLATE_NOOP("ConflictsDialog", "Question"), context="ConflictsDialog"),
    Column("current", QT_TRANSLATE_NOOP("ConflictsDialog", "Current answer"), context="ConflictsDialog"),
    Column("incoming", QT_TRANSLATE_NOOP("ConflictsDialog", "Incoming answer"), context="ConflictsDialog"),
]


class ConflictsDialog(QDialog):
    """Lists the open conflicts; below, the selected one's differing answers side by side.
    Keep current / Keep incoming settles it; "... from this file" settles every conflict that
    the same incoming file brought. A server programme's copy adds the sync conflicts' tab
    (``tab="sync"`` opens on it)."""

    def __init__(self, context, parent=None, tab: str | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("conflictsDialog")
        self.resize(1080, 620)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumHeight(self.intro.fontMetrics().lineSpacing() * 3)   # never cut
        self.model = DataFrameModel()
        self.table = row_table("conflictsTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.answers_model = DataFrameModel()
        self.answers = row_table("conflictAnswers", self.answers_model)
        self.answers.setWordWrap(True)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setObjectName("conflictSources")
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sources)
        column.addWidget(self.answers, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(1, 2)
        self.keep_current, self.keep_incoming = QPushButton(), QPushButton()
        self.keep_current_file, self.keep_incoming_file = QPushButton(), QPushButton()
        self.keep_current.clicked.connect(lambda: self.resolve("existing"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        self.keep_current_file.clicked.connect(lambda: self.resolve("existing", same_file=True))
        self.keep_incoming_file.clicked.connect(lambda: self.resolve("incoming", same_file=True))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for button in (self.keep_current, self.keep_incoming, self.keep_current_file, self.keep_incoming_file):
            row.addWidget(button)
        self.answers_page = QWidget()
        layout = QVBoxLayout(self.answers_page)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("conflictKinds")
        self.tabs.addTab(self.answers_page, "")
        self.sync_page = _sync_page(context)
        if self.sync_page is not None:
            self.tabs.addTab(self.sync_page, "")
            self.sync_page.resolved.connect(self._count_tabs)
        self.tabs.tabBar().setVisible(self.sync_page is not None)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_answers())
        self.retranslate_ui()
        self.reload()
        if self.sync_page is not None and (tab == "sync" or (tab is None and self.model.rowCount() == 0)):
            self.tabs.setCurrentWidget(self.sync_page)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicting answers"))
        self.intro.setText(self.tr(
            "These diagnoses were imported for a company and date that already had different "
            "answers. Nothing was overwritten: compare both versions below and keep the current "
            "version or the incoming one, for this diagnosis or for every conflict from the same file."))
        self.keep_current.setText(self.tr("Keep current"))
        self.keep_incoming.setText(self.tr("Keep incoming"))
        self.keep_current_file.setText(self.tr("Keep current for the whole file"))
        self.keep_incoming_file.setText(self.tr("Keep incoming for the whole file"))
        if hasattr(self, "answers_model"):
            self.show_answers()
        self._count_tabs()

    def _count_tabs(self) -> None:
        """Tab titles with how many conflicts of each kind wait."""
        self.tabs.setTabText(0, self.tr("Conflicting answers (%1)").replace("%1", str(self.model.rowCount())))
        if self.sync_page is not None:
            self.setWindowTitle(self.tr("Conflicts"))
            self.tabs.setTabText(1, self.tr("Sync conflicts (%1)")
                                 .replace("%1", str(len(self.sync_page.conflicts))))

    def reload(self) -> None:
        project = self.context.session.project
        frame = project.conflicts() if project is not None else pd.DataFrame(
            columns=[c.key for c in COLUMNS] + ["conflict_id", "current_id", "toolkit_id"])
        frame = frame.assign(incoming_path=frame["incoming_file"])   # "the whole file" groups by this
        for column in ("current_file", "incoming_file"):       # the file's name; the folder is noise
            frame[column] = [Path(str(f)).name if isinstance(f, str) and f else f for f in frame[column]]
        frame = frame.assign(items_text=[", ".join(self._question(t, i) for i in items)
                                         if isinstance(items, list) else ""
                                         for t, items in zip(frame.get("toolkit_id", pd.Series([], dtype=object)),
                                                             frame.get("items", pd.Series([], dtype=object)))])
        self.model.set_frame(frame, COLUMNS)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 conflicts").replace("%1", str(len(frame))))
        for button in (self.keep_current, self.keep_incoming, self.keep_current_file, self.keep_incoming_file):
            button.setEnabled(len(frame) > 0)
        if len(frame):
            self.table.selectRow(0)
        self.show_answers()
        self._count_tabs()

    def selected(self) -> pd.Series | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.frame.iloc[int(self.model.data(rows[0], SOURCE_ROW_ROLE))]

    def show_answers(self) -> None:
        """The selected conflict's differing questions: current and incoming answers side by side,
        headed by where and when each version came from."""
        conflict = self.selected()
        project = self.context.session.project
        if conflict is None or project is None:
            self.answers_model.set_frame(pd.DataFrame(columns=["question", "current", "incoming"]), ANSWER_COLUMNS)
            self.sources.setText("")
            return
        from core.project.assessments import stored_answers
        current, _ = stored_answers(project.conn, int(conflict["current_id"]))
        incoming, _ = stored_answers(project.conn, int(conflict["conflict_id"]))
        items = conflict["items"] if isinstance(conflict["items"], list) else []
        toolkit_id = conflict.get("toolkit_id")
        frame = pd.DataFrame({"question": [self._question(toolkit_id, i) for i in items],
                              "current": [self._answer(toolkit_id, i, current.get(i)) for i in items],
                              "incoming": [self._answer(toolkit_id, i, incoming.get(i)) for i in items]},
                             columns=["question", "current", "incoming"])
        self.answers_model.set_frame(frame, ANSWER_COLUMNS)
        header = self.answers.horizontalHeader()        # both answers equally wide, wrapped
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, max(160, self.answers.viewport().width() // 3))
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.answers.resizeRowsToContents()
        when = _imported_on(project.conn)
        self.sources.setText(self.tr("Diagnosis of %1 on %2. Current: %3 (imported %4). Incoming: %5 (imported %6).")
                             .replace("%1", str(conflict["company_id"])).replace("%2", str(conflict["assessed_on"]))
                             .replace("%3", str(conflict["current_file"] or "—"))
                             .replace("%4", when.get(int(conflict["current_id"]), "—"))
                             .replace("%5", str(conflict["incoming_file"] or "—"))
                             .replace("%6", when.get(int(conflict["conflict_id"]), "—")))

    def _question(self, toolkit_id, item: str) -> str:
        toolkit = self.context.session.toolkit(str(toolkit_id)) if toolkit_id else None
        if toolkit is not None and toolkit.has_item(item):
            return toolkit.item(item).label(self.context.language)
        return str(item)

    def _answer(self, toolkit_id, item: str, value) -> str:
        if value is None or value == "":
            return "—"
        toolkit = self.context.session.toolkit(str(toolkit_id)) if toolkit_id else None
        if toolkit is not None and toolkit.has_item(item):
            found = toolkit.lists.get(toolkit.item(item).list_name or "")
            for choice in (found.choices if found else ()):
                if choice.name == str(value):
                    return f"{choice.label(self.context.language)} ({value})"
        if isinstance(value, float):
            from PySide6.QtCore import QLocale
            return QLocale().toString(value, "g", 12)
        return str(value)

    def resolve(self, keep: str, same_file: bool = False) -> None:
        """Settle the selected conflict (``keep`` is ``existing`` or ``incoming``), or with
        ``same_file`` every conflict its incoming file brought."""
        conflict = self.selected()
        if conflict is None:
            return
        frame = self.model.frame
        targets = frame[frame["incoming_path"] == conflict["incoming_path"]] if same_file else frame.loc[[conflict.name]]
        try:
            for conflict_id in targets["conflict_id"]:
                self.context.session.project.resolve_conflict(int(conflict_id), keep)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(error_text(exc, self.context.language))
            return
        self.context.session.reload(self.context.runner)
        self.reload()


def _sync_page(context):
    """The sync conflicts' page when the open programme is a server programme's copy."""
    path = context.session.path if context.session.is_open else None
    if path is None:
        return None
    try:
        from core.sync import api
        if not api.is_replica(path):
            return None
        from gui.sync.conflicts_page import SyncConflictsPage
    except Exception:  # noqa: BLE001 - no sync engine: the import conflicts still work
        return None
    return SyncConflictsPage(context)


def row_table(name: str, model: DataFrameModel) -> QTableView:
    """A read-only table of whole-row selection, as both kinds of conflict show."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _imported_on(conn) -> dict[int, str]:
    """When the file of each conflicting or contradicted assessment was imported (YYYY-MM-DD HH:MM)."""
    rows = conn.execute("SELECT a.id, i.imported_at FROM assessments a JOIN imports i ON i.id = a.import_id "
                        "WHERE a.status = 'conflict' OR a.id IN (SELECT conflicts_with FROM assessments "
                        "WHERE status = 'conflict')").fetchall()
    return {int(a): str(t or "")[:16].replace("T", " ") for a, t in rows}
