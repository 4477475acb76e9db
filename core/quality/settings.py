"""The programme's data-quality thresholds: built-in defaults, overridden per project file."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class QualitySettings:
    """Thresholds of the flag rules (see :mod:`core.quality.rules`)."""

    # an interview shorter than this many seconds per answered scored item is flagged
    min_seconds_per_item: float = 10.0
    # straight-lining: the same level on every rating item, when at least this many are answered
    straight_line_min_items: float = 8.0
    # index points of change against the company's previous assessment with the same toolkit
    max_index_change: float = 25.0


DEFAULTS = QualitySettings()
NAMES = tuple(f.name for f in fields(QualitySettings))


def read_settings(conn: sqlite3.Connection | None) -> QualitySettings:
    """The project's thresholds (defaults where it has none, or when there is no project)."""
    if conn is None or not _has_table(conn):
        return DEFAULTS
    stored = {name: value for name, value in conn.execute("SELECT name, value FROM quality_settings")
              if name in NAMES}
    return replace(DEFAULTS, **{k: float(v) for k, v in stored.items()})


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'quality_settings'").fetchone()[0] > 0
