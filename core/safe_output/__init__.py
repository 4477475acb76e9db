"""The one way Encadena writes files for people: safe text, safe names, atomic outputs.

- :mod:`.text`: any value -> an xlsx cell text (:func:`safe_text`) or a CSV field
  (:func:`safe_csv_field`): never a formula, never a character that breaks the file.
- :mod:`.files`: :func:`atomic_output` (temporary file beside the target, fsync, atomic
  replace; an output that is an input or a project is refused) and :func:`write_text_output`.
- :mod:`.names`: names are never paths (:func:`safe_file_names`, :func:`path_inside`).
- :mod:`.faults`: an ``OSError`` or SQLite error of faulty media -> a translated user error.
"""
from __future__ import annotations

from core.safe_output.faults import fault_error, media_error
from core.safe_output.files import atomic_output, check_output, write_text_output
from core.safe_output import names
from core.safe_output.names import path_inside, safe_file_name, safe_file_names
from core.safe_output.text import safe_csv_field, safe_text, xlsx_value

__all__ = ["names", "atomic_output", "check_output", "fault_error", "media_error", "path_inside",
           "safe_csv_field", "safe_file_name", "safe_file_names", "safe_text", "write_text_output",
           "xlsx_value"]
