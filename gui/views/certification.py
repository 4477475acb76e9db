"""The certification page of a value chain (or the programme): each supplier's verdict by the
programme's rule with every check and its reason (computed by core.plans.certification), and the
consultant's decision (certify / not yet, date, note) recorded as a core edit."""
from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.editors.fields import date_box, day_of
from gui.models.dataframe_model import SOURCE_ROW_ROLE, Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View
from gui.workers import error_text

COLUMNS = [
    ("company_id", QT_TRANSLATE_NOOP("CertificationView", "Supplier"), "text"),
    ("name", QT_TRANSLATE_NOOP("CertificationView", "Name"), "text"),
    ("verdict", QT_TRANSLATE_NOOP("CertificationView", "By the rule"), "label"),
    ("passed", QT_TRANSLATE_NOOP("CertificationView", "Checks passed"), "text"),
    ("decision", QT_TRANSLATE_NOOP("CertificationView", "Decision"), "label"),
    ("decided_on", QT_TRANSLATE_NOOP("CertificationView", "Date"), "text"),
    ("note", QT_TRANSLATE_NOOP("CertificationView", "Note"), "text"),
]
COLOURS = {"meets": "#2e7d32", "not_met": "#c62828", "certify": "#2e7d32", "not_yet": "#ef6c00"}


