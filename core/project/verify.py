"""Does a project file hold what Encadena wrote? Schema, types, JSON and stored toolkits.

Files travel by e-mail and USB stick; a stranger's file may have been edited with any SQLite
tool. :func:`verify` compares the file with the schema our migrations build (every table
present *as a table* with its columns, no foreign view, trigger or virtual table), then checks
the programme row, that numeric columns hold numbers, that JSON columns hold JSON and that every
stored toolkit workbook matches its SHA-256 and is no zip bomb. Every query runs under a time
bound, so a hostile file cannot hang the program. ``Project.open``, ``project check`` and
``project merge`` (on the source) all use it.
"""
from __future__ import annotations

import hashlib
import io
import re
import sqlite3
import time
import zipfile
from functools import lru_cache

from core.errors import Problem, UserInputError
from core.project.migrations import SCHEMA_DIR, migrate

# Triggers the program itself adds at run time (core.programme.stored keeps its read-model copy
# honest with them); any other trigger is foreign.
RUNTIME_TRIGGERS = ("readmodel_stale_",)
TIME_LIMIT = 60.0              # seconds for the whole verification of one file
MAX_PROBLEMS = 50
# Columns holding JSON text (other modules may add theirs with register_json_columns).
JSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "imports": ("answer_items", "metadata_items", "options", "mapping", "error_list"),
    "assessment_answers": ("answers", "metadata"),
    "risk_settings": ("value",),
    "plan_settings": ("value",),
    "audit_log": ("record_key", "old_value", "new_value"),
}


# The JSON type each column must hold when it is not null (others: any JSON value).
JSON_TYPES = {("imports", "answer_items"): "array", ("imports", "metadata_items"): "array",
              ("imports", "options"): "object", ("imports", "mapping"): "object",
              ("imports", "error_list"): "array", ("assessment_answers", "answers"): "array",
              ("assessment_answers", "metadata"): "array", ("risk_settings", "value"): "object",
              ("plan_settings", "value"): "object", ("audit_log", "record_key"): "object"}


def register_json_columns(table: str, columns: tuple[str, ...]) -> None:
    """Declare ``table.columns`` as JSON text (checked by :func:`verify`)."""
    JSON_COLUMNS[table] = tuple(dict.fromkeys((*JSON_COLUMNS.get(table, ()), *columns)))


