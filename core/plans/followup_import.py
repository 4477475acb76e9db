"""Merging a filled-in follow-up workbook back into the project, all or nothing.

Rows are matched by ids (company + action, company + KPI, company + KPI + date for
measurements). Every bad cell becomes a :class:`core.errors.Problem` with its sheet, Excel
row, column letter, value and a code; if there is any, nothing is written and
``followup_invalid`` is raised with all of them. Otherwise the changed plans are saved in one
transaction. A cell equal to the stored value (numbers within rounding) changes nothing, so
importing an unedited export leaves the project as it was. A changed status or percent is
recorded in the action's history on ``today``. Measurements are added or replaced, never
deleted by a missing row.

Formulas saved without a value (a workbook filled in by a script, never opened in Excel) read
as blank cells: every one in a column the import reads (or in the header row) of the three
sheets is a ``formula_without_value`` problem, and replaces any other problem of the same cell
(a "required" cell that is blank only because its formula was never calculated).
"""
from __future__ import annotations

import copy
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.errors import Problem, UserInputError
from core.formulacheck import formula_problems
from core.plans.followup_cells import (
    CellValueError,
    cell_text,
    direction,
    parse_date,
    parse_number,
    ranged,
    required_text,
    same_number,
    status,
)
from core.plans.followup_layout import COLUMNS, SHEETS, fold, header_keys, sheet_key
from core.plans.model import SHARES, Action, ImprovementPlan, check_action, check_kpi
from core.plans.store import load_plans, writing
from core.progress import Progress
from core.toolkit.cells import column_letter
from core.workbook import is_empty, read_all_sheets

REQUIRED = {"actions": ("company_id", "action_id"), "kpis": ("company_id", "kpi_id"),
            "measurements": ("company_id", "kpi_id", "date", "value")}


@dataclass
class FollowupOutcome:
    """What an import of a follow-up workbook changed."""

    plans_changed: list[str] = field(default_factory=list)
    actions_added: int = 0
    actions_changed: int = 0
    kpis_changed: int = 0
    measurements_added: int = 0
    measurements_changed: int = 0
    kpis_added: int = 0
    language: str = "en"              # the workbook's language (sheet names)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def workbook_language(sheets: dict) -> str:
    """The language whose sheet names the workbook uses (English when unsure)."""
    for language in ("es", "pt", "en"):
        names = {fold(SHEETS[k][language]) for k in ("actions", "kpis", "measurements")}
        if names <= {fold(sheet.name) for sheet in sheets.values()}:
            return language
    return "en"


def _rows(sheet, key: str, problems: list[Problem]) -> list[tuple[int, dict[str, tuple[str, object]]]]:
    """Data rows as (Excel row, {column key: (letter, raw value)}), empty rows skipped."""
    if not sheet.rows:
        problems.append(Problem("followup_missing_column", sheet=sheet.name, row=1,
                                params={"column": ", ".join(REQUIRED[key])}))
        return []
    known = header_keys(COLUMNS[key])
    positions = {}
    for j, header in enumerate(sheet.rows[0]):
        k = known.get(fold(header)) if not is_empty(header) else None
        if k and k not in positions:
            positions[k] = j
    missing = [k for k in REQUIRED[key] if k not in positions]
    for k in missing:
        label = next(c.labels["en"] for c in COLUMNS[key] if c.key == k)
        problems.append(Problem("followup_missing_column", sheet=sheet.name, row=1, params={"column": label}))
    if missing:
        return []
    out = []
    for i, row in enumerate(sheet.rows[1:], start=2):
        cells = {k: (column_letter(j), row[j] if j < len(row) else "") for k, j in positions.items()}
        if all(is_empty(v) for _, v in cells.values()):
            continue
        out.append((i, cells))
    return out


