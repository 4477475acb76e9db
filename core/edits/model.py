"""An edit is data: which rows of which tables change, from what to what, and why.

The workbench wraps an :class:`Edit` in a ``QUndoCommand``; the command line applies the same
edits; the audit log records them; a sync can ship them. Undo is :meth:`Edit.inverse`.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row of ``table``: inserted (``before`` None), deleted (``after`` None) or updated.

    For an update, ``before`` and ``after`` hold only the columns that change; ``key`` holds the
    primary-key columns that find the row.
    """
    table: str
    key: Row
    before: Row | None
    after: Row | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "insert"
        if self.after is None:
            return "delete"
        return "update"

    def inverse(self) -> "RowChange":
        return RowChange(self.table, dict(self.key), self.after, self.before)


@dataclass(frozen=True)
class Edit:
    """One user action: a label (a catalogue code plus its parameters), the subject it is about
    (``("company", "C01")``, ``("chain", "Lácteos")``) and its row changes, applied in order."""
    action: str
    changes: tuple[RowChange, ...]
    subject_kind: str | None = None
    subject_id: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    uid: str = field(default_factory=lambda: str(uuid.uuid4()))

    def inverse(self) -> "Edit":
        """The edit that undoes this one: inverse changes in reverse order (children first)."""
        return Edit(self.action, tuple(c.inverse() for c in reversed(self.changes)),
                    self.subject_kind, self.subject_id, dict(self.params) | {"undo": True})

    @property
    def is_empty(self) -> bool:
        return not self.changes
