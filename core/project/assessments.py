"""Assessment rows: bulk insertion, reading back, conflicts and their resolution.

Scores live in columns (``score_index``, ``band``, ``coverage``, ``critical_gaps``) and in the
compact ``area_scores`` table, so listings never re-score. Answers sit apart in
``assessment_answers`` (a JSON array aligned with the import's ``answer_items``) and are compared
by hash first and by content when hashes differ.
"""
from __future__ import annotations

import secrets
import sqlite3

import pandas as pd

from core.errors import UserInputError
from core.project import encode
from core.project.latest import refresh_latest
from core.project.model import Assessment

COLUMNS = ("id", "uid", "company_id", "toolkit_ref", "toolkit_id", "assessed_on", "round", "consultant", "status", "conflicts_with", "import_id",
           "source_row", "kobo_uuid", "answers_hash", "score_index", "band",
           "coverage", "critical_gaps", "critical_gap_count")


def insert_rows(conn: sqlite3.Connection, rows: list[tuple], answers: list[tuple],
                areas: list[tuple]) -> None:
    """Insert assessment tuples (in :data:`COLUMNS` order), ``(assessment_id, answers, metadata)``
    and ``(assessment_id, area, score, coverage)``."""
    marks = ", ".join("?" * len(COLUMNS))
    conn.executemany(f"INSERT INTO assessments ({', '.join(COLUMNS)}) VALUES ({marks})", rows)
    conn.executemany("INSERT INTO assessment_answers (assessment_id, answers, metadata) VALUES (?, ?, ?)",
                     answers)
    conn.executemany("INSERT INTO area_scores (assessment_id, area, score, coverage) VALUES (?, ?, ?, ?)",
                     areas)


def next_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}").fetchone()[0])


def new_uids(n: int) -> list[str]:
    """``n`` ids unique across files: a random 64-bit prefix per call and a counter."""
    prefix = secrets.token_hex(8)
    width = max(6, len(f"{n:x}"))      # zero-padded: the unique index only ever appends
    return [f"{prefix}-{i:0{width}x}" for i in range(n)]


def stored_answers(conn: sqlite3.Connection, assessment_id: int) -> tuple[dict, dict]:
    """The answers and metadata dicts of one stored assessment."""
    row = conn.execute("SELECT i.answer_items, w.answers, i.metadata_items, w.metadata "
                       "FROM assessments a JOIN assessment_answers w ON w.assessment_id = a.id "
                       "LEFT JOIN imports i ON i.id = a.import_id WHERE a.id = ?",
                       (assessment_id,)).fetchone()
    if row is None:
        return {}, {}
    return encode.decode(row[0], row[1]), encode.decode(row[2], row[3])


def answers_equal_or_more(existing: dict, incoming: dict) -> str:
    """``same``, ``more`` (incoming only fills blanks of existing) or ``different``."""
    old = {k: v for k, v in existing.items() if v is not None}
    new = {k: v for k, v in incoming.items() if v is not None}
    if old == new:
        return "same"
    if all(k in new and str(new[k]) == str(v) for k, v in old.items()):
        return "more"
    return "different"


def differing_items(old: dict, new: dict) -> list[str]:
    return [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]


def read_assessments(conn: sqlite3.Connection, company_id: str,
                     include_conflicts: bool = True) -> list[Assessment]:
    """Every assessment of a company, oldest first (conflicting ones after the current one)."""
    where = "" if include_conflicts else " AND a.status = 'current'"
    cols = ", ".join(f"a.{c}" for c in COLUMNS)
    rows = conn.execute(f"SELECT {cols}, t.version, t.sha256, i.imported_at FROM assessments a "
                        "JOIN toolkits t ON t.id = a.toolkit_ref LEFT JOIN imports i ON i.id = a.import_id "
                        f"WHERE a.company_id = ?{where} ORDER BY a.assessed_on, a.status, a.id",
                        (company_id,)).fetchall()
    result = []
    for row in rows:
        r = dict(zip((*COLUMNS, "toolkit_version", "toolkit_sha256", "created_at"), row))
        answers, metadata = stored_answers(conn, r["id"])
        areas = {a: (s, c) for a, s, c in conn.execute(
            "SELECT area, score, coverage FROM area_scores WHERE assessment_id = ? ", (r["id"],))}
        result.append(Assessment(
            company_id=r["company_id"], toolkit_id=r["toolkit_id"],
            toolkit_version=r["toolkit_version"], toolkit_sha256=r["toolkit_sha256"],
            assessed_on=r["assessed_on"], answers=answers, round=r["round"],
            consultant=r["consultant"], index=r["score_index"], band=r["band"],
            coverage=r["coverage"], area_scores=areas,
            critical_gaps=(r["critical_gaps"] or "").split(), status=r["status"],
            conflicts_with=r["conflicts_with"], kobo_uuid=r["kobo_uuid"],
            source_row=r["source_row"], metadata=metadata,
            import_id=r["import_id"], id=r["id"], uid=r["uid"], created_at=r["created_at"]))
    return result


def read_conflicts(conn: sqlite3.Connection) -> pd.DataFrame:
    """One row per conflicting assessment, beside the current one it contradicts."""
    rows = conn.execute(
        "SELECT n.id, n.conflicts_with, n.company_id, n.toolkit_id, n.assessed_on, "
        "ni.file_name, oi.file_name, n.score_index, o.score_index "
        "FROM assessments n JOIN assessments o ON o.id = n.conflicts_with "
        "LEFT JOIN imports ni ON ni.id = n.import_id LEFT JOIN imports oi ON oi.id = o.import_id "
        "WHERE n.status = 'conflict' ORDER BY n.company_id, n.assessed_on, n.id").fetchall()
    records = [{"conflict_id": r[0], "current_id": r[1], "company_id": r[2], "toolkit_id": r[3],
                "assessed_on": r[4], "incoming_file": r[5], "current_file": r[6],
                "items": differing_items(stored_answers(conn, r[1])[0], stored_answers(conn, r[0])[0]),
                "incoming_index": r[7], "current_index": r[8]} for r in rows]
    return pd.DataFrame(records, columns=["conflict_id", "current_id", "company_id", "toolkit_id",
                                          "assessed_on", "incoming_file", "current_file", "items",
                                          "incoming_index", "current_index"])


def resolve_conflict(conn: sqlite3.Connection, conflict_id: int, keep: str) -> int:
    """Keep ``incoming`` (the conflicting row becomes current) or ``existing``; returns the winner id."""
    row = conn.execute("SELECT conflicts_with, company_id FROM assessments WHERE id = ? AND "
                       "status = 'conflict'", (conflict_id,)).fetchone()
    if row is None:
        raise UserInputError("no_such_conflict", conflict=conflict_id)
    current_id, company = row
    if keep == "existing":
        conn.execute("DELETE FROM assessments WHERE id = ?", (conflict_id,))
        refresh_latest(conn, [company])
        return current_id
    if keep != "incoming":
        raise ValueError(f"keep must be 'incoming' or 'existing', not {keep!r}")
    conn.execute("UPDATE assessments SET conflicts_with = NULL WHERE id = ?", (conflict_id,))
    conn.execute("UPDATE assessments SET conflicts_with = ? WHERE conflicts_with = ?",
                 (conflict_id, current_id))
    conn.execute("DELETE FROM assessments WHERE id = ?", (current_id,))
    conn.execute("UPDATE assessments SET status = 'current', conflicts_with = NULL WHERE id = ?",
                 (conflict_id,))
    refresh_latest(conn, [company])
    return conflict_id
