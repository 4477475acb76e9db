"""The follow-up round trip told in the workbook's language: every bad cell with its sheet,
Excel row and column, numbers written as that language writes them ("1,0 %" in Spanish)."""
from __future__ import annotations

from core.errors import Problem, UserInputError
from core.messages import message
from core.numbers import format_number


def _local(params: dict, language: str) -> dict:
    out = {}
    for key, value in params.items():
        if isinstance(value, float) and not isinstance(value, bool):
            whole = key in ("low", "high") and value.is_integer()
            out[key] = format_number(value, language, 0 if whole else 1)
        else:
            out[key] = value
    return out


def where(problem: Problem, language: str) -> str:
    """"hoja 'Acciones', fila 3, columna K" in ``language`` ('' when the problem has no place)."""
    if problem.sheet is None:
        return ""
    if problem.row is None:
        return message("plans.where_sheet", language, sheet=problem.sheet)
    if problem.column is None:
        return message("plans.where_row", language, sheet=problem.sheet, row=problem.row)
    return message("plans.where", language, sheet=problem.sheet, row=problem.row, column=problem.column)


def problem_text(problem: Problem, language: str) -> str:
    """What is wrong with one cell, in ``language``."""
    return message(problem.code, language, **_local(problem.params, language))


def problem_rows(error: UserInputError, language: str | None = None) -> list[dict]:
    """Rows for a report table: sheet, row, column, value, problem (text in the language)."""
    language = language or error.params.get("workbook_language") or "en"
    return [{"sheet": p.sheet or "", "row": p.row, "column": p.column or "",
             "value": "" if p.params.get("value") is None else str(p.params.get("value")),
             "problem": problem_text(p, language)} for p in error.problems]


def describe(error: UserInputError, language: str | None = None) -> str:
    """The whole error as text lines in the workbook's language (or ``language``)."""
    language = language or error.params.get("workbook_language") or "en"
    params = _local({k: v for k, v in error.params.items() if k not in ("problems", "workbook_language")}, language)
    lines = [message(error.code, language, **params)]
    for p in error.problems:
        place = where(p, language)
        lines.append(f"  - {place}: {problem_text(p, language)}" if place
                     else f"  - {problem_text(p, language)}")
    return "\n".join(lines)
