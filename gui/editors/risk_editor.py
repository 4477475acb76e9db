"""The risk editor of the Risks tab: a hand-entered risk (category, description, likelihood,
severity, owner), its controls and residual rating, the next review date (its default from the
residual level's review interval is shown), and accept / dismiss of a derived risk with a reason."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from gui.editors.fields import add_rows, date_box, day_of, fill_combo, follow_locale, set_day


class RiskEditor(QGroupBox):
    """``saved(values)`` for a new or edited risk; ``decided(decision, reason)`` for a derived one."""

    saved = Signal(dict)
    decided = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("riskEditor")
        self.risk = None                 # core.risk.register.Risk, None: new
        self.matrix = None
        self.language = "en"
        self.category = QComboBox()
        self.description = QLineEdit()
        self.owner = QLineEdit()
        self.likelihood, self.severity = QSpinBox(), QSpinBox()
        self.residual_l, self.residual_s = QSpinBox(), QSpinBox()
        for box in (self.residual_l, self.residual_s):
            box.setSpecialValueText("=")          # 0: same as inherent
        for box in (self.likelihood, self.severity, self.residual_l, self.residual_s):
            box.valueChanged.connect(lambda _v: self._show_levels())
        self.inherent_level, self.residual_level = QLabel(), QLabel()
        for widget in (self.inherent_level, self.residual_level):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.controls = QPlainTextEdit()
        self.controls.setMaximumHeight(60)
        self.status = QComboBox()
        self.review = date_box()
        self.review_hint = QLabel()
        self.reason = QLineEdit()
        self.save, self.accept_button, self.dismiss_button = QPushButton(), QPushButton(), QPushButton()
        self.cancel = QPushButton()
        self.save.setObjectName("saveRisk")
        self.save.clicked.connect(lambda: self.saved.emit(self.values()))
        self.accept_button.clicked.connect(lambda: self.decided.emit("accept", self.reason.text().strip()))
        self.dismiss_button.clicked.connect(lambda: self.decided.emit("dismiss", self.reason.text().strip()))
        self.cancel.clicked.connect(self.cancelled.emit)
        inherent = QHBoxLayout()
        inherent.addWidget(self.likelihood)
        inherent.addWidget(QLabel("×"))
        inherent.addWidget(self.severity)
        inherent.addWidget(self.inherent_level)
        inherent.addStretch(1)
        residual = QHBoxLayout()
        residual.addWidget(self.residual_l)
        residual.addWidget(QLabel("×"))
        residual.addWidget(self.residual_s)
        residual.addWidget(self.residual_level)
        residual.addStretch(1)
        review = QHBoxLayout()
        review.addWidget(self.review)
        review.addWidget(self.review_hint, 1)
        self.form = QFormLayout()
        self.rows = [("Category", self.category), ("Description", self.description),
                     ("Inherent L × S", inherent), ("Controls", self.controls),
                     ("Residual L × S", residual), ("Owner", self.owner), ("Status", self.status),
                     ("Next review", review), ("Reason", self.reason)]
        self.labels = add_rows(self.form, self.rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"Category": self.tr("Category"), "Description": self.tr("Description"),
                 "Inherent L × S": self.tr("Inherent L × S"), "Controls": self.tr("Controls (one per line)"),
                 "Residual L × S": self.tr("Residual L × S"), "Owner": self.tr("Owner"),
                 "Status": self.tr("Status"), "Next review": self.tr("Next review"),
                 "Reason": self.tr("Reason (accept / dismiss)")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.save.setText(self.tr("Save risk"))
        self.accept_button.setText(self.tr("Accept"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.cancel.setText(self.tr("Cancel"))
        if self.risk is None:
            self.setTitle(self.tr("New risk"))
        else:
            self.setTitle(self.tr("Risk %1").replace("%1", self.risk.risk_id))
        self._show_levels()

    def load(self, risk, matrix, language: str, description: str = "") -> None:
        """Show ``risk`` (None: a new hand-entered one) on ``matrix``."""
        from core.risk.messages import label
        from core.risk.register import CATEGORIES, STATUSES
        self.risk, self.matrix, self.language = risk, matrix, language
        n_l, n_s = matrix.size
        for box, top in ((self.likelihood, n_l), (self.severity, n_s)):
            box.setRange(1, top)
        for box, top in ((self.residual_l, n_l), (self.residual_s, n_s)):
            box.setRange(0, top)
        fill_combo(self.category, [(label("category", c, language), c) for c in CATEGORIES],
                   risk.category if risk else "quality")
        fill_combo(self.status, [(label("status", s, language), s) for s in STATUSES],
                   risk.status if risk else "open")
        self.description.setText(description or (risk.description if risk else ""))
        self.owner.setText(risk.owner if risk else "")
        self.likelihood.setValue(risk.inherent_likelihood if risk else (n_l + 1) // 2)
        self.severity.setValue(risk.inherent_severity if risk else (n_s + 1) // 2)
        self.residual_l.setValue(risk.residual_likelihood or 0 if risk else 0)
        self.residual_s.setValue(risk.residual_severity or 0 if risk else 0)
        self.controls.setPlainText("\n".join(risk.controls) if risk else "")
        set_day(self.review, risk.next_review if risk else None)
        self.reason.clear()
        follow_locale(self)
        derived = risk is not None and risk.origin == "derived"
        for widget in (self.accept_button, self.dismiss_button, self.reason):
            widget.setVisible(derived)
        self.form.setRowVisible(len(self.rows) - 1, derived)
        for widget in (self.category, self.description):
            widget.setEnabled(not derived)
        self.retranslate_ui()

    def _residual(self) -> tuple[int, int]:
        return (self.residual_l.value() or self.likelihood.value(),
                self.residual_s.value() or self.severity.value())

    def default_review(self, today: date | None = None) -> date | None:
        """Today plus the review interval of the residual level (what an empty date becomes)."""
        if self.matrix is None:
            return None
        level = self.matrix.level(*self._residual())
        return (today or date.today()) + timedelta(days=level.review_days)

    def _show_levels(self) -> None:
        if self.matrix is None:
            return
        try:
            inherent = self.matrix.level(self.likelihood.value(), self.severity.value())
            residual = self.matrix.level(*self._residual())
        except (IndexError, ValueError):
            return
        for widget, level in ((self.inherent_level, inherent), (self.residual_level, residual)):
            widget.setText(f" {level.label(self.language)} ")
            widget.setStyleSheet(f"background:{level.colour}; border-radius:3px;")
        default = self.default_review()
        self.review_hint.setText(self.tr("empty: %1 (%2 days, level %3)")
                                 .replace("%1", default.isoformat())
                                 .replace("%2", str(residual.review_days))
                                 .replace("%3", residual.label(self.language)))

    def values(self) -> dict:
        """The editor's values: category, description, inherent / residual (None: = inherent),
        controls (lines), owner, status, next_review (None: the level's default)."""
        return {"category": self.category.currentData(), "description": self.description.text().strip(),
                "inherent_likelihood": self.likelihood.value(), "inherent_severity": self.severity.value(),
                "residual_likelihood": self.residual_l.value() or None,
                "residual_severity": self.residual_s.value() or None,
                "controls": [c.strip() for c in self.controls.toPlainText().splitlines() if c.strip()],
                "owner": self.owner.text().strip(), "status": self.status.currentData(),
                "next_review": day_of(self.review)}
