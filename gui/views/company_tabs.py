"""The company view's register and plan tabs: the supplier's risks (derived ones can be accepted
or dismissed) and its improvement plan (an action's progress can be updated). All through core."""
from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QEvent, QLocale, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QInputDialog, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.workers import error_text

RISK_COLUMNS = [
    ("risk_id", QT_TRANSLATE_NOOP("RiskTab", "Id"), "text"),
    ("category_label", QT_TRANSLATE_NOOP("RiskTab", "Category"), "text"),
    ("description", QT_TRANSLATE_NOOP("RiskTab", "Risk"), "text"),
    ("inherent", QT_TRANSLATE_NOOP("RiskTab", "Inherent L×S"), "text"),
    ("residual_level", QT_TRANSLATE_NOOP("RiskTab", "Residual level"), "label"),
    ("status_label", QT_TRANSLATE_NOOP("RiskTab", "Status"), "text"),
    ("decision_label", QT_TRANSLATE_NOOP("RiskTab", "Decision"), "text"),
    ("next_review", QT_TRANSLATE_NOOP("RiskTab", "Next review"), "text"),
]
ACTION_COLUMNS = [
    ("id", QT_TRANSLATE_NOOP("PlanTab", "Id"), "text"),
    ("title", QT_TRANSLATE_NOOP("PlanTab", "Action"), "text"),
    ("owner", QT_TRANSLATE_NOOP("PlanTab", "Owner"), "text"),
    ("start", QT_TRANSLATE_NOOP("PlanTab", "Start"), "text"),
    ("due", QT_TRANSLATE_NOOP("PlanTab", "Due"), "text"),
    ("status_label", QT_TRANSLATE_NOOP("PlanTab", "Status"), "text"),
    ("percent", QT_TRANSLATE_NOOP("PlanTab", "Done"), "percent"),
]


