"""Which tables edits may touch, and their primary keys: a registry, so no table or column
name from outside ever reaches an SQL string."""
from __future__ import annotations

import sqlite3

# table -> primary-key columns. Modules that own tables register them here.
EDITABLE: dict[str, tuple[str, ...]] = {}


def register_table(table: str, key: tuple[str, ...]) -> None:
    """Let edits touch ``table``, whose rows are found by the ``key`` columns."""
    EDITABLE[table] = tuple(key)


def key_columns(table: str) -> tuple[str, ...]:
    try:
        return EDITABLE[table]
    except KeyError:
        raise ValueError(f"table {table!r} is not editable") from None


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    """The columns ``table`` has in this file (checked before a name is put in SQL)."""
    key_columns(table)
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def check_columns(conn: sqlite3.Connection, table: str, names) -> None:
    unknown = set(names) - columns(conn, table)
    if unknown:
        raise ValueError(f"unknown columns of {table}: {sorted(unknown)}")


# The tables of the base schema (001-003); later modules register theirs where they define them.
for _table, _key in {
    "programme": ("id",),
    "companies": ("id",),
    "supplied_items": ("company_id", "item"),
    "value_chains": ("id",),
    "chain_members": ("chain_id", "company_id"),
    "chain_phases": ("chain_id", "phase"),
    "chain_phase_actuals": ("chain_id", "phase"),
    "plans": ("company_id",),
    "plan_actions": ("company_id", "action_id"),
    "action_updates": ("company_id", "action_id", "on_date"),
    "plan_kpis": ("company_id", "kpi_id"),
    "kpi_measurements": ("company_id", "kpi_id", "measured_on"),
}.items():
    register_table(_table, _key)
