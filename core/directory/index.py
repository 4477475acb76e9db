"""The full-text index of the directory (SQLite FTS5, diacritics removed): names, products,
processes, machinery, certifications and codes of every profile, kept current lazily — the
profile tables' triggers mark changed companies in ``directory_dirty``; a search re-indexes
them first."""
from __future__ import annotations

import sqlite3

from core.directory.text import words


def _body(conn: sqlite3.Connection, company_id: str) -> str | None:
    row = conn.execute(
        "SELECT c.name, c.tax_id, p.products, p.processes, p.region, p.municipality,"
        " p.monthly_capacity FROM capability_profiles p JOIN companies c ON c.id = p.company_id"
        " WHERE p.company_id = ?", (company_id,)).fetchone()
    if row is None:
        return None
    parts = [str(v) for v in row if v]
    parts += [m for (m,) in conn.execute(
        "SELECT machine || ' ' || COALESCE(capacity, '') FROM capability_machines"
        " WHERE company_id = ?", (company_id,))]
    parts += [n for (n,) in conn.execute(
        "SELECT name FROM capability_certs WHERE company_id = ?", (company_id,))]
    parts += [c for (c,) in conn.execute(
        "SELECT code FROM capability_codes WHERE company_id = ?", (company_id,))]
    return "\n".join(parts)


def refresh_index(conn: sqlite3.Connection) -> int:
    """Re-index the companies whose profile changed since the last search; returns how many."""
    dirty = [c for (c,) in conn.execute("SELECT company_id FROM directory_dirty")]
    if not dirty:
        return 0
    started = not conn.in_transaction
    if started:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for cid in dirty:
            conn.execute("DELETE FROM directory_fts WHERE company_id = ?", (cid,))
            body = _body(conn, cid)
            if body is not None:
                conn.execute("INSERT INTO directory_fts (company_id, body) VALUES (?, ?)",
                             (cid, body))
        conn.executemany("DELETE FROM directory_dirty WHERE company_id = ?",
                         [(c,) for c in dirty])
    except BaseException:
        if started:
            conn.execute("ROLLBACK")
        raise
    if started:
        conn.execute("COMMIT")
    return len(dirty)


def fts_query(text: str) -> str | None:
    """The FTS5 query for the user's words: every word, each as a prefix, accents ignored.

    Words are quoted, so nothing the user types is FTS syntax (no injection of operators).
    """
    terms = words(text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


def matching_ids(conn: sqlite3.Connection, text: str) -> list[str] | None:
    """Company ids whose profile matches every word of ``text`` (None: no words, no filter)."""
    query = fts_query(text)
    if query is None:
        return None
    refresh_index(conn)
    return [c for (c,) in conn.execute(
        "SELECT company_id FROM directory_fts WHERE directory_fts MATCH ? ORDER BY rank",
        (query,))]
