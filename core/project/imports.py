"""Bringing scored survey responses into a project: all-or-nothing, idempotent, conflict-aware.

A response is matched to a stored assessment by Kobo ``_uuid`` when it has one, else by
company + toolkit + date. Same answers: unchanged. Answers that only fill blanks of the stored
ones: updated. Different answers: a *conflict*, stored beside the current assessment with
``status = 'conflict'`` for the user to resolve; nothing is overwritten silently.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import sqlite3
from contextlib import contextmanager
from datetime import date

import numpy as np
import pandas as pd

from core.progress import Progress, no_progress
from core.project import assessments as store
from core.project import encode
from core.project.entities import save_chain
from core.project.latest import LATEST_COLUMNS, SOURCE_COLUMNS, refresh_latest
from core.project.matching import classify, point_duplicates, rounds
from core.project.model import ImportOutcome, ValueChain
from core.project.scorecols import area_rows, score_columns
from core.project.timeutil import current_user, now
from core.setup import import_control as control


def store_toolkit(conn: sqlite3.Connection, toolkit) -> int:
    """Keep the toolkit workbook in the file by content hash (once); returns its row id."""
    title = json.dumps(getattr(toolkit, "title", {}) or {}, ensure_ascii=False)
    conn.execute("INSERT INTO toolkits (sha256, toolkit_id, version, title, workbook, added_at) "
                 "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM toolkits WHERE sha256 = ?)",
                 (toolkit.sha256, toolkit.id, toolkit.version, title, toolkit.source_bytes or b"",
                  now(), toolkit.sha256))
    return conn.execute("SELECT id FROM toolkits WHERE sha256 = ?", (toolkit.sha256,)).fetchone()[0]


def import_scored(conn: sqlite3.Connection, survey, toolkit, scores, **options) -> ImportOutcome:
    """Store ``survey`` (a SurveyData) scored as ``scores`` (a ScoreResult). Call inside a transaction.

    Options: ``assessed_on``, ``round``, ``consultant``, ``chain``, ``options`` (the ImportOptions
    used, kept so stored answers can be re-read), ``progress``.
    """
    # Building 100,000 rows of tuples makes the cyclic garbage collector run over and over for
    # nothing (nothing here forms cycles): about a tenth of the time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with _bulk_cache(conn):
            return _import_scored(conn, survey, toolkit, scores, **options)
    finally:
        if enabled:
            gc.enable()


BULK_CACHE_KIB = 65536


@contextmanager
def _bulk_cache(conn):
    """A 64 MB page cache for the import's inserts, the connection's own size again after.

    With SQLite's default 2 MB, a 100,000-row import spills changed pages into the journal
    before the commit and writes many of them again (0.25 s CPU). Only the cache changes:
    journal and ``synchronous=FULL`` stay, so the commit is as durable as every other.
    """
    if not isinstance(conn, sqlite3.Connection):
        yield
        return
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def _import_scored(conn: sqlite3.Connection, survey, toolkit, scores, *, assessed_on: str | None = None,
                   round: int | None = None, consultant: str | None = None,
                   chain: str | None = None, options=None,
                   progress: Progress | None = None) -> ImportOutcome:
    progress = progress or no_progress
    n = len(survey.rows)
    progress(0.0, "preparing")
    frame = pd.DataFrame({
        "pos": np.arange(n), "row": survey.rows,
        "company_id": encode.text_column(survey.company_ids, n),
        "company_name": encode.text_column(survey.company_names, n),
        "assessed_on": control.row_dates(survey, encode.assessment_dates(
            survey.answers, survey.metadata, n, assessed_on)),
        "kobo_uuid": encode.kobo_uuids(survey.metadata, n),
    })
    control.check_usable(survey, int(frame["company_id"].notna().sum()))
    undated = frame["assessed_on"].isna().to_numpy()
    control.reuse_dates(conn, frame, survey.sha256, toolkit.id, assessed_on, undated)
    frame.loc[frame["assessed_on"].isna().to_numpy(), "assessed_on"] = date.today().isoformat()
    frame["undated"] = undated
    frame["answers"] = encode.json_arrays(survey.answers, n)
    frame["hash"] = encode.text_hashes(frame["answers"].tolist(), list(survey.answers.columns))
    progress(0.3, "matching")
    outcome = ImportOutcome(errors=len(survey.errors), cell_errors=list(survey.errors))
    skipped = frame["company_id"].isna().to_numpy()
    outcome.skipped_rows = frame.loc[skipped, "row"].tolist()
    outcome.errors += int(skipped.sum())
    live = frame[~skipped].copy()
    classify(conn, live, toolkit.id, survey.answers)
    from core.quality.store import compute_flags, store_flags  # core.quality uses core.edits
    flags = compute_flags(conn, toolkit, survey, scores, frame["assessed_on"].tolist())
    outcome.add_flags(flags, survey)
    progress(0.5, "writing")

    sha = toolkit.sha256
    import_id = store.next_id(conn, "imports")
    fresh, unnamed = _company_changes(conn, live)
    outcome.companies_added = len(fresh)
    # every live row gets an id up front (unused ones leave gaps) so duplicates can point at them
    first_id = store.next_id(conn, "assessments")
    live["id"] = np.arange(first_id, first_id + len(live))
    point_duplicates(live)
    live["round"] = rounds(conn, live, toolkit.id, round)
    counts = live["action"].value_counts()
    outcome.added, outcome.updated = int(counts.get("add", 0)), int(counts.get("update", 0))
    outcome.unchanged, outcome.conflicts = int(counts.get("same", 0)), int(counts.get("conflict", 0))
    if chain and not outcome.companies_added:
        _add_to_chain(conn, chain, live["company_id"].unique().tolist(), import_id)
    if not (outcome.added or outcome.updated or outcome.conflicts or outcome.companies_added):
        # a re-import that changes nothing leaves the file as it was: no new import record
        row = conn.execute("SELECT MAX(id) FROM imports WHERE sha256 = ?", (survey.sha256,)).fetchone()
        outcome.import_id = row[0] if row else None
        progress(1.0, "done")
        return outcome
    outcome.import_id = import_id
    toolkit_ref = store_toolkit(conn, toolkit)
    _insert_import(conn, import_id, survey, sha, n, outcome, options)

    cols = score_columns(toolkit, scores, n)
    written = live[live["action"].isin(("add", "conflict", "update")).to_numpy()]
    pos = written["pos"].to_numpy()
    update = written["action"].eq("update").to_numpy()
    ids = np.where(update, written["match_id"].to_numpy(dtype=float, na_value=0),
                   written["id"].to_numpy()).astype(np.int64)
    progress(0.6, "encoding")
    answers = written["answers"].tolist()
    metadata = encode.json_arrays(None if survey.metadata is None else survey.metadata.iloc[pos], len(pos))
    k = len(pos)
    pick = lambda values: np.asarray(values, dtype=object)[pos].tolist()  # noqa: E731
    status = np.where(written["action"].eq("conflict"), "conflict", "current")
    columns = {
        "id": ids.tolist(), "uid": store.new_uids(k), "company_id": written["company_id"].tolist(),
        "toolkit_ref": [toolkit_ref] * k, "toolkit_id": [toolkit.id] * k,
        "assessed_on": written["assessed_on"].tolist(), "round": _nullable_ints(written["round"]),
        "consultant": control.row_consultants(survey, pos, consultant), "status": status.tolist(),
        "conflicts_with": _nullable_ints(written["conflicts_with"]), "import_id": [import_id] * k,
        "source_row": written["row"].astype(int).tolist(), "kobo_uuid": written["kobo_uuid"].tolist(),
        "answers_hash": written["hash"].tolist(), "score_index": pick(cols["index"]),
        "band": pick(cols["band"]), "coverage": pick(cols["coverage"]),
        "critical_gaps": pick(cols["gaps"]), "critical_gap_count": pick(cols["gap_count"])}
    rows = list(zip(*(columns[c] for c in store.COLUMNS)))
    answer_rows = list(zip(ids.tolist(), answers, metadata))
    progress(0.7, "writing")
    _insert_companies(conn, fresh, unnamed, consultant, _latest_of(columns), import_id)
    outcome.cell_errors += control.apply_company_roles(conn, survey, live)
    _apply_updates(conn, [r for r, u in zip(rows, update) if u], [a for a, u in zip(answer_rows, update) if u])
    store.insert_rows(conn, [r for r, u in zip(rows, update) if not u],
                      [a for a, u in zip(answer_rows, update) if not u], area_rows(cols, ids, pos))
    store_flags(conn, flags, pos, ids, ids[update].tolist())
    fresh_ids = set(fresh["company_id"])
    conflicted = set(written.loc[written["action"].eq("conflict").to_numpy(), "company_id"])
    refresh_latest(conn, [c for c in written["company_id"].unique()
                          if c not in fresh_ids or c in conflicted])
    if chain and outcome.companies_added:
        _add_to_chain(conn, chain, live["company_id"].unique().tolist(), import_id)

    outcome.conflict_rows = [{"row": int(r.row), "company_id": r.company_id,
                              "assessed_on": r.assessed_on, "existing_id": int(r.conflicts_with)}
                             for r in live[live["action"].eq("conflict")].itertuples()]
    progress(1.0, "done")
    return outcome


def _company_changes(conn, live: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Companies new to the project, and known ones that have no name yet but get one now."""
    firsts = live.drop_duplicates("company_id")
    known = dict(conn.execute("SELECT id, name FROM companies").fetchall())
    is_known = firsts["company_id"].isin(known.keys())
    nameless = firsts["company_id"].isin([c for c, name in known.items() if not name])
    unnamed = firsts[nameless & firsts["company_name"].notna()]
    return firsts[~is_known], unnamed