def import_followup(conn: sqlite3.Connection, path: str | Path, today: date,
                    progress: Progress | None = None, who: str | None = None) -> FollowupOutcome:
    """Merge the workbook at ``path`` into the project; all or nothing (see the module doc).
    The change is one audited edit (:func:`followup_edit`)."""
    from core.edits import apply_in_transaction
    edit, outcome = followup_edit(conn, path, today, progress)
    with writing(conn):
        apply_in_transaction(conn, edit, who)
        if progress:                      # inside the transaction: a cancel here still undoes all
            progress(1.0, "followup")
    return outcome


def followup_edit(conn: sqlite3.Connection, path: str | Path, today: date,
                  progress: Progress | None = None):
    """``(edit, outcome)``: what importing the workbook at ``path`` would change, as one
    :class:`core.edits.Edit` (nothing is written); raises ``followup_invalid`` with every bad
    cell. Progress changes are dated by the row's "as of" cell, else ``today``."""
    from core.edits import Edit
    from core.plans.diff import plan_changes
    path = Path(path)
    sheets = {}
    found = read_all_sheets(path)
    for name, sheet in found.items():
        key = sheet_key(name)
        if key and key not in sheets:
            sheets[key] = sheet
    problems: list[Problem] = []
    for key in ("actions", "kpis", "measurements"):
        if key not in sheets:
            problems.append(Problem("followup_missing_sheet", sheet=SHEETS[key]["en"]))
    rows = {key: _rows(sheet, key, problems) for key, sheet in sheets.items() if key in REQUIRED}
    _only_its_chain(conn, path, found, sheets, rows, problems)
    if progress:
        progress(0.2, "followup")
    named = {cell_text(cells["company_id"][1]).strip() for found in rows.values() for _, cells in found}
    stored = load_plans(conn, sorted(named))          # only the plans the workbook names
    plans = copy.deepcopy(stored)
    outcome = FollowupOutcome()
    comma = conn.execute("SELECT number_format FROM programme WHERE id = 1").fetchone()
    parsers = cell_parsers(comma[0] == "comma" if comma else None)
    if "actions" in rows:
        companies = {r[0] for r in conn.execute("SELECT id FROM companies")}
        _merge_actions(sheets["actions"], rows["actions"], parsers["actions"], plans, companies, today,
                       problems, outcome)
    companies = {r[0] for r in conn.execute("SELECT id FROM companies")}
    if "kpis" in rows:
        _merge_kpis(sheets["kpis"], rows["kpis"], parsers["kpis"], plans, problems, outcome, companies)
    if "measurements" in rows:
        _merge_measurements(sheets["measurements"], rows["measurements"], parsers["measurements"], plans,
                            problems, outcome)
    problems = _with_formula_problems(path, sheets, problems)
    if problems:
        raise UserInputError("followup_invalid", problems=problems, path=str(path), count=len(problems),
                             workbook_language=workbook_language(sheets))
    if progress:
        progress(0.7, "followup")
    changed = [c for c in plans if plans[c] != stored.get(c)]
    changes = [change for c in changed for change in plan_changes(conn, stored.get(c), plans[c])]
    outcome.plans_changed = changed
    outcome.language = workbook_language(sheets)
    edit = Edit("edit.followup_import", tuple(changes), "followup", path.name,
                {"file": path.name, "count": len(changed)})
    return edit, outcome


def _only_its_chain(conn, path: Path, found: dict, sheets: dict, rows: dict, problems: list[Problem]) -> None:
    """A workbook changes only the companies of the value chain it was exported for (its very
    hidden ``encadena`` sheet names it): a row naming another company is a problem."""
    from core.plans.followup_export import CHAIN_SHEET
    marker = found.get(CHAIN_SHEET)
    fields = {cell_text(r[0]).strip(): cell_text(r[1]).strip()
              for r in (marker.rows if marker else []) if len(r) >= 2}
    chain = fields.get("chain", "")
    known = conn.execute("SELECT id FROM value_chains WHERE name = ?", (chain,)).fetchone()
    if known is None:
        if any(p.code == "followup_missing_sheet" for p in problems):
            return                          # not a follow-up workbook at all: that says it
        problems.append(Problem("safety.followup_no_chain", sheet=CHAIN_SHEET,
                                params={"path": path.name, "chain": chain}))
        return
    members = {r[0] for r in conn.execute("SELECT company_id FROM chain_members WHERE chain_id = ?",
                                          (known[0],))}
    elsewhere = {r[0] for r in conn.execute("SELECT id FROM companies")} - members  # unknown ids: own problem
    for key, found_rows in rows.items():
        for row, cells in found_rows:
            letter, raw = cells["company_id"]
            company = cell_text(raw).strip()
            if company in elsewhere:
                problems.append(Problem("safety.followup_other_chain", sheets[key].name, row, letter,
                                        {"value": company, "chain": chain}))


