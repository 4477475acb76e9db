"""The headless command line: parsing, subcommands, exit codes.

The ``encadena`` script starts in :mod:`encadena.launcher`, above both layers: it passes the
desktop app and the commands that need Qt (the PDF ``report``) into :func:`main`, so nothing here
names ``gui``. ``python -m core.cli.main`` runs the headless commands alone. Each module in
:mod:`core.cli` that defines ``register(subparsers)`` adds one subcommand (found with pkgutil);
its handler returns an exit code.
Exit codes: 0 done, 2 the user's input cannot be used, 1 an internal error.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
import traceback
from types import ModuleType
from typing import Callable, Iterable

import core
from core.cli.cli_language import argparse_words, normalise_argv, requested_language, translate_parser
from core.errors import Cancelled, UserInputError
from core.messages import current_language, describe_error, message

COMMAND_ORDER = ("score", "toolkit", "project", "risk", "progress", "followup",
                 "template", "report", "export")


def build_parser(commands: Iterable[ModuleType] = ()) -> argparse.ArgumentParser:
    """The parser of every headless command of :mod:`core.cli`, plus ``commands`` (modules with
    ``COMMAND`` and ``register(subparsers)`` from a higher layer, e.g. the PDF report)."""
    parser = argparse.ArgumentParser(
        prog="encadena",
        description="Encadena: supplier development programmes, offline. "
                    "Run with no arguments to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"encadena {core.__version__}")
    parser.add_argument("--language", choices=("en", "es", "pt"),
                        help="language of messages and reports (default: from the environment)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = list(commands)
    import core.cli as cli_pkg
    for info in pkgutil.iter_modules(cli_pkg.__path__):
        if info.name in ("main",) or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"core.cli.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    order = {name: i for i, name in enumerate(COMMAND_ORDER)}
    modules.sort(key=lambda m: order.get(getattr(m, "COMMAND", m.__name__), 99))
    for module in modules:
        module.register(sub)
    return parser


GUI_OPTIONS = ("--smoke", "--screenshots", "--timings", "--open", "--demo")
OPENABLE = (".encadena", ".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def _wants_gui(argv: list[str]) -> bool:
    """No subcommand: the desktop app (``encadena``, ``encadena FILE``, ``encadena --demo``,
    ``encadena --language es``)."""
    rest = list(argv)
    if len(rest) >= 2 and rest[0] == "--language":
        rest = rest[2:]
    if not rest:
        return True
    first = rest[0]
    if first.split("=")[0] in GUI_OPTIONS:
        return True
    return first not in COMMAND_ORDER and not first.startswith("-") and first.lower().endswith(OPENABLE)


def _launch_gui(argv: list[str], desktop: Callable[[list[str]], int] | None) -> int:
    if desktop is None:             # ``python -m core.cli.main`` alone: no desktop app here
        print(message("structure.desktop_unavailable", requested_language(argv)), file=sys.stderr)
        return 2
    return int(desktop(argv) or 0)


def main(argv: list[str] | None = None, *, desktop: Callable[[list[str]], int] | None = None,
         commands: Iterable[ModuleType] = ()) -> int:
    """Run one command line; returns the exit code. ``desktop(argv)`` opens the app when the
    line asks for it; ``commands`` adds subcommands from a higher layer (see :func:`build_parser`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        return _launch_gui(argv, desktop)
    language = requested_language(argv)
    from core.cli import prefetch
    try:
        prefetch.start(argv)        # the survey is parsed while the commands are loaded
    except KeyboardInterrupt:
        print(message("cancelled", language), file=sys.stderr)
        return 130
    with argparse_words(language):
        parser = translate_parser(build_parser(commands), language)
        args = parser.parse_args(normalise_argv(parser, argv))
        if not getattr(args, "handler", None):
            parser.print_help()
            return 2
    args.language = command_language(args)
    try:
        return _run(args)
    finally:
        prefetch.forget()


LANGUAGE_OPTIONS = ("cmd_language", "score_language")   # a subcommand's own --language


def command_language(args: argparse.Namespace) -> str:
    """The language of one command: its own ``--language``, else the global one, else the
    system's (the only place that looks at the environment; core takes it as an argument)."""
    for name in LANGUAGE_OPTIONS:
        if getattr(args, name, None):
            return getattr(args, name)
    return getattr(args, "language", None) or current_language()


def _run(args: argparse.Namespace) -> int:
    try:
        from core.safe_output.arguments import check_outputs  # issue 13: outputs never replace inputs
        check_outputs(args)
        return int(args.handler(args) or 0)
    except UserInputError as exc:
        print(describe_error(exc, args.language), file=sys.stderr)
        return 2
    except Cancelled:
        print(message("cancelled", args.language), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(message("cancelled", args.language), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, then a short message
        from core.safe_output import fault_error  # issue 13: faulty media and tampered files
        fault = fault_error(exc, getattr(args, "path", None) or getattr(args, "project", None) or "-")
        if fault is not None:
            print(describe_error(fault, args.language), file=sys.stderr)
            return 2
        return _report_internal_error(exc, args.language)


def _report_internal_error(exc: BaseException, language: str) -> int:
    from core.paths import log_file
    path = log_file()
    logging.basicConfig(filename=path, level=logging.INFO)
    logging.getLogger("encadena").error("internal error\n%s", traceback.format_exc())
    print(message("internal_error", language, error=type(exc).__name__, log=path), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
