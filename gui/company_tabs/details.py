"""The company details tab: the editable company record (legal and trade name, tax id, sector,
region, employees, sales, women-led, jobs...), the size class computed live with its rule, and
the company's audit log. Each field saved is one edit on the undo stack."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from gui.company_tabs import CompanyTabSpec
from gui.setup_edits import push
from gui.widgets.audit_table import AuditTable

TEXT_FIELDS = ("name", "legal_name", "trade_name", "tax_id", "sector", "region", "municipality",
               "contact", "employees", "sales", "founded", "jobs_women", "jobs_men",
               "largest_client_share", "consultant")


class DetailsTab(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.company: str | None = None
        self.record: dict | None = None
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        form_box = QGroupBox()
        form = QFormLayout(form_box)
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.editingFinished.connect(lambda n=name: self._save(n, self.edits[n].text()))
            self.edits[name] = edit
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], edit)
            if name == "founded":
                self.women_led = QComboBox()
                self.women_led.setObjectName("field_women_led")
                self.women_led.activated.connect(lambda _i: self._save(
                    "women_led", self.women_led.currentData() or ""))
                self.labels["women_led"] = QLabel()
                form.addRow(self.labels["women_led"], self.women_led)
        self.items = QLineEdit()
        self.items.setObjectName("field_supplied_items")
        self.items.editingFinished.connect(self._save_items)
        self.items_label = QLabel()
        form.addRow(self.items_label, self.items)
        self.form_box = form_box
        self.size = QLabel()
        self.size.setObjectName("sizeClass")
        self.size.setWordWrap(True)
        self.size.setStyleSheet("font-weight: 600;")
        self.rule = QLabel()
        self.rule.setObjectName("sizeRule")
        self.rule.setWordWrap(True)
        self.chains = QLabel()
        self.chains.setWordWrap(True)
        side = QGroupBox()
        self.side = side
        side_layout = QVBoxLayout(side)
        for w in (self.size, self.rule, self.chains):
            side_layout.addWidget(w)
        side_layout.addStretch(1)
        self.audit = AuditTable()
        self.audit.setMinimumHeight(140)
        self.audit_box = QGroupBox()
        QVBoxLayout(self.audit_box).addWidget(self.audit)
        inner = QWidget()
        row = QHBoxLayout()
        row.addWidget(form_box, 3)
        row.addWidget(side, 2)
        body = QVBoxLayout(inner)
        body.addLayout(row)
        body.addWidget(self.audit_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        context.session.changed.connect(lambda: self.show_company(self.company))
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        from core import catalogue
        language = self.context.language
        for name, label in self.labels.items():
            label.setText(catalogue.text(f"setup.field_{name}", language))
        self.women_led.clear()
        self.women_led.addItem("—", "")
        self.women_led.addItem(catalogue.text("setup.yes", language), "yes")
        self.women_led.addItem(catalogue.text("setup.no", language), "no")
        self.items_label.setText(self.tr("Supplied items (item: criticality 1-5; …)"))
        self.form_box.setTitle(self.tr("Company record"))
        self.side.setTitle(self.tr("Size class"))
        self.audit_box.setTitle(self.tr("Changes (audit log)"))
        self.audit.retranslate()
        self.show_company(self.company)

    def show_company(self, company_id) -> None:
        """Fill the form from the core's record of ``company_id`` (None: empty)."""
        self.company = company_id
        session = self.context.session
        self.record = None
        if session.is_open and company_id is not None:
            from core.errors import UserInputError
            from core.setup.companies import company_record
            try:
                self.record = company_record(session.project.conn, str(company_id))
            except UserInputError:
                self.record = None
        self.setEnabled(self.record is not None)
        record = self.record or {}
        from core.setup.show import value_text
        language = self.context.language
        for name, edit in self.edits.items():
            value = record.get(name)
            edit.setText("" if value is None else value_text(name, value, language)
                         if name in ("largest_client_share",) else str(_plain(value)))
        from core.setup.companies import items_text
        self.items.setText(items_text(record.get("supplied_items", [])))
        women = record.get("women_led")
        self.women_led.setCurrentIndex(0 if women is None else (1 if women else 2))
        from core import catalogue
        size = record.get("size_class")
        self.size.setText(self.tr("Size class: %1").replace(
            "%1", catalogue.label(f"setup.size_{size}", language) if size else "—"))
        from core.setup.companies import rule_text
        self.rule.setText(self.tr("Rule: %1").replace("%1", rule_text(record, language)
                                                      if record else "—"))
        chains = ", ".join(f"{c['chain']} ({catalogue.label('setup.role_' + c['role'], language, c['role'])})"
                           for c in record.get("chains", [])) or "—"
        history = ""
        if self.record is not None:
            from core.setup.info import membership_history
            events = membership_history(session.project.conn, company_id=str(company_id))
            history = "\n".join(f"{e['at'][:10]}  {self.tr('joined') if e['event'] == 'joined' else self.tr('left')}"
                                f"  {e['chain']}" for e in events)
        self.chains.setText(self.tr("Value chains: %1").replace("%1", chains)
                            + ("\n" + self.tr("Membership history:") + "\n" + history if history else ""))
        self.audit.show_entries(session.project.conn if session.is_open else None, "company",
                                str(company_id) if company_id is not None else None, language)

    def _save_items(self) -> None:
        if self.record is None:
            return
        from core.setup.companies import items_text, parse_supplied_items, set_supplied_items
        if self.items.text().strip() == items_text(self.record.get("supplied_items", [])):
            return
        company, text = self.company, self.items.text()
        if not push(self.context, self, lambda conn: set_supplied_items(
                conn, company, parse_supplied_items(text))):
            self.show_company(company)

    def _save(self, field: str, text: str) -> None:
        if self.record is None:
            return
        current = self.record.get(field)
        shown = "" if current is None else str(_plain(current))
        if field == "largest_client_share" and current is not None:
            from core.setup.show import value_text
            shown = value_text(field, current, self.context.language)
        if field == "women_led":
            shown = "" if current is None else ("yes" if current else "no")
        if text.strip() == shown:
            return
        from core.setup.companies import set_company
        company = self.company
        if not push(self.context, self, lambda conn: set_company(conn, company, {field: text})):
            self.show_company(company)      # refused: show the stored value again


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


TAB = CompanyTabSpec("details", QT_TRANSLATE_NOOP("CompanyTabs", "Company record"), DetailsTab,
                     order=10)
