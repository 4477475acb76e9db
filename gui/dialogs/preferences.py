"""Preferences: the language (applied at once, no restart) and import defaults."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit)

from gui.i18n import LANGUAGES


class PreferencesDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.decimal_comma = QCheckBox()
        self.decimal_comma.setChecked(context.settings.get("import/decimal_comma"))
        self.decimal_comma.toggled.connect(lambda on: context.settings.set("import/decimal_comma", on))
        self.language_label = QLabel()
        self.consultant = QLineEdit(context.settings.get("consultant"))
        self.consultant.setObjectName("consultantName")
        self.consultant.textChanged.connect(lambda text: context.settings.set("consultant", text.strip()))
        self.consultant_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.language_label, self.language)
        form.addRow(self.consultant_label, self.consultant)
        form.addRow(self.decimal_comma)
        form.addRow(self.buttons)
        self.retranslate_ui()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        self.context.settings.set("language", code)
        self.context.languages.apply(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Language"))
        self.consultant_label.setText(self.tr("Your name (recorded with every change)"))
        self.decimal_comma.setText(self.tr("Survey numbers use a decimal comma (1.234,5) by default"))