@lru_cache(maxsize=None)
def expected_schema(version: int) -> dict[str, tuple[str, str, tuple[tuple[str, str], ...]]]:
    """``name -> (type, normalised sql, ((column, declared type), ...))`` of a file at
    ``version``, built by running our migrations in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, ":memory:", SCHEMA_DIR, target=version)
        return _schema(conn)
    finally:
        conn.close()


# Objects some modules create on first use rather than by migration ("module:function(conn)"):
# absent is fine, present must be exactly what that function creates.
RUNTIME_SCHEMA = ["core.programme.stored:ensure_tables"]


@lru_cache(maxsize=None)
def optional_schema(version: int) -> dict:
    """The objects :data:`RUNTIME_SCHEMA` functions add to a file at ``version``."""
    import importlib
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, ":memory:", SCHEMA_DIR, target=version)
        before = set(_schema(conn))
        for entry in RUNTIME_SCHEMA:
            module, function = entry.split(":")
            try:
                getattr(importlib.import_module(module), function)(conn)
            except (ImportError, AttributeError, sqlite3.Error):
                continue
        return {k: v for k, v in _schema(conn).items() if k not in before}
    finally:
        conn.close()


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip().casefold()


def _schema(conn: sqlite3.Connection) -> dict:
    out = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master "
                                        "WHERE name NOT LIKE 'sqlite_%'").fetchall():
        columns = ()
        if kind == "table" and not _normal(sql).startswith("create virtual"):
            columns = tuple((r[1], (r[2] or "").upper()) for r in conn.execute(f'PRAGMA table_info("{_q(name)}")'))
        out[name] = (kind, _normal(sql), columns)
    return out


def _q(name: str) -> str:
    return name.replace('"', '""')


class _Deadline:
    """A SQLite progress handler that interrupts any statement once the time is up."""

    def __init__(self, conn: sqlite3.Connection, seconds: float):
        self.conn, self.until = conn, time.monotonic() + seconds

    def __enter__(self):
        self.conn.set_progress_handler(lambda: 1 if time.monotonic() > self.until else 0, 10_000)
        return self

    def __exit__(self, *exc):
        self.conn.set_progress_handler(None, 0)


def verify(conn: sqlite3.Connection, version: int, seconds: float = TIME_LIMIT,
           path: str = "") -> list[Problem]:
    """Every way the file differs from what Encadena writes (empty: sound). Raises
    ``safety.check_too_slow`` when the checks take longer than ``seconds``."""
    factory = conn.text_factory
    conn.text_factory = lambda data: data.decode("utf-8", "replace")   # tampered text is reported
    try:
        with _Deadline(conn, seconds):
            problems = structure_problems(conn, version)
            if problems:                     # never query a foreign object (a recursive view...)
                return problems
            return content_problems(conn, expected_schema(version))
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise UserInputError("safety.check_too_slow", path=path, seconds=int(seconds)) from None
        raise
    finally:
        conn.text_factory = factory


def structure_problems(conn: sqlite3.Connection, version: int) -> list[Problem]:
    """Tables missing, turned into views, lacking columns; foreign views, triggers, virtual tables."""
    expected, found = expected_schema(version), _schema(conn)
    optional = {k: v for k, v in optional_schema(version).items() if k in found}
    expected = {**optional, **expected}
    problems = []
    for name, (kind, sql, columns) in expected.items():
        have = found.get(name)
        if have is None:
            if kind == "table":
                problems.append(Problem("safety.table_missing", params={"table": name}))
            elif kind == "index" and sql:        # our own indexes (not SQLite's automatic ones)
                problems.append(Problem("safety.index_missing", params={"name": name}))
            continue
        if have[0] != kind:
            problems.append(Problem("safety.not_a_table", params={"table": name, "kind": have[0]}))
        elif kind == "table":
            if sql.startswith("create virtual") or have[1].startswith("create virtual"):
                if have[1] != sql:      # ours (full-text search) exactly as we create it, or refused
                    problems.append(Problem("safety.unexpected_object", params={"kind": "virtual table",
                                                                                 "name": name}))
                continue
            if have[1] != sql and sql.startswith("create virtual"):
                problems.append(Problem("safety.unexpected_object", params={"kind": "virtual table",
                                                                            "name": name}))
                continue
            missing = sorted({c for c, _ in columns} - {c for c, _ in have[2]})
            if missing:
                problems.append(Problem("safety.columns_missing", params={"table": name,
                                                                           "columns": ", ".join(missing)}))
        elif kind in ("view", "trigger") and have[1] != sql:
            problems.append(Problem("safety.unexpected_object", params={"kind": kind, "name": name}))
    for name, (kind, sql, _) in found.items():
        if name in expected or (kind == "trigger" and name.startswith(RUNTIME_TRIGGERS)):
            continue
        if kind in ("view", "trigger") or sql.startswith("create virtual"):
            problems.append(Problem("safety.unexpected_object", params={"kind": kind, "name": name}))
    return problems


def content_problems(conn: sqlite3.Connection, expected: dict) -> list[Problem]:
    """Programme row, numbers in numeric columns, JSON in JSON columns, stored toolkits."""
    problems: list[Problem] = []
    if conn.execute("SELECT COUNT(*) FROM programme").fetchone()[0] != 1:
        problems.append(Problem("safety.no_programme_row"))
    for table, (kind, _, columns) in expected.items():
        if kind != "table":
            continue
        key = _row_key(conn, table)
        numeric = [c for c, t in columns if t in ("INTEGER", "REAL") or "INT" in t or t in ("NUMERIC", "FLOAT", "DOUBLE")]
        if numeric:
            test = " OR ".join(f"typeof(\"{_q(c)}\") NOT IN ('integer', 'real', 'null')" for c in numeric)
            for row in conn.execute(f'SELECT {key}, {", ".join(_quoted(numeric))} FROM "{_q(table)}" '
                                    f"WHERE {test} LIMIT {MAX_PROBLEMS}"):
                for column, value in zip(numeric, row[1:]):
                    if not isinstance(value, (int, float)) and value is not None:
                        problems.append(Problem("safety.bad_number", params={
                            "table": table, "row": row[0], "column": column, "value": _short(value)}))
        for column in JSON_COLUMNS.get(table, ()):
            if column not in {c for c, _ in columns}:
                continue
            c = f'"{_q(column)}"'
            kind = JSON_TYPES.get((table, column))
            shape = f"json_type({c}) != '{kind}'" if kind else "0"
            for (row,) in conn.execute(f'SELECT {key} FROM "{_q(table)}" WHERE {c} IS NOT NULL AND CASE '
                                       f"WHEN typeof({c}) = 'text' AND json_valid({c}) THEN {shape} ELSE 1 END "
                                       f"LIMIT {MAX_PROBLEMS}"):
                problems.append(Problem("safety.bad_json", params={"table": table, "row": row, "column": column}))
        if len(problems) >= MAX_PROBLEMS:
            return problems[:MAX_PROBLEMS]
    return problems + toolkit_problems(conn)


def toolkit_problems(conn: sqlite3.Connection) -> list[Problem]:
    """Stored toolkit workbooks whose bytes do not match their SHA-256 or are zip bombs."""
    from core.filesafety import DEFAULT_LIMITS, check_zip_bomb
    problems = []
    for row, sha, toolkit_id, blob in conn.execute("SELECT id, sha256, toolkit_id, CAST(workbook AS BLOB) "
                                                   "FROM toolkits"):
        data = bytes(blob or b"")
        shown = _short(toolkit_id)
        if hashlib.sha256(data).hexdigest() != sha:
            problems.append(Problem("safety.toolkit_hash_mismatch", params={"row": row, "toolkit": shown}))
            continue
        if data[:2] == b"PK":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as zf:
                    check_zip_bomb(zf.filename or "toolkit", zf.infolist(), DEFAULT_LIMITS)
            except UserInputError as exc:
                problems.append(Problem("safety.toolkit_blob_unsafe", params={
                    "row": row, "toolkit": shown, "detail": exc.params.get("detail", exc.code)}))
            except (zipfile.BadZipFile, ValueError, OSError) as exc:
                problems.append(Problem("safety.toolkit_blob_unsafe", params={
                    "row": row, "toolkit": shown, "detail": str(exc)[:80]}))
    return problems


def _row_key(conn: sqlite3.Connection, table: str) -> str:
    """What names a row in messages: the rowid, else (WITHOUT ROWID) the primary key columns."""
    try:
        conn.execute(f'SELECT rowid FROM "{_q(table)}" LIMIT 0')
        return "rowid"
    except sqlite3.OperationalError:
        keys = [r[1] for r in conn.execute(f'PRAGMA table_info("{_q(table)}")') if r[5]]
        return " || '/' || ".join(f'"{_q(k)}"' for k in keys) or "NULL"


def _quoted(columns: list[str]) -> list[str]:
    return [f'"{_q(c)}"' for c in columns]


def _short(value: object, limit: int = 40) -> str:
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- files this installation verified or wrote itself ----------------------------------------
# The content checks read every row (about 1 s for 100,000 companies). A file whose identity
# (device, inode, size, modification and change times, journal size) is exactly as this
# installation left it after verifying or writing it is not read again; any change outside
# Encadena (an edit, a copy, a file received by e-mail) changes the change time or the inode.
KNOWN_FILE = "verified-projects.json"
KNOWN_MAX = 200


def _stamp(path) -> list[int] | None:
    import os
    try:
        st = os.stat(path)
    except OSError:
        return None
    try:
        wal = os.stat(f"{path}-wal")
        journal = [wal.st_size, wal.st_mtime_ns] if wal.st_size else [0, 0]
    except OSError:
        journal = [0, 0]                         # no journal, or an empty one: the same content
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, *journal]


def _known_path():
    from core.paths import user_data_dir
    return user_data_dir() / KNOWN_FILE


def is_known(path) -> bool:
    """Whether ``path`` is exactly as this installation last verified or wrote it."""
    import json
    import os
    stamp = _stamp(path)
    try:
        known = json.loads(_known_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp is not None and isinstance(known, dict) and known.get(os.path.realpath(path)) == stamp


def remember(path) -> None:
    """Record ``path`` as verified (best effort: a read-only data folder just costs a re-check)."""
    import json
    import os
    stamp = _stamp(path)
    if stamp is None:
        return
    try:
        target = _known_path()
        try:
            known = json.loads(target.read_text(encoding="utf-8"))
            known = known if isinstance(known, dict) else {}
        except (OSError, ValueError):
            known = {}
        known.pop(os.path.realpath(path), None)
        known[os.path.realpath(path)] = stamp
        known = dict(list(known.items())[-KNOWN_MAX:])
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass
