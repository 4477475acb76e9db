"""Options and output shared by several commands (``--as-of``, progress on a terminal)."""
from __future__ import annotations

import sys
from datetime import date

from core.errors import UserInputError


def as_of_date(text: str | None) -> date:
    """``YYYY-MM-DD`` -> date (today when None); a bad date is the user's to fix."""
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError("report_bad_date", value=text) from None


def progress_printer():
    """A progress callback printing to standard error when it is a terminal, else None (also when
    there is no standard error at all: a windowed executable on Windows)."""
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def show(fraction: float, text: str) -> None:
        sys.stderr.write(f"\r{int(fraction * 100):3d}% {text[:60]:60s}")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show