def _latest_of(columns: dict[str, list]) -> pd.DataFrame:
    """Per company, the latest current assessment among the rows about to be written."""
    frame = pd.DataFrame({c: columns[c] for c in ("company_id", "assessed_on", "id", "status",
                                                  *SOURCE_COLUMNS) if c in columns})
    frame = frame[frame["status"] == "current"]
    if frame["company_id"].is_unique:       # one row per company (a first import): nothing to pick
        return frame.set_index("company_id")
    frame = frame.sort_values(["company_id", "assessed_on", "id"])
    return frame.drop_duplicates("company_id", keep="last").set_index("company_id")


def _nullable_ints(values: pd.Series) -> list:
    """Whole numbers as Python ints, missing ones as None."""
    arr = values.to_numpy(dtype=float, na_value=np.nan)
    out = arr.astype(object)
    ok = ~np.isnan(arr)
    out[ok] = arr[ok].astype(np.int64)
    out[~ok] = None
    return out.tolist()


def _insert_companies(conn, fresh: pd.DataFrame, unnamed: pd.DataFrame, consultant: str | None,
                      latest: pd.DataFrame, import_id: int | None = None) -> None:
    stamp, origin = now(), f"import by {current_user() or '?'}"
    ids = fresh["company_id"].tolist()
    values = latest.reindex(ids)[list(SOURCE_COLUMNS)].astype(object)
    values = values.where(values.notna(), None).to_numpy().tolist()
    cols = ", ".join(LATEST_COLUMNS)
    conn.executemany(f"INSERT INTO companies (id, name, role, consultant, created_at, updated_at, origin, "
                     f"import_id, {cols}) VALUES (?, ?, 'supplier', ?, ?, ?, ?, ?, "
                     f"{', '.join('?' * len(LATEST_COLUMNS))})",
                     [(c, n, consultant, stamp, stamp, origin, import_id, *v)
                      for c, n, v in zip(ids, fresh["company_name"].tolist(), values)])
    conn.executemany("UPDATE companies SET name = ?, updated_at = ? WHERE id = ?",
                     [(n, stamp, c) for c, n in zip(unnamed["company_id"], unnamed["company_name"])])


