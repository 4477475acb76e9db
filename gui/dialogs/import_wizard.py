"""Import wizard (placeholder while the survey importer lands)."""
from __future__ import annotations

from PySide6.QtWidgets import QWizard


class ImportWizard(QWizard):
    def __init__(self, context, path=None, parent=None):
        super().__init__(parent)
        self.context = context
