"""``import_survey``: one survey sheet -> :class:`SurveyData` (spec section 2).

The sheet becomes a 2-D object array once; the item columns are factorized together in one pass
over it (:mod:`core.survey.factorize`), each column's distinct values resolved (see
:mod:`core.survey.values`) and the results mapped back with numpy indexing. Error records are
built only for the cells that are wrong.

Where the spec is silent, the choices made here:

- ``range``: only start/end are checked; a value off the step grid (2.5 on 1-5 step 1) is
  accepted, since scoring is linear and the toolkit keeps only the scale.
- Numeric text: thousands separators only in groups of three, so ``1,5`` under the decimal-point
  option is an error, never 15.
- select_multiple: selecting only not-applicable choices is missing; split columns all 0 mean
  "answered, nothing selected" (raw value 0); one bad flag makes the item missing for that row.
- select items: a toolkit choice whose name or label looks like a not-applicable token
  (a scored "No sabe") is that choice; the tokens apply only to what no choice claims.
- Fully blank rows are skipped; every response keeps its Excel row number. A row of HXL
  hashtags right under the header (KoboToolbox writes one when the form has ``hxl`` tags) is
  part of the header, never a response.
- A header shared by several items (same label in different groups) is decided by its group
  path, else by order among identical headers (see :mod:`core.survey.header`); one that stays
  ambiguous is listed in ``mapping.ambiguous`` and its items are missing.
- select_multiple in both forms (single + split columns): a blank or not-applicable single cell
  is missing whatever the split columns hold (ODK Central writes 0 in each); otherwise the split
  columns give the selection.
- The workbook's other sheets (KoboToolbox repeat groups, linked by ``_parent_index``) are listed
  in ``mapping.other_sheets`` with their row counts, never read as answers.
- Two columns for the same item: the first is used, the other is listed with ``how="duplicate"``.
- Formulas saved without a value read as blank; in matched item columns they are reported as
  ``formula_without_value`` cell errors when the scan is cheap or a column is all blank
  (see :mod:`core.survey.formula_cells`); unmatched columns are not scanned for them.
- Any header starting with ``_``, ``meta/`` or ``meta-`` counts as Kobo/ODK provenance.
- A header that matches no label exactly is compared once more without punctuation
  (``La empresa tiene un plan`` = ``¿La empresa tiene un plan?``); digits are kept, so a
  numbered question (``2.3 ...``) still matches nothing.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from core import workbook
from core.errors import Problem, UserInputError
from core.messages import message
from core.progress import Progress, no_progress
from core.survey.factorize import GridCodes
from core.survey.formula_cells import formula_errors, should_scan
from core.survey.header import HEADER_SEARCH_ROWS, ColumnPlan, find_header, map_columns
from core.survey.matching import HeaderMatcher, excel_letter
from core.survey.model import CellError, ImportOptions, SurveyData
from core.survey.values import (
    ChoiceIndex,
    Resolved,
    number_text,
    raw_text,
    resolve_flags,
    resolve_numeric,
    resolve_select_multiple,
    resolve_select_one,
    resolve_text,
    texts_of,
    unanswered_cells,
)
from core.toolkit.model import Item, Toolkit

READ_SHARE = 0.5   # share of the progress bar given to reading the file


def import_survey(path: str | Path, toolkit: Toolkit, options: ImportOptions = ImportOptions(),
                  progress: Progress | None = None, language: str = "en") -> SurveyData:
    """Read the answers of one survey sheet and resolve them against ``toolkit``.

    Raises ``UserInputError`` when no header row is found (``no_header``) or, in strict mode,
    when any cell is invalid (``strict_refused``). ``Cancelled`` raised by ``progress`` propagates.
    """
    report = progress or no_progress
    path = Path(path)
    matcher = HeaderMatcher(toolkit)
    report(0.0, message("survey_reading", language, file=path.name))
    sheet, header_index = _locate(path, matcher, options)
    report(READ_SHARE, message("survey_matching", language, sheet=sheet.name))
    headers, grid, rows = _table(sheet.rows, header_index)
    sheet.rows = []     # the grid holds the cells now: the row lists' memory goes to what follows
    has_data = [bool(h not in (None, "")) or not _blank(grid[:, j]).all() for j, h in enumerate(headers)]
    mapping, plan = map_columns(sheet.name, header_index, headers, matcher, options, has_data)
    mapping.other_sheets = _other_sheets(path, sheet.name)
    work = [it for it in toolkit.items if it.name in plan.single or it.name in plan.split]
    build = _Builder(sheet.name, grid, rows, options.decimal_comma, _item_columns(work, plan))
    for k, item in enumerate(work):
        report(READ_SHARE + (1 - READ_SHARE) * k / max(1, len(work)),
               message("survey_column", language, item=item.name))
        build.item(item, plan, toolkit)
    if should_scan(path, sheet.name, sheet.source_format, build.blank_item_column):
        build.formulas(path, header_index + 1, plan)
    if options.strict and build.errors:
        raise UserInputError("strict_refused", problems=build.problems(), count=len(build.errors),
                             file=path.name)
    values = _frame({it.name: build.values.get(it.name) for it in toolkit.scored_items}, len(rows),
                    float)
    answers = _frame({it.name: build.answers[it.name] for it in work if it.name in build.answers},
                     len(rows), object)
    result = SurveyData(
        file=str(path), sheet=sheet.name, sha256=_sha256(path), rows=rows.tolist(),
        company_ids=build.text_column(plan.id_column), company_names=build.text_column(plan.name_column),
        values=values, answers=answers, metadata=_metadata(grid, headers, plan),
        errors=build.sorted_errors(), mapping=mapping,
        dates=grid[:, plan.roles["assessed_on"]].tolist() if "assessed_on" in plan.roles else None,
        roles={r: grid[:, j].tolist() for r, j in plan.roles.items() if r != "assessed_on"},
        role_columns={r: excel_letter(j) for r, j in plan.roles.items()})
    report(1.0, message("survey_done", language, count=len(rows)))
    return result


def _frame(columns: dict[str, np.ndarray | None], n: int, dtype: type) -> pd.DataFrame:
    """Columns (None: all missing) as a frame, filled into one 2-D block: built from a dict of
    60 arrays pandas would copy them all into one block (0.1 s at 100,000 rows)."""
    if not columns:
        return pd.DataFrame({}, index=pd.RangeIndex(n), dtype=dtype)
    block = np.full((len(columns), n), np.nan if dtype is float else None, dtype=dtype)
    for k, column in enumerate(columns.values()):
        if column is not None:
            block[k] = column
    return pd.DataFrame(block.T, index=pd.RangeIndex(n), columns=list(columns), dtype=dtype,
                        copy=False)


def _locate(path: Path, matcher: HeaderMatcher, options: ImportOptions):
    # The first sheet is read before listing the others: opening a workbook is not free.
    first = workbook.read_sheet(path, options.sheet)
    index = find_header(first.rows, matcher)
    if index is not None:
        return first, index
    names = [first.name]
    if not options.sheet:
        for name in workbook.sheet_names(path):
            if name == first.name:
                continue
            names.append(name)
            sheet = workbook.read_sheet(path, name)
            index = find_header(sheet.rows, matcher)
            if index is not None:
                return sheet, index
    toolkit = matcher.toolkit
    examples = [f"'{it.name}' / '{it.label()}'" for it in toolkit.scored_items[:3]]
    raise UserInputError("no_header", sheets=", ".join(f"'{n}'" for n in names),
                         rows=HEADER_SEARCH_ROWS, toolkit=toolkit.id, examples=", ".join(examples))


def _other_sheets(path: Path, scored: str) -> list[tuple[str, int]]:
    """The workbook's other sheets and their row counts (KoboToolbox writes one sheet per repeat
    group, linked by ``_parent_index``): kept as provenance, never read as answers or errors."""
    if workbook.file_format(path) == "csv":
        return []
    others = []
    for name in workbook.sheet_names(path):
        if name != scored:
            rows = workbook.read_sheet(path, name).rows
            others.append((name, max(0, sum(1 for r in rows if any(c not in (None, "") for c in r)) - 1)))
    return others


def _blank(column: np.ndarray) -> np.ndarray:
    return pd.isna(column) | (column == "")


def _table(rows: list[list[object]], header_index: int):
    """(headers, body as a 2-D object array without blank rows, Excel row of each body row)."""
    first = header_index + 1
    if first < len(rows) and _hxl_tags(rows[first]):
        first += 1      # KoboToolbox writes the form's HXL hashtags under the header
    body = rows[first:]
    lengths = set(map(len, body))       # calamine gives one length; CSV lines may differ
    width = max([len(rows[header_index]), *lengths])
    if lengths - {width}:
        body = [r if len(r) == width else list(r) + [None] * (width - len(r)) for r in body]
    grid = np.empty((len(body), width), dtype=object)   # row by row, like the cells (see factorize)
    if body:
        grid[:, :] = body
    headers = list(rows[header_index]) + [None] * (width - len(rows[header_index]))
    blank_rows = np.arange(len(body))
    for j in range(width):      # narrow down: rows blank in every column so far
        if not len(blank_rows):
            break
        blank_rows = blank_rows[_blank(grid[blank_rows, j])]
    if len(blank_rows):
        keep = np.ones(len(body), dtype=bool)
        keep[blank_rows] = False
        grid = grid[keep]
        excel_rows = np.nonzero(keep)[0] + first + 1
    else:
        excel_rows = np.arange(len(body)) + first + 1
    return headers, grid, excel_rows


def _hxl_tags(row: list[object]) -> bool:
    """Whether a row holds only HXL hashtags (``#indicator+diet``) and blanks, at least one tag."""
    cells = [c for c in row if c not in (None, "")]
    return bool(cells) and all(isinstance(c, str) and c.strip().startswith("#") and
                               len(c.strip()) > 1 and " " not in c.strip() for c in cells)


def _item_columns(work: list[Item], plan: ColumnPlan) -> list[int]:
    """The columns whose cells are resolved, in sheet order (factorized together)."""
    columns = [plan.single[it.name] for it in work if it.name in plan.single]
    columns += [j for it in work for j in plan.split.get(it.name, {}).values()]
    columns += [plan.split_single[it.name] for it in work if it.name in plan.split_single]
    return sorted(set(columns))


def _take(per_unique: np.ndarray, codes: np.ndarray, fill: object) -> np.ndarray:
    """Map per-distinct-value results back to cells; code -1 (an empty cell) takes ``fill``."""
    return np.append(per_unique, np.array([fill], dtype=per_unique.dtype))[codes]


class _Builder:
    """Accumulates values, answers and cell errors column by column."""

    def __init__(self, sheet: str, grid: np.ndarray, rows: np.ndarray, decimal_comma: bool,
                 columns: list[int]):
        self.sheet, self.grid, self.rows, self.decimal_comma = sheet, grid, rows, decimal_comma
        self.codes = GridCodes(grid, columns)    # every item column factorized in one pass
        self.values: dict[str, np.ndarray] = {}
        self.answers: dict[str, np.ndarray] = {}
        self.errors: list[CellError] = []          # in column order; see sorted_errors()
        self._where: list[tuple[np.ndarray, int]] = []   # (Excel rows, column index) per batch
        self._indexes: dict[str, ChoiceIndex] = {}
        self.blank_item_column = False    # a matched item column blank in every row

    def _index(self, toolkit: Toolkit, item: Item) -> ChoiceIndex | None:
        if item.list_name not in toolkit.lists:
            return None
        if item.list_name not in self._indexes:
            self._indexes[item.list_name] = ChoiceIndex(toolkit.lists[item.list_name])
        return self._indexes[item.list_name]

    def item(self, item: Item, plan: ColumnPlan, toolkit: Toolkit) -> None:
        """Values (scored items), canonical answers and cell errors (scored items) of one item."""
        index = self._index(toolkit, item)
        if item.name in plan.split and index is not None:
            self._split(item, plan.split[item.name], index, plan.split_single.get(item.name))
            return
        if item.name not in plan.single:
            return
        j = plan.single[item.name]
        codes, uniques = self.codes.column(j)
        self._note_blank(uniques)
        if item.type == "select_one" and index is not None:
            resolved = resolve_select_one(uniques, index, self.decimal_comma)
        elif item.type == "select_multiple" and index is not None:
            resolved = resolve_select_multiple(uniques, index)
        elif item.scored:
            resolved = resolve_numeric(uniques, item, self.decimal_comma)
        else:
            resolved = resolve_text(uniques)
        self.answers[item.name] = _take(resolved.answers, codes, None)
        if item.scored:
            self.values[item.name] = _take(resolved.values, codes, np.nan)
        self._collect(item, j, codes, uniques, resolved)

    def _collect(self, item: Item, j: int, codes: np.ndarray, uniques: np.ndarray,
                 resolved: Resolved) -> np.ndarray:
        bad_unique = resolved.codes != None  # noqa: E711 - elementwise on an object array
        bad = _take(bad_unique, codes, False)
        if not item.scored:         # unscored answers are kept as given, never errors
            return bad
        letter = excel_letter(j)
        scale = {"min": "" if item.scale_min is None else number_text(item.scale_min),
                 "max": "" if item.scale_max is None else number_text(item.scale_max)}
        described: dict[int, tuple] = {}    # per bad distinct value: built once, shared by its cells
        positions = np.nonzero(bad)[0]
        rows = self.rows[positions]
        for u, row in zip(codes[positions].tolist(), rows.tolist()):
            if u not in described:
                value, code = uniques[u], resolved.codes[u]
                params = {"item": item.name, "value": raw_text(value), **scale}
                described[u] = (_json_value(value), code, message(code, "en", **params), params)
            value, code, text, params = described[u]
            self.errors.append(CellError(self.sheet, row, letter, item.name, value, code, text, params))
        self._where.append((rows, j))
        return bad

    def _split(self, item: Item, columns: dict[str, int], index: ChoiceIndex,
               single: int | None) -> None:
        n = len(self.rows)
        choices = [c for c in index.list.choices if c.name in columns]
        flags = np.full((n, len(choices)), np.nan)
        broken = np.zeros(n, dtype=bool)
        for k, choice in enumerate(choices):
            j = columns[choice.name]
            codes, uniques = self.codes.column(j)
            self._note_blank(uniques)
            resolved = resolve_flags(uniques)
            flags[:, k] = _take(resolved.values, codes, np.nan)
            broken |= self._collect(item, j, codes, uniques, resolved)
        chosen = flags == 1
        scored = np.array([c.score is not None for c in choices], dtype=bool)
        weights = np.array([c.score or 0.0 for c in choices], dtype=float)
        values = chosen.astype(float) @ weights if choices else np.full(n, np.nan)
        answered = ~np.isnan(flags).all(axis=1) & ~broken
        if single is not None:      # a blank single cell is missing whatever the split columns hold
            codes, uniques = self.codes.column(single)
            answered &= ~_take(unanswered_cells(uniques, index), codes, True)
        only_na = chosen.any(axis=1) & ~(chosen & scored).any(axis=1)
        values[~answered | only_na] = np.nan
        self.values[item.name] = values
        combos, inverse = np.unique(chosen, axis=0, return_inverse=True)
        texts = np.array([" ".join(c.name for c, on in zip(choices, row) if on) for row in combos]
                         + [None], dtype=object)
        answers = texts[np.asarray(inverse).reshape(-1)] if n else np.empty(0, dtype=object)
        answers[~answered] = None
        self.answers[item.name] = answers

    def _note_blank(self, uniques: np.ndarray) -> None:
        if not self.blank_item_column:
            self.blank_item_column = all(isinstance(u, str) and u == "" for u in uniques)

    def formulas(self, path: Path, header_row: int, plan: ColumnPlan) -> None:
        """Add the formulas without value in the item columns of ``plan`` as cell errors."""
        columns = {excel_letter(j): (name, j) for name, j in plan.single.items()}
        columns |= {excel_letter(j): (name, j) for name, split in plan.split.items() for j in split.values()}
        by_column: dict[str, list[CellError]] = {}
        for error in formula_errors(path, self.sheet, header_row, {k: v[0] for k, v in columns.items()}):
            by_column.setdefault(error.column, []).append(error)
        for letter, errors in by_column.items():     # _where and errors stay in step
            self.errors.extend(errors)
            self._where.append((np.array([e.row for e in errors]), columns[letter][1]))

    def text_column(self, j: int | None) -> list[str | None]:
        if j is None:
            return [None] * len(self.rows)
        # Company ids are mostly distinct: factorizing them would cost more than it saves.
        return texts_of(self.grid[:, j]).tolist()

    def sorted_errors(self) -> list[CellError]:
        """The errors by row, then by column (a numpy sort: there may be hundreds of thousands)."""
        if not self.errors:
            return []
        rows = np.concatenate([r for r, _ in self._where])
        columns = np.concatenate([np.full(len(r), j) for r, j in self._where])
        return [self.errors[k] for k in np.lexsort((columns, rows)).tolist()]

    def problems(self) -> list[Problem]:
        return [Problem(e.code, e.sheet, e.row, e.column, e.params) for e in self.sorted_errors()]


def _json_value(value: object) -> object:
    if isinstance(value, (str, bool, int, float)) and not isinstance(value, np.generic):
        return value
    if isinstance(value, np.generic):
        return value.item()
    return raw_text(value)


def _metadata(grid: np.ndarray, headers: list[object], plan: ColumnPlan) -> pd.DataFrame:
    columns: dict[str, np.ndarray] = {}
    for j in sorted(plan.metadata):
        name = raw_text(headers[j]) if headers[j] is not None else excel_letter(j)
        if name in columns:
            name = f"{name} ({excel_letter(j)})"
        columns[name] = grid[:, j]
    return pd.DataFrame(columns, index=pd.RangeIndex(grid.shape[0]), dtype=object)


def _sha256(path: Path) -> str:
    helper = getattr(workbook, "file_sha256", None)
    if helper is not None:
        return helper(path)
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


