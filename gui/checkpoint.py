"""The programme file on disk is always complete: after every committed change and on idle, the
write-ahead log is folded into the file (``PRAGMA wal_checkpoint(PASSIVE)``), so a copy taken
while the workbench is open (to e-mail it) holds everything saved so far.

The checkpoint runs on its own short connection: PASSIVE never waits for, nor blocks, the
programme's connection (which a worker thread may be using), and costs about a millisecond.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 15_000


def checkpoint(path: Path | str) -> bool:
    """Fold the WAL of ``path`` into the file; False when it could not be done now (busy, gone)."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=rw", uri=True, timeout=0.5)
    except sqlite3.Error:
        return False
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return busy == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


class Checkpointer(QObject):
    """Checkpoints the session's programme soon after each change (once the event loop is idle)
    and every :data:`IDLE_MS` while it is open."""

    def __init__(self, session, parent=None):
        super().__init__(parent or session)
        self.session = session
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(0)
        self.soon.timeout.connect(self.run)
        self.idle = QTimer(self)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.run)
        self.idle.start()
        session.changed.connect(self.soon.start)
        session.edit_applied.connect(lambda _edit: self.soon.start())

    def run(self) -> bool:
        path = self.session.path if self.session.project is not None else None
        return bool(path) and checkpoint(path)


def install(session) -> Checkpointer:
    """Attach a :class:`Checkpointer` to ``session`` (done once by :func:`gui.app.build`)."""
    session.checkpointer = Checkpointer(session)
    return session.checkpointer
