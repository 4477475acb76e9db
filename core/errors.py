"""Exceptions shared by the core.

The core returns *codes* and parameters; the command line and the GUI turn them into
sentences in the user's language (see :mod:`core.messages`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class EncadenaError(Exception):
    """Base of every error the core raises on purpose."""


@dataclass
class Problem:
    """One problem found in a user's file: where it is and what is wrong (as a code)."""

    code: str
    sheet: str | None = None
    row: int | None = None          # Excel row number (1-based) or CSV line number
    column: str | None = None       # Excel column letter, or a column name
    params: dict[str, Any] = field(default_factory=dict)

    def location(self) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


class UserInputError(EncadenaError):
    """The user's input cannot be used (exit code 2). Carries a code and parameters."""

    def __init__(self, code: str, problems: list[Problem] | None = None, **params: Any):
        self.code = code
        self.params = params
        self.problems = problems or []
        super().__init__(code)

    def __str__(self) -> str:  # a readable English fallback; use core.messages for translations
        from core.messages import describe_error

        return describe_error(self)


class Cancelled(EncadenaError):
    """Raised by a progress callback to stop long work; the work leaves nothing changed."""