def _with_formula_problems(path: Path, sheets: dict, problems: list[Problem]) -> list[Problem]:
    """``problems`` with the formulas without value of the read columns first, replacing any
    other problem of those cells."""
    found: list[Problem] = []
    for key, sheet in sheets.items():
        if key not in REQUIRED or sheet.source_format not in ("xlsx", "xlsm") or not sheet.rows:
            continue
        known = header_keys(COLUMNS[key])
        letters = {column_letter(j) for j, header in enumerate(sheet.rows[0])
                   if not is_empty(header) and known.get(fold(header))}
        found += formula_problems(path, sheet.name,
                                  lambda row, letter, read=letters: row == 1 or letter in read)
    if not found:
        return problems
    cells = {(p.sheet, p.row, p.column) for p in found}
    return found + [p for p in problems if (p.sheet, p.row, p.column) not in cells]


# The cell to point at when a rule about the whole row fails.
RULE_COLUMNS = {"plan_due_before_start": "due", "plan_shares_not_100": "programme_share",
                "plan_bad_share": "programme_share", "plan_negative_budget": "budget",
                "plan_bad_percent": "percent", "plan_bad_status": "status", "plan_title_required": "title",
                "plan_target_before_baseline": "target_date", "plan_kpi_name_required": "name",
                "plan_bad_direction": "direction"}


def _rule_problem(exc: UserInputError, sheet, row: int, cells: dict) -> Problem:
    column = cells.get(RULE_COLUMNS.get(exc.code, ""), (None, None))[0]
    return Problem(exc.code, sheet.name, row, column, exc.params)


def _lookup(plans: dict[str, ImprovementPlan], sheet, row: int, cells: dict, kind: str, problems):
    """The plan and the action/KPI a row names, or None after recording the problem."""
    letter, company = cells["company_id"]
    company = cell_text(company).strip()
    if company not in plans:
        problems.append(Problem("followup_unknown_id", sheet.name, row, letter, {"value": company}))
        return None
    id_key = "action_id" if kind == "action" else "kpi_id"
    letter, raw = cells[id_key]
    wanted = cell_text(raw).strip()
    items = plans[company].actions if kind == "action" else plans[company].kpis
    found = next((x for x in items if x.id == wanted), None)
    if found is None and kind == "kpi":          # a KPI added on site is named, not numbered
        found = next((x for x in items if fold(x.name) == fold(wanted)), None)
    if found is None:
        problems.append(Problem("followup_unknown_id", sheet.name, row, letter, {"value": wanted}))
        return None
    return plans[company], found


def _apply(target, cells: dict, parsers: dict, sheet, row: int, problems: list[Problem]) -> dict:
    """Parse the cells present in ``parsers``; returns {attribute: value}, recording problems."""
    values = {}
    for key, parse in parsers.items():
        if key not in cells:
            continue
        letter, raw = cells[key]
        try:
            values[key] = parse(raw)
        except CellValueError as bad:
            problems.append(Problem(bad.code, sheet.name, row, letter, {"value": raw, **bad.params}))
    return values


