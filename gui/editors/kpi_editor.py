"""The KPI editor of the KPIs tab: a KPI from the 15-entry catalogue or a custom one (name, unit,
better when up/down, baseline and target with dates, linked actions, roll-up), and the
measurement editor (date, value, note, source) with the KPI's measurements listed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from gui.editors.fields import add_rows, date_box, day_of, fill_combo, follow_locale, number_box, set_day


class KpiEditor(QGroupBox):
    """``saved(values)``: catalogue, name, unit, better (up/down), baseline(_date), target(_date),
    aggregate and the linked action ids."""

    saved = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kpiEditor")
        self.kpi = None
        self.language = "en"
        self.catalogue = QComboBox()
        self.catalogue.setObjectName("kpiCatalogue")
        self.catalogue.currentIndexChanged.connect(lambda _i: self._from_catalogue())
        self.name, self.unit = QLineEdit(), QLineEdit()
        self.better, self.aggregate = QComboBox(), QComboBox()
        self.baseline, self.target = number_box(-1e12, 1e12, 3), number_box(-1e12, 1e12, 3)
        self.baseline_date, self.target_date = date_box(optional=False), date_box()
        self.actions = QListWidget()
        self.actions.setMaximumHeight(80)
        self.save, self.cancel = QPushButton(), QPushButton()
        self.save.setObjectName("saveKpi")
        self.save.clicked.connect(lambda: self.saved.emit(self.values()))
        self.cancel.clicked.connect(self.cancelled.emit)
        baseline, target = QHBoxLayout(), QHBoxLayout()
        baseline.addWidget(self.baseline, 1)
        baseline.addWidget(self.baseline_date)
        target.addWidget(self.target, 1)
        target.addWidget(self.target_date)
        self.form = QFormLayout()
        self.rows = [("Catalogue", self.catalogue), ("Name", self.name), ("Unit", self.unit),
                     ("Better when", self.better), ("Baseline", baseline), ("Target", target),
                     ("Roll-up", self.aggregate), ("Actions it measures", self.actions)]
        self.labels = add_rows(self.form, self.rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"Catalogue": self.tr("Catalogue"), "Name": self.tr("Name"), "Unit": self.tr("Unit"),
                 "Better when": self.tr("Better when"), "Baseline": self.tr("Baseline (value, date)"),
                 "Target": self.tr("Target (value, date)"), "Roll-up": self.tr("Roll-up over suppliers"),
                 "Actions it measures": self.tr("Actions it measures")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.save.setText(self.tr("Save KPI"))
        self.cancel.setText(self.tr("Cancel"))
        self.setTitle(self.tr("New KPI") if self.kpi is None else self.tr("KPI %1").replace("%1", self.kpi.id))

    def load(self, kpi, plan, language: str) -> None:
        """Show ``kpi`` (None: a new one, from the catalogue by default) of ``plan``."""
        from core.plans.kpi import catalogue
        self.kpi, self.language = kpi, language
        entries = [(self.tr("Custom KPI"), None)] + [(e.name(language), e.id) for e in catalogue().values()]
        fill_combo(self.catalogue, entries, kpi.catalogue_id if kpi else "productivity")
        self.catalogue.setEnabled(kpi is None)
        fill_combo(self.better, [(self.tr("higher (up)"), "up"), (self.tr("lower (down)"), "down")],
                   "down" if kpi and kpi.direction == "lower" else "up")
        fill_combo(self.aggregate, [(self.tr("median"), "median"), (self.tr("sum"), "sum"),
                                    (self.tr("mean"), "mean")], kpi.aggregate if kpi else None)
        if kpi is None:
            self._from_catalogue()
        else:
            from core.plans.kpi import unit_label
            self.name.setText(kpi.name)
            self.unit.setText(unit_label(kpi, language))
        self.baseline.setValue(kpi.baseline_value or 0.0 if kpi else 0.0)
        self.target.setValue(kpi.target_value or 0.0 if kpi else 0.0)
        set_day(self.baseline_date, kpi.baseline_date if kpi else date.today())
        set_day(self.target_date, kpi.target_date if kpi else None)
        self.actions.clear()
        follow_locale(self)
        for a in (plan.actions if plan else []):
            item = QListWidgetItem(f"{a.id} {a.title}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            linked = kpi is not None and a.kpi_id == kpi.id
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
            self.actions.addItem(item)
        self.retranslate_ui()

    def _from_catalogue(self) -> None:
        from core.plans.edits import default_aggregate
        from core.plans.kpi import catalogue
        entry = catalogue().get(self.catalogue.currentData() or "")
        if entry is None or self.kpi is not None:
            return
        self.name.setText(entry.name(self.language))
        self.unit.setText(entry.unit_label(self.language))
        self.better.setCurrentIndex(self.better.findData("up" if entry.direction == "higher" else "down"))
        self.aggregate.setCurrentIndex(self.aggregate.findData(default_aggregate(entry.id)))

    def values(self) -> dict:
        actions = [self.actions.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.actions.count())
                   if self.actions.item(i).checkState() == Qt.CheckState.Checked]
        return {"catalogue": self.catalogue.currentData(), "name": self.name.text().strip(),
                "unit": self.unit.text().strip(), "better": self.better.currentData(),
                "baseline": self.baseline.value(), "baseline_date": day_of(self.baseline_date),
                "target": self.target.value(), "target_date": day_of(self.target_date),
                "aggregate": self.aggregate.currentData(), "actions": actions}


class MeasurementEditor(QGroupBox):
    """``saved(date, value, note, source)``; ``deleted(date)`` for a listed measurement."""

    saved = Signal(object, float, str, str)
    deleted = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("measurementEditor")
        self.on = date_box(optional=False)
        self.value = number_box(-1e12, 1e12, 3)
        self.note, self.source = QLineEdit(), QLineEdit()
        self.history = QListWidget()
        self.history.setMaximumHeight(90)
        self.save, self.delete = QPushButton(), QPushButton()
        self.save.setObjectName("saveMeasurement")
        self.save.clicked.connect(lambda: self.saved.emit(day_of(self.on) or date.today(),
                                                          self.value.value(), self.note.text().strip(),
                                                          self.source.text().strip()))
        self.delete.clicked.connect(self._delete)
        self.form = QFormLayout()
        self.rows = [("Date", self.on), ("Value", self.value), ("Note", self.note),
                     ("Source", self.source), ("Measurements", self.history)]
        self.labels = add_rows(self.form, self.rows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {"Date": self.tr("Date"), "Value": self.tr("Value"), "Note": self.tr("Note"),
                 "Source": self.tr("Source"), "Measurements": self.tr("Measurements")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.setTitle(self.tr("Add a measurement"))
        self.save.setText(self.tr("Save measurement"))
        self.delete.setText(self.tr("Delete selected"))

    def load(self, kpi) -> None:
        """List ``kpi``'s measurements; the new one defaults to today."""
        self.history.clear()
        locale = QLocale()
        for m in (kpi.measurements if kpi else []):
            item = QListWidgetItem(f"{m.on.isoformat()}   {locale.toString(float(m.value), 'f', 2)}"
                                   + (f"   {m.note}" if m.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, m.on)
            self.history.addItem(item)
        set_day(self.on, date.today())
        follow_locale(self)
        self.note.clear()
        self.source.clear()
        self.setEnabled(kpi is not None)

    def _delete(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self.deleted.emit(item.data(Qt.ItemDataRole.UserRole))
