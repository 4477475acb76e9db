"""Merging the directory of another consultant's project file (called by project merge, in its
transaction, after companies are merged).

Capability profiles match by company: a profile the target lacks is added; when both have one,
the more recently verified (then updated) profile is kept and the other counted as replaced or
kept. Demands match by ``uid``: a new one is added (renumbered when its id is taken); the
pipeline of a demand matches by (demand, supplier), the later update wins. The programme's match
settings and classification stay the target's; the full-text index is derived and rebuilt.
"""
from __future__ import annotations

import sqlite3

from core.project.merge import register_merger

CHILDREN = ("capability_codes", "capability_machines", "capability_certs")
PROFILE = ("company_id", "uid", "products", "processes", "monthly_capacity", "region",
           "municipality", "exports", "export_markets", "verified_on", "updated_at")
DEMAND = ("id", "uid", "buyer_id", "title", "description", "min_band", "max_risk", "volume",
          "frequency", "region", "deadline", "status", "created_at", "updated_at")
PIPELINE = ("demand_id", "company_id", "stage", "stage_on", "value", "reason", "updated_at")


def _has(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'capability_profiles'").fetchone() is not None


def _rows(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> list[tuple]:
    return conn.execute(sql, params).fetchall()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def merge_directory(conn: sqlite3.Connection, src: sqlite3.Connection, _outcome=None) -> dict:
    """Bring ``src``'s directory into ``conn``; returns counts."""
    counts = {"profiles_added": 0, "profiles_replaced": 0, "profiles_kept": 0,
              "demands_added": 0, "pipeline_added": 0, "pipeline_updated": 0}
    if not (_has(conn) and _has(src)):
        return counts
    companies = {r[0] for r in conn.execute("SELECT id FROM companies")}
    cols = ", ".join(PROFILE)
    for row in _rows(src, f"SELECT {cols} FROM capability_profiles"):
        cid = row[0]
        if cid not in companies:
            continue
        mine = conn.execute("SELECT verified_on, updated_at FROM capability_profiles "
                            "WHERE company_id = ?", (cid,)).fetchone()
        theirs = (row[PROFILE.index("verified_on")] or "", row[PROFILE.index("updated_at")] or "")
        if mine is not None and (mine[0] or "", mine[1] or "") >= theirs:
            counts["profiles_kept"] += 1
            continue
        for child in CHILDREN:
            conn.execute(f"DELETE FROM {child} WHERE company_id = ?", (cid,))
        conn.execute("DELETE FROM capability_profiles WHERE company_id = ?", (cid,))
        conn.execute(f"INSERT INTO capability_profiles ({cols}) VALUES "
                     f"({', '.join('?' * len(PROFILE))})", row)
        for child in CHILDREN:
            names = _columns(src, child)
            for values in _rows(src, f"SELECT {', '.join(names)} FROM {child} WHERE company_id = ?",
                                (cid,)):
                conn.execute(f"INSERT INTO {child} ({', '.join(names)}) VALUES "
                             f"({', '.join('?' * len(names))})", values)
        counts["profiles_replaced" if mine is not None else "profiles_added"] += 1
    _merge_demands(conn, src, companies, counts)
    return counts


def _merge_demands(conn, src, companies: set[str], counts: dict) -> None:
    from core.directory.demands import next_demand_id
    ids: dict[str, str] = {}                 # source demand id -> target demand id
    for row in _rows(src, f"SELECT {', '.join(DEMAND)} FROM demands ORDER BY id"):
        record = dict(zip(DEMAND, row))
        found = conn.execute("SELECT id FROM demands WHERE uid = ?", (record["uid"],)).fetchone()
        if found is not None:
            ids[record["id"]] = found[0]
            continue
        if record["buyer_id"] not in companies:
            continue
        new_id = record["id"]
        if conn.execute("SELECT 1 FROM demands WHERE id = ?", (new_id,)).fetchone():
            new_id = next_demand_id(conn)
        record["id"] = new_id
        conn.execute(f"INSERT INTO demands ({', '.join(DEMAND)}) VALUES "
                     f"({', '.join('?' * len(DEMAND))})", tuple(record.values()))
        for kind, value in _rows(src, "SELECT kind, value FROM demand_terms WHERE demand_id = ?",
                                 (row[0],)):
            conn.execute("INSERT OR IGNORE INTO demand_terms VALUES (?, ?, ?)", (new_id, kind, value))
        ids[row[0]] = new_id
        counts["demands_added"] += 1
    for row in _rows(src, f"SELECT {', '.join(PIPELINE)} FROM match_pipeline"):
        record = dict(zip(PIPELINE, row))
        target = ids.get(record["demand_id"])
        if target is None or record["company_id"] not in companies:
            continue
        record["demand_id"] = target
        mine = conn.execute("SELECT updated_at FROM match_pipeline WHERE demand_id = ? AND "
                            "company_id = ?", (target, record["company_id"])).fetchone()
        if mine is not None and (mine[0] or "") >= (record["updated_at"] or ""):
            continue
        conn.execute("DELETE FROM match_pipeline WHERE demand_id = ? AND company_id = ?",
                     (target, record["company_id"]))
        conn.execute(f"INSERT INTO match_pipeline ({', '.join(PIPELINE)}) VALUES "
                     f"({', '.join('?' * len(PIPELINE))})", tuple(record.values()))
        counts["pipeline_updated" if mine is not None else "pipeline_added"] += 1


# Derived (never merged, rebuilt): the full-text index and its bookkeeping. Kept the target's:
# the programme's match settings and classification.
register_merger("directory", ("capability_profiles", *CHILDREN, "demands", "demand_terms",
                              "match_pipeline", "directory_settings", "classification_codes",
                              "directory_fts", "directory_fts_data", "directory_fts_idx",
                              "directory_fts_content", "directory_fts_docsize",
                              "directory_fts_config", "directory_dirty"),
                merge_directory)
