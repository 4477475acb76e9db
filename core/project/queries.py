"""Bulk reads of the project's tables for the read-model and the reports (the store's query
functions: other packages call these instead of writing SQL against the project's tables)."""
from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd

LATEST_ANSWERS = (
    "SELECT a.company_id, t.sha256, i.answer_items, w.answers FROM assessments a "
    "JOIN toolkits t ON t.id = a.toolkit_ref JOIN assessment_answers w ON w.assessment_id = a.id "
    "LEFT JOIN imports i ON i.id = a.import_id WHERE a.status = 'current' "
    "ORDER BY a.company_id, a.assessed_on, a.id")


def frame(conn: sqlite3.Connection, sql: str, params: tuple, columns: list[str]) -> pd.DataFrame:
    """The rows of ``sql`` as object columns (empty columns when there are no rows)."""
    rows = conn.execute(sql, params).fetchall()
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.DataFrame({c: np.asarray(v, dtype=object) for c, v in zip(columns, zip(*rows))})


def chain_memberships(conn: sqlite3.Connection) -> pd.DataFrame:
    """company_id, chain_id, chain_name: each company's first value chain (anchor or supplier)."""
    rows = conn.execute(
        "SELECT company_id, chain_id, name FROM (SELECT v.anchor_id AS company_id, v.id AS chain_id, "
        "v.name, v.id AS k1, 0 AS k2 FROM value_chains v WHERE v.anchor_id IS NOT NULL UNION ALL "
        "SELECT m.company_id, v.id, v.name, v.id, 1 FROM chain_members m JOIN value_chains v "
        "ON v.id = m.chain_id) ORDER BY k1, k2").fetchall()
    seen: dict[str, tuple] = {}
    for company, chain_id, name in rows:
        seen.setdefault(company, (chain_id, name))
    return pd.DataFrame({"company_id": pd.Series(list(seen), dtype=object),
                         "chain_id": pd.Series([v[0] for v in seen.values()], dtype=object),
                         "chain_name": pd.Series([v[1] for v in seen.values()], dtype=object)})


def stored_toolkits(conn: sqlite3.Connection) -> list[tuple[str, str, bytes]]:
    """(sha256, toolkit id, workbook bytes) of every toolkit an assessment was scored with."""
    return [(sha, tid, bytes(wb)) for sha, tid, wb in conn.execute(
        "SELECT sha256, toolkit_id, workbook FROM toolkits ORDER BY id")]


def latest_area_scores(conn: sqlite3.Connection, company_ids=None) -> pd.DataFrame:
    """company_id and one ``area:<id>`` column per area: the scores of each company's latest
    current assessment (one query; the area scores are pivoted in numpy)."""
    rows = conn.execute(
        "SELECT c.id, s.area, s.score FROM companies c JOIN area_scores s "
        "ON s.assessment_id = (SELECT l.id FROM assessments l WHERE l.company_id = c.id "
        "AND l.status = 'current' ORDER BY l.assessed_on DESC, l.id DESC LIMIT 1)").fetchall()
    if not rows:
        return pd.DataFrame({"company_id": pd.Series(dtype=object)})
    companies, areas, scores = zip(*rows)
    ids, at = np.unique(np.asarray(companies, dtype=object), return_inverse=True)
    names, which = np.unique(np.asarray(areas, dtype=object), return_inverse=True)
    grid = np.full((len(ids), len(names)), np.nan)
    grid[at, which] = np.asarray([np.nan if s is None else s for s in scores], dtype=float)
    out = pd.DataFrame(grid, columns=[f"area:{a}" for a in names])
    out.insert(0, "company_id", pd.Series(ids, dtype=object))
    if company_ids is not None:
        out = out[out["company_id"].isin(set(company_ids))].reset_index(drop=True)
    return out


def latest_answers(conn: sqlite3.Connection, company_ids=None) -> dict[tuple[str, str | None], tuple[list[str], pd.DataFrame]]:
    """The stored answers of each company's latest current assessment, grouped by (toolkit
    sha256, the import's item list): ``{(sha, items_json): (companies, answers frame)}``.

    Decodes like :func:`core.project.encode.decode`, in bulk: one frame per item list."""
    wanted = None if company_ids is None else set(company_ids)
    latest: dict[str, tuple[str, str | None, str]] = {}
    for company, sha, items_json, answers_json in conn.execute(LATEST_ANSWERS):
        if wanted is None or company in wanted:
            latest[company] = (sha, items_json, answers_json)   # ordered by date: the last wins
    groups: dict[tuple[str, str | None], tuple[list[str], list[list]]] = {}
    for company, (sha, items_json, answers_json) in latest.items():
        companies, rows = groups.setdefault((sha, items_json), ([], []))
        companies.append(company)
        rows.append(json.loads(answers_json))
    return {key: (companies, pd.DataFrame(rows, columns=json.loads(key[1] or "[]"), dtype=object))
            for key, (companies, rows) in groups.items()}
