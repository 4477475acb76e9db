"""What ``project import`` adds for column roles and the cell-precise problem list."""
from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from core.messages import message
from core.setup.roles import DATE, ID, NAME, parse_column_options

MAX_SHOWN = 20


def import_options(args, base):
    """``base`` ImportOptions with the roles of --name-column, --date-column and --column."""
    roles = parse_column_options(list(getattr(args, "column", []) or []))
    for role, value in ((NAME, getattr(args, "name_column", None)),
                        (DATE, getattr(args, "date_column", None))):
        if value:
            roles[role] = value
    id_column = roles.pop(ID, None) or base.id_column
    return dataclasses.replace(base, id_column=id_column, column_roles=roles)


def problem_lines(outcome, language: str) -> list[str]:
    """Every unusable cell (sheet, Excel row, column letter, value, reason), then rows without id."""
    from core.scoring.summary import error_reason
    lines = [message("score_summary_error_line", language, sheet=e.sheet, row=e.row, column=e.column,
                     item=e.item or "—", value=repr("" if e.value is None else str(e.value)[:40]),
                     reason=error_reason(e, language)) for e in outcome.cell_errors]
    lines += [message("setup.skipped_row", language, row=r) for r in outcome.skipped_rows]
    return lines


def print_cell_errors(outcome, report: str | None, language: str = "en") -> None:
    """The first 20 problems and a count; with ``report`` all of them written there."""
    lines = problem_lines(outcome, language)
    for line in lines[:MAX_SHOWN]:
        print(line)
    if len(lines) > MAX_SHOWN:
        print(message("setup.cell_list_more", language, count=len(lines) - MAX_SHOWN))
    if report:
        write_report(outcome, Path(report), language)
        print(message("setup.report_written", language, count=len(lines), path=report))


def write_report(outcome, path: Path, language: str) -> None:
    """All problems: CSV (through the safe cell writer) for ``.csv``, else one per line."""
    if path.suffix.lower() == ".csv":
        from core.reports.safe_cells import csv_value
        from core.safe_output import atomic_output
        from core.scoring.summary import error_reason
        with atomic_output(path) as temp, open(temp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([csv_value(h) for h in ("sheet", "row", "column", "item", "value", "reason")])
            for e in outcome.cell_errors:
                out.writerow([csv_value(v) for v in (e.sheet, e.row, e.column, e.item, e.value,
                                                     error_reason(e, language))])
            for r in outcome.skipped_rows:
                out.writerow([csv_value(v) for v in ("", r, "", "", "",
                                                     message("setup.skipped_row", language, row=r))])
        return
    from core.safe_output import write_text_output
    write_text_output(path, "\n".join(problem_lines(outcome, language)) + "\n")