def _insert_import(conn, import_id, survey, sha, n, outcome: ImportOutcome, options) -> None:
    mapping = json.dumps(dataclasses.asdict(survey.mapping) if dataclasses.is_dataclass(survey.mapping)
                         else {}, ensure_ascii=False, default=str)
    errors = json.dumps([e.as_dict() for e in survey.errors], ensure_ascii=False, default=str)
    items = json.dumps([str(c) for c in survey.answers.columns], ensure_ascii=False)
    meta = json.dumps([str(c) for c in getattr(survey.metadata, "columns", [])], ensure_ascii=False)
    conn.execute("INSERT INTO imports (id, uid, file_name, sha256, sheet, imported_at, imported_by, "
                 "toolkit_sha256, row_count, added, updated, unchanged, conflicts, errors, "
                 "answer_items, metadata_items, options, mapping, error_list) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (import_id, store.new_uids(1)[0], survey.file, survey.sha256, survey.sheet, now(),
                  current_user(), sha, n, outcome.added, outcome.updated, outcome.unchanged,
                  outcome.conflicts, outcome.errors, items, meta, _options_json(options), mapping, errors))


def _options_json(options) -> str:
    """The import options as JSON; numbers in stored answers are read back with them."""
    if options is None:
        return "{}"
    data = dataclasses.asdict(options) if dataclasses.is_dataclass(options) else dict(options)
    return json.dumps(data, ensure_ascii=False, default=str)


def _apply_updates(conn, updates: list[tuple], answers: list[tuple]) -> None:
    """Completed assessments: new answers, scores and import; the old area scores go."""
    if not updates:
        return
    fields = ("import_id", "source_row", "kobo_uuid", "answers_hash", "score_index", "band",
              "coverage", "critical_gaps", "critical_gap_count")
    at = {c: i for i, c in enumerate(store.COLUMNS)}
    conn.executemany(f"UPDATE assessments SET {', '.join(f + ' = ?' for f in fields)} WHERE id = ?",
                     [tuple(row[at[f]] for f in fields) + (row[0],) for row in updates])
    conn.executemany("UPDATE assessment_answers SET answers = ?, metadata = ? WHERE assessment_id = ?",
                     [(a, m, i) for i, a, m in answers])
    conn.executemany("DELETE FROM area_scores WHERE assessment_id = ?", [(row[0],) for row in updates])


def _add_to_chain(conn, name: str, company_ids: list[str], import_id: int | None = None) -> None:
    """Add the companies to the chain (created when new); rows added carry the import's id so
    removing the import removes them too. A supplier already in another chain stays there."""
    row = conn.execute("SELECT id FROM value_chains WHERE name = ?", (name,)).fetchone()
    if row is None:
        chain_id = save_chain(conn, ValueChain(name)).id
        conn.execute("UPDATE value_chains SET import_id = ? WHERE id = ?", (import_id, chain_id))
    else:
        chain_id = row[0]
    placed = {r[0] for r in conn.execute("SELECT company_id FROM chain_members WHERE role = 'supplier' "
                                         "OR chain_id = ?", (chain_id,))}
    stamp = now()[:10]
    conn.executemany("INSERT INTO chain_members (chain_id, company_id, joined_on, import_id) "
                     "VALUES (?, ?, ?, ?)", [(chain_id, c, stamp, import_id) for c in
                                             dict.fromkeys(company_ids) if c not in placed])
