"""The records that travel between a replica and its server, read and written the same way on
SQLite and PostgreSQL.

A *record* is one row of a travelling table with its local integer ids replaced by the identity
of the row they point at (a value chain's uid, a toolkit's sha256, an import's or assessment's
uid), so the same record has the same key and the same hash in every store. The registry is
derived from the schema's foreign keys plus the small declarations below; tables kept only on
one laptop (derived copies, merge history, sync bookkeeping) never travel.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

# The portable identity of each table whose rows have a local integer id.
IDENTITIES = {"value_chains": "uid", "toolkits": "sha256", "imports": "uid",
              "assessments": "uid", "audit_log": "uid"}
# Integer references the schema does not declare as foreign keys.
UNDECLARED_REFS = {("companies", "import_id"): "imports", ("value_chains", "import_id"): "imports",
                   ("chain_members", "import_id"): "imports"}
# Columns that are copies derived from other records (recomputed where they arrive).
DERIVED = {"companies": ("latest_index", "latest_band", "latest_coverage", "latest_gaps",
                         "latest_date", "latest_round", "latest_toolkit", "open_conflicts")}
# Written as early as their parents allow: a supplier's chain membership is what lets a
# consultant's row-level security see the supplier's other records.
EARLY = ("value_chains", "chain_members")
LOCAL_ONLY = re.compile(r"^(sqlite_|readmodel_|directory_fts|directory_dirty$|sync_|merges$|"
                        r"encadena_schema$|server_)")

Record = dict[str, Any]


@dataclass(frozen=True)
class Table:
    """How the records of one table travel."""
    name: str
    columns: tuple[str, ...]             # portable columns (the local integer id left out)
    key: tuple[str, ...]                 # the portable key
    conflict: tuple[str, ...]            # the columns of the unique index an upsert lands on
    refs: tuple[tuple[str, str, str], ...]   # (column, referenced table, its identity column)
    company_column: str | None           # whose record it is (for the server's log)

    def ref(self, column: str) -> tuple[str, str] | None:
        for col, table, identity in self.refs:
            if col == column:
                return table, identity
        return None


def _tables_of(conn) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return sorted(r[0] for r in rows if not LOCAL_ONLY.match(r[0]))


def registry(conn) -> tuple[Table, ...]:
    """The travelling tables in dependency order (a referenced table before its dependants),
    read from a SQLite store's schema."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return _registry_cached(_schema_signature(conn, version))


def _schema_signature(conn, version: int) -> tuple:
    out = []
    for name in _tables_of(conn):
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        fks = conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
        out.append((name, tuple((r[1], r[2].upper(), r[5]) for r in info),
                    tuple((r[2], r[3], r[4]) for r in fks)))
    return (version, tuple(out))


@lru_cache(maxsize=8)
def _registry_cached(signature: tuple) -> tuple[Table, ...]:
    _, tables = signature
    built: dict[str, Table] = {}
    depends: dict[str, set[str]] = {}
    for name, info, fks in tables:
        pk = [c for c, _, p in sorted(info, key=lambda r: r[2]) if p]
        own_id = name in IDENTITIES and pk == ["id"]
        refs, deps = [], set()
        for ref_table, column, ref_column in fks:
            deps.add(ref_table)
            if ref_table in IDENTITIES and (ref_column or "id") == "id":
                refs.append((column, ref_table, IDENTITIES[ref_table]))
        for (table, column), ref_table in UNDECLARED_REFS.items():
            if table == name:
                refs.append((column, ref_table, IDENTITIES[ref_table]))
                deps.add(ref_table)
        derived = DERIVED.get(name, ())
        columns = tuple(c for c, _, _ in info if not (own_id and c == "id") and c not in derived)
        key = (IDENTITIES[name],) if own_id else tuple(pk)
        if not key:
            continue
        company = ("company_id" if "company_id" in columns else "id" if name == "companies"
                   else "buyer_id" if name == "demands" else None)
        built[name] = Table(name, columns, key, key, tuple(refs), company)
        depends[name] = deps - {name}
    order: list[str] = []
    while len(order) < len(built):
        ready = sorted((n for n in built if n not in order
                        and all(d in order or d not in built for d in depends[n])),
                       key=lambda n: (n not in EARLY, n))
        if not ready:                               # a cycle: keep the rest in name order
            ready = sorted(n for n in built if n not in order)
        order.extend(ready)
    return tuple(built[n] for n in order)


