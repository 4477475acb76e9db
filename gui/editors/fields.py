"""Small form helpers shared by the editor panels: optional dates, number boxes, combos."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox

NO_DATE = QDate(2000, 1, 1)


def date_box(optional: bool = True) -> QDateEdit:
    """A calendar date box; with ``optional`` its lowest value reads as "no date"."""
    box = QDateEdit()
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    if optional:
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText("—")
        box.setDate(NO_DATE)
    else:
        box.setDate(QDate.currentDate())
    return box


def set_day(box: QDateEdit, day: date | None) -> None:
    box.setDate(QDate(day.year, day.month, day.day) if day else
                (NO_DATE if box.minimumDate() == NO_DATE else QDate.currentDate()))


def day_of(box: QDateEdit) -> date | None:
    q = box.date()
    if box.minimumDate() == NO_DATE and q == NO_DATE:
        return None
    return date(q.year(), q.month(), q.day())


def number_box(low: float = 0.0, high: float = 1e12, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setGroupSeparatorShown(True)
    if suffix:
        box.setSuffix(suffix)
    return box


def fill_combo(combo: QComboBox, entries: list[tuple[str, object]], current: object = None) -> None:
    """Replace a combo's entries (text, data) keeping ``current`` selected when present."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def add_rows(form, rows: list[tuple[str, object]]) -> dict[str, object]:
    """Add ``(key, widget or layout)`` rows to a QFormLayout; returns key -> its QLabel (texts
    are set by the panel's ``retranslate_ui``)."""
    from PySide6.QtWidgets import QLabel
    labels = {}
    for key, widget in rows:
        label = QLabel()
        form.addRow(label, widget)
        labels[key] = label
    return labels


def follow_locale(panel) -> None:
    """Number and date boxes of ``panel`` in the current language's format (1.234,5 in Spanish):
    boxes take the default locale when made, which a later language switch does not change."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractSpinBox
    for box in panel.findChildren(QAbstractSpinBox):
        box.setLocale(QLocale())
