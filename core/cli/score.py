"""``encadena score SURVEY --toolkit ID|PATH``: score a survey workbook, print a summary or JSON."""
from __future__ import annotations

import argparse
import os
import sys

from core import messages
from core.errors import Problem, UserInputError
from core.messages import current_language, message

COMMAND = "score"


def register(subparsers) -> None:
    """Add the ``score`` subcommand (called by :mod:`core.cli.main`)."""
    parser = subparsers.add_parser(
        COMMAND, help="score a survey workbook against a diagnostic toolkit",
        description="Score every response of a survey sheet (xlsx, xls, ods, csv) against a "
                    "toolkit and print a summary, or the full result as JSON.")
    parser.add_argument("survey", metavar="SURVEY", help="the survey file")
    parser.add_argument("--toolkit", required=True, metavar="ID|PATH",
                        help="a built-in toolkit id or a toolkit workbook")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first "
                                                        "sheet with a header)")
    parser.add_argument("--decimal-comma", action="store_true",
                        help="numbers written as text use a decimal comma (1.234,5)")
    parser.add_argument("--id-column", metavar="COL",
                        help="the column identifying the company (header text or Excel letter)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse the whole survey if any cell has an error")
    parser.add_argument("--json", metavar="PATH|-", help="write the full result as JSON "
                                                         "(- for standard output)")
    parser.add_argument("--language", dest="score_language", choices=("en", "es", "pt"),
                        help="language of the summary and messages")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import, score and report; returns the exit code (user errors raise UserInputError)."""
    # Imported here so that building the CLI parser stays cheap for every other command.
    from core.scoring import score_responses, write_json
    from core.scoring.summary import render_summary
    from core.survey.importer import import_survey
    from core.survey.model import ImportOptions
    from core.toolkit.registry import get_toolkit

    if args.score_language:  # so that errors reported by core.cli.main use it too
        os.environ["ENCADENA_LANG"] = args.score_language
    language = args.score_language or getattr(args, "language", None) or current_language()
    toolkit = get_toolkit(args.toolkit)
    options = ImportOptions(sheet=args.sheet, decimal_comma=args.decimal_comma,
                            id_column=args.id_column, strict=args.strict)
    survey = import_survey(args.survey, toolkit, options, None)
    if args.strict and survey.errors:
        # The importer refuses strict imports itself; this guards the promise regardless.
        raise UserInputError("score_strict_refused", count=len(survey.errors), problems=[
            Problem(e.code, e.sheet, e.row, e.column, {"item": e.item, "value": e.value})
            for e in survey.errors])
    result = score_responses(toolkit, survey.values)
    from core.quality.store import compute_flags
    flags = compute_flags(None, toolkit, survey, result)
    if args.json:
        write_json(toolkit, survey, result, args.json, flags=flags)
        if args.json != "-":
            print(message("score_json_written", language, count=len(result), path=args.json))
    else:
        sys.stdout.write(render_summary(toolkit, survey, result, language, flags) + "\n")
    return 0


messages.register({
    "score_strict_refused": {
        "en": "Strict mode: {count} cells have errors, so nothing was scored or written.",
        "es": "Modo estricto: {count} celdas tienen errores, así que no se puntuó ni se escribió nada.",
        "pt": "Modo estrito: {count} células têm erros, então nada foi pontuado nem gravado."},
    "score_json_written": {
        "en": "Wrote the scores of {count} responses to {path}.",
        "es": "Se escribieron los puntajes de {count} respuestas en {path}.",
        "pt": "As pontuações de {count} respostas foram gravadas em {path}."},
})
