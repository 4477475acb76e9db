"""Parse the survey of ``score`` / ``project import`` while the command's modules load.

Building the full parser and running the command imports pandas and most of core (about 0.4 s
CPU); calamine parses a workbook without holding the GIL. So a thread imports the modules while
this thread parses the survey (:func:`core.workbook.prefetch_sheet`), and the command then finds
both ready. The parse stays in the main thread on purpose: its memory then comes from the same
malloc arena as everything after it (done in a thread, the peak grew by 90-140 MB on Linux).
The line is read here with the two commands' own argument definitions; a line this parse cannot
read plainly starts nothing, and the real parse decides as always.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import threading

from core import workbook


class _Quiet(argparse.ArgumentParser):
    """A parser that raises instead of printing usage and exiting."""

    def error(self, message: str):
        raise ValueError(message)


def survey_of(argv: list[str]) -> tuple[str, str | None, str] | None:
    """(survey path, sheet or None, command) of a ``score`` or ``project import`` line, else
    None."""
    words = argv[2:] if argv[:1] == ["--language"] else argv[1:] if argv[:1] and \
        argv[0].startswith("--language=") else argv
    if not words or words[0] not in ("score", "project") or "-h" in argv or "--help" in argv:
        return None
    from core.cli import project, score
    parser = _Quiet(add_help=False)
    parser.add_argument("--language")
    sub = parser.add_subparsers(dest="command")
    score.register(sub)
    project.register(sub)
    try:
        args, _ = parser.parse_known_args(argv)
    except (ValueError, argparse.ArgumentError):
        return None
    survey = getattr(args, "survey", None)
    if args.command == "project" and getattr(args, "project_command", None) != "import":
        return None
    return (survey, getattr(args, "sheet", None), args.command) if isinstance(survey, str) else None


# What each command imports once parsed (beside every core.cli module, see build_parser).
_SCORING = ("core.scoring", "core.survey.importer", "core.survey.model", "core.toolkit.registry",
            "core.quality.store")
COMMAND_MODULES = {"score": (*_SCORING, "core.scoring.summary"),
                   "project": (*_SCORING, "core.project", "core.setup.import_cli",
                               "core.quality.text")}


def load_modules(command: str) -> None:
    """Import the modules :func:`core.cli.main.build_parser` and the handler of ``command``
    would import. A failure is left for the real import to report."""
    import core.cli as cli_pkg
    names = [f"core.cli.{info.name}" for info in pkgutil.iter_modules(cli_pkg.__path__)
             if info.name != "main" and not info.name.startswith("_")]
    for name in (*names, *COMMAND_MODULES.get(command, ())):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S112 - raised again where the command imports it
            continue


def start(argv: list[str]) -> None:
    """Parse the survey named on ``argv`` while the modules load (see the module docstring)."""
    try:
        found = survey_of(argv)
    except Exception:  # noqa: BLE001 - a hint only: the real parse reports any problem
        return
    if found is None:
        return
    loader = threading.Thread(target=load_modules, args=(found[2],), name="encadena-load",
                              daemon=True)
    loader.start()
    try:
        workbook.prefetch_sheet(found[0], found[1])
    finally:
        loader.join()


def forget() -> None:
    """Drop what :func:`start` parsed if the command did not take it."""
    workbook.forget_prefetched()
