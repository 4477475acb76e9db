"""Flags kept with the assessments (table ``quality_flags``, migration 005) and the thresholds
as edits (``quality_settings``: undoable, in the audit log)."""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

from core.edits import Edit, register_table
from core.edits.build import insert, update
from core.project.timeutil import now
from core.quality.flags import QualityFlags
from core.quality.rules import QualityInput, quality_flags
from core.quality.settings import NAMES, read_settings

register_table("quality_settings", ("name",))


def has_quality_tables(conn: sqlite3.Connection | None) -> bool:
    return conn is not None and conn.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'quality_flags'").fetchone()[0] > 0


def previous_index(conn: sqlite3.Connection | None, toolkit_id: str, company_ids: list,
                   dates: list) -> np.ndarray | None:
    """Per response: the index of the company's latest current assessment with the same toolkit
    strictly before the response's date (NaN when it has none). None without a project."""
    if conn is None:
        return None
    stored = pd.DataFrame(conn.execute(
        "SELECT company_id, assessed_on, score_index FROM assessments WHERE status = 'current' "
        "AND toolkit_id = ? AND score_index IS NOT NULL", (toolkit_id,)).fetchall(),
        columns=["company_id", "date", "before"])
    out = np.full(len(company_ids), np.nan)
    if stored.empty:
        return out
    rows = pd.DataFrame({"company_id": company_ids, "date": dates, "pos": np.arange(len(company_ids))})
    rows = rows[rows["company_id"].isin(set(stored["company_id"])) & rows["date"].notna()]
    if rows.empty:
        return out
    for frame in (rows, stored):
        frame["at"] = pd.to_datetime(frame["date"], errors="coerce")
    rows, stored = rows.dropna(subset=["at"]), stored.dropna(subset=["at"])
    found = pd.merge_asof(rows.sort_values("at"), stored.sort_values("at")[["company_id", "at", "before"]],
                          on="at", by="company_id", allow_exact_matches=False)
    out[found["pos"].to_numpy(int)] = found["before"].to_numpy(float)
    return out


def compute_flags(conn: sqlite3.Connection | None, toolkit, survey, scores,
                  dates: list | None = None) -> QualityFlags:
    """The flags of a survey scored as ``scores``, with the project's thresholds and previous
    rounds when ``conn`` is a project (``dates``: each response's assessment date)."""
    usable = conn if has_quality_tables(conn) else None
    previous = None
    if usable is not None and dates is not None:
        previous = previous_index(usable, toolkit.id, list(survey.company_ids), dates)
    return quality_flags(QualityInput(toolkit, survey, scores, read_settings(usable), previous))


def survey_flags(conn: sqlite3.Connection | None, toolkit, survey,
                 assessed_on: str | None = None) -> QualityFlags:
    """Score ``survey`` and compute its flags as the import will (the import wizard's report)."""
    from core.project.encode import assessment_dates
    from core.scoring import score_responses
    scores = score_responses(toolkit, survey.values)
    dates = assessment_dates(survey.answers, survey.metadata, len(survey.rows), assessed_on).tolist()
    return compute_flags(conn, toolkit, survey, scores, dates)


def store_flags(conn: sqlite3.Connection, flags: QualityFlags, positions: np.ndarray,
                assessment_ids: np.ndarray, replaced: list[int]) -> int:
    """Write the flags of the responses at ``positions`` as those of ``assessment_ids``;
    assessments in ``replaced`` lose their old flags first. Returns the rows written."""
    if not has_quality_tables(conn):
        return 0
    if replaced:
        conn.executemany("DELETE FROM quality_flags WHERE assessment_id = ?", [(i,) for i in replaced])
    owner = dict(zip(np.asarray(positions).tolist(), np.asarray(assessment_ids).tolist()))
    rows = []
    for hit in flags.hits:
        threshold = json.dumps(hit.threshold, ensure_ascii=False)
        for p, value in zip(hit.positions.tolist(), hit.values):
            if p in owner:
                rows.append((owner[p], hit.code, json.dumps(value, ensure_ascii=False), threshold))
    conn.executemany("INSERT OR REPLACE INTO quality_flags (assessment_id, code, value, threshold) "
                     "VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def company_flags(conn: sqlite3.Connection, company_id: str) -> pd.DataFrame:
    """The flags of every assessment of a company, newest first:
    assessment_id, assessed_on, round, status, code, value, threshold (values decoded)."""
    columns = ["assessment_id", "assessed_on", "round", "status", "code", "value", "threshold"]
    if not has_quality_tables(conn):
        return pd.DataFrame(columns=columns)
    rows = conn.execute(
        "SELECT a.id, a.assessed_on, a.round, a.status, f.code, f.value, f.threshold "
        "FROM quality_flags f JOIN assessments a ON a.id = f.assessment_id WHERE a.company_id = ? "
        "ORDER BY a.assessed_on DESC, a.id DESC, f.code", (company_id,)).fetchall()
    frame = pd.DataFrame(rows, columns=columns)
    for name in ("value", "threshold"):
        frame[name] = [json.loads(v) if v is not None else None for v in frame[name]]
    return frame


def latest_flag_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Per company: the flags on its latest current assessment (companies without flags left out)."""
    if not has_quality_tables(conn):
        return {}
    return dict(conn.execute(
        "SELECT a.company_id, COUNT(*) FROM quality_flags f JOIN assessments a ON a.id = f.assessment_id "
        "JOIN companies c ON c.id = a.company_id AND c.latest_date = a.assessed_on "
        "AND c.latest_toolkit = a.toolkit_id WHERE a.status = 'current' GROUP BY a.company_id").fetchall())


def settings_edit(conn: sqlite3.Connection, values: dict[str, float]) -> Edit:
    """The one edit setting thresholds ``{name: value}`` (unchanged ones left out)."""
    from core.errors import UserInputError
    changes = []
    stamp = now()
    for name, value in values.items():
        if name not in NAMES:
            raise UserInputError("quality.unknown_setting", name=name, names=", ".join(NAMES))
        if not (isinstance(value, (int, float)) and 0 <= value < float("inf")):
            raise UserInputError("quality.bad_setting", name=name, value=value)
        key = {"name": name}
        row = conn.execute("SELECT value FROM quality_settings WHERE name = ?", (name,)).fetchone()
        if row is None:
            changes.append(insert("quality_settings", key, {"value": float(value), "updated_at": stamp}))
        elif row[0] != float(value):
            changes.extend(update(conn, "quality_settings", key, {"value": float(value), "updated_at": stamp}))
    names = ", ".join(values)
    return Edit("quality.setting_changed", tuple(changes), "programme", None, {"name": names})


__all__ = ["compute_flags", "survey_flags", "store_flags", "company_flags", "latest_flag_counts", "previous_index",
           "settings_edit", "read_settings", "has_quality_tables"]
