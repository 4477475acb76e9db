"""The company view's Plan tab: draft the plan from the diagnosis, add / edit / delete / reorder
actions, agree the plan (date and signatories). Every change is a core edit pushed on the
programme's undo stack (core.plans.edits builds it; this page only collects values)."""
from __future__ import annotations

from datetime import date

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
)

from gui.editors.action_editor import ActionEditor
from gui.editors.fields import date_box, day_of
from gui.views.company_tabs import _date_text, _Tab
from gui.workers import error_text

ACTION_COLUMNS = [
    ("id", QT_TRANSLATE_NOOP("PlanTab", "Id"), "text"),
    ("title", QT_TRANSLATE_NOOP("PlanTab", "Action"), "text"),
    ("owner", QT_TRANSLATE_NOOP("PlanTab", "Owner"), "text"),
    ("start", QT_TRANSLATE_NOOP("PlanTab", "Start"), "text"),
    ("due", QT_TRANSLATE_NOOP("PlanTab", "Due"), "text"),
    ("status_label", QT_TRANSLATE_NOOP("PlanTab", "Status"), "text"),
    ("percent", QT_TRANSLATE_NOOP("PlanTab", "Done"), "percent"),
    ("budget", QT_TRANSLATE_NOOP("PlanTab", "Budget"), "number"),
]


