"""Ordered schema migrations: ``schema/NNN_name.sql`` applied in number order.

``PRAGMA user_version`` holds the number of the last applied file. Each file runs in its own
transaction together with the version bump, so a crash leaves the file at a known version.
A file written by a newer Encadena (a version we have no script for) is refused.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from core.errors import UserInputError

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def migration_files(schema_dir: Path = SCHEMA_DIR) -> list[tuple[int, Path]]:
    """``(number, path)`` of every migration script, in order; numbers must be 1, 2, 3, ..."""
    found = sorted((int(m.group(1)), p) for p in schema_dir.glob("*.sql")
                   if (m := _NAME.match(p.name)))
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration scripts must be numbered 001, 002, ...: {numbers}")
    return found


def latest_version(schema_dir: Path = SCHEMA_DIR) -> int:
    files = migration_files(schema_dir)
    return files[-1][0] if files else 0


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | str = "",
            schema_dir: Path = SCHEMA_DIR, target: int | None = None) -> list[int]:
    """Apply every script newer than the file's version (up to ``target``); returns those applied."""
    current = schema_version(conn)
    known = latest_version(schema_dir)
    if current > known:
        raise UserInputError("newer_schema", path=str(path), file_version=current,
                             app_version=known)
    applied = []
    for number, script in migration_files(schema_dir):
        if number <= current or (target is not None and number > target):
            continue
        sql = script.read_text(encoding="utf-8")
        # executescript cannot take parameters and commits first; wrapping the script and the
        # version bump in one BEGIN/COMMIT keeps a migration all-or-nothing.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;PRAGMA user_version = {number};\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
