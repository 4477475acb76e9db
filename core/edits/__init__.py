"""User edits as data, applied atomically with an audit log (see :mod:`core.edits.model`)."""
from core.edits.apply import apply_edit, apply_in_transaction, read_row, read_rows
from core.edits.audit import audit_entries
from core.edits.model import Edit, RowChange
from core.edits.tables import register_table

__all__ = ["Edit", "RowChange", "apply_edit", "apply_in_transaction", "audit_entries",
           "read_row", "read_rows", "register_table"]
