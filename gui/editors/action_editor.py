"""The action editor of the Plan tab: every field of one action, the co-financing split (default
75 / 25 / 0 %, must add up to 100 %) and the date a progress change is true on."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from gui.editors.fields import add_rows, date_box, day_of, fill_combo, follow_locale, number_box, set_day

STATUS_CODES = ("not_started", "in_progress", "done", "blocked", "cancelled")
DEFAULT_SHARES = (75.0, 25.0, 0.0)


class ActionEditor(QGroupBox):
    """Edits one action (or a new one); ``saved`` carries the model fields that changed."""

    saved = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.action = None
        self.language = "en"
        self.title = QLineEdit()
        self.title.setObjectName("actionTitle")
        self.item = QComboBox()
        self.owner = QLineEdit()
        self.start, self.due = date_box(), date_box()
        self.status = QComboBox()
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.as_of = date_box(optional=False)
        self.budget = number_box()
        self.shares = [number_box(0, 100, 1, " %") for _ in range(3)]
        for box in self.shares:
            box.valueChanged.connect(lambda _v: self._check_shares())
        self.share_total = QLabel()
        self.kpi = QComboBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(56)
        self.save = QPushButton()
        self.save.setObjectName("saveAction")
        self.cancel = QPushButton()
        self.save.clicked.connect(self._save)
        self.cancel.clicked.connect(self.cancelled.emit)
        form = QFormLayout()
        self.form = form
        shares = QHBoxLayout()
        for box in self.shares:
            shares.addWidget(box)
        shares.addWidget(self.share_total)
        progress = QHBoxLayout()
        progress.addWidget(self.percent)
        self.as_of_label = QLabel()
        progress.addWidget(self.as_of_label)
        progress.addWidget(self.as_of, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        self.arrow = QLabel("→")
        dates.addWidget(self.arrow)
        dates.addWidget(self.due)
        self.rows = [("Title", self.title), ("Item", self.item), ("Owner", self.owner),
                     ("Start → due", dates), ("Status", self.status), ("Progress", progress),
                     ("Budget", self.budget), ("Programme / buyer / supplier", shares),
                     ("KPI", self.kpi), ("Notes", self.notes)]
        self.labels = add_rows(form, self.rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"Title": self.tr("Title"), "Item": self.tr("Item"), "Owner": self.tr("Owner"),
                 "Start → due": self.tr("Start → due"), "Status": self.tr("Status"),
                 "Progress": self.tr("Progress"), "Budget": self.tr("Budget"),
                 "Programme / buyer / supplier": self.tr("Programme / buyer / supplier"),
                 "KPI": self.tr("KPI"), "Notes": self.tr("Notes")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.as_of_label.setText(self.tr("as of"))
        self.save.setText(self.tr("Save action"))
        self.cancel.setText(self.tr("Cancel"))
        self.setTitle(self.tr("New action") if self.action is None
                      else self.tr("Action %1").replace("%1", self.action.id))
        self._check_shares()

    def load(self, action, plan, toolkit, language: str) -> None:
        """Show ``action`` (None: a new one with the default split) of ``plan``."""
        from core.plans.messages import status_label
        self.action, self.language = action, language
        fill_combo(self.status, [(status_label(s, language), s) for s in STATUS_CODES],
                   action.status if action else "not_started")
        items = [("—", None)]
        if toolkit is not None:
            items += [(f"{it.name} — {it.label(language)}", it.name) for it in toolkit.scored_items]
        fill_combo(self.item, items, (action.items or [None])[0] if action else None)
        kpis = [("—", None)] + [(f"{k.id} {k.name}", k.id) for k in (plan.kpis if plan else [])]
        fill_combo(self.kpi, kpis, action.kpi_id if action else None)
        self.title.setText(action.title if action else "")
        self.title.setCursorPosition(0)
        self.owner.setText((action.owner or "") if action else "")
        set_day(self.start, action.start if action else None)
        set_day(self.due, action.due if action else None)
        self.percent.setValue(int(round(action.percent)) if action else 0)
        set_day(self.as_of, date.today())
        self.budget.setValue(action.budget or 0.0 if action else 0.0)
        values = DEFAULT_SHARES
        if action is not None and all(getattr(action, s) is not None for s in
                                      ("programme_share", "buyer_share", "supplier_share")):
            values = (action.programme_share * 100, action.buyer_share * 100, action.supplier_share * 100)
        for box, value in zip(self.shares, values):
            box.setValue(value)
        self.notes.setPlainText(action.notes if action else "")
        follow_locale(self)
        self.retranslate_ui()

    def _check_shares(self) -> bool:
        total = sum(box.value() for box in self.shares)
        ok = abs(total - 100.0) < 0.05
        self.share_total.setText(("= " if ok else "≠ ") + QLocale().toString(total, "f", 1) + " %")
        self.share_total.setStyleSheet("" if ok else "color: #c0392b; font-weight: bold;")
        self.save.setEnabled(ok)
        return ok

    def values(self) -> dict:
        """Every field as model attributes (co-financing shares as fractions)."""
        item = self.item.currentData()
        return {"title": self.title.text().strip(), "items": [item] if item else [],
                "owner": self.owner.text().strip() or None, "start": day_of(self.start),
                "due": day_of(self.due), "status": self.status.currentData(),
                "percent": float(self.percent.value()), "budget": self.budget.value() or None,
                "programme_share": self.shares[0].value() / 100.0,
                "buyer_share": self.shares[1].value() / 100.0,
                "supplier_share": self.shares[2].value() / 100.0,
                "kpi_id": self.kpi.currentData(), "notes": self.notes.toPlainText()}

    def changes(self) -> dict:
        """Only the fields that differ from the action loaded (all of them for a new one)."""
        values = self.values()
        if self.action is None:
            return values
        out = {}
        for key, value in values.items():
            old = getattr(self.action, key)
            if isinstance(value, float) and isinstance(old, (int, float)):
                if abs(value - old) > 1e-9:
                    out[key] = value
            elif value != old and not (value in (None, "", []) and old in (None, "", [])):
                out[key] = value
        return out

    def as_of_day(self) -> date:
        return day_of(self.as_of) or date.today()

    def _save(self) -> None:
        if self._check_shares():
            self.saved.emit(self.changes())
