"""Merging another consultant's file: flags travel with their assessments (matched by uid).

The target's thresholds stay as they are: settings are the programme's, not a consultant's.
"""
from __future__ import annotations

import sqlite3

from core.project.merge import register_merger
from core.quality.store import has_quality_tables


def merge_flags(conn: sqlite3.Connection, src: sqlite3.Connection, _outcome=None) -> dict:
    """Copy the source's flags onto the target's assessments with the same uid."""
    if not (has_quality_tables(src) and has_quality_tables(conn)):
        return {"flags_added": 0}
    incoming = src.execute("SELECT a.uid, f.code, f.value, f.threshold FROM quality_flags f "
                           "JOIN assessments a ON a.id = f.assessment_id").fetchall()
    ids = dict(conn.execute("SELECT uid, id FROM assessments").fetchall())
    rows = [(ids[uid], code, value, threshold) for uid, code, value, threshold in incoming if uid in ids]
    before = conn.total_changes
    conn.executemany("INSERT OR IGNORE INTO quality_flags (assessment_id, code, value, threshold) "
                     "VALUES (?, ?, ?, ?)", rows)
    return {"flags_added": conn.total_changes - before}


register_merger("quality", ("quality_flags", "quality_settings"), merge_flags)
