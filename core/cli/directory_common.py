"""Small helpers shared by the directory's commands (directory, demand, match, company capability)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from core.errors import UserInputError
from core.messages import current_language


def language_of(args: argparse.Namespace) -> str:
    return getattr(args, "language", None) or current_language()


def iso_date(text: str | None) -> str | None:
    """``text`` as an ISO date (exit 2 naming it when it is not one)."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UserInputError("directory.bad_date", value=text) from None


def write_json(data, target: str) -> None:
    """``data`` as JSON to standard output (``-``) or a file."""
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False, default=str) + "\n"
    if target == "-":
        sys.stdout.write(text)
    else:
        from core.directory.outputs import write_text_safely
        write_text_safely(Path(target), text)


def open_project(path: str):
    from core.project import Project
    return Project.open(path, backups=False)
