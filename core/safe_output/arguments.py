"""The command line's guard: outputs named on the command line never replace its inputs.

:func:`check_outputs` runs before any command does its work, so a refused output changes
nothing (an import with ``--json`` over its own project is refused before importing).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from core.safe_output.files import check_output

INPUT_ARGUMENTS = ("path", "project", "survey", "workbook", "target", "sources", "toolkit",
                   "rules", "matrix", "args")
OUTPUT_ARGUMENTS = ("output", "json", "json_path", "shortlist", "report")
FOLDER_ARGUMENTS = ("csv", "batch")


def argument_files(args: argparse.Namespace) -> list[Path]:
    """Every existing file named by an input argument of ``args``."""
    found = []
    for name in INPUT_ARGUMENTS:
        value = getattr(args, name, None)
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, (str, Path)) and str(item) not in ("", "-"):
                try:
                    if Path(item).is_file():
                        found.append(Path(item))
                except (OSError, ValueError):
                    pass
    return found


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse (``UserInputError``) an output argument that is an input, a project, a folder,
    or cannot be written; folders for many files must not be an input file either."""
    inputs = argument_files(args)
    for name in OUTPUT_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, (str, Path)) and str(value) != "-":
            check_output(value, inputs)
    for name in FOLDER_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, (str, Path)) and Path(value).exists() and not Path(value).is_dir():
            check_output(value, inputs)
            from core.errors import UserInputError
            raise UserInputError("safety.folder_expected", path=str(value))
        if isinstance(value, (str, Path)) and not Path(value).exists():
            _writable_ancestor(Path(value))


def _writable_ancestor(folder: Path) -> None:
    """A folder to be created must be creatable (checked without creating it)."""
    from core.errors import UserInputError
    from core.safe_output.faults import can_write, read_only_media
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise UserInputError("safety.folder_missing", path=str(folder), detail=str(probe), saved="-")
    if not can_write(probe):
        code = "safety.read_only_media" if read_only_media(probe) else "safety.not_writable"
        raise UserInputError(code, path=str(folder), detail=str(probe), saved="-")