class CertificationView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.entries: dict[str, dict] = {}
        from gui.widgets.report_source import report_source
        self.source = report_source(context)          # the figures the progress view reads too
        self.source.ready.connect(self.refresh)
        self.source.invalidated.connect(self.refresh)
        self.source.failed.connect(lambda text: self.message.setText(text))
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.model = DataFrameModel()
        self.table = QTableView()
        self.table.setObjectName("certificationTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_checks())
        self.checks = QListWidget()
        self.checks.setObjectName("certificationChecks")
        self.decision_box = QGroupBox()
        self.certify, self.not_yet = QRadioButton(), QRadioButton()
        self.not_yet.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.certify)
        group.addButton(self.not_yet)
        self.on = date_box(optional=False)
        self.note = QLineEdit()
        self.save = QPushButton()
        self.save.setObjectName("saveCertification")
        self.save.clicked.connect(lambda: self.decide("certify" if self.certify.isChecked() else "not_yet",
                                                      day_of(self.on) or date.today(), self.note.text()))
        radios = QHBoxLayout()
        radios.addWidget(self.certify)
        radios.addWidget(self.not_yet)
        form = QFormLayout(self.decision_box)
        self.decision_label, self.date_label, self.note_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.decision_label, radios)
        form.addRow(self.date_label, self.on)
        form.addRow(self.note_label, self.note)
        form.addRow(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.checks_title = QLabel()
        self.checks_title.setStyleSheet("font-weight: bold;")
        side_layout.addWidget(self.checks_title)
        side_layout.addWidget(self.checks, 1)
        side_layout.addWidget(self.decision_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([640, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Certification"))
        self.checks_title.setText(self.tr("Checks of the certification rule"))
        self.decision_box.setTitle(self.tr("The consultant's decision"))
        self.certify.setText(self.tr("Certify"))
        self.not_yet.setText(self.tr("Not yet"))
        self.decision_label.setText(self.tr("Decision"))
        self.date_label.setText(self.tr("Date"))
        self.note_label.setText(self.tr("Note"))
        self.save.setText(self.tr("Record decision"))
        self.refresh()

    def on_programme_changed(self) -> None:
        self.refresh()

    def on_selection_changed(self, chain, company) -> None:
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _chain_name(self) -> str | None:
        session = self.context.session
        return next((c.name for c in session.value_chains() if c.id == session.chain), None)

    def refresh(self) -> None:
        """Show the rule's verdicts from the programme's figures (computed off the UI thread
        by the shared report source when a visible view first asks)."""
        session = self.context.session
        if not session.is_open or not self.isVisible():
            return
        figures = self.source.request()
        if figures is None:
            self.message.setText(self.tr("Evaluating the certification rule…"))
            return
        self.message.setText("")
        chain = self._chain_name()
        report = dict(figures.report)
        if chain is not None:
            members = set(figures.companies_of(chain))
            report["companies"] = [c for c in report["companies"] if c["company_id"] in members]
        self._show(report)

    def _show(self, report: dict) -> None:
        from core.messages import message
        lang = self.context.language
        names = {}
        frame = self.context.session.companies()
        if not frame.empty and "name" in frame:
            names = dict(zip(frame["company_id"], frame["name"]))
        self.entries = {c["company_id"]: c for c in report["companies"] if c.get("certification")}
        rows = []
        for cid, entry in self.entries.items():
            cert, decision = entry["certification"], entry["certification"].get("decision") or {}
            rows.append({"company_id": cid, "name": names.get(cid, ""),
                         "verdict": "meets" if cert["certified"] else "not_met",
                         "passed": f"{sum(c['passed'] for c in cert['checks'])}/{len(cert['checks'])}",
                         "decision": decision.get("decision") or "", "decided_on": decision.get("decided_on") or "",
                         "note": decision.get("note") or ""})
        labels = {"meets": self.tr("meets the rule"), "not_met": self.tr("does not meet it yet"),
                  "certify": message("plans.decision_certify", lang),
                  "not_yet": message("plans.decision_not_yet", lang), "": "—"}
        self.model.set_frame(pd.DataFrame(rows, columns=[k for k, _t, _k in COLUMNS]),
                             [Column(k, t, kind, labels=(lambda v: labels.get(v, v)) if kind == "label" else None,
                                     colours=COLOURS if kind == "label" else {}, context="CertificationView")
                              for k, t, kind in COLUMNS])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        chain = self._chain_name()
        self.rule.setText((self.tr("Value chain %1").replace("%1", chain) if chain else self.tr("Whole programme"))
                          + " · " + self.tr("%1 of %2 suppliers meet the rule; %3 certified.")
                          .replace("%1", str(sum(r["verdict"] == "meets" for r in rows)))
                          .replace("%2", str(len(rows)))
                          .replace("%3", str(sum(r["decision"] == "certify" for r in rows))))
        selected = self.context.session.company
        target = next((i for i, r in enumerate(rows) if r["company_id"] == selected), 0 if rows else None)
        if target is not None:
            self.select(rows[target]["company_id"])
        self._show_checks()

    def select(self, company_id: str) -> None:
        for row in range(self.model.rowCount()):
            source = self.model.data(self.model.index(row, 0), SOURCE_ROW_ROLE)
            if self.model.frame.iloc[int(source)]["company_id"] == company_id:
                self.table.selectRow(row)
                return

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.frame.iloc[int(self.model.data(rows[0], SOURCE_ROW_ROLE))]["company_id"])

    def _show_checks(self) -> None:
        from core.messages import message
        from core.plans.certification_text import check_params
        from core.plans.report import band_labels, risk_level_labels
        self.checks.clear()
        company = self.selected()
        entry = self.entries.get(company or "")
        self.decision_box.setEnabled(entry is not None)
        if entry is None:
            return
        lang, conn = self.context.language, self.context.session.project.conn
        bands, levels = band_labels(conn, lang), risk_level_labels(conn, lang)
        for check in entry["certification"]["checks"]:
            text = message(check["code"], lang, **check_params(check["params"], lang, bands, levels))
            self.checks.addItem(("✔ " if check["passed"] else "✘ ") + text)
            self.checks.item(self.checks.count() - 1).setForeground(
                Qt.GlobalColor.darkGreen if check["passed"] else Qt.GlobalColor.darkRed)
        decision = entry["certification"].get("decision") or {}
        (self.certify if decision.get("decision") == "certify" else self.not_yet).setChecked(True)
        self.note.setText(decision.get("note") or "")

    def decide(self, decision: str, on: date, note: str) -> bool:
        """Record the decision on the selected supplier (one edit on the undo stack)."""
        from core.plans.edits import decide_certification
        company = self.selected()
        if company is None:
            return False
        try:
            edit = decide_certification(self.context.session.project.conn, company, decision, on, note,
                                        self.context.consultant())
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.message.setText(error_text(exc, self.context.language))
            return False
        ok = self.context.edits.push_edit(edit)
        if ok:
            self.refresh()
        return ok


register_view(ViewSpec("certification", QT_TRANSLATE_NOOP("Views", "Certification"), CertificationView,
                       order=46))
