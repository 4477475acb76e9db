"""The import wizard's pages: file and sheet with a preview, column mapping, options, report.

Pages hold widgets only; the choices and the checked survey live in :class:`ImportWizard`
(``self.w``), which runs every read and import on the task runner.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from gui.models.dataframe_model import Column, DataFrameModel
from gui.workers import error_text

if TYPE_CHECKING:
    from gui.dialogs.import_wizard import ImportWizard

PREVIEW_ROWS = 20
HOW = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "item name"),
    "label": QT_TRANSLATE_NOOP("ImportWizard", "question text"),
    "kobo_path": QT_TRANSLATE_NOOP("ImportWizard", "KoboToolbox path"),
    "odk_path": QT_TRANSLATE_NOOP("ImportWizard", "ODK path"),
    "split_choice": QT_TRANSLATE_NOOP("ImportWizard", "one option of a multiple choice"),
    "company_id": QT_TRANSLATE_NOOP("ImportWizard", "company id"),
    "company_name": QT_TRANSLATE_NOOP("ImportWizard", "company name"),
    "metadata": QT_TRANSLATE_NOOP("ImportWizard", "form metadata (kept, not scored)"),
    "override": QT_TRANSLATE_NOOP("ImportWizard", "chosen by you"),
    "unmatched": QT_TRANSLATE_NOOP("ImportWizard", "not matched"),
    "ambiguous": QT_TRANSLATE_NOOP("ImportWizard", "names several questions: pick one"),
    "assessed_on": QT_TRANSLATE_NOOP("ImportWizard", "visit / assessment date"),
    "consultant": QT_TRANSLATE_NOOP("ImportWizard", "consultant"),
}
ROLE_PREFIX = "role:"      # combo data of a column role (not a toolkit item)


def role_label(role: str, language: str) -> str:
    """A column role's name: company id / name, visit date, consultant or a company field."""
    if role in HOW:
        return _tr(HOW[role])
    from core import catalogue
    return catalogue.label(f"setup.field_{role}", language, role)