def by_name(tables: Iterable[Table]) -> dict[str, Table]:
    return {t.name: t for t in tables}


# -- keys, hashes and transport ---------------------------------------------------------------

def record_key(table: Table, record: Record) -> str:
    """The record's portable key as canonical JSON text."""
    return json.dumps([record[c] for c in table.key], ensure_ascii=False, separators=(",", ":"))


def _canonical(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$sha256": hashlib.sha256(bytes(value)).hexdigest()}
    return value


def record_hash(record: Record) -> str:
    """sha256 of the record's canonical JSON (bytes stand as their own sha256)."""
    text = json.dumps({k: _canonical(v) for k, v in record.items()}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def encode(record: Record | None) -> str | None:
    """The record as JSON text for the wire and the log (bytes as base64)."""
    if record is None:
        return None
    return json.dumps({k: ({"$b64": base64.b64encode(bytes(v)).decode("ascii")}
                           if isinstance(v, (bytes, bytearray, memoryview)) else v)
                       for k, v in record.items()}, ensure_ascii=False, separators=(",", ":"))


def decode(text: str | None) -> Record | None:
    if text is None:
        return None
    data = json.loads(text)
    return {k: (base64.b64decode(v["$b64"]) if isinstance(v, dict) and "$b64" in v else v)
            for k, v in data.items()}


# -- reading and writing on either backend ------------------------------------------------------

def _select_list(table: Table) -> str:
    parts = []
    for col in table.columns:
        ref = table.ref(col)
        if ref:
            parts.append(f'(SELECT r."{ref[1]}" FROM "{ref[0]}" r WHERE r.id = t."{col}")')
        else:
            parts.append(f't."{col}"')
    return ", ".join(parts)


def read_records(conn, table: Table) -> dict[str, Record]:
    """Every record of ``table`` in the store, by portable key."""
    rows = conn.execute(f'SELECT {_select_list(table)} FROM "{table.name}" t').fetchall()
    out = {}
    for row in rows:
        record = dict(zip(table.columns, (bytes(v) if isinstance(v, memoryview) else v
                                          for v in row)))
        out[record_key(table, record)] = record
    return out


def _value_sql(table: Table, col: str) -> str:
    ref = table.ref(col)
    return f'(SELECT id FROM "{ref[0]}" WHERE "{ref[1]}" = ?)' if ref else "?"


def _key_sql(table: Table) -> str:
    return " AND ".join(f'"{c}" = {_value_sql(table, c)}' for c in table.key)


def upsert_records(conn, table: Table, records: list[Record], new: bool = False) -> None:
    """Insert or replace ``records`` (complete rows) in ``table``; ``new``: rows known not to be
    there, inserted plainly (under row-level security an upsert's proposed row must already be
    visible to its writer: a consultant's new supplier is, only once it joins their chain)."""
    if not records:
        return
    names = ", ".join(f'"{c}"' for c in table.columns)
    values = ", ".join(_value_sql(table, c) for c in table.columns)
    target = ", ".join(f'"{c}"' for c in table.conflict)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in table.columns if c not in table.conflict)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({values})'
    if not new:
        sql += f" ON CONFLICT ({target}) {action}"
    rows = [tuple(r[c] for c in table.columns) for r in records]
    conn.executemany(sql, rows)
    self_refs = [c for c, t, _ in table.refs if t == table.name]
    if self_refs:          # a row pointing at a row of the same batch: now that both exist
        conn.executemany(sql, [row for row, r in zip(rows, records)
                               if any(r[c] is not None for c in self_refs)])


def delete_records(conn, table: Table, keys: list[str]) -> None:
    """Delete the records of ``table`` with these portable keys (missing ones are ignored)."""
    if keys:
        conn.executemany(f'DELETE FROM "{table.name}" WHERE {_key_sql(table)}',
                         [tuple(json.loads(k)) for k in keys])


def company_of(table: Table, record: Record, assessment_company: dict[str, str]) -> str | None:
    """The company a record belongs to (for the server's log), if any."""
    if table.company_column:
        return record.get(table.company_column)
    if "assessment_id" in table.columns:
        return assessment_company.get(record.get("assessment_id"))
    return None


def chain_of(table: Table, record: Record) -> str | None:
    """The value chain a record belongs to (its uid), if any."""
    if table.name == "value_chains":
        return record.get("uid")
    if "chain_id" in table.columns and table.ref("chain_id"):
        return record.get("chain_id")
    return record.get("chain_uid")
