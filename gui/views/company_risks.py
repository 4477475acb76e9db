"""The company view's Risks tab: the supplier's register (hand-entered and derived risks) with an
editor: add a risk, record controls and the residual rating, the owner and the next review, and
accept / dismiss derived risks with a reason. Changes are core edits on the undo stack."""
from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QSplitter

from gui.editors.risk_editor import RiskEditor
from gui.views.company_tabs import _date_text, _Tab
from gui.workers import error_text

RISK_COLUMNS = [
    ("risk_id", QT_TRANSLATE_NOOP("RiskTab", "Id"), "text"),
    ("category_label", QT_TRANSLATE_NOOP("RiskTab", "Category"), "text"),
    ("description", QT_TRANSLATE_NOOP("RiskTab", "Risk"), "text"),
    ("inherent", QT_TRANSLATE_NOOP("RiskTab", "Inherent L×S"), "text"),
    ("residual_level", QT_TRANSLATE_NOOP("RiskTab", "Residual level"), "label"),
    ("owner", QT_TRANSLATE_NOOP("RiskTab", "Owner"), "text"),
    ("status_label", QT_TRANSLATE_NOOP("RiskTab", "Status"), "text"),
    ("decision_label", QT_TRANSLATE_NOOP("RiskTab", "Decision"), "text"),
    ("next_review_text", QT_TRANSLATE_NOOP("RiskTab", "Next review"), "text"),
]


