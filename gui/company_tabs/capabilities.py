"""The company view's Capabilities tab: the supplier's capability profile for the directory and
matchmaking — products, codes, processes, machinery, certifications, capacity, location, export
experience, verification date. The diagnosis facts come from the programme, never retyped."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QCompleter, QDateEdit, QFormLayout,
                               QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QTableView, QVBoxLayout,
                               QWidget)

from gui.company_tabs import CompanyTabSpec
from gui.models.rows_model import EditableRowsModel

MACHINE_COLUMNS = [("machine", QT_TRANSLATE_NOOP("Capabilities", "Machine")),
                   ("capacity", QT_TRANSLATE_NOOP("Capabilities", "Capacity")),
                   ("year", QT_TRANSLATE_NOOP("Capabilities", "Year"))]
CERT_COLUMNS = [("name", QT_TRANSLATE_NOOP("Capabilities", "Certification")),
                ("expires_on", QT_TRANSLATE_NOOP("Capabilities", "Expires (YYYY-MM-DD)"))]


def _lines(widget: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]


class CapabilitiesTab(QWidget):
    """Edit one supplier's capability profile; Save makes one undoable edit."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.company: str | None = None
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.stale = QLabel()
        self.stale.setStyleSheet("color:#9c0006;")
        self.products = QPlainTextEdit()
        self.processes = QPlainTextEdit()
        for edit in (self.products, self.processes):
            edit.setMaximumHeight(70)
        self.codes = QLineEdit()
        self.code_labels = QLabel()
        self.code_labels.setWordWrap(True)
        self.codes.textChanged.connect(self._show_code_labels)
        self.machines = EditableRowsModel(MACHINE_COLUMNS, "Capabilities", self)
        self.certs = EditableRowsModel(CERT_COLUMNS, "Capabilities", self)
        self.machine_view = self._table(self.machines)
        self.cert_view = self._table(self.certs)
        self.capacity = QLineEdit()
        self.region = QLineEdit()
        self.municipality = QLineEdit()
        self.exports = QCheckBox()
        self.markets = QLineEdit()
        self.verified = QDateEdit()
        self.verified.setCalendarPopup(True)
        self.verified.setSpecialValueText(" ")
        self.verified.setMinimumDate(QDate(1999, 12, 31))
        self.verified_today = QPushButton()
        self.verified_today.clicked.connect(lambda: self.verified.setDate(QDate.currentDate()))
        self.save = QPushButton()
        self.save.setObjectName("saveCapabilities")
        self.save.clicked.connect(self.save_profile)
        self.revert = QPushButton()
        self.revert.clicked.connect(lambda: self.show_company(self.company))
        self.buttons = {}
        for key, model, view in (("machine", self.machines, self.machine_view),
                                 ("cert", self.certs, self.cert_view)):
            add, remove = QPushButton(), QPushButton()
            add.clicked.connect(lambda _=False, m=model: m.insertRows(m.rowCount(), 1))
            remove.clicked.connect(lambda _=False, m=model, v=view: self._remove(m, v))
            self.buttons[key] = (add, remove)
        self.form = QFormLayout()
        self.form_labels = {}
        for key, widget in (("products", self.products), ("codes", self.codes),
                            ("code_labels", self.code_labels), ("processes", self.processes),
                            ("capacity", self.capacity), ("region", self.region),
                            ("municipality", self.municipality), ("exports", self.exports),
                            ("markets", self.markets)):
            label = QLabel()
            self.form_labels[key] = label
            self.form.addRow(label, widget)
        verified_row = QHBoxLayout()
        verified_row.addWidget(self.verified)
        verified_row.addWidget(self.verified_today)
        verified_row.addStretch(1)
        self.form_labels["verified"] = QLabel()
        self.form.addRow(self.form_labels["verified"], verified_row)
        lists = QGridLayout()
        self.machine_title, self.cert_title = QLabel(), QLabel()
        lists.addWidget(self.machine_title, 0, 0)
        lists.addWidget(self.cert_title, 0, 1)
        lists.addWidget(self.machine_view, 1, 0)
        lists.addWidget(self.cert_view, 1, 1)
        for col, key in enumerate(("machine", "cert")):
            row = QHBoxLayout()
            row.addWidget(self.buttons[key][0])
            row.addWidget(self.buttons[key][1])
            row.addStretch(1)
            lists.addLayout(row, 2, col)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.facts)
        body.addWidget(self.stale)
        body.addLayout(self.form)
        body.addLayout(lists)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.revert)
        actions.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        self.retranslate_ui()

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setMinimumHeight(110)
        return view

    @staticmethod
    def _remove(model, view) -> None:
        rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            model.removeRows(row, 1)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {"products": self.tr("Products and services\n(one per line)"),
                 "codes": self.tr("Classification codes"), "code_labels": "",
                 "processes": self.tr("Processes\n(one per line)"),
                 "capacity": self.tr("Monthly capacity"), "region": self.tr("Region"),
                 "municipality": self.tr("Municipality"), "exports": self.tr("Exports"),
                 "markets": self.tr("Export markets"), "verified": self.tr("Profile verified on")}
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.codes.setPlaceholderText(self.tr("e.g. 22, 2511 (separated by commas)"))
        self.exports.setText(self.tr("Has export experience"))
        self.verified_today.setText(self.tr("Verified today"))
        self.machine_title.setText(self.tr("Machinery inventory"))
        self.cert_title.setText(self.tr("Certifications held"))
        for add, remove in self.buttons.values():
            add.setText(self.tr("Add"))
            remove.setText(self.tr("Remove"))
        self.save.setText(self.tr("Save profile"))
        self.revert.setText(self.tr("Revert"))
        self.show_company(self.company)

    # -- showing -------------------------------------------------------------------------------
    def show_company(self, company_id: str | None) -> None:
        self.company = company_id
        session = self.context.session
        if company_id is None or not session.is_open:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        from core.directory.model import CapabilityProfile
        from core.directory.profiles import load_profile
        conn = session.project.conn
        profile = load_profile(conn, company_id) or CapabilityProfile(company_id)
        self.products.setPlainText("\n".join(profile.products))
        self.processes.setPlainText("\n".join(profile.processes))
        self.codes.setText(", ".join(profile.codes))
        self.machines.set_rows([vars(m) for m in profile.machines])
        self.certs.set_rows([vars(c) for c in profile.certifications])
        self.capacity.setText(profile.monthly_capacity or "")
        self.region.setText(profile.region or "")
        self.municipality.setText(profile.municipality or "")
        self.exports.setChecked(bool(profile.exports))
        self.markets.setText(profile.export_markets or "")
        self.verified.setDate(QDate.fromString(profile.verified_on, "yyyy-MM-dd")
                              if profile.verified_on else self.verified.minimumDate())
        self._show_facts(profile)
        self._show_code_labels()
        regions = sorted({r for (r,) in conn.execute(
            "SELECT DISTINCT region FROM capability_profiles WHERE region IS NOT NULL")})
        self.region.setCompleter(QCompleter(regions, self))

    def _show_facts(self, profile) -> None:
        from core.directory.service import labellers
        from core.directory.settings import load_settings
        from core.numbers import format_number
        conn = self.context.session.project.conn
        lang = self.context.language
        band_label, risk_label = labellers(conn, lang)
        row = conn.execute("SELECT latest_index, latest_band, latest_gaps FROM companies "
                           "WHERE id = ?", (profile.company_id,)).fetchone()
        index, band, gaps = row if row else (None, None, None)
        level = None
        register = self.context.session.risk_register() if hasattr(
            self.context.session, "risk_register") else None
        if register is not None:
            try:
                from core.risk.classify import classify_suppliers
                levels = classify_suppliers(register, self.context.session.risk_matrix(),
                                            [profile.company_id])
                level = levels["level"].iloc[0]
            except Exception:  # noqa: BLE001 - no register: the level stays unknown
                level = None
        parts = [self.tr("index %1").replace("%1", "—" if index is None
                                             else format_number(index, lang, 1)),
                 band_label(band) or "—",
                 self.tr("%n critical gap(s)", "", int(gaps or 0)),
                 self.tr("risk: %1").replace("%1", risk_label(level) if level
                                             else self.tr("no open risk"))]
        self.facts.setText("<b>" + self.tr("From the diagnosis:") + "</b> " + " · ".join(parts))
        months = load_settings(conn).stale_months
        stale = True
        if profile.verified_on:
            verified = date.fromisoformat(profile.verified_on)
            today = date.today()
            stale = (today.year - verified.year) * 12 + today.month - verified.month > months
        self.stale.setVisible(stale)
        if profile.uid:
            self.stale.setText(self.tr("This profile was not verified in the last %n month(s): "
                                       "check it with the supplier.", "", months))
        else:
            self.stale.setText(self.tr("No capability profile yet: fill it in with the supplier "
                                       "so that buyers can find it in the directory."))

    def _show_code_labels(self) -> None:
        session = self.context.session
        if not session.is_open:
            return
        from core.directory.classification import code_label
        labels = code_label(session.project.conn, self.context.language)
        codes = [c.strip() for c in self.codes.text().split(",") if c.strip()]
        shown = []
        for code in codes:
            name = labels.get(code) or labels.get(code[:2])
            shown.append(f"{code}: {name}" if name else f"{code}: ?")
        self.code_labels.setText("\n".join(shown))
        if not self.codes.completer():
            self.codes.setCompleter(QCompleter(sorted(labels), self))

    # -- saving --------------------------------------------------------------------------------
    def profile(self):
        """The profile as the form shows it."""
        from core.directory.model import CapabilityProfile, Certification, Machine
        from core.errors import UserInputError
        machines = []
        for r in self.machines.rows():
            year = r.get("year") or None
            if year is not None and not year.isdigit():
                raise UserInputError("directory.bad_year", value=year)
            machines.append(Machine(r["machine"], r.get("capacity") or None,
                                    int(year) if year else None))
        certs = [Certification(r["name"], r.get("expires_on") or None) for r in self.certs.rows()]
        verified = None if self.verified.date() == self.verified.minimumDate() \
            else self.verified.date().toString("yyyy-MM-dd")
        return CapabilityProfile(
            self.company, _lines(self.products),
            [c.strip() for c in self.codes.text().split(",") if c.strip()],
            _lines(self.processes), machines, certs, self.capacity.text().strip() or None,
            self.region.text().strip() or None, self.municipality.text().strip() or None,
            self.exports.isChecked(), self.markets.text().strip() or None, verified)

    def save_profile(self) -> bool:
        """Save the form as one undoable edit; a refused value is shown and nothing changes."""
        from core.directory.profiles import profile_edit
        from core.errors import UserInputError
        from core.messages import describe_error
        try:
            edit = profile_edit(self.context.session.project.conn, self.profile())
        except UserInputError as exc:
            QMessageBox.warning(self, self.tr("Capability profile"),
                                describe_error(exc, self.context.language))
            return False
        return self.context.edits.push_edit(edit)


TAB = CompanyTabSpec("capabilities", QT_TRANSLATE_NOOP("CompanyTabs", "Capabilities"),
                     CapabilitiesTab, order=60)
