"""The latest assessment of each company, copied onto its ``companies`` row.

Listing a programme's companies with their latest index must be one flat read even with
100,000 companies, so the latest current assessment's scores live on the company row. Every
write that adds, changes or removes assessments calls :func:`refresh_latest` for the companies
it touched (bulk imports of new companies set the values directly); ``project check`` verifies
that the copies match.
"""
from __future__ import annotations

import sqlite3
from typing import Iterable

LATEST_COLUMNS = ("latest_index", "latest_band", "latest_coverage", "latest_gaps", "latest_date",
                  "latest_round", "latest_toolkit")
SOURCE_COLUMNS = ("score_index", "band", "coverage", "critical_gap_count", "assessed_on", "round",
                  "toolkit_id")
_PICK = (f"SELECT {', '.join('l.' + c for c in SOURCE_COLUMNS)} FROM assessments l "
         "WHERE l.company_id = companies.id AND l.status = 'current' "
         "ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1")
REFRESH = (f"UPDATE companies SET ({', '.join(LATEST_COLUMNS)}) = ({_PICK}), "
           "open_conflicts = (SELECT COUNT(*) FROM assessments k WHERE k.company_id = companies.id "
           "AND k.status = 'conflict')")


def refresh_latest(conn: sqlite3.Connection, company_ids: Iterable[str] | None = None) -> None:
    """Recompute the latest-assessment copies of ``company_ids`` (all companies when None)."""
    if company_ids is None:
        conn.execute(REFRESH)
        return
    conn.executemany(REFRESH + " WHERE id = ?", [(c,) for c in dict.fromkeys(company_ids)])


def stale_companies(conn: sqlite3.Connection) -> list[str]:
    """Companies whose copied latest values differ from their assessments (should be none)."""
    mine = ", ".join("c." + c for c in LATEST_COLUMNS)
    theirs = ", ".join("a." + c for c in SOURCE_COLUMNS)
    rows = conn.execute(
        f"SELECT c.id, {mine}, c.open_conflicts, {theirs}, COALESCE(k.n, 0) FROM companies c "
        "LEFT JOIN assessments a ON a.id = (SELECT l.id FROM assessments l WHERE l.company_id = c.id "
        "AND l.status = 'current' ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1) "
        "LEFT JOIN (SELECT company_id, COUNT(*) AS n FROM assessments WHERE status = 'conflict' "
        "GROUP BY company_id) k ON k.company_id = c.id").fetchall()
    k = len(LATEST_COLUMNS) + 1
    return [r[0] for r in rows if tuple(r[1:1 + k]) != tuple(r[1 + k:])]