def column_roles() -> list[str]:
    from core.setup.companies import FIELDS
    return ["company_id", "company_name", "assessed_on", "consultant",
            *[f for f in FIELDS if f != "name"]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class SourcePage(QWizardPage):
    """File, toolkit and sheet, with the first rows of the sheet."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.toolkit = QComboBox()
        self.toolkit.setObjectName("importToolkit")
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.preview = QTableView()
        self.preview.setObjectName("importPreview")
        self.model = DataFrameModel()
        self.preview.setModel(self.model)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("sourceStatus")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        self.form.addRow(self.labels[0], row)
        self.form.addRow(self.labels[1], self.toolkit)
        self.form.addRow(self.labels[2], self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.status_row = QHBoxLayout()
        layout.addLayout(self.status_row)
        self.path.editingFinished.connect(self._file_chosen)
        self.sheet.currentIndexChanged.connect(self._load_preview)
        self.toolkit.currentIndexChanged.connect(self.completeChanged)
        self._fill_toolkits()

    def retranslate(self) -> None:
        if not self.path.text():
            self.status.setText(self.tr("Choose a workbook, or drop one on the main window."))
        self.setTitle(self.tr("Survey file"))
        self.setSubTitle(self.tr("Choose the workbook, the toolkit it answers and the sheet."))
        self.browse.setText(self.tr("Browse…"))
        for label, text in zip(self.labels, (self.tr("File"), self.tr("Toolkit"), self.tr("Sheet"))):
            label.setText(text)

    def _fill_toolkits(self) -> None:
        try:
            from core.toolkit.registry import list_toolkits
            summaries = [s for s in list_toolkits() if s.valid]
        except Exception:  # noqa: BLE001 - no toolkits: the page says so
            summaries = []
        for s in summaries:
            self.toolkit.addItem(f"{s.title_in(self.w.context.language)} ({s.id} {s.version})", s.id)
        last = self.w.context.settings.get("import/toolkit")
        self.toolkit.setCurrentIndex(max(0, self.toolkit.findData(last or "sdp-diagnostic")))
        self.toolkit.currentIndexChanged.connect(
            lambda: self.w.context.settings.set("import/toolkit", self.toolkit.currentData() or ""))

    def _browse(self) -> None:
        folder = self.w.context.settings.get("import/last_folder")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Survey file"), folder,
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"))
        if path:
            self.path.setText(path)
            self._file_chosen()

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        self._file_chosen()

    def _file_chosen(self) -> None:
        path = self.path.text().strip()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.blockSignals(False)
        self.model.set_frame(pd.DataFrame(), [])
        if not path:
            return
        self.w.context.settings.set("import/last_folder", str(Path(path).parent))
        from core.workbook import sheet_names
        self.status.setText(self.tr("Reading…"))
        self.w.context.runner.run(lambda progress: sheet_names(path), key="sheets",
                                  on_result=self._sheets_read, on_error=self._failed)

    def _sheets_read(self, names: list[str]) -> None:
        self.sheet.blockSignals(True)
        self.sheet.addItems(names)
        self.sheet.blockSignals(False)
        self._load_preview()

    def _load_preview(self) -> None:
        path, sheet = self.path.text().strip(), self.sheet.currentText()
        if not path or not sheet:
            return
        from core.workbook import read_sheet

        def read(progress):
            rows = read_sheet(path, sheet).rows[:PREVIEW_ROWS]
            width = max((len(r) for r in rows), default=0)
            return [list(r) + [None] * (width - len(r)) for r in rows]

        self.w.context.runner.run(read, key="preview", on_result=self._show_preview,
                                  on_error=self._failed)

    def _show_preview(self, rows: list[list[object]]) -> None:
        from core.survey.matching import excel_letter
        width = max((len(r) for r in rows), default=0)
        letters = [excel_letter(j) for j in range(width)]
        frame = pd.DataFrame(rows, columns=letters, dtype=object).where(lambda f: f.notna(), "")
        frame = frame.map(cell_text)
        self.model.set_frame(frame, [Column(c, c, context="Letters") for c in letters])
        self.status.setText(self.tr("The first %1 rows of the sheet.").replace("%1", str(len(rows))))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, self.w.context.language))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip() and self.sheet.currentText() and self.toolkit.count())


def cell_text(value: object) -> str:
    """A raw cell as the user reads numbers and dates: ``18``, ``3,5`` in Spanish (no group
    separator: codes and years stay ``2026``)."""
    from datetime import date, datetime

    from PySide6.QtCore import QDate, QLocale
    if value is None or value == "":
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return locale.toString(int(value))
        return locale.toString(value, "g", 12)
    if isinstance(value, (date, datetime)):
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return str(value)


class MappingPage(QWizardPage):
    """How every column matched an item, with an item to pick for any column (overrides)."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mappingTable")
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.status_row = QHBoxLayout()
        layout.addLayout(self.status_row)
        self.combos: dict[str, QComboBox] = {}

    def retranslate(self) -> None:
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("How each column matched a question. Pick a question for any column "
                             "that did not match, or correct a match."))
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header"), self.tr("Matched by"),
                                              self.tr("Question")])

    def initializePage(self) -> None:  # noqa: N802
        self.w.check(self._show)

    def _show(self) -> None:
        survey, toolkit = self.w.survey, self.w.toolkit
        if survey is None:
            return
        report, lang = survey.mapping, self.w.context.language
        rows = [(m.column, m.header, m.how, m.item) for m in report.matched]
        rows += [(letter, header, "metadata", None) for letter, header in report.metadata]
        rows += [(letter, header, "unmatched", None) for letter, header in report.unmatched]
        rows += [(letter, header, "ambiguous", None) for letter, header, _items in report.ambiguous]
        from core.survey.matching import letter_index
        rows.sort(key=lambda r: letter_index(r[0]) or 0)
        self.table.setRowCount(len(rows))
        self.combos = {}
        for r, (letter, header, how, item) in enumerate(rows):
            shown_how = role_label(item, lang) if how == "role" else _tr(HOW.get(how, how))
            for c, text in enumerate((letter, str(header), shown_how)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, cell)
            combo = QComboBox()
            combo.addItem("—", None)
            for role in column_roles():
                combo.addItem("▸ " + role_label(role, lang), ROLE_PREFIX + role)
            for it in toolkit.items:
                combo.addItem(f"{it.name} — {it.label(lang)}", it.name)
            chosen = self.w.overrides.get(letter, ROLE_PREFIX + item if how == "role" else item)
            chosen = next((ROLE_PREFIX + r for r, L in self.w.roles.items() if L == letter), chosen)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(lambda _i, L=letter, cb=combo: self._override(L, cb))
            self.combos[letter] = combo
            self.table.setCellWidget(r, 3, combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.setColumnWidth(1, 260)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        missing = len(report.missing_items)
        self.summary.setText(
            self.tr("Header on row %1: %2 columns matched, %3 not matched, %4 scored questions "
                "without a column.").replace("%1", str(report.header_row))
            .replace("%2", str(len(report.matched))).replace("%3", str(len(report.unmatched)))
            .replace("%4", str(missing)))

    def _override(self, letter: str, combo: QComboBox) -> None:
        """An item (override) or a role for the column; a role belongs to one column."""
        item = combo.currentData()
        self.w.roles = {r: L for r, L in self.w.roles.items() if L != letter}
        if item is None:
            self.w.overrides.pop(letter, None)
        elif item.startswith(ROLE_PREFIX):
            self.w.overrides.pop(letter, None)
            self.w.roles[item[len(ROLE_PREFIX):]] = letter
        else:
            self.w.overrides[letter] = item
        self.w.survey = None      # the check must run again with the new mapping


class OptionsPage(QWizardPage):
    """Number format, value chain, round and date of the assessments."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.decimal_comma = QCheckBox()
        self.decimal_comma.setObjectName("decimalComma")
        self.decimal_comma.setChecked(wizard.context.settings.get("import/decimal_comma"))
        self.chain = QComboBox()
        self.chain.setObjectName("importChain")
        self.chain.setEditable(True)
        self.round = QSpinBox()
        self.round.setObjectName("importRound")
        self.round.setRange(1, 20)
        self.use_date = QCheckBox()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setEnabled(False)
        self.use_date.toggled.connect(self.date.setEnabled)
        self.strict = QCheckBox()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        self.form.addRow(self.decimal_comma)
        self.form.addRow(self.labels[0], self.chain)
        self.form.addRow(self.labels[1], self.round)
        self.form.addRow(self.use_date)
        self.form.addRow(self.labels[2], self.date)
        self.form.addRow(self.strict)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.status_row = QHBoxLayout()
        layout.addLayout(self.status_row)
        for w in (self.decimal_comma, self.strict):
            w.toggled.connect(self._changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("How numbers are written, and where the assessments belong."))
        self.decimal_comma.setText(self.tr("Numbers written with a decimal comma (1.234,5)"))
        self.use_date.setText(self.tr("Use this date when a row has none"))
        self.strict.setText(self.tr("Refuse the whole file if any cell is invalid"))
        for label, text in zip(self.labels, (self.tr("Value chain"), self.tr("Round"), self.tr("Date"))):
            label.setText(text)

    def initializePage(self) -> None:  # noqa: N802
        current = self.chain.currentText()
        self.chain.clear()
        self.chain.addItem("")
        for chain in self.w.context.session.value_chains():
            self.chain.addItem(chain.name)
        self.chain.setCurrentText(current)

    def _changed(self) -> None:
        self.w.survey = None


FLAG_COLUMNS = [
    ("row", QT_TRANSLATE_NOOP("ImportWizard", "Row"), "integer"),
    ("company_id", QT_TRANSLATE_NOOP("ImportWizard", "Company"), "text"),
    ("rule", QT_TRANSLATE_NOOP("ImportWizard", "Rule"), "text"),
    ("value", QT_TRANSLATE_NOOP("ImportWizard", "Value"), "text"),
    ("threshold", QT_TRANSLATE_NOOP("ImportWizard", "Threshold"), "text"),
    ("text", QT_TRANSLATE_NOOP("ImportWizard", "What was found"), "text"),
]


def flag_frame(survey, flags, language: str) -> pd.DataFrame:
    """One row per data-quality flag: Excel row, company, rule, value, threshold, sentence."""
    from core.quality.text import flag_text, flag_values, rule_label
    rows = []
    for position in flags.flagged().tolist():
        for f in flags.of(position):
            value, threshold = flag_values(f.code, f.value, f.threshold, language)
            rows.append({"row": survey.rows[position], "company_id": survey.company_ids[position] or "",
                         "rule": rule_label(f.code, language), "value": value, "threshold": threshold,
                         "text": flag_text(f.code, f.value, f.threshold, language)})
    return pd.DataFrame(rows, columns=[k for k, _t, _k in FLAG_COLUMNS])


class ReportPage(QWizardPage):
    """The validation report and data-quality flags, their export, and the import itself."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("validationReport")
        self.table.verticalHeader().setVisible(False)
        self.model = DataFrameModel()
        self.table.setModel(self.model)
        self.flags_label = QLabel()
        self.flags_label.setWordWrap(True)
        self.flags_label.setObjectName("flagsSummary")
        self.flags_table = QTableView()
        self.flags_table.setObjectName("qualityFlagsReport")
        self.flags_table.verticalHeader().setVisible(False)
        self.flags_model = DataFrameModel()
        self.flags_table.setModel(self.flags_model)
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.run = QPushButton()
        self.run.setObjectName("runImport")
        self.run.clicked.connect(self.w.run_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        buttons.addWidget(self.run)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.flags_table, 1)
        layout.addLayout(buttons)
        self.status_row = QHBoxLayout()
        layout.addLayout(self.status_row)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(self.tr("Cells that cannot be used are listed below; the rest of each row "
                             "is still scored unless you chose to refuse the file."))
        self.export.setText(self.tr("Export report…"))
        self.run.setText(self.tr("Import into the programme"))

    def initializePage(self) -> None:  # noqa: N802
        self.w.check(self._show)

    def _show(self) -> None:
        self.model.set_frame(self.w.report_frame(), [
            Column("sheet", QT_TRANSLATE_NOOP("ImportWizard", "Sheet"), context="ImportWizard"),
            Column("row", QT_TRANSLATE_NOOP("ImportWizard", "Row"), "integer", context="ImportWizard"),
            Column("column", QT_TRANSLATE_NOOP("ImportWizard", "Column"), context="ImportWizard"),
            Column("item", QT_TRANSLATE_NOOP("ImportWizard", "Question"), context="ImportWizard"),
            Column("value", QT_TRANSLATE_NOOP("ImportWizard", "Value"), context="ImportWizard"),
            Column("reason", QT_TRANSLATE_NOOP("ImportWizard", "Reason"), context="ImportWizard")])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        survey = self.w.survey
        self.summary.setText(self.tr("%1 responses read from sheet '%2'; %3 cells cannot be used.")
                             .replace("%1", str(len(survey))).replace("%2", survey.sheet)
                             .replace("%3", str(len(survey.errors))))
        extra = []
        if survey.mapping.ambiguous:
            extra.append(self.tr("%1 headers name several questions and were not used: pick the question "
                                 "on the Columns page.").replace("%1", str(len(survey.mapping.ambiguous))))
        if survey.mapping.other_sheets:
            extra.append(self.tr("Other sheets kept as provenance, not scored: %1.").replace(
                "%1", ", ".join(f"'{name}'" for name, _rows in survey.mapping.other_sheets)))
        if extra:
            self.summary.setText(" ".join([self.summary.text(), *extra]))
        if self.w.context.session.is_open:
            self.run.setText(self.tr("Import into the programme"))
        else:
            self.run.setText(self.tr("Create a programme and import…"))
        self._check_quality(survey)

    def _check_quality(self, survey) -> None:
        """Data-quality flags as the import will store them (in a worker; they never block)."""
        from core.quality.store import survey_flags
        session, toolkit, language = self.w.context.session, self.w.toolkit, self.w.context.language
        conn = session.project.conn if session.is_open else None
        options = self.w.options
        when = options.date.date().toString("yyyy-MM-dd") if options.use_date.isChecked() else None
        self.flags_label.setText(self.tr("Looking for data-quality problems…"))
        self.flags_model.set_frame(pd.DataFrame(columns=[k for k, _t, _k in FLAG_COLUMNS]),
                                  self._flag_columns())
        self.w.context.runner.run(
            lambda progress: flag_frame(survey, survey_flags(conn, toolkit, survey, when), language),
            key="quality", on_result=lambda frame: self._show_flags(survey, frame),
            on_error=lambda exc: self.flags_label.setText(error_text(exc, language)))

    def _flag_columns(self) -> list[Column]:
        return [Column(k, t, kind, context="ImportWizard") for k, t, kind in FLAG_COLUMNS]

    def _show_flags(self, survey, frame: pd.DataFrame) -> None:
        if survey is not self.w.survey:       # the user went back and changed something
            return
        self.flags_model.set_frame(frame, self._flag_columns())
        self.flags_table.resizeColumnsToContents()
        self.flags_table.horizontalHeader().setStretchLastSection(True)
        responses = frame["row"].nunique() if len(frame) else 0
        self.flags_label.setText(
            self.tr("Data-quality flags: none.") if frame.empty else
            self.tr("Data-quality flags: %1 responses to look at again (%2 flags). They never block "
                    "the import.").replace("%1", str(responses)).replace("%2", str(len(frame))))

    def _export(self) -> None:
        from gui.i18n import default_file_name, system_language
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              default_file_name("validation", system_language()),
                                              "CSV (*.csv)")
        if path:
            self.w.export_report(path)

