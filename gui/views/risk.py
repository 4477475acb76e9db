"""The risk view: the likelihood x severity heat map of a value chain or the whole programme,
inherent or residual, and the suppliers of the cell the user clicks. Counts, cells and levels
come from :mod:`core.risk` (``heat_map``, ``classify_suppliers``); the view only draws them."""
from __future__ import annotations

import logging

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.export import export_png
from gui.models.dataframe_model import Column, DataFrameModel
from gui.registry import ViewSpec, register_view
from gui.views.base import View
from gui.widgets.heatmap import CELL_ROLE, HeatMapModel, HeatMapView, level_colours

log = logging.getLogger("encadena.gui")

SUPPLIER_COLUMNS = [
    ("company_id", QT_TRANSLATE_NOOP("RiskView", "Id")),
    ("name", QT_TRANSLATE_NOOP("RiskView", "Supplier")),
    ("chain_name", QT_TRANSLATE_NOOP("RiskView", "Value chain")),
    ("level", QT_TRANSLATE_NOOP("RiskView", "Worst level")),
    ("open_risks", QT_TRANSLATE_NOOP("RiskView", "Open risks")),
]


class RiskView(View):
    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.register: pd.DataFrame | None = None
        self.matrix = None
        self.heat: dict | None = None
        self.cell: tuple[int, int] | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.inherent = QRadioButton()
        self.inherent.setObjectName("riskInherent")
        self.toggle = QRadioButton()               # residual
        self.toggle.setObjectName("riskResidual")
        self.toggle.setChecked(True)
        self.basis_group = QButtonGroup(self)
        self.basis_group.addButton(self.inherent)
        self.basis_group.addButton(self.toggle)
        self.toggle.toggled.connect(lambda _on: self._draw())
        self.export = QPushButton()
        self.export.setObjectName("exportHeatMap")
        self.export.clicked.connect(lambda: export_png(self.chart_box, self))
        bar = QHBoxLayout()
        self.basis_label = QLabel()
        bar.addWidget(self.basis_label)
        bar.addWidget(self.inherent)
        bar.addWidget(self.toggle)
        bar.addStretch(1)
        self.choose = QPushButton()
        self.choose.setObjectName("chooseMatrix")
        self.choose.clicked.connect(self.show_chooser)
        bar.addWidget(self.choose)
        bar.addWidget(self.export)

        self.model = HeatMapModel(self)
        self.grid = HeatMapView()
        self.grid.setModel(self.model)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _prev: self._pick(cur))
        self.grid.clicked.connect(self._pick)
        self.severity_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.likelihood_title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # the exported picture: titles, grid and legend together
        self.chart_box = QFrame()
        self.chart_box.setObjectName("heatMapBox")
        self.chart_box.setStyleSheet("#heatMapBox { background: white; }")
        box = QVBoxLayout(self.chart_box)
        self.chart_title = QLabel()
        self.chart_title.setStyleSheet("font-weight: bold;")
        box.addWidget(self.chart_title)
        row = QHBoxLayout()
        row.addWidget(self.likelihood_title)
        row.addWidget(self.grid, 1)
        box.addLayout(row, 1)
        box.addWidget(self.severity_title)
        box.addWidget(self.legend)

        self.cell_title = QLabel()
        self.cell_title.setWordWrap(True)
        self.cell_title.setStyleSheet("font-weight: bold;")
        self.suppliers = DataFrameModel()
        self.supplier_table = QTableView()
        self.supplier_table.setObjectName("riskCellSuppliers")
        self.supplier_table.setModel(self.suppliers)
        self.supplier_table.verticalHeader().setVisible(False)
        self.supplier_table.horizontalHeader().setStretchLastSection(True)
        self.supplier_table.setSortingEnabled(True)
        self.supplier_table.activated.connect(self._open_supplier)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.cell_title)
        side_layout.addWidget(self.supplier_table, 1)
        side_layout.addWidget(self.summary)
        from gui.editors.matrix_chooser import MatrixChooser
        self.chooser = MatrixChooser()
        self.chooser.setVisible(False)
        self.chooser.chosen.connect(self._choose_matrix)
        self.chooser.cancelled.connect(self._close_chooser)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart_box)
        split.addWidget(side)
        split.addWidget(self.chooser)
        self.split = split
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.retranslate_ui()
        self.on_programme_changed()

    # -- hooks -------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.basis_label.setText(self.tr("Risk values:"))
        self.inherent.setText(self.tr("Inherent (before controls)"))
        self.toggle.setText(self.tr("Residual (after controls)"))
        self.export.setText(self.tr("Export heat map as PNG…"))
        self.choose.setText(self.tr("Choose matrix…"))
        self.chooser.retranslate_ui()
        self.severity_title.setText(self.tr("Severity →"))
        self.likelihood_title.setText(self.tr("Likelihood\n↑"))
        self.model.refresh_texts(self.context.language)
        self._update_texts()
        self._show_cell()

    def on_programme_changed(self) -> None:
        self.register, self.matrix = None, None
        session = self.context.session
        if session.is_open:
            try:
                from core.risk.store import effective_register
                self.matrix = session.risk_matrix()
                self.register, _base = effective_register(session.project.conn, matrix=self.matrix)
            except Exception:  # noqa: BLE001 - a programme without risk tables shows an empty grid
                log.exception("risk register unavailable")
                self.register = None
        self._draw()

    def on_selection_changed(self, chain, company) -> None:
        self._draw()

    def smoke_states(self):
        def busiest_residual() -> None:     # and leaves the view as it opens: residual
            self.toggle.setChecked(True)
            self._select_busiest()
        def chooser() -> None:
            self.show_chooser()
            self.chooser.select("3x3" if self.matrix is None or self.matrix.id != "3x3" else "4x4")

        def close_chooser() -> None:
            self._close_chooser()
            busiest_residual()
        return [("inherent", lambda: self.inherent.setChecked(True)), ("matrix_chooser", chooser),
                ("cell", close_chooser)]

    def show_chooser(self) -> None:
        """The matrix chooser beside the heat map: grid preview and re-classification."""
        session = self.context.session
        if not session.is_open:
            return
        self.chooser.load(session.project.conn, self.matrix.id if self.matrix else None,
                          self.context.language)
        self.chooser.setVisible(True)
        self.split.setSizes([560, 0, 640])

    def _choose_matrix(self, matrix) -> None:
        from core.risk.edits import choose_matrix
        from gui.workers import error_text
        try:
            edit = choose_matrix(self.context.session.project.conn, matrix)
        except Exception as exc:  # noqa: BLE001 - the core's reason, translated
            self.chooser.summary.setText(error_text(exc, self.context.language))
            return
        if self.context.edits.push_edit(edit):
            self._close_chooser()

    def _close_chooser(self) -> None:
        self.chooser.setVisible(False)
        self.split.setSizes([600, 480, 0])

    # -- behaviour ---------------------------------------------------------------------------------
    @property
    def basis(self) -> str:
        return "residual" if self.toggle.isChecked() else "inherent"

    def scope(self) -> tuple[object, list[str]]:
        """The selected value chain (None: the programme) and its company ids."""
        session = self.context.session
        frame = session.companies() if session.is_open else pd.DataFrame()
        if frame.empty:
            return session.chain, []
        if session.chain is not None and "chain_id" in frame:
            frame = frame[frame["chain_id"] == session.chain]
        return session.chain, frame["company_id"].astype(str).tolist()

    def _draw(self) -> None:
        self.heat = None
        if self.register is not None and self.matrix is not None:
            from core.risk.classify import heat_map
            _chain, ids = self.scope()
            self.heat = heat_map(self.register, self.matrix, self.basis, companies=ids)
        self.model.set_heat_map(self.heat, self.matrix, self.context.language)
        self._update_texts()
        if self.cell is not None and self.matrix is not None:
            row, column = self.model.position_of(*self.cell)
            self.grid.setCurrentIndex(self.model.index(row, column))
        self._show_cell()

    def select_cell(self, likelihood: int, severity: int) -> None:
        """Select a cell as a click would (tests, smoke run)."""
        row, column = self.model.position_of(likelihood, severity)
        self.grid.setCurrentIndex(self.model.index(row, column))
        self._pick(self.model.index(row, column))

    def _select_busiest(self) -> None:
        if self.heat:
            best = max(self.heat["cells"], key=lambda c: (c["suppliers"], c["score"]))
            self.select_cell(best["likelihood"], best["severity"])

    def _pick(self, index) -> None:
        if index.isValid():
            self.cell = self.model.data(index, CELL_ROLE)
            self._show_cell()

    def cell_suppliers(self) -> list[str]:
        """Ids of the suppliers in the selected cell (as the core placed them)."""
        if self.cell is None or self.heat is None:
            return []
        return list(self.model.cell(*self.cell)["supplier_ids"])

    def _show_cell(self) -> None:
        ids = self.cell_suppliers()
        lang = self.context.language
        frame = self.context.session.companies() if self.context.session.is_open else pd.DataFrame()
        rows = pd.DataFrame({"company_id": ids})
        if ids and not frame.empty:
            from core.risk.classify import classify_suppliers
            levels = classify_suppliers(self.register, self.matrix, ids, basis=self.basis)
            rows = rows.merge(frame[["company_id", "name", "chain_name"]], on="company_id", how="left")
            rows = rows.merge(levels[["company_id", "level", "open_risks"]], on="company_id", how="left")
            rows["chain_name"] = rows["chain_name"].fillna("").astype(str).str.split(" — ").str[0]
        names = {lv.name: lv.label(lang) for lv in (self.matrix.levels if self.matrix else [])}
        colours = dict(zip(names, level_colours(len(names))))
        columns = [Column(k, t, "integer" if k == "open_risks" else "label" if k == "level" else "text",
                          context="RiskView", labels=(lambda c: names.get(c, str(c))) if k == "level" else None,
                          colours=colours if k == "level" else {}) for k, t in SUPPLIER_COLUMNS]
        self.suppliers.set_frame(rows, columns)
        self.supplier_table.resizeColumnsToContents()
        if self.cell is None or self.matrix is None:
            self.cell_title.setText(self.tr("Click a cell of the heat map to list its suppliers."))
            return
        l, s = self.cell
        self.cell_title.setText(self.tr("%1 × %2 (%3): %n supplier(s)", "", len(ids)).replace(
            "%1", self.matrix.likelihood[l - 1].label(lang)).replace(
            "%2", self.matrix.severity[s - 1].label(lang)).replace(
            "%3", self.matrix.level(l, s).label(lang)))

    def _update_texts(self) -> None:
        session, lang = self.context.session, self.context.language
        chain, ids = self.scope()
        name = session.name
        for c in session.value_chains():
            if chain is not None and getattr(c, "id", None) == chain:
                name = str(c.name)
        self.heading.setText(self.tr("Risk — %1").replace("%1", name or self.tr("no programme open")))
        basis = self.tr("residual") if self.basis == "residual" else self.tr("inherent")
        self.chart_title.setText(self.tr("Suppliers by their worst open risk (%1), %2").replace(
            "%1", basis).replace("%2", name or ""))
        if self.matrix is None:
            self.legend.setText(self.tr("This programme has no risk register yet."))
            self.summary.setText("")
            return
        colours = level_colours(len(self.matrix.levels))
        loc = QLocale()
        per_level = (self.heat or {}).get("suppliers_per_level", {})
        parts = [f'<span style="background:{c}; border:1px solid #888">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                 f"&nbsp;{lv.label(lang)}: {loc.toString(len(per_level.get(lv.name, [])))}"
                 for lv, c in zip(self.matrix.levels, colours)]
        self.legend.setText(self.tr("Levels (suppliers):") + "&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(parts))
        without = len((self.heat or {}).get("without_open_risks", []))
        risks = sum(c["risks"] for c in (self.heat or {}).get("cells", []))
        self.summary.setText(self.tr("%1 companies in scope, %2 without open risks; %3 open risks in all.")
                             .replace("%1", loc.toString(len(ids))).replace("%2", loc.toString(without))
                             .replace("%3", loc.toString(risks)))

    def _open_supplier(self, index) -> None:
        values = self.suppliers.row_values(index.row())
        frame = self.context.session.companies()
        row = frame[frame["company_id"] == values.get("company_id")]
        if len(row):
            self.context.session.select(row["chain_id"].iloc[0], values.get("company_id"))


register_view(ViewSpec("risk", QT_TRANSLATE_NOOP("Views", "Risk"), RiskView, order=30,
                       shortcut="Ctrl+3"))
