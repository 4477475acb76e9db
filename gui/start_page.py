"""The start page: the demo programme, New, Open and the recent files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    """What the window shows when no programme is open."""

    demo_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    import_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("startPage")
        self.title = QLabel()
        self.title.setObjectName("startTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.demo_button = QPushButton()
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        for button in (self.demo_button, self.new_button, self.open_button, self.import_button):
            button.setMinimumHeight(36)
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))

        buttons = QVBoxLayout()
        for button in (self.demo_button, self.new_button, self.open_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(24)
        layout.addLayout(columns, 1)
        self.retranslate_ui()
        self.refresh_recent()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to Encadena"))
        self.subtitle.setText(self.tr(
            "Diagnose suppliers, follow their improvement plans and report results to the "
            "programme, offline. Start with the demo programme, or open or create your own."))
        self.demo_button.setText(self.tr("Open the demo programme"))
        self.demo_button.setToolTip(self.tr(
            "A copy of the demo is opened from your data folder; the original is never changed."))
        self.new_button.setText(self.tr("New programme…"))
        self.open_button.setText(self.tr("Open programme…"))
        self.import_button.setText(self.tr("Import a survey workbook…"))
        self.recent_label.setText(self.tr("Recent files"))
        self.refresh_recent()

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in self.settings.get("recent_files"):
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        if self.recent.count() == 0:
            placeholder = QListWidgetItem(self.tr("No recent files yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setEnabled(available)
