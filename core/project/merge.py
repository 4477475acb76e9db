"""Merging other consultants' project files into one programme, losing nothing.

Records are matched by ``uid`` (the same record copied between files), then by their natural
key: companies by id, value chains by name, imports by uid, assessments by company + toolkit +
date. Identical records merge; new ones are added with their provenance (import file, who,
when, and the file they came from); conflicting ones are listed: a conflicting assessment is
stored beside the current one with ``status = 'conflict'``, and company fields that differ keep
the target's value and are reported (the source file keeps its own).
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from core.errors import Problem, UserInputError
from core.progress import Progress, no_progress
from core.project import assessments as store
from core.project.entities import COMPANY_FIELDS
from core.project.latest import refresh_latest
from core.project.timeutil import current_user, now
from core.registry import Registry

OWN_TABLES = ("programme", "companies", "supplied_items", "value_chains", "chain_members",
              "chain_phases", "toolkits", "imports", "assessments", "assessment_answers",
              "area_scores", "merges", "audit_log", "chain_membership_history")


@dataclass(frozen=True)
class Merger:
    """How a package merges its own tables: ``merge(target_conn, source_conn, outcome)`` returns a
    dict of counts; it runs in the same transaction, after companies, chains and assessments."""

    name: str
    tables: tuple[str, ...]
    merge: Callable


# Other packages' tables (risk registers, improvement plans), by merger name. A package of the
# core that keeps tables in the project file merges them in its ``merge`` module, which calls
# register_merger; those modules are found on the first merge (the project package names none).
MERGERS: Registry[Merger] = Registry("project merger")


def register_merger(name: str, tables: tuple[str, ...], merge: Callable) -> None:
    """Let another module merge its own ``tables`` (called once per source file)."""
    MERGERS.add(name, Merger(name, tuple(tables), merge))


def load_mergers() -> list[str]:
    """Import the ``merge`` module of every package of the core that has one (they register
    themselves); returns the packages found."""
    import importlib
    import pkgutil

    import core
    found = []
    for info in pkgutil.iter_modules(core.__path__):
        if not info.ispkg or info.name == "project":
            continue
        name = f"core.{info.name}.merge"
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        found.append(info.name)
    return found


@dataclass
class MergeOutcome:
    source: str
    added: int = 0                      # assessments
    unchanged: int = 0
    conflicts: int = 0
    companies_added: int = 0
    chains_added: int = 0
    imports_added: int = 0
    company_conflicts: list[dict] = field(default_factory=list)   # {company_id, field, target, source}
    conflict_rows: list[dict] = field(default_factory=list)       # {company_id, assessed_on, conflict_id}
    extra: dict = field(default_factory=dict)          # what registered mergers report, by name
    unmerged_tables: list[str] = field(default_factory=list)      # source rows no merger handles

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def merge_into(project, source: Path, progress: Progress | None = None) -> MergeOutcome:
    """Merge one source file into ``project`` in one transaction."""
    from core.project.store import Project
    progress = progress or no_progress
    load_mergers()
    source = Path(source)
    if not source.exists():
        raise UserInputError("file_not_found", path=str(source))
    if source.resolve() == Path(project.path).resolve():
        raise UserInputError("merge_same_file", path=str(source))
    with tempfile.TemporaryDirectory(prefix="encadena-merge-") as tmp:
        # read a private copy, migrated to our schema; the source file itself is never touched
        copy = Path(tmp) / "source.encadena"
        shutil.copyfile(source, copy)
        for suffix in ("-wal", "-shm"):
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
        try:
            other = Project.open(copy, backups=False)
            other._remember = False                # a private copy: nothing to remember
        except UserInputError as exc:      # name the user's file, not the private copy
            if exc.params.get("path") == str(copy):
                exc.params["path"] = str(source)
            if exc.code in ("safety.tampered", "safety.check_too_slow", "safety.tampered_schema"):
                raise UserInputError("safety.merge_refused", problems=exc.problems or [
                    Problem(exc.code, params=exc.params)], path=str(source)) from None
            raise
        try:
            progress(0.1, "reading")
            with project.transaction() as conn:
                outcome = _merge(conn, other.conn, str(source), progress)
        finally:
            other.close()
    return outcome


def _merge(conn: sqlite3.Connection, src: sqlite3.Connection, source: str,
           progress: Progress) -> MergeOutcome:
    outcome = MergeOutcome(source)
    src_uid, src_name = src.execute("SELECT uid, name FROM programme").fetchone()
    toolkit_map = {}
    for sid, *row in src.execute("SELECT id, sha256, toolkit_id, version, title, workbook, added_at "
                                 "FROM toolkits").fetchall():
        conn.execute("INSERT INTO toolkits (sha256, toolkit_id, version, title, workbook, added_at) "
                     "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM toolkits WHERE sha256 = ?)",
                     (*row, row[0]))
        toolkit_map[sid] = conn.execute("SELECT id FROM toolkits WHERE sha256 = ?", (row[0],)).fetchone()[0]
    _merge_companies(conn, src, source, outcome)
    progress(0.3, "companies")
    _merge_chains(conn, src, outcome)
    conn.executemany("INSERT INTO chain_membership_history (uid, chain_uid, chain_name, company_id, "
                     "event, at, who) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                     "chain_membership_history WHERE uid = ?)",
                     [(*r, r[0]) for r in src.execute(
                         "SELECT uid, chain_uid, chain_name, company_id, event, at, who "
                         "FROM chain_membership_history")])
    import_map = _merge_imports(conn, src, source, outcome)
    progress(0.5, "assessments")
    _merge_assessments(conn, src, import_map, toolkit_map, outcome)
    for merger in MERGERS:
        outcome.extra[merger.name] = merger.merge(conn, src, outcome)
    _merge_audit_log(conn, src)
    outcome.unmerged_tables = _unmerged_tables(src)
    conn.execute("INSERT INTO merges (source_file, source_uid, source_name, merged_at, merged_by, added, "
                 "unchanged, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (source, src_uid, src_name, now(), current_user(), outcome.added, outcome.unchanged,
                  outcome.conflicts))
    progress(1.0, "done")
    return outcome


AUDIT_COLUMNS = ("uid", "edit_uid", "at", "who", "action", "subject_kind", "subject_id",
                 "table_name", "record_key", "field", "old_value", "new_value")


def _merge_audit_log(conn: sqlite3.Connection, src: sqlite3.Connection) -> None:
    """The source's audit entries the target lacks (by uid): who changed what travels too."""
    cols = ", ".join(AUDIT_COLUMNS)
    marks = ", ".join("?" * len(AUDIT_COLUMNS))
    rows = src.execute(f"SELECT {cols} FROM audit_log ORDER BY id").fetchall()
    conn.executemany(f"INSERT INTO audit_log ({cols}) SELECT {marks} WHERE NOT EXISTS "
                     "(SELECT 1 FROM audit_log WHERE uid = ?)", [(*r, r[0]) for r in rows])


