"""A banner over the workbench while the open programme is read-only.

A programme on a locked USB stick, a CD or a read-only share (or a file marked read-only)
opens for reading (``Project.read_only``); the banner says so, so nobody types changes that
cannot be saved.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnlyBanner", text)


def install_read_only_banner(window) -> None:
    """Add the (hidden) banner below the toolbar; shown while the open programme is read-only."""
    bar = QToolBar(window)
    bar.setObjectName("read_only_banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    label = QLabel(bar)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet("QLabel { background: #FFF4CE; color: #4A3600; padding: 6px; }")
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.read_only_banner = bar

    def update() -> None:
        project = window.session.project
        read_only = bool(project is not None and getattr(project, "read_only", False))
        if read_only:
            label.setText(_tr("Read-only: %1 is open for reading only (the file, its folder or its "
                              "drive cannot be written), so changes cannot be saved. Copy it to a "
                              "writable folder to work on it.").replace("%1", project.path.name))
        bar.setVisible(read_only)

    window.session.changed.connect(update)
    update()
