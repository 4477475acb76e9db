"""Copies of a project file: "Save a copy" and the automatic rolling backups.

Both go through SQLite's online backup API, so a copy is consistent even while the project is
open, and never a half-written file: the copy is written beside its target and renamed.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from core.paths import user_data_dir

KEEP_BACKUPS = 5


def save_copy(conn: sqlite3.Connection, destination: Path | str) -> Path:
    """Write a consistent, self-contained copy of the open project to ``destination``."""
    destination = Path(destination)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(str(partial))
    try:
        conn.backup(target)
        # a copy to e-mail must be one file: no -wal beside it
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    os.replace(partial, destination)
    return destination


def backup_dir() -> Path:
    folder = user_data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def rolling_backup(conn: sqlite3.Connection, project_path: Path, uid: str,
                   keep: int = KEEP_BACKUPS) -> Path:
    """Copy the project into the backup folder and keep only its ``keep`` newest backups."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    prefix = f"{Path(project_path).stem}-{uid[:8]}-"
    path = save_copy(conn, backup_dir() / f"{prefix}{stamp}.encadena")
    for old in backups_of(project_path, uid)[keep:]:
        old.unlink(missing_ok=True)
    return path


def backups_of(project_path: Path, uid: str) -> list[Path]:
    """The backups of one project, newest first."""
    prefix = f"{Path(project_path).stem}-{uid[:8]}-"
    return sorted(backup_dir().glob(f"{prefix}*.encadena"), reverse=True)
