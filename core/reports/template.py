"""A survey template workbook from any toolkit, to fill in Excel with no Encadena installed.

Layout of the answers sheet (the first sheet, so the importer finds it first):

- row 1: title; row 2: the area (or group) of each column;
- row 3: the question, numbered ("2.3 Question text"), with the full text and the answer
  hint as a cell comment. The number makes this row match no item, so it is never taken
  for the header;
- row 4 (hidden): the item names, plus ``item/choice`` for each option of a select-multiple
  question (KoboToolbox split columns holding 1/0). This is the header row the importer finds
  by matching rule 1 (the item's ``name``), so a filled template imports with no mapping step;
- row 5 onwards: one company per row, with drop-down lists of the choice labels (in the
  template's language; the importer accepts labels in any language of the toolkit) and
  number limits from the item's scale.

An instructions sheet explains the steps and lists every question; a hidden sheet holds the
choice lists that the drop-downs read.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from core.numbers import format_number
from core.reports.labels import label
from core.reports.safe_cells import put, safe_text
from core.safe_output import atomic_output, check_output
from core.survey.header import find_header
from core.survey.matching import COMPANY_ID_ITEM, COMPANY_NAME_ITEM, HeaderMatcher
from core.toolkit.model import Item, Toolkit

TITLE_ROW, AREA_ROW, LABEL_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3, 4, 5
ASKED_TYPES = ("select_one", "select_multiple", "range", "integer", "decimal", "text", "date")
DEFAULT_ROWS = 200
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
AREA_FILLS = ("DDEBF7", "E2EFDA", "FFF2CC", "FCE4D6", "EDE2F6", "D9E1F2", "E7E6E6", "DEEAF1")
THIN = Side(style="thin", color="A6A6A6")


@dataclass(frozen=True)
class TemplateColumn:
    """One column of the answers sheet: what its hidden header says and what it shows."""

    header: str            # row 4: item name or item/choice
    title: str             # row 3: numbered question (or company field)
    group: str             # row 2: area or group label
    item: Item | None      # None for company fields the toolkit does not ask itself
    choice: str | None = None
    number: str = ""


def template_columns(toolkit: Toolkit, language: str) -> list[TemplateColumn]:
    """The columns of the template in order: company ID and name first, then every question."""
    company = label("company_fields", language)
    columns: list[TemplateColumn] = []
    asked = [it for it in toolkit.items if it.type in ASKED_TYPES]
    for name, key in ((COMPANY_ID_ITEM, "company_id"), (COMPANY_NAME_ITEM, "company_name")):
        item = toolkit.item(name) if toolkit.has_item(name) else None
        columns.append(TemplateColumn(name, label(key, language) + (" *" if key == "company_id" else ""),
                                      company, item))
    area_number = {a.name: k + 1 for k, a in enumerate(toolkit.areas)}
    counters: dict[str, int] = {}
    for it in asked:
        if it.name in (COMPANY_ID_ITEM, COMPANY_NAME_ITEM):
            continue
        key = it.area or ""
        counters[key] = counters.get(key, 0) + 1
        number = (f"{area_number[it.area]}.{counters[key]}" if it.area
                  else f"0.{counters[key]}")
        group = (toolkit.area(it.area).label(language) if it.area
                 else (it.groups[-1].labels.get(language) or label("profile", language))
                 if it.groups else label("profile", language))
        title = f"{number} {it.label(language)}"
        if it.type == "select_multiple" and it.list_name in toolkit.lists:
            for ch in toolkit.lists[it.list_name].choices:
                columns.append(TemplateColumn(f"{it.name}/{ch.name}", f"{title}: {ch.label(language)}",
                                              group, it, ch.name, number))
        else:
            columns.append(TemplateColumn(it.name, title, group, it, None, number))
    return columns


def write_template(toolkit: Toolkit, path: str | Path, language: str = "en", *,
                   rows: int = DEFAULT_ROWS, paper: str = "a4", inputs=()) -> Path:
    """Write the survey template of ``toolkit`` to ``path`` (xlsx) in ``language``; ``inputs``
    (e.g. the toolkit's workbook) are never overwritten."""
    path = Path(path)
    check_output(path, inputs)
    columns = template_columns(toolkit, language)
    _check_header(toolkit, columns)
    book = Workbook()
    answers = book.active
    answers.title = label("sheet_answers", language)
    instructions = book.create_sheet(label("sheet_instructions", language))
    lists = book.create_sheet(label("sheet_lists", language))
    list_ranges = _write_lists(lists, toolkit, columns, language)
    lists.sheet_state = "hidden"
    _write_answers(answers, toolkit, columns, list_ranges, language, rows, paper)
    _write_instructions(instructions, toolkit, columns, language, paper)
    with atomic_output(path, inputs) as temp:
        book.save(temp)
    return path


def _check_header(toolkit: Toolkit, columns: list[TemplateColumn]) -> None:
    """The importer must take the hidden row for the header, never the visible rows above it."""
    top = [[""] * len(columns), [c.group for c in columns], [c.title for c in columns],
           [c.header for c in columns]]
    found = find_header(top, HeaderMatcher(toolkit))
    if found != HEADER_ROW - 1:
        raise AssertionError(f"template header detected at row {found}, expected {HEADER_ROW - 1}")


def _write_lists(ws, toolkit: Toolkit, columns: list[TemplateColumn], language: str) -> dict[str, str]:
    """One column per choice list used by a select-one question; returns list -> range formula."""
    ranges: dict[str, str] = {}
    col = 0
    for c in columns:
        it = c.item
        if it is None or it.type != "select_one" or it.list_name in ranges \
                or it.list_name not in toolkit.lists:
            continue
        col += 1
        put(ws, 1, col, it.list_name)
        choices = toolkit.lists[it.list_name].choices
        for r, ch in enumerate(choices, start=2):
            put(ws, r, col, ch.label(language))
        letter = get_column_letter(col)
        ranges[it.list_name] = f"{quote_sheetname(ws.title)}!${letter}$2:${letter}${len(choices) + 1}"
    return ranges


def _hint(c: TemplateColumn, toolkit: Toolkit, language: str) -> tuple[str, DataValidation | None]:
    it = c.item
    if it is None or it.type == "text":
        return label("tpl_text", language), None
    if c.choice is not None:
        dv = DataValidation(type="list", formula1='"1,0"', allow_blank=True)
        return label("tpl_flag", language), dv
    if it.type == "select_one":
        options = [ch.label(language) for ch in toolkit.lists[it.list_name].choices] \
            if it.list_name in toolkit.lists else []
        return label("tpl_choose", language) + ":\n- " + "\n- ".join(options), None
    if it.type == "date":
        return label("tpl_date", language), None
    low, high = it.scale_min, it.scale_max
    if low is None or high is None:
        return label("tpl_number", language), None
    kind = "whole" if it.type == "integer" or (it.type == "range" and float(low).is_integer()
                                               and float(high).is_integer()) else "decimal"
    shown = {"min": format_number(low, language, 0 if kind == "whole" else 2),
             "max": format_number(high, language, 0 if kind == "whole" else 2)}
    dv = DataValidation(type=kind, operator="between", formula1=repr(low if kind == "decimal" else int(low)),
                        formula2=repr(high if kind == "decimal" else int(high)), allow_blank=True)
    dv.error = label("tpl_number_error", language, **shown)
    return label("tpl_range", language, **shown), dv


def _write_answers(ws, toolkit, columns, list_ranges, language, rows, paper) -> None:
    last = FIRST_DATA_ROW + rows - 1
    bold_white = Font(bold=True, color="FFFFFF")
    title = label("tpl_title", language, title=toolkit.title_in(language))
    put(ws, TITLE_ROW, 1, title, {"font": Font(bold=True, size=14, color="1F4E79")})
    fills: dict[str, PatternFill] = {}
    for j, c in enumerate(columns, start=1):
        fill = fills.setdefault(c.group, PatternFill("solid", fgColor=AREA_FILLS[len(fills) % len(AREA_FILLS)]))
        put(ws, AREA_ROW, j, c.group, {"font": Font(bold=True, size=9), "fill": fill})
        head = put(ws, LABEL_ROW, j, c.title, {
            "font": bold_white, "fill": HEAD_FILL, "border": Border(THIN, THIN, THIN, THIN),
            "alignment": Alignment(wrap_text=True, vertical="top")})
        put(ws, HEADER_ROW, j, c.header, {"font": Font(size=8, color="808080")})
        hint, dv = _hint(c, toolkit, language)
        question = c.item.label(language) if c.item is not None else c.title
        text = safe_text(f"{question}\n\n{hint}")
        head.comment = Comment(text, "Encadena", width=320, height=min(60 + 16 * text.count("\n") + len(text) // 3, 400))
        letter = get_column_letter(j)
        if c.item is not None and c.item.type == "select_one" and c.item.list_name in list_ranges:
            dv = DataValidation(type="list", formula1=f"={list_ranges[c.item.list_name]}", allow_blank=True)
        if dv is not None:
            dv.showErrorMessage = True
            dv.errorTitle = label("tpl_invalid", language)
            dv.error = dv.error or label("tpl_list_error", language)
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")
            ws.add_data_validation(dv)
        width = 28 if j == 2 else 16 if c.choice is None else 12
        ws.column_dimensions[letter].width = width
        if c.item is not None and c.item.type == "date":
            for r in range(FIRST_DATA_ROW, last + 1):
                ws.cell(r, j).number_format = "yyyy-mm-dd"
        elif j == 1:
            for r in range(FIRST_DATA_ROW, last + 1):
                ws.cell(r, j).number_format = "@"      # tax IDs keep their leading zeros
    _merge_groups(ws, columns)
    ws.row_dimensions[LABEL_ROW].height = 96
    ws.row_dimensions[HEADER_ROW].hidden = True
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 3)
    ws.print_title_rows = f"{AREA_ROW}:{LABEL_ROW}"
    ws.print_title_cols = "A:B"
    _print_setup(ws, paper, landscape=True, fit_width=False)


def _merge_groups(ws, columns: list[TemplateColumn]) -> None:
    start = 0
    for j in range(1, len(columns) + 1):
        if j == len(columns) or columns[j].group != columns[start].group:
            if j - start > 1:
                ws.merge_cells(start_row=AREA_ROW, start_column=start + 1, end_row=AREA_ROW, end_column=j)
            start = j


def _write_instructions(ws, toolkit, columns, language, paper) -> None:
    answers = label("sheet_answers", language)
    put(ws, 1, 1, label("tpl_title", language, title=toolkit.title_in(language)),
        {"font": Font(bold=True, size=14, color="1F4E79")})
    put(ws, 2, 1, label("tpl_version", language, id=toolkit.id, version=toolkit.version,
                        date=date.today().isoformat()), {"font": Font(italic=True, color="595959")})
    steps = [label("tpl_step1", language, sheet=answers, row=FIRST_DATA_ROW),
             label("tpl_step2", language), label("tpl_step3", language), label("tpl_step4", language),
             label("tpl_step5", language), label("tpl_step6", language, row=HEADER_ROW),
             label("tpl_step7", language)]
    top = Alignment(wrap_text=True, vertical="top")
    for k, text in enumerate(steps, start=1):
        put(ws, 3 + k, 1, f"{k}.", {"alignment": top})
        put(ws, 3 + k, 2, text, {"alignment": top})
        ws.merge_cells(start_row=3 + k, start_column=2, end_row=3 + k, end_column=5)
        ws.row_dimensions[3 + k].height = _height([(text, 140)])
    row = 4 + len(steps) + 1
    heads = ["Nº", label("item", language), label("area", language), label("question", language),
             label("tpl_answer", language)]
    for j, h in enumerate(heads, start=1):
        put(ws, row, j, h, {"font": Font(bold=True, color="FFFFFF"), "fill": HEAD_FILL})
    seen = set()
    for c in columns:
        if c.item is None or c.item.name in seen or c.choice is not None and c.item.name in seen:
            continue
        seen.add(c.item.name)
        row += 1
        hint, _ = _hint(c, toolkit, language)
        if c.item.type == "select_multiple":
            hint = label("tpl_flag", language)
        hint = hint.replace(":\n- ", ": ").replace("\n- ", " · ")
        values = [c.number, c.item.name, c.group, c.item.label(language), hint]
        for j, v in enumerate(values, start=1):
            put(ws, row, j, v, {"alignment": top})
        ws.row_dimensions[row].height = _height([(values[2], 20), (values[3], 58), (hint, 40)])
    for letter, width in zip("ABCDE", (6, 14, 22, 60, 42)):
        ws.column_dimensions[letter].width = width
    _print_setup(ws, paper, landscape=False)


def _height(texts: list[tuple[str, int]]) -> float:
    """Row height (points) for wrapped texts, each with the characters its column holds per line:
    spreadsheet programs only fit heights when a cell is edited."""
    lines = max(1, *(-(-len(str(t)) // width) for t, width in texts))
    return 15.0 * lines + 2


def _print_setup(ws, paper: str, landscape: bool, fit_width: bool = True) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if paper == "letter" else ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:       # long tables: one page wide, as many pages tall as needed
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.right.text = "Encadena"