def cell_parsers(decimal_comma: bool | None) -> dict[str, dict]:
    """The parser of each editable column of each sheet, numbers read in the programme's format."""
    def number(v):
        return parse_number(v, decimal_comma)
    return {
        "actions": {
            "title": required_text, "area": lambda v: cell_text(v) or None,
            "items": lambda v: cell_text(v).split(), "owner": lambda v: cell_text(v) or None,
            "start": parse_date, "due": parse_date, "status": status,
            "percent": ranged(lambda v: number(v) or 0.0, 0, 100),
            "budget": ranged(number, 0, float("inf")),
            **{s: ranged(number, 0, 100, 100.0) for s in SHARES},
            "kpi_id": lambda v: cell_text(v).strip() or None, "notes": cell_text,
            "as_of": parse_date},
        "kpis": {"name": required_text, "unit": cell_text, "direction": direction,
                 "baseline_value": number, "baseline_date": parse_date,
                 "target_value": number, "target_date": parse_date, "notes": cell_text},
        "measurements": {"date": parse_date, "value": number, "source": cell_text, "note": cell_text},
    }


def _merge_actions(sheet, rows, parsers, plans, companies, today, problems, outcome) -> None:
    seen = set()
    for row, cells in rows:
        if is_empty(cells["action_id"][1]):
            _new_action(sheet, row, cells, parsers, plans, companies, today, problems, outcome)
            continue
        found = _lookup(plans, sheet, row, cells, "action", problems)
        if found is None:
            continue
        plan, action = found
        if (plan.company_id, action.id) in seen:
            problems.append(Problem("followup_duplicate_row", sheet.name, row, cells["action_id"][0]))
            continue
        seen.add((plan.company_id, action.id))
        values = _action_values(sheet, row, cells, parsers, plan, problems)
        if values is None:
            continue
        candidate = _edited(action, values, today, sheet, row, cells, problems)
        if candidate is not None and candidate != action:
            plan.actions[plan.actions.index(action)] = candidate
            outcome.actions_changed += 1


def _action_values(sheet, row, cells, parsers, plan, problems) -> dict | None:
    before = len(problems)
    values = _apply(None, cells, parsers, sheet, row, problems)
    if len(problems) > before:
        return None
    if values.get("kpi_id") and values["kpi_id"] not in {k.id for k in plan.kpis}:
        problems.append(Problem("followup_unknown_id", sheet.name, row, cells["kpi_id"][0],
                                {"value": values["kpi_id"]}))
        return None
    return values


def _edited(action, values: dict, today, sheet, row, cells, problems):
    """A copy of ``action`` with the row's values (None after recording a problem)."""
    values = dict(values)
    today = values.pop("as_of", None) or today
    new_status = values.pop("status", None) or action.status
    new_percent = values.pop("percent", action.percent)
    if new_status == "done" and new_status != action.status and same_number(new_percent, action.percent):
        new_percent = 100.0                   # marked done without touching the percent
    candidate = copy.deepcopy(action)
    for key, value in values.items():
        old = getattr(candidate, key)
        if isinstance(value, float) and isinstance(old, (int, float)) and same_number(value, old):
            continue
        setattr(candidate, key, value)
    try:
        if new_status != candidate.status or not same_number(new_percent, candidate.percent):
            candidate.record(today, new_percent, new_status)
        check_action(candidate)
    except UserInputError as exc:
        problems.append(_rule_problem(exc, sheet, row, cells))
        return None
    return candidate


def _new_action(sheet, row, cells, parsers, plans, companies, today, problems, outcome) -> None:
    """A row without an action id: a new action agreed on site (its id is given on import).
    A row matching an existing action's title, start and due was imported before: skipped."""
    letter, raw = cells["company_id"]
    company = cell_text(raw).strip()
    if company not in companies:
        problems.append(Problem("followup_unknown_id", sheet.name, row, letter, {"value": company}))
        return
    plan = plans.setdefault(company, ImprovementPlan(company))
    values = _action_values(sheet, row, cells, parsers, plan, problems)
    if values is None:
        return
    if any(a.title == values["title"] and a.start == values.get("start") and a.due == values.get("due")
           for a in plan.actions):
        return
    blank = Action(plan.next_action_id(), values["title"])
    candidate = _edited(blank, values, today, sheet, row, cells, problems)
    if candidate is not None:
        plan.actions.append(candidate)
        outcome.actions_added += 1


