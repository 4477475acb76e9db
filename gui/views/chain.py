"""The value chain page: anchor buyer, details, suppliers, the six phases and the audit log.

Every change is a core edit pushed on the programme's undo stack (gui/setup_edits.push); the page
re-reads the chain after each one, so it always shows what the file holds.
"""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.models.dataframe_model import Column, DataFrameModel
from gui.models.phases_model import PHASE_COLUMNS, PhasesModel
from gui.registry import ViewSpec, register_view
from gui.setup_edits import push
from gui.views.base import View
from gui.widgets.audit_table import AuditTable
from gui.widgets.date_delegate import NO_DATE, DateDelegate

MEMBER_COLUMNS = [Column("company_id", QT_TRANSLATE_NOOP("ChainPage", "Id"), context="ChainPage"),
                  Column("name", QT_TRANSLATE_NOOP("ChainPage", "Company"), context="ChainPage"),
                  Column("size", QT_TRANSLATE_NOOP("ChainPage", "Size"), context="ChainPage"),
                  Column("index", QT_TRANSLATE_NOOP("ChainPage", "Index"), "number", 1,
                         context="ChainPage")]


class ChainView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.chain: dict | None = None
        self.heading = QLabel()
        self.heading.setObjectName("chainHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.new_button, self.rename_button, self.delete_button = (QPushButton() for _ in range(3))
        self.new_button.clicked.connect(lambda: chain_actions().new_chain(self, self.context))
        self.rename_button.clicked.connect(lambda: chain_actions().rename_chain(
            self, self.context, self.name))
        self.delete_button.clicked.connect(lambda: chain_actions().delete_chain(
            self, self.context, self.name))
        # details
        self.anchor = QComboBox()
        self.anchor.setObjectName("anchorCombo")
        self.anchor.activated.connect(self._anchor_chosen)
        self.new_company = QPushButton()
        self.new_company.clicked.connect(self._new_anchor)
        self.sector, self.region, self.consultant = QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (("sector", self.sector), ("region", self.region),
                           ("consultant", self.consultant)):
            edit.setObjectName(f"chain_{name}")
            edit.editingFinished.connect(lambda n=name, e=edit: self._set(n, e.text()))
        self.start = QDateEdit()
        self.start.setObjectName("chainStart")
        self.start.setCalendarPopup(True)
        self.start.setMinimumDate(NO_DATE)
        self.start.setSpecialValueText("—")
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.editingFinished.connect(self._start_changed)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("planPhases")
        self.plan_button.clicked.connect(self._plan_phases)
        self.labels = {k: QLabel() for k in ("anchor", "sector", "region", "consultant", "start")}
        anchor_row = QHBoxLayout()
        anchor_row.addWidget(self.anchor, 1)
        anchor_row.addWidget(self.new_company)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.plan_button)
        start_row.addStretch(1)
        self.details = QGroupBox()
        form = QFormLayout(self.details)
        form.addRow(self.labels["anchor"], anchor_row)
        form.addRow(self.labels["sector"], self.sector)
        form.addRow(self.labels["region"], self.region)
        form.addRow(self.labels["consultant"], self.consultant)
        form.addRow(self.labels["start"], start_row)
        # members
        self.members_model = DataFrameModel(MEMBER_COLUMNS, self)
        self.members = _table(self.members_model, "membersTable")
        self.candidate = QComboBox()
        self.candidate.setObjectName("memberCandidate")
        self.add_member, self.remove_member = QPushButton(), QPushButton()
        self.add_member.clicked.connect(self._add_member)
        self.remove_member.clicked.connect(self._remove_member)
        member_row = QHBoxLayout()
        member_row.addWidget(self.candidate, 1)
        member_row.addWidget(self.add_member)
        member_row.addWidget(self.remove_member)
        self.members_box = QGroupBox()
        box = QVBoxLayout(self.members_box)
        box.addWidget(self.members)
        box.addLayout(member_row)
        # phases
        self.phases_model = PhasesModel(self._push_phase, self)
        self.phases = _table(self.phases_model, "phasesTable")
        self.phases.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.SelectedClicked)
        self.phases.setItemDelegate(DateDelegate(self.phases))
        self.phases.setMinimumHeight(230)
        self.phases_box = QGroupBox()
        QVBoxLayout(self.phases_box).addWidget(self.phases)
        # audit
        self.audit = AuditTable()
        self.audit.setMinimumHeight(160)
        self.audit_box = QGroupBox()
        QVBoxLayout(self.audit_box).addWidget(self.audit)
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for b in (self.new_button, self.rename_button, self.delete_button):
            top.addWidget(b)
        middle = QHBoxLayout()
        middle.addWidget(self.details, 1)
        middle.addWidget(self.members_box, 1)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addLayout(top)
        body.addWidget(self.empty)
        body.addLayout(middle)
        body.addWidget(self.phases_box)
        body.addWidget(self.audit_box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(self.scroll)
        self.retranslate_ui()

    # -- hooks --------------------------------------------------------------------------------
    @property
    def name(self) -> str | None:
        return self.chain["name"] if self.chain else None

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New value chain…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.new_company.setText(self.tr("New company…"))
        self.plan_button.setText(self.tr("Plan phases from the start"))
        self.add_member.setText(self.tr("Add supplier"))
        self.remove_member.setText(self.tr("Remove selected"))
        for key, text in (("anchor", self.tr("Anchor buyer")), ("sector", self.tr("Sector")),
                          ("region", self.tr("Region")),
                          ("consultant", self.tr("Consultant(s)")), ("start", self.tr("Start date"))):
            self.labels[key].setText(text)
        self.details.setTitle(self.tr("Value chain"))
        self.members_box.setTitle(self.tr("Suppliers (one value chain each)"))
        self.phases_box.setTitle(self.tr("Phases: planned and actual dates (double-click to edit)"))
        self.audit_box.setTitle(self.tr("Changes (audit log)"))
        self.empty.setText(self.tr("Choose a value chain in the navigator, or create one."))
        self.members_model.retranslate()
        self.audit.retranslate()
        self.reload()

    def on_programme_changed(self) -> None:
        self.reload()

    def on_selection_changed(self, chain, company) -> None:
        self.reload()

    def smoke_states(self):
        def phases():           # the date editor open on the first phase not finished yet
            self.scroll.ensureWidgetVisible(self.phases_box)
            rows = [p for p in (self.chain or {}).get("phases", [])]
            row = next((k for k, p in enumerate(rows) if not p.get("actual_end")), 0)
            if rows:
                index = self.phases_model.index(row, 4)
                self.phases.setCurrentIndex(index)
                self.phases.edit(index)
        return [("phases", phases)]

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.context.session
        self.chain = None
        if session.is_open:
            from core.setup.info import chain_details
            names = {c.id: c.name for c in session.value_chains()}
            wanted = names.get(session.chain)
            if wanted is None and session.chain is None and names:
                wanted = sorted(names.values())[0]
            for chain in chain_details(session.project.conn):
                if chain["name"] == wanted:
                    self.chain = chain
        shown = self.chain is not None
        for w in (self.details, self.members_box, self.phases_box, self.audit_box,
                  self.rename_button, self.delete_button):
            w.setVisible(shown)
        self.new_button.setEnabled(session.is_open)
        self.empty.setVisible(not shown)
        if not shown:
            self.heading.setText(self.tr("Value chain"))
            return
        chain = self.chain
        self.heading.setText(self.tr("Value chain: %1").replace("%1", chain["name"]))
        frame = session.companies()
        names = dict(zip(frame["company_id"].astype(str), frame["name"].fillna("").astype(str)))
        self.anchor.clear()
        self.anchor.addItem("—", None)
        for cid in sorted(names):
            self.anchor.addItem(f"{names[cid] or cid} ({cid})", cid)
        self.anchor.setCurrentIndex(max(0, self.anchor.findData(chain["anchor"])))
        for name, edit in (("sector", self.sector), ("region", self.region),
                           ("consultant", self.consultant)):
            edit.setText(chain.get(name) or "")
        start = QDate.fromString(chain.get("start") or "", Qt.DateFormat.ISODate)
        self.start.setDate(start if start.isValid() else NO_DATE)
        rows = frame[frame["company_id"].isin(chain["members"])]
        from core import catalogue
        sizes = [catalogue.label(f"setup.size_{c}", self.context.language, "") if isinstance(c, str)
                 else "" for c in rows.get("size_class", pd.Series([None] * len(rows)))]
        members = pd.DataFrame({"company_id": rows["company_id"], "name": rows["name"],
                                "size": sizes, "index": rows.get("index")})
        self.members_model.set_frame(members.reset_index(drop=True), MEMBER_COLUMNS)
        self.candidate.clear()
        members = set(chain["members"])         # a set: a national chain has 100,000 members
        for cid in sorted(names):
            if cid not in members and cid != chain["anchor"]:
                self.candidate.addItem(f"{names[cid] or cid} ({cid})", cid)
        self.phases_model.language = self.context.language
        self.phases_model.set_phases(chain["phases"])
        self.phases.resizeColumnsToContents()
        for column in range(1, 5):          # room for the date editor's year and arrow
            self.phases.setColumnWidth(column, max(self.phases.columnWidth(column), 130))
        uid = session.project.conn.execute("SELECT uid FROM value_chains WHERE name = ?",
                                           (chain["name"],)).fetchone()
        self.audit.show_entries(session.project.conn, "chain", uid[0] if uid else None,
                                self.context.language, chain["name"])

    # -- editing ------------------------------------------------------------------------------
    def _set(self, field: str, text: str) -> None:
        if self.chain is None or (self.chain.get(field) or "") == text.strip():
            return
        from core.setup.chains import set_chain
        name = self.name
        push(self.context, self, lambda conn: set_chain(conn, name, who=self.context.consultant(),
                                                        **{field: text}))

    def _start_changed(self) -> None:
        date = self.start.date()
        text = "" if date == NO_DATE else date.toString(Qt.DateFormat.ISODate)
        if self.chain is not None and (self.chain.get("start") or "") != text:
            self._set("start", text)

    def _anchor_chosen(self, _index: int) -> None:
        anchor = self.anchor.currentData()
        if self.chain is None or anchor is None or anchor == self.chain["anchor"]:
            return
        from core.setup.chains import set_chain
        name = self.name
        push(self.context, self, lambda conn: set_chain(conn, name, anchor,
                                                        who=self.context.consultant()))

    def _new_anchor(self) -> None:
        created = chain_actions().new_company(self, self.context)
        if created and self.chain is not None:
            from core.setup.chains import set_chain
            name = self.name
            push(self.context, self, lambda conn: set_chain(conn, name, created,
                                                            who=self.context.consultant()))

    def _plan_phases(self) -> None:
        if self.chain is not None:
            from core.setup.chains import default_phases
            name = self.name
            push(self.context, self, lambda conn: default_phases(conn, name))

    def _add_member(self) -> None:
        company = self.candidate.currentData()
        if self.chain is not None and company:
            from core.setup.chains import chain_members_edit
            name = self.name
            push(self.context, self, lambda conn: chain_members_edit(
                conn, name, add=[company], who=self.context.consultant()))

    def _remove_member(self) -> None:
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        ids = [str(self.members_model.row_values(r)["company_id"]) for r in rows]
        if self.chain is not None and ids:
            from core.setup.chains import chain_members_edit
            name = self.name
            push(self.context, self, lambda conn: chain_members_edit(
                conn, name, remove=ids, who=self.context.consultant()))

    def _push_phase(self, phase: str, column: str, text: str) -> bool:
        if self.chain is None or column not in PHASE_COLUMNS:
            return False
        from core.setup.chains import set_phase
        name = self.name
        return push(self.context, self, lambda conn: set_phase(conn, name, phase, **{column: text}))


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def chain_actions():
    import gui.chain_actions as module
    return module


register_view(ViewSpec("chain", QT_TRANSLATE_NOOP("Views", "Value chain"), ChainView, order=15))