def _unmerged_tables(src) -> list[str]:
    """Tables of the source holding rows that neither this module nor a merger brings over."""
    handled = set(OWN_TABLES) | {t for merger in MERGERS for t in merger.tables}
    names = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return [t for t in names if t not in handled
            and src.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] > 0]


def _merge_companies(conn, src, source: str, outcome: MergeOutcome) -> None:
    cols = ("id", *COMPANY_FIELDS, "supplied_criticality", "created_at", "updated_at")
    select = f"SELECT {', '.join(cols)} FROM companies"
    target = {r[0]: dict(zip(cols, r)) for r in conn.execute(select)}
    for row in src.execute(select).fetchall():
        record = dict(zip(cols, row))
        mine = target.get(record["id"])
        if mine is None:
            record["origin"] = record["origin"] or f"merged from {Path(source).name}"
            conn.execute(f"INSERT INTO companies ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [record[c] for c in cols])
            conn.executemany("INSERT INTO supplied_items (company_id, item, criticality) VALUES (?, ?, ?)",
                             src.execute("SELECT company_id, item, criticality FROM supplied_items "
                                         "WHERE company_id = ?", (record["id"],)).fetchall())
            outcome.companies_added += 1
            continue
        fill = {}
        for f in (*COMPANY_FIELDS, "supplied_criticality"):
            if f == "origin" or record[f] is None or record[f] == mine[f]:
                continue
            if mine[f] is None:
                fill[f] = record[f]
            else:
                outcome.company_conflicts.append({"company_id": record["id"], "field": f,
                                                  "target": mine[f], "source": record[f]})
        if fill:
            conn.execute(f"UPDATE companies SET {', '.join(f + ' = ?' for f in fill)} WHERE id = ?",
                         [*fill.values(), record["id"]])
        conn.executemany("INSERT INTO supplied_items (company_id, item, criticality) SELECT ?, ?, ? "
                         "WHERE NOT EXISTS (SELECT 1 FROM supplied_items WHERE company_id = ? AND item = ?)",
                         [(c, i, k, c, i) for c, i, k in src.execute(
                             "SELECT company_id, item, criticality FROM supplied_items WHERE company_id = ?",
                             (record["id"],))])


def _merge_chains(conn, src, outcome: MergeOutcome) -> None:
    for cid, uid, name, sector, anchor, consultant, created in src.execute(
            "SELECT id, uid, name, sector, anchor_id, consultant, created_at FROM value_chains").fetchall():
        row = conn.execute("SELECT id FROM value_chains WHERE name = ?", (name,)).fetchone()
        if row is None:
            target_id = conn.execute("INSERT INTO value_chains (uid, name, sector, anchor_id, consultant, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                                     (uid, name, sector, anchor, consultant, created)).lastrowid
            outcome.chains_added += 1
        else:
            target_id = row[0]
            conn.execute("UPDATE value_chains SET sector = COALESCE(sector, ?), anchor_id = "
                         "COALESCE(anchor_id, ?), consultant = COALESCE(consultant, ?) WHERE id = ?",
                         (sector, anchor, consultant, target_id))
        # migration 006: region and start date fill blanks; member roles come along
        conn.execute("UPDATE value_chains SET (region, starts_on) = (SELECT COALESCE(t.region, ?), "
                     "COALESCE(t.starts_on, ?) FROM value_chains t WHERE t.id = value_chains.id) "
                     "WHERE id = ?", (*src.execute("SELECT region, starts_on FROM value_chains "
                                                   "WHERE id = ?", (cid,)).fetchone(), target_id))
        conn.executemany("INSERT INTO chain_members (chain_id, company_id, role, joined_on) "
                         "SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                         "(SELECT 1 FROM chain_members WHERE chain_id = ? AND company_id = ?)",
                         [(target_id, m, role, joined, target_id, m) for m, role, joined in src.execute(
                             "SELECT company_id, role, joined_on FROM chain_members WHERE chain_id = ?",
                             (cid,))])
        conn.executemany("INSERT INTO chain_phases (chain_id, phase, starts_on, ends_on) SELECT ?, ?, ?, ? "
                         "WHERE NOT EXISTS (SELECT 1 FROM chain_phases WHERE chain_id = ? AND phase = ?)",
                         [(target_id, p, s, e, target_id, p) for p, s, e in src.execute(
                             "SELECT phase, starts_on, ends_on FROM chain_phases WHERE chain_id = ?", (cid,))])


IMPORT_COLS = ("uid", "file_name", "sha256", "sheet", "imported_at", "imported_by", "toolkit_sha256",
               "row_count", "added", "updated", "unchanged", "conflicts", "errors", "answer_items",
               "metadata_items", "options", "mapping",
               "error_list", "origin_file")


def _merge_imports(conn, src, source: str, outcome: MergeOutcome) -> dict[int, int]:
    known = dict(conn.execute("SELECT uid, id FROM imports").fetchall())
    mapping = {}
    for sid, *row in src.execute(f"SELECT id, {', '.join(IMPORT_COLS)} FROM imports").fetchall():
        record = dict(zip(IMPORT_COLS, row))
        if record["uid"] in known:
            mapping[sid] = known[record["uid"]]
            continue
        record["origin_file"] = record["origin_file"] or source
        mapping[sid] = conn.execute(
            f"INSERT INTO imports ({', '.join(IMPORT_COLS)}) VALUES ({', '.join('?' * len(IMPORT_COLS))})",
            [record[c] for c in IMPORT_COLS]).lastrowid
        outcome.imports_added += 1
    return mapping


def _merge_assessments(conn, src, import_map: dict[int, int], toolkit_map: dict[int, int],
                       outcome: MergeOutcome) -> None:
    cols = list(store.COLUMNS)
    incoming = pd.DataFrame(src.execute(f"SELECT {', '.join(cols)} FROM assessments ORDER BY "
                                        "CASE status WHEN 'current' THEN 0 ELSE 1 END, id").fetchall(),
                            columns=cols)
    if incoming.empty:
        return
    mine = pd.DataFrame(conn.execute("SELECT id, uid, company_id, toolkit_id, assessed_on, status, "
                                     "answers_hash, conflicts_with FROM assessments").fetchall(),
                        columns=["id", "uid", "company_id", "toolkit_id", "assessed_on", "status",
                                 "hash", "conflicts_with"])
    by_uid = set(mine["uid"])
    current = mine[mine["status"] == "current"]
    key_of = lambda f: f["company_id"] + "\x1f" + f["toolkit_id"] + "\x1f" + f["assessed_on"]  # noqa: E731
    current_by_key = dict(zip(key_of(current), current["id"]))
    hash_by_id = dict(zip(mine["id"], mine["hash"]))
    waiting = set(zip(mine["conflicts_with"], mine["hash"]))
    next_id = store.next_id(conn, "assessments")
    rows, id_map = [], {}
    for r in incoming.to_dict("records"):   # current rows first, so conflicts find them
        if r["uid"] in by_uid:
            outcome.unchanged += 1
            continue
        key = f"{r['company_id']}\x1f{r['toolkit_id']}\x1f{r['assessed_on']}"
        here = current_by_key.get(key)
        if here is not None and (hash_by_id[here] == r["answers_hash"]
                                 or (here, r["answers_hash"]) in waiting):
            outcome.unchanged += 1
            continue
        new_id = next_id
        next_id += 1
        id_map[r["id"]] = new_id
        r.update(id=new_id, import_id=import_map.get(r["import_id"]),
                 toolkit_ref=toolkit_map[r["toolkit_ref"]])
        if here is None:
            r.update(status="current", conflicts_with=None)
            current_by_key[key] = new_id
            outcome.added += 1
        else:
            r.update(status="conflict", conflicts_with=here)
            outcome.conflicts += 1
            outcome.conflict_rows.append({"company_id": r["company_id"], "assessed_on": r["assessed_on"],
                                          "conflict_id": new_id})
        hash_by_id[new_id] = r["answers_hash"]
        waiting.add((r["conflicts_with"], r["answers_hash"]))
        rows.append(tuple(None if pd.isna(r[c]) else r[c] for c in cols))
    areas = [(id_map[a], area, score, cov) for a, area, score, cov in src.execute(
        "SELECT assessment_id, area, score, coverage FROM area_scores") if a in id_map]
    answers = [(id_map[a], w, m) for a, w, m in src.execute(
        "SELECT assessment_id, answers, metadata FROM assessment_answers") if a in id_map]
    store.insert_rows(conn, [tuple(_plain(v) for v in row) for row in rows], answers, areas)
    refresh_latest(conn, incoming.loc[incoming["id"].isin(list(id_map)), "company_id"].tolist())


def _plain(value):
    """numpy scalars from pandas records into Python values sqlite3 can bind."""
    return value.item() if hasattr(value, "item") else value
