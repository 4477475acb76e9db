"""Where a toolkit problem is, in words (the toolkit sentences are in
``core/catalogue/words/messages_toolkit.json``)."""
from __future__ import annotations

from core.errors import Problem
from core.messages import message


def problem_text(problem: Problem, language: str | None = None) -> str:
    """``sheet 'survey', row 6, column F: <what is wrong>`` in ``language`` (English when None)."""
    parts = message("toolkit_where", language, sheet=problem.sheet, row=problem.row,
                    column=problem.column).split("|")
    known = (problem.sheet is not None, problem.row is not None, problem.column is not None)
    where = ", ".join(part for part, k in zip(parts, known) if k)
    what = message(problem.code, language, **problem.params)
    return f"{where}: {what}" if where else what
