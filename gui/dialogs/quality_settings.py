"""Tools > Data-quality thresholds…: the programme's thresholds, changed as one undoable edit."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout

from core import catalogue

LIMITS = {"min_seconds_per_item": (0, 600, 1), "straight_line_min_items": (1, 500, 0),
          "max_index_change": (0, 100, 1)}


class QualitySettingsDialog(QDialog):
    """One spin box per threshold (labels from the word catalogue); OK pushes one edit."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        from core.quality.settings import NAMES, read_settings
        self.setObjectName("qualitySettings")
        self.context = context
        language = context.language
        self.setWindowTitle(self.tr("Data-quality thresholds"))
        intro = QLabel(self.tr("Imports flag the responses that cross these thresholds. Flags never "
                               "block an import; the coverage rule uses each toolkit's own minimum."))
        intro.setWordWrap(True)
        current = read_settings(context.session.project.conn)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for name in NAMES:
            low, high, decimals = LIMITS[name]
            box = QDoubleSpinBox()
            box.setObjectName(name)
            box.setRange(low, high)
            box.setDecimals(decimals)
            box.setValue(getattr(current, name))
            self.boxes[name] = box
            form.addRow(catalogue.text(f"quality.setting.{name}", language), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, float]:
        return {name: box.value() for name, box in self.boxes.items()}

    def apply(self) -> bool:
        """Push the changed thresholds as one edit (undo with Ctrl+Z); True when applied."""
        from core.quality.store import settings_edit
        edit = settings_edit(self.context.session.project.conn, self.values())
        return self.context.edits.push_edit(edit)


def install_quality_menu(window) -> None:
    """Tools > Data-quality thresholds… (enabled while a programme is open)."""
    action = QAction(window)
    action.setObjectName("actQualitySettings")

    def run() -> None:
        if not window.session.is_open:
            return
        dialog = QualitySettingsDialog(window.context, window)
        if dialog.exec():
            dialog.apply()

    def update() -> None:
        action.setText(QCoreApplication.translate("QualitySettings", "Data-quality thresholds…"))
        action.setEnabled(window.session.is_open)

    action.triggered.connect(run)
    window.menu_tools.addAction(action)
    window.session.changed.connect(update)
    window.extension_retranslators = getattr(window, "extension_retranslators", []) + [update]
    window.act_quality_settings = action
    update()
