"""The ``encadena`` command: the desktop app, or a headless subcommand.

``encadena``, ``encadena FILE.encadena``, ``encadena --demo`` and ``encadena --smoke`` open the
desktop app (:func:`gui.app.main`); ``encadena COMMAND ...`` runs a subcommand through
:func:`core.cli.main.main`, which also gets the commands that need Qt (the PDF ``report``, which
lives with the PDF code in :mod:`gui.reports`). Qt is loaded only by the desktop app and by a
command that draws. Exit codes: 0 done, 2 the user's input cannot be used, 1 an internal error.
"""
from __future__ import annotations

import sys

from core.cli import main as cli
from gui.reports import command as report_command

# Subcommands that live above the core (each module has COMMAND and register(subparsers)).
GUI_COMMANDS = (report_command,)


def open_desktop(argv: list[str]) -> int:
    """The desktop app (imported here, late: a subcommand never loads Qt)."""
    from gui.app import main as app_main
    return int(app_main(argv) or 0)


def build_parser():
    """The parser of every subcommand, the headless ones and those of :data:`GUI_COMMANDS`."""
    return cli.build_parser(GUI_COMMANDS)


def main(argv: list[str] | None = None) -> int:
    """Run the ``encadena`` command line; returns the process exit code."""
    return cli.main(argv, desktop=open_desktop, commands=GUI_COMMANDS)


if __name__ == "__main__":
    sys.exit(main())