class RiskTab(_Tab):
    """The supplier's register and its editor."""

    context_name = "RiskTab"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.frame = pd.DataFrame()
        self.editor = RiskEditor()
        self.editor.setVisible(False)
        self.editor.saved.connect(self._save)
        self.editor.decided.connect(self._decide)
        self.editor.cancelled.connect(lambda: self.editor.setVisible(False))
        layout = self.layout()
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setSizes([600, 440])
        layout.insertWidget(0, split, 1)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("addRisk")
        self.add_button.clicked.connect(self.new_risk)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.buttons.addWidget(button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add risk"))
        self.edit_button.setText(self.tr("Review / edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.editor.retranslate_ui()

    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        frame = pd.DataFrame(columns=[k for k, _t, _k in RISK_COLUMNS] + ["origin"])
        matrix = session.risk_matrix()
        self.message.setText("")
        if company_id is not None and session.is_open and matrix is not None:
            try:
                frame = risk_rows(session.project.conn, matrix, company_id, lang)
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                self.message.setText(error_text(exc, lang))
        self.frame = frame
        levels = {lv.name: lv.label(lang) for lv in matrix.levels} if matrix else {}
        colours = {lv.name: lv.colour for lv in matrix.levels} if matrix else {}
        self.model.set_frame(frame, self._columns(RISK_COLUMNS, lambda v: levels.get(v, str(v)), colours))
        self._fit()
        self.add_button.setEnabled(company_id is not None and matrix is not None)
        if not self.editor.isHidden() and matrix is not None:    # reopened on the new data / language
            risk = self.editor.risk
            current = self._risk(risk.risk_id) if risk is not None else None
            if risk is not None and current is None:
                self.editor.setVisible(False)
            else:
                row = frame[frame["risk_id"] == risk.risk_id] if risk is not None else frame.iloc[0:0]
                self.editor.load(current, matrix, lang,
                                 row.iloc[0]["description"] if len(row) else "")
        if not self.message.text():
            self.message.setText(self.tr("%1 risks").replace("%1", str(len(frame))))

    # -- editing ------------------------------------------------------------------------------
    def _risk(self, risk_id: str):
        from core.risk.register import frame_to_risks
        mine = self.frame[self.frame["risk_id"] == risk_id] if len(self.frame) else self.frame
        return frame_to_risks(mine)[0] if len(mine) else None

    def new_risk(self) -> None:
        self.editor.load(None, self.context.session.risk_matrix(), self.context.language)
        self.editor.setVisible(True)

    def edit_selected(self) -> None:
        row = self._selected()
        risk = self._risk(row["risk_id"]) if row else None
        if risk is None:
            return
        self.editor.load(risk, self.context.session.risk_matrix(), self.context.language,
                         row.get("description") or "")
        self.editor.setVisible(True)

    def _push(self, build) -> bool:
        try:
            edit = build(self.context.session.project.conn)
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.message.setText(error_text(exc, self.context.language))
            return False
        if edit.is_empty:
            return False
        ok = self.context.edits.push_edit(edit)
        if ok:
            self.editor.setVisible(False)
        return ok

    def _save(self, values: dict) -> None:
        from core.risk.edits import add_risk, set_risk
        company, risk, today = self.company, self.editor.risk, date.today()
        who = self.context.consultant()
        if risk is None:
            v = dict(values)
            self._push(lambda conn: add_risk(
                conn, company, v.pop("category"), v.pop("inherent_likelihood"),
                v.pop("inherent_severity"), today, description=v["description"], owner=v["owner"],
                controls=v["controls"], residual_likelihood=v["residual_likelihood"],
                residual_severity=v["residual_severity"], next_review=v["next_review"], by=who))
            return
        changes = _changed(risk, values)
        self._push(lambda conn: set_risk(conn, risk.risk_id, today, company_id=company, by=who,
                                         **changes))

    def _decide(self, decision: str, reason: str) -> None:
        from core.risk.edits import set_risk
        risk, company = self.editor.risk, self.company
        if risk is None:
            return
        changes = _changed(risk, self.editor.values()) if decision == "accept" else {}
        self._push(lambda conn: set_risk(conn, risk.risk_id, date.today(), company_id=company,
                                         decision=decision, reason=reason or None,
                                         by=self.context.consultant(), **changes))

    def delete_selected(self) -> None:
        from core.risk.edits import delete_risk
        row = self._selected()
        if row is None or row.get("origin") != "manual":
            self.message.setText(self.tr("Only hand-entered risks can be deleted; dismiss a derived one."))
            return
        company = self.company
        self._push(lambda conn: delete_risk(conn, company, row["risk_id"]))

    def smoke_states(self):
        def editor() -> None:
            if len(self.frame):
                self.table.selectRow(0)
                self.edit_selected()
            else:
                self.new_risk()
        return [("risk_editor", editor)]


def _changed(risk, values: dict) -> dict:
    """The editor's values that differ from ``risk`` (controls compared as lines)."""
    current = {"category": risk.category, "description": risk.description,
               "inherent_likelihood": risk.inherent_likelihood, "inherent_severity": risk.inherent_severity,
               "residual_likelihood": risk.residual_likelihood, "residual_severity": risk.residual_severity,
               "controls": list(risk.controls), "owner": risk.owner, "status": risk.status,
               "next_review": risk.next_review}
    out = {k: v for k, v in values.items() if v != current.get(k) and not (
        v in (None, "", []) and current.get(k) in (None, "", []))}
    if risk.origin == "derived":
        out.pop("description", None)
        out.pop("category", None)
    return out


def risk_rows(conn, matrix, company_id: str, language: str) -> pd.DataFrame:
    """The company's register as the tab lists it: labels in ``language``, derived texts with
    the area's label and local numbers."""
    from core.risk.classify import classify_risks
    from core.risk.messages import label
    from core.risk.rules import describe
    from core.risk.store import area_labels, effective_register, item_labels, project_rules
    register, _base = effective_register(conn, matrix=matrix)
    mine = register[register["company_id"] == company_id]
    if mine.empty:
        return pd.DataFrame(columns=[k for k, _t, _k in RISK_COLUMNS] + ["origin"])
    out = classify_risks(mine, matrix).reset_index(drop=True)
    rules, areas, items = project_rules(conn), area_labels(conn, language), item_labels(conn, language)
    out["category_label"] = [label("category", c, language) for c in out["category"]]
    out["status_label"] = [label("status", s, language) for s in out["status"]]
    out["decision_label"] = [label("decision", d if isinstance(d, str) and d else "pending", language)
                             if o == "derived" else "" for d, o in zip(out["decision"], out["origin"])]
    out["description"] = [d if isinstance(d, str) and d else
                          (describe(rules.rule(rec.get("rule_id") or ""), rec, language, areas, items)
                           if rec.get("origin") == "derived" else "")
                          for d, rec in zip(out["description"], out.to_dict("records"))]
    out["owner"] = [o if isinstance(o, str) else "" for o in out["owner"]]
    out["inherent"] = [f"{int(li)} × {int(si)}" for li, si in
                       zip(out["inherent_likelihood"], out["inherent_severity"])]
    out["next_review_text"] = [_date_text(v) for v in out["next_review"]]
    return out
