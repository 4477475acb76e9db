"""The conditions of one long export of a big programme (the results workbook, the CSV files)."""
from __future__ import annotations

import gc
import sqlite3
from contextlib import contextmanager


@contextmanager
def bulk_export(conn: sqlite3.Connection):
    """Run an export of ``conn``'s programme: SQLite reads the file through its own small page
    cache instead of mapping it (the mapped pages of a 100 MB project would count in the
    process' memory), and no cyclic garbage collection meanwhile (it would walk the millions of
    objects of a 100,000-company export again and again; an export makes no cycles worth
    collecting before it ends). Both are restored afterwards, whatever happens."""
    mapped = conn.execute("PRAGMA mmap_size").fetchone()
    collecting = gc.isenabled()
    gc.disable()
    conn.execute("PRAGMA mmap_size = 0")
    try:
        yield
    finally:
        if mapped is not None:
            conn.execute(f"PRAGMA mmap_size = {int(mapped[0])}")
        if collecting:
            gc.enable()
