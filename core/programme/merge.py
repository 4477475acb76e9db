"""The stored read-model is derived data: merging a file brings none of it over (the merged
tables' triggers mark the target's copy stale, and the next opening rebuilds it)."""
from __future__ import annotations

from core.project.merge import register_merger


def _nothing(conn, src, outcome) -> None:
    """Derived tables: nothing to copy."""


register_merger("readmodel", ("readmodel_state", "readmodel_columns"), _nothing)
