"""Importing a company list (xlsx, csv) in the workbench: each column gets a role (company id,
name or a company-record field), recognised by its header and changeable; the usable rows
become one edit on the undo stack and every unusable cell is listed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from core.errors import UserInputError
from core.messages import describe_error


class CompanyListDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []
        self.path = QLineEdit()
        self.path.setObjectName("companyListPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("companyListColumns")
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.run = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.run.setObjectName("importCompanyList")
        self.run.clicked.connect(self.import_list)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.retranslate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a company list"))
        self.browse.setText(self.tr("Choose file…"))
        self.run.setText(self.tr("Import"))
        self.note.setText(self.tr("Give each column its role: the company id is required; the "
                                  "other columns fill the company records."))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Role")])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company list"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """Read the headers and the recognised roles of ``path``."""
        from core.setup.company_list import list_columns
        self.path.setText(path)
        try:
            self.headers, found = list_columns(Path(path))
        except UserInputError as exc:
            self.problems.setPlainText(describe_error(exc, self.context.language))
            return False
        role_of = {j: role for role, j in found.items()}
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for j, header in enumerate(self.headers):
            self.table.setItem(j, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem("—", None)
            for role in self._roles():
                combo.addItem(self._role_label(role), role)
            combo.setCurrentIndex(max(0, combo.findData(role_of.get(j))))
            self.table.setCellWidget(j, 1, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems.clear()
        return True

    def roles(self) -> dict[str, str]:
        """role -> header (what the core takes, like ``--column FIELD=HEADER``)."""
        from core.survey.matching import excel_letter
        return {c.currentData(): self.headers[j] or excel_letter(j)
                for j, c in enumerate(self.combos) if c.currentData()}

    def import_list(self) -> bool:
        from core.setup.company_list import import_list_edit, read_company_list
        from gui.setup_edits import push
        try:
            table = read_company_list(Path(self.path.text()), self.roles(),
                                      language=self.context.language)
        except UserInputError as exc:
            self.problems.setPlainText(describe_error(exc, self.context.language))
            return False
        done = push(self.context, self, lambda conn: import_list_edit(conn, table))
        lines = [self.tr("%1 companies read; %2 cells could not be used.")
                 .replace("%1", str(len(table.rows))).replace("%2", str(len(table.errors)))]
        self.problems.setPlainText("\n".join(lines + table.errors))
        return done

    def _roles(self) -> list[str]:
        from core.setup.companies import FIELDS
        return ["company_id", "company_name", *[f for f in FIELDS if f != "name"]]

    def _role_label(self, role: str) -> str:
        from core import catalogue
        if role == "company_id":
            return self.tr("company id")
        if role == "company_name":
            return self.tr("company name")
        return catalogue.label(f"setup.field_{role}", self.context.language, role)


def open_company_list(window) -> None:
    if window.context.session.is_open:
        CompanyListDialog(window.context, window).exec()
