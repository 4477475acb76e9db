"""The company view's "Data quality" tab: the flags stored with the company's assessments
(rule, value, threshold), newest assessment first. Read-only: flags never block anything."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from gui.company_tabs import CompanyTabSpec
from gui.models.dataframe_model import Column, DataFrameModel
from gui.workers import error_text

COLUMNS = [
    ("assessed_on", QT_TRANSLATE_NOOP("QualityTab", "Assessment"), "text"),
    ("rule", QT_TRANSLATE_NOOP("QualityTab", "Rule"), "text"),
    ("value", QT_TRANSLATE_NOOP("QualityTab", "Value"), "text"),
    ("threshold", QT_TRANSLATE_NOOP("QualityTab", "Threshold"), "text"),
    ("text", QT_TRANSLATE_NOOP("QualityTab", "What was found"), "text"),
]


def quality_rows(conn, company_id: str, language: str) -> pd.DataFrame:
    """The company's flags as display rows (core words, values in the user's language)."""
    from core.quality.store import company_flags
    from core.quality.text import flag_text, flag_values, rule_label
    flags = company_flags(conn, company_id)
    rows = []
    for r in flags.itertuples():
        value, threshold = flag_values(r.code, r.value, r.threshold, language)
        rows.append({"assessed_on": r.assessed_on, "rule": rule_label(r.code, language), "value": value,
                     "threshold": threshold, "text": flag_text(r.code, r.value, r.threshold, language)})
    return pd.DataFrame(rows, columns=[k for k, _t, _k in COLUMNS])


class QualityTab(QWidget):
    """Flags of one company's assessments."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("qualityTab")
        self.context = context
        self.company: str | None = None
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setObjectName("qualityFlags")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.company is not None:
            self.show_company(self.company)
        super().changeEvent(event)

    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        frame = pd.DataFrame(columns=[k for k, _t, _k in COLUMNS])
        self.message.clear()
        if company_id is not None and session.is_open:
            try:
                from gui.views.company_tabs import _date_text
                frame = quality_rows(session.project.conn, company_id, lang)
                frame["assessed_on"] = frame["assessed_on"].map(_date_text)
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                self.message.setText(error_text(exc, lang))
        self.model.set_frame(frame, [Column(k, t, kind, context="QualityTab") for k, t, kind in COLUMNS])
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))
        if not self.message.text():
            self.message.setText(self.tr("No data-quality flags: nothing to look at again.") if frame.empty
                                 else self.tr("%1 flags. They never block anything: check the answers "
                                              "with the consultant.").replace("%1", str(len(frame))))


TAB = CompanyTabSpec("quality", QT_TRANSLATE_NOOP("CompanyTabs", "Data quality"), QualityTab, order=50)