def _new_kpi(sheet, row, cells, parsers, plans, companies, problems, outcome) -> None:
    """A KPIs row without an id: a KPI agreed on site (its id is given on import). A row with
    the name of a KPI the company already has was imported before: skipped."""
    from core.plans.model import Kpi
    letter, raw = cells["company_id"]
    company = cell_text(raw).strip()
    if company not in companies:
        problems.append(Problem("followup_unknown_id", sheet.name, row, letter, {"value": company}))
        return
    before = len(problems)
    values = _apply(None, cells, parsers, sheet, row, problems)
    if "name" not in values and len(problems) == before:
        problems.append(Problem("followup_required", sheet.name, row, None, {"value": ""}))
    if len(problems) > before:
        return
    plan = plans.setdefault(company, ImprovementPlan(company))
    if any(fold(k.name) == fold(values["name"]) for k in plan.kpis):
        return
    kpi = Kpi(plan.next_kpi_id(), values.pop("name"), **{k: v for k, v in values.items()
                                                          if k in Kpi.__dataclass_fields__})
    try:
        check_kpi(kpi)
    except UserInputError as exc:
        problems.append(_rule_problem(exc, sheet, row, cells))
        return
    plan.kpis.append(kpi)
    outcome.kpis_added += 1


def _merge_kpis(sheet, rows, parsers, plans, problems, outcome, companies=frozenset()) -> None:
    seen = set()
    for row, cells in rows:
        if is_empty(cells["kpi_id"][1]):
            _new_kpi(sheet, row, cells, parsers, plans, companies, problems, outcome)
            continue
        found = _lookup(plans, sheet, row, cells, "kpi", problems)
        if found is None:
            continue
        plan, kpi = found
        if (plan.company_id, kpi.id) in seen:
            problems.append(Problem("followup_duplicate_row", sheet.name, row, cells["kpi_id"][0]))
            continue
        seen.add((plan.company_id, kpi.id))
        before = len(problems)
        values = _apply(kpi, cells, parsers, sheet, row, problems)
        if len(problems) > before:
            continue
        candidate = copy.deepcopy(kpi)
        for key, value in values.items():
            old = getattr(candidate, key)
            if isinstance(value, float) and isinstance(old, (int, float)) and same_number(value, old):
                continue
            setattr(candidate, key, value)
        try:
            check_kpi(candidate)
        except UserInputError as exc:
            problems.append(_rule_problem(exc, sheet, row, cells))
            continue
        if candidate != kpi:
            plan.kpis[plan.kpis.index(kpi)] = candidate
            outcome.kpis_changed += 1


def _merge_measurements(sheet, rows, parsers, plans, problems, outcome) -> None:
    seen = set()
    for row, cells in rows:
        found = _lookup(plans, sheet, row, cells, "kpi", problems)
        before = len(problems)
        values = _apply(None, cells, parsers, sheet, row, problems)
        for key in ("date", "value"):
            if key in values and values[key] is None:
                problems.append(Problem("followup_required", sheet.name, row, cells[key][0], {"value": ""}))
        if found is None or len(problems) > before:
            continue
        plan, kpi = found
        key = (plan.company_id, kpi.id, values["date"])
        if key in seen:
            problems.append(Problem("followup_duplicate_row", sheet.name, row, cells["date"][0]))
            continue
        seen.add(key)
        old = next((m for m in kpi.measurements if m.on == values["date"]), None)
        source, note = values.get("source", old.source if old else ""), values.get("note", old.note if old else "")
        if old is not None and same_number(old.value, values["value"]) and old.source == source and old.note == note:
            continue
        kpi.add_measurement(values["date"], values["value"], source, note)
        if old is None:
            outcome.measurements_added += 1
        else:
            outcome.measurements_changed += 1