def _date_text(value) -> str:
    if value is None or value != value or value == "":
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    from PySide6.QtCore import QDate
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class _Tab(QWidget):
    context_name = "Tab"

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.company: str | None = None
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            if self.company is not None:
                self.show_company(self.company)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Re-apply button texts."""

    def show_company(self, company_id: str | None) -> None:
        """Fill the tab for ``company_id`` (None: empty)."""

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.model.data(rows[0], SOURCE_ROW_ROLE)
        return self.model.frame.iloc[int(source)].to_dict()

    def _columns(self, spec, labels=None, colours=None) -> list[Column]:
        return [Column(key, title, kind, labels=labels if kind == "label" else None,
                       colours=(colours or {}) if kind == "label" else {}, context=self.context_name)
                for key, title, kind in spec]

    def _fit(self) -> None:
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 340))


class RiskTab(_Tab):
    """The supplier's register: hand-entered and derived risks, with the consultant's decisions."""

    context_name = "RiskTab"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.accept_button, self.dismiss_button = QPushButton(), QPushButton()
        self.accept_button.clicked.connect(lambda: self._decide("accept"))
        self.dismiss_button.clicked.connect(lambda: self._decide("dismiss"))
        self.buttons.addWidget(self.accept_button)
        self.buttons.addWidget(self.dismiss_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.accept_button.setText(self.tr("Accept derived risk"))
        self.dismiss_button.setText(self.tr("Dismiss derived risk"))

    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        frame = pd.DataFrame(columns=[k for k, _t, _k in RISK_COLUMNS])
        matrix = session.risk_matrix()
        self.message.setText("")
        if company_id is not None and session.is_open and matrix is not None:
            try:
                frame = _risk_rows(session.project.conn, matrix, company_id, lang,
                                   session.risk_register())
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                self.message.setText(error_text(exc, lang))
        levels = {lv.name: lv.label(lang) for lv in matrix.levels} if matrix else {}
        colours = {lv.name: lv.colour for lv in matrix.levels} if matrix else {}
        self.model.set_frame(frame, self._columns(RISK_COLUMNS, lambda v: levels.get(v, str(v)), colours))
        self._fit()
        if not self.message.text():
            self.message.setText(self.tr("%1 risks").replace("%1", str(len(frame))))

    def _decide(self, decision: str) -> None:
        row = self._selected()
        if row is None or self.company is None:
            return
        if row.get("origin") != "derived":
            self.message.setText(self.tr("Only derived risks take a decision."))
            return
        from core.risk.store import decide
        try:
            decide(self.context.session.project.conn, self.company, row["risk_id"], decision)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc, self.context.language))
            return
        self.context.session.reload(self.context.runner)   # then the company view redraws


def _risk_rows(conn, matrix, company_id: str, language: str, register=None) -> pd.DataFrame:
    from core.risk.classify import classify_risks
    from core.risk.messages import label
    from core.risk.store import effective_register
    if register is None:
        register, _base = effective_register(conn, matrix=matrix)
    mine = register[register["company_id"] == company_id]
    if mine.empty:
        return pd.DataFrame(columns=[k for k, _t, _k in RISK_COLUMNS] + ["origin"])
    out = classify_risks(mine, matrix).reset_index(drop=True)
    out["category_label"] = [label("category", c, language) for c in out["category"]]
    out["status_label"] = [label("status", s, language) for s in out["status"]]
    out["decision_label"] = [label("decision", d if isinstance(d, str) and d else "pending", language)
                             if o == "derived" else "" for d, o in zip(out["decision"], out["origin"])]
    # a derived risk says which data produced it when it has no description of its own
    evidence = [f"{f}: {v}" if isinstance(f, str) and f else "" for f, v in
                zip(out.get("evidence_field", [""] * len(out)), out.get("evidence_value", [""] * len(out)))]
    out["description"] = [d if isinstance(d, str) and d else e for d, e in zip(out["description"], evidence)]
    out["inherent"] = [f"{int(li)} × {int(si)}" for li, si in
                       zip(out["inherent_likelihood"], out["inherent_severity"])]
    out["next_review"] = [_date_text(v) for v in out["next_review"]]
    return out


class PlanTab(_Tab):
    """The supplier's improvement plan: actions with owner, dates, status and progress."""

    context_name = "PlanTab"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.progress_button = QPushButton()
        self.progress_button.clicked.connect(self._update_progress)
        self.buttons.addWidget(self.progress_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.progress_button.setText(self.tr("Update progress…"))

    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        rows = []
        plan = None
        if company_id is not None and session.is_open:
            try:
                from core.plans.store import load_plan
                plan = load_plan(session.project.conn, company_id)
            except Exception as exc:  # noqa: BLE001
                self.message.setText(error_text(exc, lang))
        if plan is not None:
            from core.plans.messages import status_label
            rows = [{"id": a.id, "title": a.title, "owner": a.owner or "", "start": _date_text(a.start),
                     "due": _date_text(a.due), "status": a.status,
                     "status_label": status_label(a.status, lang), "percent": a.percent / 100.0}
                    for a in plan.actions]
        frame = pd.DataFrame(rows, columns=["id", "title", "owner", "start", "due", "status",
                                            "status_label", "percent"])
        self.model.set_frame(frame, self._columns(ACTION_COLUMNS))
        self._fit()
        self.progress_button.setEnabled(plan is not None)
        self.message.setText(self.tr("No improvement plan yet.") if plan is None else
                             self.tr("%1 actions").replace("%1", str(len(rows))))

    def _update_progress(self) -> None:
        row = self._selected()
        if row is None or self.company is None:
            return
        percent, ok = QInputDialog.getInt(self, self.tr("Update progress"), row["title"],
                                          int(round(row["percent"] * 100)), 0, 100, 5)
        if ok:
            self.record(row["id"], percent)

    def record(self, action_id: str, percent: int) -> None:
        """Record today's progress of an action (done at 100 %) in the project."""
        from core.plans.store import record_progress
        status = "done" if percent >= 100 else ("in_progress" if percent > 0 else "not_started")
        try:
            record_progress(self.context.session.project.conn, self.company, action_id,
                            date.today(), float(percent), status)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc, self.context.language))
            return
        self.context.session.reload(self.context.runner)   # then the company view redraws


