"""Create a new programme file: name, country and where to save it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton)

SCHEMES = (
    ("world_bank", QT_TRANSLATE_NOOP("NewProgrammeDialog", "World Bank / IFC")),
    ("chile", QT_TRANSLATE_NOOP("NewProgrammeDialog", "Chile")),
    ("costa_rica", QT_TRANSLATE_NOOP("NewProgrammeDialog", "Costa Rica")),
    ("bolivia", QT_TRANSLATE_NOOP("NewProgrammeDialog", "Bolivia")),
    ("gni", QT_TRANSLATE_NOOP("NewProgrammeDialog", "10 to 1,000 × GNI per capita")),
)


def country_choices(language: str) -> list[tuple[str, str]]:
    """(name, ISO code) of every country in the catalogue (``countries.json``), by name."""
    from core import catalogue
    codes = [c.split(".", 1)[1] for c in catalogue.entries() if c.startswith("country.")]
    return sorted(((catalogue.label(f"country.{c}", language), c) for c in codes),
                  key=lambda pair: pair[0].casefold())


class NewProgrammeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New programme"))
        self.name_edit = QLineEdit()
        self.country_combo = QComboBox()
        from gui.i18n import system_language
        self.country_combo.addItem("", None)
        for name, code in country_choices(system_language()):
            self.country_combo.addItem(name, code)
        self.scheme_combo = QComboBox()
        self.scheme_combo.addItem(self.tr("From the country"), None)
        for code, title in SCHEMES:
            self.scheme_combo.addItem(QCoreApplication.translate("NewProgrammeDialog", title), code)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("From the country"), None)
        self.format_combo.addItem("1,234.5", "point")
        self.format_combo.addItem("1.234,5", "comma")
        self.path_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._validate)
        self.path_edit.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Country"), self.country_combo)
        form.addRow(self.tr("Company size classes"), self.scheme_combo)
        form.addRow(self.tr("Numbers in surveys"), self.format_combo)
        form.addRow(self.tr("File"), row)
        form.addRow(self.buttons)
        self._validate()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New programme"), self.name_edit.text(),
                                              self.tr("Encadena programmes (*.encadena)"))
        if path:
            if not path.endswith(".encadena"):
                path += ".encadena"
            self.path_edit.setText(path)

    def _validate(self) -> None:
        ok = bool(self.name_edit.text().strip()) and bool(self.path_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def country(self) -> str | None:
        return self.country_combo.currentData() or None

    def options(self) -> dict:
        """Programme settings chosen here (only those the user set; the core fills the rest)."""
        chosen = {"size_scheme": self.scheme_combo.currentData(),
                  "number_format": self.format_combo.currentData()}
        return {k: v for k, v in chosen.items() if v is not None}

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())