class PlanTab(_Tab):
    """The supplier's improvement plan with its editor."""

    context_name = "PlanTab"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.plan = None
        self.toolkit = None
        self.status_line = QLabel()
        self.status_line.setObjectName("planStatus")
        self.status_line.setWordWrap(True)
        self.editor = ActionEditor()
        self.editor.saved.connect(self._save)
        self.editor.cancelled.connect(lambda: self.editor.setVisible(False))
        self.editor.setVisible(False)
        layout = self.layout()
        layout.removeWidget(self.table)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        split.setSizes([620, 420])
        layout.insertWidget(0, self.status_line)
        layout.insertWidget(1, split, 1)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.draft_button, self.add_button, self.edit_button = QPushButton(), QPushButton(), QPushButton()
        self.delete_button, self.up_button, self.down_button = QPushButton(), QPushButton(), QPushButton()
        self.agree_button = QPushButton()
        self.draft_button.setObjectName("draftPlan")
        self.agree_button.setObjectName("agreePlan")
        self.draft_button.clicked.connect(self.draft)
        self.add_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.agree_button.clicked.connect(self._agree_dialog)
        for button in (self.draft_button, self.add_button, self.edit_button, self.delete_button,
                       self.up_button, self.down_button, self.agree_button):
            self.buttons.addWidget(button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.draft_button.setText(self.tr("Draft from diagnosis"))
        self.add_button.setText(self.tr("Add action"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.agree_button.setText(self.tr("Agree plan…"))
        self.editor.retranslate_ui()

    # -- showing ------------------------------------------------------------------------------
    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session, lang = self.context.session, self.context.language
        self.plan = self.toolkit = None
        if company_id is not None and session.is_open:
            try:
                from core.plans.store import load_plan
                self.plan = load_plan(session.project.conn, company_id)
                self.toolkit = _company_toolkit(session, company_id)
            except Exception as exc:  # noqa: BLE001 - shown, not raised
                self.message.setText(error_text(exc, lang))
        rows = []
        if self.plan is not None:
            from core.plans.messages import status_label
            rows = [{"id": a.id, "title": a.title, "owner": a.owner or "", "start": _date_text(a.start),
                     "due": _date_text(a.due), "status": a.status,
                     "status_label": status_label(a.status, lang), "percent": a.effective_percent / 100.0,
                     "budget": a.budget} for a in self.plan.actions]
        frame = pd.DataFrame(rows, columns=["id", "title", "owner", "start", "due", "status",
                                            "status_label", "percent", "budget"])
        self.model.set_frame(frame, self._columns(ACTION_COLUMNS))
        self._fit()
        has_plan = self.plan is not None and bool(self.plan.actions)
        self.draft_button.setEnabled(company_id is not None and not has_plan)
        self.add_button.setEnabled(company_id is not None)
        for button in (self.edit_button, self.delete_button, self.up_button, self.down_button,
                       self.agree_button):
            button.setEnabled(has_plan)
        self.status_line.setText(self._status_text())
        self.status_line.setToolTip(self._history_text())
        self.message.setText(self.tr("No improvement plan yet.") if self.plan is None else
                             self.tr("%1 actions").replace("%1", str(len(rows))))
        if not self.editor.isHidden():            # reopened on the new data / language
            action = self.editor.action
            current = self._action(action.id) if action is not None else None
            if action is not None and current is None:
                self.editor.setVisible(False)
            else:
                self.editor.load(current, self.plan, self.toolkit, lang)

    def _status_text(self) -> str:
        plan = self.plan
        if plan is None:
            return self.tr("No plan: draft one from the diagnosis or add actions.")
        if plan.status != "agreed":
            return self.tr("Draft plan (to be agreed with the buyer and the supplier).")
        names = ", ".join(v for v in (plan.signatories.get("buyer"), plan.signatories.get("supplier"),
                                      plan.signatories.get("consultant")) if v) or "—"
        return (self.tr("Agreed on %1 by %2; revision %3.").replace("%1", _date_text(plan.agreed_on))
                .replace("%2", names).replace("%3", str(plan.revision)))

    def _history_text(self) -> str:
        """The plan's revisions, one per line (date, revision, what changed) for the tooltip."""
        if self.plan is None or not self.context.session.is_open:
            return ""
        from core import catalogue
        from core.plans.document import revisions
        lang = self.context.language
        lines = []
        for r in revisions(self.context.session.project.conn, self.company):
            subject = r["subject"] or ""
            try:
                what = catalogue.text(r["change"], lang, action=subject, kpi=subject,
                                      company=self.company, date=r["date"])
            except (KeyError, IndexError, ValueError):
                what = r["change"]
            number = self.tr("revision %1").replace("%1", str(r["revision"]))
            lines.append(f"{r['date']}  {number}: {what}")
        return "\n".join(lines)

    def _action(self, action_id: str):
        return next((a for a in (self.plan.actions if self.plan else []) if a.id == action_id), None)

    def select_action(self, action_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data() == action_id:
                self.table.selectRow(row)
                return

    # -- editing ------------------------------------------------------------------------------
    def _push(self, build) -> bool:
        """Build an edit with core and push it; a refused value is shown, nothing changes."""
        try:
            edit = build(self.context.session.project.conn)
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.message.setText(error_text(exc, self.context.language))
            return False
        if edit.is_empty:
            return False
        return self.context.edits.push_edit(edit)

    def draft(self) -> bool:
        """Save the proposal of the diagnosis as a draft plan."""
        from core.plans.edits import draft_plans
        company, lang = self.company, self.context.language
        return self._push(lambda conn: draft_plans(conn, [company], date.today(), language=lang)[0])

    def new_action(self) -> None:
        self.editor.load(None, self.plan, self.toolkit, self.context.language)
        self.editor.setVisible(True)
        self.editor.title.setFocus()

    def edit_selected(self) -> None:
        row = self._selected()
        action = self._action(row["id"]) if row else None
        if action is None:
            return
        self.editor.load(action, self.plan, self.toolkit, self.context.language)
        self.editor.setVisible(True)

    def _save(self, changes: dict) -> None:
        from core.plans.edits import add_action, set_action
        company, action = self.company, self.editor.action
        if "items" in changes and self.toolkit is not None and changes["items"]:
            item = changes["items"][0]
            if self.toolkit.has_item(item):
                changes.setdefault("area", self.toolkit.item(item).area)
        if action is None:
            fields = dict(changes)
            title = fields.pop("title", "")
            as_of = self.editor.as_of_day()
            ok = self._push(lambda conn: add_action(conn, company, title, as_of, **fields))
        else:
            as_of = self.editor.as_of_day()
            ok = self._push(lambda conn: set_action(conn, company, action.id, as_of, **changes))
        if ok:
            self.editor.setVisible(False)

    def delete_selected(self) -> None:
        from core.plans.edits import delete_action
        row = self._selected()
        if row is not None:
            company = self.company
            self._push(lambda conn: delete_action(conn, company, row["id"], date.today()))

    def move_selected(self, step: int) -> None:
        from core.plans.edits import move_action
        row = self._selected()
        if row is not None:
            company = self.company
            if self._push(lambda conn: move_action(conn, company, row["id"], step, date.today())):
                self.select_action(row["id"])

    def agree(self, on: date, buyer: str, supplier: str, consultant: str) -> bool:
        """Record the agreement: date, who signed; freezes the burn-up's baseline."""
        from core.plans.edits import agree_plan
        company = self.company
        return self._push(lambda conn: agree_plan(conn, company, on, buyer, supplier, consultant))

    def _agree_dialog(self) -> None:
        dialog = AgreeDialog(self.context.consultant() or "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.agree(*dialog.values())

    def smoke_states(self):
        def editor() -> None:
            if self.plan is not None and self.plan.actions:
                self.table.selectRow(0)
                self.edit_selected()
        return [("plan_editor", editor)]


class AgreeDialog(QDialog):
    """Agreement date and who signed for the buyer, the supplier and the programme."""

    def __init__(self, consultant: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agree plan"))
        self.on = date_box(optional=False)
        self.buyer, self.supplier, self.consultant = QLineEdit(), QLineEdit(), QLineEdit(consultant)
        form = QFormLayout(self)
        form.addRow(self.tr("Agreement date"), self.on)
        form.addRow(self.tr("Signed for the buyer"), self.buyer)
        form.addRow(self.tr("Signed for the supplier"), self.supplier)
        form.addRow(self.tr("Consultant"), self.consultant)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[date, str, str, str]:
        return (day_of(self.on) or date.today(), self.buyer.text().strip(),
                self.supplier.text().strip(), self.consultant.text().strip())


def _company_toolkit(session, company_id: str):
    """The toolkit of the company's latest diagnosis (item labels for the editor), or None."""
    frame = session.companies()
    if frame.empty or "company_id" not in frame:
        return None
    row = frame[frame["company_id"] == company_id]
    if row.empty or "toolkit_id" not in row or pd.isna(row.iloc[0].get("toolkit_id")):
        return None
    sha = row.iloc[0].get("toolkit_sha256") if "toolkit_sha256" in row else None
    return session.toolkit(row.iloc[0]["toolkit_id"], sha if isinstance(sha, str) else None)
